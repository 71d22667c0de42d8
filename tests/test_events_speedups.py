"""The events step's shortcuts give what the general paths they replace give."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import fields
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_alerts import FEED, add_report, make_config
from test_alerts import NOW as ALERT_NOW
from test_events import PUBLISHED
from test_events_fit import reference as reference_score

import monitor.alerts.engine as engine
from monitor.alerts.engine import update_events
from monitor.events import (
    _PARTS,
    DEFAULT_AUTHORITIES,
    POLICY_STEPS,
    EventPolicy,
    Sighting,
    _filled,
    _fits,
    _Fitting,
    _Live,
    _window,
    effective_figures,
    reconcile,
    sighting_window,
)
from monitor.models import FIGURE_FIELDS, Attack, Event, EventSource, Evidence, EvidenceKey, Feed, Report
from monitor.store import Store
from monitor.store.connection import Database, grouped, write
from monitor.store.events import evidence_for, pending_sightings
from monitor.timewindow import KYIV, time_window

NOW = datetime(2026, 11, 21, 6, 0, tzinfo=UTC)
# Few distinct values, so that sources agree, tie and disagree often.
value = st.one_of(st.none(), st.sampled_from([0, 1, 5, 40, 41, 500]), st.integers(0, 900))
figures = st.fixed_dictionaries({}, optional={name: value for name in FIGURE_FIELDS})
sentences = st.sampled_from(["", "The Air Force said", "air FORCE: 40 drones", "Повітряні сили повідомили",
                             "officials said", "the air forces of", "AIR  FORCE"])


def reference_reconcile(
    sources: Sequence[EventSource], policy: EventPolicy, evidence: Mapping[EvidenceKey, str]
) -> tuple[dict[str, int | None], tuple[str, ...]]:
    """reconcile as first written: effective figures of every source, and every step counted in full."""
    out: dict[str, int | None] = {}
    conflicts = []
    effective = [effective_figures(src.figures) for src in sources]
    for name in FIGURE_FIELDS:
        stated = [(src, src.figures.get(name)) for src in sources if src.figures.get(name) is not None]
        if len({e[name] for e in effective if e[name] is not None}) > 1:
            conflicts.append(name)
        out[name] = reference_pick(name, stated, policy, evidence) if stated else None
    return out, tuple(conflicts)


def reference_pick(name: str, stated: list[tuple[EventSource, int | None]], policy: EventPolicy,
                   evidence: Mapping[EvidenceKey, str]) -> int | None:
    values = [int(v) for _, v in stated if v is not None]
    for step in policy.policy:
        if step == "authority":
            official = [int(v) for src, v in stated if v is not None
                        and any(a in evidence.get((*src.key, name), "").lower() for a in policy.authorities)]
            if official:
                return Counter(official).most_common(1)[0][0]
        elif step == "most_sources":
            ranked = Counter(values).most_common()
            if len(ranked) == 1 or (len(ranked) > 1 and ranked[0][1] > ranked[1][1]):
                return ranked[0][0]
        elif step == "largest":
            return max(values)
        elif step == "smallest":
            return min(values)
        elif step == "latest":
            return int(stated[-1][1])  # type: ignore[arg-type]
        elif step == "earliest":
            return int(stated[0][1])  # type: ignore[arg-type]
    return max(values)


@settings(max_examples=400, deadline=None)
@given(data=st.data(), given_figures=st.lists(figures, max_size=8),
       steps=st.lists(st.sampled_from(POLICY_STEPS), max_size=3).map(tuple),
       authorities=st.sampled_from([DEFAULT_AUTHORITIES, ("air force",), ()]))
def test_reconcile_matches_its_first_definition(
    data: st.DataObject, given_figures: list[dict[str, int | None]], steps: tuple[str, ...],
    authorities: tuple[str, ...],
) -> None:
    sources = [EventSource(entry_id=i // 2 + 1, idx=i % 2, url="", feed="", published=NOW + timedelta(minutes=i),
                           figures=f) for i, f in enumerate(given_figures)]
    evidence = {(src.entry_id, src.idx, name): data.draw(sentences)
                for src in sources for name in src.figures if data.draw(st.booleans())}
    policy = EventPolicy(policy=steps, authorities=authorities)
    assert reconcile(sources, policy, evidence) == reference_reconcile(sources, policy, evidence)


@given(figures=figures)
def test_a_filled_total_is_the_effective_one(figures: dict[str, int | None]) -> None:
    effective = effective_figures(figures)
    assert {total: _filled(figures, total) for total in _PARTS} == {total: effective[total] for total in _PARTS}


# ------------------------------------------------------------ the step's one transaction

def _no_savepoints_off(db: Database) -> Iterator[Database]:
    """grouped() as if it were not there: every write of the step in a savepoint of its own, as it was."""
    yield db


def _cycles(store: Store, tmp_path: Path) -> list[list[dict]]:
    """Two cycles over the seed reports: some at first, then more, one marked wrong and one extracted again."""
    cfg = make_config(tmp_path, rules=[{"name": "large attack", "min": {"drones_launched": 300}},
                                       {"name": "deadly", "min": {"killed": 1}}])
    ids = {num: add_report(store, num) for num in ("000", "002", "004")}
    out = [update_events(store, cfg, ALERT_NOW)]
    add_report(store, "001")
    add_report(store, "003")
    later = Attack(attacker="russia", drones_launched=574, missiles_launched=40, killed=3, places=("Lviv",),
                   evidence={"killed": Evidence("Three people were killed in Lviv.", 0, 10, "t")})
    add_report(store, "001", [later], guid="later", published=PUBLISHED["000"] + timedelta(hours=8))
    store.db.execute("UPDATE reports SET wrong = 1 WHERE entry_id = ?", (ids["004"],))
    out.append(update_events(store, cfg, ALERT_NOW + timedelta(hours=8)))
    for alerts in out:
        for alert in alerts:
            alert["uid"] = "-"  # random
    return out


def _tables(store: Store) -> dict[str, list[tuple]]:
    """The rows the step writes, with each alert's random uid (in its payload, column 9) left out."""
    out = {table: [tuple(r) for r in store.db.execute(f"SELECT * FROM {table} ORDER BY 1, 2")]
           for table in ("events", "event_sources", "outbox")}
    out["alerts"] = [(*r[:9], json.loads(r[9]) | {"uid": "-"}, *r[10:])
                     for r in store.db.execute("SELECT * FROM alerts ORDER BY id")]
    return out


