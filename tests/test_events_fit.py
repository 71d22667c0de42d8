"""Clustering's fast paths give what the definitions give: the fit of a sighting to an event, and the events."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.events import (
    EventPolicy,
    Sighting,
    _build,
    _Draft,
    _far,
    _score,
    _span,
    cluster,
    contradicts,
    effective_figures,
    sighting_window,
)
from monitor.models import FIGURE_FIELDS, Attack, Event, EventSource

NOW = datetime(2026, 11, 21, 6, 0, tzinfo=UTC)
value = st.one_of(st.none(), st.integers(0, 50), st.integers(0, 900))
places = st.lists(st.sampled_from(["Kyiv", "kyiv region", "Odesa", "Odesa Oblast", "Lviv"]), max_size=3).map(tuple)
figures = st.fixed_dictionaries({name: value for name in FIGURE_FIELDS})


def reference(s: Sighting, event: Event, policy: EventPolicy) -> int | None:
    """The score as defined: no shared report, no contradiction with any source, two points an agreement."""
    if s.attack.attacker != event.attacker or any(src.entry_id == s.entry_id for src in event.sources):
        return None
    mine = s.attack.figures()
    if any(contradicts(mine, src.figures, policy.tolerance) for src in event.sources):
        return None
    agreements = 0
    for src in event.sources:
        a, b = effective_figures(mine), effective_figures(src.figures)
        agreements += sum(1 for n in FIGURE_FIELDS if a[n] is not None and a[n] == b[n])
    def keys(places: tuple[str, ...]) -> set[str]:
        return {p.lower().removesuffix(" region").removesuffix(" oblast") for p in places}

    return 2 * agreements + len(keys(s.attack.places) & keys(event.places))


@settings(max_examples=300, deadline=None)
@given(mine=figures, sources=st.lists(figures, max_size=6), tolerance=st.sampled_from([0.0, 0.1, 0.25, 1.5]),
       shared=st.booleans(), where=places, event_places=places)
def test_fit_matches_the_definition(
    mine: dict[str, int | None], sources: list[dict[str, int | None]], tolerance: float, shared: bool,
    where: tuple[str, ...], event_places: tuple[str, ...],
) -> None:
    policy = EventPolicy(tolerance=tolerance)
    sighting = Sighting(entry_id=1 if shared else 99, idx=0, attack=Attack("russia", **mine, places=where),
                        published=NOW, text="overnight")
    event = Event(id=None, attacker="russia", start=NOW - timedelta(hours=12), end=NOW, figures={}, places=event_places,
                  sources=tuple(EventSource(entry_id=i + 1, url="", feed="", published=NOW, figures=f)
                                for i, f in enumerate(sources)))
    assert _score(sighting, event, policy) == reference(sighting, event, policy)


def reference_cluster(sightings: list[Sighting], events: list[Event], policy: EventPolicy) -> list[Event]:
    """Clustering as defined: in order of publication, each sighting joins the event it fits best, checked
    against every event as rebuilt after every join, else starts one. Stored events that lost sources are
    rebuilt, and kept with no figures when they lost them all."""
    ordered = sorted(sightings, key=lambda s: (s.published, s.entry_id, s.idx))
    entries = {s.entry_id for s in ordered}
    drafts = [_Draft(base=e, kept=[src for src in e.sources if src.entry_id not in entries]) for e in events]
    current = [replace(e, sources=tuple(d.kept)) for e, d in zip(events, drafts, strict=True)]
    touched = {i for i, d in enumerate(drafts) if len(d.kept) != len(d.base.sources)}  # type: ignore[union-attr]
    for s in ordered:
        best: tuple[int, int] | None = None
        window = sighting_window(s)
        for i, event in enumerate(current):
            if not (window[0] - policy.margin <= event.end and event.start - policy.margin <= window[1]):
                continue
            score = reference(s, event, policy)
            base = drafts[i].base
            if score is not None and base is not None and any(src.entry_id == s.entry_id for src in base.sources):
                score += 1000
            if score is not None and (best is None or score > best[0]):
                best = (score, i)
        if best is None:
            drafts.append(_Draft(base=None))
            current.append(Event(id=None, attacker=s.attack.attacker, start=s.published, end=s.published, figures={},
                                 sources=()))  # built just below
            i = len(drafts) - 1
        else:
            i = best[1]
        drafts[i].sightings.append(s)
        touched.add(i)
        current[i] = _build(drafts[i], policy, {})
    out = [_build(drafts[i], policy, {}) if drafts[i].sightings or drafts[i].kept else
           replace(drafts[i].base, sources=(), figures=dict.fromkeys(FIGURE_FIELDS), conflicts=())  # type: ignore[type-var]
           for i in touched]
    return sorted(out, key=lambda e: (e.start, e.id or 0))


launches = st.one_of(st.none(), st.integers(80, 130), st.integers(0, 12))
night_figures = st.fixed_dictionaries({"drones_launched": launches, "missiles_launched": launches,
                                       "drones_downed": launches, "injured": value})


@st.composite
def nights(draw: st.DrawFn) -> tuple[list[Sighting], list[Event]]:
    """Reports of a few nights from two attackers, some of them already clustered into stored events."""
    sightings = []
    for k in range(draw(st.integers(1, 14))):
        hours = draw(st.integers(0, 60))
        words = draw(st.sampled_from([(), ("overnight",), ("on tuesday",), ("yesterday",)]))
        attack = Attack(draw(st.sampled_from(["russia", "russia", "ukraine"])), **draw(night_figures),
                        places=draw(places), time_words=words)
        sightings.append(Sighting(entry_id=draw(st.integers(1, 6)) if k % 3 == 0 else 100 + k, idx=k, attack=attack,
                                  published=NOW + timedelta(hours=hours)))
    stored = draw(st.integers(0, len(sightings) // 2))
    events = [replace(e, id=n + 1) for n, e in enumerate(reference_cluster(sightings[:stored], [], EventPolicy()))]
    return sightings[stored // 2:], events


@settings(max_examples=200, deadline=None)
@given(night=nights(), tolerance=st.sampled_from([0.0, 0.1, 0.3, 1.0, 1.5]), hours=st.sampled_from([0, 6, 30]))
def test_clustering_matches_the_definition(night: tuple[list[Sighting], list[Event]], tolerance: float,
                                           hours: int) -> None:
    sightings, events = night
    policy = EventPolicy(tolerance=tolerance, margin=timedelta(hours=hours))
    assert cluster(sightings, events, policy) == reference_cluster(sightings, events, policy)



@settings(max_examples=300, deadline=None)
@given(mine=st.one_of(st.integers(0, 50), st.integers(0, 5000), st.integers(0, 10**9)),
       tolerance=st.one_of(st.sampled_from([0.0, 0.1, 0.25, 0.5, 0.99, 1.0, 1.5]), st.floats(0, 1)))
def test_span_is_the_values_not_far(mine: int, tolerance: float) -> None:
    """Where _span gives a range, a value is not _far from the sighting's exactly when it lies in it."""
    span = _span(mine, tolerance)
    if span is None:
        return
    least, greatest = span
    ends = [int(least) + d for d in (-2, -1, 0, 1)]
    ends += [int(greatest) + d for d in (-1, 0, 1, 2)] if greatest != float("inf") else [mine * 9 + 7, 10**15]
    for x in [*ends, mine, mine + 5]:
        if x >= 0:
            assert (not _far(mine, x, tolerance)) == (least <= x <= greatest)
