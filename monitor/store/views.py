"""The paged reads and the small writes of the TUI: entry lists, read/star/wrong marks, feed health, chart data.

The TUI shows archives of 100k entries, so lists are read a page at a time
with an index-friendly ORDER BY and never loaded whole; every statement stays
here so that the front end runs no SQL of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from monitor.store.connection import write
from monitor.store.store import Store, match_expression

#: Rows read at once by the feed list.
PAGE_SIZE = 200


@dataclass(frozen=True)
class EntryFilter:
    """Which entries a list shows: all of them, or those that pass every condition set."""

    attack_only: bool = False
    unread_only: bool = False
    starred_only: bool = False
    feed_url: str | None = None
    search: str | None = None

    @property
    def label(self) -> str:
        """A short description for the pane title; empty for the unfiltered list."""
        parts = []
        if self.attack_only:
            parts.append("attack reports")
        if self.unread_only:
            parts.append("unread")
        if self.starred_only:
            parts.append("starred")
        if self.feed_url:
            parts.append("one feed")
        if self.search:
            parts.append(f"search: {self.search}")
        return ", ".join(parts)


@dataclass(frozen=True)
class EntryListRow:
    """One line of the feed list: the entry, its marks and the headline figures of its report."""

    id: int
    feed_url: str
    source: str
    title: str
    link: str
    sort_time: str
    read: bool
    starred: bool
    is_attack_report: bool
    wrong: bool
    drones: int | None
    missiles: int | None
    killed: int | None
    injured: int | None


@dataclass(frozen=True)
class DayTotals:
    """Drones and missiles launched on one day, as the largest figure any unflagged report gave."""

    day: str
    drones: int
    missiles: int


def _where(flt: EntryFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if flt.attack_only:
        clauses.append("EXISTS (SELECT 1 FROM reports r WHERE r.entry_id = e.id AND r.is_attack_report = 1)")
    if flt.unread_only:
        clauses.append("e.read = 0")
    if flt.starred_only:
        clauses.append("e.starred = 1")
    if flt.feed_url:
        clauses.append("e.feed_url = ?")
        params.append(flt.feed_url)
    if flt.search is not None:
        match = match_expression(flt.search)
        if match is None:
            clauses.append("0")
        else:
            clauses.append("e.id IN (SELECT rowid FROM search WHERE search MATCH ?)")
            params.append(match)
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def count_entries(store: Store, flt: EntryFilter = EntryFilter()) -> int:
    """How many entries the filter lets through."""
    where, params = _where(flt)
    return int(store.db.execute(f"SELECT count(*) FROM entries e {where}", params).fetchone()[0])


_LIST_SELECT = (
    "SELECT e.id, e.feed_url, coalesce(nullif(f.name, ''), nullif(f.title, ''), e.feed_url), e.title, e.link, "
    "e.sort_time, e.read, e.starred, coalesce(r.is_attack_report, 0), coalesce(r.wrong, 0), "
    "a.drones_launched, a.missiles_launched, a.killed, a.injured "
    "FROM entries e "
    "LEFT JOIN feeds f ON f.url = e.feed_url "
    "LEFT JOIN reports r ON r.entry_id = e.id "
    "LEFT JOIN attacks a ON a.entry_id = e.id AND a.idx = 0 "
)


def _list_row(r: Sequence[Any]) -> EntryListRow:
    return EntryListRow(
        id=r[0], feed_url=r[1], source=r[2], title=r[3], link=r[4], sort_time=r[5], read=bool(r[6]),
        starred=bool(r[7]), is_attack_report=bool(r[8]), wrong=bool(r[9]), drones=r[10], missiles=r[11],
        killed=r[12], injured=r[13],
    )


def entry_page(store: Store, flt: EntryFilter, offset: int, limit: int = PAGE_SIZE) -> list[EntryListRow]:
    """Rows offset .. offset+limit of the filtered list, newest first."""
    where, params = _where(flt)
    rows = store.db.execute(
        f"{_LIST_SELECT} {where} ORDER BY e.sort_time DESC, e.id DESC LIMIT ? OFFSET ?",
        [*params, limit, max(offset, 0)],
    ).fetchall()
    return [_list_row(r) for r in rows]


def entry_row(store: Store, entry_id: int) -> EntryListRow | None:
    """One list row by entry id."""
    row = store.db.execute(f"{_LIST_SELECT} WHERE e.id = ?", (entry_id,)).fetchone()
    return _list_row(row) if row else None


def entry_position(store: Store, flt: EntryFilter, entry_id: int) -> int | None:
    """Where an entry stands in the filtered list (0 is the newest), or None when the filter leaves it out."""
    where, params = _where(flt)
    key = store.db.execute("SELECT sort_time FROM entries WHERE id = ?", (entry_id,)).fetchone()
    if key is None:
        return None
    inside = store.db.execute(
        f"SELECT 1 FROM entries e {where} {'AND' if where else 'WHERE'} e.id = ?", [*params, entry_id]
    ).fetchone()
    if inside is None:
        return None
    before_clause = "(e.sort_time > ? OR (e.sort_time = ? AND e.id > ?))"
    full = f"{where} AND {before_clause}" if where else f"WHERE {before_clause}"
    return int(
        store.db.execute(
            f"SELECT count(*) FROM entries e {full}", [*params, key[0], key[0], entry_id]
        ).fetchone()[0]
    )


def set_read(store: Store, entry_id: int, read: bool) -> None:
    """Mark an entry read or unread."""
    with write(store.db):
        store.db.execute("UPDATE entries SET read = ? WHERE id = ?", (int(read), entry_id))


def set_starred(store: Store, entry_id: int, starred: bool) -> None:
    """Star or unstar an entry."""
    with write(store.db):
        store.db.execute("UPDATE entries SET starred = ? WHERE id = ?", (int(starred), entry_id))


def set_wrong(store: Store, entry_id: int, wrong: bool) -> bool:
    """Flag a report's figures as wrong (kept, but left out of events and alerts); False when there is no report."""
    with write(store.db):
        cur = store.db.execute("UPDATE reports SET wrong = ? WHERE entry_id = ?", (int(wrong), entry_id))
        return cur.rowcount > 0


