"""Evaluate the user's rules against events and decide which alerts to raise.

Pure functions over models objects, so ``monitor rules test`` can replay them
over the archive and tests can tabulate them without a database.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from monitor.events import effective_figures
from monitor.extract.gazetteer import canonical_name
from monitor.models import FIGURE_FIELDS, Alert, Event, EventSource, EvidenceKey

SEVERITIES = ("info", "warning", "critical")


@dataclass(frozen=True)
class Rule:
    """One ``[[rules]]`` entry: the conditions an event must meet, and where its alerts go.

    Every condition given must hold; within `places`, `keywords`, `patterns` and
    `feeds` any one item is enough. An empty `sinks` sends to every sink.
    """

    name: str
    attacker: str | None = None
    min: Mapping[str, int] = field(default_factory=dict)
    places: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    patterns: tuple[re.Pattern[str], ...] = ()
    feeds: tuple[str, ...] = ()
    severity: str = "info"
    sinks: tuple[str, ...] = ()
    updates: bool = True


def _place_matches(wanted: str, place: str) -> bool:
    """Whether a rule's place names an event's: the same place by any of its names or spellings ("Kiev" is Kyiv),
    or a region and its name ("Kharkiv" matches "Kharkiv region")."""
    w, p = canonical_name(wanted).casefold(), canonical_name(place).casefold()
    return p == w or p.startswith(w + " ") or w.startswith(p + " ")


def evaluate(rule: Rule, event: Event, texts: Sequence[str] = ()) -> bool:
    """Whether `event` meets every condition of `rule`; `texts` are the titles and texts of its sources.

    Minimum figures compare with the reconciled figures, combined totals filled in
    from drones plus missiles, so ``min = { launched_total = 500 }`` also fires on
    "574 drones and 40 missiles".
    """
    if not event.sources:
        return False
    if rule.attacker and event.attacker != rule.attacker:
        return False
    figures = effective_figures(event.figures)
    for name, least in rule.min.items():
        value = figures.get(name)
        if value is None or value < least:
            return False
    if rule.places and not any(_place_matches(w, p) for w in rule.places for p in event.places):
        return False
    if rule.feeds and not any(src.feed in rule.feeds for src in event.sources):
        return False
    if rule.keywords:
        folded = [t.casefold() for t in texts]
        if not any(k.casefold() in t for k in rule.keywords for t in folded):
            return False
    return not (rule.patterns and not any(p.search(t) for p in rule.patterns for t in texts))


def changed_figures(
    before: Mapping[str, int | None], after: Mapping[str, int | None]
) -> dict[str, tuple[int | None, int | None]]:
    """The figures that differ between two snapshots, as (old, new), in the contract's order."""
    return {n: (before.get(n), after.get(n)) for n in FIGURE_FIELDS if before.get(n) != after.get(n)}


def decide(
    rules: Sequence[Rule],
    event: Event,
    last: Mapping[str, Mapping[str, int | None]],
    now: datetime,
    texts: Sequence[str] = (),
    evidence: Mapping[EvidenceKey, str] | None = None,
) -> list[Alert]:
    """The alerts an event raises now: "new" for a rule that never fired on it, else "update" on changed figures.

    `last` maps a rule's name to the event figures its latest alert for this event
    carried; a rule fires once per event, and again only when a figure changes.
    """
    assert event.id is not None, "events are stored before alerts are decided"
    out: list[Alert] = []
    for rule in rules:
        if not evaluate(rule, event, texts):
            continue
        before = last.get(rule.name)
        if before is None:
            out.append(Alert(id=None, rule=rule.name, kind="new", event_id=event.id, created_at=now,
                             message=message(rule.name, "new", event, {}, evidence, focus=rule.min),
                             severity=rule.severity))
            continue
        changes = changed_figures(before, event.figures)
        if changes and rule.updates:
            out.append(Alert(id=None, rule=rule.name, kind="update", event_id=event.id, created_at=now,
                             message=message(rule.name, "update", event, changes, evidence),
                             severity=rule.severity, changes=changes))
    return out


_LABELS = {
    "drones_launched": "drones launched", "missiles_launched": "missiles launched",
    "drones_downed": "drones downed", "missiles_downed": "missiles downed",
    "drones_suppressed": "drones suppressed", "launched_total": "launched in all",
    "downed_total": "downed in all", "killed": "killed", "injured": "injured",
}


def figures_text(figures: Mapping[str, int | None]) -> str:
    """The given figures as words: "574 drones launched, 40 missiles launched, 1 killed"."""
    return ", ".join(f"{figures[n]} {_LABELS[n]}" for n in FIGURE_FIELDS if figures.get(n) is not None)


def message(
    rule: str,
    kind: str,
    event: Event,
    changes: Mapping[str, tuple[int | None, int | None]],
    evidence: Mapping[EvidenceKey, str] | None = None,
    focus: Collection[str] = (),
) -> str:
    """The alert's text: what happened, what changed, the evidence sentence, and the sources' links.

    The quote backs the changed figures of an update, else the figures the rule tests (`focus`: a "deaths"
    rule quotes who was killed, not how many drones flew), else the event's first figure.
    """
    who = {"russia": "Russian", "ukraine": "Ukrainian"}.get(event.attacker, event.attacker)
    head = f"[{rule}] {who} attack"
    if event.places:
        head += " on " + ", ".join(event.places)
    lines = [head + ": " + (figures_text(event.figures) or "no figures yet")]
    if kind == "update" and changes:
        lines.append("Changed: " + ", ".join(f"{_LABELS[n]} {a} → {b}" for n, (a, b) in changes.items()))
    sentence = evidence_sentence(event, changes or focus or event.figures, evidence or {})
    if sentence:
        lines.append(f"“{sentence}”")
    if event.conflicts:
        lines.append("Sources disagree on: " + ", ".join(_LABELS[n] for n in event.conflicts))
    for src in event.sources:
        if src.url:
            lines.append(f"- {src.url}")
    return "\n".join(lines)


def evidence_sentence(
    event: Event, fields: Collection[str], evidence: Mapping[EvidenceKey, str]
) -> str:
    """The sentence that best backs the figures named in `fields`, first figure first.

    Among the sources that back a figure, one whose own value is the one shown comes first, then one that
    reports the attack rather than recalls it days later, then the newest: a quote should carry the number
    the alert states, in the words of a report of that night.
    """
    for name in [n for n in FIGURE_FIELDS if n in fields] + list(FIGURE_FIELDS):
        backing = [(i, src, s) for i, src in enumerate(event.sources) if (s := evidence.get((*src.key, name)))]
        if backing:
            shown = event.figures.get(name)
            _, _, sentence = max(backing, key=lambda b: (
                shown is not None and b[1].figures.get(name) == shown, not recalls(b[1], event), b[0]))
            return " ".join(sentence.split())
    return ""


#: How long after an attack's window a report that tells of it looks back on it rather than reports it.
RECALL_LAG = timedelta(days=1)


def recalls(src: EventSource, event: Event) -> bool:
    """Whether a source was published a day or more after the event's window ended: it looks back on the attack."""
    return src.published is not None and src.published - event.end >= RECALL_LAG
