"""The engine's shortcuts give what the patterns they stand in for give."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.extract.numbers import NUMBER_RE
from monitor.extract.patterns import _numbers

_PIECES = st.sampled_from(["1", "12", "200", "1,200", "12.5", "3:00", "Kh-101", "-5", "$40", "x7", "٣", "2024",
                           " ", " ", ", ", ".", "drones", "one", "two", "twenty-two", "a dozen", "both", "İ", "\u00a0",
                           "000", ",", "–", "/", "of"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_numbers_are_number_re_matches(text: str) -> None:
    expected = [(m.start(), m.end(), m.group("n")) for m in NUMBER_RE.finditer(text)]
    assert [(m.start(), m.end(), m.group("n")) for m in _numbers(text, text.lower())] == expected
