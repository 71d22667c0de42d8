"""Benchmark the TUI on a large archive: time to first page, paging through it, and key latency during a cycle.

Run: .venv/bin/python benchmarks/bench_tui.py [ENTRIES]   (default 100000)
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from textual.pilot import Pilot

from monitor.config import parse_config
from monitor.models import Entry
from monitor.store import Store
from monitor.tui.app import MonitorApp
from monitor.tui.widgets import EntryList


def build(path: Path, n: int) -> Any:
    """A database of n entries over 100 feeds."""
    feeds = [{"url": f"http://feed{i}.test/rss", "name": f"Feed {i}"} for i in range(100)]
    cfg = parse_config({"storage": {"path": str(path)}, "feeds": feeds}, None)
    now = datetime(2025, 8, 21, tzinfo=UTC)
    with Store(path) as store:
        store.sync_feeds(cfg.feeds, now)
        per = n // len(feeds)
        for i, feed in enumerate(cfg.feeds):
            entries = [Entry(feed_url=feed.url, guid=f"{i}-{j}", title=f"Entry {j} of feed {i}",
                             published=now - timedelta(minutes=j * 7 + i)) for j in range(per)]
            store.record_poll(feed.url, status="ok", now=now, next_poll_at=now, entries=entries)
    return cfg


async def worst_key_latency(pilot: Pilot[int], presses: int = 40) -> float:
    """The longest, in seconds, that one of `presses` presses of "j" took."""
    worst = 0.0
    for _ in range(presses):
        t = time.perf_counter()
        await pilot.press("j")
        worst = max(worst, time.perf_counter() - t)
    return worst


async def measure(cfg: Any) -> None:
    """Open, page to the end and back, and press keys while a slow fake cycle runs."""

    def slow_cycle(config: Any, store: Store, *, all_feeds: bool, progress: Any) -> None:
        for i in range(300):
            time.sleep(0.005)
            progress("feed", {"url": f"u{i}", "status": "ok", "error": "", "new_entries": 0})

    started = time.perf_counter()
    app = MonitorApp(cfg, autopoll=False, runner=slow_cycle)
    async with app.run_test(size=(120, 40)) as pilot:
        feed = app.query_one(EntryList)
        while feed.selected is None:
            await pilot.pause(0.005)
        print(f"open to first page: {time.perf_counter() - started:.2f} s ({feed.total} entries)")
        t = time.perf_counter()
        for _ in range(50):
            await pilot.press("pagedown")
        while feed.selected is None:
            await pilot.pause(0.005)
        print(f"50 page-downs: {time.perf_counter() - t:.2f} s")
        t = time.perf_counter()
        await pilot.press("end")
        while feed.selected is None or feed.cursor != feed.total - 1:
            await pilot.pause(0.005)
        print(f"jump to the oldest entry: {time.perf_counter() - t:.3f} s")
        await pilot.press("home")
        idle = await worst_key_latency(pilot)
        print(f"worst key latency when idle (Pilot's own wait included): {idle * 1000:.1f} ms")
        await pilot.press("home", "R")
        worst = await worst_key_latency(pilot)
        print(f"worst key latency during a cycle of 300 feeds: {worst * 1000:.1f} ms")


def main() -> None:
    """Build the archive in a temporary directory and measure."""
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        cfg = build(Path(tmp) / "bench.db", n)
        print(f"built {n} entries in {time.perf_counter() - t:.1f} s")
        asyncio.run(measure(cfg))


if __name__ == "__main__":
    main()
