"""A fast path for the plain feeds that make up most polls: fastfeedparser, mapped to what feedparser stores.

feedparser takes some 5 ms for a 30-item feed and must run in a worker
process; fastfeedparser takes about a tenth of a millisecond, cheap enough to
run on the event loop. The two disagree on many corners (namespaced extensions,
relative links, loose dates, legacy encodings, HTML inside elements), so this
path takes only documents it can vouch for: well-formed UTF-8 RSS 2.0 or Atom
of bounded size, made only of elements whose meaning both parsers share, with
dates in the two standard formats. Anything else gives None, and feedparser,
which stays the reference, reads the document as before.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

from monitor.fetch.feeds import _guid, _text
from monitor.fetch.namespaces import KNOWN
from monitor.models import Entry

log = logging.getLogger(__name__)

#: Largest document the fast path reads on the event loop; larger ones go to a worker.
FAST_MAX_BYTES = 512 * 1024

def _words(text: str) -> frozenset[str]:
    """The set of the words in `text`."""
    return frozenset(text.split())


#: Elements of an RSS 2.0 document whose meaning feedparser and fastfeedparser share, with the
#: prefixes feedparser gives their namespaces (whatever prefix the document itself uses).
_RSS_TAGS = _words(
    "rss channel item atom10:link title link description guid pubDate category comments enclosure source "
    "language lastBuildDate copyright managingEditor webMaster generator docs ttl image url width height "
    "rating textInput cloud skipHours skipDays hour day dc:creator dc:date dc:language dc:publisher "
    "dc:rights dc:source dc:format dc:subject dc:type content:encoded media:content media:thumbnail media:credit "
    "media:keywords media:category media:copyright media:rating sy:updatePeriod sy:updateFrequency "
    "sy:updateBase slash:comments wfw:commentRss wfw:comment feedburner:info itunes:image "
    "itunes:duration itunes:explicit itunes:category itunes:episode itunes:season itunes:episodeType "
    "itunes:block itunes:keywords itunes:new-feed-url itunes:type itunes:owner itunes:email"
)

#: Elements of an Atom document whose meaning both parsers share.
_ATOM_TAGS = _words(
    "feed entry id title link updated published summary content author name email uri category subtitle "
    "generator icon logo rights"
)

#: Local names that either parser may read as one of the fields stored, in whatever namespace.
_FIELD_NAMES = _words(
    "title link description summary guid id pubdate published issued date updated modified created "
    "lastbuilddate author creator content encoded name body subtitle"
)


_NAMESPACE = re.compile(rb"""xmlns:([\w.-]+)\s*=\s*["']([^"']*)["']""")
_C1 = re.compile("[\x80-\x9f]")
_C1_REF = re.compile(rb"&(?:amp;)?#(?:1[2-5][0-9]|[xX]0*[89][0-9a-fA-F]);")
_CDATA = re.compile(rb"<!\[CDATA\[.*?\]\]>", re.S)
_COMMENT = re.compile(rb"<!--.*?-->", re.S)
_TAG = re.compile(rb"<([A-Za-z_][\w.:-]*)")
_DECLARED = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']""")
_GUID = re.compile(rb"<guid(\s[^>]*)?>")
_NOT_PERMALINK = re.compile(rb"""isPermaLink\s*=\s*["']false["']""")
_RSS_DATE = re.compile(rb"<(pubDate|dc:date)>([^<]*)</")
_ATOM_DATE = re.compile(rb"<(published|updated)>([^<]*)</")
_ATOM_CONTENT = re.compile(rb"<content[\s>/]")
_ATOM_TEXT_TYPE = re.compile(rb"""<(title|summary|content)\s[^>]*type\s*=\s*["'](xhtml|application/xhtml\+xml)""")
_ATOM_NS = b'xmlns="http://www.w3.org/2005/Atom"'

#: RFC 822 dates as feeds write them ("Tue, 07 Jan 2025 06:30:00 +0300"), which both parsers read alike.
_RFC822 = re.compile(
    rb"^\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s*)?\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    rb"\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?:GMT|UTC|UT|Z|[+-]\d{4})\s*$"
)
#: W3C date-times ("2025-01-07T10:00:00+02:00"), Atom's and Dublin Core's format.
_W3C = re.compile(rb"^\s*\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})\s*$")