def report_document(store: Store, entry_id: int) -> str | None:
    """The text the extractor read for an entry, which its evidence spans index into."""
    row = store.db.execute("SELECT document FROM reports WHERE entry_id = ?", (entry_id,)).fetchone()
    return row[0] if row else None


def daily_totals(store: Store, days: int = 60) -> list[DayTotals]:
    """Drones and missiles launched by Russia per day over the last `days` days that have reports, oldest first.

    Several outlets report the same night, so a day counts the largest figure
    given rather than the sum, which would count one attack many times.
    """
    rows = store.db.execute(
        "SELECT substr(e.sort_time, 1, 10) AS day, coalesce(max(a.drones_launched), 0), "
        "coalesce(max(a.missiles_launched), 0) "
        "FROM attacks a JOIN entries e ON e.id = a.entry_id JOIN reports r ON r.entry_id = a.entry_id "
        "WHERE r.wrong = 0 AND a.attacker = 'russia' "
        "AND (a.drones_launched IS NOT NULL OR a.missiles_launched IS NOT NULL) "
        "GROUP BY day ORDER BY day DESC LIMIT ?",
        (days,),
    ).fetchall()
    return [DayTotals(day=r[0], drones=int(r[1]), missiles=int(r[2])) for r in reversed(rows)]


def last_cycle_time(store: Store) -> str | None:
    """When any feed was last polled, as stored text."""
    row = store.db.execute("SELECT max(last_polled_at) FROM feeds WHERE active = 1").fetchone()
    return row[0] if row and row[0] else None

