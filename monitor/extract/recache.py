"""The rules engine's patterns compiled from a table of re's code for them, where a caller gave one.

Compiling the engine's ~600 patterns takes ``re`` about 0.3 s of pure-Python parsing each time a process starts. What
``re`` makes of a pattern is a list of integers (the matcher's code), which ``_sre.compile`` turns back into the very
same pattern object in microseconds. ``compiled`` stands in for ``re.compile`` in the engine's modules: once a table
is given (``use``), it takes patterns from it and adds the code of those it had to compile, for the caller to keep.
This module does no I/O; ``monitor.pattern_cache`` keeps the table in a file between runs. ``_sre`` checks the code
it is given, and code it refuses is compiled again by ``re``: a table can make a start faster, never a result
different. With no table, ``compiled`` is ``re.compile``.
"""

from __future__ import annotations

import contextlib
import importlib
import re
import sys
from collections.abc import Callable
from typing import Any

#: re's private parts (looked up, not imported, so untyped): the parser (fastre reads patterns' trees with it too),
#: the code generator and the C matcher.
RE_PARSER: Any = None
_COMPILER: Any = None
_SRE: Any = None
with contextlib.suppress(ImportError):
    RE_PARSER = importlib.import_module("re._parser")
    _COMPILER = importlib.import_module("re._compiler")
    _SRE = importlib.import_module("_sre")

#: What the code in a table depends on besides the pattern texts: the Python and its matcher's code format.
FORMAT = (sys.version, getattr(_SRE, "MAGIC", None), getattr(_SRE, "CODESIZE", None))

#: A compiled pattern as _sre.compile takes it after the pattern text: flags, code, groups, groupindex, indexgroup.
Spec = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
Specs = dict[tuple[str, int], Spec]
#: Pattern texts made from others (lower-cased for Caseless, gated for starts_gated), by what they were made from.
Derived = dict[tuple[str, ...], str]


class _Table:
    """The table of one process: specs and derived texts, whether it grew, and how many patterns it gave."""

    def __init__(self, specs: Specs | None = None, derived: Derived | None = None) -> None:
        self.recording = specs is not None and _SRE is not None
        self.specs: Specs = specs or {}
        self.derived: Derived = derived or {}
        self.grown = False
        self.hits = 0
        self.misses = 0


_TABLE = _Table()


def use(specs: Specs, derived: Derived) -> None:
    """Take patterns from these specs and derived texts from now on, and add to them what is compiled anew."""
    global _TABLE
    _TABLE = _Table(specs, derived)


def table() -> tuple[Specs, Derived, bool]:
    """The table in use: its specs, its derived texts, and whether it has grown since it was given."""
    return _TABLE.specs, _TABLE.derived, _TABLE.grown


def saved() -> None:
    """Note that the table as it stands has been kept: it has not grown since."""
    _TABLE.grown = False


def stats() -> dict[str, int]:
    """How many patterns this process took from the table (hits) and compiled (misses)."""
    return {"hits": _TABLE.hits, "misses": _TABLE.misses}


def reset() -> None:
    """Back to no table: every pattern compiled by re from now on, and nothing recorded."""
    global _TABLE
    _TABLE = _Table()


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the table where it holds the pattern's code (a pattern it does not hold
    is parsed once, and its code both compiled and added to the table)."""
    t = _TABLE
    flags = int(flags)
    if t.recording:
        key = (pattern, flags)
        spec = t.specs.get(key)
        kept = spec is not None
        if not kept and (spec := _spec_of(pattern, flags)) is not None:
            t.specs[key] = spec
            t.grown = True
        if spec is not None:
            try:
                made: re.Pattern[str] = _SRE.compile(pattern, *spec)
                if kept:
                    t.hits += 1
                else:
                    t.misses += 1
                return made
            except (TypeError, ValueError, RuntimeError):  # (code this matcher does not take: compiled by re)
                del t.specs[key]
    t.misses += 1
    return re.compile(pattern, flags)


def derived(key: tuple[str, ...], make: Callable[[], str]) -> str:
    """A pattern text made from others, from the table where it holds it: else ``make()`` (added to the table)."""
    t = _TABLE
    text = t.derived.get(key) if t.recording else None
    if text is None:
        text = make()
        if t.recording:
            t.derived[key] = text
            t.grown = True
    return text


def _spec_of(pattern: str, flags: int) -> Spec | None:
    """What _sre.compile takes for the pattern, as re's own compiler makes it; None where that cannot be told."""
    try:
        parsed = RE_PARSER.parse(pattern, flags)
        code = [int(c) for c in _COMPILER._code(parsed, flags)]
        groupindex = {str(k): int(v) for k, v in parsed.state.groupdict.items()}
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)
    except Exception:  # (re's internals changed: this pattern is simply not kept)
        return None
