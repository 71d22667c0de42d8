"""Events and alerts against a real SQLite file: fire once, update on change, wrong reports, the outbox."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from dataclasses import replace
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest
from test_events import PUBLISHED, SEEDS, annotations, attack_of

from monitor.alerts.engine import update_events
from monitor.alerts.outbox import deliver_due, quiet_until, retry_delay
from monitor.config import Config, parse_config
from monitor.models import Attack, Entry, Evidence, Feed, Report
from monitor.rules_config import AlertSettings
from monitor.store import Store
from monitor.store.alerts import acknowledge_alert, list_alerts, outbox_status, unacknowledged_count
from monitor.store.events import event_for_entry, get_event, list_events, saved_event

FEED = "http://127.0.0.1:9/feed.xml"
NOW = datetime(2025, 8, 21, 15, 0, tzinfo=UTC)
LEAD = "Russian forces launched 574 drones and 40 missiles overnight, Ukraine’s Air Force said on Thursday"


def make_config(tmp_path: Path, rules: list[dict] | None = None, sinks: list[dict] | None = None,
                **extra: object) -> Config:
    extra.setdefault("alerts", {"max_age": False})  # the seed reports are dated 2025
    data = {
        "storage": {"path": str(tmp_path / "m.db")},
        "feeds": [{"url": FEED, "name": "Local"}],
        "rules": rules if rules is not None else [{"name": "large attack", "min": {"drones_launched": 300}}],
        "sinks": sinks if sinks is not None else [{"name": "log", "type": "file", "path": "alerts.jsonl"}],
        **extra,
    }
    return parse_config(data, tmp_path / "config.toml")


def add_report(store: Store, num: str, attacks: list[Attack] | None = None, *, guid: str | None = None,
               published: datetime | None = None) -> int:
    """Store seed `num` as an entry with its annotated attacks (or the given ones) as its report."""
    text = next(SEEDS.glob(f"{num}_*.txt")).read_text()
    if attacks is None:
        gold = next(d for d in annotations() if d["id"].startswith(num))
        attacks = [attack_of(a) for a in gold["attacks"]]
        if num == "000":
            attacks[0] = Attack(**{**attacks[0].__dict__, "evidence": {
                "drones_launched": Evidence(LEAD, 0, len(LEAD), "test")}})
    entry = Entry(FEED, guid or f"seed-{num}", title=text.splitlines()[0][:80], link=f"https://news.example/{num}",
                  published=published or PUBLISHED[num])
    (row,) = store.record_poll(FEED, status="ok", now=NOW, next_poll_at=NOW, entries=[entry])
    store.save_report(row.id, text, Report(True, tuple(attacks)), NOW)
    return row.id


@pytest.fixture
def store(tmp_path: Path):
    s = Store(tmp_path / "m.db")
    s.sync_feeds([Feed(FEED, "Local")], NOW)
    yield s
    s.close()


def test_seed_reports_make_events_and_one_alert_per_rule_and_event(store: Store, tmp_path: Path) -> None:
    cfg = make_config(tmp_path)
    ids = {num: add_report(store, num) for num in ("000", "001", "002", "003", "004")}
    alerts = update_events(store, cfg, NOW)
    # 000+001 (574 drones), 002 (653), 004 (300) and 004's earlier night of 479; not 003 (123).
    fired = sorted(a["event"]["figures"]["drones_launched"] for a in alerts)
    assert fired == [300, 479, 574, 653]
    merged = next(a for a in alerts if a["event"]["figures"]["drones_launched"] == 574)
    assert merged["type"] == "alert" and merged["kind"] == "new" and merged["rule"] == "large attack"
    assert [s["url"] for s in merged["event"]["sources"]] == ["https://news.example/000", "https://news.example/001"]
    assert merged["event"]["sources"][0]["evidence"]["drones_launched"] == LEAD
    assert LEAD in merged["message"]
    assert update_events(store, cfg, NOW) == []  # nothing new: nothing fires again
    event = event_for_entry(store, ids["001"])
    assert event is not None and event == event_for_entry(store, ids["000"]) == get_event(store, event.id)
    assert event.conflicts == ("injured",)
    assert len(list_events(store)) == 8
    assert len(list_events(store, since=datetime(2025, 8, 1, tzinfo=UTC))) == 4  # 000+001 (2), 002 (2)
    assert unacknowledged_count(store) == 4 and outbox_status(store) == {"pending": 4}


def test_a_changed_figure_raises_an_update(store: Store, tmp_path: Path) -> None:
    cfg = make_config(tmp_path)
    add_report(store, "000")
    (first,) = update_events(store, cfg, NOW)
    later = Attack(attacker="russia", drones_launched=574, missiles_launched=40, killed=3, places=("Lviv",),
                   evidence={"killed": Evidence("Three people were killed in Lviv.", 0, 10, "t")})
    add_report(store, "001", [later], guid="later", published=PUBLISHED["000"] + timedelta(hours=8))
    (update,) = update_events(store, cfg, NOW + timedelta(hours=8))
    assert update["kind"] == "update" and update["event"]["id"] == first["event"]["id"]
    assert update["changes"] == {"killed": [1, 3]}
    assert "killed 1 → 3" in update["message"] and "Three people were killed in Lviv." in update["message"]
    assert update_events(store, cfg, NOW + timedelta(hours=9)) == []
    assert [a.kind for a in list_alerts(store)] == ["update", "new"]  # newest first


def test_reports_marked_wrong_leave_events_and_alerts(store: Store, tmp_path: Path) -> None:
    cfg = make_config(tmp_path, rules=[{"name": "deadly", "min": {"killed": 1}}])
    wrong = add_report(store, "004")
    store.db.execute("UPDATE reports SET wrong = 1 WHERE entry_id = ?", (wrong,))
    assert update_events(store, cfg, NOW) == [] and list_events(store) == []
    store.db.execute("UPDATE reports SET wrong = 0 WHERE entry_id = ?", (wrong,))
    assert len(update_events(store, cfg, NOW)) == 2  # Russia's attack (3 killed) and Ukraine's (1 killed)
    store.db.execute("UPDATE reports SET wrong = 1 WHERE entry_id = ?", (wrong,))
    assert update_events(store, cfg, NOW) == []
    assert list_events(store) == [] and event_for_entry(store, wrong) is None


def test_acknowledge(store: Store, tmp_path: Path) -> None:
    add_report(store, "000")
    update_events(store, make_config(tmp_path), NOW)
    (alert,) = list_alerts(store)
    assert acknowledge_alert(store, alert.id) and not acknowledge_alert(store, alert.id)
    assert unacknowledged_count(store) == 0 and list_alerts(store, unacknowledged_only=True) == []
    assert not acknowledge_alert(store, 999)


def test_file_and_exec_sinks_deliver_once(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "exec.jsonl"
    script = tmp_path / "hook.py"
    script.write_text(f"import sys, os\nopen({str(out)!r}, 'a').write(os.environ['MONITOR_ALERT_UID'] + ' ' + "
                      "sys.stdin.read().replace('\\n', ' ') + '\\n')\n")
    cfg = make_config(tmp_path, sinks=[{"name": "log", "type": "file", "path": "alerts.jsonl"},
                                       {"name": "hook", "type": "exec", "argv": [sys.executable, str(script)]}])
    add_report(store, "000")
    (alert,) = update_events(store, cfg, NOW)
    report = deliver_due(store, cfg, lambda: NOW)
    assert report.sent == 2 and report.errors == []
    assert deliver_due(store, cfg, lambda: NOW).sent == 0
    lines = (tmp_path / "alerts.jsonl").read_text().splitlines()
    assert [json.loads(line) for line in lines] == [alert]
    (called,) = out.read_text().splitlines()
    assert called.startswith(alert["uid"] + " ") and json.loads(called.split(" ", 1)[1])["id"] == alert["id"]


def test_failing_sink_is_retried_with_backoff_and_never_breaks(store: Store, tmp_path: Path) -> None:
    cfg = make_config(tmp_path, sinks=[{"name": "bad", "type": "exec", "argv": [sys.executable, "-c",
                                                                                "import sys; sys.exit(3)"]},
                                       {"name": "log", "type": "file", "path": "alerts.jsonl"}],
                      alerts={"retry_base": "60s", "max_attempts": 3})
    add_report(store, "000")
    update_events(store, cfg, NOW)
    first = deliver_due(store, cfg, lambda: NOW)
    assert (first.sent, first.retrying) == (1, 1) and "exited with 3" in first.errors[0]
    assert deliver_due(store, cfg, lambda: NOW + timedelta(seconds=59)).errors == []  # not yet due
    assert deliver_due(store, cfg, lambda: NOW + timedelta(seconds=60)).retrying == 1
    assert deliver_due(store, cfg, lambda: NOW + timedelta(seconds=179)).errors == []  # 120 s after the second
    last = deliver_due(store, cfg, lambda: NOW + timedelta(seconds=180))
    assert last.failed == 1 and "gave up" in last.errors[0]
    assert outbox_status(store) == {"sent": 1, "failed": 1}


def test_backoff_and_quiet_hours() -> None:
    settings = AlertSettings(retry_base=30, retry_max_delay=300, max_attempts=6,
                             quiet_hours=(time(22), time(7)), timezone="Europe/Kyiv")
    assert [retry_delay(n, settings) for n in range(1, 7)] == [30, 60, 120, 240, 300, None]
    night = datetime(2025, 8, 21, 21, 30, tzinfo=UTC)  # 00:30 in Kyiv
    assert quiet_until(night, settings, "info") == datetime(2025, 8, 22, 4, 0, tzinfo=UTC)  # 07:00 Kyiv
    assert quiet_until(night, settings, "critical") is None
    assert quiet_until(datetime(2025, 8, 21, 12, tzinfo=UTC), settings, "info") is None


def test_quiet_hours_hold_deliveries(store: Store, tmp_path: Path) -> None:
    cfg = make_config(tmp_path, alerts={"quiet_hours": "22:00-07:00", "timezone": "Europe/Kyiv"})
    night = datetime(2025, 8, 21, 21, 30, tzinfo=UTC)
    add_report(store, "000")
    assert len(update_events(store, cfg, night)) == 1
    assert deliver_due(store, cfg, lambda: night).sent == 0
    assert deliver_due(store, cfg, lambda: datetime(2025, 8, 22, 4, 0, tzinfo=UTC)).sent == 1


CRASHER = textwrap.dedent("""
    import os, signal, sys
    from datetime import datetime
    from monitor.alerts.engine import update_events
    from monitor.alerts.outbox import deliver_due
    from monitor.config import load_config
    from monitor.store import Store

    crash_at = sys.argv[2]
    cfg = load_config(sys.argv[1])
    store = Store(cfg.storage.path)
    now = lambda: datetime.fromisoformat("2025-08-21T15:00:00+00:00")

    def step(name):
        if name == crash_at:
            os.kill(os.getpid(), signal.SIGKILL)

    step("start")
    update_events(store, cfg, now())
    step("recorded")
    deliver_due(store, cfg, now, checkpoint=step)
