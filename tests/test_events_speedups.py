"""The events step's shortcuts give what the general paths they replace give."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.events import (
    _PARTS,
    DEFAULT_AUTHORITIES,
    POLICY_STEPS,
    EventPolicy,
    _filled,
    effective_figures,
    reconcile,
)
from monitor.models import FIGURE_FIELDS, EventSource, EvidenceKey

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
