"""The rules engine's compiled patterns kept in a file between runs, like Python's own ``.pyc`` files.

A process that will extract calls ``load()`` before the engine is imported and ``save()`` once it has run: the
engine then takes its ~600 patterns from the file (monitor.extract.recache) instead of compiling them again, which
saves about 0.3 s of every start (each `monitor extract`, the workers' fork server before the first article). There
is one file per version of the engine's sources and of Python, in the user's cache directory; it is written only when
something new was compiled, and any problem with it (missing, damaged, written by another Python, a folder that
cannot be written) leaves the engine compiling as it would without it.

``MONITOR_CACHE_DIR`` sets the folder; set empty, it turns the cache off.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sys
from pathlib import Path

from monitor.extract import recache

#: How many files (engine versions) a folder keeps; older ones are removed when a new one is written.
KEEP = 4
_PREFIX = "patterns-"
#: The file given to the engine by load(), which save() writes back to.
_loaded: Path | None = None


def cache_dir() -> Path | None:
    """The folder of the cache: $MONITOR_CACHE_DIR, else the user's cache directory; None when turned off."""
    env = os.environ.get("MONITOR_CACHE_DIR")
    if env is not None:
        return Path(env) if env.strip() else None
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("monitor", appauthor=False))


def _sources_key() -> str:
    """A digest of the engine's sources as installed: names, sizes and modification times, as .pyc files use."""
    digest = hashlib.sha256()
    for path in sorted(Path(recache.__file__).parent.glob("*.py")):
        with contextlib.suppress(OSError):
            st = path.stat()
            digest.update(f"{path.name}:{st.st_size}:{st.st_mtime_ns};".encode())
    return digest.hexdigest()[:16]


def cache_file() -> Path | None:
    """This engine version's file under this Python, or None when the cache is off."""
    folder = cache_dir()
    if folder is None:
        return None
    return folder / f"{_PREFIX}{sys.implementation.cache_tag}-{_sources_key()}.marshal"


def load() -> None:
    """Give the engine the patterns of this version's file (none where there is none): call before it is imported."""
    global _loaded
    _loaded = path = cache_file()
    if path is None:
        return
    specs: recache.Specs = {}
    derived: recache.Derived = {}
    with contextlib.suppress(OSError, ValueError, EOFError, TypeError):
        header, got_specs, got_derived = marshal.loads(path.read_bytes())
        if header == recache.FORMAT and isinstance(got_specs, dict) and isinstance(got_derived, dict):
            specs, derived = got_specs, got_derived
    recache.use(specs, derived)


def save() -> None:
    """Write the engine's table to the file load() read if it has grown, and remove all but the newest KEEP files.

    Written to a temporary file and renamed, so a reader never sees half a file; a folder that cannot be
    written leaves the cache as it was.
    """
    specs, derived, grown = recache.table()
    path = _loaded
    if not grown or path is None:
        return
    import tempfile

    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        blob = marshal.dumps((recache.FORMAT, specs, derived))
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".patterns-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(blob)
            os.replace(tmp, path)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        recache.saved()
        files = sorted(path.parent.glob(f"{_PREFIX}*.marshal"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for old in files[KEEP:]:
            with contextlib.suppress(OSError):
                old.unlink()
