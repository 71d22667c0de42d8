"""Clustering's fast fit of a sighting to an event gives the score of the definition, pair by pair."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.events import EventPolicy, Sighting, _score, contradicts, effective_figures
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
