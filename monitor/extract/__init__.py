"""The rules engine: decide whether a text reports an air attack and extract its figures.

Pure and deterministic: no I/O, no clock, no network (the gazetteer is package data, read once).
The engine is imported on first use of ``extract``: compiling its patterns takes a third of a second (a tenth where
the pattern cache, ``recache``, holds them), which a process that only needs the gazetteer (the poller's, grouping
reports into events) need not pay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from monitor.extract.engine import extract

__all__ = ["extract"]


def __getattr__(name: str) -> Any:
    """``extract``, imported from the engine the first time it is asked for."""
    if name == "extract":
        from monitor.extract.engine import extract

        return extract
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
