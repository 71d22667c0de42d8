"""End to end: `monitor run --once --json` against a local server serving the seed reports as a feed and pages."""

from __future__ import annotations

import html
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from email.utils import format_datetime
from pathlib import Path

import pytest
from localserver import LocalServer, start
from test_events import PUBLISHED, SEEDS

ROOT = Path(__file__).resolve().parents[1]


def _page(title: str, paragraphs: list[str]) -> str:
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{html.escape(title)}</title></head>"
            f"<body><nav><a href='/'>Home</a></nav><article><h1>{html.escape(title)}</h1>\n{body}\n</article>"
            "<footer>Copyright</footer></body></html>")


@pytest.fixture
def seed_site(tmp_path: Path) -> Iterator[tuple[LocalServer, Path]]:
    """A local server with /files/seeds/feed.xml listing the five seeds, each with an article page."""
    root = tmp_path / "site"
    root.mkdir()
    srv, thread = start({"seeds": root})
    items = []
    for path in sorted(SEEDS.glob("*.txt")):
        num = path.name[:3]
        lines = [line for line in path.read_text().splitlines() if line.strip()]
        title = lines[0] if len(lines[0]) < 120 else lines[0][:100]
        (root / f"{num}.html").write_text(_page(title, lines[1:] if len(lines[0]) < 120 else lines))
        items.append(
            f"<item><title>{html.escape(title)}</title><link>{srv.url(f'/files/seeds/{num}.html')}</link>"
            f"<guid>seed-{num}</guid><pubDate>{format_datetime(PUBLISHED[num])}</pubDate>"
            f"<description>{html.escape(lines[1][:200])}</description></item>"
        )
    (root / "feed.xml").write_text(
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Seeds</title>"
        "<link>http://127.0.0.1/</link><description>seed reports</description>" + "".join(items)
        + "</channel></rss>"
    )
    yield srv, tmp_path
    srv.shutdown()
    srv.server_close()
    thread.join(5)


def _run(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("MONITOR_CONFIG", None)
    return subprocess.run([sys.executable, "-m", "monitor", "--config", str(config), *args],
                          capture_output=True, text=True, timeout=120, env=env)


def test_headless_run_alerts_once_then_nothing(seed_site: tuple[LocalServer, Path]) -> None:
    srv, tmp = seed_site
    config = tmp / "config.toml"
    config.write_text(
        '[storage]\npath = "m.db"\n[fetch]\nallow_private_addresses = true\n'
        f'[[feeds]]\nurl = "{srv.url("/files/seeds/feed.xml")}"\nname = "Seeds"\n'
        '[[rules]]\nname = "large attack"\nattacker = "russia"\nmin = { drones_launched = 300 }\nseverity = "warning"\n'
        '[[rules]]\nname = "deadly"\nmin = { killed = 1 }\nplaces = ["Lviv", "Kyiv", "Odesa"]\nsinks = ["log"]\n'
        '[[sinks]]\nname = "log"\ntype = "file"\npath = "alerts.jsonl"\n'
        '[alerts]\nmax_age = false\n'
    )
    first = _run(config, "run", "--once", "--json")
    assert first.returncode == 10, first.stderr
    lines = [json.loads(line) for line in first.stdout.splitlines()]
    assert lines[-1]["type"] == "summary" and lines[-1]["new_alerts"] == len(lines) - 1
    assert lines[-1]["attack_reports"] == 5 and lines[-1]["failed"] == 0
    alerts = lines[:-1]
    assert all(a["type"] == "alert" and a["kind"] == "new" for a in alerts)
    fired = sorted((a["rule"], a["event"]["figures"]["drones_launched"]) for a in alerts)
    assert ("large attack", 574) in fired and ("large attack", 653) in fired and ("large attack", 300) in fired
    assert ("large attack", 123) not in fired
    assert ("deadly", 574) in fired and ("deadly", 300) in fired and ("deadly", 123) in fired
    merged = next(a for a in alerts if a["rule"] == "large attack" and a["event"]["figures"]["drones_launched"] == 574)
    assert sorted(s["url"].rsplit("/", 1)[1] for s in merged["event"]["sources"]) == ["000.html", "001.html"]
    assert merged["event"]["figures"]["missiles_launched"] == 40
    delivered = [json.loads(line) for line in (tmp / "alerts.jsonl").read_text().splitlines()]
    assert sorted(d["id"] for d in delivered) == sorted(a["id"] for a in alerts)

    second = _run(config, "run", "--once", "--json", "--all")
    assert second.returncode == 0, second.stderr
    (summary,) = [json.loads(line) for line in second.stdout.splitlines()]
    assert summary["type"] == "summary" and summary["new_alerts"] == 0
    assert len((tmp / "alerts.jsonl").read_text().splitlines()) == len(alerts)

    quiet = _run(config, "run", "--once", "--quiet", "--all")
    assert quiet.returncode == 0 and quiet.stdout == "" and quiet.stderr == ""

    listed = _run(config, "alerts", "list", "--json")
    assert listed.returncode == 0 and len(listed.stdout.splitlines()) == len(alerts)
    assert all(d["deliveries"][0]["status"] == "sent" for d in map(json.loads, listed.stdout.splitlines())
               if d["rule"] == "deadly")
    ack = _run(config, "alerts", "ack", str(alerts[0]["id"]))
    assert ack.returncode == 0 and "acknowledged" in ack.stderr
    assert _run(config, "alerts", "ack", "9999").returncode == 2

    replay = _run(config, "rules", "test")
    assert replay.returncode == 0 and len(replay.stdout.splitlines()) == len(alerts)
    assert "nothing was sent" in replay.stderr
    assert len((tmp / "alerts.jsonl").read_text().splitlines()) == len(alerts)
