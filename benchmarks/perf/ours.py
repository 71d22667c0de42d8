"""Our cycles: the real `monitor run --once --all --json` CLI in a subprocess, against the farm."""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from benchmarks.perf.proc import Measured, measure

REPO = Path(__file__).resolve().parents[2]

#: Where `monitor` is imported from in every child process: the working tree, or an exported revision.
SOURCE: Path = REPO


def write_config(path: Path, db: Path, feed_urls: list[str], *, concurrency: int, fetch_articles: bool) -> Path:
    """A config.toml for the farm: its feeds, a database of its own, 127.0.0.1 article links allowed.

    per_host equals concurrency because every farm feed is on one host, as every
    newsboat reload thread may open its own connection to it.
    """
    lines = [
        "[storage]", f"path = {json.dumps(str(db))}", "",
        "[poll]", 'interval = "1h"', f"concurrency = {concurrency}", f"per_host = {concurrency}",
        f"fetch_articles = {'true' if fetch_articles else 'false'}", "",
        "[fetch]", "allow_private_addresses = true", 'timeout = "120s"', 'extract_timeout = "60s"', "",
    ]
    for url in feed_urls:
        lines += ["[[feeds]]", f"url = {json.dumps(url)}", ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@dataclass
class Cycle:
    """One measured cycle: the process's measurements and its JSON summary line."""

    run: Measured
    summary: dict

    @property
    def wall(self) -> float:
        """Wall time of the whole command, interpreter start included."""
        return self.run.wall


def env() -> dict[str, str]:
    """The environment for our subprocesses: no inherited monitor config, monitor from SOURCE, benchmarks from REPO.

    Children run with a working directory outside the repository, so that the
    directory Python puts first on sys.path does not shadow SOURCE.
    """
    out = {k: v for k, v in os.environ.items() if k != "MONITOR_CONFIG"}
    paths = [str(SOURCE), str(REPO)] if SOURCE != REPO else [str(REPO)]
    if out.get("PYTHONPATH"):
        paths.append(out["PYTHONPATH"])
    out["PYTHONPATH"] = os.pathsep.join(paths)
    return out


def command(config: Path, profiler: list[str] | None = None) -> list[str]:
    """The argv of one headless cycle over every feed, optionally under a profiler's argv prefix."""
    tail = ["--config", str(config), "run", "--once", "--all", "--json"]
    if profiler:
        return [*profiler, "-m", "monitor", *tail]
    return [sys.executable, "-m", "monitor", *tail]


def cycle(config: Path, profiler: list[str] | None = None) -> Cycle:
    """Run one cycle and parse its summary; a RuntimeError with stderr when it did not run."""
    run = measure(command(config, profiler), env=env(), cwd=config.parent)
    summary: dict = {}
    for line in run.stdout.splitlines():
        if line.startswith("{"):
            obj = json.loads(line)
            if obj.get("type") == "summary":
                summary = obj
    if not summary or run.returncode not in (0, 3, 10):
        raise RuntimeError(f"monitor run failed (exit {run.returncode}): {run.stderr.strip()[-2000:]}")
    return Cycle(run=run, summary=summary)
