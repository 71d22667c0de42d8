"""How the fetch side words what it reports: errors on one line, durations and sizes.

Kept apart from the HTTP client so that worker processes, which need only these,
do not import aiohttp as they start.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]+")


def one_line(text: str, limit: int = 300) -> str:
    """Text squeezed onto one line without control characters, cut to `limit` characters."""
    flat = " ".join(_CONTROL.sub(" ", text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def format_seconds(seconds: float) -> str:
    """A duration for messages: 20 -> "20s", 0.5 -> "0.5s"."""
    return f"{seconds:g}s"


def format_size(size: int) -> str:
    """A byte count for messages: 10485760 -> "10 MB", 2048 -> "2 KB"."""
    for unit, factor in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if size >= factor:
            value = size / factor
            return f"{value:.0f} {unit}" if size % factor == 0 else f"{value:.1f} {unit}"
    return f"{size} bytes"
