"""The results table: one row per figure, with our value, newsboat's, the ratio, the target and PASS/MISS."""

from __future__ import annotations

import statistics
from dataclasses import asdict, dataclass
from typing import Any


def median(values: list[float]) -> float | None:
    """The median, or None for no values."""
    return statistics.median(values) if values else None


@dataclass
class Row:
    """One line of the table; `target` is checked against `ratio` when there is one, else against `ours`."""

    name: str
    unit: str
    ours: float | None
    newsboat: float | None = None
    ratio: float | None = None
    target: str = ""
    passed: bool | None = None
    note: str = ""

    def verdict(self) -> str:
        """PASS, MISS, or blank when the row has no target or could not be measured."""
        if self.passed is None:
            return "" if not self.target else "n/a"
        return "PASS" if self.passed else "MISS"


def check(value: float | None, op: str, limit: float) -> bool | None:
    """Whether `value` meets `op limit` ("<=" or ">="); None when there is no value."""
    if value is None:
        return None
    return value <= limit if op == "<=" else value >= limit


def _fmt(value: float | None, unit: str = "") -> str:
    if value is None:
        return "-"
    if unit == "x":
        return f"{value:.2f}"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.3g}" if abs(value) < 1 else f"{value:.2f}"


def table(rows: list[Row]) -> str:
    """The rows as a Markdown table (which also reads well as plain text)."""
    head = ["figure", "ours", "newsboat / floor", "ratio", "target", "result", "note"]
    lines = [head, ["---"] * len(head)]
    for r in rows:
        unit = f" {r.unit}" if r.unit else ""
        lines.append([
            r.name, _fmt(r.ours) + unit, _fmt(r.newsboat) + (unit if r.newsboat is not None else ""),
            _fmt(r.ratio, "x"), r.target, r.verdict(), r.note,
        ])
    return "\n".join("| " + " | ".join(cells) + " |" for cells in lines)


def as_json(rows: list[Row]) -> list[dict[str, Any]]:
    """The rows as plain dictionaries, with the verdict."""
    return [dict(asdict(r), result=r.verdict()) for r in rows]
