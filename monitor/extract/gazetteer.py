"""The packaged gazetteer: Ukrainian and Russian places, their transliterations, one canonical name.

It is loaded once from package data (no network) and matched by dictionary look-ups on
capitalised words, which is much faster than one regex of hundreds of alternatives.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import accumulate, compress
from typing import Any, NamedTuple

from monitor.extract.fastre import is_boundary, is_word_char, matches_at
from monitor.extract.timewords import _DAY, _MONTH


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry: canonical English name, country (UA, RU or occupied), kind and oblast."""

    name: str
    country: str
    kind: str
    region: str
    region_named_after_city: bool
    #: whether a town of the same name lies on the other side of the front line (a free town's and an occupied
    #: one's: "Sofiivka"), so that a report of either side's attack may mean it
    namesake_across_front: bool = False


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in the text, with its character span."""

    place: Place
    start: int
    end: int


#: The setters of PlaceMention's slots.
_SET_PLACE, _SET_START, _SET_END = (PlaceMention.__dict__[name].__set__ for name in ("place", "start", "end"))


def _new_mention(place: Place, start: int, end: int) -> PlaceMention:
    """PlaceMention(place, start, end), made faster: the frozen class's __init__ sets each field through
    object.__setattr__, its slots' own setters cost less than half as much (a text names dozens of places)."""
    mention = object.__new__(PlaceMention)
    _SET_PLACE(mention, place)
    _SET_START(mention, start)
    _SET_END(mention, end)
    return mention


_TOKEN_RE = re.compile(r"[A-Z][A-Za-z'’]*(?:-[A-Za-z'’]+)*")
#: _TOKEN_RE as one group: re.split gives the text between tokens and the tokens, alternately. Its repeats are
#: possessive, which matches the same (what follows each repeat can never take back what it took) a little faster.
_TOKEN_SPLIT_RE = re.compile(r"([A-Z][A-Za-z'’]*+(?:-[A-Za-z'’]+)*+)")
#: The characters a token holds: a token runs across a span's end only where both characters around it are of them.
_TOKEN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'’-")
#: The endings _normal_first drops from a token (the possessive), and none.
_POSSESSIVES = ("", "'", "’", "'s", "’s")


#: The regions' centres whose regions bear other names: they keep their one English name however a text spells it.
_CENTRES_NAMED_APART = frozenset({"Dnipro", "Kropyvnytskyi"})


def _letters(name: str) -> str:
    """A name's letters as the ways of writing them in Latin letters differ least: "Boyarka" and "Boiarka",
    "Tyotkino" and "Tetkino" are the same."""
    low = name.lower().replace("'", "").replace("’", "").replace("-", " ").replace("yo", "e")
    return low.replace("y", "i").replace("ii", "i")


class _Renamed(NamedTuple):
    """A place's names that a text may call it by other than its canonical one: a renamed place's names now (its
    canonical name and spellings) and before, and how a former name is told; or a generated town's canonical
    (GeoNames) name and its other spellings, told as the text writes them (told_as None)."""

    now: tuple[str, ...]
    former: tuple[str, ...]
    told_as: str | None


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, list[tuple[str, Place]]], dict[str, Place], dict[str, _Renamed]]:
    """First word (lower case) -> [(alias lower case, place)], longest alias first; name -> place; and the name of a
    renamed place -> its names now and before."""
    data = resources.files("monitor.extract").joinpath("data")
    by_first: dict[str, list[tuple[str, Place]]] = {}
    by_name: dict[str, Place] = {}
    renamed: dict[str, _Renamed] = {}
    taken: set[str] = set()  # every name and spelling read so far
    items = _items(data.joinpath("places.json").read_text(encoding="utf-8"))
    curated = len(items)
    items += _items(data.joinpath("towns.json").read_text(encoding="utf-8"))
    for i, item in enumerate(items):
        now = {item["name"], *item.get("aliases", [])}
        former = item.get("former", [])
        keys = {alias.lower() for alias in now | set(former)} - taken
        if item["name"].lower() not in keys:
            continue  # a generated town whose name the curated list (read first) gives another place
        taken |= keys
        place = Place(item["name"], item["country"], item["kind"], item["region"],
                      bool(item.get("region_named_after_city", True)), bool(item.get("namesake_across_front")))
        by_name[place.name] = place
        for key in keys:
            by_first.setdefault(key.split(" ")[0], []).append((key, place))
        if former:
            renamed[place.name] = _Renamed(tuple(now), tuple(former), former[0])
        elif len(now) > 1 and i >= curated:
            # a generated town's GeoNames name may not be the common English one ("Ananyiv" for the Ananiv a report
            # names): told as the text spells it
            renamed[place.name] = _Renamed((place.name,), tuple(now - {place.name}), None)
        elif len(now) > 1 and place.kind != "region" and place.name != place.region and \
                place.name not in _CENTRES_NAMED_APART and place.country != "occupied" and \
                (spellings := tuple(a for a in now - {place.name} if _letters(a) == _letters(place.name))):
            # nor has a small town one spelling all outlets share ("Boyarka", "Boiarka"): told as the text spells it,
            # where that is only another way of writing the same letters (not a Russian name: "Ochakov" is Ochakiv;
            # nor a region's centre, nor an occupied town, which keep their one English name)
            renamed[place.name] = _Renamed((place.name,), spellings, None)
    for entries in by_first.values():
        entries.sort(key=lambda e: -len(e[0]))
    return by_first, by_name, renamed


