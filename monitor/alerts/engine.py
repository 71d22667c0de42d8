"""The events-and-alerts step of a cycle: cluster the new attacks into events, then raise alerts.

This is the I/O side: it reads from and writes to the store in one short
transaction and leaves every decision to monitor.events and monitor.alerts.rules.
Delivery is a separate step (monitor.alerts.outbox), after the transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from monitor.alerts.outbox import deliveries_for
from monitor.alerts.payload import alert_json
from monitor.alerts.rules import decide, recalls
from monitor.config import Config
from monitor.events import Sighting, cluster_keyed, remove_sources, sighting_window
from monitor.models import Event, EventSource, EvidenceKey
from monitor.store import Store
from monitor.store.alerts import last_alerted_figures, record_alert
from monitor.store.connection import Database, grouped, write
from monitor.store.events import (
    events_between,
    evidence_for,
    get_event,
    pending_sightings,
    save_event,
    saved_event,
    texts_for,
    withdrawn_sources,
)


def update_events(store: Store, cfg: Config, now: datetime) -> list[dict[str, Any]]:
    """Bring events up to date with the stored reports and record the alerts they raise; returns the new alerts.

    Reports marked wrong leave their events first; then attacks in no event yet
    join or start one. Each changed event is checked against every rule. All of
    it commits at once, so a crash leaves either none of it or all of it, with
    every alert's outbox rows.
    """
    policy = cfg.events
    new: list[dict[str, Any]] = []
    told = _Evidence()
    with _one_transaction(store.db):
        changed: dict[int, Event] = {}
        for event_id, entries in withdrawn_sources(store).items():
            event = get_event(store, event_id)
            if event is None:
                continue
            for updated in remove_sources([event], entries, policy, told.of(store, event.sources)):
                save_event(store, updated, {}, now)
                changed[event_id] = updated
        sightings = pending_sightings(store)
        if sightings:
            windows = [sighting_window(s) for s in sightings]
            slack = policy.margin + timedelta(days=1)
            candidates = events_between(store, min(w[0] for w in windows) - slack, max(w[1] for w in windows) + slack)
            # The sightings carry their own evidence; the sources of candidates that stay come from other reports.
            sighted = {s.entry_id for s in sightings}
            told.read(store, [src.entry_id for e in candidates for src in e.sources if src.entry_id not in sighted])
            told.add(sightings)
            for event, keys in cluster_keyed(sightings, candidates, policy, told.sentences):
                event_id = save_event(store, event, keys, now)
                changed[event_id] = saved_event(store, event, event_id)
        for event in changed.values():
            new.extend(_raise_alerts(store, cfg, event, now, told))
    return new


@dataclass
class _Evidence:
    """The evidence sentences read so far in a step, by (entry id, attack index, figure), and whose they are.

    Clustering reads them for the sightings and the events they may join, and the alerts of
    each changed event quote its sources' ones: read once, not again for every event.
    """

    sentences: dict[EvidenceKey, str] = field(default_factory=dict)
    entries: set[int] = field(default_factory=set)  # entries whose every attack's sentences are in
    attacks: set[tuple[int, int]] = field(default_factory=set)  # (entry id, attack index) of others whose are in

    def read(self, store: Store, entry_ids: Iterable[int]) -> None:
        """Read the sentences of these entries' attacks, those not read yet."""
        wanted = {entry_id for entry_id in entry_ids if entry_id not in self.entries}
        if wanted:
            self.sentences.update(evidence_for(store, wanted))
            self.entries |= wanted

    def add(self, sightings: Sequence[Sighting]) -> None:
        """Take in the sentences the sightings carry (read with them)."""
        self.sentences.update(((s.entry_id, s.idx, name), found.sentence)
                              for s in sightings for name, found in s.attack.evidence.items())
        self.attacks.update((s.entry_id, s.idx) for s in sightings)

    def of(self, store: Store, sources: Iterable[EventSource]) -> dict[EvidenceKey, str]:
        """The sentences, with those of these sources among them (and others, looked up only by key)."""
        self.read(store, [src.entry_id for src in sources if src.key not in self.attacks])
        return self.sentences


@contextmanager
def _one_transaction(db: Database) -> Iterator[None]:
    """A write transaction whose writes (an event, an alert each) join it without a savepoint of their own.

    Nothing here catches a write's error, so the whole step rolls back as one and a savepoint per
    write (some 10 ms a cold cycle: each is a statement of its own) undid nothing it would not.
    """
    with write(db):
        if db.grouped:  # within a group commit already, which ends it
            yield
            return
        with grouped(db):
            yield


def recalled(event: Event) -> bool:
    """Whether every report of an event was published a day or more after its window ended.

    Such reports recall the attack ("days earlier Russia had launched a record 479 drones"), so an alert
    for it would announce old news as new.
    """
    return bool(event.sources) and all(recalls(src, event) for src in event.sources)


def _raise_alerts(
    store: Store, cfg: Config, event: Event, now: datetime, told: _Evidence
) -> list[dict[str, Any]]:
    if not cfg.rules or event.id is None:
        return []
    max_age = cfg.alerts.max_age
    if max_age is not None and event.end < now - timedelta(seconds=max_age):
        return []  # an old attack still in the feeds, seen for the first time: history, not news
    if recalled(event):
        return []  # an attack known only from reports that look back on it ("days earlier") is no news either
    entry_ids = [src.entry_id for src in event.sources]
    evidence = told.of(store, event.sources)
    texts = list(texts_for(store, entry_ids).values())
    out = []
    rules = {r.name: r for r in cfg.rules}
    for alert in decide(cfg.rules, event, last_alerted_figures(store, event.id), now, texts, evidence):
        uid = uuid.uuid4().hex
        recorded = record_alert(
            store, alert, event.figures,
            lambda alert_id, alert=alert, uid=uid: alert_json(alert_id, alert, event, evidence, uid),  # type: ignore[misc]
            deliveries_for(rules[alert.rule], alert.severity, cfg, now),
        )
        if recorded is not None:
            out.append(recorded[1])
    return out
