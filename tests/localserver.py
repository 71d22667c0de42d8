"""A real HTTP server on 127.0.0.1 for fetch tests: fixture files and misbehaving endpoints.

It runs in a thread of the test process (ThreadingHTTPServer, port 0). The
module also holds the module-level functions that worker-pool tests send to
worker processes, which must be importable there.
"""

from __future__ import annotations

import email.utils
import gzip
import threading
import time
import zlib
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

#: Validators of the /cond/ endpoints.
ETAG = '"v1"'
LAST_MODIFIED = "Mon, 06 Jan 2025 10:00:00 GMT"

ARTICLE_TEXT = (
    "Russia launched 120 drones and 8 missiles at Ukraine overnight, the air force said on Tuesday. "
    "Air defences shot down 98 drones and six missiles over the north, east and centre of the country. "
    "In Kharkiv, two people were injured when debris fell on a residential building, the regional "
    "governor said, adding that emergency crews had put out the fires by morning."
)

ARTICLE_HTML = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Overnight attack</title></head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Russia launches 120 drones at Ukraine</h1>
<p>{ARTICLE_TEXT}</p>
<p>Officials said the attack was one of the largest this month, and that repairs to power lines
in the Kharkiv region would take several days. Schools in the affected districts moved to remote
lessons while engineers checked the buildings for damage.</p>
</article>
<footer>Copyright</footer>
</body></html>
"""

#: A page in Ukrainian, served as windows-1251 with the charset named only in the headers (our own words).
CYRILLIC_TEXT = (
    "Уночі росіяни випустили по Україні 85 ударних дронів. Сили протиповітряної оборони збили 71 з них, "
    "повідомили в Повітряних силах. У Дніпрі уламки пошкодили дах школи та кілька приватних будинків."
)
CYRILLIC_HTML = f"""<!DOCTYPE html>
<html lang="uk"><head><title>Нічна атака</title></head>
<body><nav><a href="/">Головна</a></nav>
<article><h1>Нічна атака дронів</h1><p>{CYRILLIC_TEXT}</p>
<p>Ремонтні бригади працюють на місці з ранку, а мешканцям пошкоджених будинків надали тимчасове житло.</p>
</article><footer>Copyright</footer></body></html>
"""

FEED_TEMPLATE = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>{title}</title><link>http://example.test/</link>
<description>test feed</description>
{items}
</channel></rss>
"""

ITEM_TEMPLATE = """<item><title>{title}</title><link>{link}</link><guid>{guid}</guid>
<pubDate>Tue, 07 Jan 2025 06:00:00 GMT</pubDate>
<description>{summary}</description></item>"""

HTML_PAGE = b"<!DOCTYPE html><html><head><title>Welcome</title></head><body><p>Not a feed.</p></body></html>"


def rss(title: str, items: list[tuple[str, str, str, str]]) -> bytes:
    """An RSS 2.0 document with the given (title, link, guid, summary) items."""
    body = "\n".join(
        ITEM_TEMPLATE.format(title=t, link=_xml_escape(link), guid=_xml_escape(g), summary=_xml_escape(s))
        for t, link, g, s in items
    )
    return FEED_TEMPLATE.format(title=title, items=body).encode("utf-8")


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@dataclass
class Seen:
    """One request the server received: its path and headers (lower-case names)."""

    path: str
    headers: dict[str, str] = field(default_factory=dict)


class LocalServer(ThreadingHTTPServer):
    """The server, with the directories it serves and a record of the requests it saw."""

    daemon_threads = True
    allow_reuse_address = True
    # The default backlog of 5 drops connections when tests open many at once, and a client
    # only retries a dropped SYN after a second: longer than the tests' deadlines.
    request_queue_size = 256

    def __init__(self, roots: dict[str, Path]) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.roots = roots
        self.seen: list[Seen] = []
        self.lock = threading.Lock()

    def handle_error(self, request: object, client_address: object) -> None:
        """Ignore clients that hang up, which the fault tests do on purpose; report anything else."""
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)

    @property
    def base(self) -> str:
        """The server's root URL, without a trailing slash."""
        return f"http://127.0.0.1:{self.server_address[1]}"

    def url(self, path: str) -> str:
        """The absolute URL of `path` on this server."""
        return self.base + "/" + path.lstrip("/")

    def requests_to(self, path: str) -> list[Seen]:
        """The requests seen for `path` (query string ignored)."""
        with self.lock:
            return [s for s in self.seen if urlsplit(s.path).path == path]


