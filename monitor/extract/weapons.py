"""Weapon types a report names: Shahed/Geran, decoys, ballistic, cruise, hypersonic missiles, guided bombs.

Each type has one canonical label so that reports from different outlets compare equal.
"""

from __future__ import annotations

from monitor.extract.fastre import any_of, ci

_WEAPONS: tuple[tuple[str, str], ...] = (
    ("Shahed", r"Shahed(?:-\d+)?s?|Geran(?:-\d)?s?|Gerans?"),
    ("decoy drones", r"decoys?(?: drones?)?|Gerbera|imitation drones?|dummy drones?"),
    ("Iskander", r"Iskander(?:-[MK])?s?"),
    ("KN-23", r"KN-2[34]"),
    ("ballistic missiles", r"ballistic missiles?|ballistic"),
    ("Kh-101", r"Kh-101s?|Kh-555|Kh-55"),
    ("Kalibr", r"Kalibrs?|Kalibr"),
    ("Kh-22", r"Kh-22s?|Kh-32"),
    ("Kh-59", r"Kh-59s?|Kh-69s?"),
    ("Kh-31", r"Kh-31(?:P)?s?"),
    ("S-300", r"S-[34]00s?"),
    ("cruise missiles", r"cruise missiles?|cruise"),
    ("Kinzhal", r"Kinzhals?|Kh-47"),
    ("Zircon", r"Zircons?|Tsirkon"),
    ("Oniks", r"Oniks|Onyx"),
    ("hypersonic missiles", r"hypersonic"),
    ("guided bombs", r"guided (?:aerial |air )?bombs?|glide bombs?|KABs?"),
)

#: Per weapon: lower-case words one of which the text must hold before its pattern is tried.
_KEYS: tuple[tuple[str, ...], ...] = (
    ("shahed", "geran"), ("decoy", "gerbera", "imitation", "dummy"), ("iskander",), ("kn-2",), ("ballistic",),
    ("kh-",), ("kalibr",), ("kh-",), ("kh-",), ("kh-",), ("s-",), ("cruise",), ("kinzhal", "kh-"),
    ("zircon", "tsirkon"), ("oniks", "onyx"), ("hypersonic",), ("bomb", "kab"),
)
#: Per weapon: lower-case words every match of its pattern starts with (the keys, but for guided bombs, whose key
#: "bomb" comes after "guided"), so that no match starts before the first of them the text holds.
_STARTS: tuple[tuple[str, ...], ...] = (*_KEYS[:-1], ("guided", "glide", "kab"))
_COMPILED = tuple((label, any_of(*keys), starts, ci(rf"\b(?:{pattern})\b"))
                  for (label, pattern), keys, starts in zip(_WEAPONS, _KEYS, _STARTS, strict=True))
#: Every key once ("kh-" is five weapons' key), and per weapon its keys as a set: find_weapons looks for each key once.
_ALL_KEYS = tuple(dict.fromkeys(key for keys in _KEYS for key in keys))
_KEY_SETS = tuple(frozenset(keys) for keys in _KEYS)


def find_weapons(text: str) -> list[str]:
    """Canonical labels of the weapon types named in a piece of text, in order of first mention."""
    low = text.lower()
    same_length = len(low) == len(text)
    present = {key for key in _ALL_KEYS if key in low}
    if not present:  # most pieces of text name no weapon type
        return []
    found: list[tuple[int, int, str]] = []
    for order, ((label, _, starts, rx), keys) in enumerate(zip(_COMPILED, _KEY_SETS, strict=True)):
        if keys.isdisjoint(present):  # what _COMPILED's any_of test gives, from the keys looked for once
            continue
        if same_length:
            # the pattern is looked for from the first of its start words, not from the start of the text: no
            # match starts before it, and the search tests every position it passes
            first = _first_of(low, starts)
            m = rx.lowered.search(low, first) if first >= 0 else None
        else:  # a letter whose lower case is longer: positions in low are not the text's
            m = rx.search(text)
        if m:
            found.append((m.start(), order, label))
    found.sort()
    return [label for _, _, label in found]


def _first_of(low: str, words: tuple[str, ...]) -> int:
    """Where the first of the words occurs in a text, or -1 when it holds none of them."""
    first = -1
    for word in words:
        at = low.find(word)
        if at >= 0 and (first < 0 or at < first):
            first = at
    return first
