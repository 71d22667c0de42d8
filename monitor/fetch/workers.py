"""A small process pool whose calls have a wall-clock limit, enforced by killing the worker.

Feed parsing and trafilatura are CPU work that must not stall the event loop
the TUI shares, and a pathological page can keep trafilatura busy for ever.
concurrent.futures.ProcessPoolExecutor cannot stop a running call, so this pool
runs each worker in its own process, terminates a worker whose call overruns,
and starts a fresh one in its place.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from multiprocessing.reduction import ForkingPickler
from typing import Any, TypeVar

from monitor.fetch.wording import format_seconds, one_line

T = TypeVar("T")

#: The module a pool with a preload list imports after it, before any worker forks.
PREFORK = "monitor.fetch.prefork"
#: Imported first: it gives the rules engine its compiled patterns from the pattern cache before it is imported.
PATTERNS_FIRST = "monitor.fetch.patterns_from_cache"


class WorkerTimeout(Exception):
    """A call overran its wall-clock limit; its worker was killed."""


class WorkerError(Exception):
    """A call raised in the worker, or the worker died; the message is one line."""


def _worker_main(conn: Connection) -> None:
    """Serve calls from the parent until it closes the pipe."""
    # Ctrl-C in the terminal is for the parent to handle, not for every worker to print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        try:
            fn, args = conn.recv()
        except (EOFError, OSError):
            return
        try:
            reply: tuple[str, Any] = ("ok", fn(*args))
        except Exception as exc:
            reply = ("raise", exc)
        try:
            conn.send(reply)
        except OSError:
            return
        except Exception as exc:
            # The result or the exception would not pickle: say so in words.
            what = reply[1] if reply[0] == "raise" else exc
            conn.send(("error", f"{type(what).__name__}: {what}"))


@contextlib.contextmanager
def _real_stderr() -> Iterator[None]:
    """Point sys.stderr at the process's own stderr while multiprocessing starts a helper process.

    A TUI replaces sys.stderr with an object whose fileno() is -1, and the
    resource tracker passes that number to the new process: "bad value(s) in
    fds_to_keep". The swap lasts only while the helper starts.
    """
    try:
        usable = sys.stderr is not None and sys.stderr.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        usable = False
    if usable or sys.__stderr__ is None:
        yield
        return
    saved, sys.stderr = sys.stderr, sys.__stderr__
    try:
        yield
    finally:
        sys.stderr = saved


def ensure_worker_support(preload: Sequence[str] = ()) -> None:
    """Start multiprocessing's own helper processes (resource tracker, fork server) if they are not running.

    Front ends that replace sys.stderr call this first, while it is still the
    real one; the pool calls it too before starting a worker. A fork server
    started here imports `preload` once, so that the workers it forks start
    with those modules loaded instead of each importing them.
    """
    from multiprocessing import resource_tracker

    with _real_stderr():
        resource_tracker.ensure_running()
        ctx = _default_context()
        if ctx.get_start_method() == "forkserver":
            from multiprocessing import forkserver

            if preload:
                ctx.set_forkserver_preload(list(preload))  # read only when the server starts
            forkserver.ensure_running()


class _Worker:
    """One worker process, the parent's end of its pipe, and the calls sent down it, oldest (running) first."""

    def __init__(self, ctx: Any, preload: Sequence[str] = ()) -> None:
        ensure_worker_support(preload)
        self.conn, child = ctx.Pipe(duplex=True)
        self.process: BaseProcess = ctx.Process(target=_worker_main, args=(child,), daemon=True)
        with _real_stderr():
            self.process.start()
        child.close()
        self.calls: deque[_Call] = deque()
        self.writer: threading.Thread | None = None
        self.reader: threading.Thread | None = None

    def call(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> tuple[str, Any]:
        """Send one call and block until its reply: for a worker no thread serves yet."""
        self.conn.send((fn, args))
        return self.conn.recv()

    def kill(self) -> None:
        """Stop the process at once; its reader thread then sees end of file."""
        if self.process.is_alive():
            self.process.kill()

    def close(self, wait: float) -> None:
        """Let the process exit by closing its pipe, and kill it if it has not within `wait` seconds."""
        with contextlib.suppress(OSError):
            self.conn.close()
        self.process.join(wait)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(1.0)


class _Call:
    """One call on its way: the pickled request, its time limit, and the future its caller awaits."""

    __slots__ = ("done", "loop", "request", "timeout", "timer", "worker")

    def __init__(self, request: memoryview, timeout: float, loop: asyncio.AbstractEventLoop) -> None:
        self.request = request
        self.timeout = timeout
        self.loop = loop
        self.done: asyncio.Future[tuple[str, Any]] = loop.create_future()
        self.timer: asyncio.TimerHandle | None = None
        self.worker: _Worker | None = None

    def settle(self, outcome: tuple[str, Any]) -> None:
        """Give the call its outcome, from any thread; the first outcome wins."""
        with contextlib.suppress(RuntimeError):  # the loop has closed: nobody waits any more
            self.loop.call_soon_threadsafe(self._settle, outcome)

    def _settle(self, outcome: tuple[str, Any]) -> None:
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None
        if not self.done.done():
            self.done.set_result(outcome)

    def begin(self, worker: _Worker) -> None:
        """The worker starts on this call now (any thread): its time limit counts from here."""
        with contextlib.suppress(RuntimeError):
            self.loop.call_soon_threadsafe(self._arm, worker)

    def _arm(self, worker: _Worker) -> None:
        if not self.done.done():
            self.timer = self.loop.call_later(self.timeout, self._overrun, worker)

    def _overrun(self, worker: _Worker) -> None:
        self.timer = None
        if not self.done.done():
            self.done.set_result(("timeout", None))
            worker.kill()


def _default_context() -> Any:
    """The multiprocessing context for workers."""
    # forkserver forks workers from a clean single-threaded server: cheaper than
    # spawn for replacements, and unlike fork safe in a process with threads.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


#: Seconds close() waits for workers still starting, which then stop at once.
STARTING_WAIT = 5.0

#: Calls a busy worker holds at once: the one it runs and the next, already in its pipe, so that it
#: starts the next the moment it answers, however long the parent's event loop takes to notice.
DEPTH = 2


class WorkerPool:
    """Up to `size` worker processes; ``await run(fn, *args, timeout=...)`` calls fn in one of them.

    `fn` must be a module-level function and its arguments and result picklable.
    A call that overruns `timeout` (counted from when its worker starts on it)
    kills its worker and raises WorkerTimeout; an exception in `fn` comes back
    as WorkerError. The pool may be used from any event loop, one at a time.

    Calls wait in one queue. Each worker has a writer thread, which sends it the
    next call while it still runs the last one once every worker is busy, and a
    reader thread, which hands replies back: a worker never waits for the event
    loop, which may be busy storing a batch, to give it work.
    """

    def __init__(self, size: int | None = None, *, preload: Sequence[str] = ()) -> None:
        self.size = max(1, size or min(4, os.cpu_count() or 1))
        self._ctx = _default_context()
        # Imported once by the fork server when the pool starts it (each worker then starts with them
        # loaded: the rules engine's patterns alone take ~0.13 s to compile), else by each worker. This module
        # too, which each worker would otherwise import to unpickle its target. PREFORK comes last: it builds
        # what those modules build lazily, so that the workers share one copy; PATTERNS_FIRST comes first.
        self._preload = (PATTERNS_FIRST, *preload, __name__, PREFORK) if preload else ()
        self._queue: deque[_Call] = deque()
        self._workers: set[_Worker] = set()
        self._starting = 0
        self._lock = threading.Condition()
        self._closed = False

    @property
    def started(self) -> bool:
        """Whether any worker is running or starting."""
        with self._lock:
            return bool(self._workers) or self._starting > 0

    def start(self) -> None:
        """Start the workers now, in the background, so that the first calls find them ready."""
        with self._lock:
            missing = 0 if self._closed else max(0, self.size - len(self._workers) - self._starting)
            self._starting += missing
        for _ in range(missing):
            threading.Thread(target=self._launch, name="monitor-worker-start", daemon=True).start()

    def _launch(self) -> None:
        """Start one worker and its two threads (blocking: runs in a thread of its own)."""
        try:
            worker = _Worker(self._ctx, self._preload)
            if self._preload:
                worker.call(_import_all, (self._preload,))
        except Exception as exc:
            with self._lock:
                self._starting -= 1
                self._lock.notify_all()  # close() may be waiting for the starts to end
                # With no worker left to run them, the waiting calls would wait for ever.
                stranded = [] if self._workers or self._starting else list(self._queue)
                if stranded:
                    self._queue.clear()
            for call in stranded:
                call.settle(("error", one_line(f"cannot start a worker: {type(exc).__name__}: {exc}")))
            return
        with self._lock:
            self._starting -= 1
            self._lock.notify_all()
            if not self._closed:
                self._workers.add(worker)
                worker.writer = threading.Thread(target=self._write, args=(worker,), name="monitor-worker-send",
                                                 daemon=True)
                worker.reader = threading.Thread(target=self._read, args=(worker,), name="monitor-worker-read",
                                                 daemon=True)
                worker.writer.start()
                worker.reader.start()
                return
        worker.close(0)

    def _next_for(self, worker: _Worker) -> _Call | None:
        """The queued call `worker` should take now, if any; the caller holds the lock."""
        if not self._queue or len(worker.calls) >= DEPTH:
            return None
        # A second call goes to a busy worker only when no other worker is idle.
        if worker.calls and any(not other.calls for other in self._workers):
            return None
        return self._queue.popleft()

    def _write(self, worker: _Worker) -> None:
        """Send `worker` its calls, one at a time, keeping up to DEPTH in its pipe."""
        while True:
            with self._lock:
                # A worker leaves the set when its pipe ends (_lost); then nothing more is sent to it.
                while not self._closed and worker in self._workers and (call := self._next_for(worker)) is None:
                    self._lock.wait()
                if self._closed or worker not in self._workers or call is None:
                    return
                call.worker = worker
                worker.calls.append(call)
                first = len(worker.calls) == 1
            if first:
                call.begin(worker)
            try:
                worker.conn.send_bytes(call.request)
            except (OSError, ValueError):
                return  # the worker is gone: its reader settles or requeues what it held

    def _read(self, worker: _Worker) -> None:
        """Hand `worker`'s replies back in order, until its pipe ends; then clean up after it."""
        while True:
            try:
                data = worker.conn.recv_bytes()
            except (EOFError, OSError):
                break
            try:
                outcome = ForkingPickler.loads(data)
            except Exception as exc:
                outcome = ("error", one_line(f"cannot read the worker's reply: {type(exc).__name__}: {exc}"))
            with self._lock:
                call = worker.calls.popleft()
                following = worker.calls[0] if worker.calls else None
                self._lock.notify_all()
            call.settle(outcome)
            if following is not None:
                following.begin(worker)
        self._lost(worker)

    def _lost(self, worker: _Worker) -> None:
        """The worker's pipe has ended: it died, or was killed for an overrun, a cancelled call or close()."""
        with self._lock:
            self._workers.discard(worker)
            held = list(worker.calls)
            worker.calls.clear()
            closed = self._closed
            if not closed:
                # The calls behind the one that ended the worker never ran: first in line again.
                self._queue.extendleft(reversed(held[1:]))
                held = held[:1]
            respawn = not closed and bool(self._queue) and len(self._workers) + self._starting < self.size
            self._starting += respawn
            self._lock.notify_all()
        if worker.writer is not None:
            worker.writer.join()  # it has seen the worker leave the set, or a broken pipe; then nothing uses the pipe
        worker.close(1.0)
        for call in held:
            call.settle(("closed", None) if closed else ("died", worker.process.exitcode))
        if respawn:
            self._launch()

    def _submit(self, call: _Call) -> None:
        """Queue a call, and start a worker for it if every worker is busy and the pool is not full."""
        with self._lock:
            if self._closed:
                raise WorkerError("worker pool is closed")
            self._queue.append(call)
            idle = sum(1 for worker in self._workers if not worker.calls)
            spawn = len(self._workers) + self._starting < self.size and len(self._queue) > idle + self._starting
            self._starting += spawn
            self._lock.notify_all()
        if spawn:
            threading.Thread(target=self._launch, name="monitor-worker-start", daemon=True).start()

    def _abandon(self, call: _Call) -> None:
        """The caller gave up: drop the call if it waits, stop its worker if it runs, else let it pass."""
        with self._lock:
            if call.worker is None:
                with contextlib.suppress(ValueError):
                    self._queue.remove(call)
                return
            running = bool(call.worker.calls) and call.worker.calls[0] is call
        if running:
            call.worker.kill()

    async def run(self, fn: Callable[..., T], *args: Any, timeout: float) -> T:
        """fn(*args) in a worker process, within `timeout` seconds of wall-clock time.

        An exception fn raises is raised here again (as WorkerError if it cannot
        be pickled); an overrun raises WorkerTimeout after the worker is killed.
        """
        if self._closed:
            raise WorkerError("worker pool is closed")
        try:
            request = ForkingPickler.dumps((fn, args))  # a view of the pickler's buffer: sent as it is, not copied
        except Exception as exc:
            raise WorkerError(one_line(f"cannot pass call to worker: {type(exc).__name__}: {exc}")) from None
        call = _Call(request, timeout, asyncio.get_running_loop())
        self._submit(call)
        try:
            kind, value = await asyncio.shield(call.done)
        except asyncio.CancelledError:
            self._abandon(call)
            raise
        if kind == "ok":
            return value
        if kind == "raise" and isinstance(value, Exception):
            raise value
        if kind == "timeout":
            raise WorkerTimeout(f"timed out after {format_seconds(timeout)}")
        if kind == "died":
            raise WorkerError(f"worker died (exit code {value})")
        if kind == "closed":
            raise WorkerError("worker pool is closed")
        raise WorkerError(one_line(str(value)))

    def close(self) -> None:
        """Stop every worker; calls after this, and calls still waiting, raise WorkerError.

        A worker still starting is let finish starting (a few seconds at most), then stopped: one the
        fork server has forked waits for its target from this process, and would print a traceback
        on the shared terminal if this process exited first.
        """
        with self._lock:
            self._closed = True
            self._lock.wait_for(lambda: self._starting == 0, timeout=STARTING_WAIT)
            workers = list(self._workers)
            queued = list(self._queue)
            self._queue.clear()
            self._lock.notify_all()
        for call in queued:
            call.settle(("closed", None))
        for worker in workers:
            worker.kill()
        for worker in workers:
            if worker.reader is not None:
                worker.reader.join(5.0)  # it closes the pipe and reaps the process

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _import_all(modules: Sequence[str]) -> None:
    """Import `modules` in a worker that has just started, so that its first real call does not wait for them."""
    import importlib

    for name in modules:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)
