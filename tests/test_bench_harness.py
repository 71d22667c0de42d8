"""The benchmark harness's process runner: a measured command leaves nothing running behind it, and its CPU
time and that of the processes it starts are told apart."""

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

# Burns CPU time for the given seconds (process time, so a busy machine does not change how much).
_BURN = "import time\nt = time.process_time()\nwhile time.process_time() - t < {seconds}:\n    pass\n"
# Starts a child that burns 0.4 s, burns 0.2 s itself, then waits for the child (so wait4 would count both).
_BURNS_WITH_A_CHILD = (
    "import subprocess, sys\n"
    f"child = subprocess.Popen([sys.executable, '-c', {_BURN.format(seconds=0.4)!r}])\n"
    + _BURN.format(seconds=0.2) + "child.wait()\n"
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


def test_cpu_time_of_the_command_and_of_what_it_started_is_counted_once_each() -> None:
    measured = measure([sys.executable, "-c", _BURNS_WITH_A_CHILD], timeout=60)
    assert measured.returncode == 0, measured.stderr
    # its own 0.2 s (plus interpreter start-up), not the child it reaped as well
    assert 0.15 <= measured.cpu_s < 0.45
    # the child's 0.4 s, sampled every 50 ms: the last slice before it exits may be missed
    assert 0.25 <= measured.others_cpu_s < 0.6
    assert measured.tree_cpu_s == measured.cpu_s + measured.others_cpu_s


#: Zeroes 8 MB buffers from /dev/zero for 0.3 s of CPU: nearly all of it the kernel's.
_IN_THE_KERNEL = (
    "import time\nbuf = bytearray(8 << 20)\nf = open('/dev/zero', 'rb', buffering=0)\n"
    "end = time.process_time() + 0.3\nwhile time.process_time() < end:\n    f.readinto(buf)\n"
)


def test_kernel_time_is_told_from_the_process_own_cpu_time() -> None:
    kernel = measure([sys.executable, "-c", _IN_THE_KERNEL], timeout=60)
    # a loop of its own, with no clock to read: process_time() is a system call
    user = measure([sys.executable, "-c", "x = 0\nfor i in range(3_000_000):\n    x += i\n"], timeout=60)
    assert kernel.returncode == user.returncode == 0, kernel.stderr + user.stderr
    assert kernel.kernel_s > 0.5 * kernel.cpu_s
    assert user.kernel_s < 0.3 * user.cpu_s
    assert 0 < kernel.kernel_s <= kernel.cpu_s + 0.02


def test_runs_that_disagree_are_flagged_and_steady_ones_are_not() -> None:
    from benchmarks.perf.run import _spread_note

    assert _spread_note("newsboat", [1.80, 1.83, 4.46, 4.63, 5.05]) == (
        "; UNSTEADY: newsboat's runs ranged 1.80 to 5.05 s, rerun before trusting the ratio"
    )
    assert _spread_note("ours", [1.25, 1.28, 1.39, 1.41]) == ""
    assert _spread_note("ours", [1.0]) == ""
