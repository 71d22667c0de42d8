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

_painted: list[float] = []  # when a loaded row was drawn under the cursor
_moved: asyncio.Event | None = None  # set by the first such drawing after the cursor moved down


class _Moves:
    """Whether the cursor has moved down since the last key press was timed."""

    pending = False
    drawn_at = 0.0


def _hook() -> None:
    """Wrap EntryList.render_line and action_cursor_down to see when a moved cursor is drawn.

    A key counts as drawn at the first drawing of a loaded row under the cursor
    after the key's action ran, wherever a list refresh has since put the cursor.
    """
    from monitor.tui.widgets import EntryList

    render, down = EntryList.render_line, EntryList.action_cursor_down

    def render_line(self: Any, y: int) -> Any:
        strip = render(self, y)
        index = self.scroll_offset[1] + y
        if index == self.cursor and index < self.total and self.row_at(index) is not None:
            _painted.append(time.time())
            if _Moves.pending and _moved is not None:
                _Moves.pending, _Moves.drawn_at = False, _painted[-1]
                _moved.set()
        return strip

    def action_cursor_down(self: Any) -> None:
        down(self)
        _Moves.pending = True  # drawing the moved cursor is the app's job: no refresh is forced here

    EntryList.render_line = render_line  # type: ignore[method-assign]
    EntryList.action_cursor_down = action_cursor_down  # type: ignore[method-assign]


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
    return {"first_paint": _painted[0] - t0, "entries": total}


async def _keys(config: Path, presses: int, seed: int) -> dict[str, Any]:
    global _moved
    from monitor.tui.app import MonitorApp
    rng = random.Random(seed)
    app = MonitorApp(_config(config), autopoll=False)
    latencies: list[float] = []
    timeouts = 0
    async with app.run_test(size=(120, 40)) as pilot:
        while not _painted:
            await asyncio.sleep(0.001)
        cycle_started = time.time()
        await pilot.press("R")
        while app.cycle_thread is None:
            await asyncio.sleep(0.001)
        for _ in range(presses):
            if app.cycle_thread is None:
                break
            await asyncio.sleep(rng.uniform(0.02, 0.08))
            _moved, _Moves.pending = asyncio.Event(), False
            t = time.time()
            press = asyncio.create_task(pilot.press("j"))
            try:
                await asyncio.wait_for(_moved.wait(), 5.0)
                latencies.append(_Moves.drawn_at - t)
            except TimeoutError:
                timeouts += 1
            await press
        latencies.sort()
        summary = app.last_summary.to_json() if app.last_summary is not None else {}
        result = {
            "presses": len(latencies), "timeouts": timeouts,
            "cycle_still_running_at_last_press": app.cycle_thread is not None,
            "median": statistics.median(latencies) if latencies else None,
            "p95": latencies[int(0.95 * (len(latencies) - 1))] if latencies else None,
            "max": latencies[-1] if latencies else None, "seconds_timed": time.time() - cycle_started,
            "summary": summary, "error": app.last_error,
        }
        # The cycle may still be running on the poller thread: report and leave without waiting for it.
        print(json.dumps(result), flush=True)
        os._exit(0)
    return result


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


if __name__ == "__main__":
    main()
