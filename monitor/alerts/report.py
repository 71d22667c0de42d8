"""Digests and exports of events: text, Markdown, JSON, CSV, and the public missile-attack dataset's columns.

Pure formatting over models objects and plain rows, so the CLI only fetches and prints.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from monitor.alerts.payload import event_json
from monitor.alerts.rules import figures_text
from monitor.events import KYIV
from monitor.models import FIGURE_FIELDS, Event
from monitor.safetext import clean_text

#: The columns of the public "massive missile attacks on Ukraine" dataset that an event can fill.
DATASET_COLUMNS = (
    "time_start", "time_end", "model", "launch_place", "target", "carrier", "launched", "destroyed",
    "not_reach_goal", "cross_border_belarus", "back_russia", "still_attacking", "num_hit_location",
    "num_fall_fragment_location", "affected_region", "source",
)

_SINCE = re.compile(r"^\s*(\d+)\s*(m|h|d|w)\s*$")


def parse_since(text: str, now: datetime) -> datetime:
    """A point in time from "24h", "7d", "2w", a date "2025-08-21" or an ISO date-time (UTC unless it says)."""
    m = _SINCE.match(text)
    if m:
        unit = {"m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}[m.group(2)]
        return now - timedelta(seconds=int(m.group(1)) * unit)
    try:
        when = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f'expected a duration such as "24h" or "7d", or a date such as 2025-08-21, got {text!r}') \
            from None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _when(event: Event) -> str:
    start, end = event.start.astimezone(KYIV), event.end.astimezone(KYIV)
    return f"{start:%Y-%m-%d %H:%M}–{end:%H:%M}" if start.date() == end.date() else \
        f"{start:%Y-%m-%d %H:%M} – {end:%Y-%m-%d %H:%M}"


def _who(event: Event) -> str:
    return {"russia": "Russian attack on Ukraine", "ukraine": "Ukrainian attack on Russia"}.get(
        event.attacker, event.attacker)


def digest_text(events: Sequence[Event], since: datetime, *, markdown: bool = False) -> str:
    """The events as a readable summary, newest first; Markdown with headings and links when asked."""
    lines: list[str] = []
    head = f"{len(events)} attack events since {since.astimezone(KYIV):%Y-%m-%d %H:%M} (Kyiv time)"
    lines.append(f"# {head}" if markdown else head)
    for event in events:
        places = ", ".join(clean_text(p, single_line=True) for p in event.places)
        title = f"{_when(event)} · {_who(event)}" + (f" · {places}" if places else "")
        lines.append("")
        lines.append(f"## {title}" if markdown else title)
        figures = figures_text(event.figures) or "no figures"
        lines.append(f"{'- ' if markdown else '  '}{figures}")
        if event.conflicts:
            lines.append(f"{'- ' if markdown else '  '}sources disagree on: {', '.join(event.conflicts)}")
        for src in event.sources:
            label = clean_text(src.title or src.url, single_line=True)
            if markdown and src.url.startswith(("http://", "https://")):
                lines.append(f"- [{label.replace(']', ')')}]({src.url})")
            else:
                lines.append(f"{'- ' if markdown else '  - '}{label} {src.url if src.url != label else ''}".rstrip())
    return "\n".join(lines) + "\n"


def digest_json(events: Sequence[Event], since: datetime) -> str:
    """The events as one JSON document."""
    return json.dumps({"since": since.isoformat(), "events": [event_json(e) for e in events]}, ensure_ascii=False,
                      indent=2) + "\n"


def event_row(event: Event) -> dict[str, Any]:
    """One flat row of an event for CSV and JSON exports."""
    return {
        "id": event.id, "attacker": event.attacker, "start": event.start.isoformat(), "end": event.end.isoformat(),
        **{n: event.figures.get(n) for n in FIGURE_FIELDS},
        "places": list(event.places), "conflicts": list(event.conflicts), "sources": len(event.sources),
        "urls": [s.url for s in event.sources],
    }


def dataset_rows(event: Event) -> list[dict[str, Any]]:
    """The event in the dataset's shape: a row for its drones and one for its missiles (Kyiv local time)."""
    if event.attacker != "russia":
        return []
    f = event.figures
    base = {
        "time_start": f"{event.start.astimezone(KYIV):%Y-%m-%d %H:%M}",
        "time_end": f"{event.end.astimezone(KYIV):%Y-%m-%d %H:%M}",
        "launch_place": "", "target": "Ukraine", "carrier": "", "cross_border_belarus": "", "back_russia": "",
        "still_attacking": "", "num_hit_location": "", "num_fall_fragment_location": "",
        "affected_region": ", ".join(event.places), "source": " ".join(s.url for s in event.sources),
    }
    rows = []
    if f.get("drones_launched") is not None or f.get("drones_downed") is not None:
        rows.append({**base, "model": "drones", "launched": f.get("drones_launched"),
                     "destroyed": f.get("drones_downed"), "not_reach_goal": f.get("drones_suppressed")})
    if f.get("missiles_launched") is not None or f.get("missiles_downed") is not None:
        rows.append({**base, "model": "missiles", "launched": f.get("missiles_launched"),
                     "destroyed": f.get("missiles_downed"), "not_reach_goal": None})
    if not rows and (f.get("launched_total") is not None or f.get("downed_total") is not None):
        rows.append({**base, "model": "drones and missiles", "launched": f.get("launched_total"),
                     "destroyed": f.get("downed_total"), "not_reach_goal": f.get("drones_suppressed")})
    return rows


def _cell(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return "; ".join(str(v) for v in value)
    if isinstance(value, str):
        value = clean_text(value, single_line=True)
        # A cell a spreadsheet would run as a formula is quoted with an apostrophe.
        return "'" + value if value[:1] in ("=", "+", "-", "@") else value
    return "" if value is None else value


def to_csv(rows: Iterable[Mapping[str, Any]], columns: Sequence[str] | None = None) -> str:
    """Rows as CSV with a header; lists are joined with "; "."""
    rows = list(rows)
    out = io.StringIO()
    cols = list(columns or (rows[0].keys() if rows else []))
    writer = csv.DictWriter(out, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(row.get(k)) for k in cols})
    return out.getvalue()


def to_jsonl(rows: Iterable[Mapping[str, Any]]) -> str:
    """Rows as JSON lines."""
    return "".join(json.dumps(dict(r), ensure_ascii=False) + "\n" for r in rows)


def to_json(rows: Iterable[Mapping[str, Any]]) -> str:
    """Rows as one JSON array."""
    return json.dumps([dict(r) for r in rows], ensure_ascii=False, indent=2) + "\n"
