"""The third set of the engine's shortcuts gives what the code they stand in for gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.extract.attacks import _DATE_RE, _date_of

_DATE_WORDS = st.sampled_from([
    "July", "9", "12", "2024", "Aug.", "Aug", "September", "Sept.", "sept", "Sep.", "May", "may", "March", "Mar.",
    "Jan", "Feb.", "Oct", "Nov.", "December", "dec", "June", "jun", "April", "Apr.", "ſept", "İ", "Ⅸ", "K",
    "x", "on", "the", "night", "of", "٣", "  ", " ", "\u00a0", "\t", ",", ".", "-", "19:00", "march", "Mayor"])


def _date_searched(text: str) -> tuple[int, str] | None:
    """What _date_of stands in for: _DATE_RE's first match in the whole text."""
    m = _DATE_RE.search(text)
    if m is None:
        return None
    month, day = (m.group("m1"), m.group("d1")) if m.group("m1") else (m.group("m2"), m.group("d2"))
    return m.start(), f"{month[:3].lower()} {int(day)}"


@settings(max_examples=3000, deadline=None)
@given(st.lists(_DATE_WORDS, max_size=10).map(" ".join), st.lists(_DATE_WORDS, max_size=8).map("".join))
def test_dates_of_lower_cased_sentences_are_searched_dates(spaced: str, glued: str) -> None:
    for text in (spaced, glued, glued + " " + spaced):
        expected = _date_searched(text)
        assert _date_of(text) == expected
        assert _date_of(text, text.lower()) == expected