def test_the_step_without_savepoints_writes_what_it_wrote_with_them(tmp_path: Path, monkeypatch) -> None:
    outcomes = []
    for savepoints in (False, True):
        if savepoints:
            monkeypatch.setattr(engine, "grouped", contextmanager(_no_savepoints_off))
        statements: list[str] = []
        with Store(tmp_path / f"{savepoints}.db") as store:
            store.sync_feeds([Feed(FEED, "Local")], ALERT_NOW)
            store.db.conn.set_trace_callback(statements.append)
            outcomes.append((_cycles(store, tmp_path), _tables(store)))
        assert any(s.startswith("SAVEPOINT") for s in statements) == savepoints
    (returned, tables), with_savepoints = outcomes
    assert len(returned[1]) >= 1 and len(tables["events"]) >= 5 and tables["alerts"] and tables["outbox"]
    assert (returned, tables) == with_savepoints


def test_a_failing_write_rolls_the_whole_step_back(tmp_path: Path, monkeypatch) -> None:
    cfg = make_config(tmp_path)
    with Store(tmp_path / "m.db") as store:
        store.sync_feeds([Feed(FEED, "Local")], ALERT_NOW)
        for num in ("000", "001", "002", "004"):
            add_report(store, num)
        recorded = []

        def fail_on_the_third(*args, **kwargs):  # after two alerts and every event are written
            if len(recorded) == 2:
                raise RuntimeError("disk full")
            recorded.append(engine_record_alert(*args, **kwargs))
            return recorded[-1]

        engine_record_alert = engine.record_alert
        monkeypatch.setattr(engine, "record_alert", fail_on_the_third)
        with pytest.raises(RuntimeError):
            update_events(store, cfg, ALERT_NOW)
        assert len(recorded) == 2
        assert not store.db.conn.in_transaction and not store.db.grouped
        assert _tables(store) == {"events": [], "event_sources": [], "alerts": [], "outbox": []}
        monkeypatch.undo()
        assert len(update_events(store, cfg, ALERT_NOW)) == 4


