"""`monitor export` and `monitor digest` over a real database built from the seed reports."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from test_alerts import FEED, NOW, add_report, make_config

from monitor.alerts.engine import update_events
from monitor.alerts.report import DATASET_COLUMNS, parse_since
from monitor.cli import main
from monitor.models import Feed
from monitor.store import Store


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(f'[storage]\npath = "m.db"\n[[feeds]]\nurl = "{FEED}"\n')
    with Store(tmp_path / "m.db") as store:
        store.sync_feeds([Feed(FEED)], NOW)
        for num in ("000", "001", "002", "003", "004"):
            add_report(store, num)
        update_events(store, make_config(tmp_path, rules=[]), NOW)
    return path


def run(capsys: pytest.CaptureFixture[str], config: Path, *args: str) -> str:
    assert main(["--config", str(config), *args]) == 0
    return capsys.readouterr().out


def test_export_events_csv_json_jsonl(capsys: pytest.CaptureFixture[str], config: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(run(capsys, config, "export", "events", "--format", "csv"))))
    assert len(rows) == 8
    merged = next(r for r in rows if r["sources"] == "2")
    assert (merged["drones_launched"], merged["launched_total"], merged["injured"]) == ("574", "614", "22")
    assert merged["conflicts"] == "injured" and "https://news.example/001" in merged["urls"]
    as_json = json.loads(run(capsys, config, "export", "events", "--format", "json"))
    lines = [json.loads(x) for x in run(capsys, config, "export", "events", "--format", "jsonl").splitlines()]
    assert as_json == lines and len(lines) == 8
    recent = run(capsys, config, "export", "events", "--format", "jsonl", "--since", "2025-08-01")
    assert len(recent.splitlines()) == 4


def test_export_dataset_shape(capsys: pytest.CaptureFixture[str], config: Path) -> None:
    reader = csv.DictReader(io.StringIO(run(capsys, config, "export", "events", "--format", "dataset")))
    rows = list(reader)
    assert tuple(reader.fieldnames or ()) == DATASET_COLUMNS
    drones = next(r for r in rows if r["model"] == "drones" and r["launched"] == "653")
    assert (drones["destroyed"], drones["target"]) == ("585", "Ukraine")
    missiles = next(r for r in rows if r["model"] == "missiles" and r["launched"] == "51")
    assert missiles["destroyed"] == "30" and missiles["time_start"] == drones["time_start"]
    suppressed = next(r for r in rows if r["model"] == "drones" and r["launched"] == "123")
    assert suppressed["not_reach_goal"] == "40"
    assert all(r["time_start"] <= r["time_end"] for r in rows)
    assert not any("Belgorod" in r["affected_region"] for r in rows)  # Ukraine's attacks are not in its shape


def test_export_attacks_and_entries(capsys: pytest.CaptureFixture[str], config: Path) -> None:
    attacks = [json.loads(x) for x in run(capsys, config, "export", "attacks", "--format", "jsonl").splitlines()]
    assert len(attacks) == 9 and all(a["event_id"] for a in attacks)
    assert len({a["event_id"] for a in attacks if a["url"].endswith(("000", "001")) and a["idx"] == 0}) == 1
    entries = list(csv.DictReader(io.StringIO(run(capsys, config, "export", "entries"))))
    assert len(entries) == 5 and {e["is_attack_report"] for e in entries} == {"True"}


def test_csv_cells_cannot_be_formulas(capsys: pytest.CaptureFixture[str], config: Path) -> None:
    with Store(config.parent / "m.db") as store:
        store.db.execute("UPDATE entries SET title = '=HYPERLINK(\"http://evil\")' WHERE guid = 'seed-000'")
    entries = list(csv.DictReader(io.StringIO(run(capsys, config, "export", "entries"))))
    assert any(e["title"].startswith("'=HYPERLINK") for e in entries)


def test_digest_formats(capsys: pytest.CaptureFixture[str], config: Path) -> None:
    text = run(capsys, config, "digest", "--since", "2025-08-01")
    assert text.startswith("4 attack events since 2025-08-01")
    assert "574 drones launched" in text and "sources disagree on: injured" in text
    md = run(capsys, config, "digest", "--since", "2025-08-01", "--format", "markdown")
    assert md.startswith("# 4 attack events") and "](https://news.example/000)" in md
    data = json.loads(run(capsys, config, "digest", "--since", "2025-08-01", "--format", "json"))
    assert len(data["events"]) == 4 and {len(e["sources"]) for e in data["events"]} == {1, 2}
    assert "0 attack events" in run(capsys, config, "digest")  # the seeds are long past 24 hours ago


def test_bad_since_is_a_usage_error(config: Path) -> None:
    assert main(["--config", str(config), "export", "events", "--since", "last week"]) == 2
    with pytest.raises(ValueError, match="expected a duration"):
        parse_since("soon", NOW)
    assert parse_since("24h", NOW) == NOW.replace(day=20)
