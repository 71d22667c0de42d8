"""The core never imports Textual: only the TUI does, and only when it is opened. Workers start light."""

from __future__ import annotations

import json
import subprocess
import sys

CORE = [
    "monitor.cli", "monitor.config", "monitor.models", "monitor.pipeline", "monitor.store", "monitor.store.views",
    "monitor.store.alerts", "monitor.store.events", "monitor.safetext", "monitor.keys_config", "monitor.extract",
    "monitor.events", "monitor.demo.run", "monitor.demo.server", "monitor.fetch.http",
]


def _loaded(modules: list[str], extra: str = "") -> list[str]:
    code = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}:\n    importlib.import_module(name)\n"
        f"{extra}\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'monitor', 'aiohttp'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def test_core_does_not_import_textual() -> None:
    loaded = _loaded(CORE, "from monitor.cli import build_parser; build_parser().parse_args(['demo', '--headless'])")
    assert "monitor.pipeline" in loaded
    assert not [m for m in loaded if m.startswith("textual") or m.startswith("monitor.tui")]


def test_the_tui_does_import_textual() -> None:
    loaded = _loaded(["monitor.tui.app"])
    assert "textual" in loaded


def test_a_worker_process_does_not_import_the_http_client() -> None:
    """A worker runs parsing and extraction only: aiohttp would add about 0.1 s to every worker's start."""
    loaded = _loaded(["monitor.fetch.workers", "monitor.fetch.rules"])
    assert "monitor.fetch.workers" in loaded
    assert not [m for m in loaded if m.startswith("aiohttp") or m == "monitor.fetch.http"]


def test_a_worker_reading_a_page_does_not_import_the_http_client() -> None:
    """The function a worker runs on a page comes from a module without the client (unpickling imports it)."""
    code = ("import pickle\nfrom monitor.fetch.articles import page_text\nfrom monitor.fetch.text import html_to_text\n"
            "print(pickle.dumps((page_text, html_to_text)).hex())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    loaded = _loaded(["monitor.fetch.workers"], f"import pickle\npickle.loads(bytes.fromhex({out!r}))")
    assert "monitor.fetch.text" in loaded
    assert not [m for m in loaded if m.startswith("aiohttp") or m == "monitor.fetch.http"]


def test_the_main_process_loads_the_rules_engine_only_to_extract() -> None:
    """Events and alerts need only the gazetteer; compiling the engine's patterns would add ~0.2 s to every run."""
    loaded = _loaded(["monitor.pipeline", "monitor.events", "monitor.alerts.rules", "monitor.cli"])
    assert "monitor.extract.gazetteer" in loaded
    assert not [m for m in loaded if m in ("monitor.extract.engine", "monitor.extract.patterns")]
    loaded = _loaded(["monitor.pipeline"], "from monitor.extract import extract\nassert extract('').attacks == ()")
    assert "monitor.extract.engine" in loaded


def test_the_console_entry_tunes_the_collector() -> None:
    """`python -m monitor` runs main() with the collector's thresholds raised, and freezes the heap after it."""
    code = (
        "import gc, json, runpy, sys\n"
        "import monitor.cli as cli\n"
        "seen = {}\n"
        "cli.main = lambda: seen.update(thresholds=gc.get_threshold(), frozen=gc.get_freeze_count()) or 3\n"
        "sys.argv = ['monitor']\n"
        "try:\n"
        "    runpy.run_module('monitor', run_name='__main__')\n"
        "except SystemExit as exit:\n"
        "    print(json.dumps(dict(seen, code=exit.code, frozen_after=gc.get_freeze_count())))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    seen = json.loads(out.stdout)
    assert seen["thresholds"] == [10_000, 10, 10]
    assert seen["code"] == 3  # main()'s exit code is the process's
    assert seen["frozen"] == 0 and seen["frozen_after"] > 0
    from importlib.metadata import entry_points

    (script,) = entry_points(group="console_scripts", name="monitor")
    assert script.value == "monitor.cli:console"
