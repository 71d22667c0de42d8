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
_COMPILED = tuple((label, any_of(*keys), ci(rf"\b(?:{pattern})\b"))
                  for (label, pattern), keys in zip(_WEAPONS, _KEYS, strict=True))


def find_weapons(text: str) -> list[str]:
    """Canonical labels of the weapon types named in a piece of text, in order of first mention."""
    low = text.lower()
    found: list[tuple[int, int, str]] = []
    for order, (label, keys, rx) in enumerate(_COMPILED):
        if keys(low) and (m := rx.search(text)):
            found.append((m.start(), order, label))
    found.sort()
    return [label for _, _, label in found]
