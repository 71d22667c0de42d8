"""Alerts and their outbox in the store: record, list, acknowledge, and the delivery steps.

An alert and its outbox rows are written in one transaction; each delivery is
then claimed, sent and marked in steps of their own, so that after a crash
the outbox says exactly which deliveries are still owed.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from monitor.models import FIGURE_FIELDS, Alert
from monitor.store.connection import write
from monitor.store.store import Store, iso, parse_iso

_ALERT_COLUMNS = "id, rule, kind, event_id, created_at, message, severity, changes, acknowledged_at"


def _alert(r: Sequence[Any]) -> Alert:
    changes = {k: (v[0], v[1]) for k, v in json.loads(r[7]).items()}
    return Alert(id=r[0], rule=r[1], kind=r[2], event_id=r[3], created_at=parse_iso(r[4]),  # type: ignore[arg-type]
                 message=r[5], severity=r[6], changes=changes, acknowledged=r[8] is not None)


def list_alerts(store: Store, *, limit: int = 200, unacknowledged_only: bool = False) -> list[Alert]:
    """Alerts, newest first; with unacknowledged_only, those nobody has acknowledged yet."""
    where = "WHERE acknowledged_at IS NULL" if unacknowledged_only else ""
    rows = store.db.execute(
        f"SELECT {_ALERT_COLUMNS} FROM alerts {where} ORDER BY id DESC LIMIT ?", (limit,)
    ).fetchall()
    return [_alert(r) for r in rows]


def get_alert(store: Store, alert_id: int) -> Alert | None:
    """One alert by id."""
    row = store.db.execute(f"SELECT {_ALERT_COLUMNS} FROM alerts WHERE id = ?", (alert_id,)).fetchone()
    return _alert(row) if row else None


def alert_payload(store: Store, alert_id: int) -> dict[str, Any] | None:
    """The JSON object of an alert as the sinks get it (the `monitor run --json` alert line)."""
    row = store.db.execute("SELECT payload FROM alerts WHERE id = ?", (alert_id,)).fetchone()
    return json.loads(row[0]) if row else None


def acknowledge_alert(store: Store, alert_id: int, now: datetime | None = None) -> bool:
    """Acknowledge an alert; False when there is no such alert or it was acknowledged already."""
    with write(store.db):
        cur = store.db.execute(
            "UPDATE alerts SET acknowledged_at = ? WHERE id = ? AND acknowledged_at IS NULL",
            (iso(now or datetime.now(UTC)), alert_id),
        )
        return cur.rowcount > 0


def unacknowledged_count(store: Store) -> int:
    """How many alerts nobody has acknowledged."""
    return int(store.db.execute("SELECT count(*) FROM alerts WHERE acknowledged_at IS NULL").fetchone()[0])


def last_alerted_figures(store: Store, event_id: int) -> dict[str, dict[str, int | None]]:
    """By rule name, the event figures that the rule's latest alert on this event was decided on."""
    out: dict[str, dict[str, int | None]] = {}
    for rule, figures in store.db.execute(
        "SELECT rule, figures FROM alerts WHERE event_id = ? ORDER BY id", (event_id,)
    ):
        data = json.loads(figures)
        out[rule] = {n: data.get(n) for n in FIGURE_FIELDS}
    return out


