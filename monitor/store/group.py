"""Group commit: the store writes that tasks of one event loop ask for together, in one transaction.

A commit costs more than most of the writes it ends (SQLite writes out the
full-text index's pending terms and the WAL frames at each one), and a cold
cycle asks for hundreds of small writes, many of them at the same moment.
Writes queued during one turn of the event loop are run together at the start
of the next, each in a savepoint of its own, and committed once. A write that
raises is rolled back alone and raises in the task that asked for it; the
others commit. No caller hears that its write is stored before the commit.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from monitor.store.connection import write

if TYPE_CHECKING:
    from monitor.store.store import Store

T = TypeVar("T")


class GroupCommit:
    """``await commits.run(store_method, *args)`` runs the write with the others queued in this turn of the loop."""

    def __init__(self, store: Store, *, delay: float = 0.0) -> None:
        self.store = store
        self.delay = delay  # seconds the first write of a group waits for others to join it
        self._queue: list[tuple[Callable[[], Any], asyncio.Future[Any]]] = []
        self.commits = 0  # transactions committed, for tests and benchmarks

    async def run(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """fn(*args, **kwargs) inside the next group transaction; its result once that has committed.

        `fn` is one of the store's writes: one that opens its own transaction
        joins the group's instead (as a savepoint).
        """
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        if not self._queue:
            loop.call_later(self.delay, self._commit) if self.delay else loop.call_soon(self._commit)
        self._queue.append((functools.partial(fn, *args, **kwargs), future))
        return await future

    def flush(self) -> None:
        """Commit the writes queued so far now, rather than at the loop's next turn (as a cycle stops)."""
        self._commit()

    def _commit(self) -> None:
        """Run the queued writes in one transaction and hand each caller its outcome after the commit."""
        queue, self._queue = self._queue, []
        if not queue:
            return
        outcomes: list[tuple[asyncio.Future[Any], bool, Any]] = []
        try:
            with write(self.store.db) as db:
                for fn, future in queue:
                    try:
                        with db.atomic():  # a savepoint: a write that fails leaves the others intact
                            outcomes.append((future, True, fn()))
                    except Exception as exc:
                        if not db.conn.in_transaction:
                            raise  # the error ended the whole transaction: the group fails as one
                        outcomes.append((future, False, exc))
        except BaseException as exc:  # the commit itself failed: nothing of the group is stored
            for _fn, future in queue:
                if not future.done():
                    future.set_exception(exc)
            if not isinstance(exc, Exception):
                raise
            return
        self.commits += 1
        for future, ok, value in outcomes:
            if future.done():  # its task was cancelled meanwhile; the write is stored all the same
                continue
            if ok:
                future.set_result(value)
            else:
                future.set_exception(value)