def _items(*files: str) -> list[dict[str, Any]]:
    """The entries of the gazetteer's files in order: the curated places.json, then the towns.json generated from
    GeoNames by scripts/build_towns.py (every other Ukrainian town and village of 1,000 people or more, and the
    Russian towns of the regions Ukraine's drones reach)."""
    return [item for raw in files for item in json.loads(raw)["places"]]


def _normal_first(token: str) -> str:
    """The word find_places looks up for a token (lower case): without a possessive ending."""
    if token[-1] in "'’":  # the possessive "Ukraine's" names Ukraine (as written: "UKRAINE'S" is kept)
        token = token[:-1]
    elif token.endswith(("'s", "’s")):
        token = token[:-2]
    return token.lower()


@lru_cache(maxsize=1)
def _first_tokens() -> frozenset[str]:
    """Every token (lower-cased) that may name a first word: each first word with each possessive ending, so that
    a set look-up in C passes every token _normal_first turns into one (and a few more, such as "kyiv's" for
    "KYIV'S", which the look-up of its own word then drops)."""
    return frozenset(word + ending for word in _index()[0] for ending in _POSSESSIVES)


def place_by_name(name: str) -> Place | None:
    """The gazetteer entry of a canonical name."""
    return _index()[1].get(name)


def canonical_name(name: str) -> str:
    """The canonical name of any name or spelling of a place the gazetteer holds ("Kiev", "Yuzhne": "Kyiv",
    "Pivdennyi"), or the name itself: where names from many reports (or a user's rules) are compared."""
    key = name.lower()
    for alias, place in _index()[0].get(key.split(" ")[0], ()):
        if alias == key:
            return place.name
    stem, _, word = name.rpartition(" ")
    if stem and word.lower() in ("region", "oblast") and (region := canonical_name(stem)) != stem:
        return f"{region} region"  # "Kiev region": the Kyiv region
    return name


def name_as_told(name: str, text: str) -> str:
    """A place's name as a text calls it: a renamed town's former name ("Yuzhne" for Pivdennyi) where the text
    uses only that, as its readers (and those who annotate it) do, and a generated town's spelling where the text
    uses only that; otherwise the canonical name.

    The gazetteer lists a renamed town's former names apart from the spellings of its name ("former"), and the
    first of them is how a former name is reported.
    """
    renamed = _index()[2].get(name)
    if renamed is None or _first_named(text, renamed.now) is not None:
        return name
    told = _first_named(text, renamed.former)
    if told is None:
        return name
    return renamed.told_as or told


