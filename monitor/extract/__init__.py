"""The rules engine: decide whether a text reports an air attack and extract its figures.

Pure and deterministic: no I/O, no clock, no network (the gazetteer is package data, read once).
"""

from __future__ import annotations

from monitor.extract.engine import extract

__all__ = ["extract"]
