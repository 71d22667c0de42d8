"""Poll the real-world feeds of ../shared from the local server: entries or a clear error, never a crash."""

from __future__ import annotations

import asyncio
import io
import re
from collections import Counter
from pathlib import Path

import feedparser
import pytest
from localserver import LocalServer

from monitor.config import FetchConfig
from monitor.fetch.feeds import FeedState, PollResult, poll_feed
from monitor.fetch.http import HttpClient
from monitor.fetch.workers import WorkerPool
from monitor.models import Feed

CONFIG = FetchConfig(timeout=10.0, connect_timeout=5.0)


def poll_all(server: LocalServer, pool: WorkerPool, root: str, names: list[str]) -> dict[str, PollResult]:
    async def main() -> list[PollResult]:
        async with HttpClient(CONFIG, concurrency=16, per_host=16) as client:
            return await asyncio.gather(*(
                poll_feed(client, pool, Feed(url=server.url(f"/files/{root}/{name}")), FeedState(),
                          max_bytes=CONFIG.max_feed_bytes, parse_timeout=20)
                for name in names
            ))

    return dict(zip(names, asyncio.run(main()), strict=True))


def documented_items(sources: Path) -> dict[str, int]:
    """The items column of the feeds/ table in SOURCES.md, by file name."""
    counts = {}
    for line in sources.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) > 6 and cells[1].endswith(".xml") and cells[5].isdigit():
            counts[cells[1]] = int(cells[5])
    return counts


def own_duplicates(data: bytes) -> int:
    """How many entries repeat an earlier entry's id (or link) in the document itself."""
    keys = [e.get("id") or e.get("link") or e.get("title") for e in feedparser.parse(io.BytesIO(data)).entries]
    return len(keys) - len(set(keys))


@pytest.fixture(scope="module")
def real(shared_dir: Path) -> Path:
    return shared_dir / "fixtures" / "real"


def test_real_feeds(server: LocalServer, pool: WorkerPool, real: Path) -> None:
    files = sorted(p.name for p in (real / "feeds").glob("*.xml"))
    assert len(files) >= 60
    results = poll_all(server, pool, "feeds", files)

    failed = {name: r.error for name, r in results.items() if r.status != "ok"}
    assert not failed
    with_entries = [name for name, r in results.items() if r.entries]
    assert len(with_entries) == len(files)

    expected = documented_items(real / "SOURCES.md")
    matching = [name for name in files if expected.get(name) == len(results[name].entries)]
    assert len(matching) >= len(files) - 2, set(files) - set(matching)

    for name, result in results.items():
        guids = [e.guid for e in result.entries]
        assert all(guids), name
        assert len(guids) - len(set(guids)) <= own_duplicates((real / "feeds" / name).read_bytes()), name
        for entry in result.entries:
            assert entry.feed_url == server.url(f"/files/feeds/{name}")
            assert entry.published is None or entry.published.utcoffset() is not None
    dated = sum(1 for r in results.values() for e in r.entries if e.published is not None)
    total = sum(len(r.entries) for r in results.values())
    assert dated >= total * 0.9
    titled = sum(1 for r in results.values() if r.title)
    assert titled >= len(files) - 2


def test_illformed_feeds(server: LocalServer, pool: WorkerPool, real: Path) -> None:
    files = sorted(p.name for p in (real / "feeds-illformed").glob("*.xml"))
    assert len(files) >= 120
    results = poll_all(server, pool, "illformed", files)

    statuses = Counter(r.status for r in results.values())
    assert set(statuses) <= {"ok", "failed"}
    assert statuses["ok"] >= len(files) * 0.7
    for name, result in results.items():
        if result.status == "failed":
            assert re.match(r"(malformed feed|not a feed): \S", result.error), (name, result.error)
            assert "\n" not in result.error and len(result.error) <= 300
            assert result.entries == ()
        else:
            assert all(e.guid for e in result.entries), name
