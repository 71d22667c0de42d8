"""The schema, as an ordered set of migrations applied at open time.

Each migration runs once, in its own transaction, and is recorded by
sqlite-utils; a database made by an older monitor is brought up to date.
sqlite-utils is imported only when a migration is pending: checking that
none is takes one query. A new, empty database gets the migrations that need
nothing of sqlite-utils but ``execute`` from this module, recorded as
sqlite-utils records them: importing it took some 50 ms of a cold cycle.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from monitor.store.connection import Database

if TYPE_CHECKING:
    from collections.abc import Callable

#: The migration set's name in sqlite-utils' _sqlite_migrations table.
MIGRATION_SET = "monitor"


def m001_core(db: Any) -> None:
    """Feeds, entries, articles, extraction reports and full-text search."""
    db.execute(
        """
        CREATE TABLE feeds (
            url TEXT PRIMARY KEY,
            name TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            origin TEXT NOT NULL DEFAULT 'config',      -- config | user
            active INTEGER NOT NULL DEFAULT 1,
            removed INTEGER NOT NULL DEFAULT 0,         -- removed by the user; config sync leaves it out
            interval REAL,                              -- seconds; NULL: the global interval
            etag TEXT,
            last_modified TEXT,
            last_status TEXT,                           -- ok | not_modified | failed
            last_http_status INTEGER,
            last_error TEXT NOT NULL DEFAULT '',
            consecutive_failures INTEGER NOT NULL DEFAULT 0,
            last_polled_at TEXT,
            last_success_at TEXT,
            next_poll_at TEXT,
            added_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE entries (
            id INTEGER PRIMARY KEY,
            feed_url TEXT NOT NULL,
            guid TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            link TEXT NOT NULL DEFAULT '',
            published TEXT,
            summary TEXT NOT NULL DEFAULT '',
            content TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            first_seen TEXT NOT NULL,
            sort_time TEXT NOT NULL,                    -- published, else first seen
            read INTEGER NOT NULL DEFAULT 0,
            starred INTEGER NOT NULL DEFAULT 0,
            UNIQUE (feed_url, guid)
        )
        """
    )
    db.execute("CREATE INDEX entries_sort ON entries (sort_time DESC, id DESC)")
    db.execute("CREATE INDEX entries_feed ON entries (feed_url, sort_time DESC)")
    db.execute(
        """
        CREATE TABLE articles (
            entry_id INTEGER PRIMARY KEY REFERENCES entries(id) ON DELETE CASCADE,
            url TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL,                       -- ok | fallback | failed | skipped
            text TEXT NOT NULL DEFAULT '',
            error TEXT NOT NULL DEFAULT '',
            fetched_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE reports (
            entry_id INTEGER PRIMARY KEY REFERENCES entries(id) ON DELETE CASCADE,
            is_attack_report INTEGER NOT NULL,
            document TEXT NOT NULL DEFAULT '',          -- the text the spans index into
            wrong INTEGER NOT NULL DEFAULT 0,           -- marked wrong by the user: kept, left out of events
            extracted_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX reports_attack ON reports (is_attack_report)")
    db.execute(
        """
        CREATE TABLE attacks (
            id INTEGER PRIMARY KEY,
            entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            attacker TEXT NOT NULL,
            drones_launched INTEGER, missiles_launched INTEGER,
            drones_downed INTEGER, missiles_downed INTEGER, drones_suppressed INTEGER,
            launched_total INTEGER, downed_total INTEGER,
            killed INTEGER, injured INTEGER,
            places TEXT NOT NULL DEFAULT '[]',
            weapons TEXT NOT NULL DEFAULT '[]',
            time_words TEXT NOT NULL DEFAULT '[]',
            UNIQUE (entry_id, idx)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE evidence (
            attack_id INTEGER NOT NULL REFERENCES attacks(id) ON DELETE CASCADE,
            field TEXT NOT NULL,
            sentence TEXT NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            rule TEXT NOT NULL,
            PRIMARY KEY (attack_id, field)
        )
        """
    )
    db.execute(
        "CREATE VIRTUAL TABLE search USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')"
    )


def m002_events_alerts(db: Any) -> None:
    """Events built from reports, the alerts rules raised on them, and the outbox that delivers them.

    The outbox has one row per alert and sink, written in the same transaction as
    the alert, so a crash can neither lose a delivery nor let one be made twice.
    """
    db.execute(
        """
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            attacker TEXT NOT NULL,
            start TEXT NOT NULL,
            end TEXT NOT NULL,
            figures TEXT NOT NULL DEFAULT '{}',          -- reconciled figures, JSON
            places TEXT NOT NULL DEFAULT '[]',
            conflicts TEXT NOT NULL DEFAULT '[]',        -- figure names the sources disagree on
            source_count INTEGER NOT NULL DEFAULT 0,     -- 0: every source withdrawn; left out of listings
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX events_time ON events (end, start)")
    db.execute(
        """
        CREATE TABLE event_sources (
            entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,                        -- the attack's index in the entry's report
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            figures TEXT NOT NULL,                       -- the figures this report gave, JSON
            assigned_at TEXT NOT NULL,
            PRIMARY KEY (entry_id, idx)
        )
        """
    )
    db.execute("CREATE INDEX event_sources_event ON event_sources (event_id)")
    db.execute(
        """
        CREATE TABLE alerts (
            id INTEGER PRIMARY KEY,
            rule TEXT NOT NULL,
            kind TEXT NOT NULL,                          -- new | update
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            created_at TEXT NOT NULL,
            severity TEXT NOT NULL DEFAULT 'info',
            message TEXT NOT NULL,
            changes TEXT NOT NULL DEFAULT '{}',          -- {figure: [old, new]}
            figures TEXT NOT NULL,                       -- the event's figures the alert was decided on
            payload TEXT NOT NULL,                       -- the alert's JSON object, as every sink gets it
            acknowledged_at TEXT
        )
        """
    )
    db.execute("CREATE UNIQUE INDEX alerts_new_once ON alerts (rule, event_id) WHERE kind = 'new'")
    db.execute("CREATE INDEX alerts_event ON alerts (event_id, rule, id)")
    db.execute(
        """
        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            alert_id INTEGER NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
            sink TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'pending',      -- pending | sending | sent | failed
            attempts INTEGER NOT NULL DEFAULT 0,
            not_before TEXT NOT NULL,                    -- quiet hours and retry backoff
            last_error TEXT NOT NULL DEFAULT '',
            claimed_at TEXT,
            sent_at TEXT,
            UNIQUE (alert_id, sink)
        )
        """
    )
    db.execute("CREATE INDEX outbox_due ON outbox (status, not_before)")


#: Every migration, in the order they apply; each takes a sqlite-utils Database.
MIGRATIONS: tuple[Callable[[Any], None], ...] = (m001_core, m002_events_alerts)


def _applied(db: Database) -> set[str]:
    """The names of the migrations this database has had."""
    if not db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'").fetchone():
        return set()
    return {r[0] for r in db.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = ?", (MIGRATION_SET,))}


#: Migrations that use nothing of the database object but ``execute``, so that a new database gets them without
#: sqlite-utils. A migration that needs more of sqlite-utils' Database is left out, and a new database then gets
#: every migration from sqlite-utils, as an older database does.
PLAIN_SQL = frozenset({"m001_core", "m002_events_alerts"})

#: sqlite-utils' table of applied migrations and its index, as it creates them (Migrations.ensure_migrations_table).
_MIGRATIONS_TABLE = (
    'CREATE TABLE "_sqlite_migrations" (\n   "id" INTEGER PRIMARY KEY,\n   "migration_set" TEXT,\n   "name" TEXT,\n'
    '   "applied_at" TEXT\n)',
    'CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name"\n'
    '    ON "_sqlite_migrations" ("migration_set", "name")',
)


def migrate(db: Database) -> None:
    """Bring the database up to the current schema."""
    applied = _applied(db)
    if {m.__name__ for m in MIGRATIONS} <= applied:
        return
    if not applied and all(m.__name__ in PLAIN_SQL for m in MIGRATIONS) and not db.table_names():
        _create(db)
        return
    import sqlite_utils
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    for migration in MIGRATIONS:
        migrations()(migration)
    # No sqlite-utils plugins: they would run hooks of other packages on our connection (and take ~15 ms to find).
    migrations.apply(sqlite_utils.Database(db.conn, execute_plugins=False))


def _create(db: Database) -> None:
    """Apply every migration to a new, empty database and record each one as sqlite-utils' Migrations.apply does."""
    for statement in _MIGRATIONS_TABLE:
        db.execute(statement)
    for migration in MIGRATIONS:
        with db.atomic():
            migration(db)
            db.execute(
                "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
                (MIGRATION_SET, migration.__name__, str(datetime.now(UTC))),
            )
