"""Config loading: the lookup order, the defaults, and a one-line error naming the key for each mistake."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from monitor.cli import main
from monitor.config import BUNDLED_CONFIG, ConfigError, find_config, load_config, parse_duration, parse_size


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_bundled_default_is_valid_and_has_real_feeds() -> None:
    cfg = load_config(BUNDLED_CONFIG)
    assert len(cfg.feeds) >= 5
    assert all(f.url.startswith("https://") for f in cfg.feeds)
    assert cfg.poll.concurrency == 32 and cfg.poll.per_host == 4 and cfg.poll.fetch_articles is True
    assert cfg.fetch.allow_private_addresses is False
    # The default database lives in the user's data directory, not the current one.
    assert cfg.storage.path.is_absolute() and cfg.storage.path.name == "monitor.db"


def test_contract_keys(tmp_path: Path) -> None:
    path = write(tmp_path, """
[storage]
path = "data/m.db"
[poll]
interval = "90s"
concurrency = 8
per_host = 2
fetch_articles = false
[fetch]
allow_private_addresses = true
[[feeds]]
url = "http://127.0.0.1:8000/feed.xml"
name = "local"
interval = "1h"
""")
    cfg = load_config(path)
    assert cfg.storage.path == tmp_path.resolve() / "data" / "m.db"
    assert cfg.poll.interval == 90 and cfg.poll.concurrency == 8 and cfg.poll.per_host == 2
    assert cfg.poll.fetch_articles is False and cfg.fetch.allow_private_addresses is True
    assert cfg.feeds[0].url == "http://127.0.0.1:8000/feed.xml" and cfg.feeds[0].interval == 3600


def test_lookup_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    explicit = write(tmp_path, "")
    env = tmp_path / "env.toml"
    env.write_text("", encoding="utf-8")
    monkeypatch.setenv("MONITOR_CONFIG", str(env))
    assert find_config(explicit) == explicit
    assert find_config(None) == env
    monkeypatch.delenv("MONITOR_CONFIG")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert find_config(None) == BUNDLED_CONFIG
    user = tmp_path / "xdg" / "monitor" / "config.toml"
    user.parent.mkdir(parents=True)
    user.write_text("", encoding="utf-8")
    assert find_config(None) == user


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("[poll]\ninterval = 'soon'\n", "poll.interval"),
        ("[poll]\ninterval = -5\n", "poll.interval"),
        ("[poll]\nconcurrency = 'many'\n", "poll.concurrency"),
        ("[poll]\nconcurrency = 0\n", "poll.concurrency"),
        ("[poll]\nper_host = 1.5\n", "poll.per_host"),
        ("[poll]\nfetch_articles = 'yes'\n", "poll.fetch_articles"),
        ("[poll]\nintervall = '5m'\n", "poll.intervall: unknown key"),
        ("[fetch]\nallow_private_addresses = 1\n", "fetch.allow_private_addresses"),
        ("[fetch]\nmax_feed_bytes = 'big'\n", "fetch.max_feed_bytes"),
        ("[fetch]\ntimeout = true\n", "fetch.timeout"),
        ("[storage]\npath = 3\n", "storage.path"),
        ("[storage]\npath = ''\n", "storage.path"),
        ("storage = 'x'\n", "storage: expected a table"),
        ("[[feeds]]\nname = 'no url'\n", "feeds[0].url: missing"),
        ("[[feeds]]\nurl = 'ftp://example.org/feed'\n", "feeds[0].url"),
        ("[[feeds]]\nurl = 'https://a.example/f'\n[[feeds]]\nurl = 'https://a.example/f'\n", "feeds[1].url"),
        ("[[feeds]]\nurl = 'https://a.example/f'\ncolour = 'red'\n", "feeds[0].colour"),
        ("feeds = 'x'\n", "feeds"),
        ("[polling]\n", "config.polling: unknown key"),
        ("[poll\ninterval = 1\n", "not valid TOML"),
    ],
)
def test_bad_config_names_the_key(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, needle: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert needle in str(info.value) and "\n" not in str(info.value)
    assert main(["--config", str(path), "feeds", "list"]) == 2
    err = capsys.readouterr().err
    assert needle in err and err.count("\n") == 1 and "Traceback" not in err


def test_missing_config_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(tmp_path / "nope.toml"), "run", "--once"]) == 2
    assert "no such file" in capsys.readouterr().err


def test_bad_config_from_the_command_line(tmp_path: Path) -> None:
    """The installed entry point exits 2 with one line on stderr and no traceback."""
    path = write(tmp_path, "[poll]\nconcurrency = 'lots'\n")
    proc = subprocess.run(
        [sys.executable, "-m", "monitor", "--config", str(path), "run", "--once"],
        capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        "monitor: poll.concurrency: expected a whole number from 1 to 1024, got 'lots'"
    ]


def test_env_variable_selects_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "[poll]\nper_host = 0\n")
    monkeypatch.setenv("MONITOR_CONFIG", str(path))
    assert main(["feeds", "list"]) == 2
    assert "poll.per_host" in capsys.readouterr().err


@pytest.mark.parametrize(("value", "seconds"), [(30, 30.0), ("30s", 30.0), ("5m", 300.0), ("1.5h", 5400.0),
                                                ("1d", 86400.0), ("250ms", 0.25)])
def test_durations(value: object, seconds: float) -> None:
    assert parse_duration(value, "k") == seconds


@pytest.mark.parametrize(("value", "size"), [(1000, 1000), ("10MB", 10_000_000), ("1MiB", 1 << 20),
                                             ("512kb", 512_000)])
def test_sizes(value: object, size: int) -> None:
    assert parse_size(value, "k") == size
