"""WorkerPool: calls run in other processes, and a hung call is killed without breaking the pool."""

from __future__ import annotations

import asyncio
import time

import pytest
from localserver import die, fail, nap, sleep_forever, square

from monitor.fetch.workers import WorkerError, WorkerPool, WorkerTimeout


def test_runs_calls_in_workers(pool: WorkerPool) -> None:
    async def main() -> list[int]:
        return await asyncio.gather(*(pool.run(square, i, timeout=10) for i in range(8)))

    assert asyncio.run(main()) == [i * i for i in range(8)]


def test_hung_call_is_killed_and_the_pool_still_works(pool: WorkerPool) -> None:
    async def main() -> tuple[float, int]:
        start = time.monotonic()
        with pytest.raises(WorkerTimeout, match=r"^timed out after 0\.5s$"):
            await pool.run(sleep_forever, timeout=0.5)
        elapsed = time.monotonic() - start
        return elapsed, await pool.run(square, 7, timeout=10)

    elapsed, result = asyncio.run(main())
    assert elapsed < 3
    assert result == 49


@pytest.mark.parametrize("size", [2, 1])
def test_hung_calls_do_not_block_other_calls(size: int) -> None:
    """With one worker, the second call waits in the hung worker's pipe; when that worker is killed, it is resent."""
    with WorkerPool(size=size) as workers:

        async def main() -> list[object]:
            return await asyncio.gather(
                workers.run(sleep_forever, timeout=0.5), workers.run(square, 3, timeout=10), return_exceptions=True
            )

        hung, ok = asyncio.run(main())
    assert isinstance(hung, WorkerTimeout)
    assert ok == 9


def test_time_limit_counts_from_the_start_of_the_call_not_from_the_queue() -> None:
    """Three 0.4 s calls on one worker with a 0.7 s limit each: the third waits 0.8 s, yet none overran."""
    with WorkerPool(size=1) as one:

        async def main() -> list[int]:
            return await asyncio.gather(*(one.run(nap, 0.4, timeout=0.7) for _ in range(3)))

        start = time.monotonic()
        pids = asyncio.run(main())
        elapsed = time.monotonic() - start
    assert len(set(pids)) == 1  # one worker ran them all, one after the other
    assert elapsed >= 1.2


def test_close_fails_the_calls_that_wait_and_the_one_that_runs() -> None:
    pool = WorkerPool(size=1)

    async def main() -> list[object]:
        asyncio.get_running_loop().call_later(0.3, pool.close)
        calls = (pool.run(sleep_forever, timeout=30), *(pool.run(square, i, timeout=30) for i in range(3)))
        return await asyncio.gather(*calls, return_exceptions=True)

    start = time.monotonic()
    outcomes = asyncio.run(main())
    assert time.monotonic() - start < 5
    assert all(isinstance(o, WorkerError) and "closed" in str(o) for o in outcomes), outcomes


def test_cancelled_call_stops_its_worker_and_the_pool_goes_on(pool: WorkerPool) -> None:
    async def main() -> int:
        hung = asyncio.ensure_future(pool.run(sleep_forever, timeout=60))
        await asyncio.sleep(0.3)
        hung.cancel()
        with pytest.raises(asyncio.CancelledError):
            await hung
        return await asyncio.wait_for(pool.run(square, 5, timeout=10), 10)

    assert asyncio.run(main()) == 25
    assert all(worker.process.is_alive() for worker in pool._workers)


def test_exceptions_come_back_as_raised(pool: WorkerPool) -> None:
    with pytest.raises(ValueError, match="bad input"):
        asyncio.run(pool.run(fail, "bad input", timeout=10))
    assert asyncio.run(pool.run(square, 2, timeout=10)) == 4


def test_unpicklable_argument_is_a_worker_error(pool: WorkerPool) -> None:
    with pytest.raises(WorkerError, match="cannot pass call to worker"):
        asyncio.run(pool.run(square, lambda: 1, timeout=10))


