"""Run a command and measure it: wall time, and peak memory and CPU time of its whole process tree.

Peak memory is the largest sum of PSS (proportional set size, so pages shared
by forked workers count once) over the process and its descendants, sampled
from /proc every 50 ms; the largest single-process maxrss from wait4 is kept too.
CPU time tells a ratio held back by the work done from one held back by waiting:
the command's own comes from wait4, that of the other processes of its process
group (workers and multiprocessing's helpers) from their last sample.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

SAMPLE_SECONDS = 0.05
_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass
class Measured:
    """One run of a command."""

    wall: float
    returncode: int
    stdout: str
    stderr: str
    peak_pss_mb: float
    maxrss_mb: float
    peak_breakdown: list[tuple[str, float]]
    cpu_s: float = 0.0  # user + system seconds of the command's own process
    others_cpu_s: float = 0.0  # the same of the other processes of its group, as last sampled
    #: system seconds of the command's own process (threads included, and children it reaped): newsboat's cold
    #: reload spends most of its time here when the disk is slow at the journal files of its per-item transactions
    kernel_s: float = 0.0

    @property
    def tree_cpu_s(self) -> float:
        """CPU seconds of the command and every process it started."""
        return self.cpu_s + self.others_cpu_s


def _children(group: int = 0, cpu: dict[int, float] | None = None) -> dict[int, list[int]]:
    """Every process's children, from /proc; the CPU seconds of each member of process group `group` go to `cpu`."""
    kids: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            stat = Path(f"/proc/{name}/stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()  # state, ppid, pgrp, ...: stat's 3rd field on
        kids.setdefault(int(fields[1]), []).append(int(name))
        if cpu is not None and int(fields[2]) == group:
            seconds = (int(fields[11]) + int(fields[12])) / _TICKS  # utime + stime: its own, not its children's
            cpu[int(name)] = max(cpu.get(int(name), 0.0), seconds)  # the sampler and the waiter both write
    return kids


def _pss_kb(pid: int) -> int:
    """PSS of one process in KB (0 when it is gone)."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _name(pid: int) -> str:
    """A short name for a process: its command line, cut."""
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")[:100].strip()
    except OSError:
        return "?"


def tree_pss(root: int, cpu: dict[int, float] | None = None) -> list[tuple[int, float]]:
    """(pid, PSS in MB) of `root` and each of its descendants; with `cpu`, see _children."""
    kids = _children(root, cpu)
    todo, out = [root], []
    while todo:
        pid = todo.pop()
        out.append((pid, _pss_kb(pid) / 1024))
        todo.extend(kids.get(pid, ()))
    return out


def tree_pss_mb(root: int) -> float:
    """PSS of `root` and all its descendants, in MB."""
    return sum(mb for _, mb in tree_pss(root))


def _kill_group(pgid: int) -> None:
    """Kill every process left in a measured command's process group."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)


def measure(argv: list[str], *, env: dict[str, str] | None = None, cwd: Path | None = None,
            timeout: float = 1800) -> Measured:
    """Run `argv` to completion and return its time, output and peak memory."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        # Its own process group: whatever it leaves running (the workers of a TUI run that exits mid-cycle)
        # is stopped with it, rather than eating into the next measurement.
        proc = subprocess.Popen(argv, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=env, cwd=cwd,
                                start_new_session=True)
        peak = 0.0
        breakdown: list[tuple[str, float]] = []
        cpu: dict[int, float] = {}  # pid in the command's process group -> CPU seconds at its last sample
        done = threading.Event()

        def sample() -> None:
            nonlocal peak, breakdown
            while not done.is_set():
                tree = tree_pss(proc.pid, cpu)
                total = sum(mb for _, mb in tree)
                if total > peak:
                    peak, breakdown = total, [(_name(pid), round(mb, 1)) for pid, mb in tree]
                done.wait(SAMPLE_SECONDS)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        deadline = time.monotonic() + timeout
        try:
            # Exited but not reaped, a process still shows its own CPU time in /proc (wait4's counts reaped children
            # too, which the group's figures have already).
            while os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is None:
                if time.monotonic() > deadline:
                    proc.kill()
                time.sleep(0.005)
            wall = time.perf_counter() - started
            _children(proc.pid, cpu)  # the group's last figures, before what the command left running is killed
            _pid, status, usage = os.wait4(proc.pid, 0)
        except BaseException:
            proc.kill()
            proc.wait()
            done.set()
            _kill_group(proc.pid)
            raise
        _kill_group(proc.pid)
        done.set()
        sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Measured(wall=wall, returncode=proc.returncode, stdout=out.read().decode(errors="replace"),
                        stderr=err.read().decode(errors="replace"), peak_pss_mb=peak,
                        maxrss_mb=usage.ru_maxrss / 1024,
                        peak_breakdown=breakdown, cpu_s=cpu.get(proc.pid, 0.0),
                        others_cpu_s=sum(t for pid, t in cpu.items() if pid != proc.pid), kernel_s=usage.ru_stime)
