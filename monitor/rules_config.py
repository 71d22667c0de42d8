"""Validate the ``[[rules]]``, ``[[sinks]]``, ``[alerts]`` and ``[events]`` tables of config.toml.

Kept apart from config.py so that the alerting feature owns its own keys; every
mistake is a ConfigError naming the rule or sink and the key, e.g.
``rules["large attack"].min.drones: unknown figure``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from monitor.alerts.rules import SEVERITIES, Rule
from monitor.config import ConfigError, parse_duration
from monitor.events import POLICY_STEPS, EventPolicy
from monitor.models import FIGURE_FIELDS, Feed

#: Where alerts can be sent. Standard output and the TUI's Alerts pane need no entry: `monitor run`
#: prints each cycle's alerts and the TUI lists them from the store.
SINK_TYPES = ("file", "exec", "apprise", "desktop")


@dataclass(frozen=True)
class SinkConfig:
    """One ``[[sinks]]`` entry: a named place alerts are delivered to."""

    name: str
    type: str
    path: str = ""  # file: JSON lines appended here
    argv: tuple[str, ...] = ()  # exec: the command, run without a shell, the alert JSON on stdin
    urls: tuple[str, ...] = ()  # apprise: notification URLs
    timeout: float = 15.0
    min_severity: str = "info"


@dataclass(frozen=True)
class AlertSettings:
    """The ``[alerts]`` table: quiet hours and how failing sinks are retried."""

    quiet_hours: tuple[time, time] | None = None
    timezone: str | None = None  # None: the system's local time
    quiet_min_severity: str = "critical"  # alerts this severe are sent even in quiet hours
    retry_base: float = 60.0
    retry_max_delay: float = 3600.0
    max_attempts: int = 8
    max_age: float | None = 2 * 86400.0  # events that ended longer ago raise no alert; None: no limit


@dataclass(frozen=True)
class AlertingConfig:
    """Everything the events and alerts step needs from the configuration."""

    rules: tuple[Rule, ...] = ()
    sinks: tuple[SinkConfig, ...] = ()
    alerts: AlertSettings = field(default_factory=AlertSettings)
    events: EventPolicy = field(default_factory=EventPolicy)


def _keys(table: dict[str, Any], allowed: set[str], where: str) -> None:
    for key in table:
        if key not in allowed:
            raise ConfigError(f"{where}.{key}: unknown key (expected one of: {', '.join(sorted(allowed))})")


def _strings(value: Any, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{key}: expected a string or a list of non-empty strings, got {value!r}")
    return tuple(v.strip() for v in value)


def _choice(value: Any, key: str, choices: Sequence[str]) -> str:
    if value not in choices:
        raise ConfigError(f"{key}: expected one of {', '.join(choices)}, got {value!r}")
    return str(value)


def _rule_where(i: int, item: dict[str, Any]) -> str:
    name = item.get("name")
    return f'rules["{name}"]' if isinstance(name, str) and name else f"rules[{i}]"


def _feed_refs(value: Any, key: str, feeds: Sequence[Feed]) -> tuple[str, ...]:
    by_name = {f.name.casefold(): f.url for f in feeds if f.name}
    out = []
    for ref in _strings(value, key):
        if ref.startswith(("http://", "https://")):
            out.append(ref)
        elif ref.casefold() in by_name:
            out.append(by_name[ref.casefold()])
        else:
            raise ConfigError(f"{key}: {ref!r} is neither a feed URL nor the name of a configured feed")
    return tuple(out)


def parse_rules(value: Any, sink_names: set[str], feeds: Sequence[Feed] = ()) -> tuple[Rule, ...]:
    """The ``[[rules]]`` array as Rules; a ConfigError names the rule and the key."""
    if not isinstance(value, list):
        raise ConfigError("rules: expected an array of tables ([[rules]])")
    rules: list[Rule] = []
    seen: set[str] = set()
    allowed = {"name", "attacker", "min", "places", "keywords", "patterns", "feeds", "severity", "sinks",
               "updates"}
    for i, item in enumerate(value):
        if not isinstance(item, dict):
            raise ConfigError(f"rules[{i}]: expected a table")
        where = _rule_where(i, item)
        _keys(item, allowed, where)
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            raise ConfigError(f"{where}.name: missing (every rule needs a name)")
        if name in seen:
            raise ConfigError(f"{where}.name: two rules are called {name!r}")
        seen.add(name)
        attacker = item.get("attacker")
        if attacker is not None:
            attacker = _choice(attacker, f"{where}.attacker", ("russia", "ukraine"))
        minimum = item.get("min", {})
        if not isinstance(minimum, dict):
            raise ConfigError(f"{where}.min: expected a table such as {{ drones_launched = 300 }}")
        for figure, least in minimum.items():
            if figure not in FIGURE_FIELDS:
                raise ConfigError(f"{where}.min.{figure}: unknown figure (expected one of: {', '.join(FIGURE_FIELDS)})")
            if isinstance(least, bool) or not isinstance(least, int) or least < 0:
                raise ConfigError(f"{where}.min.{figure}: expected a whole number of 0 or more, got {least!r}")
        patterns = []
        for text in _strings(item.get("patterns", []), f"{where}.patterns") if "patterns" in item else ():
            try:
                patterns.append(re.compile(text, re.IGNORECASE))
            except re.error as exc:
                raise ConfigError(f"{where}.patterns: {text!r} is not a regular expression: {exc}") from None
        sinks = _strings(item["sinks"], f"{where}.sinks") if "sinks" in item else ()
        for sink in sinks:
            if sink not in sink_names:
                known = ", ".join(sorted(sink_names)) or "none are configured"
                raise ConfigError(f"{where}.sinks: no sink is called {sink!r} (sinks: {known})")
        updates = item.get("updates", True)
        if not isinstance(updates, bool):
            raise ConfigError(f"{where}.updates: expected true or false, got {updates!r}")
        rules.append(Rule(
            name=name.strip(),
            attacker=attacker,
            min=dict(minimum),
            places=_strings(item["places"], f"{where}.places") if "places" in item else (),
            keywords=_strings(item["keywords"], f"{where}.keywords") if "keywords" in item else (),
            patterns=tuple(patterns),
            feeds=_feed_refs(item["feeds"], f"{where}.feeds", feeds) if "feeds" in item else (),
            severity=_choice(item.get("severity", "info"), f"{where}.severity", SEVERITIES),
            sinks=sinks,
            updates=updates,
        ))
    return tuple(rules)


def parse_sinks(value: Any, base: Path | None = None) -> tuple[SinkConfig, ...]:
    """The ``[[sinks]]`` array as SinkConfigs; a ConfigError names the sink and the key.

    A relative file path is relative to the config file, as storage.path is.
    """
    if not isinstance(value, list):
        raise ConfigError("sinks: expected an array of tables ([[sinks]])")
    out: list[SinkConfig] = []
    seen: set[str] = set()
    for i, item in enumerate(value):
        if not isinstance(item, dict):
            raise ConfigError(f"sinks[{i}]: expected a table")
        name = item.get("name")
        where = f'sinks["{name}"]' if isinstance(name, str) and name else f"sinks[{i}]"
        if not isinstance(name, str) or not name.strip():
            raise ConfigError(f"{where}.name: missing (every sink needs a name)")
        if name in seen:
            raise ConfigError(f"{where}.name: two sinks are called {name!r}")
        seen.add(name)
        kind = _choice(item.get("type"), f"{where}.type", SINK_TYPES)
        allowed = {"name", "type", "timeout", "min_severity"} | {
            "file": {"path"}, "exec": {"argv"}, "apprise": {"urls"}, "desktop": set(),
        }[kind]
        _keys(item, allowed, where)
        sink = SinkConfig(
            name=name, type=kind,
            timeout=parse_duration(item["timeout"], f"{where}.timeout") if "timeout" in item else 15.0,
            min_severity=_choice(item.get("min_severity", "info"), f"{where}.min_severity", SEVERITIES),
        )
        if kind == "file":
            path = item.get("path")
            if not isinstance(path, str) or not path.strip():
                raise ConfigError(f"{where}.path: expected the path of a file to append JSON lines to")
            file = Path(os.path.expanduser(path))
            if not file.is_absolute() and base is not None:
                file = base / file
            sink = SinkConfig(**{**sink.__dict__, "path": str(file)})
        elif kind == "exec":
            argv = item.get("argv")
            if not isinstance(argv, list) or not argv or not all(isinstance(a, str) for a in argv):
                raise ConfigError(f'{where}.argv: expected a list of strings such as ["notify-me", "--json"]')
            sink = SinkConfig(**{**sink.__dict__, "argv": tuple(argv)})
        elif kind == "apprise":
            sink = SinkConfig(**{**sink.__dict__, "urls": _strings(item.get("urls"), f"{where}.urls")})
        out.append(sink)
    return tuple(out)


_CLOCK = re.compile(r"^\s*([01]?\d|2[0-3]):([0-5]\d)\s*-\s*([01]?\d|2[0-3]):([0-5]\d)\s*$")


def parse_alert_settings(value: Any) -> AlertSettings:
    """The ``[alerts]`` table."""
    if not isinstance(value, dict):
        raise ConfigError("alerts: expected a table ([alerts])")
    _keys(value, {"quiet_hours", "timezone", "quiet_min_severity", "retry_base", "retry_max_delay",
                  "max_attempts", "max_age"}, "alerts")
    d = AlertSettings()
    quiet = None
    if "quiet_hours" in value:
        m = _CLOCK.match(value["quiet_hours"]) if isinstance(value["quiet_hours"], str) else None
        if not m:
            raise ConfigError(f'alerts.quiet_hours: expected "HH:MM-HH:MM" such as "22:00-07:00", '
                              f"got {value['quiet_hours']!r}")
        quiet = (time(int(m[1]), int(m[2])), time(int(m[3]), int(m[4])))
    tz = value.get("timezone")
    if tz is not None:
        try:
            ZoneInfo(str(tz))
        except (ZoneInfoNotFoundError, ValueError):
            raise ConfigError(f'alerts.timezone: expected a time zone such as "Europe/Kyiv", got {tz!r}') from None
    attempts = value.get("max_attempts", d.max_attempts)
    if isinstance(attempts, bool) or not isinstance(attempts, int) or not 1 <= attempts <= 100:
        raise ConfigError(f"alerts.max_attempts: expected a whole number from 1 to 100, got {attempts!r}")
    return AlertSettings(
        quiet_hours=quiet, timezone=tz,
        quiet_min_severity=_choice(value.get("quiet_min_severity", d.quiet_min_severity),
                                   "alerts.quiet_min_severity", (*SEVERITIES, "never")),
        retry_base=parse_duration(value["retry_base"], "alerts.retry_base") if "retry_base" in value
        else d.retry_base,
        retry_max_delay=parse_duration(value["retry_max_delay"], "alerts.retry_max_delay")
        if "retry_max_delay" in value else d.retry_max_delay,
        max_attempts=attempts,
        max_age=_max_age(value["max_age"]) if "max_age" in value else d.max_age,
    )


def _max_age(value: Any) -> float | None:
    """`alerts.max_age`: a duration, or false for no limit."""
    if value is False:
        return None
    return parse_duration(value, "alerts.max_age")


def parse_event_policy(value: Any) -> EventPolicy:
    """The ``[events]`` table: the reconciliation policy and how far apart reports may be."""
    if not isinstance(value, dict):
        raise ConfigError("events: expected a table ([events])")
    _keys(value, {"policy", "authorities", "tolerance", "margin"}, "events")
    d = EventPolicy()
    policy = _strings(value["policy"], "events.policy") if "policy" in value else d.policy
    for step in policy:
        _choice(step, "events.policy", POLICY_STEPS)
    tolerance = value.get("tolerance", d.tolerance)
    if isinstance(tolerance, bool) or not isinstance(tolerance, int | float) or not 0 <= tolerance <= 1:
        raise ConfigError(f"events.tolerance: expected a share from 0 to 1 such as 0.1, got {tolerance!r}")
    return EventPolicy(
        policy=policy,
        authorities=tuple(a.casefold() for a in _strings(value["authorities"], "events.authorities"))
        if "authorities" in value else d.authorities,
        tolerance=float(tolerance),
        margin=timedelta(seconds=parse_duration(value["margin"], "events.margin")) if "margin" in value
        else d.margin,
    )


def parse_alerting(data: dict[str, Any], feeds: Sequence[Feed] = (), base: Path | None = None) -> AlertingConfig:
    """The alerting part of a parsed config.toml document."""
    sinks = parse_sinks(data.get("sinks", []), base)
    return AlertingConfig(
        rules=parse_rules(data.get("rules", []), {s.name for s in sinks}, feeds),
        sinks=sinks,
        alerts=parse_alert_settings(data.get("alerts", {})),
        events=parse_event_policy(data.get("events", {})),
    )
