"""Fixed data for the TUI tests: a small database with feeds, entries, reports, an event and alerts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from monitor.config import Config, parse_config
from monitor.models import Alert, Article, Attack, Event, EventSource, Evidence, Report
from monitor.models import Entry as EntryModel
from monitor.store import Store
from monitor.store import alerts as alert_store
from monitor.store import events as event_store

NOW = datetime(2025, 8, 21, 6, 0, tzinfo=UTC)
FEED_A = "http://a.test/feed.xml"
FEED_B = "http://b.test/feed.xml"
FEED_C = "http://c.test/broken.xml"
HOSTILE_TITLE = "Evil \x1b[2J\x1b]2;pwned\x07\x1b]8;;http://x\x1b\\[@click=app.quit]x[/] [bold]loud[/bold]\u202egnp.exe"
DOC_574 = ("Russia fires 574 drones and 40 missiles\n\nRussian forces launched 574 drones and 40 missiles overnight, "
           "the Air Force said. One person was killed and 22 injured.")


def make_config(tmp_path: Path, **extra: object) -> Config:
    """A config of two feeds on a database in tmp_path."""
    data = {"storage": {"path": str(tmp_path / "monitor.db")},
            "feeds": [{"url": FEED_A, "name": "Northbridge Wire"}, {"url": FEED_B, "name": "Eastern Ledger"},
                      {"url": FEED_C, "name": "Broken Feed"}]}
    data.update(extra)
    return parse_config(data, None)


def entry(feed: str, guid: str, title: str, hours_ago: float, link: str = "") -> EntryModel:
    """An entry published some hours before NOW."""
    return EntryModel(feed_url=feed, guid=guid, title=title, link=link or f"https://news.test/{guid}",
                      published=NOW - timedelta(hours=hours_ago), summary=f"Summary of {title}")


def populate(cfg: Config, *, hostile: bool = False, bulk: int = 0) -> dict[str, int]:
    """Fill the database: reports of the 574-drone attack from two outlets, ordinary news, an event, two alerts."""
    ids: dict[str, int] = {}
    with Store(cfg.storage.path) as store:
        store.sync_feeds(cfg.feeds, NOW)
        a = [entry(FEED_A, "a574", "Russia fires 574 drones and 40 missiles", 1),
             entry(FEED_A, "museum", "Lviv museum reopens its halls", 2),
             entry(FEED_A, "kyiv123", "Kyiv hit by 123 drones and 7 ballistic missiles", 30)]
        if hostile:
            a.append(entry(FEED_A, "hostile", HOSTILE_TITLE, 0.5, link="javascript:alert(1)"))
        a += [entry(FEED_A, f"bulk{i}", f"Bulk item {i}", 40 + i) for i in range(bulk)]
        b = [entry(FEED_B, "b614", "Air Force: 577 of 614 drones and missiles intercepted", 1.5),
             entry(FEED_B, "grid", "Grid operator publishes repair schedule", 3)]
        for feed, items in ((FEED_A, a), (FEED_B, b)):
            for row in store.record_poll(feed, status="ok", now=NOW, next_poll_at=NOW + timedelta(minutes=5),
                                         entries=items):
                ids[row.entry.guid] = row.id
        store.record_poll(FEED_C, status="failed", now=NOW, next_poll_at=NOW + timedelta(minutes=10),
                          error="HTTP 503 Service Unavailable", http_status=503)
        sentence = "Russian forces launched 574 drones and 40 missiles overnight"
        ev = Evidence(sentence, DOC_574.index(sentence), DOC_574.index(sentence) + len(sentence), "launched")
        killed_at = DOC_574.index("One person was killed")
        attack = Attack("russia", drones_launched=574, missiles_launched=40, killed=1, injured=22,
                        places=("Lviv", "Mukachevo"),
                        evidence={"drones_launched": ev,
                                  "killed": Evidence("One person was killed", killed_at, killed_at + 21, "k")})
        store.save_article(ids["a574"], Article(url="https://news.test/a574", status="ok", text=DOC_574), NOW)
        store.save_report(ids["a574"], DOC_574, Report(True, (attack,)), NOW)
        doc_b = "Air Force: 577 of 614\n\nRussia deployed 614 drones and missiles; 577 were intercepted."
        store.save_report(ids["b614"], doc_b, Report(True, (Attack("russia", drones_launched=574, missiles_launched=40,
                                                                   launched_total=614, downed_total=577),)), NOW)
        store.save_report(ids["kyiv123"], "Kyiv", Report(True, (Attack("russia", drones_launched=123,
                                                                       missiles_launched=7, killed=1),)), NOW)
        store.save_report(ids["museum"], "Museum", Report(False), NOW)
        sources = (
            EventSource(ids["a574"], "https://news.test/a574", "Northbridge Wire", NOW,
                        {"drones_launched": 574, "missiles_launched": 40, "launched_total": None, "injured": 22}),
            EventSource(ids["b614"], "https://news.test/b614", "Eastern Ledger", NOW,
                        {"drones_launched": 574, "missiles_launched": 40, "launched_total": 614, "injured": 18}),
        )
        event = Event(None, "russia", NOW, NOW, {"drones_launched": 574, "missiles_launched": 40,
                                                 "launched_total": 614, "injured": 22},
                      ("Lviv",), sources, conflicts=("injured",))
        event_id = event_store.save_event(store, event, {ids["a574"]: 0, ids["b614"]: 0}, NOW)
        ids["event"] = event_id
        for n, rule in enumerate(("large attack", "casualties")):
            alert = Alert(None, rule, "new", event_id, NOW + timedelta(minutes=n), f"{rule}: 574 drones, 40 missiles")
            recorded = alert_store.record_alert(store, alert, event.figures, lambda i: {"id": i}, ())
            assert recorded is not None
            ids[f"alert:{rule}"] = recorded[0]
    return ids
