"""Shared fixtures: the local HTTP server, the ../shared fixture directory, a worker pool."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from localserver import LocalServer, rss, start

from monitor.fetch.workers import WorkerPool

SHARED = Path(__file__).resolve().parents[2] / "shared"

# The rules engine's pattern cache (monitor.extract.recache) of this test run, and of the processes it starts, is a
# folder of its own: the tests neither read nor write the user's cache. Set before any test module loads the engine.
if "MONITOR_CACHE_DIR" not in os.environ:
    os.environ["MONITOR_CACHE_DIR"] = _TEST_CACHE = tempfile.mkdtemp(prefix="monitor-test-cache-")
    atexit.register(shutil.rmtree, _TEST_CACHE, ignore_errors=True)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ../shared directory with the real-world fixtures; the test is skipped when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared fixtures not present")
    return SHARED


@pytest.fixture(scope="session")
def static_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory of small files the server offers under /files/static/."""
    root = tmp_path_factory.mktemp("static")
    items = [(f"Item {i}", f"http://example.test/{i}", f"guid-{i}", f"Summary {i}") for i in range(3)]
    (root / "feed.xml").write_bytes(rss("Static feed", items))
    return root


@pytest.fixture(scope="session")
def server(static_dir: Path) -> Iterator[LocalServer]:
    """A real HTTP server on 127.0.0.1; ``server.url(path)`` gives a URL on it.

    /files/static/ serves static_dir; /files/feeds/ and /files/illformed/ serve
    the real feeds of ../shared when that directory is present.
    """
    roots = {"static": static_dir}
    real = SHARED / "fixtures" / "real"
    if real.is_dir():
        roots["feeds"] = real / "feeds"
        roots["illformed"] = real / "feeds-illformed"
    srv, thread = start(roots)
    yield srv
    srv.shutdown()
    srv.server_close()
    thread.join(5)


@pytest.fixture(scope="session")
def pool() -> Iterator[WorkerPool]:
    """One worker pool for the session: starting worker processes is the slow part."""
    workers = WorkerPool(size=2)
    yield workers
    workers.close()