""")


@pytest.mark.parametrize("crash_at", ["start", "recorded", "claimed", "sent", "marked"])
def test_outbox_survives_kill_9_between_its_steps(tmp_path: Path, crash_at: str) -> None:
    (tmp_path / "config.toml").write_text(
        f'[storage]\npath = "m.db"\n[[feeds]]\nurl = "{FEED}"\n'
        '[[rules]]\nname = "large attack"\nmin = { drones_launched = 300 }\n'
        '[[sinks]]\nname = "log"\ntype = "file"\npath = "alerts.jsonl"\n'
    )
    with Store(tmp_path / "m.db") as s:
        s.sync_feeds([Feed(FEED)], NOW)
        add_report(s, "000")
        add_report(s, "002")
    script = tmp_path / "crash.py"
    script.write_text(CRASHER)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])}
    crashed = subprocess.run([sys.executable, str(script), str(tmp_path / "config.toml"), crash_at],
                             env=env, capture_output=True, timeout=60)
    assert crashed.returncode == -9, crashed.stderr.decode()
    again = subprocess.run([sys.executable, str(script), str(tmp_path / "config.toml"), "never"],
                           env=env, capture_output=True, timeout=60)
    assert again.returncode == 0, again.stderr.decode()
    lines = [json.loads(line) for line in (tmp_path / "alerts.jsonl").read_text().splitlines()]
    assert sorted(a["event"]["figures"]["drones_launched"] for a in lines) == [574, 653]  # each exactly once
    with Store(tmp_path / "m.db") as s:
        assert outbox_status(s) == {"sent": 2}
        assert len(list_alerts(s)) == 2


@pytest.mark.parametrize(("max_age", "fires"), [(None, False), ("30d", True), (False, True)])
def test_old_attacks_seen_first_time_raise_no_alert(store: Store, tmp_path: Path, max_age: object,
                                                    fires: bool) -> None:
    """A first run over feeds that still carry last week's attacks must not flood the user (alerts.max_age)."""
    cfg = make_config(tmp_path, alerts={} if max_age is None else {"max_age": max_age})
    add_report(store, "002", published=NOW)
    alerts = update_events(store, cfg, NOW + timedelta(days=10))
    assert bool(alerts) is fires
    assert list_events(store)  # the event is stored either way


