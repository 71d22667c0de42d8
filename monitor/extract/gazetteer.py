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
_POSSESSIVE_RE = re.compile(r"['’]s?$")


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


def find_places(text: str, start: int = 0, end: int | None = None) -> list[PlaceMention]:
    """Every gazetteer place named in text[start:end], longest alias first, without overlaps."""
    by_first, _ = _index()
    end = len(text) if end is None else end
    out: list[PlaceMention] = []
    pos = start
    for m in _TOKEN_RE.finditer(text, start, end):
        token = m.group(0)
        if token[-1] in "'’s":
            token = _POSSESSIVE_RE.sub("", token)
        word = token.lower()
        candidates = by_first.get(word)
        if not candidates or m.start() < pos:  # most tokens are no place: that test first
            continue
        for alias, place in candidates:
            if " " in alias:
                stop = m.start() + len(alias)
                if stop > end or text[m.start():stop].lower() != alias:
                    continue
                if stop < len(text) and text[stop].isalnum():
                    continue
            elif alias == word:
                stop = m.start() + len(word)
            else:
                continue
            out.append(PlaceMention(place, m.start(), stop))
            pos = stop
            break
    return out
