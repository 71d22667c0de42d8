"""One cycle of monitor: poll the due feeds, fetch their articles, extract, store, then events and alerts.

The TUI and the headless command both call ``run_once``; nothing here knows
which front end called it. Deciding (parsing, extraction, scheduling) is done
by pure functions; this module owns the order of the I/O.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from monitor.config import Config
from monitor.fetch.rules import extract_all
from monitor.fetch.schedule import next_delay
from monitor.fetch.text import strip_html
from monitor.fetch.workers import WorkerPool
from monitor.models import Article, Entry, Feed, Report
from monitor.store import EntryRow, FeedRow, Store
from monitor.store.group import GroupCommit

if TYPE_CHECKING:
    from monitor.fetch.feeds import PollResult
    from monitor.fetch.http import HttpClient

log = logging.getLogger(__name__)

#: Called with an event name and its details as the cycle goes (for the TUI's live panes).
Progress = Callable[[str, dict[str, Any]], None]

#: Entries whose articles are fetched at once; the HTTP client's limits still apply within a batch.
ARTICLE_BATCH = 500

#: Finished articles are stored together when this many are waiting, or when the last store is this old
#: (seconds): one commit for many articles, and none waits long.
STORE_BATCH = 32
STORE_EVERY = 0.25

#: Most feed texts one worker call reads. While the workers are busy, the texts finished meanwhile wait and
#: go together: a trip to a worker takes several turns of a busy event loop, and fewer trips, each carrying
#: more, keep the workers fed while the loop fetches, parses and stores. A cycle that fetches pages keeps
#: to STORE_BATCH: its workers are busy with trafilatura, and a front end gets its progress a batch at a time.
EXTRACT_BATCH = 512

#: Seconds the first of the cycle's writes waits for others to join its commit (a few ms: 453 commits -> ~90).
COMMIT_DELAY = 0.005

#: Modules the worker processes import as they start, before the first page reaches them.
WORKER_MODULES = ("trafilatura", "monitor.fetch.text", "monitor.fetch.rules", "monitor.extract.engine")
#: The same for a cycle without article pages: the workers only run the rules engine on feed texts.
RULES_MODULES = ("monitor.fetch.rules", "monitor.extract.engine")

#: Feeds never read before from which a cycle starts its workers at once (their start then overlaps the
#: downloads), rather than when the first batch of texts is ready; fewer may bring too few texts to need any.
FRESH_FEEDS = 4


@dataclass
class CycleSummary:
    """What one cycle did; its JSON form is the contract's summary line."""

    feeds_polled: int = 0
    not_modified: int = 0
    failed: int = 0
    new_entries: int = 0
    articles_fetched: int = 0
    attack_reports: int = 0
    new_alerts: int = 0
    seconds: float = 0.0
    failures: list[tuple[str, str]] = field(default_factory=list)
    alerts: list[dict[str, Any]] = field(default_factory=list)  # the new alerts' JSON lines
    sink_errors: list[str] = field(default_factory=list)  # deliveries that failed this cycle

    def to_json(self) -> dict[str, Any]:
        """The `{"type": "summary", ...}` object of `monitor run --once --json`."""
        out: dict[str, Any] = {"type": "summary"}
        out.update({k: v for k, v in asdict(self).items() if k not in ("failures", "alerts", "sink_errors")})
        out["seconds"] = round(self.seconds, 3)
        return out


def document_of(entry: Entry, article: Article) -> str:
    """The text the extractor reads: the title, a blank line, then the article or the feed's own text."""
    body = article.text or strip_html(entry.content or entry.summary)
    title = strip_html(entry.title)
    if not title or body.lstrip().startswith(title):  # pages often repeat their headline first
        return body
    return f"{title}\n\n{body}"


def _feed_model(row: FeedRow) -> Feed:
    return Feed(url=row.url, name=row.name, interval=row.interval)


