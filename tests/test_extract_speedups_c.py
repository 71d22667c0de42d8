"""The third set of the engine's shortcuts gives what the code they stand in for gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.extract.attacks import _DATE_RE, _date_of
from monitor.extract.weapons import _COMPILED as _WEAPONS_COMPILED
from monitor.extract.weapons import find_weapons

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


_WEAPON_WORDS = st.sampled_from([
    "Shahed", "Shahed-136", "Gerans", "Geran-2", "decoy", "decoys", "decoy drones", "Gerbera", "imitation drone",
    "dummy drones", "Iskander-M", "Iskanders", "KN-23", "KN-24", "KN-2", "ballistic", "ballistic missiles", "Kh-101",
    "Kh-555", "Kh-55", "Kalibr", "Kh-22", "Kh-32", "Kh-59", "Kh-69s", "Kh-31P", "S-300", "S-400", "cruise", "Kinzhal",
    "Kh-47", "Zircon", "Tsirkon", "Oniks", "Onyx", "hypersonic", "guided bombs", "guided aerial bomb", "glide bomb",
    "KABs", "bomb", "kab", "drones", "missiles", "the", "xKh-", "Kh-", "S-", "-", " ", ",", ".", "İ", "xShahed"])


def _weapons_in_general(text: str) -> list[str]:
    """find_weapons as it read before: each weapon's keys looked for with its own any_of test."""
    low = text.lower()
    found = sorted((m.start(), order, label) for order, (label, keys, _, rx) in enumerate(_WEAPONS_COMPILED)
                   if keys(low) and (m := rx.search(text)))
    return [label for _, _, label in found]


@settings(max_examples=3000, deadline=None)
@given(st.lists(_WEAPON_WORDS, max_size=12).map(" ".join), st.lists(_WEAPON_WORDS, max_size=8).map("".join))
def test_weapons_are_the_general_reading(spaced: str, glued: str) -> None:
    for text in (spaced, glued, glued + " " + spaced):
        assert find_weapons(text) == _weapons_in_general(text)
