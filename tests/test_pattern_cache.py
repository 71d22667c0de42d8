"""The pattern cache gives the patterns re.compile gives, survives a bad file, and never writes where it may not."""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from monitor import pattern_cache
from monitor.extract import recache

#: Patterns of the kinds the engine compiles: groups named and not, flags given and inline, look-arounds, classes.
PATTERNS: list[tuple[str, int]] = [
    (r"\b(?P<n>\d+)\s+(?:drones?|missiles?)\b", 0),
    (r"shot\s+down|intercepted", re.IGNORECASE),
    (r"(?<![\w-])Kyiv(?:['’]s)?\b", re.ASCII),
    (r"(?x) \d+ \s* (?: km | kilometres )", 0),
    (r"^(?:19|20)\d\d$", re.MULTILINE),
    (r"(?i)air\s+force", 0),
    (r"[–—-]\s*(?P<a>\w+)(?=,)", re.DOTALL),
]
SAMPLE = "Of 96 drones, 80 were shot down near Kyiv's edge, 12 km away; AIR FORCE: 2024\n— Odesa, said"


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A cache folder of the test's own; the process's table is forgotten before and after."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("MONITOR_CACHE_DIR", str(folder))
    recache.reset()
    yield folder
    recache.reset()


def _compile_all() -> list[re.Pattern[str]]:
    return [recache.compiled(p, f) for p, f in PATTERNS]


def _as_a_new_process() -> None:
    recache.reset()
    pattern_cache.load()


def test_without_a_table_the_engine_compiles_as_re_does_and_keeps_nothing() -> None:
    recache.reset()
    assert [m == re.compile(p, f) for m, (p, f) in zip(_compile_all(), PATTERNS, strict=True)] == [True] * 7
    assert recache.table() == ({}, {}, False)


def test_a_pattern_from_the_cache_is_the_one_re_compiles(cache_dir: Path) -> None:
    pattern_cache.load()
    first = _compile_all()
    assert recache.stats() == {"hits": 0, "misses": len(PATTERNS)}
    pattern_cache.save()
    path = pattern_cache.cache_file()
    assert path is not None and path.is_file()
    _as_a_new_process()
    again = _compile_all()
    assert recache.stats() == {"hits": len(PATTERNS), "misses": 0}
    for (pattern, flags), made, cached in zip(PATTERNS, first, again, strict=True):
        expected = re.compile(pattern, flags)
        assert cached == expected  # (patterns compare equal only with the same flags and matcher code)
        assert cached.groupindex == expected.groupindex and cached.groups == expected.groups
        assert [m.span() for m in cached.finditer(SAMPLE)] == [m.span() for m in expected.finditer(SAMPLE)]
        assert made == expected


def test_the_file_is_written_only_when_something_new_was_compiled(cache_dir: Path) -> None:
    pattern_cache.load()
    _compile_all()
    pattern_cache.save()
    path = pattern_cache.cache_file()
    assert path is not None
    os.utime(path, ns=(10**18, 10**18))
    _as_a_new_process()
    _compile_all()
    pattern_cache.save()
    assert path.stat().st_mtime_ns == 10**18
    recache.compiled(r"a new (?P<one>pattern)")
    pattern_cache.save()
    assert path.stat().st_mtime_ns != 10**18


def test_derived_pattern_texts_are_kept_with_the_patterns(cache_dir: Path) -> None:
    calls: list[int] = []

    def make() -> str:
        calls.append(1)
        return r"\bkyiv\b"

    pattern_cache.load()
    assert recache.derived(("lower", r"\bKyiv\b"), make) == r"\bkyiv\b"
    pattern_cache.save()
    _as_a_new_process()
    assert recache.derived(("lower", r"\bKyiv\b"), make) == r"\bkyiv\b"
    assert len(calls) == 1


@pytest.mark.parametrize("content", [b"", b"not marshal at all", marshal.dumps([1, 2, 3]),
                                     marshal.dumps((("Python 0.1", 0, 0), {}, {}))])
def test_a_damaged_or_foreign_file_is_passed_over_and_replaced(cache_dir: Path, content: bytes) -> None:
    path = pattern_cache.cache_file()
    assert path is not None
    cache_dir.mkdir(parents=True)
    path.write_bytes(content)
    pattern_cache.load()
    made = _compile_all()
    assert [m == re.compile(p, f) for m, (p, f) in zip(made, PATTERNS, strict=True)] == [True] * len(PATTERNS)
    assert recache.stats()["hits"] == 0
    pattern_cache.save()
    _as_a_new_process()
    _compile_all()
    assert recache.stats() == {"hits": len(PATTERNS), "misses": 0}