class Cycle:
    """The state of one run of the pipeline: clients, pools, counters."""

    def __init__(
        self,
        cfg: Config,
        store: Store,
        *,
        now: Callable[[], datetime],
        progress: Progress | None,
        rng: random.Random,
    ) -> None:
        self.cfg = cfg
        self.store = store
        self.now = now
        self.progress = progress or (lambda _name, _details: None)
        self.rng = rng
        self.summary = CycleSummary()
        # The cycle's writes from tasks that finish together share one commit.
        self.commits = GroupCommit(store, delay=COMMIT_DELAY)
        # Bounds the article pages held in memory between their download and their extraction.
        self._in_flight = asyncio.Semaphore(cfg.poll.concurrency)
        self._done: list[tuple[EntryRow, Article]] = []  # articles finished but not stored yet
        self._flushed_at = time.monotonic()
        self._readers = 0  # tasks handing finished articles to the workers, at most one a worker

    async def run(self, feeds: list[FeedRow]) -> CycleSummary:
        """Poll `feeds`, handing each feed's new entries on as soon as they are stored; then the leftovers.

        Articles are fetched while other feeds are still being polled. Entries a
        killed cycle left without an article or a report are finished at the end.
        """
        poll = self.cfg.poll
        pool = WorkerPool(preload=WORKER_MODULES if poll.fetch_articles else RULES_MODULES)
        if sum(row.last_success_at is None for row in feeds) >= FRESH_FEEDS:
            pool.start()  # feeds never read before bring many new entries: the workers start as they download
        try:
            # Imported here, after the workers have started: aiohttp takes some 0.1 s to import.
            from monitor.fetch.http import HttpClient

            async with HttpClient(self.cfg.fetch, concurrency=poll.concurrency, per_host=poll.per_host) as client:
                try:
                    try:
                        async with asyncio.TaskGroup() as tasks:
                            for row in feeds:
                                tasks.create_task(self._poll(client, pool, row, tasks))
                    except ExceptionGroup as group:
                        raise group.exceptions[0] from None  # the error itself, as the caller would expect
                    await self._flush_in_pool(pool)  # before looking for entries without an article
                    await self._articles(client, pool)
                    self._flush()
                except BaseException:
                    # Articles already downloaded and extracted are kept, even when the cycle is cancelled.
                    with contextlib.suppress(Exception):
                        self.commits.flush()
                    with contextlib.suppress(Exception):
                        self._flush()
                    raise
        finally:
            pool.close()
        self.store.checkpoint_soon()  # the log's copy into the database overlaps the steps below
        self._extract_pending()
        self._events_and_alerts()
        return self.summary

    def _events_and_alerts(self) -> None:
        """Group the new reports into events, raise the rules' alerts, and deliver what the outbox owes."""
        from monitor.alerts.engine import update_events
        from monitor.alerts.outbox import deliver_due

        self.summary.alerts = update_events(self.store, self.cfg, self.now())
        self.summary.new_alerts = len(self.summary.alerts)
        for alert in self.summary.alerts:
            self.progress("alert", alert)
        self.summary.sink_errors = deliver_due(self.store, self.cfg, self.now).errors

    async def _poll(self, client: HttpClient, pool: WorkerPool, row: FeedRow, tasks: asyncio.TaskGroup) -> None:
        """Poll one feed, store the outcome, and start on its new entries."""
        from monitor.fetch.feeds import FeedState, poll_feed

        fetch = self.cfg.fetch
        result: PollResult = await poll_feed(
            client, pool, _feed_model(row), FeedState(etag=row.etag, last_modified=row.last_modified),
            max_bytes=fetch.max_feed_bytes, parse_timeout=fetch.extract_timeout,
        )
        now = self.now()
        interval = row.interval or self.cfg.poll.interval
        if result.status == "failed":
            delay = next_delay(
                row.consecutive_failures + 1, interval, backoff_max=self.cfg.poll.backoff_max,
                retry_after=result.retry_after, retry_after_max=self.cfg.poll.retry_after_max, rng=self.rng,
            )
        else:
            delay = interval
        new = await self.commits.run(
            self.store.record_poll, row.url, status=result.status, now=now, next_poll_at=now + timedelta(seconds=delay),
            title=result.title, etag=result.etag, last_modified=result.last_modified,
            http_status=result.http_status, error=result.error, entries=result.entries,
        )
        self.summary.feeds_polled += 1
        self.summary.new_entries += len(new)
        if result.status == "not_modified":
            self.summary.not_modified += 1
        elif result.status == "failed":
            self.summary.failed += 1
            self.summary.failures.append((row.url, result.error))
        self.progress("feed", {"url": row.url, "status": result.status, "error": result.error,
                               "new_entries": len(new)})
        fetched = [r for r in new if self._fetches(r.entry)]
        if fetched:
            pool.start()  # the workers start while the pages download
        for entry_row in fetched:
            tasks.create_task(self._article(client, pool, entry_row))
        # Entries whose page is not fetched have their article already: the feed's own text.
        self._done.extend((r, self._skipped(r.entry)) for r in new if not self._fetches(r.entry))
        if self._flush_due(pool):
            await self._flush_in_pool(pool)

    def _fetches(self, entry: Entry) -> bool:
        """Whether the entry's page is to be downloaded, rather than its feed text used."""
        return self.cfg.poll.fetch_articles and bool(entry.link)

    @staticmethod
    def _skipped(entry: Entry) -> Article:
        """The article of an entry whose page is not fetched: the feed's own text."""
        return Article(url=entry.link, status="skipped", text=strip_html(entry.content or entry.summary),
                       error="" if entry.link else "entry has no link")

    async def _articles(self, client: HttpClient, pool: WorkerPool) -> None:
        """Finish the entries that have no article yet, such as those a killed cycle left."""
        while pending := self.store.entries_without_article(limit=ARTICLE_BATCH):
            self._finish([(r, self._skipped(r.entry)) for r in pending if not self._fetches(r.entry)])
            await asyncio.gather(*(self._article(client, pool, r) for r in pending if self._fetches(r.entry)))

    async def _article(self, client: HttpClient, pool: WorkerPool, row: EntryRow) -> None:
        """Download and extract one entry's page, then store it with its report."""
        from monitor.fetch.articles import fetch_article

        fetch = self.cfg.fetch
        async with self._in_flight:
            article = await fetch_article(
                client, pool, row.entry, max_bytes=fetch.max_article_bytes,
                extract_timeout=fetch.extract_timeout, allow_private=fetch.allow_private_addresses,
            )
        if article.status == "ok":
            self.summary.articles_fetched += 1
        self._done.append((row, article))
        if self._flush_due(pool):
            await self._flush_in_pool(pool)

    def _flush_due(self, pool: WorkerPool) -> bool:
        """Whether the finished articles waiting are a batch, or (with workers running) have waited long enough."""
        return len(self._done) >= STORE_BATCH or (
            bool(self._done) and pool.started and time.monotonic() - self._flushed_at >= STORE_EVERY)

    def _flush(self) -> None:
        """Store the articles finished since the last flush, in one transaction."""
        done, self._done = self._done, []
        self._flushed_at = time.monotonic()
        self._finish(done)

    async def _flush_in_pool(self, pool: WorkerPool) -> None:
        """Store the articles finished since the last flush, the rules engine reading them in a worker.

        Extraction on the event loop would keep it from fetching, parsing and storing,
        and from handing the workers their next pages; it runs here only when the worker
        fails, or for a few feed texts when no worker is running. When as many batches
        as there are workers are on their way, the ones running take these next.
        """
        if self._readers >= pool.size:
            return
        self._readers += 1
        stores: list[asyncio.Future[None]] = []
        try:
            stores.append(await self._read_batch(pool))
            while self._flush_due(pool):  # those finished while this batch was read
                stores.append(await self._read_batch(pool))
        finally:
            self._readers -= 1
            await asyncio.gather(*stores)

    async def _read_batch(self, pool: WorkerPool) -> asyncio.Future[None]:
        """Extract a batch of finished articles (in a worker if there are many or one runs).

        Returns their storing, under way: the worker need not wait for it before its next batch.
        """
        most = STORE_BATCH if self.cfg.poll.fetch_articles else EXTRACT_BATCH
        done, self._done = self._done[:most], self._done[most:]
        self._flushed_at = time.monotonic()
        if not done:
            return asyncio.ensure_future(self._store([]))
        documents = reports = None
        if len(done) >= STORE_BATCH or pool.started:  # a few feed texts: cheaper read here than by a worker
            documents = [document_of(row.entry, article) for row, article in done]
            pool.start()  # both workers, for the batches to come
            try:
                reports = await pool.run(extract_all, documents, timeout=self.cfg.fetch.extract_timeout)
            except Exception as exc:  # the worker died, hung or raised: the same documents are read here instead
                log.warning("extraction in a worker failed (%s: %s); extracting here", type(exc).__name__, exc)
        return asyncio.ensure_future(self._store(self._processed(done, documents, reports)))

    async def _store(self, items: list[tuple[int, Article, str, Report]]) -> None:
        """Store extracted articles with the cycle's other writes, then tell the front end."""
        if items:
            await self.commits.run(self.store.save_processed, items, self.now())
            self._announce(items)

    def _finish(self, done: list[tuple[EntryRow, Article]]) -> None:
        """Extract and store finished articles here and now, in one transaction."""
        items = self._processed(done)
        self.store.save_processed(items, self.now())
        self._announce(items)

    def _processed(
        self,
        done: list[tuple[EntryRow, Article]],
        documents: list[str] | None = None,
        reports: list[Report] | None = None,
    ) -> list[tuple[int, Article, str, Report]]:
        """Finished articles with their documents and reports; the rules engine reads here those not given."""
        if not done:
            return []
        if documents is None:
            documents = [document_of(row.entry, article) for row, article in done]
        if reports is None:
            from monitor.extract import extract  # lazily: a cycle with nothing new never needs the rules engine

            reports = [extract(document) for document in documents]
        return [(row.id, article, document, report)
                for (row, article), document, report in zip(done, documents, reports, strict=True)]

    def _announce(self, items: list[tuple[int, Article, str, Report]]) -> None:
        """Count the stored reports and tell the front end about them."""
        for entry_id, article, _document, report in items:
            self.progress("article", {"entry_id": entry_id, "status": article.status})
            if report.is_attack_report:
                self.summary.attack_reports += 1
                self.progress("report", {"entry_id": entry_id, "attacks": len(report.attacks)})

    def _extract_pending(self) -> None:
        """Extract entries a crash left with an article but no report."""
        while batch := self.store.entries_without_report():
            from monitor.extract import extract

            for row in batch:
                article = self.store.article(row.id) or Article(url=row.entry.link, status="skipped")
                document = document_of(row.entry, article)
                report = extract(document)
                self.store.save_report(row.id, document, report, self.now())
                if report.is_attack_report:
                    self.summary.attack_reports += 1
                    self.progress("report", {"entry_id": row.id, "attacks": len(report.attacks)})


def _utc_now() -> datetime:
    return datetime.now(UTC)


async def run_once_async(
    cfg: Config,
    store: Store,
    *,
    all_feeds: bool = False,
    now: Callable[[], datetime] = _utc_now,
    progress: Progress | None = None,
    rng: random.Random | None = None,
) -> CycleSummary:
    """Run one cycle over the due feeds (every active feed with all_feeds) and return its summary."""
    started = time.perf_counter()
    store.sync_feeds(cfg.feeds, now())
    feeds = store.due_feeds(now(), all_feeds=all_feeds)
    cycle = Cycle(cfg, store, now=now, progress=progress, rng=rng or random.Random())
    summary = await cycle.run(feeds)
    summary.seconds = time.perf_counter() - started
    if progress:
        progress("cycle", cycle.summary.to_json())
    return summary


def run_once(cfg: Config, store: Store, **kwargs: Any) -> CycleSummary:
    """Synchronous wrapper of run_once_async, for cron and the TUI's worker thread."""
    return asyncio.run(run_once_async(cfg, store, **kwargs))
