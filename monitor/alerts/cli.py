"""The sub-commands of events and alerts: rules, alerts, digest and export.

monitor.cli builds the parser and calls add_parsers; each command fetches from
the store and prints, leaving the deciding and formatting to pure modules.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from typing import Any

from monitor.config import Config
from monitor.safetext import clean_text


def _since(args: argparse.Namespace, now: datetime) -> datetime | None:
    from monitor.alerts.report import parse_since
    from monitor.cli import UsageError

    if not getattr(args, "since", None):
        return None
    try:
        return parse_since(args.since, now)
    except ValueError as exc:
        raise UsageError(f"--since: {exc}") from None


def cmd_rules(args: argparse.Namespace) -> int:
    """List the configured rules, or replay them over the stored reports and print what would have fired."""
    from monitor.alerts.rules import evaluate, figures_text
    from monitor.cli import _open_store
    from monitor.events import cluster
    from monitor.store.events import all_sightings

    cfg: Config = args.cfg
    if args.rules_command == "list":
        for rule in cfg.rules:
            parts = [f"severity={rule.severity}"]
            if rule.attacker:
                parts.append(f"attacker={rule.attacker}")
            parts += [f"{k}>={v}" for k, v in rule.min.items()]
            for key in ("places", "keywords", "feeds", "sinks"):
                if getattr(rule, key):
                    parts.append(f"{key}={','.join(getattr(rule, key))}")
            if rule.patterns:
                parts.append("patterns=" + ",".join(p.pattern for p in rule.patterns))
            print(f"{rule.name}: {' '.join(parts)}")
        if not cfg.rules:
            print("no rules configured ([[rules]] in the config file)", file=sys.stderr)
        return 0
    now = datetime.now(UTC)
    since = _since(args, now)
    with _open_store(cfg) as store:
        sightings = all_sightings(store, since=since)
    evidence = {(*s.key, k): v.sentence for s in sightings for k, v in s.attack.evidence.items()}
    texts = {s.entry_id: f"{s.title}\n\n{s.text}" for s in sightings}
    fired = 0
    for event in cluster(sightings, (), cfg.events, evidence):
        event_texts = [texts[src.entry_id] for src in event.sources]
        for rule in cfg.rules:
            if not evaluate(rule, event, event_texts):
                continue
            fired += 1
            if args.json:
                from monitor.alerts.payload import event_json

                print(json.dumps({"type": "would_fire", "rule": rule.name, "severity": rule.severity,
                                  "event": event_json(event, evidence)}, ensure_ascii=False))
            else:
                places = clean_text(", ".join(event.places), single_line=True)
                print(f"{event.start:%Y-%m-%d} [{rule.name}] ({rule.severity}) {event.attacker}"
                      f"{' on ' + places if places else ''}: {figures_text(event.figures) or 'no figures'}"
                      f" ({len(event.sources)} sources)")
    print(f"{fired} alerts would have fired over {len(sightings)} stored attacks; nothing was sent",
          file=sys.stderr)
    return 0


def cmd_alerts(args: argparse.Namespace) -> int:
    """List alerts, show one, or acknowledge them."""
    from monitor.cli import UsageError, _open_store
    from monitor.store.alerts import acknowledge_alert, alert_payload, deliveries_of, get_alert, list_alerts

    with _open_store(args.cfg) as store:
        if args.alerts_command == "list":
            alerts = list_alerts(store, limit=args.limit, unacknowledged_only=args.unacked)
            for alert in alerts:
                if args.json:
                    payload: dict[str, Any] = alert_payload(store, alert.id) or {}  # type: ignore[arg-type]
                    payload["acknowledged"] = alert.acknowledged
                    payload["deliveries"] = [
                        {"sink": s, "status": st, "attempts": n, "error": e}
                        for s, st, n, e in deliveries_of(store, alert.id)  # type: ignore[arg-type]
                    ]
                    print(json.dumps(payload, ensure_ascii=False))
                    continue
                first = clean_text(alert.message.splitlines()[0] if alert.message else "", single_line=True)
                mark = " " if alert.acknowledged else "*"
                sent = " ".join(f"{s}:{st}" for s, st, _, _ in deliveries_of(store, alert.id))  # type: ignore[arg-type]
                print(f"{mark}{alert.id:>5}  {alert.created_at:%Y-%m-%d %H:%M}  {alert.kind:<6} {alert.severity:<8} "
                      f"{first}" + (f"  [{sent}]" if sent else ""))
            if not alerts:
                print("no alerts", file=sys.stderr)
            return 0
        if args.alerts_command == "show":
            shown = get_alert(store, args.id)
            if shown is None:
                raise UsageError(f"no such alert: {args.id}")
            print(clean_text(shown.message))
            for sink, status, attempts, error in deliveries_of(store, args.id):
                print(f"  -> {sink}: {status} after {attempts} attempts" + (f" ({clean_text(error)})" if error else ""))
            return 0
        if args.alerts_command == "ack":
            ids = args.ids or []
            if args.all:
                ids = [a.id for a in list_alerts(store, limit=1_000_000, unacknowledged_only=True)]
            elif not ids:
                raise UsageError("alerts ack: give alert ids, or --all")
            for alert_id in ids:
                if get_alert(store, alert_id) is None:
                    raise UsageError(f"no such alert: {alert_id}")
                done = acknowledge_alert(store, alert_id)
                print(f"{'acknowledged' if done else 'already acknowledged'}: {alert_id}", file=sys.stderr)
            return 0
    raise UsageError("alerts: expected one of list, show, ack")


def cmd_digest(args: argparse.Namespace) -> int:
    """Summarise the events since a time as text, Markdown or JSON."""
    from monitor.alerts.report import digest_json, digest_text
    from monitor.cli import _open_store
    from monitor.store.events import list_events

    now = datetime.now(UTC)
    since = _since(args, now) or now
    with _open_store(args.cfg) as store:
        events = list_events(store, since=since, limit=10_000)
    if args.format == "json":
        sys.stdout.write(digest_json(events, since))
    else:
        sys.stdout.write(digest_text(events, since, markdown=args.format == "markdown"))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Write events, attacks or entries as CSV, JSON or JSON lines (events also in the dataset's columns)."""
    from monitor.alerts import report
    from monitor.cli import UsageError, _open_store
    from monitor.store.events import attack_rows, entry_rows, list_events

    since = _since(args, datetime.now(UTC))
    if args.format == "dataset" and args.what != "events":
        raise UsageError("--format dataset: only events can be written in the dataset's columns")
    columns = None
    with _open_store(args.cfg) as store:
        if args.what == "events":
            events = sorted(list_events(store, since=since, limit=10_000_000), key=lambda e: (e.start, e.id or 0))
            if args.format == "dataset":
                rows = [row for e in events for row in report.dataset_rows(e)]
                columns = report.DATASET_COLUMNS
            else:
                rows = [report.event_row(e) for e in events]
        elif args.what == "attacks":
            rows = attack_rows(store, since=since)
        else:
            rows = entry_rows(store, since=since)
    if args.format in ("csv", "dataset"):
        sys.stdout.write(report.to_csv(rows, columns))
    elif args.format == "json":
        sys.stdout.write(report.to_json(rows))
    else:
        sys.stdout.write(report.to_jsonl(rows))
    return 0


