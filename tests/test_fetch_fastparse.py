"""The fast parse path: what it accepts, it reads as feedparser does; what it cannot vouch for, it leaves alone."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from localserver import LocalServer

from monitor.config import FetchConfig
from monitor.fetch.fastparse import FAST_MAX_BYTES, parse_fast
from monitor.fetch.feeds import FeedParseError, FeedState, PollResult, parse_feed, poll_feed
from monitor.fetch.http import HttpClient
from monitor.fetch.text import strip_html
from monitor.fetch.workers import WorkerPool
from monitor.models import Entry, Feed

XML = {"content-type": "application/rss+xml"}
URL = "https://news.test/rss/feed.xml"

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
     xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title> Kyiv news </title>
<link>https://news.test/</link><description>d</description>
<item><title>With guid</title><guid isPermaLink="false">id-1</guid><link>/a/1</link>
  <pubDate>Tue, 07 Jan 2025 06:30:00 +0300</pubDate><description>&lt;p&gt;Summary &amp;amp; one&lt;/p&gt;</description>
  <content:encoded><![CDATA[<p>Full <b>text</b></p>]]></content:encoded><dc:creator>A. Writer</dc:creator>
</item>
<item><title>Only a link</title><guid isPermaLink="false">id-2</guid><link>https://news.test/a/2</link>
  <description>Two</description><content:encoded>Two in full</content:encoded></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Atom</title><id>urn:x</id>
<updated>2025-01-07T10:00:00Z</updated>
<entry><title>E</title><id>urn:e</id><updated>2025-01-07T10:00:00+02:00</updated>
<link href="https://news.test/e"/><content type="html">&lt;p&gt;Body&lt;/p&gt;</content></entry></feed>"""


def same(fast: tuple[str, list[Entry]], slow: tuple[str, list[Entry]]) -> list[str]:
    """The fields stored that differ between the two paths' results (summaries and content as plain text)."""
    diffs = []
    if fast[0] != slow[0]:
        diffs.append("feed title")
    if len(fast[1]) != len(slow[1]):
        return [*diffs, f"{len(fast[1])} entries against {len(slow[1])}"]
    for i, (a, b) in enumerate(zip(fast[1], slow[1], strict=True)):
        for name in ("feed_url", "guid", "title", "link", "published", "author"):
            if getattr(a, name) != getattr(b, name):
                diffs.append(f"entry {i} {name}: {getattr(a, name)!r} != {getattr(b, name)!r}")
        for name in ("summary", "content"):
            if strip_html(getattr(a, name)) != strip_html(getattr(b, name)):
                diffs.append(f"entry {i} {name}")
    return diffs


@pytest.mark.parametrize("document", [RSS, ATOM])
def test_plain_documents_take_the_fast_path_and_match_feedparser(document: bytes) -> None:
    fast = parse_fast(document, XML, URL)
    assert fast is not None
    assert same(fast, parse_feed(document, XML, URL)) == []


def test_fast_entries_are_normalised_like_feedparsers() -> None:
    fast = parse_fast(RSS, XML, URL)
    assert fast is not None
    title, (first, second) = fast
    assert title == "Kyiv news"
    assert (first.guid, first.link, first.author) == ("id-1", "https://news.test/a/1", "A. Writer")
    assert first.published is not None and first.published.isoformat() == "2025-01-07T03:30:00+00:00"
    assert strip_html(first.summary) == "Summary & one" and first.content == "<p>Full <b>text</b></p>"
    assert second.published is None and second.content == "Two in full"


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ((b"<rss ", b'<!DOCTYPE rss [<!ENTITY x "y">]>\n<rss '), "a DTD"),
        ((b'encoding="utf-8"', b'encoding="iso-8859-1"'), "another encoding"),
        ((b"<channel>", b'<channel xml:base="https://elsewhere.test/">'), "xml:base"),
        ((b"<dc:creator>", b"<dc:title>x</dc:title><dc:creator>"), "a Dublin Core title"),
        ((b"<dc:creator>", b'<o:author xmlns:o="urn:other">x</o:author><dc:creator>'), "an unknown author element"),
        ((b"+0300", b"+0300 (MSK)"), "a date feedparser may read otherwise"),
        ((b"Summary", b"Summary &amp;#146;"), "a Windows-1252 character reference"),
        ((b"Summary", "Summary \u0092".encode()), "a C1 control character"),
        ((b"<dc:creator>", b'<a10:link xmlns:a10="http://www.w3.org/2005/Atom" href="/x"/><dc:creator>'),
         "an Atom link in an item"),
        ((b"<title>Only a link</title>", b"<title>Only a link</title><author>x@news.test</author>"), "RSS author"),
        ((b"</item>\n<item>", b"</item>\n<item><description>x</description></item>\n<item>"), "uneven items"),
        ((b"</channel>", b"<item><title>broken</item></channel>"), "broken XML"),
    ],
)
def test_what_the_fast_path_cannot_vouch_for_goes_to_feedparser(change: tuple[bytes, bytes], why: str) -> None:
    assert change[0] in RSS
    assert parse_fast(RSS.replace(change[0], change[1], 1), XML, URL) is None, why


