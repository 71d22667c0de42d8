"""Time words that place an attack relative to the publication time ("overnight", "on Thursday").

They are kept as written, so that a consumer with the publication date can resolve them.
"""

from __future__ import annotations

import re

from monitor.extract.fastre import ci
from monitor.extract.recache import compiled

_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|Mar\.|April|Apr\.|May|June|July|Aug(?:ust|\.)?|"
          r"Sep(?:tember|t\.?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
#: A day of a month, with its weekday and year where given: "May 8", "Sunday, 8 May", "Nov. 15, 2022".
DATE_WORDS = rf"(?:{_DAY},?\s+)?(?:{_MONTH}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,?\s+\d{{4}})?"
_CLOCK = r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?"

#: Every phrase starts with a letter, so "(?<!\w)" is "\b" here; the engine tests it faster on a long scan.
TIME_RE = ci(rf"(?<!\w)(?:"
    rf"(?:from|between)\s+(?:{_CLOCK})\s+(?:to|and|until|till)\s+(?:{_CLOCK})"
    rf"|overnight(?:\s+(?:into|on|to)\s+{_DAY})?"
    rf"|(?:early|late)\s+on\s+{_DAY}"
    rf"|on\s+the\s+(?:night|morning|evening)\s+of\s+(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}|{_DAY})"
    rf"|on\s+(?:the\s+)?{_DAY}(?:\s+(?:morning|night|evening|afternoon))?"
    rf"|{_DAY}(?:'s|’s)?\s+(?:morning|night|evening|afternoon)"
    rf"|(?:last|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+night"
    rf"|this\s+(?:morning|evening)|yesterday|today|in\s+the\s+early\s+hours"
    rf"|(?:since|from)\s+(?:{_CLOCK})"
    rf"|over\s+the\s+past\s+(?:24\s+hours|day|night)"
    rf"|on\s+{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?"
    rf"|on\s+\d{{1,2}}\s+{_MONTH}(?!\w)(?:\s+\d{{4}})?"
    rf")")


_COUNT = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d{1,2})"
#: Times before the report that place an earlier attack the text recalls ("days earlier", "last week",
#: "in September"); looked for only in such an attack's sentences, where they are its time.
BEFORE_RE = ci(rf"(?<!\w)(?:"
    rf"(?:{_COUNT}\s+)?(?:days?|nights?|weeks?|months?)\s+(?:earlier|ago|before)"
    rf"|the\s+(?:previous|day\s+before)\s+(?:night|day)|the\s+night\s+before"
    rf"|last\s+(?:week|month|year)|earlier\s+this\s+(?:week|month|year)"
    rf"|(?:in|on|since)\s+(?:{_MONTH})(?!\w)(?!\.?\s+\d)"
    rf")")


#: Words every match of TIME_RE starts with (after "(?<!\w)"), but for "on", "in" and the weekdays, which
#: _time_matches finds its own way; "over" covers "overnight".
_TIME_STARTS = ("from", "between", "over", "early", "late", "last", "this", "yesterday", "today", "since")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: A whole word "on" before white space, as every alternative of TIME_RE that starts with "on" needs: the pattern
#: starts with the literal "on", which the regex engine finds fast, and then looks back for a word character.
_ON_RE = compiled(r"on(?<!\w..)\s")
_TIME_MATCH = TIME_RE.lowered.match


def _time_starts(low: str) -> list[int]:
    """Where in a (lower-case) text a match of TIME_RE may start, at one of the words its alternatives start with (not
    in order, and a few more places, where the pattern then finds none)."""
    starts = [m.start() for m in _ON_RE.finditer(low)]
    words: tuple[str, ...] = _TIME_STARTS
    if "day" in low:  # every weekday's name
        words += _WEEKDAYS
    if "early" in low and "hours" in low:  # "in the early hours"
        words += ("in",)
    for word in words:
        if word in low:
            at = low.find(word)
            while at >= 0:
                starts.append(at)
                at = low.find(word, at + 1)
    return starts


def _time_matches(low: str) -> list[re.Match[str]]:
    """TIME_RE's matches in a (lower-case) text, as finditer gives them (leftmost, not overlapping).

    The pattern is tried only where a match may start (_time_starts): a few anchored tries cost much less than a
    scan, which tests every position of the text."""
    starts = _time_starts(low)
    starts.sort()
    out: list[re.Match[str]] = []
    pos = 0
    for at in starts:
        if at >= pos and (m := _TIME_MATCH(low, at)):
            out.append(m)
            pos = m.end()
    return out


def has_time(low: str) -> bool:
    """Whether TIME_RE matches somewhere in a (lower-case) text, as its search tells: tried only where a match may
    start (_time_starts), and done at the first that matches."""
    for at in _time_starts(low):  # noqa: SIM110 - the loop is faster than any() over a generator
        if _TIME_MATCH(low, at):
            return True
    return False


def find_time_words(text: str, *, earlier: bool = False) -> list[str]:
    """The time expressions in a piece of text, as written, in order of first mention.

    With `earlier`, for an attack the text recalls, also the times before the report ("two weeks ago").
    """
    out: list[str] = []
    seen: set[str] = set()
    low = text.lower()
    found = _time_matches(low) if len(low) == len(text) else list(TIME_RE.finditer(text))
    if earlier:
        found = sorted([*found, *BEFORE_RE.finditer(text)], key=lambda m: m.start())
    for m in found:
        word = " ".join(text[m.start():m.end()].split())
        if word.lower() not in seen:
            seen.add(word.lower())
            out.append(word)
    return out