def record_alert(
    store: Store,
    alert: Alert,
    figures: Mapping[str, int | None],
    payload: Callable[[int], dict[str, Any]],
    deliveries: Sequence[tuple[str, datetime]],
) -> tuple[int, dict[str, Any]] | None:
    """Store an alert with one outbox row per (sink, not before) in one transaction.

    Returns the alert's id and JSON object, or None when it is a duplicate.

    `payload` builds the alert's JSON object from its new id. A "new" alert of a
    rule that already fired on the event is refused by a unique index, so a
    replayed cycle cannot raise it twice.
    """
    changes = {k: list(v) for k, v in alert.changes.items()}
    with write(store.db):
        cur = store.db.execute(
            "INSERT INTO alerts (rule, kind, event_id, created_at, severity, message, changes, figures, payload) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, '{}') ON CONFLICT DO NOTHING",
            (alert.rule, alert.kind, alert.event_id, iso(alert.created_at), alert.severity, alert.message,
             json.dumps(changes), json.dumps(dict(figures))),
        )
        if cur.rowcount == 0:
            return None
        alert_id = int(cur.lastrowid or 0)
        data = payload(alert_id)
        store.db.execute("UPDATE alerts SET payload = ? WHERE id = ?", (json.dumps(data, ensure_ascii=False), alert_id))
        for sink, not_before in deliveries:
            store.db.execute(
                "INSERT INTO outbox (alert_id, sink, not_before) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                (alert_id, sink, iso(not_before)),
            )
    return alert_id, data


def alerts_between(store: Store, since: datetime | None = None) -> list[Alert]:
    """Alerts created at or after `since`, oldest first."""
    rows = store.db.execute(
        f"SELECT {_ALERT_COLUMNS} FROM alerts WHERE created_at >= ? ORDER BY id",
        (iso(since) if since else "",),
    ).fetchall()
    return [_alert(r) for r in rows]


# ------------------------------------------------------------------ outbox


@dataclass(frozen=True)
class Delivery:
    """One outbox row: an alert owed to a sink."""

    id: int
    alert_id: int
    sink: str
    status: str
    attempts: int
    payload: dict[str, Any]
    last_error: str = ""


def due_deliveries(store: Store, now: datetime, limit: int = 500) -> list[Delivery]:
    """Deliveries to make now: pending ones whose time has come, and any a crash left in "sending"."""
    rows = store.db.execute(
        "SELECT o.id, o.alert_id, o.sink, o.status, o.attempts, a.payload, o.last_error FROM outbox o "
        "JOIN alerts a ON a.id = o.alert_id "
        "WHERE (o.status = 'pending' AND o.not_before <= ?) OR o.status = 'sending' ORDER BY o.id LIMIT ?",
        (iso(now), limit),
    ).fetchall()
    return [Delivery(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), r[6]) for r in rows]


def claim_delivery(store: Store, delivery_id: int, now: datetime) -> bool:
    """Mark a delivery as being sent (committed before the send); False if another process has it done."""
    with write(store.db):
        cur = store.db.execute(
            "UPDATE outbox SET status = 'sending', attempts = attempts + 1, claimed_at = ? "
            "WHERE id = ? AND status IN ('pending', 'sending')",
            (iso(now), delivery_id),
        )
        return cur.rowcount > 0


def finish_delivery(store: Store, delivery_id: int, now: datetime) -> None:
    """Mark a delivery as sent."""
    with write(store.db):
        store.db.execute("UPDATE outbox SET status = 'sent', sent_at = ?, last_error = '' WHERE id = ?",
                         (iso(now), delivery_id))


def fail_delivery(store: Store, delivery_id: int, error: str, retry_at: datetime | None) -> None:
    """Record a failed send: pending again from `retry_at`, or failed for good when it is None."""
    with write(store.db):
        if retry_at is None:
            store.db.execute("UPDATE outbox SET status = 'failed', last_error = ? WHERE id = ?",
                             (error, delivery_id))
        else:
            store.db.execute("UPDATE outbox SET status = 'pending', last_error = ?, not_before = ? WHERE id = ?",
                             (error, iso(retry_at), delivery_id))


def outbox_status(store: Store) -> dict[str, int]:
    """How many deliveries are in each state."""
    return {s: n for s, n in store.db.execute("SELECT status, count(*) FROM outbox GROUP BY status")}


def deliveries_of(store: Store, alert_id: int) -> list[tuple[str, str, int, str]]:
    """(sink, status, attempts, last error) of each delivery of an alert."""
    return [tuple(r) for r in store.db.execute(
        "SELECT sink, status, attempts, last_error FROM outbox WHERE alert_id = ? ORDER BY id", (alert_id,))]
