"""The SQLite store: migrations, idempotent writes, feed state, articles, reports and search."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from monitor.models import Article, Attack, Entry, Evidence, Feed, Report
from monitor.store import Store

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
URL = "http://127.0.0.1/feed.xml"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "m.db")
    s.sync_feeds([Feed(URL, "Local")], NOW)
    yield s
    s.close()


def entries(n: int) -> list[Entry]:
    return [Entry(URL, f"guid-{i}", title=f"Title {i}", link=f"https://news.example/{i}",
                  published=NOW - timedelta(hours=i), summary=f"summary {i}") for i in range(n)]


def test_pragmas_and_schema(store: Store) -> None:
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    assert store.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 10_000  # few checkpoints in a big cycle
    assert {"feeds", "entries", "articles", "reports", "attacks", "evidence", "search"} <= set(store.db.table_names())
    assert store.integrity_check() == "ok"


def test_the_wal_is_cut_back_after_a_checkpoint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A long-running process (the TUI) keeps no WAL file larger than the limit once it has been checkpointed."""
    from monitor.store import connection

    monkeypatch.setattr(connection, "WAL_CHECKPOINT_PAGES", 50)
    monkeypatch.setattr(connection, "WAL_KEEP_BYTES", 64 * 1024)
    store = Store(tmp_path / "w.db")
    try:
        store.sync_feeds([Feed(URL, "Local")], NOW)
        many = entries(3000)
        store.record_poll(URL, status="ok", now=NOW, next_poll_at=NOW, entries=many[:2900])  # one big transaction
        wal = tmp_path / "w.db-wal"
        assert wal.stat().st_size > 1024 * 1024
        for one in many[2900:2910]:  # later small ones, after the checkpoint the big one set off
            store.record_poll(URL, status="ok", now=NOW, next_poll_at=NOW, entries=[one])
        assert wal.exists() and wal.stat().st_size <= 64 * 1024 + 2 * 50 * 4096
    finally:
        store.close()


def test_a_checkpoint_started_early_copies_the_log_while_the_store_goes_on(tmp_path: Path) -> None:
    """checkpoint_soon copies the WAL into the database file from a thread; writes go on, and a later one runs."""
    path = tmp_path / "c.db"
    store = Store(path)
    try:
        store.sync_feeds([Feed(URL, "Local")], NOW)
        many = entries(600)
        store.record_poll(URL, status="ok", now=NOW, next_poll_at=NOW, entries=many[:300])
        before = path.stat().st_size
        store.checkpoint_soon()
        store.record_poll(URL, status="ok", now=NOW, next_poll_at=NOW, entries=many[300:400])  # meanwhile
        first = store._checkpoint
        assert first is not None
        first.join(10)
        copied = path.stat().st_size
        assert copied > before + 100 * 1024  # the first 300 entries' pages are in the database file now
        store.record_poll(URL, status="ok", now=NOW, next_poll_at=NOW, entries=many[400:])
        store.checkpoint_soon()  # the next cycle's: another copy, not skipped because one ran before
        assert store._checkpoint is not first
        store._checkpoint.join(10)
        assert path.stat().st_size > copied
    finally:
        store.close()
    assert not (tmp_path / "c.db-wal").exists()  # the close copied the rest and removed the log
    with Store(path) as again:
        assert again.db.execute("SELECT count(*) FROM entries").fetchone()[0] == 600
        assert again.integrity_check() == "ok"


def test_reopening_applies_no_migration_twice(tmp_path: Path) -> None:
    Store(tmp_path / "m.db").close()
    again = Store(tmp_path / "m.db")
    names = [r[0] for r in again.db.execute("SELECT name FROM _sqlite_migrations")]
    assert names == sorted(set(names)) and "m001_core" in names
    again.close()


def test_migrating_runs_no_sqlite_utils_plugin_on_the_connection(tmp_path: Path) -> None:
    from sqlite_utils import hookimpl
    from sqlite_utils.plugins import pm

    seen: list[object] = []

    class Plugin:
        @hookimpl
        def prepare_connection(self, conn: sqlite3.Connection) -> None:
            seen.append(conn)

    plugin = Plugin()
    pm.register(plugin, name="test-monitor-plugin")
    try:
        Store(tmp_path / "m.db").close()
    finally:
        pm.unregister(plugin)
    assert seen == []


