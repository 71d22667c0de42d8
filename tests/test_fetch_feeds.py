"""Feed parsing (pure) and polling against the local server: entries, 304s and one-line failures."""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, datetime

import pytest
from localserver import ETAG, LAST_MODIFIED, LocalServer, hang_parse

from monitor.config import FetchConfig
from monitor.fetch.feeds import FeedParseError, FeedState, PollResult, parse_feed, poll_feed
from monitor.fetch.http import HttpClient
from monitor.fetch.workers import WorkerPool
from monitor.models import Feed

FAST = FetchConfig(timeout=1.0, connect_timeout=1.0)
XML = {"content-type": "application/rss+xml"}
NO_STATE = FeedState()

RSS = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><title> Kyiv news </title><link>https://news.test/</link>
<item><title>With guid</title><guid isPermaLink="false">id-1</guid><link>/a/1</link>
  <pubDate>Tue, 07 Jan 2025 06:30:00 +0300</pubDate><description>&lt;p&gt;Summary one&lt;/p&gt;</description>
  <content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <![CDATA[<p>Full <b>text</b></p>]]></content:encoded>
</item>
<item><title>Only a link</title><link>https://news.test/a/2</link></item>
<item><title>Neither</title><pubDate>Wed, 08 Jan 2025 00:00:00 GMT</pubDate></item>
</channel></rss>"""


def test_parse_feed_normalises_entries() -> None:
    title, entries = parse_feed(RSS, XML, "https://news.test/rss/feed.xml")
    assert title == "Kyiv news"
    first, second, third = entries
    assert first.feed_url == "https://news.test/rss/feed.xml"
    assert first.guid == "id-1"
    assert first.link == "https://news.test/a/1"
    assert first.published == datetime(2025, 1, 7, 3, 30, tzinfo=UTC)
    assert first.summary == "<p>Summary one</p>"
    assert first.content == "<p>Full <b>text</b></p>"
    assert second.guid == "https://news.test/a/2"
    assert second.published is None
    assert third.guid.startswith("sha1:")
    assert parse_feed(RSS, XML, "https://news.test/rss/feed.xml")[1][2].guid == third.guid


def test_atom_updated_is_used_when_there_is_no_published() -> None:
    atom = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Atom</title><id>urn:x</id>
<updated>2025-01-07T10:00:00Z</updated>
<entry><title>E</title><id>urn:e</id><updated>2025-01-07T10:00:00+02:00</updated>
<link href="https://news.test/e"/><content type="html">&lt;p&gt;Body&lt;/p&gt;</content></entry></feed>"""
    _, (entry,) = parse_feed(atom, {"content-type": "application/atom+xml"}, "https://news.test/atom")
    assert entry.published == datetime(2025, 1, 7, 8, 0, tzinfo=UTC)
    assert entry.content == "<p>Body</p>"


def test_valid_feed_without_items_is_not_an_error() -> None:
    empty = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>'
    assert parse_feed(empty, XML, "https://news.test/") == ("Quiet", [])


@pytest.mark.parametrize(
    ("data", "headers", "message"),
    [
        (b"", XML, "empty body"),
        (b"  \n", XML, "empty body"),
        (b"<html><body>hi</body></html>", {"content-type": "text/html; charset=utf-8"}, "not a feed: got text/html"),
        (b"<!DOCTYPE html><html><body>hi</body></html>", XML, "not a feed: got an HTML page"),
        (b"<p>just words", {"content-type": "text/plain"}, r"not a feed: line \d+, column \d+: no element found"),
        (b"just words", {"content-type": "text/plain"}, r"not a feed: line \d+, column \d+: syntax error"),
        (b"<?xml version='1.0'?><note>hi</note>", XML, "not a feed: no RSS or Atom elements found"),
    ],
)
def test_documents_that_are_not_feeds(data: bytes, headers: dict[str, str], message: str) -> None:
    with pytest.raises(FeedParseError) as info:
        parse_feed(data, headers, "https://news.test/")
    assert re.fullmatch(message, str(info.value))


def test_bytes_are_never_opened_as_a_path() -> None:
    """feedparser.parse(b"/etc/passwd") would read the file; parse_feed hands it a file object instead."""
    with pytest.raises(FeedParseError, match=r"^not a feed: "):
        parse_feed(b"/etc/passwd", {}, "https://news.test/")


def test_rss_guids_resolve_against_the_configured_url() -> None:
    feed = b'<rss version="2.0"><channel><title>T</title><item><guid>123</guid><title>x</title></item></channel></rss>'
    first = parse_feed(feed, XML, "https://news.test/feed")[1][0].guid
    assert first == "https://news.test/123"


def test_malformed_feed_without_entries_reports_the_parser_error() -> None:
    broken = b'<?xml version="1.0"?><rss version="2.0"><channel><title>T &nbsp; </title></channel></rss>'
    with pytest.raises(FeedParseError, match=r"^malformed feed: line 1, column \d+: undefined entity$"):
        parse_feed(broken, XML, "https://news.test/")


