"""The rules engine over a batch of documents, as a module-level function that a worker process can run.

With article pages, the extraction of a batch runs in a worker beside
trafilatura's, so that the event loop, which hands the workers their pages,
is never held up by it.
"""

from __future__ import annotations

from monitor.models import Report


def extract_all(documents: list[str]) -> list[Report]:
    """The rules engine's report on each document, in order."""
    from monitor.extract import extract  # here: the caller's process need not load the rules engine

    return [extract(document) for document in documents]