def add_parsers(sub: Any) -> None:
    """Add the rules, alerts, digest and export sub-commands to the main parser."""
    p = sub.add_parser("rules", help="list the alert rules, or replay them over the stored reports")
    rsub = p.add_subparsers(dest="rules_command", metavar="ACTION", required=True)
    rsub.add_parser("list", help="the configured rules")
    q = rsub.add_parser("test", help="print what the rules would have fired on the stored reports; sends nothing")
    q.add_argument("--since", metavar="WHEN", help='only reports since WHEN ("24h", "7d", 2025-08-21)')
    q.add_argument("--json", action="store_true", help="one JSON object a line")
    p.set_defaults(func=cmd_rules)

    p = sub.add_parser("alerts", help="list, show or acknowledge alerts")
    asub = p.add_subparsers(dest="alerts_command", metavar="ACTION", required=True)
    q = asub.add_parser("list", help="alerts, newest first (* marks unacknowledged)")
    q.add_argument("--unacked", action="store_true", help="only those not yet acknowledged")
    q.add_argument("--limit", type=int, default=50, help="at most this many (default 50)")
    q.add_argument("--json", action="store_true", help="one JSON object a line, with delivery status")
    q = asub.add_parser("show", help="one alert's text and deliveries")
    q.add_argument("id", type=int, metavar="ID")
    q = asub.add_parser("ack", help="acknowledge alerts")
    q.add_argument("ids", type=int, nargs="*", metavar="ID")
    q.add_argument("--all", action="store_true", help="every unacknowledged alert")
    p.set_defaults(func=cmd_alerts)

    p = sub.add_parser("digest", help="summarise recent attack events")
    p.add_argument("--since", metavar="WHEN", default="24h", help='"24h" (default), "7d", or a date')
    p.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    p.set_defaults(func=cmd_digest)

    p = sub.add_parser("export", help="write events, attacks or entries as CSV, JSON or JSON lines")
    p.add_argument("what", choices=("events", "attacks", "entries"))
    p.add_argument("--format", choices=("csv", "json", "jsonl", "dataset"), default="csv",
                   help="dataset: events as CSV in the columns of the public missile-attack dataset")
    p.add_argument("--since", metavar="WHEN", help='"24h", "7d", or a date such as 2025-08-21')
    p.set_defaults(func=cmd_export)