def test_markup_in_comments_and_cdata_is_no_element() -> None:
    hidden = RSS.replace(b"<dc:creator>", b"<!-- <o:author>x</o:author> --><dc:creator>", 1)
    assert parse_fast(hidden, XML, URL) == parse_fast(RSS, XML, URL) is not None
    assert parse_fast(hidden.replace(b"<!--", b"").replace(b"-->", b""), XML, URL) is None  # unbound: declined


def test_other_declines() -> None:
    assert parse_fast(RSS, {"content-type": "application/rss+xml; charset=windows-1251"}, URL) is None
    assert parse_fast(RSS.replace(b"Summary", "Süm".encode("latin-1")), XML, URL) is None
    padded = RSS.replace(b"<description>d</description>", b"<description>" + b"d" * FAST_MAX_BYTES + b"</description>")
    assert parse_fast(padded, XML, URL) is None
    empty = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>'
    assert parse_fast(empty, XML, URL) is None  # feedparser tells an empty feed from a broken one
    assert parse_fast(b"<html><body>hi</body></html>", XML, URL) is None
    assert parse_fast(b"\xff\xfe garbage", XML, URL) is None


def test_real_feeds_read_the_same_on_both_paths(shared_dir: Path) -> None:
    files = sorted((shared_dir / "fixtures" / "real" / "feeds").glob("*.xml"))
    assert len(files) >= 60
    taken = 0
    for path in files:
        data = path.read_bytes()
        url = f"https://feeds.test/{path.name}"
        fast = parse_fast(data, XML, url)
        if fast is None:
            continue
        taken += 1
        assert same(fast, parse_feed(data, XML, url)) == [], path.name
    # The fast path must carry its weight on real feeds, not decline everything.
    assert taken >= len(files) // 3


def test_illformed_feeds_never_read_differently(shared_dir: Path) -> None:
    files = sorted((shared_dir / "fixtures" / "real" / "feeds-illformed").glob("*.xml"))
    assert len(files) >= 120
    for path in files:
        data = path.read_bytes()
        fast = parse_fast(data, XML, URL)
        if fast is None:
            continue
        try:
            slow = parse_feed(data, XML, URL)
        except FeedParseError as exc:
            pytest.fail(f"{path.name}: the fast path read what feedparser refuses ({exc})")
        assert same(fast, slow) == [], path.name


def test_poll_reads_a_plain_feed_in_process(server: LocalServer) -> None:
    """A closed worker pool refuses every call, so a feed that still polls fine was parsed in-process."""
    closed = WorkerPool(size=1)
    closed.close()
    config = FetchConfig(timeout=5.0)

    async def main(path: str) -> PollResult:
        async with HttpClient(config, concurrency=2, per_host=2) as client:
            return await poll_feed(client, closed, Feed(url=server.url(path)), FeedState(),
                                   max_bytes=1024 * 1024, parse_timeout=10)

    result = asyncio.run(main("/files/static/feed.xml"))
    assert result.status == "ok" and len(result.entries) == 3
    assert [e.guid for e in result.entries] == [server.url(f"/files/static/guid-{i}") for i in range(3)]
    refused = asyncio.run(main("/html-as-xml"))
    assert (refused.status, refused.error) == ("failed", "worker pool is closed")


def test_the_namespace_table_is_feedparsers() -> None:
    """The fast path's copy of feedparser's namespaces, built as it was from feedparser's own table."""
    from feedparser.mixin import _FeedParserMixin

    from monitor.fetch.namespaces import KNOWN

    expected = {uri.lower(): prefix for uri, prefix in _FeedParserMixin.namespaces.items()}
    expected["http://www.w3.org/2005/atom"] = "atom10"
    assert expected == KNOWN
