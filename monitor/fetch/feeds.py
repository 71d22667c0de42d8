"""Poll one feed: conditional GET, parse (in-process when the fast path can, else in a worker), normalise.

``parse_feed`` is a pure function of the bytes and headers, so the same code
runs in the worker, in tests and in benchmarks; ``poll_feed`` wraps the I/O
around it and turns every failure into a PollResult with a one-line error.
"""

from __future__ import annotations

import calendar
import hashlib
import io
import logging
import time
import xml.sax
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from monitor.fetch.http import FetchError, HttpClient
from monitor.fetch.wording import one_line
from monitor.fetch.workers import WorkerError, WorkerPool, WorkerTimeout
from monitor.models import Entry, Feed

log = logging.getLogger(__name__)

#: What a feed reader asks for; servers that negotiate then send a feed, not a page.
ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8"
)

_HTML_TYPES = ("text/html", "application/xhtml+xml")

#: Response headers feedparser may see; it gets nothing that would make it decompress or fetch.
_PARSER_HEADERS = ("content-type", "content-language")


class FeedParseError(Exception):
    """The bytes are not a usable feed; the message is one line fit for the user."""


@dataclass(frozen=True)
class FeedState:
    """What the previous poll left for a conditional GET."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class PollResult:
    """The outcome of polling one feed.

    ``etag`` and ``last_modified`` are the validators to keep for the next poll
    whatever the status (unchanged from the FeedState when the poll failed).
    """

    feed_url: str
    status: Literal["ok", "not_modified", "failed"]
    entries: tuple[Entry, ...] = ()
    title: str = ""
    etag: str | None = None
    last_modified: str | None = None
    http_status: int | None = None
    error: str = ""
    retry_after: float | None = None


def _text(value: Any) -> str:
    """A feedparser value as stripped text; "" for anything that is not a string."""
    return value.strip() if isinstance(value, str) else ""


def _published(entry: Any) -> datetime | None:
    """The entry's publication time (or else its update time) as an aware UTC datetime."""
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            try:
                return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
            except (TypeError, ValueError, OverflowError, OSError):
                continue
    return None


def _content(entry: Any) -> str:
    """The entry's full content (content:encoded, atom:content), preferring HTML over plain text."""
    items = [c for c in entry.get("content") or () if _text(c.get("value"))]
    if not items:
        return ""
    html = [c for c in items if "html" in (c.get("type") or "")]
    return (html or items)[0]["value"]


def _guid(entry: Any, title: str, published: datetime | None, summary: str) -> str:
    """The entry's id, else its link, else a hash of what it says, so that re-polls find it again."""
    for key in ("id", "link"):
        value = _text(entry.get(key))
        if value:
            return value
    basis = f"{title}\n{published.isoformat() if published else ''}"
    if not title and published is None:
        basis += "\n" + summary
    return "sha1:" + hashlib.sha1(basis.encode("utf-8")).hexdigest()


def _bozo_message(exc: Any) -> str:
    """feedparser's parse error as a short message with its line and column."""
    if isinstance(exc, xml.sax.SAXParseException):
        return f"line {exc.getLineNumber()}, column {exc.getColumnNumber()}: {exc.getMessage()}"
    return one_line(str(exc)) or type(exc).__name__


def _looks_like_html(data: bytes) -> bool:
    """Whether the document starts like an HTML page, whatever its Content-Type says."""
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html"))