def _first_named(text: str, names: tuple[str, ...]) -> str | None:
    """The first of some names a text holds as a whole word, or None: what a search for the pattern of the names as
    whole words, the longest first, finds.

    Found from where each name occurs, as str.find finds it in C: the pattern starts with a word boundary, which a
    search would test at every position of the text. Its leftmost match is at the first place a name occurs between
    word boundaries, and there it matches the first name in its order (the longest first) that does."""
    first: tuple[int, int, str] | None = None  # where, the name's order, the name
    for order, told in enumerate(sorted(names, key=len, reverse=True)):
        at = text.find(told)
        while at >= 0 and (first is None or at <= first[0]):
            end = at + len(told)
            if is_boundary(text, at) and is_boundary(text, end) and not text.startswith("-", end) and not (
                    told in GIVEN_NAME_WORDS and _NAME_GOES_ON_RE.match(text, end)):
                # not the first part of a longer name ("Volodymyr-Volynskyi"), nor a man ("Volodymyr Zelensky")
                if first is None or (at, order) < first[:2]:
                    first = (at, order, told)
                break
            at = text.find(told, at + 1)
    return None if first is None else first[2]




def find_places(text: str, spans: list[tuple[int, int]]) -> list[list[PlaceMention]]:
    """Every gazetteer place named in each span of a text, longest alias first, without overlaps.

    The spans (a text's sentences) are in order and do not overlap; the text is scanned once for them all. The
    tokens are split off and looked up in C, and only the few that start a gazetteer name are read in Python.
    """
    out: list[list[PlaceMention]] = [[] for _ in spans]
    if not spans:
        return out
    lo, hi = spans[0][0], spans[-1][1]
    for _, end in spans[:-1]:
        if text[end - 1:end] in _TOKEN_CHARS and text[end:end + 1] in _TOKEN_CHARS:
            return _find_places_tokenwise(text, spans)  # a token may run across a span's end: read each one
    parts = _TOKEN_SPLIT_RE.split(text[lo:hi])  # between, token, between, token, ..., between
    tokens = parts[1::2]
    if not tokens:
        return out
    # the tokens lower-cased at once (they hold no newline), and where each starts: after the parts before it
    lowered = "\n".join(tokens).lower().split("\n")
    starts = list(accumulate(map(len, parts)))[0::2]
    by_first = _index()[0]
    found_at = compress(range(len(tokens)), map(_first_tokens().__contains__, lowered))
    i = 0
    start, end = spans[0]
    found = out[0]
    pos = start
    for k in found_at:
        at = lo + starts[k]
        if at >= end:
            while i < len(spans) and at >= spans[i][1]:
                i += 1
            start, end = spans[i]
            found = out[i]
            pos = start
        if at < start or at < pos:
            continue
        # _normal_first(tokens[k]), from the token lower-cased already
        token, word = tokens[k], lowered[k]
        if token[-1] in "'’":
            word = word[:-1]
        elif token.endswith(("'s", "’s")):
            word = word[:-2]
        hit = _alias_at(text, at, end, word, by_first.get(word, ()))
        if hit is not None:
            found.append(_new_mention(hit[0], at, hit[1]))
            pos = hit[1]
    return out


#: The nouns of a region or district, which are no settlement's name nor part of one.
_DIVISIONS = "Oblast|Region|District|Raion|Krai|Hromada|Community|Republic|County|Province|Territory"
#: A name of one or two capitalised words (hyphens inside a word: "Kalach-na-Donu"), neither a region's noun ("Vovchansk
#: in Kharkiv Oblast, a town"), the second not a day or a month either ("the town of Bilozerske on Friday", "the village
#: of Sushany in the Zaporizhzhia Oblast").
_NAME = (rf"(?!(?:{_DIVISIONS})\b)[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]+)*(?: (?!(?:{_DAY}|{_MONTH}|Palm|{_DIVISIONS})\b)"
         r"[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]+)*)?")
#: A settlement named as one: "the village of Nikolskoye", "Plauru, a village across the Danube"; or two.
_NAMED_SETTLEMENT_RE = re.compile(
    rf"\b(?:village|settlement|hamlet|town)s? of ({_NAME})(?![^\W_])|"
    rf"(?<![\w'’-])(?:(?:In|At|Near|On|From) )?({_NAME}), an? (?:[a-z-]+ ){{0,2}}(?:village|settlement|hamlet|town)\b|"
    # (and two named as such: "Glotovo and Spodaryushino, villages in the Grayvoron district")
    rf"(?<![\w'’-])({_NAME}) and ({_NAME}), (?:two )?(?:[a-z-]+ ){{0,2}}(?:villages|settlements)\b")
