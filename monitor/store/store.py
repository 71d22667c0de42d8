"""The Store: feeds, entries, articles and extraction reports in one SQLite file.

Every write is a short transaction and every insert is keyed so that running
the same cycle twice adds nothing.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from monitor.models import FIGURE_FIELDS, Article, Attack, Entry, Evidence, Feed, Report
from monitor.store.connection import Database, checkpoint, open_database, write
from monitor.store.schema import migrate


def _utc(dt: datetime) -> datetime:
    """`dt` in UTC; a naive datetime is taken to be UTC already."""
    if dt.tzinfo is UTC:
        return dt
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


def _utc_text(dt: datetime, timespec: str) -> str:
    """`dt` in UTC as ISO 8601 text ending in Z, to whole seconds or microseconds."""
    dt = _utc(dt)
    if dt.year < 1000:  # strftime does not pad such years; kept as it always wrote them
        return dt.strftime("%Y-%m-%dT%H:%M:%S.%fZ" if timespec == "microseconds" else "%Y-%m-%dT%H:%M:%SZ")
    return dt.replace(tzinfo=None).isoformat(timespec=timespec) + "Z"  # a third of strftime's time


def iso(dt: datetime) -> str:
    """A UTC timestamp as fixed-width ISO 8601 text, so that text order is time order."""
    return _utc_text(dt, "seconds")


def iso_precise(dt: datetime) -> str:
    """A UTC timestamp to the microsecond, fixed-width, for the two stamps compared with each other.

    A report's extracted_at and its event source's assigned_at decide whether a
    report was extracted again since it joined its event; to the second, a report
    extracted and assigned within one second looked extracted again, and every
    such report was clustered a second time by the next cycle.
    """
    return _utc_text(dt, "microseconds")


def parse_iso(text: str | None) -> datetime | None:
    """The datetime of a stored timestamp, or None."""
    if not text:
        return None
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression for free text: every word must appear, the last one as a prefix."""
    words = [w.replace('"', '""') for w in query.split() if w.strip()]
    if not words:
        return None
    return " ".join(f'"{w}"*' if i == len(words) - 1 else f'"{w}"' for i, w in enumerate(words))


@lru_cache(maxsize=4096)
def _json_strings(values: tuple[str, ...]) -> str:
    """A tuple of strings as the JSON list stored; the places, weapons and time words of attacks repeat."""
    return json.dumps(list(values))


def _chunks(values: list[Any], size: int = 500) -> Iterator[list[Any]]:
    """`values` in slices short enough for one IN (...) list, well under SQLite's limit on parameters."""
    for start in range(0, len(values), size):
        yield values[start : start + size]


@dataclass(frozen=True)
class FeedRow:
    """A feed as stored, with its polling state."""

    url: str
    name: str
    title: str
    origin: str
    active: bool
    interval: float | None
    etag: str | None
    last_modified: str | None
    last_status: str | None
    last_http_status: int | None
    last_error: str
    consecutive_failures: int
    last_polled_at: str | None
    last_success_at: str | None
    next_poll_at: str | None
    entries: int = 0

    @property
    def label(self) -> str:
        """The name to show: the configured name, else the feed's own title, else the URL."""
        return self.name or self.title or self.url


@dataclass(frozen=True)
class EntryRow:
    """An entry as stored, with its id."""

    id: int
    entry: Entry


_FEED_COLUMNS = (
    "url, name, title, origin, active, interval, etag, last_modified, last_status, last_http_status, "
    "last_error, consecutive_failures, last_polled_at, last_success_at, next_poll_at"
)


def _feed_row(row: Sequence[Any], entries: int = 0) -> FeedRow:
    return FeedRow(
        url=row[0], name=row[1], title=row[2], origin=row[3], active=bool(row[4]), interval=row[5],
        etag=row[6], last_modified=row[7], last_status=row[8], last_http_status=row[9],
        last_error=row[10], consecutive_failures=row[11], last_polled_at=row[12],
        last_success_at=row[13], next_poll_at=row[14], entries=entries,
    )


