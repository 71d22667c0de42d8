"""Case-insensitive patterns that run as case-sensitive ones over lower-cased text.

Python's ``re`` matches ``IGNORECASE`` patterns three to four times slower than plain ones, and
the rules are almost all case-insensitive. A :class:`Caseless` pattern is compiled once from the
lower-cased pattern text and matched against ``string.lower()``; where lower-casing would change
the length of a string (a few non-ASCII letters do) it falls back to the ``IGNORECASE`` pattern so
that spans stay true. Match objects therefore hold the lower-cased string: callers that need the
text as written slice the original string by the match's span.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

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
        self._cs = re.compile(lower_pattern(pattern), flags & ~re.IGNORECASE)
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

    A plain loop of substring tests beats both one alternation pattern and ``any()`` over a generator.
    """
    def holds_any(text: str) -> bool:
        for word in words:  # noqa: SIM110 - the loop is faster than any() over a generator
            if word in text:
                return True
        return False

    return holds_any


def any_word_of(*words: str) -> Callable[[str], bool]:
    """any_of for a long list of words that few texts hold: one regex search, its alternatives shared as a trie.

    The loop of any_of tests every word where no word occurs; with seventy words that costs twice a search of
    the trie's pattern, whose first step the engine runs in C over the text. Where a word early in a list
    mostly occurs, or the list is short, any_of is the faster.
    """
    search = re.compile(_trie_pattern(words)).search

    def holds_any(text: str) -> bool:
        return search(text) is not None

    return holds_any


#: Words by their first letter, then the rest of them by theirs; the key "" marks the end of a word.
_Trie = dict[str, "_Trie"]


def _trie_pattern(words: tuple[str, ...]) -> str:
    """A pattern matching exactly the words, literally, with common prefixes written once: "a(?:pril|ugust)"."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def pattern(node: _Trie) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        ends = "" in node
        if len(branches) == 1 and not ends:
            return branches[0]
        return "(?:" + "|".join(branches) + ")" + ("?" if ends else "")

    return pattern(trie)


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
    return re.compile(pattern.pattern, (pattern.flags & ~re.UNICODE) | re.ASCII)
