"""The packaged gazetteer: Ukrainian and Russian places, their transliterations, one canonical name.

It is loaded once from package data (no network) and matched by dictionary look-ups on
capitalised words, which is much faster than one regex of hundreds of alternatives.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry: canonical English name, country (UA, RU or occupied), kind and oblast."""

    name: str
    country: str
    kind: str
    region: str
    region_named_after_city: bool


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in the text, with its character span."""

    place: Place
    start: int
    end: int


_TOKEN_RE = re.compile(r"[A-Z][A-Za-z'’]*(?:-[A-Za-z'’]+)*")


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, list[tuple[str, Place]]], dict[str, Place]]:
    """First word (lower case) -> [(alias lower case, place)], longest alias first; and name -> place."""
    raw = resources.files("monitor.extract").joinpath("data/places.json").read_text(encoding="utf-8")
    by_first: dict[str, list[tuple[str, Place]]] = {}
    by_name: dict[str, Place] = {}
    for item in json.loads(raw)["places"]:
        place = Place(item["name"], item["country"], item["kind"], item["region"],
                      bool(item.get("region_named_after_city", True)))
        by_name[place.name] = place
        for alias in {place.name, *item.get("aliases", [])}:
            key = alias.lower()
            by_first.setdefault(key.split(" ")[0], []).append((key, place))
    for entries in by_first.values():
        entries.sort(key=lambda e: -len(e[0]))
    return by_first, by_name


def place_by_name(name: str) -> Place | None:
    """The gazetteer entry of a canonical name."""
    return _index()[1].get(name)


def find_places(text: str, spans: list[tuple[int, int]]) -> list[list[PlaceMention]]:
    """Every gazetteer place named in each span of a text, longest alias first, without overlaps.

    The spans (a text's sentences) are in order and do not overlap; the text is scanned once for them all.
    """
    by_first, _ = _index()
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
        token = m.group(0)
        if token[-1] in "'’":  # the possessive "Ukraine's" names Ukraine (as written: "UKRAINE'S" is kept)
            token = token[:-1]
        elif token.endswith(("'s", "’s")):
            token = token[:-2]
        word = token.lower()
        candidates = by_first.get(word)
        if not candidates or at < pos:  # most tokens are no place: that test first
            continue
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
            found.append(PlaceMention(place, at, stop))
            pos = stop
            break
    return out
