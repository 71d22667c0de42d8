"""Group commit: the store writes that tasks of one event loop ask for together, in one transaction.

A commit costs more than most of the writes it ends (SQLite writes out the
full-text index's pending terms and the WAL frames at each one, and at each
savepoint too), and a cold cycle asks for hundreds of small writes, many of
them at the same moment. Writes queued within a few milliseconds run together
in one transaction, with no savepoint between them, and commit once. If one
raises, the group is rolled back and each write runs again in a transaction
of its own, so that one bad write fails alone. No caller hears that its write
is stored before the commit.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from monitor.store.connection import grouped, write

if TYPE_CHECKING:
    from monitor.store.store import Store

T = TypeVar("T")


class GroupCommit:
    """``await commits.run(store.write_method, *args)`` runs the write with the others queued meanwhile."""

    def __init__(self, store: Store, *, delay: float = 0.0) -> None:
        self.store = store
        self.delay = delay  # seconds the first write of a group waits for others to join it
        self._queue: list[tuple[Callable[[], Any], asyncio.Future[Any]]] = []
        self.commits = 0  # group transactions committed, for tests and benchmarks

    async def run(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """fn(*args, **kwargs) inside the next group transaction; its result once that has committed.

        `fn` is one of the store's writes: a function of the database alone, which
        may run again (once) if another write of its group fails.
        """
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        if not self._queue:
            loop.call_later(self.delay, self._commit) if self.delay else loop.call_soon(self._commit)
        self._queue.append((functools.partial(fn, *args, **kwargs), future))
        return await future

    def flush(self) -> None:
        """Commit the writes queued so far now, rather than when their delay is up (as a cycle stops)."""
        self._commit()

    def _commit(self) -> None:
        """Run the queued writes in one transaction and hand each caller its outcome after the commit."""
        queue, self._queue = self._queue, []
        if not queue:
            return
        db = self.store.db
        try:
            with write(db), grouped(db):
                results = [fn() for fn, _future in queue]
        except Exception:
            self._one_by_one(queue)  # the group is rolled back; each write on its own, so a bad one fails alone
            return
        self.commits += 1
        for (_fn, future), result in zip(queue, results, strict=True):
            if not future.done():  # a future is done when its task was cancelled: the write is stored all the same
                future.set_result(result)

    def _one_by_one(self, queue: list[tuple[Callable[[], Any], asyncio.Future[Any]]]) -> None:
        """Run each write in a transaction of its own, handing each caller its own outcome."""
        for fn, future in queue:
            try:
                with write(self.store.db):
                    result = fn()
            except Exception as exc:
                if not future.done():
                    future.set_exception(exc)
            else:
                if not future.done():
                    future.set_result(result)
