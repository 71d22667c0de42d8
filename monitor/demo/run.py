"""Run the demo: start the corpus server, write a throwaway config and database, then open the TUI or poll headless."""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from monitor.config import Config, load_config
from monitor.demo.server import DemoServer

#: Seconds between polls of the demo feeds, in demo time.
DEMO_INTERVAL = 15


def _toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def demo_config_text(server: DemoServer, db_path: Path, interval: float = DEMO_INTERVAL) -> str:
    """The config.toml of a demo: its feeds on 127.0.0.1, a temporary database and an alert rule."""
    lines = [
        "# Written by `monitor demo`; removed when the demo ends.",
        "[storage]",
        f"path = {_toml_string(str(db_path))}",
        "",
        "[poll]",
        f'interval = "{max(interval, 0.5):g}s"',
        "concurrency = 8",
        "fetch_articles = true",
        "",
        "[fetch]",
        "allow_private_addresses = true   # the demo's article links point at 127.0.0.1",
        'timeout = "10s"',
        "",
        "[[rules]]",
        'name = "large attack"',
        "min = { drones_launched = 100 }",
        "",
        "[[rules]]",
        'name = "deaths"',
        "min = { killed = 1 }",
        'severity = "warning"',
        "",
        "[alerts]",
        'max_age = "14d"   # the corpus is dated up to ten days back',
        "",
    ]
    for url, name in server.feed_urls():
        lines += ["[[feeds]]", f"url = {_toml_string(url)}", f"name = {_toml_string(name)}", ""]
    return "\n".join(lines)


class Demo:
    """A running demo: server, directory, config; a context manager that cleans up after itself."""

    def __init__(self, *, speed: float = 1.0) -> None:
        self.speed = speed
        self.server = DemoServer(speed=speed)
        self.directory = Path(tempfile.mkdtemp(prefix="monitor-demo-"))
        self.cfg: Config | None = None

    def __enter__(self) -> Demo:
        self.server.start()
        path = self.directory / "config.toml"
        path.write_text(demo_config_text(self.server, self.directory / "demo.db", DEMO_INTERVAL / self.speed),
                        encoding="utf-8")
        self.cfg = load_config(path)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.stop()
        shutil.rmtree(self.directory, ignore_errors=True)

    @property
    def finished(self) -> bool:
        """True once every item of the corpus has appeared."""
        return self.server.elapsed() >= self.server.corpus.duration


def run_headless(demo: Demo, report: Callable[[Any], None], *, sleep: Callable[[float], None] = time.sleep) -> int:
    """Poll the demo feeds cycle after cycle until the whole corpus has been read; returns the cycles run."""
    from monitor.pipeline import run_once
    from monitor.store import Store

    assert demo.cfg is not None
    cycles = 0
    with Store(demo.cfg.storage.path) as store:
        while True:
            last = demo.finished
            report(run_once(demo.cfg, store, all_feeds=True))
            cycles += 1
            if last:
                return cycles
            sleep(demo.cfg.poll.interval)