def parse_feed(data: bytes, headers: dict[str, str], url: str) -> tuple[str, list[Entry]]:
    """The feed's title and its entries, with ``feed_url`` set to `url`; FeedParseError when it is no feed.

    `url` is also the base for relative links. It should be the configured feed
    URL rather than where redirects ended: feedparser resolves RSS guids against
    the base too, and a guid must not change when a redirect does. A document with neither
    a known feed format nor entries, or one so malformed that no entry survived,
    is an error rather than an empty feed, so that a feed that starts serving an
    HTML page shows up as failing.
    """
    import feedparser

    if not data.strip():
        raise FeedParseError("empty body")
    lowered = {k.lower(): v for k, v in headers.items()}
    response_headers = {k: lowered[k] for k in _PARSER_HEADERS if k in lowered}
    response_headers["content-location"] = url
    # A file object, never bytes or a str: feedparser would try bytes as a file path and str as a URL.
    result = feedparser.parse(io.BytesIO(data), response_headers=response_headers)
    if not result.entries:
        ctype = lowered.get("content-type", "").split(";", 1)[0].strip().lower()
        if not result.get("version"):
            if ctype in _HTML_TYPES:
                raise FeedParseError(f"not a feed: got {ctype}")
            if _looks_like_html(data):
                raise FeedParseError("not a feed: got an HTML page")
            if result.get("bozo"):
                raise FeedParseError(f"not a feed: {_bozo_message(result.get('bozo_exception'))}")
            raise FeedParseError("not a feed: no RSS or Atom elements found")
        if result.get("bozo"):
            raise FeedParseError(f"malformed feed: {_bozo_message(result.get('bozo_exception'))}")
    entries = []
    for item in result.entries:
        title = _text(item.get("title"))
        summary = item.get("summary") or ""
        published = _published(item)
        entries.append(
            Entry(
                feed_url=url,
                guid=_guid(item, title, published, summary),
                title=title,
                link=_text(item.get("link")),
                published=published,
                summary=summary if isinstance(summary, str) else "",
                content=_content(item),
                author=_text(item.get("author")),
            )
        )
    return _text(result.feed.get("title")), entries


async def poll_feed(
    client: HttpClient,
    pool: WorkerPool,
    feed: Feed,
    state: FeedState,
    *,
    max_bytes: int,
    parse_timeout: float,
    parse: Callable[[bytes, dict[str, str], str], tuple[str, list[Entry]]] = parse_feed,
) -> PollResult:
    """Fetch `feed` (conditionally on `state`) and parse it in `pool`; never raises, except on cancellation.

    `parse` (a module-level function, run in `pool`) is there for tests; with the
    default, documents the fast path can vouch for are parsed in-process instead.
    """
    headers = {"accept": ACCEPT}
    if state.etag:
        headers["if-none-match"] = state.etag
    if state.last_modified:
        headers["if-modified-since"] = state.last_modified

    def failed(error: str, status: int | None = None, retry_after: float | None = None) -> PollResult:
        return PollResult(
            feed_url=feed.url, status="failed", etag=state.etag, last_modified=state.last_modified,
            http_status=status, error=one_line(error), retry_after=retry_after,
        )

    started = time.monotonic()
    try:
        response = await client.get(feed.url, headers=headers, max_bytes=max_bytes, trusted=True)
        if response.status == 304:
            return PollResult(
                feed_url=feed.url, status="not_modified", http_status=304,
                etag=response.headers.get("etag") or state.etag,
                last_modified=response.headers.get("last-modified") or state.last_modified,
            )
        if not response.body.strip():
            return failed("empty body", response.status)
        # Plain feeds are read in-process, in well under a millisecond; the rest by feedparser in a worker.
        from monitor.fetch.fastparse import parse_fast  # here: it builds on this module, and a 304 needs none of it

        fast = parse_fast(response.body, response.headers, feed.url) if parse is parse_feed else None
        try:
            if fast is not None:
                title, entries = fast
            else:
                title, entries = await pool.run(
                    parse, response.body, response.headers, feed.url, timeout=parse_timeout
                )
        except WorkerTimeout as exc:
            return failed(f"parsing {exc}", response.status)
        except (FeedParseError, WorkerError) as exc:
            return failed(str(exc), response.status)
    except FetchError as exc:
        return failed(exc.message, exc.status, exc.retry_after)
    except Exception as exc:
        log.exception("polling %s failed unexpectedly", feed.url)
        return failed(f"internal error: {type(exc).__name__}: {exc}")
    log.debug("polled %s: %d entries in %.2fs", feed.url, len(entries), time.monotonic() - started)
    return PollResult(
        feed_url=feed.url, status="ok", entries=tuple(entries), title=title, http_status=response.status,
        etag=response.headers.get("etag"), last_modified=response.headers.get("last-modified"),
    )
