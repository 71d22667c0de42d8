"""Weapon types a report names: Shahed/Geran, decoys, ballistic, cruise, hypersonic missiles, guided bombs.

Each type has one canonical label so that reports from different outlets compare equal.
"""

from __future__ import annotations

import re

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

_WEAPON_RE = re.compile(
    "|".join(f"(?P<w{i}>\\b(?:{pattern})\\b)" for i, (_, pattern) in enumerate(_WEAPONS)),
    re.IGNORECASE,
)
_LABELS = {f"w{i}": label for i, (label, _) in enumerate(_WEAPONS)}


def find_weapons(text: str) -> list[str]:
    """Canonical labels of the weapon types named in a piece of text, in order of first mention."""
    out: list[str] = []
    for m in _WEAPON_RE.finditer(text):
        label = _LABELS[m.lastgroup or ""]
        if label not in out:
            out.append(label)
    return out
