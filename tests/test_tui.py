"""Pilot tests of the TUI: each path a user takes, on a real database and a real Textual app."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from tui_data import FEED_A, HOSTILE_TITLE, NOW, entry, make_config, populate

from monitor.config import Config, ConfigError
from monitor.keys_config import parse_keys
from monitor.models import Alert
from monitor.store import Store, views
from monitor.store import alerts as alert_store
from monitor.tui.app import MonitorApp
from monitor.tui.screens import (
    AlertScreen,
    ChartScreen,
    FilterScreen,
    HealthScreen,
    HelpScreen,
    ReaderScreen,
    SearchScreen,
)
from monitor.tui.widgets import AlertsList, EntryList

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    """Textual runs on asyncio."""
    return "asyncio"


def screen_text(app: MonitorApp) -> str:
    """Every character the app has drawn on its current screen."""
    return "\n".join("".join(seg.text for seg in strip) for strip in app.screen._compositor.render_strips())


async def settle(pilot: Any, app: MonitorApp) -> None:
    """Let the workers land their messages."""
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def press(pilot: Pilot[int], app: MonitorApp, *keys: str) -> None:
    """Press the keys, then let the workers they started land their messages."""
    await pilot.press(*keys)
    await settle(pilot, app)


@asynccontextmanager
async def started(cfg: Config, size: tuple[int, int], **kwargs: Any) -> AsyncIterator[tuple[MonitorApp, Pilot[int]]]:
    """The app (without autopoll) running headless at `size`, settled on its first page, and its pilot."""
    app = MonitorApp(cfg, autopoll=False, **kwargs)
    async with app.run_test(size=size) as pilot:
        await settle(pilot, app)
        yield app, pilot


@dataclass
class Env:
    """A config and the ids of the fixture rows in its database."""

    cfg: Config
    ids: dict[str, int]


@pytest.fixture
def env(tmp_path: Path) -> Env:
    """A populated database and its config."""
    config = make_config(tmp_path)
    return Env(config, populate(config))


def row(env: Env, key: str) -> views.EntryListRow:
    """The stored list row of a fixture entry."""
    with Store(env.cfg.storage.path) as store:
        found = views.entry_row(store, env.ids[key])
    assert found is not None
    return found


async def test_opens_with_newest_first_and_figures_of_selection(env: Env) -> None:
    async with started(env.cfg, (80, 24)) as (app, _):
        feed = app.query_one(EntryList)
        assert feed.total == 5
        assert feed.selected is not None and feed.selected.id == env.ids["a574"]
        text = screen_text(app)
        assert "Feed" in text and "Figures" in text and "Alerts" in text
        assert "574 drones 40 missiles" in text  # at 80 columns the title keeps room; killed gives way
        assert "drones launched" in text and "574" in text
        assert "large attack" in text
        assert "1 failing" in text


async def test_select_moves_figures_with_the_cursor(env: Env) -> None:
    async with started(env.cfg, (100, 30)) as (app, pilot):
        await press(pilot, app, "j")
        assert app.selected_id == env.ids["b614"]
        assert "launched (total)" in screen_text(app)
        await press(pilot, app, "j")
        assert app.selected_id == env.ids["museum"]
        assert "Not an attack report." in screen_text(app)
        await press(pilot, app, "k", "k")
        assert app.selected_id == env.ids["a574"]


async def test_event_shows_each_source_side_by_side(env: Env) -> None:
    async with started(env.cfg, (160, 50)) as (app, _):
        text = screen_text(app)
        assert "2 sources" in text
        assert "Northbridge Wire" in text and "Eastern Ledger" in text
        line = next(ln for ln in text.splitlines() if "injured" in ln and "18" in ln)
        assert "22" in line


async def test_read_opens_reader_marks_read_and_highlights_evidence(env: Env) -> None:
    async with started(env.cfg, (80, 24)) as (app, pilot):
        await press(pilot, app, "enter")
        assert isinstance(app.screen, ReaderScreen)
        body = app.screen.query_one("#reader-body").render()
        spans = [(body.plain[s.start:s.end], str(s.style)) for s in body.spans]
        assert [text for text, _ in spans] == ["Russian forces launched 574 drones and 40 missiles overnight",
                                               "One person was killed"]
        assert spans[0][1] != spans[1][1]
        assert "drones launched 574" in screen_text(app)
        assert row(env, "a574").read
        await press(pilot, app, "escape")
        assert not isinstance(app.screen, ReaderScreen)


async def test_r_toggles_read_and_s_toggles_star(env: Env) -> None:
    async with started(env.cfg, (80, 24)) as (app, pilot):
        await press(pilot, app, "r")
        assert row(env, "a574").read
        assert app.query_one(EntryList).selected.read  # type: ignore[union-attr]
        await press(pilot, app, "r", "s")
        await settle(pilot, app)
        assert not row(env, "a574").read
        assert row(env, "a574").starred
        assert "★" in screen_text(app).splitlines()[1]


async def test_x_marks_report_wrong(env: Env) -> None:
    async with started(env.cfg, (100, 30)) as (app, pilot):
        await press(pilot, app, "x")
        assert row(env, "a574").wrong
        assert "Marked wrong" in screen_text(app)


async def test_filter_attack_reports_starred_and_one_feed(env: Env) -> None:
    async with started(env.cfg, (80, 24)) as (app, pilot):
        await press(pilot, app, "f")
        assert isinstance(app.screen, FilterScreen)
        await press(pilot, app, "down", "enter")
        assert app.filter == views.EntryFilter(attack_only=True)
        assert app.query_one(EntryList).total == 3
        await press(pilot, app, "f")
        await press(pilot, app, "down", "down", "down", "down", "down", "enter")  # Feed: Eastern Ledger
        assert app.filter.feed_url == "http://b.test/feed.xml"
        assert app.query_one(EntryList).total == 2
        await press(pilot, app, "escape")
        assert app.filter == views.EntryFilter()
        assert app.query_one(EntryList).total == 5


async def test_search_finds_by_text_and_escape_clears(env: Env) -> None:
    async with started(env.cfg, (80, 24)) as (app, pilot):
        await press(pilot, app, "slash")
        assert isinstance(app.screen, SearchScreen)
        await press(pilot, app, *"museu", "enter")
        feed = app.query_one(EntryList)
        assert feed.total == 1
        assert feed.selected is not None and feed.selected.id == env.ids["museum"]
        assert "search: museu" in screen_text(app)
        await press(pilot, app, "escape")
        assert feed.total == 5


async def test_acknowledge_alert(env: Env) -> None:
    async with started(env.cfg, (80, 24)) as (app, pilot):
        assert app.unacknowledged == 2
        await press(pilot, app, "a")
        assert app.unacknowledged == 1
        with Store(env.cfg.storage.path) as store:
            acked = [a.rule for a in alert_store.list_alerts(store) if a.acknowledged]
        assert acked == ["casualties"]  # the newest first
        await press(pilot, app, "tab")
        assert app.query_one(AlertsList).has_focus
        await press(pilot, app, "a")
        assert app.unacknowledged == 0


async def test_enter_on_an_alert_shows_it_in_full(env: Env) -> None:
    lines = ["[deaths] Russian attack on Lviv: 574 drones launched, 1 killed", "Changed: killed - → 1",
             "“One person was killed in Lviv, the governor said.”", "- https://news.test/a574"]
    with Store(env.cfg.storage.path) as store:
        alert = Alert(None, "deaths", "update", env.ids["event"], NOW + timedelta(minutes=5), "\n".join(lines))
        assert alert_store.record_alert(store, alert, {"killed": 1}, lambda i: {"id": i}, ()) is not None
    async with started(env.cfg, (100, 30)) as (app, pilot):
        await press(pilot, app, "tab")
        pane = app.query_one(AlertsList)
        assert pane.has_focus and pane.current_alert is not None
        assert pane.current_alert.rule == "deaths"  # the newest
        await press(pilot, app, "enter")
        assert isinstance(app.screen, AlertScreen)
        text = screen_text(app)
        assert all(line in text for line in lines[1:]) and "Russian attack on Lviv" in text
        await press(pilot, app, "escape")
        assert not isinstance(app.screen, AlertScreen) and app.unacknowledged == 3  # reading is not acknowledging


async def test_poll_now_runs_a_cycle_and_new_entries_appear(env: Env) -> None:
    calls: list[bool] = []

    def runner(config: Any, store: Store, *, all_feeds: bool, progress: Any) -> dict[str, int]:
        calls.append(all_feeds)
        new = store.record_poll(FEED_A, status="ok", now=NOW, next_poll_at=NOW + timedelta(minutes=5),
                                entries=[entry(FEED_A, "fresh", "Fresh report arrives", 0.1)])
        progress("feed", {"url": FEED_A, "status": "ok", "error": "", "new_entries": len(new)})
        progress("cycle", {"type": "summary"})
        return {"new_entries": len(new)}

    async with started(env.cfg, (80, 24), runner=runner) as (app, pilot):
        await pilot.press("R")
        for _ in range(50):
            await pilot.pause(0.02)
            if app.cycle_thread is None and calls:
                break
        await settle(pilot, app)
        assert calls == [True]
        assert app.query_one(EntryList).total == 6
        assert "Fresh report arrives" in screen_text(app)
        assert app.selected_id == env.ids["a574"]  # the selection stays on its entry


async def test_failed_cycle_is_shown_and_app_lives_on(env: Env) -> None:
    def runner(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("network down")

    async with started(env.cfg, (80, 24), runner=runner) as (app, pilot):
        await pilot.press("R")
        for _ in range(50):
            await pilot.pause(0.02)
            if app.last_error:
                break
        await settle(pilot, app)
        assert "network down" in app.last_error
        assert "cycle failed" in screen_text(app)


async def test_open_link_only_http(tmp_path: Path) -> None:
    config = make_config(tmp_path / "h")
    populate(config, hostile=True)
    opened: list[str] = []
    async with started(config, (80, 24)) as (app, pilot):
        app.open_url = lambda url, new_tab=True: opened.append(url)  # type: ignore[method-assign]
        await press(pilot, app, "j", "o")  # a574 has an https link
        await press(pilot, app, "k", "o")  # the hostile entry links to javascript:
    assert opened == ["https://news.test/a574"]


async def test_screens_health_chart_help(env: Env) -> None:
    async with started(env.cfg, (80, 24)) as (app, pilot):
        await pilot.resize_terminal(160, 24)
        await press(pilot, app, "h")
        assert isinstance(app.screen, HealthScreen)
        text = screen_text(app)
        assert "Broken Feed" in text and "failed" in text and "HTTP 503" in text
        await press(pilot, app, "escape", "c")
        assert isinstance(app.screen, ChartScreen)
        text = screen_text(app)
        assert "574" in text and "123" in text and "08-21" in text
        await press(pilot, app, "escape", "question_mark")
        assert isinstance(app.screen, HelpScreen)
        assert "Feed health" in screen_text(app)


async def test_quit(env: Env) -> None:
    async with started(env.cfg, (80, 24)) as (app, pilot):
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0
    assert not app.is_running


async def test_keys_remapped_from_config(tmp_path: Path) -> None:
    config = make_config(tmp_path, keys={"star": "S", "quit": "Q"})
    ids = populate(config)
    async with started(config, (80, 24)) as (app, pilot):
        await press(pilot, app, "s")
        with Store(config.storage.path) as store:
            assert not views.entry_row(store, ids["a574"]).starred  # type: ignore[union-attr]
        await press(pilot, app, "S")
        with Store(config.storage.path) as store:
            assert views.entry_row(store, ids["a574"]).starred  # type: ignore[union-attr]
        await press(pilot, app, "question_mark")
        assert "S " in screen_text(app)
        await pilot.press("escape", "q")
        await pilot.pause()
        assert app.is_running
        await pilot.press("Q")
        await pilot.pause()
    assert not app.is_running


def test_bad_key_config_is_one_line_naming_the_key() -> None:
    with pytest.raises(ConfigError, match=r"^keys\.star: 'r' is already the key of 'read'$"):
        parse_keys({"star": "r"})
    with pytest.raises(ConfigError, match=r"^keys\.stra: unknown command"):
        parse_keys({"stra": "x"})
    with pytest.raises(ConfigError, match=r"^keys\.star: 'ctrl\+' is not a key|^keys\.star: .* is not a key"):
        parse_keys({"star": "hyper+q"})
    assert parse_keys({"search": "?", "help": "f1"})["search"] == "question_mark"


async def test_hostile_text_is_shown_as_plain_visible_text(tmp_path: Path) -> None:
    config = make_config(tmp_path)
    populate(config, hostile=True)
    async with started(config, (200, 30)) as (app, pilot):
        text = screen_text(app)
        assert app.is_running
        assert "[@click=app.quit]x[/] [bold]loud[/bold]gnp.exe" in text
        for bad in ("\x1b", "\x07", "\u202e", "]2;pwned"):
            assert bad not in text
        await pilot.click(EntryList, offset=(60, 0))
        await settle(pilot, app)
        assert app.is_running
        await press(pilot, app, "enter")
        reader = screen_text(app)
        assert "[@click=app.quit]x[/]" in reader and "\x1b" not in reader
        assert HOSTILE_TITLE not in reader


async def test_fits_80x24_and_uses_a_large_terminal(env: Env) -> None:
    async with started(env.cfg, (80, 24)) as (app, _):
        feed, alerts = app.query_one("#feed").region, app.query_one("#alerts").region
        assert feed.bottom <= alerts.y and alerts.bottom <= 22
        assert feed.height >= 10
    async with started(env.cfg, (200, 60)) as (app, _):
        feed, figures = app.query_one("#feed").region, app.query_one("#figures").region
        assert figures.x >= feed.right and feed.height >= 55 and feed.width >= 110


async def test_scrolls_a_large_archive_a_page_at_a_time(tmp_path: Path) -> None:
    config = make_config(tmp_path)
    populate(config, bulk=1000)
    async with started(config, (80, 24)) as (app, pilot):
        feed = app.query_one(EntryList)
        assert feed.total == 1005
        assert set(feed._pages) == {0}
        await press(pilot, app, "end")
        assert feed.selected is not None and feed.selected.title == "Bulk item 999"
        assert len(feed._pages) <= 3
        assert "Bulk item 999" in screen_text(app)


def cursor_line(app: MonitorApp) -> str:
    """The text of the screen line drawn with the Feed pane's cursor style."""
    feed = app.query_one(EntryList)
    cursor = feed.get_component_rich_style("entry-list--cursor")
    for strip in app.screen._compositor.render_strips():
        if any(seg.style is not None and seg.style.bgcolor == cursor.bgcolor for seg in strip):
            return "".join(seg.text for seg in strip)
    return ""