def parse_fast(data: bytes, headers: dict[str, str], url: str) -> tuple[str, list[Entry]] | None:
    """The feed's title and entries as parse_feed would give them, or None when only feedparser can tell.

    Never raises: any doubt, including an error inside fastfeedparser, is None.
    """
    try:
        return _parse_fast(data, headers, url)
    except Exception:
        return None


def _parse_fast(data: bytes, headers: dict[str, str], url: str) -> tuple[str, list[Entry]] | None:
    """parse_fast without the safety net."""
    if not data or len(data) > FAST_MAX_BYTES or b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        return _no("size or DTD")
    if b"xml:base" in data:
        return _no("xml:base")  # relative links against another base: feedparser resolves those
    charset = _charset(headers.get("content-type", ""))
    if charset not in ("", "utf-8", "utf8", "us-ascii"):
        return _no("charset")
    declared = _DECLARED.match(data)
    if declared and declared.group(1).lower() not in (b"utf-8", b"utf8", b"us-ascii"):
        return _no("declared encoding")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return _no("not UTF-8")
    # (an ASCII document holds no C1 character, and a reference to one starts with "&#" or "&amp;#")
    if (not data.isascii() and _C1.search(text)) or (b"#" in data and _C1_REF.search(data)):
        return _no("C1 controls")  # feedparser reads those as Windows-1252 punctuation
    bare = data
    if b"<![CDATA[" in bare:
        bare = _CDATA.sub(b"", bare)
    if b"<!--" in bare:
        bare = _COMMENT.sub(b"", bare)
    bound = _bindings(bare)
    if bound is None:
        return _no("a namespace prefix bound twice")
    first = -1
    for marker in (b"<item", b"<entry"):  # where the items start: their elements are asked about apart
        first = bare.find(marker)
        if first >= 0:
            break
    head_names = _qualified(bare[:first] if first >= 0 else bare, bound)
    item_names = _qualified(bare[first:], bound) if first >= 0 else set()
    names = head_names | item_names
    if "rss" in names and "channel" in names:
        kind, item, allowed = "rss", b"<item", _RSS_TAGS
    elif "feed" in names and _ATOM_NS in bare:
        kind, item, allowed = "atom", b"<entry", _ATOM_TAGS
        if _ATOM_TEXT_TYPE.search(bare):
            return _no("XHTML text constructs")
    else:
        return _no("neither RSS 2.0 nor Atom")
    odd = sorted(name for name in names if name not in allowed and not _free(name))
    if odd:
        return _no("elements " + " ".join(odd))
    if first < 0 or not bare.startswith(item, first):
        first = bare.find(item)
        if first < 0:
            return _no("no entries")  # no entries: feedparser tells an empty feed from a broken one
        item_names = _qualified(bare[first:], bound)
    body = bare[first:]
    dates = _RSS_DATE if kind == "rss" else _ATOM_DATE
    pattern = _RFC822 if kind == "rss" else _W3C
    for tag, value in dates.findall(body):
        if not (_W3C if tag == b"dc:date" else pattern).match(value):
            return _no(f"date {value[:40]!r}")

    import fastfeedparser
    from lxml import etree

    try:
        # fastfeedparser repairs broken XML its own way; feedparser's verdict on such a document is the one kept.
        etree.fromstring(data, _strict_parser())
    except etree.XMLSyntaxError:
        return _no("not well-formed")
    parsed = fastfeedparser.parse(data, include_tags=False, include_media=False, include_enclosures=False)
    items = parsed.entries
    count = len(items)
    if not count or count != body.count(item + b">") + body.count(item + b" "):
        return _no("entry count")
    if kind == "rss":
        if any(name.startswith("atom10:") for name in item_names):
            return _no("Atom elements in items")  # per-item atom links: the two parsers pick links differently
        summaries = _all_or_none(body.count(b"<description"), count)
        contents = _all_or_none(body.count(b"<content:encoded"), count)
        guids = _GUID.findall(body)
        permalinks = _all_or_none(sum(1 for attrs in guids if not _NOT_PERMALINK.search(attrs)), len(guids))
        if _all_or_none(body.count(b"<link>") + body.count(b"<link "), count) is None:
            return _no("links on some items")
    else:
        summaries = _all_or_none(body.count(b"<summary"), count)
        contents = _all_or_none(len(_ATOM_CONTENT.findall(body)), count)
        permalinks = False
    if summaries is None or contents is None or permalinks is None:
        return _no("summaries, contents or guids on some items only")
    entries = [_entry(e, url, kind, summaries, contents, permalinks) for e in items]
    return _text(parsed.feed.get("title")), entries


