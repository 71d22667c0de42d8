"""Snapshot tests of the TUI's screens on fixed data (pytest-textual-snapshot; `--snapshot-update` to refresh)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tui_data import make_config, populate

from monitor.tui.app import MonitorApp


@pytest.fixture(autouse=True)
def utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Show times in UTC so that snapshots do not depend on where they are taken."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def app(tmp_path: Path) -> MonitorApp:
    """The app on the fixture database, not polling."""
    cfg = make_config(tmp_path)
    populate(cfg)
    return MonitorApp(cfg, autopoll=False)


async def _settle(pilot: Any) -> None:
    for _ in range(3):
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def _after(*keys: str) -> Any:
    async def run_before(pilot: Any) -> None:
        await _settle(pilot)
        for key in keys:
            await pilot.press(key)
            await _settle(pilot)

    return run_before


def test_main_screen_80x24(snap_compare: Any, app: MonitorApp) -> None:
    assert snap_compare(app, terminal_size=(80, 24), run_before=_after())


def test_main_screen_wide(snap_compare: Any, app: MonitorApp) -> None:
    assert snap_compare(app, terminal_size=(160, 40), run_before=_after())


def test_reader(snap_compare: Any, app: MonitorApp) -> None:
    assert snap_compare(app, terminal_size=(80, 24), run_before=_after("enter"))


def test_feed_health(snap_compare: Any, app: MonitorApp) -> None:
    assert snap_compare(app, terminal_size=(120, 24), run_before=_after("h"))


def test_chart(snap_compare: Any, app: MonitorApp) -> None:
    assert snap_compare(app, terminal_size=(80, 24), run_before=_after("c"))


def test_help(snap_compare: Any, app: MonitorApp) -> None:
    assert snap_compare(app, terminal_size=(100, 30), run_before=_after("question_mark"))