class Store:
    """Typed access to the monitor database; the only place that runs SQL on it."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path) if str(path) != ":memory:" else Path(":memory:")
        self.db: Database = open_database(path)
        self._checkpoint: threading.Thread | None = None
        with write(self.db):
            migrate(self.db)

    def checkpoint_soon(self) -> None:
        """Start copying the write-ahead log into the database, from a connection of its own in a thread.

        Closing the last connection copies whatever the log holds, ~50 ms after a cold
        cycle, with nothing else to do meanwhile. SQLite copies without holding the GIL,
        so started before a cycle's last steps (events and alerts) the copy overlaps them;
        a passive checkpoint never waits for, or blocks, this connection's writes.
        """
        if str(self.path) == ":memory:" or (self._checkpoint is not None and self._checkpoint.is_alive()):
            return
        self._checkpoint = threading.Thread(target=checkpoint, args=(self.path,), name="monitor-checkpoint",
                                            daemon=True)
        self._checkpoint.start()

    def close(self) -> None:
        """Close the connection (once a checkpoint under way has ended: then the close has less to copy)."""
        if self._checkpoint is not None:
            self._checkpoint.join()
            self._checkpoint = None
        self.db.close()

    def transaction(self) -> AbstractContextManager[Database]:
        """One transaction around several of the store's writes, which then join it rather than commit alone."""
        return write(self.db)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.db.execute(sql, params).fetchone()
        return row[0] if row else None

    # ------------------------------------------------------------------ feeds

    def sync_feeds(self, feeds: Iterable[Feed], now: datetime) -> None:
        """Make the configured feeds the active config feeds; user-added feeds and entries stay."""
        feeds = list(feeds)
        urls = [f.url for f in feeds]
        with write(self.db):
            for feed in feeds:
                self.db.execute(
                    "INSERT INTO feeds (url, name, interval, origin, added_at) VALUES (?, ?, ?, 'config', ?) "
                    "ON CONFLICT (url) DO UPDATE SET name = excluded.name, interval = excluded.interval, "
                    "active = CASE WHEN feeds.removed THEN 0 ELSE 1 END",
                    (feed.url, feed.name, feed.interval, iso(now)),
                )
            marks = ",".join("?" * len(urls))
            self.db.execute(
                f"UPDATE feeds SET active = 0 WHERE origin = 'config' AND url NOT IN ({marks})", urls
            )

    def add_feed(self, url: str, name: str, now: datetime) -> bool:
        """Add (or bring back) a feed by hand; False when it was already active."""
        with write(self.db):
            row = self.db.execute("SELECT active FROM feeds WHERE url = ?", (url,)).fetchone()
            if row and row[0]:
                return False
            self.db.execute(
                "INSERT INTO feeds (url, name, origin, added_at) VALUES (?, ?, 'user', ?) "
                "ON CONFLICT (url) DO UPDATE SET active = 1, removed = 0, "
                "name = CASE WHEN excluded.name != '' THEN excluded.name ELSE feeds.name END",
                (url, name, iso(now)),
            )
            return True

    def remove_feed(self, url: str) -> bool:
        """Stop polling a feed; its entries are kept. False when no such active feed."""
        with write(self.db):
            cur = self.db.execute(
                "UPDATE feeds SET active = 0, removed = 1 WHERE url = ? AND active = 1", (url,)
            )
            return cur.rowcount > 0

    def feeds(self, *, active_only: bool = True) -> list[FeedRow]:
        """Feeds with their state and entry counts, in the order they were added."""
        where = "WHERE f.active = 1" if active_only else ""
        rows = self.db.execute(
            f"SELECT {', '.join('f.' + c.strip() for c in _FEED_COLUMNS.split(','))}, "
            "(SELECT count(*) FROM entries e WHERE e.feed_url = f.url) "
            f"FROM feeds f {where} ORDER BY f.added_at, f.rowid"
        ).fetchall()
        return [_feed_row(r[:-1], r[-1]) for r in rows]

    def feed(self, url: str) -> FeedRow | None:
        """One feed by URL."""
        row = self.db.execute(f"SELECT {_FEED_COLUMNS} FROM feeds WHERE url = ?", (url,)).fetchone()
        return _feed_row(row) if row else None

    def due_feeds(self, now: datetime, *, all_feeds: bool = False) -> list[FeedRow]:
        """Active feeds whose next poll time has come (all active feeds with all_feeds)."""
        if all_feeds:
            return self.feeds()
        rows = self.db.execute(
            f"SELECT {_FEED_COLUMNS} FROM feeds WHERE active = 1 "
            "AND (next_poll_at IS NULL OR next_poll_at <= ?) ORDER BY added_at, rowid",
            (iso(now),),
        ).fetchall()
        return [_feed_row(r) for r in rows]

    def next_due(self) -> datetime | None:
        """When the next active feed is due."""
        return parse_iso(self._one("SELECT min(next_poll_at) FROM feeds WHERE active = 1"))

    def record_poll(
        self,
        url: str,
        *,
        status: str,
        now: datetime,
        next_poll_at: datetime,
        title: str = "",
        etag: str | None = None,
        last_modified: str | None = None,
        http_status: int | None = None,
        error: str = "",
        entries: Sequence[Entry] = (),
    ) -> list[EntryRow]:
        """Store one poll's outcome and its entries in one transaction; returns the entries that are new."""
        new: list[EntryRow] = []
        with write(self.db):
            if entries:
                new = self._insert_entries(entries, iso(now))
            if status == "failed":
                self.db.execute(
                    "UPDATE feeds SET last_status = 'failed', last_http_status = ?, last_error = ?, "
                    "consecutive_failures = consecutive_failures + 1, last_polled_at = ?, next_poll_at = ? "
                    "WHERE url = ?",
                    (http_status, error, iso(now), iso(next_poll_at), url),
                )
            else:
                self.db.execute(
                    "UPDATE feeds SET last_status = ?, last_http_status = ?, last_error = '', "
                    "consecutive_failures = 0, last_polled_at = ?, last_success_at = ?, next_poll_at = ?, "
                    "etag = coalesce(?, etag), last_modified = coalesce(?, last_modified), "
                    "title = CASE WHEN ? != '' THEN ? ELSE title END WHERE url = ?",
                    (status, http_status, iso(now), iso(now), iso(next_poll_at), etag, last_modified,
                     title, title, url),
                )
        return new

    # ---------------------------------------------------------------- entries

    def _insert_entries(self, entries: Sequence[Entry], stamp: str) -> list[EntryRow]:
        """Insert the entries not stored yet, in bulk, and index them; the new ones with their ids.

        Runs inside the caller's write transaction, which no other connection can write in:
        the entries it adds take the ids SQLite would give them, one past the largest, in order.
        """
        conn = self.db.conn
        known: set[tuple[str, str]] = set()
        for url in {e.feed_url for e in entries}:
            for chunk in _chunks(list({e.guid for e in entries if e.feed_url == url})):
                marks = ",".join("?" * len(chunk))
                known.update(
                    (url, row[0]) for row in conn.execute(
                        f"SELECT guid FROM entries WHERE feed_url = ? AND guid IN ({marks})", (url, *chunk)
                    )
                )
        fresh: list[Entry] = []
        for entry in entries:
            key = (entry.feed_url, entry.guid)
            if key not in known:
                known.add(key)
                fresh.append(entry)
        if not fresh:
            return []
        last = conn.execute("SELECT max(id) FROM entries").fetchone()[0] or 0
        rows = []
        for n, e in enumerate(fresh, last + 1):
            published = iso(e.published) if e.published else None
            rows.append((n, e.feed_url, e.guid, e.title, e.link, published, e.summary, e.content, e.author, stamp,
                         published or stamp))
        # The ids SQLite would give (one past the largest, in order): the rows need not be read back for them.
        changes = conn.total_changes
        conn.executemany(
            "INSERT INTO entries (id, feed_url, guid, title, link, published, summary, content, author, "
            "first_seen, sort_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (feed_url, guid) DO NOTHING",
            rows,
        )
        if conn.total_changes - changes == len(fresh):
            new = [EntryRow(n, e) for n, e in enumerate(fresh, last + 1)]
        else:  # not reached: the entries stored already were left out above, in this same transaction
            ids = {(r[1], r[2]): r[0] for r in conn.execute(
                "SELECT id, feed_url, guid FROM entries WHERE id > ? ORDER BY id", (last,)
            )}
            new = [EntryRow(ids[(e.feed_url, e.guid)], e) for e in fresh if (e.feed_url, e.guid) in ids]
        conn.executemany(
            "INSERT INTO search (rowid, title, body) VALUES (?, ?, ?)",
            [(row.id, row.entry.title, row.entry.summary) for row in new],
        )
        return new

    def entry(self, entry_id: int) -> EntryRow | None:
        """One entry by id."""
        rows = self._entries("WHERE id = ?", (entry_id,))
        return rows[0] if rows else None

    def _entries(self, where: str, params: Sequence[Any]) -> list[EntryRow]:
        rows = self.db.execute(
            "SELECT id, feed_url, guid, title, link, published, summary, content, author "
            f"FROM entries {where}",
            params,
        ).fetchall()
        return [
            EntryRow(r[0], Entry(feed_url=r[1], guid=r[2], title=r[3], link=r[4], published=parse_iso(r[5]),
                                 summary=r[6], content=r[7], author=r[8]))
            for r in rows
        ]

    def entries_without_article(self, limit: int = 500) -> list[EntryRow]:
        """Entries whose article was never stored: new ones, and those a crash cut off."""
        return self._entries(
            "WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.entry_id = entries.id) "
            "ORDER BY id LIMIT ?",
            (limit,),
        )

    def entries_without_report(self, limit: int = 5000) -> list[EntryRow]:
        """Entries with an article but no extraction report yet."""
        return self._entries(
            "WHERE EXISTS (SELECT 1 FROM articles a WHERE a.entry_id = entries.id) "
            "AND NOT EXISTS (SELECT 1 FROM reports r WHERE r.entry_id = entries.id) ORDER BY id LIMIT ?",
            (limit,),
        )

    def count(self, table: str) -> int:
        """Rows in one of the store's tables."""
        if table not in {"feeds", "entries", "articles", "reports", "attacks", "evidence"}:
            raise ValueError(f"unknown table {table!r}")
        return int(self._one(f"SELECT count(*) FROM {table}"))

    def search(self, query: str, limit: int = 200) -> list[int]:
        """Ids of entries whose title or text matches a full-text query, best first."""
        match = match_expression(query)
        if match is None:
            return []
        rows = self.db.execute(
            "SELECT rowid FROM search WHERE search MATCH ? ORDER BY rank LIMIT ?", (match, limit)
        ).fetchall()
        return [r[0] for r in rows]

    # --------------------------------------------------------------- articles

    def save_article(self, entry_id: int, article: Article, now: datetime) -> None:
        """Store an entry's article (idempotent) and index its text for search."""
        with write(self.db):
            self._save_article(entry_id, article, iso(now))

    def _save_article(self, entry_id: int, article: Article, stamp: str) -> None:
        self.db.execute(
            "INSERT INTO articles (entry_id, url, status, text, error, fetched_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (entry_id) DO UPDATE SET url = excluded.url, "
            "status = excluded.status, text = excluded.text, error = excluded.error, "
            "fetched_at = excluded.fetched_at",
            (entry_id, article.url, article.status, article.text, article.error, stamp),
        )
        if article.text:
            self.db.execute("UPDATE search SET body = ? WHERE rowid = ?", (article.text, entry_id))

    def save_processed(self, items: Sequence[tuple[int, Article, str, Report]], now: datetime) -> None:
        """Store the article, document and extraction of several entries in one transaction, in bulk.

        One commit for a whole feed's entries instead of two for each: the commits
        were most of a cycle's time on the database.
        """
        items = list({item[0]: item for item in items}.values())  # an entry given twice: the last one counts
        if not items:
            return
        stamp, extracted = iso(now), iso_precise(now)
        conn = self.db.conn
        with write(self.db):
            conn.executemany(
                "INSERT INTO articles (entry_id, url, status, text, error, fetched_at) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (entry_id) DO UPDATE SET url = excluded.url, "
                "status = excluded.status, text = excluded.text, error = excluded.error, "
                "fetched_at = excluded.fetched_at",
                [(i, a.url, a.status, a.text, a.error, stamp) for i, a, _d, _r in items],
            )
            texts = {i: a.text for i, a, _d, _r in items if a.text}
            indexed = self._indexed_bodies(list(texts))
            # Re-indexing costs two tokenisations; a feed's plain-text summary is often the text already indexed.
            conn.executemany(
                "UPDATE search SET body = ? WHERE rowid = ?",
                [(text, i) for i, text in texts.items() if indexed.get(i) != text],
            )
            conn.executemany("DELETE FROM attacks WHERE entry_id = ?", [(i,) for i, _a, _d, _r in items])
            conn.executemany(
                "INSERT INTO reports (entry_id, is_attack_report, document, extracted_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (entry_id) DO UPDATE SET is_attack_report = excluded.is_attack_report, "
                "document = excluded.document, extracted_at = excluded.extracted_at",
                [(i, int(r.is_attack_report), d, extracted) for i, _a, d, r in items],
            )
            self._insert_attacks_many([(i, r) for i, _a, _d, r in items])

    def article(self, entry_id: int) -> Article | None:
        """The stored article of an entry."""
        row = self.db.execute(
            "SELECT url, status, text, error FROM articles WHERE entry_id = ?", (entry_id,)
        ).fetchone()
        return Article(url=row[0], status=row[1], text=row[2], error=row[3]) if row else None

    # ---------------------------------------------------------------- reports

    def save_report(self, entry_id: int, document: str, report: Report, now: datetime) -> None:
        """Store what the extractor made of an entry, replacing an earlier extraction of it."""
        with write(self.db):
            self._save_report(entry_id, document, report, iso_precise(now))

    def _save_report(self, entry_id: int, document: str, report: Report, stamp: str) -> None:
        self.db.execute("DELETE FROM attacks WHERE entry_id = ?", (entry_id,))
        self.db.execute(
            "INSERT INTO reports (entry_id, is_attack_report, document, extracted_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (entry_id) DO UPDATE SET is_attack_report = excluded.is_attack_report, "
            "document = excluded.document, extracted_at = excluded.extracted_at",
            (entry_id, int(report.is_attack_report), document, stamp),
        )
        self._insert_attacks(entry_id, report)

    def _indexed_bodies(self, ids: list[int]) -> dict[int, str]:
        """The text the search index holds for each of these entries."""
        out: dict[int, str] = {}
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            out.update(self.db.conn.execute(f"SELECT rowid, body FROM search WHERE rowid IN ({marks})", chunk))
        return out

    def _insert_attacks_many(self, reports: Sequence[tuple[int, Report]]) -> None:
        """Insert the attacks and evidence of several entries' reports with two statements in all.

        Runs in the caller's write transaction, which no other connection can
        write in, so the attacks' ids can be given rather than read back one by one.
        """
        attacks = [(entry_id, idx, attack) for entry_id, report in reports for idx, attack in enumerate(report.attacks)]
        if not attacks:
            return
        first = (self._one("SELECT max(id) FROM attacks") or 0) + 1
        self.db.conn.executemany(
            f"INSERT INTO attacks (id, entry_id, idx, attacker, {', '.join(FIGURE_FIELDS)}, places, weapons, "
            f"time_words) VALUES (?, ?, ?, ?, {', '.join('?' * len(FIGURE_FIELDS))}, ?, ?, ?)",
            [(first + n, entry_id, idx, attack.attacker, *(getattr(attack, f) for f in FIGURE_FIELDS),
              _json_strings(tuple(attack.places)), _json_strings(tuple(attack.weapons)),
              _json_strings(tuple(attack.time_words)))
             for n, (entry_id, idx, attack) in enumerate(attacks)],
        )
        self.db.conn.executemany(
            "INSERT INTO evidence (attack_id, field, sentence, start, end, rule) VALUES (?, ?, ?, ?, ?, ?)",
            [(first + n, name, ev.sentence, ev.start, ev.end, ev.rule)
             for n, (_entry_id, _idx, attack) in enumerate(attacks) for name, ev in attack.evidence.items()],
        )

    def _insert_attacks(self, entry_id: int, report: Report) -> None:
        for idx, attack in enumerate(report.attacks):
            cur = self.db.execute(
                f"INSERT INTO attacks (entry_id, idx, attacker, {', '.join(FIGURE_FIELDS)}, places, "
                f"weapons, time_words) VALUES (?, ?, ?, {', '.join('?' * len(FIGURE_FIELDS))}, ?, ?, ?)",
                (entry_id, idx, attack.attacker, *(getattr(attack, f) for f in FIGURE_FIELDS),
                 json.dumps(list(attack.places)), json.dumps(list(attack.weapons)),
                 json.dumps(list(attack.time_words))),
            )
            attack_id = cur.lastrowid
            for name, ev in attack.evidence.items():
                self.db.execute(
                    "INSERT INTO evidence (attack_id, field, sentence, start, end, rule) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (attack_id, name, ev.sentence, ev.start, ev.end, ev.rule),
                )

    def report(self, entry_id: int) -> Report | None:
        """The stored extraction of an entry, evidence included."""
        row = self.db.execute("SELECT is_attack_report FROM reports WHERE entry_id = ?", (entry_id,)).fetchone()
        if row is None:
            return None
        attacks = []
        for a in self.db.execute(
            f"SELECT id, attacker, {', '.join(FIGURE_FIELDS)}, places, weapons, time_words "
            "FROM attacks WHERE entry_id = ? ORDER BY idx",
            (entry_id,),
        ).fetchall():
            evidence = {
                r[0]: Evidence(sentence=r[1], start=r[2], end=r[3], rule=r[4])
                for r in self.db.execute(
                    "SELECT field, sentence, start, end, rule FROM evidence WHERE attack_id = ?", (a[0],)
                )
            }
            n = len(FIGURE_FIELDS)
            figures = dict(zip(FIGURE_FIELDS, a[2 : 2 + n], strict=True))
            attacks.append(
                Attack(
                    attacker=a[1], **figures, places=tuple(json.loads(a[2 + n])),
                    weapons=tuple(json.loads(a[3 + n])), time_words=tuple(json.loads(a[4 + n])),
                    evidence=evidence,
                )
            )
        return Report(is_attack_report=bool(row[0]), attacks=tuple(attacks))

    def integrity_check(self) -> str:
        """SQLite's own integrity verdict: "ok" when the file is sound."""
        return str(self._one("PRAGMA integrity_check"))