#: Words of the countries beside Ukraine and their parts, whose villages strays fall on ("the village of Plauru in
#: Tulcea county"): told of beside an attack on Ukraine, which most readers keep to Ukraine's places.
_ABROAD_RE = re.compile(r"Romania|Moldova|Poland|Polish|Belarus|Transdniest|Transnistria|Tulcea|Gagauzia|Lublin|"
                        r"Hungar|Slovak|\bcounty\b|\bprovince\b")
#: Where such a settlement lies, told after it: "..., in the Belgorod region", "... near Dobropillia".
_LIES_IN_RE = re.compile(r",? (?:an? (?:[a-z-]+ ){0,2}(?:village|settlement|hamlet) )?(?:in|of|near|outside) "
                         r"(?:the |Russia['’]s |Ukraine['’]s )?")


#: Titles a man's name may follow "town of" with: "the home town of President Volodymyr Zelensky".
_TITLES = frozenset(("President", "Governor", "Mayor", "General", "Minister", "Premier", "Prime", "Chancellor",
                     "Patriarch", "Metropolitan", "Colonel", "Commander", "Marshal", "Mr", "Mrs", "Ms", "Dr"))
#: The words _NAMED_SETTLEMENT_RE's matches hold: each of the first alternative's starts with one, and each of the
#: others' ends with one.
_SETTLEMENT_WORDS = ("village", "settlement", "hamlet", "town")
#: The characters the second alternative reads before its word: the name and its few words after (or "In " before).
_BEFORE_SETTLEMENT_WORD_RE = re.compile(r"[A-Za-z'’\-, ]*")
_CAPITAL_RE = re.compile(r"[A-Z]")
#: What stands before "town" where the others of _NAMED_SETTLEMENT_RE's alternatives may end in it: ", a small ".
_A_TOWN_RE = re.compile(r", an? (?:[a-z-]+ ){0,2}")


def _settlement_matches(text: str) -> list[re.Match[str]]:
    """_NAMED_SETTLEMENT_RE's matches in a text, as finditer gives them (leftmost, not overlapping).

    The pattern is tried only where a match may start: at one of _SETTLEMENT_WORDS (the first alternative) and at a
    capital letter in the run of the others' characters just before one (the others). A few anchored tries cost
    much less than a scan, which tries both alternatives at every position of the text."""
    starts: set[int] = set()
    backwards = ""
    for word in _SETTLEMENT_WORDS:
        at = text.find(word)
        while at >= 0:
            starts.add(at)
            if word == "town" and ((k := text.rfind(", a", 0, at)) < 0 or not _A_TOWN_RE.fullmatch(text, k, at)):
                at = text.find(word, at + 1)
                continue  # the others name a town only as "..., a (small) town" ("Kryzhanivka, a town north of")
            if not backwards:
                backwards = text[::-1]
            # where the run of the other alternatives' characters that ends at the word starts
            chars = _BEFORE_SETTLEMENT_WORD_RE.match(backwards, len(text) - at)
            run = at - chars.end() if chars else at  # (it always matches, if only the empty run)
            starts.update(c.start() for c in _CAPITAL_RE.finditer(text, run, at))
            at = text.find(word, at + 1)
    return list(matches_at(_NAMED_SETTLEMENT_RE.match, text, starts))


