"""The TUI's poller: each pipeline cycle runs in a child `monitor run --once --progress` process.

Parsing, extraction and clustering are CPU work in Python; on a thread of the
TUI's own process they would hold the interpreter lock and delay key presses
and drawing. In a child process they cannot, and the app only reads one JSON
line per progress event.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

from monitor.config import Config
from monitor.safetext import clean_text
from monitor.store import Store

#: The child's exit codes that still mean "the cycle ran": ok, some feeds failed, new alerts.
_CYCLE_RAN = (0, 3, 10)

#: How much nicer than the TUI the poller process runs (its worker processes inherit it), so keys win the CPU.
CHILD_NICENESS = 10


class CycleFailed(Exception):
    """The child process ended without a summary; the message is its last line of error output."""


class ProcessRunner:
    """Runs one cycle at a time in a child process and relays its progress; `stop()` ends a running one."""

    def __init__(self, argv_prefix: list[str] | None = None) -> None:
        self.argv_prefix = argv_prefix or [sys.executable, "-m", "monitor"]
        self._child: subprocess.Popen[str] | None = None
        self._lock = threading.Lock()
        self._stopped = False

    def __call__(self, cfg: Config, store: Store, *, all_feeds: bool,
                 progress: Callable[[str, dict[str, Any]], None]) -> Any:
        """Run the cycle for `cfg` (read from its file) and return its summary; CycleFailed when it breaks."""
        del store  # the child opens its own connection
        if cfg.source is None:
            raise CycleFailed("the configuration has no file for the poller process to read")
        argv = [*self.argv_prefix, "--config", str(cfg.source), "run", "--once", "--progress"]
        if all_feeds:
            argv.append("--all")
        with self._lock:
            if self._stopped:
                raise CycleFailed("stopped")
            self._child = subprocess.Popen(
                argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                text=True, encoding="utf-8", errors="replace", env=dict(os.environ, PYTHONUNBUFFERED="1"),
            )
        child = self._child
        _lower_priority(child.pid)
        assert child.stdout is not None and child.stderr is not None
        errors: list[str] = []
        drain = threading.Thread(target=lambda: errors.extend(child.stderr or ()), daemon=True)
        drain.start()
        summary: dict[str, Any] | None = None
        for line in child.stdout:
            try:
                data = json.loads(line)
            except ValueError:
                continue
            if data.get("type") == "progress":
                progress(str(data.get("name", "")), data.get("details") or {})
            elif data.get("type") == "summary":
                summary = data
        code = child.wait()
        drain.join(timeout=5)
        with self._lock:
            self._child = None
        if summary is None or code not in _CYCLE_RAN:
            last = next((e.strip() for e in reversed(errors) if e.strip()), "")
            reason = clean_text(last, single_line=True)[:200] or f"the poller process exited with {code}"
            raise CycleFailed(reason)
        summary.setdefault("failures", [])
        summary.setdefault("sink_errors", [])
        return SimpleNamespace(**summary)

    def stop(self) -> None:
        """End the running cycle, if any (SIGTERM: committed work stays), and refuse new ones."""
        with self._lock:
            self._stopped = True
            child = self._child
        if child is not None and child.poll() is None:
            child.terminate()
            try:
                child.wait(timeout=5)
            except subprocess.TimeoutExpired:
                child.kill()


def _lower_priority(pid: int) -> None:
    """Make a just-started child nicer than the TUI, before it imports anything or starts workers (Unix only).

    The cycle is throughput work and the TUI is interactive: on a machine whose
    cores the poller, its extraction workers and the TUI share, the scheduler
    then runs the TUI first when a key arrives.
    """
    if not hasattr(os, "setpriority"):
        return
    with contextlib.suppress(OSError):  # the child may be gone already; a cycle at normal priority still runs
        os.setpriority(os.PRIO_PROCESS, pid, os.getpriority(os.PRIO_PROCESS, 0) + CHILD_NICENESS)
