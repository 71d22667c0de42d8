"""Main text of an HTML page, by trafilatura.

A plain function of bytes so that it can run in a worker process: trafilatura
is CPU work that must not stall the event loop the TUI shares.
"""

from __future__ import annotations

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
