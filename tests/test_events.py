"""Clustering reports into events and reconciling their figures, from the annotated seed reports."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from monitor.events import (
    EventPolicy,
    Sighting,
    cluster,
    cluster_keyed,
    reconcile,
    remove_sources,
)
from monitor.models import FIGURE_FIELDS, Attack, Event, EventSource, Evidence

SEEDS = Path("/work/shared/fixtures/seeds")

#: When each seed report was published (UTC): 000 and 001 on the morning of Thursday 21 August 2025.
PUBLISHED = {
    "000": datetime(2025, 8, 21, 8, 0, tzinfo=UTC),
    "001": datetime(2025, 8, 21, 14, 30, tzinfo=UTC),
    "002": datetime(2025, 12, 6, 9, 0, tzinfo=UTC),
    "003": datetime(2025, 2, 12, 7, 0, tzinfo=UTC),
    "004": datetime(2025, 6, 10, 10, 0, tzinfo=UTC),
}


def annotations() -> list[dict]:
    return [json.loads(line) for line in (SEEDS / "annotations.jsonl").read_text().splitlines() if line.strip()]


def attack_of(gold: dict) -> Attack:
    """An Attack from an annotation; where two values are accepted, the first."""
    figures = {n: (gold[n][0] if isinstance(gold[n], list) else gold[n]) for n in FIGURE_FIELDS}
    return Attack(attacker=gold["attacker"], places=tuple(gold["places"]), **figures)


def seed_sightings(published: dict[str, datetime] | None = None) -> list[Sighting]:
    """A Sighting for every annotated attack of the seeds, entry id = seed number + 1."""
    published = published or PUBLISHED
    out = []
    for doc in annotations():
        num = doc["id"][:3]
        text = next(SEEDS.glob(f"{num}_*.txt")).read_text()
        for idx, gold in enumerate(doc["attacks"]):
            out.append(Sighting(entry_id=int(num) + 1, idx=idx, attack=attack_of(gold), published=published[num],
                                url=f"https://news.example/{num}", feed=f"https://feed{num}.example/rss",
                                title=text.splitlines()[0], text=text))
    return out


def by_entries(events: list[Event]) -> set[frozenset[int]]:
    return {frozenset(s.entry_id for s in e.sources) for e in events}


def test_seeds_000_and_001_are_one_event_and_the_others_stay_apart() -> None:
    events = cluster(seed_sightings())
    russian = [e for e in events if e.attacker == "russia"]
    assert by_entries(russian) == {frozenset({1, 2}), frozenset({3}), frozenset({4}), frozenset({5})}
    assert sum(len(e.sources) for e in events) == 9  # every annotated attack is in exactly one event
    assert len(events) == 8  # the 479-drone night of 004 and each Ukrainian attack are events of their own
    assert all(e.id is None for e in events)


def test_merged_event_reconciles_figures_and_flags_conflicts() -> None:
    event = next(e for e in cluster(seed_sightings()) if len(e.sources) == 2)
    f = event.figures
    assert (f["drones_launched"], f["missiles_launched"], f["launched_total"]) == (574, 40, 614)
    assert (f["downed_total"], f["killed"]) == (577, 1)
    assert f["injured"] == 22  # 22 against 18: no authority, no majority, so the largest
    # 574 drones and 40 missiles agree with 614 drones and missiles; only the injured differ.
    assert event.conflicts == ("injured",)
    assert set(event.places) == {"Lviv", "Mukachevo", "Lutsk", "Zaporizhzhia"}
    assert [s.figures["injured"] for s in event.sources] == [22, 18]
    assert event.start <= PUBLISHED["000"] <= event.end + timedelta(hours=6)


def test_order_of_input_does_not_matter() -> None:
    sightings = seed_sightings()
    expected = by_entries(cluster(sightings))
    for seed in range(5):
        shuffled = sightings[:]
        random.Random(seed).shuffle(shuffled)
        assert by_entries(cluster(shuffled)) == expected


def test_same_night_reports_with_far_apart_figures_stay_apart() -> None:
    night = dict.fromkeys(PUBLISHED, datetime(2025, 8, 21, 8, 0, tzinfo=UTC))
    russian = [e for e in cluster(seed_sightings(night)) if e.attacker == "russia"]
    groups = by_entries(russian)
    assert frozenset({1, 2}) in groups
    assert not any({1, 4} <= g or {1, 5} <= g or {4, 5} <= g for g in groups)  # 574 vs 123 vs 300 drones
    assert sum(1 for e in russian if 5 in {s.entry_id for s in e.sources}) == 2  # 004's two attacks apart


def test_different_attackers_never_merge() -> None:
    night = dict.fromkeys(PUBLISHED, datetime(2025, 8, 21, 8, 0, tzinfo=UTC))
    for event in cluster(seed_sightings(night)):
        assert {s.entry_id for s in event.sources}
        assert all(event.attacker in ("russia", "ukraine") for _ in event.sources)
    ukrainian = [e for e in cluster(seed_sightings()) if e.attacker == "ukraine"]
    assert by_entries(ukrainian) == {frozenset({1}), frozenset({3}), frozenset({5})}


def test_a_later_report_joins_the_stored_event() -> None:
    first = [s for s in seed_sightings() if s.entry_id == 1 and s.attack.attacker == "russia"]
    (event,) = cluster(first)
    stored = Event(id=7, attacker=event.attacker, start=event.start, end=event.end, figures=event.figures,
                   places=event.places, sources=event.sources, conflicts=event.conflicts)
    later = [s for s in seed_sightings() if s.entry_id == 2]
    ((joined, keys),) = cluster_keyed(later, [stored])
    assert joined.id == 7 and len(joined.sources) == 2 and keys == {2: 0}
    assert joined.figures["launched_total"] == 614


def test_a_report_extracted_again_replaces_its_figures_and_keeps_the_event() -> None:
    s = next(s for s in seed_sightings() if s.entry_id == 4)
    (event,) = cluster([s])
    stored = Event(id=3, attacker=event.attacker, start=event.start, end=event.end, figures=event.figures,
                   places=event.places, sources=event.sources)
    fixed = Sighting(s.entry_id, s.idx, Attack(**{**s.attack.__dict__, "killed": 2}), s.published, s.url,
                     s.feed, s.title, s.text)
    (again,) = cluster([fixed], [stored])
    assert again.id == 3 and len(again.sources) == 1 and again.figures["killed"] == 2


def test_later_report_with_more_casualties_updates_the_figure() -> None:
    s = next(s for s in seed_sightings() if s.entry_id == 1 and s.idx == 0)
    later = Sighting(99, 0, Attack(attacker="russia", drones_launched=574, killed=3, places=("Lviv",)),
                     s.published + timedelta(hours=5), "https://later.example/", "f", "t", "overnight")
    (event,) = cluster([s, later])
    assert event.figures["killed"] == 3 and "killed" in event.conflicts


def _source(entry_id: int, drones: int) -> EventSource:
    return EventSource(entry_id=entry_id, url="", feed="", published=None,
                       figures={**dict.fromkeys(FIGURE_FIELDS), "drones_launched": drones})


@pytest.mark.parametrize(
    ("policy", "expected"),
    [
        (("authority", "most_sources", "largest"), 574),
        (("most_sources", "largest"), 580),
        (("largest",), 600),
        (("smallest",), 574),
        (("latest",), 600),
    ],
)
def test_reconcile_policy(policy: tuple[str, ...], expected: int) -> None:
    sources = [_source(1, 574), _source(2, 580), _source(3, 580), _source(4, 600)]
    evidence = {(1, 0, "drones_launched"): "Russia launched 574 drones overnight, Ukraine's Air Force said."}
    figures, conflicts = reconcile(sources, EventPolicy(policy=policy), evidence)
    assert figures["drones_launched"] == expected
    assert conflicts == ("drones_launched",)


def test_removing_a_wrong_report_reconciles_again() -> None:
    (event,) = [e for e in cluster(seed_sightings()) if len(e.sources) == 2]
    event = Event(**{**event.__dict__, "id": 1})
    (fixed,) = remove_sources([event], {2})
    assert [s.entry_id for s in fixed.sources] == [1]
    assert fixed.figures["launched_total"] is None and fixed.conflicts == ()
    (empty,) = remove_sources([fixed], {1})
    assert empty.sources == () and all(v is None for v in empty.figures.values())


def test_evidence_of_the_air_force_wins_within_the_event() -> None:
    a = Sighting(1, 0, Attack(attacker="russia", drones_launched=574, evidence={
        "drones_launched": Evidence("Russia launched 574 drones, the Air Force said.", 0, 10, "r")}),
        PUBLISHED["000"], text="overnight")
    b = Sighting(2, 0, Attack(attacker="russia", drones_launched=580), PUBLISHED["000"], text="overnight")
    c = Sighting(3, 0, Attack(attacker="russia", drones_launched=580), PUBLISHED["000"], text="overnight")
    evidence = {(1, 0, "drones_launched"): a.attack.evidence["drones_launched"].sentence}
    (event,) = cluster([a, b, c], evidence=evidence)
    assert event.figures["drones_launched"] == 574
