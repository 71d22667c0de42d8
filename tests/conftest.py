"""Shared fixtures: the local HTTP server, the ../shared fixture directory, a worker pool."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from localserver import LocalServer, rss, start

from monitor.fetch.workers import WorkerPool

SHARED = Path(__file__).resolve().parents[2] / "shared"


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
