"""Main text of an HTML page, by trafilatura.

A plain function of bytes so that it can run in a worker process: trafilatura
is CPU work that must not stall the event loop the TUI shares.
"""

from __future__ import annotations


def html_to_text(html: str | bytes, url: str | None = None) -> str:
    """The article's main text, paragraphs separated by newlines; "" when none is found."""
    import trafilatura

    text = trafilatura.extract(
        html,
        url=url,
        include_comments=False,
        include_tables=False,
        favor_recall=True,
        deduplicate=False,
    )
    return text or ""