def test_within_a_group_commit_the_step_leaves_it_grouped(tmp_path: Path) -> None:
    with Store(tmp_path / "m.db") as store:
        store.sync_feeds([Feed(FEED, "Local")], ALERT_NOW)
        add_report(store, "000")
        with write(store.db), grouped(store.db):
            assert len(update_events(store, make_config(tmp_path), ALERT_NOW)) == 1
            assert store.db.grouped
        assert not store.db.grouped and len(_tables(store)["events"]) == 2  # seed 000 tells two attacks


# ------------------------------------------------------------ windows, once per publication time and time words

ZONES = [UTC, KYIV, timezone(timedelta(hours=3)), timezone(timedelta(hours=-5))]
WORDS = ["overnight", "last night", "on Thursday", "yesterday", "this morning", "tonight", "two days ago",
         "last week", "in September", "on the night of July 9", "early Monday", "earlier this month", "Overnight "]


@settings(max_examples=300, deadline=None)
@given(moment=st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2026, 12, 31), timezones=st.just(UTC)),
       zones=st.lists(st.sampled_from(ZONES), min_size=1, max_size=4),
       words=st.lists(st.sampled_from(WORDS), max_size=3).map(tuple))
def test_a_cached_window_is_the_window_in_its_own_zone(
    moment: datetime, zones: list[timezone], words: tuple[str, ...]
) -> None:
    for zone in zones:  # one instant in several zones: equal datetimes, each with its own window
        published = moment.astimezone(zone)
        got, want = _window(published, published.tzinfo, words), time_window(published, words)
        assert got == want and [t.tzinfo for t in got] == [t.tzinfo for t in want]
        sighting = Sighting(1, 0, Attack("russia", time_words=words), published, text="Drones attacked overnight.")
        want = time_window(published, words or ("overnight",))
        assert sighting.window == want and [t.tzinfo for t in sighting.window] == [t.tzinfo for t in want]


# ------------------------------------------------------------ fitting a sighting to many events in one loop

@settings(max_examples=200, deadline=None)
@given(mine=st.fixed_dictionaries({name: value for name in FIGURE_FIELDS}),
       events=st.lists(st.lists(st.fixed_dictionaries({name: value for name in FIGURE_FIELDS}), max_size=4),
                       max_size=6),
       tolerance=st.sampled_from([0.0, 0.1, 0.25, 1.5]), shared=st.integers(0, 8), attackers=st.lists(st.booleans()))
def test_fits_over_many_events_gives_each_events_fit(
    mine: dict[str, int | None], events: list[list[dict[str, int | None]]], tolerance: float, shared: int,
    attackers: list[bool],
) -> None:
    policy = EventPolicy(tolerance=tolerance)
    sighting = Sighting(entry_id=shared, idx=0, attack=Attack("russia", **mine, places=("Kyiv",)), published=NOW,
                        text="overnight")
    stored = [Event(id=n, attacker="ukraine" if n < len(attackers) and attackers[n] else "russia",
                    start=NOW - timedelta(hours=12 + 3 * n), end=NOW - timedelta(hours=3 * n), figures={},
                    places=("Kyiv",) if n % 2 else (),
                    sources=tuple(EventSource(entry_id=2 * k + n, url="", feed="", published=NOW, figures=f)
                                  for k, f in enumerate(sources)))
              for n, sources in enumerate(events)]
    lives = [_Live.of(event, event.sources) for event in stored]
    margin = policy.margin // timedelta(microseconds=1)
    got = list(_fits(lives, range(len(lives)), sighting, _Fitting.of(sighting, tolerance), tolerance, margin))
    start, end = sighting_window(sighting)
    want = [(n, score) for n, event in enumerate(stored)
            if start - policy.margin <= event.end and event.start - policy.margin <= end
            and (score := reference_score(sighting, event, policy)) is not None]
    assert got == want


# ------------------------------------------------------------ sightings read from the store

