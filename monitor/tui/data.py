"""The TUI's window on the database: every read and write a pane needs, called from worker threads.

One connection is shared by the app's workers, so a lock serialises them; the
poller's cycle has a connection of its own and WAL lets it write meanwhile.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from monitor.models import Alert, Event, Report
from monitor.store import Store, views
from monitor.store import alerts as alert_store
from monitor.store import events as event_store
from monitor.store.store import FeedRow, parse_iso


@dataclass(frozen=True)
class Status:
    """What the status line shows about the feeds."""

    feeds: int
    ok: int
    failing: int
    last_cycle: datetime | None
    next_due: datetime | None


@dataclass(frozen=True)
class Detail:
    """Everything the Figures pane and the reader show for one entry."""

    row: views.EntryListRow
    report: Report | None
    event: Event | None
    document: str
    feed_names: dict[str, str]


class DataSource:
    """Thread-safe access to one Store for the TUI's workers."""

    def __init__(self, path: str | Path) -> None:
        self.store = Store(path)
        self.lock = threading.Lock()

    def close(self) -> None:
        """Close the connection."""
        with self.lock:
            self.store.close()

    def count(self, flt: views.EntryFilter) -> int:
        """Entries the filter lets through."""
        with self.lock:
            return views.count_entries(self.store, flt)

    def position(self, flt: views.EntryFilter, entry_id: int | None) -> int | None:
        """Where an entry stands in the filtered list."""
        if entry_id is None:
            return None
        with self.lock:
            return views.entry_position(self.store, flt, entry_id)

    def page(self, flt: views.EntryFilter, page: int) -> list[views.EntryListRow]:
        """One page of the filtered list."""
        with self.lock:
            return views.entry_page(self.store, flt, page * views.PAGE_SIZE, views.PAGE_SIZE)

    def detail(self, entry_id: int) -> Detail | None:
        """The row, report, event and document of an entry."""
        with self.lock:
            row = views.entry_row(self.store, entry_id)
            if row is None:
                return None
            report = self.store.report(entry_id)
            document = views.report_document(self.store, entry_id)
            if document is None:
                article = self.store.article(entry_id)
                entry = self.store.entry(entry_id)
                document = (article.text if article and article.text else "") or (
                    entry.entry.summary if entry else "")
            event = None if row.wrong else event_store.event_for_entry(self.store, entry_id)
            names = {f.url: f.label for f in self.store.feeds(active_only=False)} if event else {}
        return Detail(row=row, report=report, event=event, document=document, feed_names=names)

    def set_read(self, entry_id: int, read: bool) -> None:
        """Mark an entry read or unread."""
        with self.lock:
            views.set_read(self.store, entry_id, read)

    def set_starred(self, entry_id: int, starred: bool) -> None:
        """Star or unstar an entry."""
        with self.lock:
            views.set_starred(self.store, entry_id, starred)

    def set_wrong(self, entry_id: int, wrong: bool) -> bool:
        """Flag a report's figures as wrong; False when the entry has no report."""
        with self.lock:
            return views.set_wrong(self.store, entry_id, wrong)

    def alerts(self) -> tuple[list[Alert], int]:
        """Alerts newest first, and how many are unacknowledged."""
        with self.lock:
            return alert_store.list_alerts(self.store, limit=200), alert_store.unacknowledged_count(self.store)

    def acknowledge(self, alert_id: int) -> bool:
        """Acknowledge one alert."""
        with self.lock:
            return alert_store.acknowledge_alert(self.store, alert_id)

    def feeds(self) -> list[FeedRow]:
        """The active feeds with their state."""
        with self.lock:
            return self.store.feeds()

    def status(self) -> Status:
        """Feed counts and times for the status line."""
        with self.lock:
            rows = self.store.feeds()
            last = views.last_cycle_time(self.store)
            next_due = self.store.next_due()
        failing = sum(1 for r in rows if r.last_status == "failed")
        return Status(feeds=len(rows), ok=sum(1 for r in rows if r.last_status in ("ok", "not_modified")),
                      failing=failing, last_cycle=parse_iso(last), next_due=next_due)

    def daily_totals(self) -> list[views.DayTotals]:
        """Chart data."""
        with self.lock:
            return views.daily_totals(self.store)