def poll(server: LocalServer, pool: WorkerPool, path: str, state: FeedState = NO_STATE,
         config: FetchConfig = FAST, parse_timeout: float = 10.0) -> PollResult:
    async def main() -> PollResult:
        async with HttpClient(config, concurrency=4, per_host=4) as client:
            return await poll_feed(client, pool, Feed(url=server.url(path)), state,
                                   max_bytes=1024 * 1024, parse_timeout=parse_timeout)

    return asyncio.run(main())


def test_poll_ok(server: LocalServer, pool: WorkerPool) -> None:
    result = poll(server, pool, "/files/static/feed.xml")
    assert result.status == "ok" and result.http_status == 200 and result.error == ""
    assert result.title == "Static feed"
    assert [e.guid for e in result.entries] == [server.url(f"/files/static/guid-{i}") for i in range(3)]
    assert all(e.feed_url == server.url("/files/static/feed.xml") for e in result.entries)


def test_conditional_get(server: LocalServer, pool: WorkerPool) -> None:
    first = poll(server, pool, "/cond/a")
    assert first.status == "ok" and len(first.entries) == 1
    assert (first.etag, first.last_modified) == (ETAG, LAST_MODIFIED)
    assert "if-none-match" not in server.requests_to("/cond/a")[-1].headers

    second = poll(server, pool, "/cond/a", FeedState(first.etag, first.last_modified))
    assert second.status == "not_modified" and second.http_status == 304 and second.entries == ()
    assert (second.etag, second.last_modified) == (ETAG, LAST_MODIFIED)
    seen = server.requests_to("/cond/a")[-1].headers
    assert seen["if-none-match"] == ETAG
    assert seen["if-modified-since"] == LAST_MODIFIED

    by_date = poll(server, pool, "/cond/b", FeedState(last_modified=LAST_MODIFIED))
    assert by_date.status == "not_modified"
    assert "if-none-match" not in server.requests_to("/cond/b")[-1].headers


@pytest.mark.parametrize(
    ("path", "error", "status"),
    [
        ("/status/404", "HTTP 404 Not Found", 404),
        ("/status/500", "HTTP 500 Internal Server Error", 500),
        ("/html", "not a feed: got text/html", 200),
        ("/html-as-xml", "not a feed: got an HTML page", 200),
        ("/empty", "empty body", 200),
        ("/blank", "empty body", 200),
        ("/drip?seconds=3", "timed out after 1s", None),
        ("/big", "body exceeds 1 MB cap", None),
        ("/redirect/loop", "too many redirects (more than 5)", None),
        ("/redirect/to?url=file:///etc/passwd", "unsupported URL scheme file: (only http and https are fetched)",
         None),
    ],
)
def test_poll_failures_are_one_line(
    server: LocalServer, pool: WorkerPool, path: str, error: str, status: int | None
) -> None:
    state = FeedState(etag='"old"', last_modified="Sun, 05 Jan 2025 00:00:00 GMT")
    result = poll(server, pool, path, state)
    assert (result.status, result.error, result.http_status) == ("failed", error, status)
    assert (result.etag, result.last_modified) == (state.etag, state.last_modified)


def test_poll_keeps_retry_after(server: LocalServer, pool: WorkerPool) -> None:
    result = poll(server, pool, "/429/seconds")
    assert (result.status, result.http_status, result.retry_after) == ("failed", 429, 120.0)


def test_hung_parse_is_a_failure(server: LocalServer, pool: WorkerPool) -> None:
    async def main() -> PollResult:
        async with HttpClient(FAST, concurrency=4, per_host=4) as client:
            return await poll_feed(client, pool, Feed(url=server.url("/files/static/feed.xml")), NO_STATE,
                                   max_bytes=1024 * 1024, parse_timeout=0.5, parse=hang_parse)

    result = asyncio.run(main())
    assert (result.status, result.error, result.http_status) == ("failed", "parsing timed out after 0.5s", 200)


def test_one_bad_feed_never_stops_the_others(server: LocalServer, pool: WorkerPool) -> None:
    paths = ["/files/static/feed.xml", "/status/404", "/drip?seconds=2", "/gzip-bomb", "/html",
             "/cond/c", "/redirect/private", "/files/static/feed.xml?again"]

    async def main() -> list[PollResult]:
        async with HttpClient(FAST, concurrency=8, per_host=8) as client:
            return await asyncio.gather(*(
                poll_feed(client, pool, Feed(url=server.url(p)), FeedState(), max_bytes=1024 * 1024,
                          parse_timeout=10)
                for p in paths
            ))

    results = asyncio.run(main())
    assert [r.status for r in results] == ["ok", "failed", "failed", "failed", "failed", "ok", "failed", "ok"], [
        r.error for r in results
    ][5:]
    assert all("\n" not in r.error for r in results)