def named_settlements(text: str) -> list[PlaceMention]:
    """Settlements a text names as such ("the village of Nikolskoye") that the gazetteer does not hold, in order.

    Small villages are too many for any gazetteer, and reports name them as villages where they were hit. Each
    takes its region and country from the place named just after it ("..., in the Belgorod region"); with none
    told, its country is unknown (""), and it may be either side's target.
    """
    if "illage" not in text and "ettlement" not in text and "amlet" not in text and "town" not in text:
        return []
    out: list[PlaceMention] = []
    for m in _settlement_matches(text):
        if _ABROAD_RE.search(text, max(0, m.start() - 400), m.end() + 100):
            continue  # a village abroad, told of where a country beside Ukraine is
        region, country = "", ""
        lies = _LIES_IN_RE.match(text, m.end())
        if lies is not None:
            near = find_places(text, [(lies.end(), min(len(text), lies.end() + 60))])[0]
            if near and near[0].start == lies.end():
                region, country = near[0].place.region, near[0].place.country
        for group in ((1,) if m.group(1) else (2,) if m.group(2) else (3, 4)):
            name = m.group(group)
            if canonical_name(name) != name or name in _index()[1] or name.split(" ", 1)[0] in _MANS_FIRST_WORDS:
                # a place the gazetteer holds (a place it holds inside the name: sentence_places), or a man ("the
                # home town of President Volodymyr Zelensky")
                continue
            place = Place(name, country, "city", region, False, namesake_across_front=not country)
            out.append(_new_mention(place, m.start(group), m.end(group)))
    return out


def _find_places_tokenwise(text: str, spans: list[tuple[int, int]]) -> list[list[PlaceMention]]:
    """find_places read token by token, for spans a token may run across (never a text's sentences)."""
    by_first = _index()[0]
    out: list[list[PlaceMention]] = [[] for _ in spans]
    if not spans:
        return out
    i = 0
    start, end = spans[0]
    found = out[0]
    pos = start
    for m in _TOKEN_RE.finditer(text, start, spans[-1][1]):
        at = m.start()
        if at >= end:
            while i < len(spans) and at >= spans[i][1]:
                i += 1
            start, end = spans[i]
            found = out[i]
            pos = start
        if at < start:
            continue
        if m.end() > end:  # a token the span cuts short reads as the span's own scan would read it
            cut = _TOKEN_RE.match(text, at, end)
            if cut is None:
                continue
            m = cut
        word = _normal_first(m.group(0))
        candidates = by_first.get(word)
        if not candidates or at < pos:  # most tokens are no place: that test first
            continue
        hit = _alias_at(text, at, end, word, candidates)
        if hit is not None:
            found.append(PlaceMention(hit[0], at, hit[1]))
            pos = hit[1]
    return out


#: What stands before "Dnipro" where it is the river, not the city ("from the Dnipro", "across the Dnipro"), and
#: what follows it there: an end of a clause or a word that is not a noun of the city ("the Dnipro building").
_RIVER_BEFORE_RE = re.compile(r"\b(?:from|across|along|over|of|into|near|beyond|behind|up|down|on)\s+the\s+$",
                              re.IGNORECASE)
_BANK_OF_RE = re.compile(r"\b(?:(?:banks?|shores?|side|mouth)\s+of|along|across)\s+the\s+$", re.IGNORECASE)
_RIVER_AFTER_RE = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:in|and|at|near|from|to|into|which|where|that)\b")

#: The words after "Azov" where it names the sea or a unit named after it, not the town in the Rostov region.
_NOT_THE_TOWN_OF_AZOV = (" sea", " regiment", " battalion", " brigade", " corps", " fighters", " defenders",
                         " unit", " movement", "-black sea", " coast")
#: The second word of outlets named after a city: "Kyiv Post", "Kyiv Independent", "Moscow Times".
_OUTLET_WORDS = ("Post", "Independent", "Times", "Journal")
#: Towns of one word that is an adjective ("new", "red", "green"), which is more often the first word of a village
#: the gazetteer does not hold ("Nove Shakhove", "Chervone Pole"): those read as the town only on their own.
_ADJECTIVE_TOWNS = frozenset(("nove", "krasna", "chervone", "chorna", "zelena", "sukha"))
#: What follows such a town's name where it is still that town: its region's or district's noun.
_NAME_GOES_ON_RE = re.compile(r" (?!(?:Oblast|Region|District|Raion|Hromada|Community)\b)[A-Z]")


