"""The third set of the engine's shortcuts gives what the code they stand in for gives."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from property_budget import examples

from monitor.extract import engine
from monitor.extract.attacks import _ATTACK_WORD_AFTER_GAP_RE, _ATTACK_WORD_RE, _DATE_RE, _REPORT_DAY_RE, _date_of
from monitor.extract.engine import (
    _KEPT_BESIDE_ITS_TOWNS,
    _NUMBER_WORD_AFTER_GAP_RE,
    _NUMBER_WORD_HINT_RE,
    _ONE_WEAPON_AFTER_GAP_RE,
    _ONE_WEAPON_HINT_RE,
    _Candidate,
    _casualty_value,
    _evidence,
    _final_places,
    _Group,
    _may_be_of_this_war,
    _new_attack,
    _new_evidence,
    _on_targets_side,
    _tells_a_time,
)
from monitor.extract.engine import _same_length_lower as _lower
from monitor.extract.fastre import ascii_twin, plain_ascii
from monitor.extract.gazetteer import _index, place_by_name
from monitor.extract.patterns import (
    _NOUN_RE,
    _NUMBER_AFTER_GAP_RE,
    _NUMBER_START_RE,
    Mention,
    _Cues,
    _kind_of,
    _rules_for,
    find_mentions,
)
from monitor.extract.places import _HIT_CTX_AFTER_GAP_RE, _HIT_CTX_RE
from monitor.extract.sentences import Sentence
from monitor.extract.timewords import TIME_RE, has_time
from monitor.extract.weapons import _COMPILED as _WEAPONS_COMPILED
from monitor.extract.weapons import find_weapons
from monitor.models import FIGURE_FIELDS, Attack, Evidence, Report

_DATE_WORDS = st.sampled_from([
    "July", "9", "12", "2024", "Aug.", "Aug", "September", "Sept.", "sept", "Sep.", "May", "may", "March", "Mar.",
    "Jan", "Feb.", "Oct", "Nov.", "December", "dec", "June", "jun", "April", "Apr.", "ſept", "İ", "Ⅸ", "K",
    "x", "on", "the", "night", "of", "٣", "  ", " ", "\u00a0", "\t", ",", ".", "-", "19:00", "march", "Mayor"])


def _date_searched(text: str) -> tuple[int, str] | None:
    """What _date_of stands in for: _DATE_RE's first match in the whole text, but for a "may" written in lower case
    ("12 may have reached"), which is the verb."""
    for m in _DATE_RE.finditer(text):
        month, day = (m.group("m1"), m.group("d1")) if m.group("m1") else (m.group("m2"), m.group("d2"))
        if text[m.start("m1" if m.group("m1") else "m2")] == "m" and month.lower() == "may":
            continue
        return m.start(), f"{month[:3].lower()} {int(day)}"
    return None


@settings(max_examples=examples(3000), deadline=None)
@given(st.lists(_DATE_WORDS, max_size=10).map(" ".join), st.lists(_DATE_WORDS, max_size=8).map("".join))
def test_dates_of_lower_cased_sentences_are_searched_dates(spaced: str, glued: str) -> None:
    for text in (spaced, glued, glued + " " + spaced):
        expected = _date_searched(text)
        assert _date_of(text) == expected
        assert _date_of(text, text.lower()) == expected


_MENTIONS = st.builds(
    Mention, value=st.integers(0, 3000), kind=st.sampled_from(["drone", "missile", "combined", "people", "bare"]),
    start=st.integers(0, 300), end=st.integers(0, 300),
    rule=st.sampled_from(["", "toll", "pre-verb", "post-verb", "people-verb", "list-continuation"]),
    role=st.sampled_from([None, "launched", "downed", "killed", "injured"]))
_SENTENCE_TEXTS = st.sampled_from([
    "In Dnipro, one person was killed.", "The total death toll rose to 12.", "Initially officials had said 3 died.",
    "At least 4 people were injured across the country.", "Three people were killed in Kharkiv overnight.",
    "Earlier reports put the number of injured at 9.", "Overall 15 people were hurt, preliminary data show.", ""])
_CANDIDATES = st.builds(
    lambda value, mentions, text, index, has_loc: _Candidate(value, mentions, Sentence(text, 0, len(text), index),
                                                             has_loc),
    st.integers(0, 3000), st.lists(_MENTIONS, min_size=1, max_size=4), _SENTENCE_TEXTS, st.integers(0, 6),
    st.booleans())


@settings(max_examples=examples(1000), deadline=None)
@given(_CANDIDATES)
def test_one_candidate_is_what_either_choice_gives(c: _Candidate) -> None:
    # _build_attack takes a lone candidate as it is, without _casualty_value or max
    assert _casualty_value([c], {}, c.sentence.text) is c
    assert max([c], key=lambda x: x.value) is c


def _evidence_in_general(c: _Candidate, fname: str) -> Evidence:
    """_evidence as it read before its one-mention shortcut."""
    start = min(m.start for m in c.mentions)
    end = max(m.end for m in c.mentions)
    rule = c.mentions[0].rule or "pattern"
    if len(c.mentions) > 1:
        rule += "+sum"
    return Evidence(sentence=c.sentence.text, start=start, end=end, rule=f"{fname}.{rule}")


@settings(max_examples=examples(1000), deadline=None)
@given(_CANDIDATES, st.sampled_from(["killed", "injured", "drones_launched", "downed_total"]))
def test_evidence_is_the_general_reading(c: _Candidate, fname: str) -> None:
    assert _evidence(c, fname) == _evidence_in_general(c, fname)


_PLACE_NAMES = st.sampled_from([*sorted(_index()[1]), "Atlantis", "Narnia"])


def _final_places_in_general(group: _Group) -> list[str]:
    """_final_places as it read before each place was looked up once (with the regions since kept beside towns)."""
    out: list[str] = []
    for name in group.places:
        place = place_by_name(name)
        if place is None:
            continue
        if _on_targets_side(group.attacker, place):
            out.append(name)
    regions_with_towns = {place_by_name(n).region for n in out  # type: ignore[union-attr]
                          if place_by_name(n) and place_by_name(n).kind == "city"}  # type: ignore[union-attr]
    return [n for n in out if not (
        (p := place_by_name(n)) and p.kind == "region" and not p.region_named_after_city
        and n not in _KEPT_BESIDE_ITS_TOWNS and n in regions_with_towns)]


@settings(max_examples=examples(1500), deadline=None)
@given(st.sampled_from(["russia", "ukraine"]), st.lists(_PLACE_NAMES, max_size=12, unique=True))
def test_final_places_are_the_general_reading(attacker: str, names: list[str]) -> None:
    group = _Group(attacker, "main", places=names)
    assert _final_places("", group, {}) == _final_places_in_general(group)


def test_final_places_drop_a_region_named_for_a_town_of_it() -> None:
    # the case the general reading exists for, so that the comparison above is not of empty lists only
    regions = {p.region for p in _index()[1].values() if p.kind == "city" and p.country == "UA"}
    region = next(n for n, p in _index()[1].items() if p.kind == "region" and not p.region_named_after_city
                  and n in regions and p.country == "UA" and n not in _KEPT_BESIDE_ITS_TOWNS)
    town = next(n for n, p in _index()[1].items() if p.kind == "city" and p.region == region)
    group = _Group("russia", "main", places=[region, town])
    assert _final_places("", group, {}) == _final_places_in_general(group) == [town]


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


@settings(max_examples=examples(3000), deadline=None)
@given(st.lists(_WEAPON_WORDS, max_size=12).map(" ".join), st.lists(_WEAPON_WORDS, max_size=8).map("".join))
def test_weapons_are_the_general_reading(spaced: str, glued: str) -> None:
    for text in (spaced, glued, glued + " " + spaced):
        assert find_weapons(text) == _weapons_in_general(text)


_MENTION_PIECES = st.sampled_from([
    "Russia launched", "more than", "at least", "all", "a total of", "a record", "536", "16", "1,200", "two", "a dozen",
    "drones", "missiles", "Shahed drones", "and", "of them", "of the", "were shot down", "people", "were injured",
    "a woman", "a drone", "the missile", "killed", "including", "(", ")", ",", ".", " ", "  ", "\n", "\"",
    "in Kharkiv", "aerial targets", "drones and missiles", "UAVs"])


@settings(max_examples=examples(1500), deadline=None)
@given(st.text(max_size=45), st.lists(_MENTION_PIECES, min_size=1, max_size=25).map(" ".join))
def test_mentions_start_in_their_sentence(lead: str, sentence: str) -> None:
    # _assign_roles finds where the last count of weapons starts by a loop from 0, where it took max(..., default=0):
    # the same only as long as no mention starts before the sentence does
    text = lead + sentence
    start = len(lead)
    out = find_mentions(text, _lower(text), start, len(text))
    assert all(start <= m.start <= m.end <= len(text) for m in out)
    assert all(m.start <= m.num_start for m in out if m.num_start >= 0)


_TIME_WORDS = st.sampled_from([
    "on", "On", "upon", "on-", "only", "the", "night", "morning", "evening", "of", "July", "9", "Aug.", ",", "Monday",
    "monday's", "Tuesday", "Sunday", "today", "yesterday", "todays", "overnight", "over", "past", "24", "hours", "day",
    "into", "early", "late", "last", "this", "in", "since", "from", "between", "and", "until", "3:00", "5", "a.m.",
    " ", "  ", "\u00a0", "\t", ".", "x", "-", "in the early hours", "from 3:00 to 5 a.m.", "on 9 July",
    "Saturday night", "over the past day", "said on Monday", "said", "told reporters on Tuesday", "reported",
    "On Monday, the governor said", "Monday said", "rose to 12 on Sunday", "İ", "Σ", "ſ", "struck", "drone attack"])


@settings(max_examples=examples(3000), deadline=None)
@given(st.lists(_TIME_WORDS, max_size=14).map(" ".join), st.lists(_TIME_WORDS, max_size=8).map("".join))
def test_has_time_is_time_re_search(spaced: str, glued: str) -> None:
    for text in (spaced, glued, glued + " " + spaced):
        low = text.lower()
        assert has_time(low) == (TIME_RE.lowered.search(low) is not None)


@settings(max_examples=examples(3000), deadline=None)
@given(st.lists(_TIME_WORDS, max_size=14).map(" ".join), st.lists(_TIME_WORDS, max_size=8).map("".join))
def test_tells_a_time_is_both_searches(spaced: str, glued: str) -> None:
    for text in (spaced, glued, glued + " " + spaced):
        low = _lower(text)
        if len(low) != len(text):
            continue  # extract() reads İ as I first
        expected = TIME_RE.lowered.search(low) is not None and \
            TIME_RE.search(_REPORT_DAY_RE.sub(" ", text)) is not None
        assert _tells_a_time(text, low) == expected


_NUMBER_PIECES = st.sampled_from([
    "1", "12", "1,200", "12.5", "3:00", "Kh-101", "-5", "$40", "x7", "٣", "²", "2024", " ", ", ", ".", "drones", "one",
    "two", "twenty-two", "a dozen", "both", "İ", "\u00a0", "\x1c", "_", "_1", "000", ",", "–", "/", "of", "four",
    "fourteen", "someone", "often", "ninety", "between", "thirty", "Fifty", "eleven", "zero", "-", "tw", "é", "éone",
    "\n", "seven", "sixty", "fifteen", "eight", "nine", "ten", "three"])


@settings(max_examples=examples(3000), deadline=None)
@given(st.lists(_NUMBER_PIECES, max_size=30).map("".join))
def test_number_starts_after_a_gap_are_number_starts(text: str) -> None:
    low = text.lower()
    pairs = [(_NUMBER_START_RE, _NUMBER_AFTER_GAP_RE)]
    if plain_ascii(low):
        pairs.append((ascii_twin(_NUMBER_START_RE), ascii_twin(_NUMBER_AFTER_GAP_RE)))
    for starts, after_gap in pairs:
        assert [m.start() for m in after_gap.finditer(" " + low)] == [m.start() for m in starts.finditer(low)]


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=30), st.integers(0, 500), st.integers(0, 500), st.text(max_size=20))
def test_evidence_made_fast_is_as_made(sentence: str, start: int, end: int, rule: str) -> None:
    made = Evidence(sentence=sentence, start=start, end=end, rule=rule)
    fast = _new_evidence(sentence, start, end, rule)
    assert fast == made and hash(fast) == hash(made) and repr(fast) == repr(made)
    assert list(vars(fast).items()) == list(vars(made).items())


_FIGURES = st.dictionaries(st.sampled_from(FIGURE_FIELDS), st.integers(0, 3000))


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(["russia", "ukraine"]), st.lists(st.sampled_from(["Kyiv", "Kharkiv", "Odesa"])).map(tuple),
       st.lists(st.sampled_from(["Shahed", "Kalibr"])).map(tuple), st.lists(st.sampled_from(["overnight"])).map(tuple),
       _FIGURES)
def test_attack_made_fast_is_as_made(attacker: str, places: tuple[str, ...], weapons: tuple[str, ...],
                                     time_words: tuple[str, ...], values: dict[str, int]) -> None:
    evidence = {name: Evidence("s", 0, 1, f"{name}.pre-verb") for name in values}
    made = Attack(attacker=attacker, places=places, weapons=weapons, time_words=time_words,  # type: ignore[arg-type]
                  evidence=evidence, **values)  # type: ignore[arg-type]
    fast = _new_attack(attacker, places, weapons, time_words, evidence, values)
    assert fast == made and repr(fast) == repr(made) and fast.to_contract() == made.to_contract()
    assert list(vars(fast).items()) == list(vars(made).items())


def test_models_made_fast_have_no_init_work_of_their_own() -> None:
    # _new_evidence and _new_attack fill the instance dict as the generated __init__ would; a __post_init__ (a check,
    # a derived field) or slots would need them changed
    for cls in (Evidence, Attack):
        assert not hasattr(cls, "__post_init__") and not hasattr(cls, "__slots__")


_GAP_WORDS = st.sampled_from([
    "one", "two", "twenty", "dozen", "both", "bone", "someone", "a", "an", "the", "all", "another", "them", "drone",
    "drones", "missile", "UAV", "Shahed", "attack", "attacks", "strikes", "to", "struck", "hit", "hits", "killed",
    "shot", "down", "shot down", "debris", "power", "outages", "air", "raid", "fire", "_", "x", "é", "İ", "٣", "1",
    " ", "  ", "\u00a0", "\x1c", "\n", ",", ".", "-", "'", "’", "(", "to strikes", "an attack drone", "the Shahed"])


@settings(max_examples=examples(3000), deadline=None)
@given(st.lists(_GAP_WORDS, max_size=14).map(" ".join), st.lists(_GAP_WORDS, max_size=8).map("".join))
def test_searches_after_a_gap_find_what_the_patterns_find(spaced: str, glued: str) -> None:
    pairs = [(_NUMBER_WORD_HINT_RE.lowered, _NUMBER_WORD_AFTER_GAP_RE),
             (_ONE_WEAPON_HINT_RE.lowered, _ONE_WEAPON_AFTER_GAP_RE),
             (_HIT_CTX_RE.lowered, _HIT_CTX_AFTER_GAP_RE), (_ATTACK_WORD_RE.lowered, _ATTACK_WORD_AFTER_GAP_RE)]
    for text in (spaced, glued, glued + " " + spaced):
        low = text.lower()
        for pattern, after_gap in pairs:
            assert (after_gap.search(" " + low) is not None) == (pattern.search(low) is not None)
        if plain_ascii(low):
            for pattern, after_gap in pairs[:2]:  # the hints' ASCII twins, which _extract reads plain ASCII text with
                assert (ascii_twin(after_gap).search(" " + low) is not None) == \
                    (ascii_twin(pattern).search(low) is not None)


_CUE_WORDS = st.sampled_from([
    "launched", "shot down", "shot", "down", "destroyed", "intercepted", "of which", "including", "incl.", "incl.x",
    "lost", "were lost", "jammed", "suppressed", "attacked the city with", "a total of", "fired", "used", "drones",
    "missiles", "51", "the", "and", ",", " ", "  ", "\n", ".", "x", "-", "record of", "previous high was"])


def _before_in_general(cues: _Cues, end: int) -> list[re.Match[str]]:
    """_Cues.before as it read before its one loop: any() over a generator, then a list comprehension."""
    s = cues._s
    found = list(cues._pattern.finditer(s, 0, cues._stop))
    if end <= cues._stop and (end == 0 or s[end - 1].isspace()) and \
            not any(m.start() < end < m.end() for m in found):
        return [m for m in found if m.end() <= end]
    return list(cues._pattern.finditer(s[:end]))


@settings(max_examples=examples(2000), deadline=None)
@given(st.lists(_CUE_WORDS, max_size=16).map(" ".join), st.integers(0, 200), st.lists(st.integers(0, 200), max_size=5),
       st.booleans())
def test_cues_before_a_cut_are_the_general_reading(low: str, stop: int, cuts: list[int], plain: bool) -> None:
    stop = min(stop, len(low))
    cues = _Cues(low, stop, _rules_for(plain and plain_ascii(low)))
    for end in [*cuts, stop, len(low)]:
        end = min(end, len(low))
        got = [(m.start(), m.end(), m.lastgroup) for m in cues.before(end)]
        assert got == [(m.start(), m.end(), m.lastgroup) for m in _before_in_general(cues, end)]


@settings(max_examples=examples(2000), deadline=None)
@given(st.lists(_MENTION_PIECES, min_size=1, max_size=6).map(" ".join))
def test_kind_of_a_noun_is_its_group_that_matched(text: str) -> None:
    low = text.lower()
    for at in range(len(low)):
        nm = _NOUN_RE.lowered.match(low, at)
        if nm is None:
            continue
        expected = "combined" if nm.group("comb") else "drone" if nm.group("drone") else \
            "missile" if nm.group("missile") else "people"
        assert _kind_of(nm) == expected


_WAR_PIECES = st.sampled_from([
    "A heart attack", "a strike", "struck", "killed", "three", "40", "1,200", "people were", "injured", "wounded",
    "shot down", "intercepted", "drones", "a drone", "missiles", "Shaheds", "rockets were", "aerial targets", "UAVs",
    "Kh-101s.", "means of air attack", "projectiles", "munitions.", "targets were destroyed", "decoys", "bombs",
    "shelling", "overnight", "on Monday", "air defence", "of them", "launched", "Kyiv", "Kharkov", "Dubai", "Israel",
    "Iran", "Gaza", "Texas", "the police said", "the army said", ".", "\n\n", ",", "Russia", "the war", "at least"])


def _ungated_extract(text: str) -> Report:
    """What extract() gives with the early test of _may_be_of_this_war left out: the rules read every sentence."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(engine, "_may_be_of_this_war", lambda text, low: True)
        return engine.extract(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(_WAR_PIECES, min_size=1, max_size=30).map(" ".join))
