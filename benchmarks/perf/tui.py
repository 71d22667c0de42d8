"""TUI figures, each run in a fresh process: time to first paint with a large archive, key latency in a cycle.

First paint is from just before the process is started to the first time the
Feed pane draws a loaded row (interpreter start and imports included). Key
latency is from a key press to the Feed pane drawing the row the cursor moved
onto, while a real pipeline cycle runs against the farm on the app's poller
thread. Both hook EntryList.render_line of this process only; the app runs
headless under App.run_test, which renders as a terminal would.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import statistics
import time
from pathlib import Path
from typing import Any

_painted: list[tuple[float, int]] = []  # (time, index) of each loaded row drawn under the cursor
_waiter: tuple[int, asyncio.Event] | None = None


def _hook() -> None:
    """Wrap EntryList.render_line to note when a loaded row is drawn under the cursor."""
    from monitor.tui.widgets import EntryList

    original = EntryList.render_line

    def render_line(self: Any, y: int) -> Any:
        strip = original(self, y)
        index = self.scroll_offset[1] + y
        if index == self.cursor and index < self.total and self.row_at(index) is not None:
            _painted.append((time.time(), index))
            if _waiter is not None and _waiter[0] == index:
                _waiter[1].set()
        return strip

    EntryList.render_line = render_line  # type: ignore[method-assign]


def build_archive(db: Path, entries: int) -> int:
    """A database of `entries` archived entries over 100 feeds, as benchmarks/bench_tui.py builds it."""
    from benchmarks.bench_tui import build

    build(db, entries)
    return entries


def _config(path: Path) -> Any:
    from monitor.config import load_config

    return load_config(path)


async def _first_paint(config: Path, t0: float) -> dict[str, float]:
    from monitor.tui.app import MonitorApp

    app = MonitorApp(_config(config), autopoll=False)
    async with app.run_test(size=(120, 40)) as pilot:
        while not _painted:
            await asyncio.sleep(0.001)
        from monitor.tui.widgets import EntryList

        total = app.query_one(EntryList).total
        await pilot.exit(0)
    return {"first_paint": _painted[0][0] - t0, "entries": total}


async def _keys(config: Path, presses: int, seed: int) -> dict[str, Any]:
    global _waiter
    from monitor.tui.app import MonitorApp
    from monitor.tui.widgets import EntryList

    rng = random.Random(seed)
    app = MonitorApp(_config(config), autopoll=False)
    latencies: list[float] = []
    timeouts = 0
    async with app.run_test(size=(120, 40)) as pilot:
        while not _painted:
            await asyncio.sleep(0.001)
        feed = app.query_one(EntryList)
        cycle_started = time.time()
        await pilot.press("R")
        while app.cycle_thread is None:
            await asyncio.sleep(0.001)
        for _ in range(presses):
            if app.cycle_thread is None:
                break
            await asyncio.sleep(rng.uniform(0.02, 0.08))
            event = asyncio.Event()
            _waiter = (feed.cursor + 1, event)
            t = time.time()
            press = asyncio.create_task(pilot.press("j"))
            try:
                await asyncio.wait_for(event.wait(), 5.0)
                latencies.append(next(p for p, i in reversed(_painted) if i == _waiter[0]) - t)
            except TimeoutError:
                timeouts += 1
            await press
        during = app.cycle_thread is not None
        while app.cycle_thread is not None:
            await asyncio.sleep(0.05)
        cycle_seconds = time.time() - cycle_started
        summary = app.last_summary.to_json() if app.last_summary is not None else {}
        await pilot.exit(0)
    latencies.sort()
    return {
        "presses": len(latencies), "timeouts": timeouts, "cycle_still_running_at_last_press": during,
        "median": statistics.median(latencies) if latencies else None,
        "p95": latencies[int(0.95 * (len(latencies) - 1))] if latencies else None,
        "max": latencies[-1] if latencies else None, "cycle_seconds": cycle_seconds, "summary": summary,
        "error": app.last_error,
    }


def copy_db(src: Path, dst: Path) -> None:
    """Copy a SQLite database with its WAL files, for a run that must not change the original."""
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{src}{suffix}").exists():
            shutil.copyfile(f"{src}{suffix}", f"{dst}{suffix}")


def main() -> None:
    """Child-process entry: `build DB N`, `paint CONFIG T0` or `keys CONFIG PRESSES`; prints one JSON line."""
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="what", required=True)
    build = sub.add_parser("build")
    build.add_argument("db", type=Path)
    build.add_argument("entries", type=int)
    paint = sub.add_parser("paint")
    paint.add_argument("config", type=Path)
    paint.add_argument("t0", type=float)
    keys = sub.add_parser("keys")
    keys.add_argument("config", type=Path)
    keys.add_argument("presses", type=int)
    keys.add_argument("--seed", type=int, default=6)
    args = parser.parse_args()
    if args.what == "build":
        print(json.dumps({"entries": build_archive(args.db, args.entries)}), flush=True)
        return
    _hook()
    if args.what == "paint":
        result = asyncio.run(_first_paint(args.config, args.t0))
    else:
        result = asyncio.run(_keys(args.config, args.presses, args.seed))
    print(json.dumps(result), flush=True)
    # A cycle may still be running on the poller thread: leave without waiting for its last page.
    os._exit(0)


if __name__ == "__main__":
    main()