def test_each_event_quotes_its_own_attack_when_one_report_tells_two(store: Store, tmp_path: Path) -> None:
    cfg = make_config(tmp_path, rules=[{"name": "deadly", "min": {"killed": 1}}])
    russian = "Russia launched 479 drones at Kyiv overnight, killing three people."
    ukrainian = "The governor of Belgorod said one civilian was killed by a Ukrainian drone."
    add_report(store, "004", [
        Attack(attacker="russia", drones_launched=479, killed=3, places=("Kyiv",),
               evidence={"killed": Evidence(russian, 0, 10, "t"), "drones_launched": Evidence(russian, 0, 10, "t")}),
        Attack(attacker="ukraine", killed=1, places=("Belgorod",),
               evidence={"killed": Evidence(ukrainian, 0, 10, "t")}),
    ])
    alerts = {a["event"]["attacker"]: a for a in update_events(store, cfg, NOW)}
    assert ukrainian in alerts["ukraine"]["message"] and russian not in alerts["ukraine"]["message"]
    assert russian in alerts["russia"]["message"] and ukrainian not in alerts["russia"]["message"]
    assert alerts["ukraine"]["event"]["sources"][0]["evidence"] == {"killed": ukrainian}


def test_an_attack_known_only_from_reports_that_look_back_on_it_raises_no_alert(store: Store, tmp_path: Path) -> None:
    """"Days earlier Russia had launched a record 479 drones": stored as an event, alerted only when reported."""
    cfg = make_config(tmp_path, rules=[{"name": "large attack", "min": {"drones_launched": 300}}])
    recall = "Days earlier Russia had launched a record 479 drones in a single night."
    add_report(store, "004", [Attack(attacker="russia", drones_launched=479, time_words=("Days earlier",),
                                     evidence={"drones_launched": Evidence(recall, 0, 10, "t")})],
               guid="recall", published=NOW)
    assert update_events(store, cfg, NOW) == []
    (event,) = list_events(store)
    assert NOW - event.end >= timedelta(days=1)
    news = "Russia launched 479 drones overnight, the air force said."
    add_report(store, "004", [Attack(attacker="russia", drones_launched=479, time_words=("overnight",),
                                     evidence={"drones_launched": Evidence(news, 0, 10, "t")})],
               guid="news", published=NOW - timedelta(days=3))
    (alert,) = update_events(store, cfg, NOW)
    assert alert["event"]["id"] == event.id and len(list_events(store)[0].sources) == 2


def test_a_saved_event_is_what_reading_it_back_gives(store: Store, tmp_path: Path) -> None:
    """saved_event builds the event get_event would read, and reads it when the store holds more sources."""
    cfg = make_config(tmp_path)
    ids = {num: add_report(store, num) for num in ("000", "001", "002", "003", "004")}
    update_events(store, cfg, NOW)
    event = event_for_entry(store, ids["001"])
    assert event is not None and event.id is not None
    rebuilt = replace(event, id=None, start=event.start + timedelta(microseconds=7),
                      sources=tuple(reversed(event.sources)))
    assert saved_event(store, rebuilt, event.id) == event
    store.db.execute("INSERT INTO event_sources (entry_id, idx, event_id, figures, assigned_at) VALUES (?, 5, ?, ?, ?)",
                     (ids["000"], event.id, json.dumps(event.sources[0].figures), "2025-08-21T15:00:00.000000Z"))
    read = saved_event(store, rebuilt, event.id)
    assert read == get_event(store, event.id) and len(read.sources) == len(event.sources) + 1
