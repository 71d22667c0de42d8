"""Open SQLite connections the one way monitor uses them: WAL, a busy timeout, explicit transactions."""

from __future__ import annotations

import contextlib
import itertools
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

BUSY_TIMEOUT_MS = 10_000

#: WAL pages (4 KB each) written before SQLite copies them into the database: some 40 MB.
WAL_CHECKPOINT_PAGES = 10_000
#: Bytes the WAL file is cut back to after a checkpoint, so that a long-running TUI does not keep 40 MB of it.
WAL_KEEP_BYTES = 4 * 1024 * 1024

_savepoints = itertools.count()


class Database:
    """A connection with the few sqlite-utils Database methods the store uses (execute, atomic, table_names).

    sqlite-utils itself takes some 50 ms to import, a sixth of a quiet cycle;
    it is imported only to apply migrations a database does not have yet.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.grouped = False  # within a group commit's transaction: writes join it without a savepoint

    def execute(self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None) -> sqlite3.Cursor:
        """Run one statement; it joins the open transaction if there is one."""
        return self.conn.execute(sql) if parameters is None else self.conn.execute(sql, parameters)

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        """A transaction, or a savepoint inside the open one: rolled back if the block raises."""
        if not self.conn.in_transaction:
            with self.transaction("BEGIN"):
                yield self
            return
        name = f"monitor_{next(_savepoints)}"
        self.conn.execute(f"SAVEPOINT {name}")
        try:
            yield self
        except BaseException:
            # An error that ended the whole transaction took the savepoint with it.
            if self.conn.in_transaction:
                self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        else:
            self.conn.execute(f"RELEASE SAVEPOINT {name}")

    @contextmanager
    def transaction(self, begin: str) -> Iterator[Database]:
        """A transaction opened with `begin`, committed when the block ends, rolled back if it raises."""
        self.conn.execute(begin)
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    def table_names(self) -> list[str]:
        """The names of the database's tables."""
        return [r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()


def open_database(path: str | Path) -> Database:
    """A Database on `path` in WAL mode, with a busy timeout and foreign keys on.

    The connection is in autocommit mode so that every transaction is opened
    explicitly (``write()``), which keeps them short and visible in the code.
    """
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(
        str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
    )
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    # A checkpoint copies the WAL into the database and syncs both; at SQLite's default of every 1,000 pages
    # (4 MB) a cold cycle of 9,000 entries ran several. WAL_CHECKPOINT_PAGES bounds the WAL file instead.
    conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
    conn.execute(f"PRAGMA journal_size_limit = {WAL_KEEP_BYTES}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils set it
    return Database(conn)


def checkpoint(path: str | Path) -> None:
    """Copy what the write-ahead log of the database at `path` holds into it, as far as readers allow.

    A passive checkpoint, from a connection of its own: it neither waits for
    other connections nor makes them wait. Errors are left to the next
    checkpoint, which SQLite runs anyway.
    """
    with contextlib.suppress(sqlite3.Error):
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        try:
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        finally:
            conn.close()


@contextmanager
def write(db: Database) -> Iterator[Database]:
    """One short write transaction, begun IMMEDIATE so a read-then-write never deadlocks on upgrade.

    Inside another transaction it is a savepoint of that one, except in a group
    commit's, which is rolled back whole when one of its writes fails.
    """
    if db.conn.in_transaction:
        if db.grouped:
            yield db
            return
        with db.atomic():
            yield db
        return
    with db.transaction("BEGIN IMMEDIATE"):
        yield db


@contextmanager
def grouped(db: Database) -> Iterator[Database]:
    """Within the open transaction, let the store's writes join it without savepoints (see store.group)."""
    db.grouped = True
    try:
        yield db
    finally:
        db.grouped = False
