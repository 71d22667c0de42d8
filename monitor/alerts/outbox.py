"""Deliver the alerts the outbox owes: claim, send, mark, each step committed on its own.

A delivery is recorded with its alert, so a crash before sending loses
nothing; it is claimed ("sending") before the send and marked "sent" after,
and a claim that a crash left behind is sent again. The file sink checks
for the alert's uid before appending, so for it a resend after a crash adds
nothing; a command gets the uid in MONITOR_ALERT_UID to do the same. A failing
sink is retried with exponential backoff, and never stops the cycle.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from monitor.alerts.rules import SEVERITIES, Rule
from monitor.alerts.sinks import SinkError, send
from monitor.config import Config
from monitor.rules_config import AlertSettings, SinkConfig
from monitor.store import Store
from monitor.store.alerts import claim_delivery, due_deliveries, fail_delivery, finish_delivery

#: Called with "claimed", "sent" or "marked" after each step of a delivery; tests crash the process there.
Checkpoint = Callable[[str], None]


@dataclass
class DeliveryReport:
    """What one pass over the outbox did."""

    sent: int = 0
    retrying: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)


def _rank(severity: str) -> int:
    return SEVERITIES.index(severity) if severity in SEVERITIES else len(SEVERITIES)


def quiet_until(now: datetime, settings: AlertSettings, severity: str) -> datetime | None:
    """When the quiet hours that `now` falls in end, or None when an alert of this severity may go now."""
    if settings.quiet_hours is None or _rank(severity) >= _rank(settings.quiet_min_severity):
        return None
    tz = ZoneInfo(settings.timezone) if settings.timezone else None
    local = now.astimezone(tz)
    start, end = settings.quiet_hours
    t = local.time().replace(tzinfo=None)
    inside = start <= t < end if start <= end else (t >= start or t < end)
    if not inside:
        return None
    until = local.replace(hour=end.hour, minute=end.minute, second=0, microsecond=0)
    if until <= local:
        until += timedelta(days=1)
    return until.astimezone(now.tzinfo)


def sinks_for(rule: Rule, severity: str, sinks: Sequence[SinkConfig]) -> list[SinkConfig]:
    """The sinks an alert of `rule` goes to: the rule's own list, else all, less those above its severity."""
    chosen = [s for s in sinks if not rule.sinks or s.name in rule.sinks]
    return [s for s in chosen if _rank(severity) >= _rank(s.min_severity)]


def deliveries_for(rule: Rule, severity: str, cfg: Config, now: datetime) -> list[tuple[str, datetime]]:
    """The outbox rows of a new alert: (sink name, not before), held back until quiet hours end."""
    when = quiet_until(now, cfg.alerts, severity) or now
    return [(s.name, when) for s in sinks_for(rule, severity, cfg.sinks)]


def retry_delay(attempts: int, settings: AlertSettings) -> float | None:
    """Seconds to wait after the `attempts`-th failure, doubling each time; None once attempts run out."""
    if attempts >= settings.max_attempts:
        return None
    return min(settings.retry_base * 2 ** max(attempts - 1, 0), settings.retry_max_delay)


def deliver_due(
    store: Store,
    cfg: Config,
    now: Callable[[], datetime],
    *,
    checkpoint: Checkpoint | None = None,
) -> DeliveryReport:
    """Send every delivery that is due, one at a time; failures are recorded for retry, never raised."""
    report = DeliveryReport()
    step = checkpoint or (lambda _name: None)
    sinks = {s.name: s for s in cfg.sinks}
    for delivery in due_deliveries(store, now()):
        sink = sinks.get(delivery.sink)
        if sink is None:
            fail_delivery(store, delivery.id, "the sink is no longer configured", None)
            report.failed += 1
            report.errors.append(f"alert {delivery.alert_id} -> {delivery.sink}: the sink is no longer configured")
            continue
        if not claim_delivery(store, delivery.id, now()):
            continue
        step("claimed")
        try:
            send(sink, delivery.payload)
        except Exception as exc:  # SinkError, or a bug in a sender: either way it must not stop the cycle
            if not isinstance(exc, SinkError):
                exc = SinkError(f"{type(exc).__name__}: {exc}")
            delay = retry_delay(delivery.attempts + 1, cfg.alerts)
            fail_delivery(store, delivery.id, str(exc), None if delay is None else now() + timedelta(seconds=delay))
            if delay is None:
                report.failed += 1
                report.errors.append(f"alert {delivery.alert_id} -> {sink.name}: {exc} (gave up)")
            else:
                report.retrying += 1
                report.errors.append(f"alert {delivery.alert_id} -> {sink.name}: {exc} (retry in {delay:g} s)")
            continue
        step("sent")
        finish_delivery(store, delivery.id, now())
        report.sent += 1
        step("marked")
    return report
