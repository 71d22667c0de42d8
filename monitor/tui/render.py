"""Rich Text for every pane, built from stored rows; all untrusted strings pass through clean_text here.

Only Text objects leave this module, never markup strings, so a title such as
"[@click=app.quit]x[/]" is shown as the characters it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from monitor.models import FIGURE_FIELDS, Alert, Event, Report
from monitor.safetext import clean_text
from monitor.store.store import FeedRow, parse_iso
from monitor.store.views import DayTotals, EntryListRow

FIGURE_LABELS = {
    "drones_launched": "drones launched",
    "missiles_launched": "missiles launched",
    "drones_downed": "drones downed",
    "missiles_downed": "missiles downed",
    "drones_suppressed": "drones suppressed",
    "launched_total": "launched (total)",
    "downed_total": "downed (total)",
    "killed": "killed",
    "injured": "injured",
}

#: Styles of the highlighted evidence in the reader, one per figure, cycled.
EVIDENCE_STYLES = ("black on yellow", "black on cyan", "black on green", "black on magenta", "black on bright_red")


def safe(text: str | None, *, single_line: bool = True) -> str:
    """Untrusted text made safe to show."""
    return clean_text(text or "", single_line=single_line)


def local_time(stored: str | None, fmt: str = "%m-%d %H:%M") -> str:
    """A stored UTC timestamp in the local time zone, or "-"."""
    dt = parse_iso(stored)
    return dt.astimezone().strftime(fmt) if dt else "-"


def when(dt: datetime | None, fmt: str = "%H:%M:%S") -> str:
    """A datetime in the local time zone, or "-"."""
    return dt.astimezone().strftime(fmt) if dt else "-"


def headline(drones: int | None, missiles: int | None, killed: int | None, injured: int | None) -> str:
    """The headline figures of an attack, e.g. "574 drones · 40 missiles · 1 killed · 22 injured"."""
    parts = []
    if drones is not None:
        parts.append(f"{drones} drones")
    if missiles is not None:
        parts.append(f"{missiles} missiles")
    if killed is not None:
        parts.append(f"{killed} killed")
    if injured is not None:
        parts.append(f"{injured} injured")
    return " · ".join(parts)


def entry_line(row: EntryListRow, width: int) -> Text:
    """One line of the feed list: marks, time, source, title and the headline figures, fitted to width."""
    marks = Text()
    marks.append("●" if not row.read else " ", style="bold cyan")
    marks.append("★" if row.starred else " ", style="bold yellow")
    if row.is_attack_report:
        marks.append("✗" if row.wrong else "▲", style="dim" if row.wrong else "bold red")
    else:
        marks.append(" ")
    marks.append(" ")
    marks.append(local_time(row.sort_time), style="dim")
    marks.append(" ")
    source_width = 12 if width < 100 else 22
    source = safe(row.source)[:source_width].ljust(source_width)
    marks.append(source, style="green")
    marks.append(" ")
    room = max(width - marks.cell_len, 0)
    figures = _fitted_figures(row, max(room * 9 // 20, 10)) if row.is_attack_report else ""
    if figures and row.wrong:
        figures += " (wrong)"
    fig_room = min(len(figures), max(room - 16, room // 2)) if figures else 0
    title_room = max(room - fig_room - (2 if fig_room else 0), 0)
    title = safe(row.title) or "(no title)"
    if len(title) > title_room:
        title = title[: max(title_room - 1, 0)] + "…" if title_room else ""
    line = marks
    line.append(title.ljust(title_room), style="bold" if not row.read else "")
    if fig_room:
        shown = figures if len(figures) <= fig_room else figures[: fig_room - 1] + "…"
        line.append("  ")
        line.append(shown.rjust(fig_room), style="strike dim" if row.wrong else "bold red")
    line.no_wrap = True
    return line


def figures_view(row: EntryListRow | None, report: Report | None, event: Event | None,
                 feed_names: dict[str, str] | None = None) -> RenderableType:
    """The Figures pane: each attack of the entry with every figure, then the event's sources side by side."""
    if row is None:
        return Text("No entry selected.", style="dim")
    parts: list[RenderableType] = [Text(safe(row.title), style="bold")]
    if report is None:
        parts.append(Text("Not extracted yet.", style="dim"))
        return Group(*parts)
    if not report.is_attack_report or not report.attacks:
        parts.append(Text("Not an attack report.", style="dim"))
        return Group(*parts)
    if row.wrong:
        parts.append(Text("Marked wrong: kept, but left out of events and alerts.", style="bold magenta"))
    for n, attack in enumerate(report.attacks, 1):
        table = Table(box=None, show_header=True, header_style="bold", pad_edge=False, expand=False)
        table.add_column(Text(f"Attack {n}: by {attack.attacker}"))
        table.add_column(Text("value"), justify="right")
        for name in FIGURE_FIELDS:
            value = getattr(attack, name)
            table.add_row(Text(FIGURE_LABELS[name]), Text("-" if value is None else str(value),
                                                           style="bold" if value is not None else "dim"))
        if attack.places:
            table.add_row(Text("places"), Text(safe(", ".join(attack.places))))
        parts.append(table)
    if event is not None:
        parts.append(event_table(event, feed_names or {}))
    return Group(*parts)


