"""Main text of an HTML page, by trafilatura.

A plain function of bytes so that it can run in a worker process: trafilatura
is CPU work that must not stall the event loop the TUI shares.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable
from html import unescape


def html_to_text(html: str | bytes, url: str | None = None) -> str:
    """The article's main text, paragraphs separated by newlines; "" when none is found."""
    import trafilatura

    text = trafilatura.extract(
        html,
        url=url,
        include_comments=False,
        include_tables=True,  # a table of weapons by type holds the figures (and recall rises on the benchmark)
        favor_recall=True,
        deduplicate=False,
    )
    return text or ""


def _decoded(body: bytes, content_type: str) -> str | bytes:
    """The page as text when the headers name a known charset; else the bytes, for trafilatura to sniff."""
    for param in content_type.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'")
            try:
                codecs.lookup(charset)
            except LookupError:
                return body
            return body.decode(charset, errors="replace")
    return body


def page_text(extract: Callable[[str | bytes, str], str], body: bytes, content_type: str, url: str) -> str:
    """`extract` run on the page decoded as its headers say; called in a worker process (so it lives here, with
    what workers preload, and not beside the HTTP client, whose import would add ~0.15 s to every worker's start).

    The page crosses to the worker as bytes and is decoded there: decoded, a page
    with text outside Latin-1 takes two to four times its size in memory, and
    pickling the text would cost the event loop's process an encoding pass.
    """
    return extract(_decoded(body, content_type), url)


def warm_up() -> None:
    """Build the tables trafilatura builds on first need, so that a process forked afterwards shares them.

    Its justext fallback lower-cases the stop words of every language into one
    set the first time a page needs it; each worker would otherwise build its own.
    """
    from justext.core import define_stoplist
    from trafilatura import external

    define_stoplist(external.JT_STOPLIST or external.jt_stoplist_init())


def strip_html(html: str) -> str:
    """Plain text of a feed's summary or content HTML: tags dropped, block elements on their own lines.

    Cheap enough to run inline, unlike trafilatura: feed snippets are small.
    """
    if "&" not in html and "<" not in html:
        return html.strip()
    if "<" not in html:
        # No markup, only character references: decoded as the tree would, without building one.
        lines = (" ".join(line.split()) for line in unescape(html).splitlines())
        return "\n".join(line for line in lines if line)
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return html.strip()
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for block in root.xpath("//p|//br|//div|//li|//h1|//h2|//h3|//h4|//tr|//blockquote"):
        block.tail = "\n" + (block.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)