def test_attacks_figures_come_right_after_the_attacker_in_figure_order() -> None:
    """_sightings passes an attack's figures by position."""
    assert [f.name for f in fields(Attack)][:1 + len(FIGURE_FIELDS)] == ["attacker", *FIGURE_FIELDS]


def test_sightings_read_back_the_attacks_stored(tmp_path: Path) -> None:
    attacks = [Attack("russia", drones_launched=574, missiles_launched=40, downed_total=600, killed=2,
                      places=("Kyiv", "Lviv"), weapons=("Shahed",), time_words=("overnight",),
                      evidence={"killed": Evidence("Two people were killed.", 3, 9, "t")}),
               Attack("ukraine", injured=7, drones_suppressed=12)]
    with Store(tmp_path / "m.db") as store:
        store.sync_feeds([Feed(FEED, "Local")], ALERT_NOW)
        entry_id = add_report(store, "000", attacks)
        got = pending_sightings(store)
    assert [(s.entry_id, s.idx, s.attack) for s in got] == [(entry_id, i, a) for i, a in enumerate(attacks)]


# ------------------------------------------------------------ evidence read once a step

def _quoted(drones: int, killed: int, said: str) -> Attack:
    return Attack("russia", drones_launched=drones, killed=killed, time_words=("overnight",), evidence={
        "drones_launched": Evidence(f"{said} {drones} drones.", 0, 5, "t"),
        "killed": Evidence(f"{killed} killed, {said.lower()}", 0, 5, "t")})


def _evidence_cycles(store: Store, tmp_path: Path) -> list[list[dict]]:
    """Reports of two attacks (one telling both) over two cycles, each cycle run until no sighting is left."""
    cfg = make_config(tmp_path, rules=[{"name": "drones", "min": {"drones_launched": 50}},
                                       {"name": "deadly", "min": {"killed": 1}}])
    night = PUBLISHED["000"]

    def cycle(now: datetime) -> list[dict]:
        alerts: list[dict] = []
        while pending_sightings(store):
            alerts += update_events(store, cfg, now)
        return alerts

    both = add_report(store, "000", [_quoted(574, 1, "The Air Force said"), _quoted(90, 2, "Officials said")],
                      published=night)
    wrong = add_report(store, "001", [_quoted(574, 3, "Reuters reported")], guid="b", published=night)
    add_report(store, "002", [_quoted(92, 2, "Ukraine's air force said")], guid="c", published=night)
    out = [cycle(ALERT_NOW + timedelta(minutes=1))]
    add_report(store, "003", [_quoted(580, 4, "The mayor said")], guid="d", published=night + timedelta(hours=1))
    store.db.execute("UPDATE reports SET wrong = 1 WHERE entry_id = ?", (wrong,))
    store.save_report(both, "again", Report(True, (_quoted(574, 5, "The Air Force now says"), _quoted(91, 2, "Later"))),
                      ALERT_NOW + timedelta(hours=1))
    out.append(cycle(ALERT_NOW + timedelta(hours=2)))
    for alerts in out:
        for alert in alerts:
            alert["uid"] = "-"  # random
    return out


@pytest.mark.parametrize("limit", [5000, 1, 2])
def test_evidence_read_once_quotes_what_reading_it_for_each_event_quoted(
    tmp_path: Path, monkeypatch, limit: int
) -> None:
    """Also when a cycle takes only some attacks of a report (pending_sightings' limit), leaving others in events."""
    monkeypatch.setattr(engine, "pending_sightings", lambda store: pending_sightings(store, limit))
    outcomes = []
    for each in (False, True):
        if each:  # as it was: each event's sentences read for it
            monkeypatch.setattr(engine._Evidence, "of", lambda self, store, sources: evidence_for(
                store, [src.entry_id for src in sources]))
        with Store(tmp_path / f"{each}.db") as store:
            store.sync_feeds([Feed(FEED, "Local")], ALERT_NOW)
            outcomes.append((_evidence_cycles(store, tmp_path), _tables(store)))
    (alerts, tables), as_it_was = outcomes
    quotes = [a["message"] for cycle in alerts for a in cycle if "“" in a["message"]]
    assert len(quotes) >= 4 and any("now says" in q for q in quotes) and len(alerts[1]) >= 2
    assert (alerts, tables) == as_it_was
