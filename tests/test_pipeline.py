"""The whole cycle against a real local server and a real SQLite file: counts, idempotence, failures, kill -9."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from localserver import LocalServer, rss

from monitor.config import load_config
from monitor.pipeline import run_once
from monitor.store import Store
from monitor.store.events import pending_sightings

ATTACK_PAGE = """<!DOCTYPE html><html><head><title>{title}</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>{title}</h1>
<p>Russia launched {drones} drones and {missiles} missiles at Ukraine overnight, the Ukrainian air force said on
Sunday. Air defences shot down {downed} of the drones over the central and eastern regions.</p>
<p>In Dnipro, {killed} people were killed and {injured} were injured when a drone struck a residential building,
the regional governor said on Telegram. Firefighters worked through the night to put out the blaze.</p>
<p>The attack was one of the largest in recent weeks, officials said, and came as talks on a ceasefire stalled.</p>
</article><footer>Copyright notice and links</footer></body></html>"""


def make_farm(root: Path, server: LocalServer, name: str, feeds: int, items: int, *, link: str = "") -> list[str]:
    """Write `feeds` RSS files of `items` entries each, every entry linking its own attack page."""
    root.mkdir(parents=True, exist_ok=True)
    server.roots[name] = root
    urls = []
    for f in range(feeds):
        entries = []
        for i in range(items):
            page = f"page-{f}-{i}.html"
            (root / page).write_text(
                ATTACK_PAGE.format(title=f"Overnight attack {f}-{i}", drones=100 + i, missiles=5 + f,
                                   downed=90 + i, killed=2, injured=7),
                encoding="utf-8",
            )
            entries.append((f"Overnight attack {f}-{i}", link or server.url(f"/files/{name}/{page}"),
                            f"{name}-{f}-{i}", "Russia attacked Ukraine overnight."))
        (root / f"feed-{f}.xml").write_bytes(rss(f"Farm {f}", entries))
        urls.append(server.url(f"/files/{name}/feed-{f}.xml"))
    return urls


def write_config(path: Path, urls: list[str], **poll: object) -> Path:
    lines = ['[storage]', 'path = "monitor.db"', "[poll]"]
    lines += [f"{k} = {json.dumps(v)}" for k, v in {"concurrency": 8, "per_host": 4, **poll}.items()]
    lines += ["[fetch]", "allow_private_addresses = true", 'timeout = "5s"', 'extract_timeout = "10s"']
    for url in urls:
        lines += ["[[feeds]]", f'url = "{url}"']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def wait_for_rows(db_path: Path, table: str, at_least: int, seconds: float = 60) -> int:
    """Watch another process's database until `table` has `at_least` rows (or time is up); the count seen."""
    deadline = time.monotonic() + seconds
    count = 0
    while time.monotonic() < deadline and count < at_least:
        time.sleep(0.05)
        if db_path.exists():
            try:
                with sqlite3.connect(db_path, timeout=5) as conn:
                    count = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            except sqlite3.OperationalError:
                count = 0  # the schema is not there yet
    return count


def test_cycle_stores_everything_once(tmp_path: Path, server: LocalServer) -> None:
    urls = make_farm(tmp_path / "farm", server, "farm-once", feeds=3, items=4)
    cfg = load_config(write_config(tmp_path / "config.toml", [*urls, server.url("/cond/pipe")]))
    with Store(cfg.storage.path) as store:
        first = run_once(cfg, store)
        assert (first.feeds_polled, first.failed, first.new_entries) == (4, 0, 13)
        assert first.articles_fetched == 12  # the conditional feed's one item links off this machine
        assert first.attack_reports >= 12
        report = store.report(store.search("Overnight attack 2-3")[0])
        assert report and report.is_attack_report and report.attacks[0].drones_launched == 103
        # Every report joined its event for good: none looks extracted again since, to be clustered anew.
        assert pending_sightings(store) == []
        again = run_once(cfg, store, all_feeds=True)
        assert (again.new_entries, again.articles_fetched, again.not_modified) == (0, 0, 1)
        assert store.count("entries") == 13 and store.count("articles") == 13 and store.count("reports") == 13
        conditional = server.requests_to("/cond/pipe")
        assert conditional[-1].headers.get("if-none-match")
        # Nothing was due: a cycle right after polls nothing.
        assert run_once(cfg, store).feeds_polled == 0


