"""Lines of the Feed and Alerts panes: what gives way when a pane is narrow."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from monitor.models import Alert
from monitor.store.views import EntryListRow
from monitor.tui.render import alert_line, entry_line


def row(title: str, drones: int | None = 479, missiles: int | None = 7, killed: int | None = 3,
        injured: int | None = 12) -> EntryListRow:
    return EntryListRow(id=1, feed_url="https://news.example/rss", source="Eastern Ledger", title=title,
                        link="https://news.example/1", sort_time="2026-11-15T13:12:00Z", read=False, starred=False,
                        is_attack_report=True, wrong=False, drones=drones, missiles=missiles, killed=killed,
                        injured=injured)


TITLE = "Three killed as more than 300 drones and seven missiles hit western Ukraine overnight"


@pytest.mark.parametrize(("width", "figures", "title_at_least"), [
    (160, "479 drones · 7 missiles · 3 killed · 12 injured", 60),
    (100, "479 drones 7 missiles", 30),
    (70, "479 drones", 25),  # the Feed pane beside the others at 120 columns
])
def test_figures_give_way_before_the_title(width: int, figures: str, title_at_least: int) -> None:
    line = entry_line(row(TITLE), width).plain
    assert len(line) == width
    assert line.rstrip().endswith(figures)
    shown = line[line.index("Three"):line.rindex(figures)].strip().rstrip("…")
    assert TITLE.startswith(shown) and len(shown) >= title_at_least


def test_an_attack_with_missiles_only_keeps_them() -> None:
    line = entry_line(row(TITLE, drones=None, missiles=32, killed=None, injured=None), 70).plain
    assert line.rstrip().endswith("32 missiles")


def test_an_alert_is_one_line_without_its_rule_twice_or_its_evidence() -> None:
    alert = Alert(id=4, rule="deaths", kind="update", event_id=2, created_at=datetime(2026, 11, 21, 6, tzinfo=UTC),
                  message="[deaths] Russian attack on Kyiv: 3 killed\nChanged: killed 1 → 3\n“Three people were "
                          "killed, the mayor said.”\n- https://news.example/1")
    plain = alert_line(alert).plain
    assert "\n" not in plain and "[deaths]" not in plain and "https://" not in plain
    assert plain.endswith("deaths: update · Russian attack on Kyiv: 3 killed")