def test_code_the_matcher_refuses_is_compiled_again(cache_dir: Path) -> None:
    pattern, flags = PATTERNS[0]
    path = pattern_cache.cache_file()
    assert path is not None
    cache_dir.mkdir(parents=True)
    bad = {(pattern, flags): (int(flags | re.UNICODE), [0, 99, 7], 1, {"n": 1}, (None, "n"))}
    path.write_bytes(marshal.dumps((recache.FORMAT, bad, {})))
    pattern_cache.load()
    assert recache.compiled(pattern, flags) == re.compile(pattern, flags)
    assert recache.stats() == {"hits": 0, "misses": 1}


def test_the_cache_turned_off_reads_and_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MONITOR_CACHE_DIR", "")
    monkeypatch.chdir(tmp_path)
    recache.reset()
    try:
        assert pattern_cache.cache_file() is None
        pattern_cache.load()
        assert _compile_all()[1] == re.compile(*PATTERNS[1])
        pattern_cache.save()
        assert list(tmp_path.iterdir()) == []
        assert recache.table() == ({}, {}, False)
    finally:
        recache.reset()


def test_a_folder_that_cannot_be_written_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("the cache folder's parent is a file")
    monkeypatch.setenv("MONITOR_CACHE_DIR", str(blocker / "cache"))
    recache.reset()
    try:
        pattern_cache.load()
        assert _compile_all()[0] == re.compile(*PATTERNS[0])
        pattern_cache.save()  # (mkdir fails: the cache is simply not kept)
        assert blocker.read_text() == "the cache folder's parent is a file"
    finally:
        recache.reset()


def test_only_the_newest_files_are_kept(cache_dir: Path) -> None:
    cache_dir.mkdir(parents=True)
    old = []
    for i in range(pattern_cache.KEEP + 2):
        path = cache_dir / f"patterns-cpython-old{i}.marshal"
        path.write_bytes(b"x")
        os.utime(path, ns=(10**18 + i, 10**18 + i))
        old.append(path)
    other = cache_dir / "something-else.txt"
    other.write_text("kept")
    pattern_cache.load()
    _compile_all()
    pattern_cache.save()
    left = sorted(p.name for p in cache_dir.glob("patterns-*.marshal"))
    current = pattern_cache.cache_file()
    assert current is not None
    assert left == sorted([*(p.name for p in old[-(pattern_cache.KEEP - 1):]), current.name])
    assert other.read_text() == "kept"


def _run(argv: list[str], env: dict[str, str], stdin: str = "") -> str:
    """The output of this Python run with argv."""
    return subprocess.run([sys.executable, *argv], env=env, input=stdin, capture_output=True, text=True,
                          check=True).stdout


def test_monitor_extract_leaves_the_cache_and_its_next_run_compiles_no_pattern(tmp_path: Path) -> None:
    """Two runs of `monitor extract`: the first compiles the engine and leaves the cache; the second takes every
    pattern from it, each the very pattern re compiles, and prints the same figures."""
    env = {**os.environ, "MONITOR_CACHE_DIR": str(tmp_path)}
    text = "Russia launched 10 drones at Kyiv overnight; 8 were shot down.\nRussia’s attack on Odesa: 2 injured.\n"
    outputs = [_run(["-m", "monitor", "extract", "--json", "-"], env, text) for _ in range(2)]
    assert outputs[0] == outputs[1] and '"drones_launched": 10' in outputs[0]
    assert len(list(tmp_path.glob("patterns-*.marshal"))) == 1
    check = (
        "import json, re\n"
        "from monitor import pattern_cache\n"
        "pattern_cache.load()\n"
        "from monitor.extract import extract, recache\n"
        f"extract({text!r})\n"
        "specs = recache.table()[0]\n"
        "same = all(recache._SRE.compile(p, *spec) == re.compile(p, f) for (p, f), spec in specs.items())\n"
        "print(json.dumps({**recache.stats(), 'patterns': len(specs), 'same': same}))\n"
    )
    seen = json.loads(_run(["-c", check], env))
    assert seen["misses"] == 0 and seen["hits"] >= 500 and seen["patterns"] >= 500 and seen["same"] is True


def test_the_workers_fork_server_takes_the_patterns_from_the_cache(tmp_path: Path) -> None:
    """A pool's fork server reads the cache before it imports the engine and saves what it compiled anew."""
    env = {**os.environ, "MONITOR_CACHE_DIR": str(tmp_path)}
    code = (
        "import asyncio, json\n"
        "from monitor.extract import recache\n"
        "from monitor.fetch.workers import WorkerPool\n"
        "async def main():\n"
        "    with WorkerPool(size=1, preload=('monitor.fetch.rules', 'monitor.extract.engine')) as pool:\n"
        "        return await pool.run(recache.stats, timeout=60)\n"
        "print(json.dumps(asyncio.run(main())))\n"
    )
    first, second = (json.loads(_run(["-c", code], env)) for _ in range(2))
    assert first["misses"] >= 500
    assert second["misses"] == 0 and second["hits"] == first["hits"] + first["misses"]
