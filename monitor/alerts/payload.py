"""The JSON form of events and alerts: the alert line of `monitor run --json`, and what every sink gets."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from monitor.models import FIGURE_FIELDS, Alert, Event, EvidenceKey
from monitor.store.store import iso


def event_json(event: Event, evidence: Mapping[EvidenceKey, str] | None = None) -> dict[str, Any]:
    """An event as the contract's `event` object: reconciled figures, places, conflicts and sources."""
    evidence = evidence or {}
    return {
        "id": event.id,
        "attacker": event.attacker,
        "start": iso(event.start),
        "end": iso(event.end),
        "figures": dict(event.figures),
        "places": list(event.places),
        "conflicts": list(event.conflicts),
        "sources": [
            {
                "entry_id": src.entry_id,
                "url": src.url,
                "feed": src.feed,
                "title": src.title,
                "published": iso(src.published) if src.published else None,
                "figures": dict(src.figures),
                "evidence": {n: evidence[(*src.key, n)] for n in FIGURE_FIELDS if (*src.key, n) in evidence},
            }
            for src in event.sources
        ],
    }


def alert_json(
    alert_id: int,
    alert: Alert,
    event: Event,
    evidence: Mapping[EvidenceKey, str] | None = None,
    uid: str = "",
) -> dict[str, Any]:
    """An alert as its JSON line; `uid` is unique across databases so a sink can tell a resend from a new alert."""
    return {
        "type": "alert",
        "id": alert_id,
        "uid": uid,
        "rule": alert.rule,
        "kind": alert.kind,
        "severity": alert.severity,
        "created_at": iso(alert.created_at),
        "message": alert.message,
        "changes": {k: list(v) for k, v in alert.changes.items()},
        "event": event_json(event, evidence),
    }
