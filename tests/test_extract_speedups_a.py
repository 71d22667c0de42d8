"""The ASCII twins of the figure rules find what the patterns they stand in for find, on the text they are used on."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st
from property_budget import examples

from monitor.extract import patterns
from monitor.extract.fastre import ascii_twin, ci, plain_ascii
from monitor.extract.numbers import NUMBER_RE
from monitor.extract.patterns import _ANY_TEXT, _numbers, _rules_for, find_mentions

_PLAIN_PIECES = st.sampled_from([
    "Russia", "launched", "drones", "drone", "missiles", "a", "the", "of", "them", "were", "was", "shot", "down",
    "destroyed", "lost", "locally", "killed", "injured", "people", "two", "12", "1,200", "2024", "in", "over", "Kyiv",
    "region", "all", "including", "which", "that", "more", "than", "at", "least", "since", "the", "invasion", "year",
    " ", " ", ", ", ". ", ";", "-", "'", "(", ")", '"', "\t", "\n", "\x0b", "_", "K", "Shahed", "UAVs", "aged", "per",
])
#: Characters on which Unicode and ASCII patterns differ (or that make a text other than plain ASCII).
_ODD_PIECES = st.sampled_from(["\x1c", "\x1f", "é", "’", "“", "\u212a", "\u00a0", "٣"])
_PLAIN_TEXT = st.lists(_PLAIN_PIECES, max_size=40).map(" ".join)
_ANY_TEXT_ST = st.lists(st.one_of(_PLAIN_PIECES, _PLAIN_PIECES, _PLAIN_PIECES, _ODD_PIECES), max_size=20).map(" ".join)


def _spans(found: list[re.Match[str]]) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in found]


@settings(max_examples=examples(1000), deadline=None)
@given(_PLAIN_TEXT)
def test_twins_find_the_same_matches_on_plain_ascii(text: str) -> None:
    assert plain_ascii(text)
    low = text.lower()
    twins = _rules_for(True)
    for name in _ANY_TEXT.__slots__:
        pattern, twin = getattr(_ANY_TEXT, name), getattr(twins, name)
        for subject in (text, low):
            assert _spans(list(pattern.finditer(subject))) == _spans(list(twin.finditer(subject))), name
            assert _spans([m for m in [pattern.match(subject)] if m]) == _spans([m for m in [twin.match(subject)] if m])


def _as_tuples(text: str, plain: bool | None) -> list[tuple[object, ...]]:
    found = find_mentions(text, text.lower(), 0, len(text), plain)
    return [(m.value, m.kind, m.start, m.end, m.rule, m.role, m.subset, m.has_loc, m.whole, m.cumulative)
            for m in found]


@settings(max_examples=500, deadline=None)
@given(st.one_of(_PLAIN_TEXT, _ANY_TEXT_ST))
def test_mentions_are_the_same_with_either_pattern_set(text: str) -> None:
    if len(text.lower()) != len(text):
        return
    expected = _as_tuples(text, False)
    assert _as_tuples(text, None) == expected
    if plain_ascii(text):
        assert _as_tuples(text, True) == expected


def test_plain_ascii_needs_ascii_without_the_unicode_only_spaces() -> None:
    assert plain_ascii("12 drones were shot down.\t\n")
    assert not plain_ascii("12 drones\x1dwere shot down")
    assert not plain_ascii("Russia’s drones")
    assert all(re.fullmatch(r"\s", c) for c in "\x1c\x1d\x1e\x1f")  # why they are excluded: Unicode \s has them
    assert not any(ascii_twin(re.compile(r"\s")).fullmatch(c) for c in "\x1c\x1d\x1e\x1f")


def test_twins_are_compiled_once() -> None:
    assert _rules_for(True) is _rules_for(True)
    assert _rules_for(False) is patterns._ANY_TEXT


_NUMBER_PIECES = st.sampled_from(["1", "12", "200", "1,200", "12.5", "3:00", "Kh-101", "-5", "$40", "x7", "2024", " ",
                                  " ", ", ", ".", "drones", "one", "two", "twenty-two", "both", "000", ",", "/", "of",
                                  "four", "fourteen", "someone", "often", "ninety", "between", "thirty", "Fifty",
                                  "eleven", "-", "tw", "zero", "seven", "twelve", "fifteen", "_", "a1", "(", "'",
                                  "a gross of", "three-score-and-ten", "a ", "gross"])


@settings(max_examples=examples(1000), deadline=None)
@given(st.lists(_NUMBER_PIECES, max_size=30).map("".join))
def test_number_starts_scan_finds_every_number_re_match(text: str) -> None:
    assert plain_ascii(text)
    expected = [(m.start(), m.end(), m.group("n")) for m in NUMBER_RE.finditer(text)]
    assert [(m.start(), m.end(), m.group("n")) for m in _numbers(text, text.lower(), _rules_for(True))] == expected


_SPAN_PIECES = st.sampled_from([
    "a", "A", "year", "month", "years", "57-year-old", "6-month-old", "ago", "earlier", "this", "last", "per", "every",
    "each", "past", "since", "the", "start", "beginning", "outbreak", "full-scale", "invasion", "February", "Feb.",
    "2022", "during", "war", "warfare", "over", "in", "days", "weeks", "months", "few", "night", "nights", "blast",
    "person", "reached", "Chicago", "so", "far", "killed", "drones", "launched", "ya", "(a", "a,", "data",
    # whole phrases, which random words seldom make
    "since Feb. 2022", "since Feb 2022", "since the start", "since the full-scale invasion", "during the war",
    "during the three-year war", "a year ago", "a\tmonth", "this year", "months ago", "in the past week",
    "over the last few days", "per day", "every night",
])
_SEPARATORS = st.sampled_from([" ", " ", " ", "\t", "\n", "  ", "\u00a0", "-", ""])


def _joined(pieces: st.SearchStrategy[str], most: int) -> st.SearchStrategy[str]:
    """Texts of up to `most` pieces, each followed by one of the separators."""
    return st.lists(st.tuples(pieces, _SEPARATORS), max_size=most).map(lambda ps: "".join(w + s for w, s in ps))


@settings(max_examples=examples(3000), deadline=None)
@given(_joined(_SPAN_PIECES, 10))
@example("since\t2022 ")  # a year past white space other than one space
@example("since Oct. 2023")
@example("over\tyear ")  # the span after "over" alone
@example("during\tthe year ")  # "during" before a year, not the war
def test_cumulative_gate_passes_every_match_of_its_span_words(text: str) -> None:
    if patterns._CUMULATIVE_RE.search(text):
        assert patterns._may_be_cumulative(text.lower())


_SINGULAR_PIECES = st.sampled_from([
    "a", "an", "the", "one", "a single", ",", "and", "as well as", "plus", "along with", "destroyed", "downed",
    "shot down", "intercepted", "launched", "fired", "drone", "drones", "Drone", "UAV", "UAVs", "Shahed", "missile",
    "missiles", "cruise", "attack", "attacks", "attackers", "strike", "debris", "launch", "launcher", "defence",
    "defense", "system", "unit", "threat", "danger", "and drone", "and missile", "fragment", "wreckage", "alert",
    "drone_x", "dronez", "a drone attack", "a drone.", "the missile", "one Shahed", "Kyiv", "over",
])


@settings(max_examples=examples(3000), deadline=None)
@given(_joined(_SINGULAR_PIECES, 10))
def test_singular_gate_passes_every_match(text: str) -> None:
    if patterns._SINGULAR_RE.search(text):
        assert patterns._has_singular_weapon(text.lower())


_CUE_PIECES = st.sampled_from([
    "launched", "Launched", "fired", "shot down", "were lost", "lost track of", "EW", "electronic warfare", "against",
    "including", "of which", "a total of", "in total", "attacked", "Kyiv", "with", "record", ", previous high,", "was",
    "intercepted", "neutralised", "_launched", "2launched", "é", "İ", "ſent", "\u212aill", "downed", "drones", "the",
    "(", "-", "'", "’", "x", "9", "\t", "\n", "\x1c",
])
_OLD_PRE_CUES = (rf"(?<!\w)(?:(?P<supp>{patterns.CUE_SUPP_BEFORE})|(?P<down>{patterns.CUE_DOWN})|"
                 rf"(?P<inherit>{patterns.CUE_INHERIT})|(?P<launch>{patterns.CUE_LAUNCH}))\b")


@settings(max_examples=examples(2000), deadline=None)
@given(_joined(_CUE_PIECES, 12))
def test_pre_cues_start_where_a_word_starts(text: str) -> None:
    new, old = patterns._PRE_CUES_RE, ci(_OLD_PRE_CUES)
    assert _spans(list(new.finditer(text))) == _spans(list(old.finditer(text)))
    assert _spans(list(new._ci.finditer(text))) == _spans(list(old._ci.finditer(text)))  # the IGNORECASE fallback
    low = text.lower()
    assert _spans(list(new.lowered.finditer(low))) == _spans(list(old.lowered.finditer(low)))
    if plain_ascii(text):
        twin = _rules_for(True).pre_cues
        assert _spans(list(twin.finditer(low))) == _spans(list(old.lowered.finditer(low)))