def event_table(event: Event, feed_names: dict[str, str]) -> Table:
    """An event's reconciled figures beside the figures each source gave; figures they disagree on stand out."""
    table = Table(box=None, show_header=True, header_style="bold", pad_edge=False,
                  title=Text(f"Event {event.id}: {len(event.sources)} sources", style="bold"), title_justify="left")
    table.add_column(Text("figure"))
    table.add_column(Text("event"), justify="right")
    for source in event.sources:
        name = feed_names.get(source.feed) or source.feed or source.url
        table.add_column(Text(safe(name)[:18]), justify="right")
    for name in FIGURE_FIELDS:
        values = [s.figures.get(name) for s in event.sources]
        if event.figures.get(name) is None and all(v is None for v in values):
            continue
        conflict = name in event.conflicts
        style = "bold red" if conflict else ""
        table.add_row(
            Text(FIGURE_LABELS[name], style=style),
            Text(_num(event.figures.get(name)), style="bold"),
            *(Text(_num(v), style=style) for v in values),
        )
    return table


def _num(value: int | None) -> str:
    return "-" if value is None else str(value)


def _spans(document: str, report: Report | None) -> list[tuple[int, int, str, str]]:
    """(start, end, figure, style) of every piece of evidence found in the document, in order, not overlapping."""
    spans: list[tuple[int, int, str, str]] = []
    if report is None:
        return spans
    n = 0
    for attack in report.attacks:
        for name, ev in attack.evidence.items():
            start, end = ev.start, ev.end
            if not (0 <= start < end <= len(document)):
                start = document.find(ev.sentence) if ev.sentence else -1
                end = start + len(ev.sentence)
                if start < 0:
                    continue
            spans.append((start, end, name, EVIDENCE_STYLES[n % len(EVIDENCE_STYLES)]))
            n += 1
    spans.sort()
    merged: list[tuple[int, int, str, str]] = []
    for span in spans:
        if merged and span[0] < merged[-1][1]:
            continue
        merged.append(span)
    return merged


def reader_text(document: str, report: Report | None) -> Text:
    """The article text with each figure's evidence highlighted; pieces are cleaned one by one so spans stay true."""
    text = Text()
    at = 0
    for start, end, _name, style in _spans(document, report):
        text.append(clean_text(document[at:start]))
        text.append(clean_text(document[start:end]), style=style)
        at = end
    text.append(clean_text(document[at:]))
    return text


def evidence_legend(report: Report | None, document: str) -> Text:
    """Which highlight belongs to which figure, with its value."""
    legend = Text()
    if report is None:
        return legend
    figures = {}
    for attack in report.attacks:
        figures.update({k: v for k, v in attack.figures().items() if v is not None and k not in figures})
    for _start, _end, name, style in _spans(document, report):
        if legend:
            legend.append("  ")
        legend.append(f" {FIGURE_LABELS[name]} {_num(figures.get(name))} ", style=style)
    return legend


def _fitted_figures(row: EntryListRow, limit: int) -> str:
    """The fullest headline of the row's figures that fits in `limit` cells: injured go first, then killed,
    then missiles where drones are given; else the shortest.

    The title is what tells one report from another, so the figures give way first.
    """
    variants = [
        headline(row.drones, row.missiles, row.killed, row.injured),
        headline(row.drones, row.missiles, row.killed, None),
        headline(row.drones, row.missiles, row.killed, None).replace(" · ", " "),
        headline(row.drones, row.missiles, None, None).replace(" · ", " "),
    ]
    if row.drones is not None and row.missiles is not None:
        variants.append(headline(row.drones, None, None, None))
    variants = [v for v in variants if v]
    if not variants:
        return ""
    return next((v for v in variants if len(v) <= limit), min(variants, key=len))


def alert_line(alert: Alert) -> Text:
    """One line of the Alerts pane; unacknowledged alerts are marked and bold."""
    line = Text(no_wrap=True, overflow="ellipsis")
    if alert.acknowledged:
        line.append("  ", style="dim")
        style = "dim"
    else:
        line.append("● ", style="bold red")
        style = "bold"
    line.append(when(alert.created_at, "%m-%d %H:%M") + " ", style="dim")
    rule = safe(alert.rule)
    # The message's first line says what happened; its evidence and links are for the detail view.
    headline = safe(alert.message.split("\n", 1)[0]).removeprefix(f"[{rule}] ")
    line.append(rule + ": ", style=style)
    if alert.kind == "update":
        line.append("update · ", style=style)
    line.append(headline, style=style)
    return line


def feed_status(row: FeedRow) -> Text:
    """A feed's last status, coloured."""
    status = row.last_status or "new"
    style = {"ok": "green", "not_modified": "green", "failed": "bold red"}.get(status, "yellow")
    return Text(status, style=style)


def chart(days: Sequence[DayTotals], width: int) -> Text:
    """Horizontal bars of drones and missiles launched per day, scaled to the width."""
    text = Text()
    if not days:
        text.append("No attack figures stored yet.", style="dim")
        return text
    label_width = 11
    number_width = 6
    bar_room = max(width - label_width - number_width - 12, 4)
    top = max(max(d.drones for d in days), max(d.missiles for d in days), 1)
    for d in days:
        for kind, value, style in (("drones", d.drones, "red"), ("missiles", d.missiles, "yellow")):
            label = d.day[5:] if kind == "drones" else ""
            cells = value * bar_room / top
            full = int(cells)
            bar = "█" * full + ("▌" if cells - full >= 0.5 else "")
            text.append(f"{label:<{label_width}}")
            text.append(f"{kind:<9}", style=style)
            text.append(bar, style=style)
            text.append(f" {value}\n", style="bold")
    text.append("\n")
    text.append("drones", style="red")
    text.append(" and ")
    text.append("missiles", style="yellow")
    text.append(" launched by Russia per day (largest figure any report gave)", style="dim")
    return text