def test_texts_turned_down_early_are_those_the_rules_turn_down(text: str) -> None:
    low = _lower(text)
    if any(word in text for word in ("Kyiv", "Kharkov", "Russia", "drone", "missiles", "UAVs", "Kh-101s")):
        assert _may_be_of_this_war(text, low)
    elif not _may_be_of_this_war(text, low):
        assert _ungated_extract(text) == Report(is_attack_report=False, attacks=())


def test_real_articles_turned_down_early_are_those_the_rules_turn_down(shared_dir: Path) -> None:
    truth = json.loads((shared_dir / "fixtures" / "real" / "articles" / "ground-truth.json").read_text("utf-8"))
    bodies = [item.get("articleBody") or "" for item in truth.values()]
    turned_down = [body for body in bodies if not _may_be_of_this_war(body, _lower(body))]
    assert len(turned_down) > len(bodies) // 4  # the early test does turn most news of other things down
    for body in turned_down:
        assert _ungated_extract(body) == Report(is_attack_report=False, attacks=()), body[:80]


@settings(max_examples=examples(2000), deadline=None)
@given(st.lists(st.one_of(_MENTION_PIECES, _WAR_PIECES), min_size=1, max_size=6).map(" ".join))
def test_every_weapon_noun_holds_a_word_of_the_early_test(text: str) -> None:
    low = text.lower()
    for at in range(len(low)):
        nm = _NOUN_RE.lowered.match(low, at)
        if nm is not None and not nm.group("people"):
            assert engine._WEAPON_NOUN_WORDS(nm.group(0)), nm.group(0)
