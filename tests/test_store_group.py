"""Group commit: writes asked for together share one transaction, and each still stands or falls alone."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from monitor.models import Entry, Feed
from monitor.store import Store
from monitor.store.group import GroupCommit

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
URLS = [f"http://127.0.0.1/feed-{i}.xml" for i in range(3)]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / "m.db")
    s.sync_feeds([Feed(url) for url in URLS], NOW)
    yield s
    s.close()


def entries(url: str, *guids: str) -> list[Entry]:
    return [Entry(url, guid, title=f"Title {guid}") for guid in guids]


async def record(commits: GroupCommit, url: str, *guids: str) -> list[str]:
    new = await commits.run(commits.store.record_poll, url, status="ok", now=NOW, next_poll_at=NOW,
                            etag=f"etag-{url[-5]}", entries=entries(url, *guids))
    return [row.entry.guid for row in new]


def stored(path: Path) -> set[tuple[str, str]]:
    """What another connection sees: (feed, guid) of every entry."""
    with sqlite3.connect(path) as conn:
        return set(conn.execute("SELECT feed_url, guid FROM entries"))


def test_writes_asked_for_together_commit_once(store: Store) -> None:
    async def main() -> list[list[str]]:
        commits = GroupCommit(store)
        results = await asyncio.gather(*(record(commits, url, "a", "b") for url in URLS))
        assert commits.commits == 1
        # Once a caller hears back, its write is visible to everyone.
        assert stored(store.path) == {(url, g) for url in URLS for g in ("a", "b")}
        return results

    assert asyncio.run(main()) == [["a", "b"]] * 3
    assert [store.feed(url).etag for url in URLS] == [f"etag-{url[-5]}" for url in URLS]  # type: ignore[union-attr]


def test_a_failing_write_rolls_back_alone(store: Store) -> None:
    def broken(url: str) -> None:
        store.record_poll(url, status="ok", now=NOW, next_poll_at=NOW, entries=entries(url, "x"))
        raise ValueError("half-way")

    async def main() -> list[object]:
        commits = GroupCommit(store, delay=0.01)
        return await asyncio.gather(record(commits, URLS[0], "a"), commits.run(broken, URLS[1]),
                                    record(commits, URLS[2], "c"), return_exceptions=True)

    first, failed, third = asyncio.run(main())
    assert first == ["a"] and third == ["c"]
    assert isinstance(failed, ValueError)
    # The failed write left nothing, neither its entries nor its poll record.
    assert stored(store.path) == {(URLS[0], "a"), (URLS[2], "c")}
    assert store.feed(URLS[1]).last_polled_at is None  # type: ignore[union-attr]
    assert store.integrity_check() == "ok"


def test_a_write_that_ends_the_transaction_fails_alone(store: Store) -> None:
    def ends_the_transaction() -> None:
        store.db.conn.execute("ROLLBACK")  # as an I/O error or a full disk would
        raise sqlite3.OperationalError("disk I/O error")

    async def main() -> list[object]:
        commits = GroupCommit(store)
        results = await asyncio.gather(record(commits, URLS[0], "a"), commits.run(ends_the_transaction),
                                       record(commits, URLS[2], "c"), return_exceptions=True)
        assert commits.commits == 0  # the group was rolled back, and its writes made one at a time
        assert await record(commits, URLS[1], "b") == ["b"]  # the store is usable again at once
        return results

    first, failed, third = asyncio.run(main())
    assert (first, third) == (["a"], ["c"]) and isinstance(failed, sqlite3.OperationalError)
    assert stored(store.path) == {(URLS[0], "a"), (URLS[1], "b"), (URLS[2], "c")}
    assert store.integrity_check() == "ok"


def test_flush_commits_what_is_queued_now(store: Store) -> None:
    async def main() -> None:
        commits = GroupCommit(store, delay=60)
        task = asyncio.ensure_future(record(commits, URLS[0], "a"))
        await asyncio.sleep(0)  # the write is queued
        commits.flush()
        assert await task == ["a"]

    asyncio.run(main())
    assert stored(store.path) == {(URLS[0], "a")}
