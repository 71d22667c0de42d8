"""The TUI with the real pipeline: poll now fetches a local feed and its article, and the panes fill."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from localserver import LocalServer, rss
from test_pipeline import ATTACK_PAGE, write_config

from monitor.config import load_config
from monitor.tui.app import MonitorApp
from monitor.tui.widgets import EntryList

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    """Textual runs on asyncio."""
    return "asyncio"


async def test_poll_now_with_the_real_cycle(tmp_path: Path, server: LocalServer) -> None:
    root = tmp_path / "live"
    root.mkdir()
    server.roots["tui-live"] = root
    (root / "page.html").write_text(
        ATTACK_PAGE.format(title="Overnight strike on Dnipro", drones=212, missiles=9, downed=180, killed=2,
                           injured=7),
        encoding="utf-8",
    )
    (root / "feed.xml").write_bytes(rss("Live", [
        ("Overnight strike on Dnipro", server.url("/files/tui-live/page.html"), "live-1", "A night attack."),
        ("Parliament passes budget", server.url("/status/404"), "live-2", "The budget passed."),
    ]))
    cfg = load_config(write_config(tmp_path / "config.toml", [server.url("/files/tui-live/feed.xml")]))
    app = MonitorApp(cfg, autopoll=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.press("R")
        for _ in range(600):
            await asyncio.sleep(0.05)
            if app.cycle_thread is None and app.query_one(EntryList).total == 2:
                break
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.query_one(EntryList).total == 2
        shown = "\n".join("".join(seg.text for seg in strip) for strip in app.screen._compositor.render_strips())
        assert "Overnight str" in shown and "Parliament passes budget" in shown
        assert "212 drones" in shown
        assert "1 ok" in shown and "0 failing" in shown