def _alias_at(
    text: str, at: int, end: int, word: str, candidates: Iterable[tuple[str, Place]]
) -> tuple[Place, int] | None:
    """The place of the first (longest) alias starting at `at` whose first token is `word`, with where it ends."""
    for alias, place in candidates:
        if " " in alias:
            stop = at + len(alias)
            if stop > end or text[at:stop].lower() != alias:
                continue
            if stop < len(text) and text[stop].isalnum():
                continue
        elif alias == word:
            stop = at + len(word)
        else:
            continue
        if text[stop:stop + 10].lower().startswith((" river", " reservoir")):
            return None  # "a road bridge over the Dnipro River", "across the Kakhovka Reservoir": water, no town
        if place.name == "Dnipro" and ((_BANK_OF_RE.search(text, max(0, at - 24), at) and
                                        not text[stop:stop + 8].lower().startswith((" region", " oblast"))) or (
                _RIVER_BEFORE_RE.search(text, max(0, at - 12), at) and _RIVER_AFTER_RE.match(text, stop))):
            # "damaged the pipeline from the Dnipro in April", "across the Dnipro", "the left bank of the Dnipro
            # less than a kilometre away", "villages along the Dnipro continued": the river
            return None
        if place.name == "Donets" and text.endswith(("Siverskyi ", "Seversky ", "Severskiy ", "Siversky "), 0, at):
            return None  # "the resort town on the Siverskyi Donets": the river
        if place.name == "Azov" and (text.endswith(("Sea of ", "sea of "), 0, at) or
                                     text[stop:stop + 12].lower().startswith(_NOT_THE_TOWN_OF_AZOV)):
            return None  # "the Sea of Azov", "the Azov Sea", "the Azov Regiment": the sea or the unit, no town
        if text[stop:stop + 1] == " " and text[stop + 1:stop + 13].startswith(_OUTLET_WORDS):
            return None  # "figures compiled by Kyiv Post": a newspaper, not the city
        if text[stop:stop + 5] == " time" and not text[stop + 5:stop + 6].isalpha():
            return None  # "All times are Kyiv time", "at 03:00 Moscow time": a clock's zone
        if word in _ADJECTIVE_TOWNS and _NAME_GOES_ON_RE.match(text, stop):
            return None  # "Nove Shakhove in the Donetsk region": a village of two words, not the town Nove
        if place.name == "Bar" and not _town_of_bar(text, at, stop):
            return None
        if " " not in alias and (_after_given_name(text, at) or (
                alias == word and text[at:stop] in GIVEN_NAME_WORDS and not _reads_as_town(text, at, stop, place)) or (
                word.endswith(("ev", "ov")) and _named_person(text, text[at:stop]))):
            # "the head of the republic, Oleg Nikolayev, said", then "Nikolayev wrote": a man, no town; nor is a
            # town named as men are (Volodymyr) where it reads as a man
            return None
        return place, stop
    return None


#: The words before a town's name that make a given name read as one: "in Volodymyr", "the centre of Stanislav".
_TOWN_BEFORE = (" in", " of", " on", " near", " at", " to", " from", " hit", " struck", " attacked", " shelled")


def _reads_as_town(text: str, at: int, stop: int, place: Place) -> bool:
    """Whether a town that shares its name with men (Volodymyr, Stanislav) is the town there: not before a surname
    or a possessive ("Volodymyr Zelensky", "Volodymyr's section"), and after a word that places it ("in", "of") or
    in a text that names its region."""
    if _NAME_GOES_ON_RE.match(text, stop) or text.startswith(("'s", "’s"), stop):
        return False
    return place.region in text or f" {text[max(0, at - 12):at - 1].lower()}".endswith(_TOWN_BEFORE)


def _town_of_bar(text: str, at: int, stop: int) -> bool:
    """Whether "Bar" is the Vinnytsia-region town: in a text that names the region, inside a sentence, not after an
    article and not before another capitalised word ("the Bar Council", "a Sky Bar", "Bar owners said")."""
    before = text[max(0, at - 5):at]
    inside = (before.endswith(" ") and before[-2:-1].isalpha()) or before.endswith(", ")
    return "Vinnyts" in text and inside and not before.lower().endswith((" the ", " a ")) and \
        not _NAME_GOES_ON_RE.match(text, stop)


