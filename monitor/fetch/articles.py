"""Fetch the page an entry links to and pull out its main text, falling back to the feed's own text.

The link comes from feed content, so it is untrusted: only http(s), only public
addresses (unless the config allows private ones), and a size cap. Extraction
runs in a worker process with a wall-clock limit, since trafilatura can hang.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from monitor.fetch.http import FetchError, HttpClient
from monitor.fetch.text import html_to_text, page_text, strip_html
from monitor.fetch.wording import one_line
from monitor.fetch.workers import WorkerError, WorkerPool, WorkerTimeout
from monitor.models import Article, Entry

log = logging.getLogger(__name__)

ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"

#: Content types worth handing to the extractor; a missing type is given the benefit of the doubt.
_PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml", "")


def fallback(entry: Entry, reason: str) -> Article:
    """The entry's own content or summary as plain text (status "fallback"), or "failed" when it has none."""
    try:
        text = strip_html(entry.content or "") or strip_html(entry.summary or "")
    except Exception:
        text = (entry.content or entry.summary or "").strip()
    if text:
        return Article(url=entry.link, status="fallback", text=text, error=one_line(reason))
    return Article(url=entry.link, status="failed", error=one_line(reason))


async def fetch_article(
    client: HttpClient,
    pool: WorkerPool,
    entry: Entry,
    *,
    max_bytes: int,
    extract_timeout: float,
    allow_private: bool,
    extract: Callable[[str | bytes, str], str] = html_to_text,
) -> Article:
    """The main text behind `entry`'s link; on any failure the feed's text with the reason; never raises.

    `extract` (a module-level function, run in `pool`) is there for tests.
    """
    if not entry.link:
        return fallback(entry, "entry has no link")
    try:
        response = await client.get(
            entry.link, headers={"accept": ACCEPT}, max_bytes=max_bytes, trusted=False,
            allow_private=allow_private,
        )
        if response.status == 304:
            return fallback(entry, "HTTP 304 Not Modified")
        content_type = response.headers.get("content-type", "")
        media = content_type.split(";", 1)[0].strip().lower()
        if media not in _PAGE_TYPES:
            return fallback(entry, f"not a web page: got {media}")
        if not response.body.strip():
            return fallback(entry, "empty body")
    except FetchError as exc:
        return fallback(entry, exc.message)
    except Exception as exc:
        log.exception("article %s failed unexpectedly", entry.link)
        return fallback(entry, f"internal error: {type(exc).__name__}: {exc}")
    try:
        text = await pool.run(page_text, extract, response.body, content_type, response.url, timeout=extract_timeout)
    except WorkerTimeout as exc:
        return fallback(entry, f"extraction {exc}")
    except WorkerError as exc:
        return fallback(entry, f"extraction failed: {exc}")
    except Exception as exc:
        # html_to_text's own exceptions come back from the worker as they were raised.
        return fallback(entry, f"extraction failed: {type(exc).__name__}: {exc}")
    if not text.strip():
        return fallback(entry, "no main text found on the page")
    return Article(url=entry.link, status="ok", text=text)