def test_an_older_database_gets_the_migrations_it_lacks_and_an_up_to_date_one_never_loads_sqlite_utils(
    tmp_path: Path,
) -> None:
    import subprocess
    import sys

    path = tmp_path / "m.db"
    Store(path).close()
    with sqlite3.connect(path) as conn:  # as the monitor before events and alerts left it
        for table in ("outbox", "alerts", "event_sources", "events"):
            conn.execute(f"DROP TABLE {table}")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm002_events_alerts'")
    code = ("import sys; from monitor.store import Store; s = Store(sys.argv[1]); "
            "print(sorted(s.db.table_names()), 'sqlite_utils' in sys.modules)")
    older = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True)
    assert "'events'" in older.stdout and older.stdout.strip().endswith("True")
    current = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True)
    assert current.stdout == older.stdout.replace("True", "False")
    with sqlite3.connect(path) as conn:
        assert sorted(r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")) == [
            "m001_core", "m002_events_alerts"]


def _schema(path: Path) -> tuple[list[tuple[str, ...]], list[tuple[object, ...]]]:
    with sqlite3.connect(path) as conn:
        objects = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid").fetchall()
        applied = conn.execute("SELECT id, migration_set, name, applied_at FROM _sqlite_migrations ORDER BY id")
        return objects, list(applied)


def test_a_new_database_gets_the_schema_and_records_sqlite_utils_would_give_it_without_loading_sqlite_utils(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import re
    import subprocess
    import sys

    import sqlite_utils
    from sqlite_utils.migrations import Migrations

    from monitor.store import schema

    code = ("import sys; from monitor.store import Store; Store(sys.argv[1]).close(); "
            "print('sqlite_utils' in sys.modules)")
    new = subprocess.run([sys.executable, "-c", code, str(tmp_path / "new.db")], capture_output=True, text=True,
                         check=True)
    assert new.stdout.strip() == "False"
    monkeypatch.setattr(schema, "PLAIN_SQL", frozenset())  # every migration from sqlite-utils, as before
    Store(tmp_path / "old.db").close()
    (objects, applied), (want_objects, want_applied) = _schema(tmp_path / "new.db"), _schema(tmp_path / "old.db")
    assert objects == want_objects
    assert [row[:3] for row in applied] == [row[:3] for row in want_applied] == [
        (1, "monitor", "m001_core"), (2, "monitor", "m002_events_alerts")]
    stamp = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}\+00:00$")
    assert all(stamp.match(str(row[3])) for row in applied + want_applied)
    migrations = Migrations(schema.MIGRATION_SET)  # sqlite-utils finds nothing pending in the new database
    for migration in schema.MIGRATIONS:
        migrations()(migration)
    with sqlite3.connect(tmp_path / "new.db") as conn:
        assert migrations.pending(sqlite_utils.Database(conn, execute_plugins=False)) == []


def test_a_database_with_tables_of_its_own_gets_the_migrations_from_sqlite_utils(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (text TEXT)")
    with Store(path) as store:
        assert {"notes", "entries", "events", "_sqlite_migrations"} <= set(store.db.table_names())
        assert store.db.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] == 2


def test_same_poll_twice_adds_nothing(store: Store) -> None:
    first = store.record_poll(URL, status="ok", now=NOW, next_poll_at=NOW, entries=entries(5))
    second = store.record_poll(URL, status="ok", now=NOW, next_poll_at=NOW, entries=entries(6))
    assert len(first) == 5
    assert [row.entry.guid for row in second] == ["guid-5"]
    assert store.count("entries") == 6


