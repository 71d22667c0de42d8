"""The events-and-alerts step of a cycle: cluster the new attacks into events, then raise alerts.

This is the I/O side: it reads from and writes to the store in one short
transaction and leaves every decision to monitor.events and monitor.alerts.rules.
Delivery is a separate step (monitor.alerts.outbox), after the transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import Any

from monitor.alerts.outbox import deliveries_for
from monitor.alerts.payload import alert_json
from monitor.alerts.rules import decide, recalls
from monitor.config import Config
from monitor.events import cluster_keyed, remove_sources, sighting_window
from monitor.models import Event
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
    with _one_transaction(store.db):
        changed: dict[int, Event] = {}
        for event_id, entries in withdrawn_sources(store).items():
            event = get_event(store, event_id)
            if event is None:
                continue
            evidence = evidence_for(store, [s.entry_id for s in event.sources])
            for updated in remove_sources([event], entries, policy, evidence):
                save_event(store, updated, {}, now)
                changed[event_id] = updated
        sightings = pending_sightings(store)
        if sightings:
            windows = [sighting_window(s) for s in sightings]
            slack = policy.margin + timedelta(days=1)
            candidates = events_between(store, min(w[0] for w in windows) - slack, max(w[1] for w in windows) + slack)
            # The sightings carry their own evidence; the sources of candidates that stay come from other reports.
            sighted = {s.entry_id for s in sightings}
            evidence = evidence_for(
                store, [src.entry_id for e in candidates for src in e.sources if src.entry_id not in sighted]
            )
            evidence.update(((s.entry_id, s.idx, name), found.sentence)
                            for s in sightings for name, found in s.attack.evidence.items())
            for event, keys in cluster_keyed(sightings, candidates, policy, evidence):
                event_id = save_event(store, event, keys, now)
                changed[event_id] = saved_event(store, event, event_id)
        for event in changed.values():
            new.extend(_raise_alerts(store, cfg, event, now))
    return new


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


def _raise_alerts(store: Store, cfg: Config, event: Event, now: datetime) -> list[dict[str, Any]]:
    if not cfg.rules or event.id is None:
        return []
    max_age = cfg.alerts.max_age
    if max_age is not None and event.end < now - timedelta(seconds=max_age):
        return []  # an old attack still in the feeds, seen for the first time: history, not news
    if recalled(event):
        return []  # an attack known only from reports that look back on it ("days earlier") is no news either
    entry_ids = [src.entry_id for src in event.sources]
    evidence = evidence_for(store, entry_ids)
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