def _bindings(text: bytes) -> dict[bytes, str] | None:
    """Each namespace prefix of the document with feedparser's own prefix for its namespace.

    A namespace feedparser does not know keeps the document's prefix, followed
    by "?" to mark it as free; None when a prefix is bound to two namespaces.
    """
    bound: dict[bytes, str] = {}
    for prefix, uri in _NAMESPACE.findall(text):
        known = KNOWN.get(uri.decode("utf-8", "replace").strip().lower())
        name = known if known is not None else prefix.decode() + "?"
        if bound.setdefault(prefix, name) != name:
            return None
    return bound


def _qualified(text: bytes, bound: dict[bytes, str]) -> set[str]:
    """The element names in `text`, their prefixes replaced as `bound` says ("?" for an undeclared one)."""
    out = set()
    for tag in set(_TAG.findall(text)):
        prefix, _, local = tag.rpartition(b":")
        out.add(f"{bound.get(prefix, '?')}:{local.decode()}" if prefix else local.decode())
    return out


def _free(name: str) -> bool:
    """Whether an element of a namespace feedparser does not know is harmless to the fields stored."""
    prefix, _, local = name.rpartition(":")
    return prefix.endswith("?") and local.lower() not in _FIELD_NAMES


def _no(reason: str) -> tuple[str, list[Entry]] | None:
    """Decline the fast path (None), saying why in the debug log."""
    log.debug("fast parse declined: %s", reason)
    return None


def _strict_parser() -> Any:
    """An lxml parser that refuses broken XML and never loads entities or anything from the network."""
    from lxml import etree

    return etree.XMLParser(recover=False, resolve_entities=False, no_network=True, huge_tree=False)


def _all_or_none(found: int, of: int) -> bool | None:
    """True when every one of `of` items has the element, False when none has, None when only some do."""
    if found == 0:
        return False
    return True if found == of else None


def _charset(content_type: str) -> str:
    """The charset parameter of a Content-Type header, lower-cased; "" when there is none."""
    for param in content_type.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'").lower()
    return ""


def _absolute(link: str, base: str) -> str:
    """`link` resolved against the feed URL, as feedparser resolves relative links."""
    if not link or link.startswith(("http://", "https://")):
        return link
    return urljoin(base, link)


def _entry(item: dict, url: str, kind: str, summaries: bool, contents: bool, permalinks: bool) -> Entry:
    """One fastfeedparser entry as the Entry feedparser's path would make of it."""
    get = item.get  # (this runs for every item of every feed polled: _text's work is written out here)
    title = get("title")
    title = title.strip() if isinstance(title, str) else ""
    content = ""
    if contents:
        found = get("content") or ()
        content = (found[0].get("value") or "") if found else ""
    # feedparser gives an entry without a summary its content as summary.
    summary = (get("description") or "") if summaries else content
    stamp = get("published")
    published = datetime.fromisoformat(stamp).astimezone(UTC) if stamp else None
    raw_id = get("id")
    raw_id = raw_id.strip() if isinstance(raw_id, str) else ""
    link = get("link")
    link = _absolute(link.strip() if isinstance(link, str) else "", url)
    if kind == "rss" and raw_id and permalinks:
        raw_id = _absolute(raw_id, url)  # a permalink guid is a link, and relative ones are resolved
        link = link or raw_id
    author = get("author")
    return Entry(
        feed_url=url,
        # _guid's choice: the id, else the link (both stripped already), else a hash of what the entry says
        guid=raw_id or link or _guid({}, title, published, summary),
        title=title,
        link=link,
        published=published,
        summary=summary,
        content=content,
        author=author.strip() if isinstance(author, str) else "",
    )
