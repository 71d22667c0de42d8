"""The engine's shortcuts give what the patterns they stand in for give."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from property_budget import examples

from monitor.extract.attacks import _UKR_RE, _may_name_ukraines_attack
from monitor.extract.engine import _ENTRY_STAMP_RE, _HURT_RE, _HURT_RE_KEYS, _stamp_matches
from monitor.extract.fastre import any_of, starts_gated
from monitor.extract.gazetteer import (
    _NAMED_SETTLEMENT_RE,
    GIVEN_NAME_WORDS,
    _first_named,
    _named_person,
    _settlement_matches,
    find_places,
)
from monitor.extract.numbers import NUMBER_RE, QUALIFIER_RE
from monitor.extract.patterns import (
    _BEFORE_BLOCK_RE,
    _CAS_PRE_RE,
    _CUMULATIVE_RE,
    _PRE_CUES_RE,
    _SINGULAR_RE,
    _WHOLE_BEFORE_RE,
    _may_be_cumulative,
    _numbers,
)
from monitor.extract.sentences import split_sentences

DATA = Path(__file__).parent / "data"
#: The given names as _named_person once searched for them, longest first.
_GIVEN_NAMES_RE = "|".join(sorted((re.escape(w) for w in GIVEN_NAME_WORDS), key=len, reverse=True))

_PIECES = st.sampled_from(["1", "12", "200", "1,200", "12.5", "3:00", "Kh-101", "-5", "$40", "x7", "٣", "2024",
                           " ", " ", ", ", ".", "drones", "one", "two", "twenty-two", "a dozen", "both", "İ", "\u00a0",
                           "000", ",", "–", "/", "of", "four", "fourteen", "someone", "often", "ninety", "hundred",
                           "a hundred", "half a dozen", "between", "thirty", "Fifty", "eleven", "-", "tw",
                           "one hundred", "two dozen", " dozen", "dozen", "a gross of", "gross", " and a half",
                           "score", "-and-", "ten", "three-score", "a couple", "couple of", " couple", "a brace of",
                           "brace", "six score", "a score and a half", " six", "two and a half dozen",
                           "half a gross of", "a round", " round", "nine tens of", " tens",
                           "six hundred and some", " and odd", " some", "eighty-some", "-some", "a good",
                           " good", "nigh on", "a touch over", "a round hundred", "round hundred"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_numbers_are_number_re_matches(text: str) -> None:
    expected = [(m.start(), m.end(), m.group("n")) for m in NUMBER_RE.finditer(text)]
    assert [(m.start(), m.end(), m.group("n")) for m in _numbers(text, text.lower())] == expected


_CUMULATIVE_WORDS = st.sampled_from([
    "since", "the", "start", "beginning", "outbreak", "full-scale", "invasion", "February", "Feb.", "2022", "during",
    "war", "so", "far", "this", "year", "month", "week", "last", "in", "January", "March", "May", "December", "5",
    "per", "day", "a", "every", "night", "each", "over", "past", "few", "days", "weeks", "months", "recent", "on",
    "some", "many", "most", "nights", "ago", "earlier", "throughout", "annually", "produces", "production",
    "manufactured", "according", "to", "United", "Nations", "UN", "human", "rights", "largest", "record", ",", ";",
    "it", "was", "formed", "founded", "set up", "unit"])


@settings(max_examples=examples(2000), deadline=None)
@given(st.lists(_CUMULATIVE_WORDS, max_size=10).map(" ".join))
@example("since May")
@example("since 5 May")
@example("over 5 days")
def test_cumulative_gate_passes_every_match(text: str) -> None:
    if _CUMULATIVE_RE.search(text):
        assert _may_be_cumulative(text.lower())


@given(st.lists(st.text("ab .\n", min_size=1, max_size=8), min_size=1, max_size=12),
       st.text("abc .\n", max_size=40))
@example(["a", "ab", "abc"], "xab")
@example(["over the month", "over month"], "over the week")
@example(["suffered cuts", "minor cuts", "cut by"], "a cut by glass")
@example(["abab a", "abab b", "bab a"], "xbab a")
def test_words_tested_by_their_shared_parts_find_what_the_loop_finds(words: list[str], text: str) -> None:
    assert any_of(*words)(text) is any(word in text for word in words)


_PLACE_PIECES = st.sampled_from(["Kyiv", "Kharkiv", "Kryvyi Rih", "Kryvyi", "Rih", "Ukraine's", "UKRAINE'S", "Russia’",
                                 "Odesa-based", "Moscow", "the", "region", " ", " ", ". ", ".\n", "\n", "'", "’s", "-"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_PLACE_PIECES, max_size=30).map("".join))
def test_places_scanned_once_are_places_of_each_sentence(text: str) -> None:
    spans = [(s.start, s.end) for s in split_sentences(text)]
    assert find_places(text, spans) == [find_places(text, [span])[0] for span in spans]


_UKR_WORDS = st.sampled_from([
    "Ukrainian", "Ukraine", "Ukraine's", "Ukraine’s", "Kyiv", "Kiev", "Russia", "Russia's", "Russian", "drones", "UAV",
    "fixed-wing", "formations", "forces", "troops", "military", "army", "has", "struck", "hit", "attacked", "targeted",
    "launched", "fired", "on", "upon", "against", "inside", "into", "deep", "in", "over", "its", "the", "country's",
    "territory", "regions", "refinery", "oil", "Crimea", "defence", "defense", "ministry", "Ministry", "of",
    "Federation", "MoD", "on-duty", "air", "Sobyanin", "Moscow", "mayor", "regime", "Gladkov", "said", ",", ".",
    "\n", "  ", "\u00a0", "Russian air defence", "Russia's defence ministry", "Russian ministry of defence",
    "Ministry of Defence of the Russian Federation", "Ukrainian attack drones", "Ukrainian forces", "Kyiv's troops",
    "Ukraine has struck", "deep inside Russia", "deep in Russian territory", "over Russian regions",
    "over the country's regions", "on Russian soil", "against Russia", "on-duty air defence", "Kiev regime",
    "Moscow Mayor", "General Staff", "navy", "command", "Air Command", "confirmed", "that", "had",
    "Ukraine's General Staff said its forces had hit"])


@settings(max_examples=examples(3000), deadline=None)
@given(st.lists(_UKR_WORDS, max_size=10).map(" ".join))
def test_ukraine_gate_passes_every_match(text: str) -> None:
    low = text.lower()
    if _UKR_RE.lowered.search(low):
        assert _may_name_ukraines_attack(low)


def _gated_patterns() -> list[re.Pattern[str]]:
    """The patterns the figure rules search behind a look-ahead of their starts, as written."""
    return [_BEFORE_BLOCK_RE, _CAS_PRE_RE.lowered, _CUMULATIVE_RE.lowered, _PRE_CUES_RE.lowered, QUALIFIER_RE.lowered,
            _SINGULAR_RE.lowered, _WHOLE_BEFORE_RE.lowered]


def _words_of(pattern: re.Pattern[str]) -> list[str]:
    """The words a pattern spells out, and pieces between them, to build texts its matches may start in."""
    return [*sorted(set(re.findall(r"[a-z]{2,}", pattern.pattern))), " ", " ", "  ", ",", ".", "-", "5", "12", "\n",
            "x", "a"]


@pytest.mark.parametrize("pattern", _gated_patterns(), ids=lambda p: p.pattern[:30])
@settings(max_examples=examples(300), deadline=None)
@given(data=st.data())
def test_a_pattern_gated_by_its_starts_finds_what_it_finds(pattern: re.Pattern[str], data: st.DataObject) -> None:
    text = "".join(data.draw(st.lists(st.sampled_from(_words_of(pattern)), max_size=16)))
    gated = starts_gated(pattern)
    assert [(m.span(), m.groups()) for m in gated.finditer(text)] == \
        [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("pattern", _gated_patterns(), ids=lambda p: p.pattern[:30])
def test_a_pattern_gated_by_its_starts_finds_what_it_finds_in_reports(pattern: re.Pattern[str]) -> None:
    gated = starts_gated(pattern)
    for path in sorted(DATA.glob("extract_holdout*.jsonl"))[::4]:
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line)["text"].lower()
            assert [(m.span(), m.groups()) for m in gated.finditer(text)] == \
                [(m.span(), m.groups()) for m in pattern.finditer(text)], path.name


def test_a_pattern_whose_matches_may_start_anywhere_is_left_as_it_is() -> None:
    anywhere = re.compile(r"[^,]+\s+drones")
    assert starts_gated(anywhere) is anywhere
    gated = starts_gated(re.compile(r"\b(?:since|during)\s+the\s+war"))
    assert gated.pattern.startswith(r"\b(?=") and gated.search("all during the war").span() == (4, 18)


_SETTLEMENT_PIECES = st.sampled_from([
    "village", "villages", "settlement", "hamlet", "town", "towns", " of ", "of", "Nikolskoye", "Pisarevka", "In ",
    "Near ", "At ", "the", "a", "an", "small", "frontline", ", a village", ", an old hamlet", ", a settlement",
    "Oleg", "Oleh", "Ivan", "Mr.", "Petrov", "Petrovka", "Ivanov", " ", "  ", "\n", ",", ".", "-", "’", "'", "_", "x",
    "7", "10:05", "09.20 GMT", "5:50 p.m. —", "14:15 — ", "\n12:30 -", "\n", "Kyiv time"])


@settings(max_examples=examples(2000), deadline=None)
@given(st.lists(_SETTLEMENT_PIECES, max_size=16).map("".join))
@example("the town of Nikolskoye and Pisarevka, a small village; Oleg Petrov")
@example("10:05 — one\n12:30 - two\n5:50 p.m. — three")
def test_gazetteer_and_live_page_shortcuts_find_what_their_patterns_find(text: str) -> None:
    assert [m.span() for m in _settlement_matches(text)] == [m.span() for m in _NAMED_SETTLEMENT_RE.finditer(text)]
    assert [m.span() for m in _stamp_matches(text)] == [m.span() for m in _ENTRY_STAMP_RE.finditer(text)]
    for name in ("Petrov", "Ivanov", "Petrovka"):
        assert _named_person(text, name) == (re.search(rf"\b(?:{_GIVEN_NAMES_RE})\s+{re.escape(name)}\b", text)
                                             is not None)
    names = ("Petrovka", "Petrov", "Pisarevka")
    # (a name is whole where no hyphen goes on with a longer one: "Volodymyr-Volynskyi")
    found = re.search(rf"\b(?:{'|'.join(sorted(names, key=len, reverse=True))})\b(?!-)", text)
    assert _first_named(text, names) == (found and found.group(0))
    if _HURT_RE.search(text):
        assert _HURT_RE_KEYS(text.lower())
