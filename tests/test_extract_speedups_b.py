"""The second set of the engine's shortcuts gives what the code they stand in for gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.extract.gazetteer import _find_places_tokenwise, find_places
from monitor.extract.sentences import split_sentences

_PLACE_PIECES = st.sampled_from([
    "Kyiv", "KYIV", "Kyiv's", "KYIV'S", "kyiv", "Kharkiv", "Kryvyi Rih", "Kryvyi", "Rih", "Ukraine's", "UKRAINE'S",
    "Russia’", "Russia’s", "Odesa-based", "Odesa", "Moscow", "Moscow-", "the", "region", "Oblast", "Belgorod",
    "Bryansk", "Zaporizhzhia", "O'", "Mc", "Dnipro", "-", "'", "’", "’s", "'s", " ", " ", ". ", ".\n", "\n", ", ",
    "St", "Petersburg", "New", "York", "A", "X"])


@settings(max_examples=1500, deadline=None)
@given(st.lists(_PLACE_PIECES, max_size=30).map("".join))
def test_places_of_sentences_are_the_tokenwise_reading(text: str) -> None:
    spans = [(s.start, s.end) for s in split_sentences(text)]
    assert find_places(text, spans) == _find_places_tokenwise(text, spans)


@settings(max_examples=1500, deadline=None)
@given(st.lists(_PLACE_PIECES, max_size=30).map("".join), st.lists(st.integers(0, 400), max_size=8))
def test_places_of_any_spans_are_the_tokenwise_reading(text: str, cuts: list[int]) -> None:
    marks = sorted({min(c, len(text)) for c in cuts})
    spans = [(a, b) for a, b in zip(marks[0::2], marks[1::2], strict=False) if a < b]
    assert find_places(text, spans) == _find_places_tokenwise(text, spans)
