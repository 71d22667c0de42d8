"""Feed lists in and out: OPML, or plain text with one URL a line.

Pure functions over strings, so the CLI and the tests share them.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import quoteattr

from monitor.config import ConfigError, check_feed_url


class FeedListError(ValueError):
    """A feed list that cannot be read; the message is one line and names the place."""


@dataclass(frozen=True)
class FeedItem:
    """A feed found in a list: its URL and the name the list gives it."""

    url: str
    name: str = ""


def parse_feed_list(text: str) -> list[FeedItem]:
    """The feeds of an OPML document (any depth of outlines) or of a list of URLs, in order, once each."""
    items = _parse_opml(text) if text.lstrip().startswith("<") else _parse_lines(text)
    seen: set[str] = set()
    out = []
    for item in items:
        if item.url not in seen:
            seen.add(item.url)
            out.append(item)
    return out


def _parse_lines(text: str) -> list[FeedItem]:
    items = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            items.append(FeedItem(check_feed_url(line, f"line {number}")))
        except ConfigError as exc:
            raise FeedListError(str(exc)) from None
    return items


def _parse_opml(text: str) -> list[FeedItem]:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)
    try:
        root = etree.fromstring(text.encode("utf-8"), parser)
    except etree.XMLSyntaxError as exc:
        raise FeedListError(f"not valid OPML: {exc}") from None
    if not isinstance(root.tag, str) or root.tag.lower() != "opml":
        raise FeedListError(f"not OPML: the root element is <{root.tag}>, expected <opml>")
    items = []
    for outline in root.iter("outline"):
        url = outline.get("xmlUrl") or outline.get("xmlurl")
        if not url:
            continue
        line = outline.sourceline or 0
        try:
            url = check_feed_url(url, f"outline at line {line}: xmlUrl")
        except ConfigError as exc:
            raise FeedListError(str(exc)) from None
        items.append(FeedItem(url, (outline.get("title") or outline.get("text") or "").strip()))
    return items


def to_opml(items: list[FeedItem], title: str = "monitor feeds") -> str:
    """An OPML 2.0 document listing the feeds."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        f"  <head><title>{_text(title)}</title></head>",
        "  <body>",
    ]
    for item in items:
        name = item.name or item.url
        lines.append(
            f'    <outline type="rss" text={quoteattr(name)} title={quoteattr(name)} xmlUrl={quoteattr(item.url)}/>'
        )
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines)


def _text(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
