"""A small HTTP server on 127.0.0.1 that publishes the demo corpus as RSS feeds and article pages.

Items appear in their feeds as the demo clock passes their delay, so a
newcomer sees entries arrive, figures extracted and alerts raised.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from monitor.demo.corpus import Corpus, Item, corpus_anchor, load_corpus


class DemoServer:
    """The demo's feeds and pages, served from a background thread; `speed` makes the demo clock run faster."""

    def __init__(self, corpus: Corpus | None = None, *, speed: float = 1.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.corpus = corpus or load_corpus()
        self.speed = speed
        self.clock = clock
        self.started = clock()
        self.started_at = datetime.now(UTC).replace(microsecond=0)
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # ----------------------------------------------------------------- content

    def elapsed(self) -> float:
        """Demo seconds since the start."""
        return (self.clock() - self.started) * self.speed

    def visible(self, outlet: str) -> list[Item]:
        """The items an outlet has published so far, newest first."""
        now = self.elapsed()
        items = [i for i in self.corpus.items if i.outlet == outlet and i.delay <= now]
        return sorted(items, key=lambda i: i.days_ago)

    def published(self, item: Item) -> datetime:
        """The publication time an item claims."""
        return corpus_anchor(self.started_at) - timedelta(days=item.days_ago)

    @property
    def base_url(self) -> str:
        """http://127.0.0.1:PORT of the running server."""
        if self._httpd is None:
            raise RuntimeError("the demo server is not running")
        host, port = self._httpd.server_address[:2]
        return f"http://{host.decode() if isinstance(host, bytes) else host}:{port}"

    def feed_urls(self) -> list[tuple[str, str]]:
        """(url, name) of every outlet's feed."""
        return [(f"{self.base_url}/feeds/{o.id}.xml", o.name) for o in self.corpus.outlets]

    def article_url(self, item: Item) -> str:
        """Where an item's page is served."""
        return f"{self.base_url}/articles/{item.slug}.html"

    def rss(self, outlet: str) -> str | None:
        """The RSS document of an outlet, or None when there is no such outlet."""
        match = [o for o in self.corpus.outlets if o.id == outlet]
        if not match:
            return None
        parts = [
            '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>',
            f"<title>{escape(match[0].name)}</title><link>{self.base_url}/</link>",
            "<description>monitor demo feed</description>",
        ]
        for item in self.visible(outlet):
            parts.append(
                f"<item><title>{escape(item.title)}</title><link>{self.article_url(item)}</link>"
                f'<guid isPermaLink="false">demo:{item.slug}</guid>'
                f"<pubDate>{format_datetime(self.published(item))}</pubDate>"
                f"<description>{escape(item.paragraphs[0])}</description></item>"
            )
        parts.append("</channel></rss>\n")
        return "".join(parts)

    def page(self, slug: str) -> str | None:
        """The HTML article page of an item that has appeared, else None."""
        now = self.elapsed()
        match = [i for i in self.corpus.items if i.slug == slug and i.delay <= now]
        if not match:
            return None
        item = match[0]
        paragraphs = "".join(f"<p>{escape(p)}</p>\n" for p in item.paragraphs)
        return (
            f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(item.title)}</title></head>"
            f"<body><nav><a href='/'>Home</a> | World | Europe</nav><article><h1>{escape(item.title)}</h1>\n"
            f"{paragraphs}</article><footer>Demo content written for monitor.</footer></body></html>\n"
        )

    # ----------------------------------------------------------------- serving

    def start(self) -> DemoServer:
        """Listen on a free port of 127.0.0.1 and serve from a daemon thread."""
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                path = self.path.split("?", 1)[0]
                body: str | None = None
                ctype = "text/html; charset=utf-8"
                if path.startswith("/feeds/") and path.endswith(".xml"):
                    body = server.rss(path[len("/feeds/"):-len(".xml")])
                    ctype = "application/rss+xml; charset=utf-8"
                elif path.startswith("/articles/") and path.endswith(".html"):
                    body = server.page(path[len("/articles/"):-len(".html")])
                data = (body or "not found\n").encode("utf-8")
                self.send_response(200 if body is not None else 404)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: object) -> None:
                """Stay quiet: the TUI owns the terminal."""

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="monitor-demo-server", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the socket."""
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> DemoServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
