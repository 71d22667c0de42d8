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
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any, TypeVar

from monitor.fetch.wording import format_seconds, one_line

T = TypeVar("T")

#: The module a pool with a preload list imports after it, before any worker forks.
PREFORK = "monitor.fetch.prefork"


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
    """One worker process and the parent's end of its pipe."""

    def __init__(self, ctx: Any, preload: Sequence[str] = ()) -> None:
        ensure_worker_support(preload)
        self.conn, child = ctx.Pipe(duplex=True)
        self.process: BaseProcess = ctx.Process(target=_worker_main, args=(child,), daemon=True)
        with _real_stderr():
            self.process.start()
        child.close()
        self.killed = False

    def call(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> tuple[str, Any]:
        """Send one call and block until its reply; runs in a thread, never on the event loop.

        If the parent kills the worker meanwhile, the pipe reaches end of file
        and this thread, the only one using the pipe, closes it.
        """
        try:
            self.conn.send((fn, args))
            return self.conn.recv()
        except (EOFError, OSError):
            if self.killed:
                self.close(1.0)
            raise

    def kill(self) -> None:
        """Stop the process at once; the thread in ``call`` then sees end of file."""
        self.killed = True
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


def _default_context() -> Any:
    """The multiprocessing context for workers."""
    # forkserver forks workers from a clean single-threaded server: cheaper than
    # spawn for replacements, and unlike fork safe in a process with threads.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


class WorkerPool:
    """Up to `size` worker processes; ``await run(fn, *args, timeout=...)`` calls fn in one of them.

    `fn` must be a module-level function and its arguments and result picklable.
    A call that overruns `timeout` kills its worker and raises WorkerTimeout; an
    exception in `fn` comes back as WorkerError. The pool may be used from any
    event loop, one at a time.
    """

    def __init__(self, size: int | None = None, *, preload: Sequence[str] = ()) -> None:
        self.size = max(1, size or min(4, os.cpu_count() or 1))
        self._ctx = _default_context()
        # Imported once by the fork server when the pool starts it (each worker then starts with them
        # loaded: the rules engine's patterns alone take ~0.13 s to compile), else by each worker. PREFORK
        # comes last: it builds what those modules build lazily, so that the workers share one copy.
        self._preload = (*preload, PREFORK) if preload else ()
        self._idle: list[_Worker] = []
        self._all: set[_Worker] = set()
        self._starting = 0
        self._lock = threading.Condition()
        self._threads = ThreadPoolExecutor(max_workers=2 * self.size + 2, thread_name_prefix="monitor-worker")
        self._slots: asyncio.Semaphore | None = None
        self._slots_loop: asyncio.AbstractEventLoop | None = None
        self._closed = False

    def _slot(self) -> asyncio.Semaphore:
        """The semaphore that bounds calls, made anew when the pool is used from another event loop."""
        loop = asyncio.get_running_loop()
        if self._slots is None or self._slots_loop is not loop:
            self._slots = asyncio.Semaphore(self.size)
            self._slots_loop = loop
        return self._slots

    @property
    def started(self) -> bool:
        """Whether any worker is running or starting."""
        with self._lock:
            return bool(self._all) or self._starting > 0

    def start(self) -> None:
        """Start the workers now, in the background, so that the first calls find them ready."""
        with self._lock:
            missing = self.size - len(self._all) - self._starting
            if self._closed or missing <= 0:
                return
            self._starting += missing
        for _ in range(missing):
            self._threads.submit(self._spawn)

    def _spawn(self) -> None:
        """Start one worker and make it idle (blocking: called in a thread)."""
        try:
            worker = _Worker(self._ctx, self._preload)
            if self._preload:
                worker.call(_import_all, (self._preload,))
        except BaseException:
            with self._lock:
                self._starting -= 1
                self._lock.notify_all()
            raise
        with self._lock:
            self._starting -= 1
            self._lock.notify_all()
            if not self._closed:
                self._all.add(worker)
                self._idle.append(worker)
                return
        worker.close(0)

    def _take_idle(self) -> _Worker | None:
        """An idle live worker, without waiting; None when there is none."""
        with self._lock:
            return self._pop_idle()

    def _pop_idle(self) -> _Worker | None:
        """An idle live worker, dropping dead ones on the way; the caller holds the lock."""
        while self._idle:
            worker = self._idle.pop()
            if worker.process.is_alive():
                return worker
            self._all.discard(worker)
            worker.close(0)
        return None

    def _take(self) -> _Worker:
        """An idle live worker, one that is starting, or a new one (blocking: called in a thread)."""
        with self._lock:
            while True:
                if (worker := self._pop_idle()) is not None:
                    return worker
                if not self._starting or self._closed:
                    break
                self._lock.wait()
        worker = _Worker(self._ctx, self._preload)
        with self._lock:
            self._all.add(worker)
        return worker

    def _give_back(self, worker: _Worker) -> None:
        """Return a worker after a call, or stop it if the pool has closed."""
        with self._lock:
            if not self._closed and worker.process.is_alive():
                self._idle.append(worker)
                return
            self._all.discard(worker)
        worker.close(0)

    def _discard(self, worker: _Worker) -> None:
        """Kill a worker whose state is unknown and forget it."""
        worker.kill()
        with self._lock:
            self._all.discard(worker)

    async def run(self, fn: Callable[..., T], *args: Any, timeout: float) -> T:
        """fn(*args) in a worker process, within `timeout` seconds of wall-clock time.

        An exception fn raises is raised here again (as WorkerError if it cannot
        be pickled); an overrun raises WorkerTimeout after the worker is killed.
        """
        if self._closed:
            raise WorkerError("worker pool is closed")
        loop = asyncio.get_running_loop()
        async with self._slot():
            # An idle worker is taken at once: a trip through a thread costs turns of a busy event loop.
            worker = self._take_idle() or await loop.run_in_executor(self._threads, self._take)
            future = loop.run_in_executor(self._threads, worker.call, fn, args)
            # An abandoned call ends with EOFError once its worker is killed; nobody needs to see it.
            future.add_done_callback(_consume)
            try:
                kind, value = await asyncio.wait_for(asyncio.shield(future), timeout)
            except TimeoutError:
                self._discard(worker)
                raise WorkerTimeout(f"timed out after {format_seconds(timeout)}") from None
            except asyncio.CancelledError:
                self._discard(worker)
                raise
            except (EOFError, OSError):
                self._discard(worker)
                await loop.run_in_executor(self._threads, worker.close, 1.0)
                raise WorkerError(f"worker died (exit code {worker.process.exitcode})") from None
            except Exception as exc:
                # A pickling failure on either side leaves the pipe and the worker usable.
                self._give_back(worker)
                raise WorkerError(one_line(f"cannot pass call to worker: {type(exc).__name__}: {exc}")) from None
            self._give_back(worker)
        if kind == "ok":
            return value
        if kind == "raise" and isinstance(value, Exception):
            raise value
        raise WorkerError(one_line(str(value)))

    def close(self) -> None:
        """Stop every worker; calls after this raise WorkerError."""
        with self._lock:
            self._closed = True
            self._lock.notify_all()
            workers = list(self._all)
            self._all.clear()
            self._idle.clear()
        for worker in workers:
            worker.kill()
        for worker in workers:
            worker.close(1.0)
        self._threads.shutdown(wait=False, cancel_futures=True)

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


def _consume(future: asyncio.Future[Any]) -> None:
    """Mark a call's outcome as seen, so asyncio does not log it as never retrieved."""
    if not future.cancelled():
        future.exception()
