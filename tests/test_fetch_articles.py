"""Article fetching: untrusted links are checked, pages are extracted, failures fall back to feed text."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from localserver import CYRILLIC_TEXT, LocalServer, hang_extract

from monitor.config import FetchConfig
from monitor.fetch.articles import fetch_article
from monitor.fetch.feeds import FeedState, poll_feed
from monitor.fetch.http import HttpClient
from monitor.fetch.text import html_to_text
from monitor.fetch.workers import WorkerPool
from monitor.models import Article, Entry, Feed

FAST = FetchConfig(timeout=1.0, connect_timeout=1.0)


def fetch(pool: WorkerPool, entry: Entry, *, allow_private: bool = False, extract_timeout: float = 20.0,
          extract: Callable[[str | bytes, str], str] = html_to_text) -> Article:
    async def main() -> Article:
        async with HttpClient(FAST, concurrency=4, per_host=4) as client:
            return await fetch_article(client, pool, entry, max_bytes=1024 * 1024,
                                       extract_timeout=extract_timeout, allow_private=allow_private,
                                       extract=extract)

    return asyncio.run(main())


def entry(link: str, summary: str = "<p>The feed's <b>summary</b>.</p>", content: str = "") -> Entry:
    return Entry(feed_url="http://feed.test/", guid=link or "no-link", title="T", link=link,
                 summary=summary, content=content)


def test_article_text_is_extracted(server: LocalServer, pool: WorkerPool) -> None:
    article = fetch(pool, entry(server.url("/article.html")), allow_private=True)
    assert article.status == "ok", article.error
    assert "Russia launched 120 drones and 8 missiles" in article.text
    assert "Copyright" not in article.text
    assert article.url == server.url("/article.html")


def test_page_is_decoded_by_the_charset_its_headers_name(server: LocalServer, pool: WorkerPool) -> None:
    """The worker gets the page as bytes and decodes it as windows-1251, which the page itself never names."""
    article = fetch(pool, entry(server.url("/article-cp1251.html")), allow_private=True)
    assert article.status == "ok", article.error
    assert CYRILLIC_TEXT.split(". ")[0] in article.text
    assert "\ufffd" not in article.text


def test_links_from_a_feed_cannot_reach_files_scripts_or_private_addresses(
    server: LocalServer, pool: WorkerPool
) -> None:
    async def main() -> list[Article]:
        async with HttpClient(FAST, concurrency=4, per_host=4) as client:
            result = await poll_feed(client, pool, Feed(url=server.url("/links.xml")), FeedState(),
                                     max_bytes=1024 * 1024, parse_timeout=10)
            assert result.status == "ok", result.error
            return list(await asyncio.gather(*(
                fetch_article(client, pool, e, max_bytes=1024 * 1024, extract_timeout=20, allow_private=False)
                for e in result.entries
            )))

    by_title = dict(zip(["file", "meta", "js", "data", "local", "name"], asyncio.run(main()), strict=True))
    assert all(a.status == "fallback" for a in by_title.values())
    assert by_title["file"].error == "unsupported URL scheme file: (only http and https are fetched)"
    assert by_title["file"].text == "Summary of the passwd item."
    assert by_title["js"].error.startswith("unsupported URL scheme javascript:")
    assert by_title["data"].error.startswith("unsupported URL scheme data:")
    assert by_title["meta"].error == "blocked address: 169.254.169.254 is a link-local address"
    assert by_title["local"].error == "blocked address: 127.0.0.1 is a loopback address"
    assert by_title["name"].error.startswith("blocked address: localhost resolves to")
    assert "root:" not in "".join(a.text for a in by_title.values())


def test_http_error_falls_back_to_feed_content(server: LocalServer, pool: WorkerPool) -> None:
    article = fetch(pool, entry(server.url("/status/404"), content="<div><p>Full</p><p>content</p></div>"),
                    allow_private=True)
    assert (article.status, article.error, article.text) == ("fallback", "HTTP 404 Not Found", "Full\ncontent")


def test_non_html_page_falls_back(server: LocalServer, pool: WorkerPool) -> None:
    article = fetch(pool, entry(server.url("/article.pdf")), allow_private=True)
    assert (article.status, article.error) == ("fallback", "not a web page: got application/pdf")


def test_no_page_and_no_feed_text_is_a_failed_article(server: LocalServer, pool: WorkerPool) -> None:
    article = fetch(pool, entry(server.url("/status/500"), summary=""), allow_private=True)
    assert (article.status, article.error, article.text) == ("failed", "HTTP 500 Internal Server Error", "")


def test_entry_without_link(pool: WorkerPool) -> None:
    article = fetch(pool, entry(""))
    assert (article.status, article.error) == ("fallback", "entry has no link")


def test_hung_extraction_is_killed_and_reported(server: LocalServer, pool: WorkerPool) -> None:
    article = fetch(pool, entry(server.url("/article.html")), allow_private=True, extract_timeout=0.5,
                    extract=hang_extract)
    assert (article.status, article.error) == ("fallback", "extraction timed out after 0.5s")
    assert article.text == "The feed's summary."
    assert fetch(pool, entry(server.url("/article.html")), allow_private=True).status == "ok"


def test_drip_page_times_out(server: LocalServer, pool: WorkerPool) -> None:
    article = fetch(pool, entry(server.url("/drip?seconds=3")), allow_private=True)
    assert (article.status, article.error) == ("fallback", "timed out after 1s")