def test_closed_pool_refuses_calls() -> None:
    pool = WorkerPool(size=1)
    assert asyncio.run(pool.run(square, 5, timeout=10)) == 25
    pool.close()
    with pytest.raises(WorkerError, match="closed"):
        asyncio.run(pool.run(square, 5, timeout=10))


def test_worker_that_dies_is_replaced(pool: WorkerPool) -> None:
    with pytest.raises(WorkerError, match=r"worker died \(exit code 3\)"):
        asyncio.run(pool.run(die, timeout=10))
    assert asyncio.run(pool.run(square, 6, timeout=10)) == 36


def test_pool_starts_when_stderr_is_not_a_file() -> None:
    """Inside the TUI sys.stderr is Textual's capture, whose fileno() is -1; workers must still start."""
    import subprocess
    import sys

    code = (
        "import asyncio, sys\n"
        "class Capture:\n"
        "    def write(self, s): return len(s)\n"
        "    def flush(self): pass\n"
        "    def fileno(self): return -1\n"
        "sys.stderr = Capture()\n"
        "from monitor.fetch.workers import WorkerPool\n"
        "async def main():\n"
        "    with WorkerPool(size=1) as pool:\n"
        "        print(await pool.run(abs, -7, timeout=30))\n"
        "asyncio.run(main())\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "7"


def test_close_while_workers_start_waits_for_them_and_leaves_nothing_behind() -> None:
    """Ctrl-C as the workers start: close() lets each start finish, then stops it, so no half-started one complains.

    A worker the fork server has forked waits for the parent to send it its
    target; if the parent exited first, the worker printed an EOFError
    traceback on the terminal the parent shared.
    """
    import subprocess
    import sys

    code = (
        "from monitor.fetch.workers import WorkerPool\n"
        "pool = WorkerPool(size=2, preload=('json',))\n"
        "pool.start()\n"
        "pool.close()\n"
        "print(pool._starting, len(pool._workers))\n"
    )
    for _ in range(3):
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.split() == ["0", "0"]
        assert "Traceback" not in proc.stderr and "Error" not in proc.stderr, proc.stderr


def test_started_pool_uses_the_workers_it_started() -> None:
    """start() forks the workers in the background; calls made meanwhile wait for them rather than fork more."""
    import os

    with WorkerPool(size=2) as workers:
        workers.start()
        workers.start()  # a second start while they start is a no-op

        async def main() -> list[int]:
            return await asyncio.gather(*(workers.run(os.getpid, timeout=30) for _ in range(6)))

        pids = asyncio.run(main())
        assert len(set(pids)) <= 2 and os.getpid() not in pids
        with workers._lock:  # (the second may still be starting if the first took all six calls)
            assert len(workers._workers) + workers._starting == 2


@pytest.mark.parametrize("modules, stoplist", [("WORKER_MODULES", 1), ("RULES_MODULES", 0)])
def test_workers_start_with_the_tables_the_fork_server_built(modules: str, stoplist: int) -> None:
    """trafilatura's stop words, the gazetteer and the pool's module are loaded before the fork, frozen out of the gc.

    A fresh process, since the fork server of this one may have started with other modules.
    """
    import json
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import asyncio, json\n"
        "from localserver import inherited_state\n"
        f"from monitor.pipeline import {modules} as preload\n"
        "from monitor.fetch.workers import WorkerPool\n"
        "with WorkerPool(size=1, preload=preload) as pool:\n"
        "    print(json.dumps(asyncio.run(pool.run(inherited_state, timeout=60))))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).parent)
    assert proc.returncode == 0, proc.stderr
    state = json.loads(proc.stdout)
    assert state["stoplist"] == stoplist
    assert state["gazetteer"] == 1
    assert state["frozen"] > 10_000
    assert state["pool_module_forked"] == 1  # not imported again by each worker as it unpickles its target
