"""Case-insensitive patterns that run as case-sensitive ones over lower-cased text.

Python's ``re`` matches ``IGNORECASE`` patterns three to four times slower than plain ones, and
the rules are almost all case-insensitive. A :class:`Caseless` pattern is compiled once from the
lower-cased pattern text and matched against ``string.lower()``; where lower-casing would change
the length of a string (a few non-ASCII letters do) it falls back to the ``IGNORECASE`` pattern so
that spans stay true. Match objects therefore hold the lower-cased string: callers that need the
text as written slice the original string by the match's span.

The module also holds the engine's other tricks for cheap matching: word gates (any_of) that run before
a pattern, the ASCII twins of patterns for plain ASCII text, and patterns searched behind a look-ahead of
the starts their matches can have (starts_gated).
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from monitor.extract.recache import RE_PARSER, compiled, derived

_MAX = sys.maxsize


def lower_pattern(pattern: str) -> str:
    """The pattern with its literals lower-cased; escapes, group syntax and inline ``(?i:`` handled."""
    out: list[str] = []
    i = 0
    n = len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if pattern.startswith("(?P<", i) or pattern.startswith("(?P=", i):
            j = pattern.index(">" if pattern[i + 3] == "<" else ")", i)
            out.append(pattern[i:j + 1])
            i = j + 1
            continue
        if pattern.startswith("(?i:", i):
            out.append("(?:")
            i += 4
            continue
        out.append(c.lower())
        i += 1
    return "".join(out)


class Caseless:
    """A compiled case-insensitive pattern with the ``re.Pattern`` methods the rules use."""

    __slots__ = ("_cs", "_flags", "_ignorecase", "lowered", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._cs = compiled(derived(("lower", pattern), lambda: lower_pattern(pattern)), flags & ~re.IGNORECASE)
        self._ignorecase: re.Pattern[str] | None = None
        #: The compiled pattern for text that is lower case already and as long as it was as written.
        self.lowered = self._cs

    @property
    def _ci(self) -> re.Pattern[str]:
        """The IGNORECASE pattern, compiled on first use: most rules only ever read lower-cased text."""
        if self._ignorecase is None:
            self._ignorecase = re.compile(self.pattern, self._flags | re.IGNORECASE)
        return self._ignorecase

    def _pick(self, string: str) -> tuple[re.Pattern[str], str]:
        low = string.lower()
        if len(low) != len(string):
            return self._ci, string
        return self._cs, low

    def search(self, string: str, pos: int = 0, endpos: int = _MAX) -> re.Match[str] | None:
        """Like ``re.Pattern.search`` (_pick inlined: these run hundreds of times a text)."""
        low = string.lower()
        if len(low) != len(string):
            return self._ci.search(string, pos, endpos)
        return self._cs.search(low, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = _MAX) -> re.Match[str] | None:
        """Like ``re.Pattern.match`` (_pick inlined: these run hundreds of times a text)."""
        low = string.lower()
        if len(low) != len(string):
            return self._ci.match(string, pos, endpos)
        return self._cs.match(low, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = _MAX) -> re.Match[str] | None:
        """Like ``re.Pattern.fullmatch`` (_pick inlined: these run hundreds of times a text)."""
        low = string.lower()
        if len(low) != len(string):
            return self._ci.fullmatch(string, pos, endpos)
        return self._cs.fullmatch(low, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = _MAX) -> Iterator[re.Match[str]]:
        """Like ``re.Pattern.finditer`` (_pick inlined: these run hundreds of times a text)."""
        low = string.lower()
        if len(low) != len(string):
            return self._ci.finditer(string, pos, endpos)
        return self._cs.finditer(low, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = _MAX) -> list[Any]:
        """Like ``re.Pattern.findall`` (the strings found are lower-cased)."""
        p, s = self._pick(string)
        return p.findall(s, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        """Like ``re.Pattern.sub``; the text outside the replacements is lower-cased."""
        p, s = self._pick(string)
        return p.sub(repl, s, count)


def any_of(*words: str) -> Callable[[str], bool]:
    """A test for whether a (lower-case) text holds any of the words: a cheap gate in front of a pattern.

    A plain loop of substring tests beats both one alternation pattern and ``any()`` over a generator. In a long
    list, words that share a part ("suffered cuts", "minor cuts", "with cuts") are tested only where the text holds
    that part (" cut"), which spares most of the tests where, as for most sentences, no word occurs.
    """
    alone, groups = _shared_parts(words)
    if not groups:
        def holds_any(text: str) -> bool:
            for word in words:  # noqa: SIM110 - the loop is faster than any() over a generator
                if word in text:
                    return True
            return False

        return holds_any

    def holds_any_grouped(text: str) -> bool:
        for word in alone:
            if word in text:
                return True
        for part, group in groups:
            if part in text:
                for word in group:
                    if word in text:
                        return True
        return False

    return holds_any_grouped


def _shared_parts(words: tuple[str, ...]) -> tuple[tuple[str, ...], list[tuple[str, tuple[str, ...]]]]:
    """The words that share no part of four characters or more with another, and (part, words) for those that do,
    each in the order of the words; the part shared by most words is taken first.

    A word that holds another word of the list is left out, as the other finds every text it would.
    """
    rest = [w for i, w in enumerate(words) if w not in words[:i] and not any(o != w and o in w for o in words)]
    order = {w: i for i, w in enumerate(rest)}
    groups: list[tuple[str, tuple[str, ...]]] = []
    while len(rest) >= 2:
        counts: dict[str, int] = {}
        for word in rest:
            for part in {word[i:i + n] for n in range(4, 8) for i in range(len(word) - n + 1)}:
                counts[part] = counts.get(part, 0) + 1
        best = max(((count, len(part), part) for part, count in counts.items() if count >= 2), default=None)
        if best is None:
            break
        part = best[2]
        groups.append((part, tuple(w for w in rest if part in w)))
        rest = [w for w in rest if part not in w]
    groups.sort(key=lambda group: order[group[1][0]])
    return tuple(rest), groups


def matches_at(match: Callable[[str, int], re.Match[str] | None], text: str,
               starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """The matches a pattern's finditer finds in a text (leftmost first, none overlapping), tried only at the starts
    given, in any order: every position a match may start at.

    A few anchored tries cost much less than a search, which tries a pattern at every position of the text where
    re cannot skip ahead to its first character (a pattern that opens on "\\b", "^" or a long alternation).
    """
    pos = 0
    for at in sorted(starts):
        if at >= pos and (m := match(text, at)) is not None:
            yield m
            pos = m.end()


def is_word_char(c: str) -> bool:
    """Whether a character is one "\\w" matches (as the re module reads a str pattern)."""
    return c.isalnum() or c == "_"


def is_boundary(text: str, at: int) -> bool:
    """Whether "\\b" matches at a position of a text: a word character on one side of it and none on the other."""
    return (at > 0 and is_word_char(text[at - 1])) != (at < len(text) and is_word_char(text[at]))


def ci(pattern: str, flags: int = 0) -> Caseless:
    """Compile a case-insensitive pattern for fast matching (see :class:`Caseless`)."""
    return Caseless(pattern, flags)


def plain_ascii(text: str) -> bool:
    """Whether an ASCII twin (see ascii_twin) may read the text: it is ASCII and holds no \\x1c-\\x1f.

    On such text "\\w", "\\d", "\\s" and "\\b" mean the same in re's Unicode and ASCII modes, so a pattern and its twin
    find the same matches. str.isascii() is a flag lookup and a one-character "in" a memchr, so the test is cheap.
    """
    # \x1c-\x1f: the only ASCII characters that re's Unicode "\s" matches and its ASCII "\s" does not
    return text.isascii() and "\x1c" not in text and "\x1d" not in text and "\x1e" not in text and "\x1f" not in text


def ascii_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern compiled with re.ASCII, for text where plain_ascii holds.

    Unicode "\\w" and "\\b" call the Unicode database for every character they test; the ASCII ones look up a small
    table, which makes scans that test word boundaries at every position markedly cheaper.
    """
    if pattern.flags & re.IGNORECASE:
        raise ValueError("an IGNORECASE pattern folds differently in ASCII mode")
    return compiled(pattern.pattern, (pattern.flags & ~re.UNICODE) | re.ASCII)


#: re's own parser and its constants (private, so untyped): starts_gated reads a pattern's tree with them.
_SRE_PARSER: Any = RE_PARSER
_SRE: Any = None
try:
    _SRE = importlib.import_module("re._constants")
except ImportError:  # (another Python's re: the patterns run ungated)
    _SRE_PARSER = None

def _match_starts(items: Any, paths: set[tuple[str, ...]], depth: int) -> tuple[set[tuple[str, ...]],
                                                                               set[tuple[str, ...]]]:
    """The starts a sequence of parsed pattern items can give the starts before it (paths: tuples of one-character
    patterns), as (closed, open): the closed ones are all that can be said of the start (the item after them is
    one this reading does not follow, or they are depth long), the open ones go on with the items after these.

    Zero-width items (look-arounds, \\b) are passed over, which only admits more; any item not followed closes
    the paths so far, which admits every start that has them.
    """
    sre = _SRE
    closed: set[tuple[str, ...]] = set()
    for op, av in items:
        if not paths:
            break
        if op is sre.LITERAL:
            paths = {(*p, re.escape(chr(av))) for p in paths}
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue
        elif op is sre.SUBPATTERN and not av[1] and not av[2]:  # (a group with flags of its own is not followed)
            done, paths = _match_starts(av[3], paths, depth)
            closed |= done
        elif op is sre.BRANCH:
            going: set[tuple[str, ...]] = set()
            for alternative in av[1]:
                done, more = _match_starts(alternative, paths, depth)
                closed |= done
                going |= more
            paths = going
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            least, most, item = av
            done, once = _match_starts(item, paths, depth)
            closed |= done
            if least == 0 and most == 1:
                paths |= once  # "x?": with it or without, the items after go on
            elif least == 0:
                closed |= once  # (after one "x*" another may come: the start is known only so far)
            elif least == most == 1:
                paths = once
            else:
                closed |= once
                paths = set()
        elif op is sre.IN and (one := _one_of(av)) is not None:
            paths = {(*p, one) for p in paths}
        else:
            closed |= paths
            paths = set()
        long = {p for p in paths if len(p) >= depth}
        closed |= long
        paths -= long
    return closed, paths


#: The character classes _one_of writes back.
_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
               "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}


def _one_of(av: Any) -> str | None:
    """A parsed character class written back as a pattern, or None for one that holds what this does not write."""
    parts = []
    for op, item in av:
        if op is _SRE.LITERAL:
            parts.append(re.escape(chr(item)))
        elif op is _SRE.CATEGORY and str(item) in _CATEGORIES:
            parts.append(_CATEGORIES[str(item)])
        elif op is _SRE.RANGE:
            parts.append(f"{re.escape(chr(item[0]))}-{re.escape(chr(item[1]))}")
            parts.append("")  # (a range is never written bare)
        else:
            return None
    return parts[0] if len(parts) == 1 else f"[{''.join(parts)}]"


def _trie_of(paths: set[tuple[str, ...]]) -> str:
    """A pattern matching the starts of any of the paths (tuples of one-character patterns), common prefixes shared."""
    root: dict[str, Any] = {}
    for path in paths:
        node = root
        for one in path:
            node = node.setdefault(one, {})
        node[""] = {}

    def pattern(node: dict[str, Any]) -> str:
        if "" in node:
            return ""  # a path ends here: whatever follows, the start is one of them
        branches = [one + pattern(child) for one, child in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return pattern(root)


def starts_gated(pattern: re.Pattern[str], depth: int = 6) -> re.Pattern[str]:
    """The pattern with a look-ahead in front of it that admits only the starts its matches can have: the same
    matches, found much sooner where it is a long alternation that re tries branch by branch at every word start
    (most of which begin none of them). The pattern itself where its starts cannot be told. depth: how many
    characters (or character classes) of a match's start the look-ahead reads at most.
    """
    gated = derived(("gated", pattern.pattern, str(pattern.flags), str(depth)), lambda: _gated(pattern, depth))
    return compiled(gated, pattern.flags) if gated else pattern


def _gated(pattern: re.Pattern[str], depth: int) -> str:
    """starts_gated's pattern text, or "" where the starts cannot be told."""
    if _SRE_PARSER is None or pattern.flags & re.IGNORECASE:
        return ""  # (a case-insensitive pattern's literals would need folding)
    try:
        closed, going = _match_starts(_SRE_PARSER.parse(pattern.pattern, pattern.flags), {()}, depth)
    except (AttributeError, TypeError, ValueError):  # (re's internals changed: run the pattern as it is)
        return ""
    starts = closed | going
    if () in starts:
        return ""  # some match may start anywhere
    # after a leading "\b" the look-ahead is read only where the boundary holds
    lead = r"\b" if pattern.pattern.startswith(r"\b") else ""
    return f"{lead}(?={_trie_of(starts)}){pattern.pattern}"