#: Given names and titles, one of which before a name of one word makes it a person's: "Oleg Nikolayev",
#: "Governor Nikolayev".
GIVEN_NAME_WORDS = frozenset((
    "Oleg", "Oleh", "Ivan", "Sergei", "Sergey", "Serhiy", "Serhii", "Andriy", "Andrii", "Andrei", "Andrey",
    "Alexander", "Aleksandr", "Oleksandr", "Dmitry", "Dmitri", "Dmytro", "Vladimir", "Volodymyr", "Yuri", "Yuriy",
    "Yurii", "Mikhail", "Mykhailo", "Vyacheslav", "Viacheslav", "Vadym", "Vadim", "Igor", "Ihor", "Pavel", "Pavlo",
    "Maxim", "Maksym", "Anatoly", "Anatolii", "Nikolai", "Mykola", "Yevgeny", "Yevhen", "Denis", "Denys", "Ruslan",
    "Artem", "Valery", "Valerii", "Gleb", "Alexei", "Alexey", "Oleksiy", "Oleksii", "Viktor", "Vitaly", "Vitalii",
    "Radiy", "Vasily", "Vasyl", "Anna", "Olga", "Olha", "Natalia", "Tetiana", "Tatiana", "Iryna", "Irina", "Yulia",
    "Hennadii", "Hennadiy", "Gennady", "Gennadiy", "Roman", "Kyrylo", "Kirill", "Boris", "Borys", "Fyodor", "Petro",
    "Pyotr", "Stepan", "Taras", "Bohdan", "Leonid", "Yaroslav", "Sviatoslav", "Konstantin", "Kostiantyn", "Yevgeniy",
    "Evgeny", "Timur", "Marat", "Rustam", "Ramzan", "Batu", "Vladyslav", "Vladislav", "Stanislav", "Anton", "Ilya",
    "Illia", "Nikita", "Mykyta", "Danylo", "Oksana", "Olena", "Elena", "Svitlana", "Svetlana", "Halyna", "Galina",
    "Kateryna", "Ekaterina", "Larysa", "Larisa", "Lyudmila", "Liudmyla",
    "Mykhaylo", "Oleksandra", "Yevhenii", "Vitaliy", "Valentyn", "Kostyantyn",
    "Governor", "Mayor", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Gen.", "General"))
#: The first words of a man's name, his own or his title's, which no settlement's name starts with.
_MANS_FIRST_WORDS = GIVEN_NAME_WORDS | _TITLES


def _after_given_name(text: str, at: int) -> bool:
    """Whether the word before a position, past one space, is a given name or a title (GIVEN_NAME_WORDS)."""
    if at < 3 or text[at - 1] != " ":
        return False
    return text[text.rfind(" ", max(0, at - 16), at - 1) + 1:at - 1] in GIVEN_NAME_WORDS


#: The lengths of GIVEN_NAME_WORDS, longest first.
_GIVEN_NAME_LENGTHS = sorted({len(w) for w in GIVEN_NAME_WORDS}, reverse=True)


@lru_cache(maxsize=32)
def _named_person(text: str, name: str) -> bool:
    """Whether the text names a person of that (sur)name anywhere: "Oleg Nikolayev" (cached: each of its mentions
    asks, and most texts that name a town in -ev or -ov name it more than once).

    What a search for a given name (one of GIVEN_NAME_WORDS), white space and the name, each between word
    boundaries, tells, found from the few places the name occurs: the pattern would try its hundred and fifty given
    names at every position of the text. Every given name starts with a word character and ends in one that is no
    white space, so it ends where the white space before the name starts, and a boundary before it means no word
    character stands there.
    """
    at = text.find(name)
    while at >= 0:
        stop = at + len(name)
        if stop == len(text) or not is_word_char(text[stop]):  # a boundary after the name, which ends in a letter
            gap = at
            while gap > 0 and text[gap - 1].isspace():
                gap -= 1
            if gap < at:  # white space before the name
                for n in _GIVEN_NAME_LENGTHS:
                    if n <= gap and text[gap - n:gap] in GIVEN_NAME_WORDS and (
                            gap == n or not is_word_char(text[gap - n - 1])):
                        return True
        at = text.find(name, at + 1)
    return False

