"""The TUI's poller process: progress relayed line by line, failures named, and a running cycle stopped."""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from localserver import LocalServer, rss
from test_pipeline import ATTACK_PAGE, wait_for_rows, write_config

from monitor.config import load_config
from monitor.store import Store
from monitor.tui.poller import CHILD_NICENESS, CycleFailed, ProcessRunner


def test_a_cycle_in_a_child_process_relays_progress_and_its_summary(tmp_path: Path, server: LocalServer) -> None:
    root = tmp_path / "poller"
    root.mkdir()
    server.roots["poller"] = root
    (root / "page.html").write_text(
        ATTACK_PAGE.format(title="Night attack on Odesa", drones=140, missiles=4, downed=120, killed=1, injured=3),
        encoding="utf-8",
    )
    (root / "feed.xml").write_bytes(rss("Poller", [
        ("Night attack on Odesa", server.url("/files/poller/page.html"), "p-1", "A night attack."),
    ]))
    cfg = load_config(write_config(tmp_path / "config.toml", [server.url("/files/poller/feed.xml")]))
    events: list[tuple[str, dict[str, Any]]] = []
    with Store(cfg.storage.path) as store:
        summary = ProcessRunner()(cfg, store, all_feeds=True, progress=lambda n, d: events.append((n, d)))
    assert summary.feeds_polled == 1 and summary.new_entries == 1 and summary.attack_reports == 1
    names = [name for name, _ in events]
    assert names.index("feed") < names.index("report") < names.index("cycle")
    assert next(d for n, d in events if n == "report")["attacks"] >= 1


def test_a_child_that_fails_gives_its_last_error_line(tmp_path: Path) -> None:
    path = write_config(tmp_path / "config.toml", ["http://127.0.0.1:9/feed.xml"])
    cfg = load_config(path)
    path.write_text("[poll]\nconcurrency = 0\n", encoding="utf-8")  # broken after the TUI read it
    with Store(cfg.storage.path) as store, pytest.raises(CycleFailed, match="concurrency"):
        ProcessRunner()(cfg, store, all_feeds=True, progress=lambda n, d: None)


def test_stop_ends_a_running_cycle_and_refuses_the_next(tmp_path: Path, server: LocalServer) -> None:
    cfg = load_config(write_config(tmp_path / "config.toml", [server.url("/drip?seconds=60")]))
    runner = ProcessRunner()
    outcome: list[BaseException | object] = []

    def cycle() -> None:
        try:
            with Store(cfg.storage.path) as store:
                outcome.append(runner(cfg, store, all_feeds=True, progress=lambda n, d: None))
        except CycleFailed as exc:
            outcome.append(exc)

    thread = threading.Thread(target=cycle)
    thread.start()
    assert wait_for_rows(cfg.storage.path, "feeds", 1, seconds=30) == 1  # the child is polling
    started = time.monotonic()
    runner.stop()
    thread.join(timeout=20)
    assert not thread.is_alive() and time.monotonic() - started < 10
    assert isinstance(outcome[0], CycleFailed)
    with Store(cfg.storage.path) as store, pytest.raises(CycleFailed, match="stopped"):
        runner(cfg, store, all_feeds=True, progress=lambda n, d: None)


def test_the_poller_process_runs_nicer_than_the_tui(tmp_path: Path) -> None:
    """The child (and the workers it starts) yield the CPU to the TUI; it reports its niceness as progress."""
    cfg = load_config(write_config(tmp_path / "config.toml", ["http://127.0.0.1:9/feed.xml"]))
    script = (
        "import json, os, time\n"
        "start, deadline = os.nice(0), time.monotonic() + 10\n"  # the TUI renices the child just after it starts
        "while os.nice(0) == start and time.monotonic() < deadline: time.sleep(0.01)\n"
        "print(json.dumps({'type': 'progress', 'name': 'nice', 'details': {'nice': os.nice(0)}}))\n"
        "print(json.dumps({'type': 'summary'}))\n"
    )
    events: list[tuple[str, dict[str, Any]]] = []
    with Store(cfg.storage.path) as store:
        ProcessRunner([sys.executable, "-c", script])(cfg, store, all_feeds=True,
                                                      progress=lambda n, d: events.append((n, d)))
    assert events == [("nice", {"nice": min(os.nice(0) + CHILD_NICENESS, 19)})]