def test_failure_counts_and_success_resets(store: Store) -> None:
    later = NOW + timedelta(minutes=10)
    store.record_poll(URL, status="failed", now=NOW, next_poll_at=later, http_status=500,
                      error="HTTP 500 Internal Server Error")
    store.record_poll(URL, status="failed", now=NOW, next_poll_at=later, http_status=500, error="HTTP 500")
    row = store.feed(URL)
    assert row and row.consecutive_failures == 2 and row.last_error == "HTTP 500" and row.last_status == "failed"
    assert store.due_feeds(NOW) == [] and [f.url for f in store.due_feeds(later)] == [URL]
    assert [f.url for f in store.due_feeds(NOW, all_feeds=True)] == [URL]
    store.record_poll(URL, status="ok", now=NOW, next_poll_at=later, etag='"v1"', last_modified="Sat, 21 Nov")
    row = store.feed(URL)
    assert row and row.consecutive_failures == 0 and row.last_error == "" and row.etag == '"v1"'
    # A 304 carries no new validators: the old ones stay.
    store.record_poll(URL, status="not_modified", now=NOW, next_poll_at=later)
    row = store.feed(URL)
    assert row and row.etag == '"v1"' and row.last_modified == "Sat, 21 Nov"


def test_failed_write_rolls_back_the_whole_poll(store: Store) -> None:
    bad = Entry(URL, None, title="no guid")  # type: ignore[arg-type]
    with pytest.raises(sqlite3.IntegrityError):
        store.record_poll(URL, status="ok", now=NOW, next_poll_at=NOW, entries=[*entries(2), bad])
    assert store.count("entries") == 0
    assert store.feed(URL).last_status is None  # type: ignore[union-attr]


def test_feed_add_remove_and_config_sync(store: Store) -> None:
    other = "https://other.example/rss"
    assert store.add_feed(other, "Other", NOW) is True
    assert store.add_feed(other, "", NOW) is False
    store.record_poll(URL, status="ok", now=NOW, next_poll_at=NOW, entries=entries(2))
    assert store.remove_feed(URL) is True and store.remove_feed(URL) is False
    # Removed by hand, a config feed stays removed across syncs; its entries are kept.
    store.sync_feeds([Feed(URL, "Local")], NOW)
    assert [f.url for f in store.feeds()] == [other]
    assert store.count("entries") == 2
    # A feed dropped from the config stops being polled.
    store.sync_feeds([], NOW)
    assert [f.url for f in store.feeds()] == [other]
    assert store.add_feed(URL, "", NOW) is True
    assert {f.url for f in store.feeds()} == {URL, other}


def test_articles_reports_and_search(store: Store) -> None:
    rows = store.record_poll(URL, status="ok", now=NOW, next_poll_at=NOW, entries=entries(3))
    assert len(store.entries_without_article()) == 3
    store.save_article(rows[0].id, Article("https://news.example/0", "ok", "Shahed drones hit Odesa port"), NOW)
    store.save_article(rows[0].id, Article("https://news.example/0", "ok", "Shahed drones hit Odesa port"), NOW)
    assert store.count("articles") == 1 and len(store.entries_without_article()) == 2
    assert store.search("odesa") == [rows[0].id]
    assert store.search("Shah") == [rows[0].id]  # the last word is a prefix
    assert store.search('title "2') == [rows[2].id]  # quotes are data, not query syntax
    report = Report(True, (Attack("russia", drones_launched=40, places=("Odesa",),
                                  evidence={"drones_launched": Evidence("40 drones", 0, 9, "launched.n_drones")}),))
    store.save_report(rows[0].id, "doc", report, NOW)
    store.save_report(rows[0].id, "doc", report, NOW)
    assert store.report(rows[0].id) == report
    assert store.count("attacks") == 1 and store.count("evidence") == 1
    assert [r.id for r in store.entries_without_report()] == []


@pytest.mark.parametrize("dt", [
    datetime(2025, 8, 21, 6, 0, 12, 345678, tzinfo=UTC),
    datetime(2025, 1, 1, 2, 30, tzinfo=timezone(timedelta(hours=3))),  # the day before, in UTC
    datetime(2025, 8, 21, 6, 0),  # naive: taken as UTC
    datetime(999, 12, 31, 23, 59, 59, 1, tzinfo=UTC),
])
def test_timestamps_are_written_as_strftime_wrote_them(dt: datetime) -> None:
    from monitor.store.store import iso, iso_precise

    utc = (dt if dt.tzinfo else dt.replace(tzinfo=UTC)).astimezone(UTC)
    assert iso(dt) == utc.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert iso_precise(dt) == utc.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
