"""Read config.toml once into frozen dataclasses, with one-line errors that name the key.

Every other module takes these objects, never the raw TOML, so a mistake is
caught at start-up with a message like ``poll.interval: expected a duration
such as "5m", got "soon"`` instead of a traceback in the middle of a cycle.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlsplit

from monitor.models import Feed

if TYPE_CHECKING:
    from collections.abc import Callable

    from monitor.alerts.rules import Rule
    from monitor.events import EventPolicy
    from monitor.rules_config import AlertSettings, SinkConfig

APP_NAME = "monitor"
BUNDLED_CONFIG = Path(__file__).with_name("default_config.toml")

_T = TypeVar("_T")


class ConfigError(ValueError):
    """A configuration mistake; its message is one line that names the key."""


@dataclass(frozen=True)
class StorageConfig:
    """Where the SQLite database lives."""

    path: Path


@dataclass(frozen=True)
class PollConfig:
    """How often and how widely feeds are polled."""

    interval: float = 300.0
    concurrency: int = 32
    per_host: int = 4
    fetch_articles: bool = True
    backoff_max: float = 6 * 3600.0
    retry_after_max: float = 6 * 3600.0


@dataclass(frozen=True)
class FetchConfig:
    """Limits on each HTTP request and on the article extractor."""

    timeout: float = 20.0
    connect_timeout: float = 10.0
    max_feed_bytes: int = 10 * 1024 * 1024
    max_article_bytes: int = 5 * 1024 * 1024
    extract_timeout: float = 20.0
    allow_private_addresses: bool = False
    user_agent: str = "monitor/0.1 (+https://github.com/; news monitor)"


@dataclass(frozen=True)
class Config:
    """The whole validated configuration."""

    source: Path | None
    storage: StorageConfig
    poll: PollConfig = field(default_factory=PollConfig)
    fetch: FetchConfig = field(default_factory=FetchConfig)
    feeds: tuple[Feed, ...] = ()
    rules: tuple[Rule, ...] = ()
    sinks: tuple[SinkConfig, ...] = ()
    alerts: AlertSettings = field(default_factory=lambda: _alerting_defaults().alerts)
    events: EventPolicy = field(default_factory=lambda: _alerting_defaults().events)
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)


def _alerting_defaults() -> Any:
    """The defaults of the alerting tables; imported late because monitor.rules_config imports this module."""
    from monitor.rules_config import AlertingConfig

    return AlertingConfig()


_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$")
_DURATION_UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0, None: 1.0}
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(b|kb|kib|mb|mib|gb|gib)?\s*$", re.IGNORECASE)
_SIZE_UNITS = {
    None: 1, "b": 1, "kb": 1000, "kib": 1024, "mb": 1000**2, "mib": 1024**2,
    "gb": 1000**3, "gib": 1024**3,
}


def parse_duration(value: Any, key: str) -> float:
    """Seconds from a number or a string such as "90s", "5m", "1.5h", "1d"."""
    if isinstance(value, bool):
        raise ConfigError(f'{key}: expected a duration such as "5m", got {value!r}')
    if isinstance(value, int | float):
        seconds = float(value)
    elif isinstance(value, str) and (m := _DURATION.match(value)):
        seconds = float(m.group(1)) * _DURATION_UNITS[m.group(2)]
    else:
        raise ConfigError(f'{key}: expected a duration such as "5m" or "30s", got {value!r}')
    if seconds <= 0:
        raise ConfigError(f"{key}: expected a duration above zero, got {value!r}")
    return seconds


def parse_size(value: Any, key: str) -> int:
    """Bytes from a number or a string such as "512KB", "10MB", "1MiB"."""
    if isinstance(value, bool):
        raise ConfigError(f'{key}: expected a size such as "10MB", got {value!r}')
    if isinstance(value, int):
        size = value
    elif isinstance(value, str) and (m := _SIZE.match(value)):
        unit = m.group(2).lower() if m.group(2) else None
        size = int(float(m.group(1)) * _SIZE_UNITS[unit])
    else:
        raise ConfigError(f'{key}: expected a size such as "10MB" or a number of bytes, got {value!r}')
    if size <= 0:
        raise ConfigError(f"{key}: expected a size above zero, got {value!r}")
    return size


def _table(data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise ConfigError(f"{key}: expected a table ([{key}]), got {type(value).__name__}")
    return value


def _check_keys(table: dict[str, Any], allowed: set[str], where: str) -> None:
    for key in table:
        if key not in allowed:
            choices = ", ".join(sorted(allowed))
            raise ConfigError(f"{where}.{key}: unknown key (expected one of: {choices})")


def _int(value: Any, key: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ConfigError(f"{key}: expected a whole number from {low} to {high}, got {value!r}")
    if not low <= value <= high:
        raise ConfigError(f"{key}: expected a whole number from {low} to {high}, got {value}")
    return value


def _bool(value: Any, key: str) -> bool:
    if not isinstance(value, bool):
        raise ConfigError(f"{key}: expected true or false, got {value!r}")
    return value


def _str(value: Any, key: str) -> str:
    if not isinstance(value, str):
        raise ConfigError(f"{key}: expected a string, got {value!r}")
    return value


def _parsed_or(table: dict[str, Any], key: str, where: str, parse: Callable[[Any, str], _T], default: _T) -> _T:
    """`parse` of table[key], named `where.key` in its errors, or `default` when the key is absent."""
    return parse(table[key], f"{where}.{key}") if key in table else default


def check_feed_url(url: str, key: str = "feeds.url") -> str:
    """The URL if it is an absolute http or https URL, else a ConfigError."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigError(f"{key}: expected an http:// or https:// URL, got {url!r}")
    return url.strip()


