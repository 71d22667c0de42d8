"""Frozen dataclasses that every layer of monitor passes around.

Keeping them here, free of I/O and of any framework, lets the extractor, the
clustering and the rules stay pure functions over plain values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

Attacker = Literal["russia", "ukraine"]

#: The key of an evidence sentence: (entry id, the attack's index in its report, figure name).
EvidenceKey = tuple[int, int, str]

#: The figures of an attack, in the order of the `monitor extract` contract.
FIGURE_FIELDS: tuple[str, ...] = (
    "drones_launched",
    "missiles_launched",
    "drones_downed",
    "missiles_downed",
    "drones_suppressed",
    "launched_total",
    "downed_total",
    "killed",
    "injured",
)


@dataclass(frozen=True)
class Feed:
    """A configured feed: where to poll it and how often."""

    url: str
    name: str = ""
    interval: float | None = None  # seconds; None means the global poll interval


@dataclass(frozen=True)
class Entry:
    """One item of a feed, as parsed from the feed document."""

    feed_url: str
    guid: str
    title: str = ""
    link: str = ""
    published: datetime | None = None  # timezone-aware UTC
    summary: str = ""
    content: str = ""
    author: str = ""


@dataclass(frozen=True)
class Article:
    """The main text behind an entry's link, or why it could not be had."""

    url: str
    status: Literal["ok", "fallback", "failed", "skipped"]
    text: str = ""
    error: str = ""


@dataclass(frozen=True)
class Evidence:
    """Where a figure came from: the sentence, its span in the text, the rule that fired."""

    sentence: str
    start: int
    end: int
    rule: str

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready form."""
        return {"sentence": self.sentence, "start": self.start, "end": self.end, "rule": self.rule}


@dataclass(frozen=True)
class Attack:
    """One attack a report describes, with the figures the text gives and their evidence."""

    attacker: Attacker
    drones_launched: int | None = None
    missiles_launched: int | None = None
    drones_downed: int | None = None
    missiles_downed: int | None = None
    drones_suppressed: int | None = None
    launched_total: int | None = None
    downed_total: int | None = None
    killed: int | None = None
    injured: int | None = None
    places: tuple[str, ...] = ()
    weapons: tuple[str, ...] = ()
    time_words: tuple[str, ...] = ()
    evidence: dict[str, Evidence] = field(default_factory=dict)

    def figures(self) -> dict[str, int | None]:
        """The nine figures by name, None where the text does not give one."""
        return {name: getattr(self, name) for name in FIGURE_FIELDS}

    def to_contract(self) -> dict[str, Any]:
        """The object `monitor extract --json` prints for this attack (see DESIGN.md)."""
        out: dict[str, Any] = {"attacker": self.attacker}
        out.update(self.figures())
        out["places"] = list(self.places)
        out["weapons"] = list(self.weapons)
        out["time_words"] = list(self.time_words)
        out["evidence"] = {k: v.sentence for k, v in self.evidence.items()}
        out["evidence_spans"] = {k: v.to_dict() for k, v in self.evidence.items()}
        return out


@dataclass(frozen=True)
class Report:
    """What the rules engine made of one text: whether it reports an attack, and its attacks."""

    is_attack_report: bool
    attacks: tuple[Attack, ...] = ()


@dataclass(frozen=True)
class EventSource:
    """One report an event was built from: where it came from and the figures it gave."""

    entry_id: int
    url: str
    feed: str
    published: datetime | None
    figures: dict[str, int | None]
    title: str = ""
    idx: int = 0  # the attack's index in its entry's report

    @property
    def key(self) -> tuple[int, int]:
        """The attack's identity in the store: (entry id, index in its report)."""
        return (self.entry_id, self.idx)


@dataclass(frozen=True)
class Event:
    """One attack as told by one or more outlets, with reconciled figures."""

    id: int | None
    attacker: Attacker
    start: datetime
    end: datetime
    figures: dict[str, int | None]
    places: tuple[str, ...] = ()
    sources: tuple[EventSource, ...] = ()
    conflicts: tuple[str, ...] = ()  # figure names on which the sources disagree


@dataclass(frozen=True)
class Alert:
    """A rule that fired for an event: new, or an update saying what changed."""

    id: int | None
    rule: str
    kind: Literal["new", "update"]
    event_id: int
    created_at: datetime
    message: str
    severity: str = "info"
    changes: dict[str, tuple[int | None, int | None]] = field(default_factory=dict)
    acknowledged: bool = False