def test_one_bad_feed_never_stops_the_others(tmp_path: Path, server: LocalServer) -> None:
    urls = make_farm(tmp_path / "farm", server, "farm-bad", feeds=2, items=2)
    bad = [server.url("/status/404"), server.url("/html"), server.url("/empty"), server.url("/redirect/loop")]
    cfg_path = write_config(tmp_path / "config.toml", [bad[0], urls[0], *bad[1:], urls[1]], fetch_articles=False)
    proc = subprocess.run(
        [sys.executable, "-m", "monitor", "--config", str(cfg_path), "run", "--once", "--json"],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 3, proc.stderr
    summary = json.loads(proc.stdout.splitlines()[-1])
    assert set(summary) == {"type", "feeds_polled", "not_modified", "failed", "new_entries", "articles_fetched",
                            "attack_reports", "new_alerts", "seconds"}
    assert (summary["feeds_polled"], summary["failed"], summary["new_entries"]) == (6, 4, 4)
    assert summary["articles_fetched"] == 0
    errors = [line for line in proc.stderr.splitlines() if line.startswith("failed: ")]
    assert len(errors) == 4 and any("404" in e for e in errors)
    with Store(tmp_path / "monitor.db") as store:
        failing = {f.url: f for f in store.feeds() if f.last_status == "failed"}
        assert set(failing) == set(bad)
        assert all(f.consecutive_failures == 1 and f.last_error for f in failing.values())


def test_kill_9_mid_cycle_then_rerun(tmp_path: Path, server: LocalServer) -> None:
    """A cycle killed while articles are in flight leaves a sound file; the rerun finishes the job."""
    slow = server.url("/drip?seconds=0.6")
    urls = make_farm(tmp_path / "farm", server, "farm-kill", feeds=4, items=10, link=slow)
    cfg_path = write_config(tmp_path / "config.toml", urls, per_host=2)
    db_path = tmp_path / "monitor.db"
    proc = subprocess.Popen(
        [sys.executable, "-m", "monitor", "--config", str(cfg_path), "run", "--once"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        assert wait_for_rows(db_path, "articles", 4) >= 4
        assert proc.poll() is None, "the cycle ended before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(10)
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        before = {r[0] for r in conn.execute("SELECT entry_id FROM articles")}
        entries_before = {r[0] for r in conn.execute("SELECT guid FROM entries")}
    assert 4 <= len(before) < 40 and len(entries_before) == 40

    rerun = subprocess.run(
        [sys.executable, "-m", "monitor", "--config", str(cfg_path), "run", "--once", "--all", "--json"],
        capture_output=True, text=True, timeout=120,
    )
    assert rerun.returncode == 0, rerun.stderr
    assert json.loads(rerun.stdout.splitlines()[-1])["new_entries"] == 0
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        guids = [r[0] for r in conn.execute("SELECT guid FROM entries")]
        after = {r[0] for r in conn.execute("SELECT entry_id FROM articles")}
        reports = conn.execute("SELECT count(*) FROM reports").fetchone()[0]
    assert len(guids) == len(set(guids)) == 40
    assert before <= after and len(after) == 40 and reports == 40


@pytest.mark.parametrize("fetch_articles", [True, False])
def test_articles_fall_back_to_the_feed_text(tmp_path: Path, server: LocalServer, fetch_articles: bool) -> None:
    root = tmp_path / "fb"
    root.mkdir()
    server.roots[f"fb-{fetch_articles}"] = root
    summary = "Russia launched 55 drones at Ukraine overnight; air defences shot down 50 of them, the air force said."
    (root / "feed.xml").write_bytes(rss("Fallback", [("Drone attack", server.url("/status/500"), "fb-1", summary)]))
    cfg = load_config(write_config(tmp_path / "config.toml", [server.url(f"/files/fb-{fetch_articles}/feed.xml")],
                                   fetch_articles=fetch_articles))
    with Store(cfg.storage.path) as store:
        run_once(cfg, store)
        entry_id = store.search("drone attack")[0]
        article = store.article(entry_id)
        assert article and article.status == ("fallback" if fetch_articles else "skipped")
        assert "55 drones" in article.text
        report = store.report(entry_id)
        assert report and report.attacks and report.attacks[0].drones_launched == 55


def test_document_puts_the_title_first_once() -> None:
    from monitor.models import Article, Entry
    from monitor.pipeline import document_of

    entry = Entry("u", "g", title="Drones hit <b>Odesa</b>", summary="<p>Summary text.</p>")
    assert document_of(entry, Article("u", "ok", "Body of the page.")) == "Drones hit Odesa\n\nBody of the page."
    assert document_of(entry, Article("u", "ok", "Drones hit Odesa\nBody.")) == "Drones hit Odesa\nBody."
    assert document_of(entry, Article("u", "failed")) == "Drones hit Odesa\n\nSummary text."


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_run_on_schedule_stops_cleanly(tmp_path: Path, server: LocalServer, sig: signal.Signals) -> None:
    """`monitor run` stops on Ctrl-C or SIGTERM in the middle of a cycle, and leaves a sound database."""
    urls = make_farm(tmp_path / "farm", server, f"farm-sched-{sig.name}", feeds=2, items=3,
                     link=server.url("/drip?seconds=3"))
    cfg_path = write_config(tmp_path / "config.toml", urls, interval="1h")
    proc = subprocess.Popen(
        [sys.executable, "-m", "monitor", "--config", str(cfg_path), "run"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    db_path = tmp_path / "monitor.db"
    assert wait_for_rows(db_path, "entries", 6) == 6 and proc.poll() is None  # feeds stored, articles still dripping in
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert err.strip().endswith("monitor: stopped") and "Traceback" not in err
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 6


def die_with(documents: list[str]) -> list[object]:
    """Stands in for the worker's extraction: the worker process exits in the middle of the call."""
    os._exit(3)


def test_extraction_falls_back_when_its_worker_dies(
    tmp_path: Path, server: LocalServer, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The rules engine reads fetched articles in a worker; if that worker dies, the cycle reads them itself."""
    import monitor.pipeline

    monkeypatch.setattr(monitor.pipeline, "extract_all", die_with)
    urls = make_farm(tmp_path / "farm", server, "farm-die", feeds=1, items=3)
    cfg = load_config(write_config(tmp_path / "config.toml", urls))
    with Store(cfg.storage.path) as store:
        summary = run_once(cfg, store)
        assert (summary.articles_fetched, summary.attack_reports) == (3, 3)
        assert store.count("reports") == 3
    assert "extraction in a worker failed (WorkerError: worker died (exit code 3))" in caplog.text


@pytest.mark.parametrize(("items", "in_worker"), [(40, True), (3, False)])
def test_feed_texts_are_read_in_a_worker_when_there_are_many(
    tmp_path: Path, server: LocalServer, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
    items: int, in_worker: bool,
) -> None:
    """Without article pages, a batch of feed texts goes to a worker (here one that dies, so the cycle reads them
    itself and says so); a few are read in the cycle's own process, with no worker started for them."""
    import monitor.pipeline

    monkeypatch.setattr(monitor.pipeline, "extract_all", die_with)
    urls = make_farm(tmp_path / "farm", server, f"farm-texts-{items}", feeds=1, items=items)
    cfg = load_config(write_config(tmp_path / "config.toml", urls, fetch_articles=False))
    with Store(cfg.storage.path) as store:
        summary = run_once(cfg, store)
        assert (summary.new_entries, store.count("reports"), store.count("articles")) == (items, items, items)
    assert ("extraction in a worker failed" in caplog.text) is in_worker


def test_workers_start_at_once_for_many_new_feeds_and_not_for_a_quiet_cycle(
    tmp_path: Path, server: LocalServer, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Feeds never read before start the worker pool before the first download is stored; a quiet cycle, never."""
    import monitor.pipeline
    from monitor.fetch.workers import WorkerPool

    events: list[str] = []

    class Watched(WorkerPool):
        def start(self) -> None:
            events.append("start")
            super().start()

    monkeypatch.setattr(monitor.pipeline, "WorkerPool", Watched)
    urls = make_farm(tmp_path / "farm", server, "farm-fresh", feeds=monitor.pipeline.FRESH_FEEDS, items=2)
    cfg = load_config(write_config(tmp_path / "config.toml", urls, fetch_articles=False))
    with Store(cfg.storage.path) as store:
        first = run_once(cfg, store, all_feeds=True, progress=lambda name, _details: events.append(name))
        assert first.new_entries == 2 * len(urls) and events[0] == "start"
        events.clear()
        second = run_once(cfg, store, all_feeds=True, progress=lambda name, _details: events.append(name))
        assert second.new_entries == 0 and "start" not in events


def test_feed_texts_go_to_the_workers_in_batches_no_more_at_once_than_workers(
    tmp_path: Path, server: LocalServer, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Texts finished while the workers are busy wait and go together, up to EXTRACT_BATCH, one batch a worker."""
    import monitor.pipeline
    from monitor.fetch.workers import WorkerPool

    sizes: list[int] = []
    running = [0, 0]  # now, most at once

    class Watched(WorkerPool):
        async def run(self, fn, *args, timeout):  # type: ignore[no-untyped-def]
            if fn is monitor.pipeline.extract_all:
                sizes.append(len(args[0]))
                running[0] += 1
                running[1] = max(running)
            try:
                return await super().run(fn, *args, timeout=timeout)
            finally:
                if fn is monitor.pipeline.extract_all:
                    running[0] -= 1

    monkeypatch.setattr(monitor.pipeline, "WorkerPool", Watched)
    monkeypatch.setattr(monitor.pipeline, "EXTRACT_BATCH", 50)
    urls = make_farm(tmp_path / "farm", server, "farm-batches", feeds=8, items=40)
    cfg = load_config(write_config(tmp_path / "config.toml", urls, fetch_articles=False))
    with Store(cfg.storage.path) as store:
        summary = run_once(cfg, store, all_feeds=True)
        assert summary.new_entries == store.count("reports") == 320
    assert sum(sizes) == 320 and max(sizes) <= 50
    assert running[1] <= max(1, min(4, os.cpu_count() or 1))  # the pool's size
