"""`monitor demo`: the corpus, its local server, the demo config, and a headless run end to end."""

from __future__ import annotations

import tomllib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from monitor.cli import main
from monitor.demo.corpus import corpus_anchor, load_corpus
from monitor.demo.run import Demo, demo_config_text, run_headless
from monitor.demo.server import DemoServer
from monitor.store import Store, views


class Clock:
    """A hand-moved monotonic clock."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_corpus_carries_the_seed_figures_in_its_own_words() -> None:
    corpus = load_corpus()
    assert 10 <= len(corpus.items) <= 20 and len(corpus.outlets) >= 2
    text = " ".join(i.title + " " + i.body for i in corpus.items)
    for fact in ("574 drones", "40 missiles", "614", "577", "653 drones", "51 missiles", "123", "more than 300 drones",
                 "Belgorod", "49 Ukrainian drones"):
        assert fact in text
    assert len({i.slug for i in corpus.items}) == len(corpus.items)
    assert {i.outlet for i in corpus.items} <= {o.id for o in corpus.outlets}
    seeds = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "seeds"
    for seed in sorted(seeds.glob("*.txt")):
        sentences = [s.strip() for s in seed.read_text(encoding="utf-8").split(".") if len(s.strip()) > 60]
        assert not [s for s in sentences if s in text], f"copied from {seed.name}"


def test_items_appear_as_the_demo_clock_passes() -> None:
    clock = Clock()
    with DemoServer(clock=clock) as server:
        feed = server.feed_urls()[0][0]
        first = httpx.get(feed).text
        clock.now = 1000
        later = httpx.get(feed).text
        assert first.count("<item>") < later.count("<item>")
        item = load_corpus().items[-1]
        page = httpx.get(server.article_url(item))
        assert page.status_code == 200 and item.title in page.text
        assert httpx.get(f"{server.base_url}/feeds/nope.xml").status_code == 404
    clock.now = 0
    with DemoServer(clock=clock) as server:
        late = load_corpus().items[-1]
        assert httpx.get(server.article_url(late)).status_code == 404


def test_demo_config_is_valid_and_allows_private_links(tmp_path: Path) -> None:
    with DemoServer() as server:
        text = demo_config_text(server, tmp_path / "demo.db")
    data = tomllib.loads(text)
    assert data["fetch"]["allow_private_addresses"] is True
    assert all(f["url"].startswith("http://127.0.0.1:") for f in data["feeds"])
    from monitor.config import parse_config
    from monitor.rules_config import parse_alerting

    cfg = parse_config(data, None)
    alerting = parse_alerting(data, cfg.feeds)
    assert [r.name for r in alerting.rules] == ["large attack", "deaths"]
    assert alerting.alerts.max_age is not None and alerting.alerts.max_age >= 7 * 86400  # the corpus is days old


def test_headless_demo_reads_the_whole_corpus() -> None:
    summaries = []
    with Demo(speed=400) as demo:
        assert demo.cfg is not None
        cycles = run_headless(demo, summaries.append, sleep=lambda s: None)
        with Store(demo.cfg.storage.path) as store:
            total = views.count_entries(store)
            attacks = views.count_entries(store, views.EntryFilter(attack_only=True))
            alerted = {row[0] for row in store.db.execute(
                "SELECT json_extract(e.figures, '$.drones_launched') FROM alerts a JOIN events e ON e.id = a.event_id"
            ).fetchall()}
        directory = demo.directory
    assert cycles == len(summaries) >= 1
    assert total == len(load_corpus().items) == sum(s.new_entries for s in summaries)
    assert sum(s.failed for s in summaries) == 0
    assert sum(s.articles_fetched for s in summaries) == total
    assert attacks >= 1
    assert {574, 653, 123} <= alerted  # each large attack of the corpus raises its alert
    assert not directory.exists()


@pytest.mark.parametrize("hours", range(0, 7 * 24, 5))
def test_corpus_dates_fall_on_the_weekdays_the_reports_name(hours: int) -> None:
    now = datetime(2026, 11, 16, 3, 0, tzinfo=UTC) + timedelta(hours=hours)
    anchor = corpus_anchor(now)
    assert anchor.weekday() == 6 and anchor.hour == 18 and now - timedelta(days=7) < anchor <= now
    for item in load_corpus().items:
        if "said on Thursday" in item.body and "overnight" in item.body:
            assert (anchor - timedelta(days=item.days_ago)).strftime("%A") == "Thursday", item.slug


def test_demo_command_headless(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--headless", "--speed", "500", "--json"]) == 0
    out = capsys.readouterr()
    assert '"type": "summary"' in out.out
    assert "monitor demo: serving 12 reports at http://127.0.0.1:" in out.err
    assert main(["demo", "--speed", "0"]) == 2