class Handler(BaseHTTPRequestHandler):
    """Routes: /files/<root>/<name>, /status/<code>, /429/..., /html, /empty, /drip, /gzip-bomb, ..."""

    server: LocalServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        """Stay quiet: pytest shows the test's own output."""

    def do_GET(self) -> None:
        """Dispatch on the path."""
        parts = urlsplit(self.path)
        with self.server.lock:
            self.server.seen.append(Seen(self.path, {k.lower(): v for k, v in self.headers.items()}))
        path = parts.path
        query = parse_qs(parts.query)
        try:
            self._route(path, query)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def _route(self, path: str, query: dict[str, list[str]]) -> None:
        segments = [s for s in path.split("/") if s]
        head = segments[0] if segments else ""
        if head == "files" and len(segments) == 3:
            self._file(segments[1], segments[2])
        elif head == "gzip" and len(segments) == 3:
            self._file(segments[1], segments[2], encoding="gzip")
        elif head == "deflate" and len(segments) == 3:
            self._file(segments[1], segments[2], encoding="deflate")
        elif head == "status" and len(segments) == 2:
            self._send(int(segments[1]), b"error page\n", "text/plain")
        elif path == "/429/seconds":
            self._send(429, b"slow down\n", "text/plain", {"Retry-After": "120"})
        elif path == "/429/date":
            when = email.utils.formatdate(time.time() + 600, usegmt=True)
            self._send(429, b"busy\n", "text/plain", {"Retry-After": when})
        elif path == "/html":
            self._send(200, HTML_PAGE, "text/html; charset=utf-8")
        elif path == "/html-as-xml":
            self._send(200, HTML_PAGE, "application/xml")
        elif path == "/empty":
            self._send(200, b"", "application/rss+xml")
        elif path == "/blank":
            self._send(200, b"  \n\n ", "application/rss+xml")
        elif path == "/drip":
            self._drip(float(query.get("seconds", ["10"])[0]))
        elif path == "/gzip-bomb":
            self._gzip_bomb(int(query.get("gib", ["1"])[0]))
        elif path == "/big":
            self._send(200, b"<rss>" + b" " * (3 * 1024 * 1024) + b"</rss>", "application/rss+xml")
        elif path == "/redirect/loop":
            self._redirect("/redirect/loop")
        elif head == "redirect" and len(segments) == 3 and segments[1] == "chain":
            left = int(segments[2])
            self._redirect(f"/redirect/chain/{left - 1}" if left > 0 else "/files/static/feed.xml")
        elif path == "/redirect/to":
            self._redirect(query["url"][0])
        elif path == "/redirect/private":
            self._redirect("http://169.254.169.254/latest/meta-data/")
        elif head == "cond" and len(segments) == 2:
            self._conditional(segments[1])
        elif path == "/article.html":
            self._send(200, ARTICLE_HTML.encode("utf-8"), "text/html; charset=utf-8")
        elif path == "/article-cp1251.html":
            self._send(200, CYRILLIC_HTML.encode("windows-1251"), "text/html; charset=windows-1251")
        elif path == "/article.pdf":
            self._send(200, b"%PDF-1.4\n", "application/pdf")
        elif path == "/links.xml":
            self._links_feed()
        elif path == "/links.html":
            page = (
                '<html><body><a href="file:///etc/passwd">passwd</a>'
                ' <a href="http://169.254.169.254/latest/meta-data/">metadata</a></body></html>'
            )
            self._send(200, page.encode(), "text/html")
        else:
            self._send(404, b"not found\n", "text/plain")

    def _send(self, status: int, body: bytes, ctype: str, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def _file(self, root: str, name: str, encoding: str = "") -> None:
        base = self.server.roots.get(root)
        path = (base / name) if base else None
        if path is None or "/" in name or ".." in name or not path.is_file():
            self._send(404, b"no such file\n", "text/plain")
            return
        data = path.read_bytes()
        extra: dict[str, str] = {}
        if encoding == "gzip":
            data = gzip.compress(data)
            extra["Content-Encoding"] = "gzip"
        elif encoding == "deflate":
            data = zlib.compress(data)
            extra["Content-Encoding"] = "deflate"
        ctype = "text/html; charset=utf-8" if name.endswith(".html") else "application/xml"
        self._send(200, data, ctype, extra)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _drip(self, seconds: float) -> None:
        """Headers at once, then one byte every 0.2 s: each read succeeds, the whole never ends in time."""
        self.close_connection = True
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.flush()
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.wfile.write(b" ")
            self.wfile.flush()
            time.sleep(0.2)

    def _gzip_bomb(self, gib: int) -> None:
        """About 1 MB of gzip per GiB of zeros, compressed as it is sent so the server holds at most 256 KB."""
        self.close_connection = True
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Connection", "close")
        self.end_headers()
        compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        zeros = b"\0" * (1024 * 1024)
        self.wfile.write(compressor.compress(b"<rss>"))
        pending: list[bytes] = []
        size = 0
        for _ in range(1024 * gib):
            out = compressor.compress(zeros)
            pending.append(out)
            size += len(out)
            if size >= 256 * 1024:
                # Large writes make large network reads, the case a naive decoder inflates at once.
                self.wfile.write(b"".join(pending))
                pending, size = [], 0
        self.wfile.write(b"".join(pending) + compressor.flush())

    def _conditional(self, name: str) -> None:
        """A feed with an ETag and a Last-Modified that answers 304 when either validator matches."""
        if self.headers.get("If-None-Match") == ETAG or self.headers.get("If-Modified-Since") == LAST_MODIFIED:
            self.send_response(304)
            self.send_header("ETag", ETAG)
            self.send_header("Last-Modified", LAST_MODIFIED)
            self.end_headers()
            return
        body = rss(f"Conditional {name}", [("One", "http://example.test/1", "cond-1", "first")])
        self._send(200, body, "application/rss+xml", {"ETag": ETAG, "Last-Modified": LAST_MODIFIED})

    def _links_feed(self) -> None:
        """A feed whose item links point where an article fetch must not go, and one good article."""
        items = [
            ("Passwd", "file:///etc/passwd", "l-file", "<p>Summary of the passwd item.</p>"),
            ("Metadata", "http://169.254.169.254/latest/meta-data/", "l-meta", "Summary of metadata."),
            ("Script", "javascript:alert(1)", "l-js", "Summary of script."),
            ("Data", "data:text/html,<b>hi</b>", "l-data", "Summary of data."),
            ("Local", self.server.url("/article.html"), "l-local", "Summary of the local article."),
            ("Localhost", f"http://localhost:{self.server.server_address[1]}/article.html", "l-name",
             "Summary of localhost."),
        ]
        self._send(200, rss("Links", items), "application/rss+xml")


def start(roots: dict[str, Path]) -> tuple[LocalServer, threading.Thread]:
    """Start a LocalServer serving `roots` in a daemon thread."""
    server = LocalServer(roots)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
    thread.start()
    return server, thread


def square(x: int) -> int:
    """Worker-pool test function: a cheap call."""
    return x * x


def inherited_state() -> dict[str, int]:
    """Worker-pool test function: what a worker found built when it started, before any page reached it."""
    import gc
    import sys

    state = {"frozen": gc.get_freeze_count(), "stoplist": 0, "gazetteer": 0}
    # The pool's own module, imported by the fork server, sits among the frozen objects gc no longer lists.
    pool_module = vars(sys.modules["monitor.fetch.workers"])
    state["pool_module_forked"] = int(not any(o is pool_module for o in gc.get_objects()))
    if "trafilatura.external" in sys.modules:
        from justext.core import define_stoplist
        from trafilatura import external

        state["stoplist"] = len(external.JT_STOPLIST or ()) and define_stoplist.cache_info().currsize
    if "monitor.extract.gazetteer" in sys.modules:
        from monitor.extract import gazetteer

        state["gazetteer"] = gazetteer._index.cache_info().currsize
    return state


def nap(seconds: float) -> int:
    """Worker-pool test function: a call that takes `seconds` of wall-clock time; returns the worker's pid."""
    import os

    time.sleep(seconds)
    return os.getpid()


def sleep_forever() -> None:
    """Worker-pool test function: a call that never returns, like a hung trafilatura."""
    while True:
        time.sleep(3600)


def fail(message: str) -> None:
    """Worker-pool test function: raises ValueError(message)."""
    raise ValueError(message)


def die() -> None:
    """Worker-pool test function: the worker process exits in the middle of a call."""
    import os

    os._exit(3)


def hang_extract(html: str | bytes, url: str) -> str:
    """Stands in for html_to_text when trafilatura hangs on a page."""
    sleep_forever()
    return ""


def hang_parse(data: bytes, headers: dict[str, str], url: str) -> tuple[str, list[object]]:
    """Stands in for parse_feed when feedparser hangs on a document."""
    sleep_forever()
    return "", []
