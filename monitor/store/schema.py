"""The schema, as an ordered set of migrations applied at open time.

Each migration runs once, in its own transaction, and is recorded by
sqlite-utils; a database made by an older monitor is brought up to date.
"""

from __future__ import annotations

import sqlite_utils
from sqlite_utils.migrations import Migrations

migrations = Migrations("monitor")


@migrations()
def m001_core(db: sqlite_utils.Database) -> None:
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


def migrate(db: sqlite_utils.Database) -> None:
    """Bring the database up to the current schema."""
    migrations.apply(db)
