"""The benchmark harness's process runner: a measured command leaves nothing running behind it."""

from __future__ import annotations

import sys
import time

from benchmarks.perf.proc import measure

# Starts a child that outlives it (as the workers of a TUI run that exits mid-cycle do) and prints its pid.
_LEAVES_A_CHILD = (
    "import subprocess, sys\n"
    "child = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'])\n"
    "print(child.pid, flush=True)\n"
)


def _alive(pid: int) -> bool:
    """Whether a process runs (a zombie, already killed, does not count)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_what_a_measured_command_leaves_running_is_stopped() -> None:
    measured = measure([sys.executable, "-c", _LEAVES_A_CHILD], timeout=30)
    assert measured.returncode == 0
    child = int(measured.stdout.split()[0])
    deadline = time.monotonic() + 5
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(child), "the measured command's child was left running"