async def test_each_key_draws_the_cursor_where_it_went_also_past_the_bottom(tmp_path: Path) -> None:
    config = make_config(tmp_path)
    populate(config, bulk=100)
    async with started(config, (80, 24)) as (app, pilot):
        feed = app.query_one(EntryList)
        for _ in range(30):  # well past the bottom of the pane: the list scrolls
            await pilot.press("j")
            await pilot.pause()
            assert feed.selected is not None
            assert feed.selected.title[:20] in cursor_line(app)
        assert feed.scroll_offset.y > 0
        await pilot.press("k")
        await pilot.pause()
        assert feed.selected is not None and feed.selected.title[:20] in cursor_line(app)
        assert screen_text(app).count("Bulk item") >= 10  # the rows the cursor left are drawn, unhighlighted
        focused = cursor_line(app)
        await pilot.press("tab")  # the cursor's colour when the pane is not focused
        await pilot.pause()
        assert app.query_one(AlertsList).has_focus
        assert cursor_line(app) == focused


async def test_figures_follow_a_cursor_moved_quickly(tmp_path: Path) -> None:
    config = make_config(tmp_path)
    populate(config, bulk=50)
    async with started(config, (100, 30)) as (app, pilot):
        await press(pilot, app, *"jjjjjjjj")  # a key held down: details of rows passed over land late and are dropped
        feed = app.query_one(EntryList)
        assert feed.selected is not None and app.detail is not None
        assert app.detail.row.id == feed.selected.id == app.selected_id
        assert feed.selected.title in screen_text(app)


async def test_keys_pressed_while_the_list_reloads_still_count(tmp_path: Path) -> None:
    config = make_config(tmp_path)
    ids = populate(config, bulk=50)
    async with started(config, (100, 30)) as (app, pilot):
        feed = app.query_one(EntryList)
        answer, count = threading.Event(), app.data.count
        app.data.count = lambda flt: (answer.wait(10), count(flt))[1]  # type: ignore[method-assign]
        app.reload_list()  # asked for at row 0, on the newest entry
        await pilot.press("j", "j")  # before the list worker answers
        answer.set()
        await settle(pilot, app)
        assert feed.cursor == 2
        assert app.selected_id not in (None, ids["a574"])
        assert feed.row_at(feed.cursor) is not None
