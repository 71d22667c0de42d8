"""The [[rules]] and [[sinks]] config, and a table of rule evaluations over seed events."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from test_events import seed_sightings

from monitor.alerts.rules import Rule, decide, evaluate, evidence_sentence, recalls
from monitor.config import ConfigError, parse_config
from monitor.events import cluster
from monitor.models import Event, EventSource


def _events() -> dict[str, Event]:
    events = cluster(seed_sightings())
    named = {}
    for e in events:
        entries = sorted({s.entry_id for s in e.sources})
        named[f"{e.attacker}-{'+'.join(str(i - 1).zfill(3) for i in entries)}-{e.figures['drones_launched']}"] = e
    return named


EVENTS = _events()
TEXTS = {
    name: [f"{s.title}\n{s.text}" for s in seed_sightings() if s.entry_id in {src.entry_id for src in e.sources}]
    for name, e in EVENTS.items()
}


@pytest.mark.parametrize(
    ("rule", "event", "fires"),
    [
        (Rule("big", min={"drones_launched": 300}), "russia-000+001-574", True),
        (Rule("big", min={"drones_launched": 600}), "russia-000+001-574", False),
        (Rule("big", min={"drones_launched": 300}), "russia-004-300", True),
        (Rule("big", min={"drones_launched": 301}), "russia-004-300", False),
        (Rule("deadly", min={"drones_launched": 300, "killed": 1}), "russia-002-653", False),  # no killed figure
        (Rule("deadly", min={"drones_launched": 300, "killed": 1}), "russia-004-300", True),
        (Rule("total", min={"launched_total": 700}), "russia-002-653", True),  # 653 + 51 from the parts
        (Rule("total", min={"launched_total": 615}), "russia-000+001-574", False),
        (Rule("ru", attacker="russia"), "ukraine-000-None", False),
        (Rule("ua", attacker="ukraine", min={"drones_downed": 100}), "ukraine-002-None", True),
        (Rule("ua", attacker="ukraine", min={"drones_downed": 100}), "ukraine-000-None", False),
        (Rule("west", places=("Lviv", "Lutsk")), "russia-000+001-574", True),
        (Rule("west", places=("Lviv", "Lutsk")), "russia-003-123", False),
        (Rule("kyiv", places=("Kyiv",)), "russia-002-653", True),  # "Kyiv region" counts as Kyiv
        (Rule("odesa", places=("odesa",)), "russia-004-300", True),  # case does not matter
        (Rule("odesa", places=("Odessa",)), "russia-004-300", True),  # any of a place's spellings
        (Rule("kyiv", places=("Kiev region",)), "russia-002-653", True),
        (Rule("plant", keywords=("Flextronics",)), "russia-000+001-574", True),
        (Rule("plant", keywords=("Flextronics",)), "russia-002-653", False),
        (Rule("nuclear", patterns=(re.compile(r"nuclear\s+(power\s+)?plant", re.I),)), "russia-002-653", True),
        (Rule("nuclear", patterns=(re.compile(r"nuclear\s+(power\s+)?plant", re.I),)), "russia-003-123", False),
        (Rule("feed", feeds=("https://feed001.example/rss",)), "russia-000+001-574", True),
        (Rule("feed", feeds=("https://feed001.example/rss",)), "russia-002-653", False),
        (Rule("all", attacker="russia", min={"drones_launched": 100}, places=("Kyiv",),
              keywords=("ballistic",)), "russia-003-123", True),
        (Rule("all", attacker="russia", min={"drones_launched": 200}, places=("Kyiv",),
              keywords=("ballistic",)), "russia-003-123", False),
    ],
)
def test_rule_table(rule: Rule, event: str, fires: bool) -> None:
    assert evaluate(rule, EVENTS[event], TEXTS[event]) is fires


def test_decide_fires_once_then_only_on_changed_figures() -> None:
    event = Event(**{**EVENTS["russia-000+001-574"].__dict__, "id": 5})
    rule = Rule("big", min={"drones_launched": 300}, severity="warning")
    now = datetime(2025, 8, 21, 9, tzinfo=UTC)
    (first,) = decide([rule], event, {}, now)
    assert (first.kind, first.event_id, first.severity) == ("new", 5, "warning")
    assert decide([rule], event, {"big": event.figures}, now) == []
    grown = Event(**{**event.__dict__, "figures": {**event.figures, "killed": 3}})
    (update,) = decide([rule], grown, {"big": event.figures}, now)
    assert update.kind == "update" and update.changes == {"killed": (1, 3)}
    assert "killed 1 → 3" in update.message
    assert decide([Rule("big", min={"drones_launched": 300}, updates=False)], grown, {"big": event.figures}, now) == []


def test_message_quotes_evidence_and_links_sources() -> None:
    event = Event(**{**EVENTS["russia-000+001-574"].__dict__, "id": 5})
    evidence = {(1, 0, "drones_launched"): "Russian forces launched 574 drones and 40 missiles overnight."}
    (alert,) = decide([Rule("big")], event, {}, datetime(2025, 8, 21, tzinfo=UTC), evidence=evidence)
    assert "“Russian forces launched 574 drones and 40 missiles overnight.”" in alert.message
    assert "https://news.example/000" in alert.message and "https://news.example/001" in alert.message
    assert "Sources disagree on: injured" in alert.message


def test_a_new_alert_quotes_the_figures_its_rule_tests() -> None:
    event = Event(**{**EVENTS["russia-000+001-574"].__dict__, "id": 5})
    evidence = {(1, 0, "drones_launched"): "Russian forces launched 574 drones and 40 missiles overnight.",
                (1, 0, "killed"): "One person was killed in Lviv, the mayor said."}
    now = datetime(2025, 8, 21, tzinfo=UTC)
    (deaths,) = decide([Rule("deaths", min={"killed": 1})], event, {}, now, evidence=evidence)
    (big,) = decide([Rule("big", min={"drones_launched": 300})], event, {}, now, evidence=evidence)
    (anything,) = decide([Rule("any")], event, {}, now, evidence=evidence)
    assert "“One person was killed in Lviv, the mayor said.”" in deaths.message
    assert "“Russian forces launched 574 drones" in big.message and "“Russian forces launched" in anything.message


def test_quote_carries_the_figure_shown_from_a_report_of_that_night() -> None:
    base = EVENTS["russia-000+001-574"]
    first, second = base.sources
    evidence = {(1, 0, "injured"): "22 people were injured in Kyiv, the city's mayor said.",
                (2, 0, "injured"): "At least 18 people were injured, officials said."}

    def quote(*sources: EventSource) -> str:
        return evidence_sentence(replace(base, sources=sources), {"injured": 1}, evidence)

    # the event shows 22 injured: the newer source says 18, so the older one's sentence is the quote
    assert quote(first, second) == evidence[(1, 0, "injured")]
    # both say 22: the newer report wins, unless it was published two days later and looks back on the attack
    agree = replace(second, figures={**second.figures, "injured": 22})
    assert quote(first, agree) == evidence[(2, 0, "injured")]
    late = replace(agree, published=base.end + timedelta(days=2))
    assert recalls(late, base) and not recalls(first, base)
    assert quote(first, late) == evidence[(1, 0, "injured")]
    # a figure no source backs falls through to the next one that has a sentence
    assert evidence_sentence(base, {"killed": 1}, evidence) == evidence[(1, 0, "injured")]


FEEDS = [{"url": "https://kyivindependent.com/feed", "name": "Kyiv Independent"}]


def config(rules: list[dict], sinks: list[dict] | None = None, **extra: object) -> dict:
    return {"storage": {"path": "/tmp/x.db"}, "feeds": FEEDS, "rules": rules, "sinks": sinks or [], **extra}


def test_rules_and_sinks_parse() -> None:
    cfg = parse_config(config(
        [{"name": "large attack", "attacker": "russia", "min": {"drones_launched": 300, "killed": 1},
          "places": ["Kyiv", "Lviv"], "keywords": "hospital", "patterns": [r"\bballistic\b"],
          "feeds": ["Kyiv Independent"], "severity": "critical", "sinks": ["log"]}],
        [{"name": "log", "type": "file", "path": "alerts.jsonl"},
         {"name": "hook", "type": "exec", "argv": ["cat"], "timeout": "5s"},
         {"name": "phone", "type": "apprise", "urls": ["ntfy://ntfy.sh/topic"], "min_severity": "warning"},
         {"name": "desk", "type": "desktop"}],
        alerts={"quiet_hours": "22:00-07:00", "timezone": "Europe/Kyiv"},
        events={"policy": ["most_sources", "largest"]},
    ), None)
    (rule,) = cfg.rules
    assert rule.min == {"drones_launched": 300, "killed": 1} and rule.keywords == ("hospital",)
    assert rule.feeds == ("https://kyivindependent.com/feed",) and rule.sinks == ("log",)
    assert [s.type for s in cfg.sinks] == ["file", "exec", "apprise", "desktop"]
    assert cfg.sinks[1].timeout == 5.0 and cfg.sinks[1].argv == ("cat",)
    assert cfg.alerts.quiet_hours is not None and cfg.events.policy == ("most_sources", "largest")


@pytest.mark.parametrize(
    ("rules", "sinks", "message"),
    [
        ([{"name": "big", "min": {"drones": 300}}], [], r'rules\["big"\]\.min\.drones: unknown figure'),
        ([{"name": "big", "min": {"killed": "one"}}], [], r'rules\["big"\]\.min\.killed: expected a whole number'),
        ([{"name": "big", "minimum": 3}], [], r'rules\["big"\]\.minimum: unknown key'),
        ([{"name": "big", "attacker": "belarus"}], [], r'rules\["big"\]\.attacker: expected one of russia, ukraine'),
        ([{"name": "big", "patterns": ["(unclosed"]}], [], r'rules\["big"\]\.patterns: .* not a regular expression'),
        ([{"name": "big", "sinks": ["pager"]}], [], r'rules\["big"\]\.sinks: no sink is called \'pager\''),
        ([{"name": "big", "feeds": ["Nowhere News"]}], [], r'rules\["big"\]\.feeds: .*neither a feed URL'),
        ([{"name": "big", "severity": "loud"}], [], r'rules\["big"\]\.severity: expected one of info'),
        ([{"min": {"killed": 1}}], [], r"rules\[0\]\.name: missing"),
        ([{"name": "a"}, {"name": "a"}], [], r'rules\["a"\]\.name: two rules'),
        ([], [{"name": "x", "type": "pager"}], r'sinks\["x"\]\.type: expected one of'),
        ([], [{"name": "x", "type": "exec", "argv": "notify me"}], r'sinks\["x"\]\.argv: expected a list'),
        ([], [{"name": "x", "type": "file"}], r'sinks\["x"\]\.path: expected'),
        ([], [{"name": "x", "type": "file", "path": "a", "argv": ["b"]}], r'sinks\["x"\]\.argv: unknown key'),
    ],
)
def test_config_errors_name_the_rule_and_key(rules: list, sinks: list, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_config(config(rules, sinks), None)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"alerts": {"quiet_hours": "late"}}, r"alerts\.quiet_hours: expected"),
        ({"alerts": {"timezone": "Mars/Olympus"}}, r"alerts\.timezone"),
        ({"events": {"policy": ["loudest"]}}, r"events\.policy: expected one of"),
        ({"events": {"tolerance": 3}}, r"events\.tolerance"),
    ],
)
def test_alerts_and_events_table_errors(extra: dict, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_config(config([], [], **extra), None)


def test_file_sink_path_is_relative_to_the_config(tmp_path) -> None:
    cfg = parse_config(config([], [{"name": "log", "type": "file", "path": "out/alerts.jsonl"}]),
                       tmp_path / "config.toml")
    assert cfg.sinks[0].path == str(tmp_path / "out/alerts.jsonl")

