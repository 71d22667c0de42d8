"""The second set of the engine's shortcuts gives what the code they stand in for gives."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st
from property_budget import examples

from monitor.extract.attacks import (
    _ANAPHORA_RE,
    _ATTACK_WORD_RE,
    _BY_DAY_KEYS,
    _BY_DAY_RE,
    _DATE_RE,
    _DAY_RE,
    _EARLIER_RE,
    _EARLIER_WORDS,
    _LEAD_YEAR_RE,
    _NTH_EPISODE_RE,
    _NTH_WORDS,
    _RUS_RE,
    _SAME_TIME_KEYS,
    _SAME_TIME_RE,
    _SIDE_TURN_RE,
    _TURN_TO_UKRAINE_RE,
    _UKR_NAME_WORDS,
    _UKR_RE,
    _count_rus,
    _count_ukr,
    _date_of,
    _earlier_search,
    _first_day,
    _has_attack_word,
    _may_hold_earlier,
    _may_refer_back,
    _may_turn,
    _present,
    _turn_search,
    _ukr_starts,
)
from monitor.extract.engine import _NAMED_PLACE_RE, _named_place
from monitor.extract.gazetteer import Place, PlaceMention, _find_places_tokenwise, _new_mention, find_places
from monitor.extract.places import (
    _ALERT_RE,
    _EARLIER_EVENT_RE,
    _FROM_RE,
    _HIT_CTX_RE,
    _METONYM_BEFORE_RE,
    _STRICT_BEFORE_RE,
    _ends_in_metonym_cue,
    _ends_in_strict_cue,
    _last_from,
    _may_tell_of_earlier_event,
    hit_context,
)
from monitor.extract.sentences import (
    _ABBREV,
    _AFTER_CLOCK_RE,
    _BREAK_RE,
    _DATE_LABEL_RE,
    _WORD_BEFORE_RE,
    Sentence,
    _new_sentence,
    split_sentences,
)
from monitor.extract.timewords import TIME_RE, _time_matches
from monitor.extract.weapons import _COMPILED as _WEAPONS_COMPILED
from monitor.extract.weapons import find_weapons

_PLACE_PIECES = st.sampled_from([
    "Kyiv", "KYIV", "Kyiv's", "KYIV'S", "kyiv", "Kharkiv", "Kryvyi Rih", "Kryvyi", "Rih", "Ukraine's", "UKRAINE'S",
    "Russia’", "Russia’s", "Odesa-based", "Odesa", "Moscow", "Moscow-", "the", "region", "Oblast", "Belgorod",
    "Bryansk", "Zaporizhzhia", "O'", "Mc", "Dnipro", "-", "'", "’", "’s", "'s", " ", " ", ". ", ".\n", "\n", ", ",
    "St", "Petersburg", "New", "York", "A", "X"])


@settings(max_examples=examples(1500), deadline=None)
@given(st.lists(_PLACE_PIECES, max_size=30).map("".join))
def test_places_of_sentences_are_the_tokenwise_reading(text: str) -> None:
    spans = [(s.start, s.end) for s in split_sentences(text)]
    assert find_places(text, spans) == _find_places_tokenwise(text, spans)


@settings(max_examples=examples(1500), deadline=None)
@given(st.lists(_PLACE_PIECES, max_size=30).map("".join), st.lists(st.integers(0, 400), max_size=8))
def test_places_of_any_spans_are_the_tokenwise_reading(text: str, cuts: list[int]) -> None:
    marks = sorted({min(c, len(text)) for c in cuts})
    spans = [(a, b) for a, b in zip(marks[0::2], marks[1::2], strict=False) if a < b]
    assert find_places(text, spans) == _find_places_tokenwise(text, spans)


_UKR_WORDS = st.sampled_from([
    "Ukrainian", "Ukraine", "Ukraine's", "Ukraine’s", "Kyiv", "Kiev", "Russia", "Russia's", "Russian", "drones", "UAV",
    "fixed-wing", "formations", "forces", "troops", "military", "army", "has", "struck", "hit", "attacked", "targeted",
    "launched", "fired", "on", "upon", "against", "inside", "into", "deep", "in", "over", "its", "the", "country's",
    "territory", "regions", "refinery", "oil", "Crimea", "defence", "defense", "ministry", "Ministry", "of",
    "Federation", "MoD", "mod", "modern", "on-duty", "air", "Sobyanin", "Moscow", "mayor", "regime", "Gladkov",
    "Khinshtein", "Starovoit", "Bogomaz", "Rusich", "said", ",", ".", "\n", "  ", "\u00a0", "Russian air defence",
    "Russia's defence ministry", "Ministry of Defence of the Russian Federation", "Ukrainian attack drones",
    "Ukraine has struck", "deep inside Russia", "over Russian regions", "on Russian soil", "against Russia",
    "Kiev regime", "Moscow Mayor", "ukrainside", "onover", "-", "x", "General Staff", "navy", "command", "Air Command",
    "confirmed", "that", "had"])


@settings(max_examples=examples(3000), deadline=None)
@given(st.lists(_UKR_WORDS, max_size=12).map(" ".join), st.lists(_UKR_WORDS, max_size=12).map("".join))
def test_ukraine_count_is_findall_count(spaced: str, glued: str) -> None:
    for text in (spaced, glued, spaced + glued):
        low = text.lower()
        expected = len(_UKR_RE.lowered.findall(low))
        assert _count_ukr(low) == expected
        assert _count_ukr(low, _ukr_starts(_present(low, _UKR_NAME_WORDS))) == expected


_SEGMENT_WORDS = st.sampled_from([
    "those", "these", "the", "them", "of", "two", "strikes", "attacks", "attack", "Those", "The", "Two", "Monday",
    "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "today", "days", "day", "Wednes", "Mon",
    "came", "after", "a", "before", "earlier", "previous", "night", "weeks", "ago", "last", "month", "this",
    "former", "record", "assault", "\u00a0", "  ", "\t", ",", ".", "x", "-", "MONDAY", "Sundays", "Two of them",
    "Most of those", "all of these", "the attacks", "those strikes", "Two  of\u00a0them", "of them", "day before",
    "last month", "days earlier", "weeks ago", "that", "then", "time", "At the time", "said then", "then downed",
    "during that attack", "on those nights", "that night", "were", "in June 2022", "in May 2024,", "when", "2022",
    "killed", "strike on", "1999", "this afternoon", "on Monday afternoon", "in the afternoon", "during the day",
    "in the middle of the day", "at lunchtime", "at midday", "at noon", "14 July 2022", "Feb. 24, 2022", "24/02/2022"])


@settings(max_examples=examples(3000), deadline=None)
@given(st.lists(_SEGMENT_WORDS, max_size=12).map(" ".join), st.lists(_SEGMENT_WORDS, max_size=8).map("".join))
def test_segment_gates_pass_every_match(spaced: str, glued: str) -> None:
    for text in (spaced, glued, " " + spaced, glued + " " + spaced):
        low = text.lower()
        if _ANAPHORA_RE.lowered.search(low):
            assert _may_refer_back(low)
        earlier = _EARLIER_RE.lowered.search(low)
        assert (earlier and earlier.span()) == ((told := _earlier_search(low)) and told.span())
        if _SAME_TIME_RE.lowered.search(low):
            assert _SAME_TIME_KEYS(low)
        if _BY_DAY_RE.search(low):
            assert _BY_DAY_KEYS(low)
        if _LEAD_YEAR_RE.search(low):
            assert "20" in low or "19" in low
        if earlier:
            words = _present(low, _EARLIER_WORDS)
            pairs = (("day" in low or "night" in low) and "before" in low) or ("month" in low and "last" in low)
            assert _may_hold_earlier(low, words, pairs)
        found, first = _DAY_RE.search(text), _first_day(text)
        assert (found and found.span()) == (first and first.span())


_TURN_WORDS = st.sampled_from([
    ";", "as", "As", "while", "whereas", "after", "hours", "a", "two", "days", "week", "Moscow", "Russia", "the",
    "Russian", "its", "Kremlin", "Ukraine", "ukrainian", "Kyiv", "first", "Second", "sixth", "episode", "strike",
    "attack", "count", "In", "in", "of", "village", "town", "settlement", "hamlet", "Murom", "Dunaika", "district",
    "Tsentralnyi", " ", "  ", "\u00a0", "\n", "\t", ",", ".", "-", "In\u00a0the"])


@settings(max_examples=examples(3000), deadline=None)
@given(st.lists(_TURN_WORDS, max_size=12).map(" ".join), st.lists(_TURN_WORDS, max_size=8).map("".join))
def test_turn_ordinal_and_named_place_gates_pass_every_match(spaced: str, glued: str) -> None:
    for text in (spaced, glued, " " + spaced, glued + " " + spaced):
        low = text.lower()
        if _SIDE_TURN_RE.search(low) or _TURN_TO_UKRAINE_RE.search(low):
            assert _may_turn(low)
        for pattern in (_SIDE_TURN_RE, _TURN_TO_UKRAINE_RE):
            for pos in (0, len(low) // 2):
                found, tried = pattern.search(low, pos), _turn_search(pattern, low, pos)
                assert (found and found.span()) == (tried and tried.span())
        if _NTH_EPISODE_RE.search(text):
            assert any(word in low for word in _NTH_WORDS)
        found, gated = _NAMED_PLACE_RE.search(text), _named_place(text)
        assert (found and found.span()) == (gated and gated.span())


_PLACES_WORDS = st.sampled_from([
    "from", "From", "fromage", "afrom", "_from", "launched", "talks", "with", "in", "and", "Moscow", "Kyiv", "xMoscow",
    "between", "inbetween", "accused", "accuse", "blaming", "blame", "unaccused", "blames",
    "reporting", "Reporting", "visit", "trip", "to", "contact", "relations", "ties",
    "pressure", "on", "over", "the", "The", "near", "at", "that", "attack", "attacked", "struck", "towards", "across",
    "previous", "last", "in 2022", "since 1991", "20", "19", "referencing", "recalled", "earlier", "strikes",
    "attacks", "year", " ", "  ", "\u00a0", "\n", "\t", ",", ".", "x", "1", "drone", "drones", "xdrone", "missiles",
    "strike", "strikes", "striker", "attack", "attacked", "counterattack", "air raid alert", "sirens", "shot down",
    "hit", "white"])


@settings(max_examples=examples(3000), deadline=None)
@given(st.lists(_PLACES_WORDS, max_size=12).map(" ".join), st.lists(_PLACES_WORDS, max_size=8).map("".join))
def test_place_context_shortcuts_agree_with_patterns(spaced: str, glued: str) -> None:
    for text in (spaced, glued, spaced + " ", glued + "\u00a0", spaced + glued):
        low = text.lower()
        froms = list(_FROM_RE.lowered.finditer(low))
        assert _last_from(low) == (froms[-1].start() if froms else -1)
        assert _ends_in_metonym_cue(text) == bool(_METONYM_BEFORE_RE.search(text))
        assert _ends_in_strict_cue(low) == bool(_STRICT_BEFORE_RE.lowered.search(low))
        if _EARLIER_EVENT_RE.lowered.search(low):
            assert _may_tell_of_earlier_event(low)
        unalerted = _ALERT_RE.lowered.sub(" ", low) if any(w in low for w in ("alert", "siren", "raid")) else low
        assert hit_context(low) == bool(_HIT_CTX_RE.lowered.search(unalerted))


_TIME_WORDS = st.sampled_from([
    "on", "On", "upon", "on-", "only", "the", "night", "morning", "evening", "afternoon", "of", "July", "9", "12",
    "Aug.", "2024", ",", "Monday", "monday's", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "today", "yesterday", "todays", "overnight", "over", "past", "24", "hours", "day", "into", "to", "early", "late",
    "latest", "last", "this", "in", "within", "since", "from", "between", "and", "until", "3:00", "10.30", "5",
    "a.m.", "pm", " ", "  ", "\u00a0", "\t", ".", "x", "-", "on the night of", "in the early hours",
    "from 3:00 to 5 a.m.", "on 9 July", "Saturday night", "over the past day", "on\u00a0Monday", "on\tthe night of"])


@settings(max_examples=examples(3000), deadline=None)
@given(st.lists(_TIME_WORDS, max_size=14).map(" ".join), st.lists(_TIME_WORDS, max_size=8).map("".join))
def test_time_matches_are_time_re_matches(spaced: str, glued: str) -> None:
    for text in (spaced, glued, glued + " " + spaced):
        low = text.lower()
        assert [m.span() for m in _time_matches(low)] == [m.span() for m in TIME_RE.lowered.finditer(low)]


_RUS_WORDS = st.sampled_from([
    "Russian", "Russia", "russia", "Ukraine's", "Ukraine’s", "Ukrainian", "Ukraine", "air", "Air", "force", "Force",
    "defences", "military", "armed", "forces", "officials", "Shahed", "Shaheds", "shahedx", "the", "The", "enemy",
    "on", "On", "upon", "to", "strikes", "strike", "attacks", "attack", "drones", "drone", "missiles", "launched",
    "fired", "hit", "carried", "out", "killed", "shot", "down", "fire", "refinery", "struck", "x", "-", " ", "  ",
    "\u00a0", "\t", ",", "."])


@settings(max_examples=examples(3000), deadline=None)
@given(st.lists(_RUS_WORDS, max_size=12).map(" ".join), st.lists(_RUS_WORDS, max_size=8).map("".join))
def test_russia_count_and_attack_word_agree_with_patterns(spaced: str, glued: str) -> None:
    for text in (spaced, glued, glued + " " + spaced):
        low = text.lower()
        assert _count_rus(low) == len(_RUS_RE.lowered.findall(low))
        assert _has_attack_word(low) == bool(_ATTACK_WORD_RE.lowered.search(low))


def test_fast_constructors_make_what_the_classes_make() -> None:
    place = Place("Kyiv", "UA", "city", "Kyiv", True)
    assert _new_mention(place, 3, 7) == PlaceMention(place, 3, 7)
    assert repr(_new_mention(place, 3, 7)) == repr(PlaceMention(place, 3, 7))
    assert _new_sentence("Two drones.", 5, 16, 1) == Sentence("Two drones.", 5, 16, 1)
    assert hash(_new_sentence("Two drones.", 5, 16, 1)) == hash(Sentence("Two drones.", 5, 16, 1))


def _split_as_before(text: str) -> list[tuple[str, int, int]]:
    """split_sentences as it read each break before its shortcuts: the reference they must agree with."""
    pieces: list[tuple[int, int]] = []
    pos = 0
    in_list = False
    for m in _BREAK_RE.finditer(text):
        mstart, gap = m.start(), m.group(0)
        lead = text[pos:mstart + 1].rstrip()
        # (an item's bullet may follow an indent: " – 728 Shahed attack UAVs")
        # (or a line of a label and its count with no bullet, after a line that ends with ":" or ";", or an item)
        item = text[m.end():m.end() + 8].lstrip(" \t")[:1] in ("–", "—", "-", "•", "*", "·", "▪") or (
            (in_list or text[mstart - 1:mstart] in (":", ";")) and
            re.match(r"[ \t]*[A-Za-z][^\n:;.]{1,79}?[A-Za-z)](?:\s(?:--|[-–—])|:)\s*\d", text[m.end():]) is not None)
        if "\n" in gap and item and (
                in_list or (
                lead.endswith((":", "?")) and re.search(
                    r"(?i)attack|launch|fired|used|employed|deployed|shot|down|destroy|"
                    r"intercept|neutrali|suppress|target|assets|killed|injured|wounded", lead))):
            in_list = True
            continue
        in_list = False
        if gap[0] in ".!?":
            mstart, gap = mstart + 1, gap[1:]
        if gap.strip(" \t") == "" or "\n" not in gap:
            if text[pos - 1:pos] in ("", "\n") and _DATE_LABEL_RE.fullmatch(text[pos:mstart]):
                continue  # a date that labels the paragraph it opens ("May 8. Russia launched ...")
            wm = _WORD_BEFORE_RE.search(text[max(pos, mstart - 12):mstart])
            if wm and (wm.group(1).lower().rstrip(".") in _ABBREV or len(wm.group(1)) == 1) and not (
                    wm.group(1).lower() in ("a.m", "p.m") and not _AFTER_CLOCK_RE.match(text, m.end())):
                continue
        pieces.append((pos, mstart))
        pos = m.end()
    pieces.append((pos, len(text)))
    out = []
    for start, end in pieces:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append((text[start:end], start, end))
    return out


_SPLIT_PIECES = st.sampled_from([
    "Drones hit Kyiv", "Gen", "U.S", "Mr", "A", "x", ".", "!", "?", "...", " ", "  ", "\t", "\n", "\n\n", "\"", "”",
    "’", ")", "(", "'", "The", "12", "a.m", "p.m", "Moscow", "Friday", "St",
    "Petersburg", "said", "Dr", "–", "-", "•", ":", "shot down",
    "Read also", "May 8", "8 Nov", "Oct", "Sunday, May 8", "2023"])


@settings(max_examples=examples(3000), deadline=None)
@given(st.lists(_SPLIT_PIECES, max_size=30).map("".join))
@example("shot down:\n –")  # an indented bullet
@example("shot down?\n–")  # a question heading a list ("What was shot down?")
def test_sentences_are_split_as_before(text: str) -> None:
    assert [(s.text, s.start, s.end) for s in split_sentences(text)] == _split_as_before(text)
    assert [s.index for s in split_sentences(text)] == list(range(len(_split_as_before(text))))


_WEAPON_WORDS = st.sampled_from([
    "Shahed", "Shahed-136", "Shaheds", "Geran-2", "Gerans", "decoy", "decoys", "drones", "Gerbera", "imitation",
    "dummy", "Iskander-M", "KN-23", "KN-24", "ballistic", "missiles", "Kh-101", "Kh-555", "Kh-55", "Kalibr", "Kh-22",
    "Kh-32", "Kh-59", "Kh-69", "Kh-31P", "S-300", "S-400", "cruise", "Kinzhal", "Kh-47", "Zircon", "Tsirkon",
    "Oniks", "Onyx", "hypersonic", "guided", "aerial", "air", "bombs", "glide", "KAB", "KABs", "bomb", "the", "x",
    "-", " ", ",", ".", "İ", "xShahed", "S-3000"])


@settings(max_examples=examples(3000), deadline=None)
@given(st.lists(_WEAPON_WORDS, max_size=12).map(" ".join), st.lists(_WEAPON_WORDS, max_size=8).map("".join))
def test_weapons_are_found_as_before(spaced: str, glued: str) -> None:
    for text in (spaced, glued, glued + " " + spaced):
        low = text.lower()
        found = sorted((m.start(), order, label) for order, (label, keys, _, rx) in enumerate(_WEAPONS_COMPILED)
                       if keys(low) and (m := rx.search(text)))
        assert find_weapons(text) == [label for _, _, label in found]


_DATE_WORDS = st.sampled_from([
    "July", "9", "12", "2024", "Aug.", "Aug", "September", "Sept.", "sept", "Sep.", "May", "may", "March", "Mar.",
    "x", "on", "the", "night", "of", "٣", "  ", " ", "\u00a0", "\t", ",", ".", "-", "19:00"])


@settings(max_examples=examples(3000), deadline=None)
@given(st.lists(_DATE_WORDS, max_size=10).map(" ".join), st.lists(_DATE_WORDS, max_size=8).map("".join))
def test_dates_are_found_as_before(spaced: str, glued: str) -> None:
    for text in (spaced, glued, glued + " " + spaced):
        expected = None
        for m in _DATE_RE.finditer(text):
            month, day = (m.group("m1"), m.group("d1")) if m.group("m1") else (m.group("m2"), m.group("d2"))
            if text[m.start("m1" if m.group("m1") else "m2")] == "m" and month.lower() == "may":  # "12 may have"
                continue
            expected = (m.start(), f"{month[:3].lower()} {int(day)}")
            break
        assert _date_of(text) == expected