def default_data_dir() -> Path:
    """The user's data directory for monitor (XDG_DATA_HOME or its platform equivalent)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def user_config_path() -> Path:
    """Where a user's own config.toml is looked for."""
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, appauthor=False)) / "config.toml"


def _parse_feeds(value: Any, base: Path | None) -> tuple[Feed, ...]:
    if not isinstance(value, list):
        raise ConfigError("feeds: expected an array of tables ([[feeds]])")
    feeds: list[Feed] = []
    seen: set[str] = set()
    for i, item in enumerate(value):
        where = f"feeds[{i}]"
        if not isinstance(item, dict):
            raise ConfigError(f"{where}: expected a table with a url")
        _check_keys(item, {"url", "name", "interval"}, where)
        if "url" not in item:
            raise ConfigError(f"{where}.url: missing (every feed needs a url)")
        url = check_feed_url(_str(item["url"], f"{where}.url"), f"{where}.url")
        if url in seen:
            raise ConfigError(f"{where}.url: {url} is listed twice")
        seen.add(url)
        name = _str(item.get("name", ""), f"{where}.name")
        interval = _parsed_or(item, "interval", where, parse_duration, None)
        feeds.append(Feed(url=url, name=name, interval=interval))
    return tuple(feeds)


#: Top-level tables that later features own; validated by their own modules.
EXTENSION_KEYS = {"rules", "sinks", "alerts", "events", "tui", "keys"}


def parse_config(data: dict[str, Any], source: Path | None) -> Config:
    """Validate a parsed TOML document into a Config; ConfigError names the first bad key."""
    _check_keys(data, {"storage", "poll", "fetch", "feeds"} | EXTENSION_KEYS, "config")
    base = source.parent if source else None

    storage = _table(data, "storage")
    _check_keys(storage, {"path"}, "storage")
    raw_path = storage.get("path")
    if raw_path is None:
        db_path = default_data_dir() / "monitor.db"
    else:
        text = _str(raw_path, "storage.path")
        if not text.strip():
            raise ConfigError("storage.path: expected a file path, got an empty string")
        db_path = Path(os.path.expanduser(text))
        if not db_path.is_absolute() and base is not None:
            db_path = base / db_path

    poll = _table(data, "poll")
    _check_keys(
        poll,
        {"interval", "concurrency", "per_host", "fetch_articles", "backoff_max", "retry_after_max"},
        "poll",
    )
    d = PollConfig()
    poll_cfg = PollConfig(
        interval=_parsed_or(poll, "interval", "poll", parse_duration, d.interval),
        concurrency=_int(poll.get("concurrency", d.concurrency), "poll.concurrency", 1, 1024),
        per_host=_int(poll.get("per_host", d.per_host), "poll.per_host", 1, 256),
        fetch_articles=_bool(poll.get("fetch_articles", d.fetch_articles), "poll.fetch_articles"),
        backoff_max=_parsed_or(poll, "backoff_max", "poll", parse_duration, d.backoff_max),
        retry_after_max=_parsed_or(poll, "retry_after_max", "poll", parse_duration, d.retry_after_max),
    )

    fetch = _table(data, "fetch")
    _check_keys(
        fetch,
        {"timeout", "connect_timeout", "max_feed_bytes", "max_article_bytes", "extract_timeout",
         "allow_private_addresses", "user_agent"},
        "fetch",
    )
    f = FetchConfig()
    fetch_cfg = FetchConfig(
        timeout=_parsed_or(fetch, "timeout", "fetch", parse_duration, f.timeout),
        connect_timeout=_parsed_or(fetch, "connect_timeout", "fetch", parse_duration, f.connect_timeout),
        max_feed_bytes=_parsed_or(fetch, "max_feed_bytes", "fetch", parse_size, f.max_feed_bytes),
        max_article_bytes=_parsed_or(fetch, "max_article_bytes", "fetch", parse_size, f.max_article_bytes),
        extract_timeout=_parsed_or(fetch, "extract_timeout", "fetch", parse_duration, f.extract_timeout),
        allow_private_addresses=_bool(
            fetch.get("allow_private_addresses", f.allow_private_addresses), "fetch.allow_private_addresses"
        ),
        user_agent=_str(fetch.get("user_agent", f.user_agent), "fetch.user_agent"),
    )

    feeds = _parse_feeds(data.get("feeds", []), base)
    from monitor.rules_config import parse_alerting

    alerting = parse_alerting(data, feeds, base)
    return Config(
        source=source, storage=StorageConfig(path=db_path), poll=poll_cfg, fetch=fetch_cfg,
        feeds=feeds, rules=alerting.rules, sinks=alerting.sinks, alerts=alerting.alerts,
        events=alerting.events, raw=data,
    )


def find_config(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The config file to use: --config, then $MONITOR_CONFIG, then the user's, then the bundled default."""
    if explicit:
        return Path(explicit)
    env = os.environ.get("MONITOR_CONFIG")
    if env:
        return Path(env)
    user = user_config_path()
    if user.is_file():
        return user
    return BUNDLED_CONFIG


def load_config(explicit: str | os.PathLike[str] | None = None) -> Config:
    """Find, read and validate the configuration; every failure is a one-line ConfigError."""
    path = find_config(explicit)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"config: no such file: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"config: cannot read {path}: {exc}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config: {path} is not valid TOML: {exc}") from None
    # The bundled default has no directory of the user's to be relative to.
    return parse_config(data, None if path == BUNDLED_CONFIG else path.resolve())
