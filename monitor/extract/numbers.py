"""Numbers as news reports write them: digits, thousands separators, words, "a dozen", qualifiers.

One compiled pattern finds every candidate number so that the figure rules can work on
positions instead of re-parsing text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from monitor.extract.fastre import ci
from monitor.extract.recache import compiled

UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SPECIAL: dict[str, int] = {"a dozen": 12, "dozen": 12, "half a dozen": 6, "half a hundred": 50, "both": 2,
                           "a pair of": 2, "a brace of": 2, "a single": 1, "a score of": 20, "a score": 20,
                           "a score and a half": 30, "twoscore": 40, "threescore": 60, "fourscore": 80,
                           "a baker's dozen": 13, "a baker’s dozen": 13, "single": 1, "another": 1, "a": 1, "an": 1,
                           "a gross of": 144, "half a gross of": 72, "a dozen and a half": 18,
                           "one and a half dozen": 18}

_UNIT = "|".join(sorted(UNITS, key=len, reverse=True))
_TEN = "|".join(TENS)
_SMALL = rf"(?:(?:{_TEN})(?:[- ](?:{_UNIT}))?|{_UNIT})"
#: (a count of hundreds may end in an approximation: "six hundred and some drones", "a hundred and odd"; and "a round
#: hundred" is a hundred)
_WORDNUM = (rf"(?:(?:{_SMALL}|a(?:\s+round)?|one)[\s-]+hundred(?:[\s-]+(?:and[\s-]+)?{_SMALL}|"
            rf"\s+and\s+(?:some|odd)\b)?|{_SMALL})")
#: Digits, their thousands grouped by commas or spaces ("1,200", "1 300", with a non-breaking or thin space too).
_DIGITS = r"\d{1,3}(?:[,\u00a0\u202f\u2009]\d{3})+(?![\d,]\d)|\d{1,3}(?: \d{3})+(?![\d,]|[ .]\d)|\d+(?![.,]\d)"

#: Thousands told with a decimal point and the word: "1.2 thousand", "12 thousand".
_THOUSANDS = r"\d{1,3}(?:\.\d{1,3})?\s+thousand(?!\w)"

#: "both" as a count ("both missiles", "both Kh-59 missiles and 27 drones"), not as the first half of "both X and Y"
#: ("both killed and wounded"), whose "and" is followed by no number.
_BOTH = rf"both(?!\s+[\w-]+(?:\s+[\w-]+)?\s+and\b(?!\s+(?:\d|(?:{_SMALL})\b)))"

#: The numbers of scores one counts in: "six score" (120).
_SCORES = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

#: A number in digits or words, without qualifiers; group "n" is the number itself, which the match ends with but
#: for a mark that it is approximate or a bound: "100+ drones", "a dozen or so", "twenty or thereabouts",
#: "a dozen and change", "a hundred and a bit", "40-odd", "30-plus", "eighty-some".
NUMBER_RE = ci(
    rf"(?<![\w$€£\-–./:])(?P<n>{_THOUSANDS}|{_DIGITS}|"
    rf"(?:half a (?:dozen|hundred|gross of(?=\s+[a-z]))|(?:a(?:\s+couple(?:\s+of)?|\s+round)?|{_SMALL})\s+dozen"
    rf"(?:\s+and\s+a\s+half)?|"
    rf"(?:one|an?|{_SMALL})\s+and\s+a\s+half\s+dozen|"
    rf"a couple(?: of)? hundred|"  # ("a couple of hundred drones": 200)
    rf"a baker['’]s dozen|a pair of|a brace of(?=\s+[a-z])|a gross of(?=\s+[a-z])|"
    # ("a score of drones"; "a score" of "a score of them", whose "of them" tells what it counts)
    rf"a score of(?=\s+[a-z])(?!\s+(?:them|those|these|the)\b)|a score(?=\s+of\s+(?:them|those|these|the)\b)|"
    rf"a score(?=[^\S\n]+or[^\S\n]+(?:so|thereabouts)\s+[a-z])|"  # ("a score or so drones")
    rf"a score and a half(?=\s+(?:of\s+)?[a-z])|"
    rf"(?:{'|'.join(_SCORES[:-1])})\s+tens\s+of(?=\s+[a-z])|"
    rf"(?:{'|'.join(_SCORES)})[\s-]?score(?:[\s-]+and[\s-]+(?:{_UNIT}))?"
    rf"(?:\s+of(?=\s+[a-z])(?!\s+(?:them|those|these|the)\b))?|{_BOTH}|{_WORDNUM}))"
    rf"(?:\+|[^\S\n]+or[^\S\n]+(?:so|thereabouts)\b|[^\S\n]+and[^\S\n]+(?:change|a[^\S\n]+bit)\b|-odd\b|-plus\b|"
    rf"-some\b)?(?![\w\-–+]|[.:,]\d)",
)

#: Qualifiers in front of a number that do not change the figure the contract wants.
#: The vague words for a count a little short of the round one after them: "nudging 200", "a tad under seventy".
NEARLY = (r"nudging|approaching|getting\s+on\s+for|not\s+quite|the\s+(?:better|best|greater)\s+part\s+of|"
          r"a\s+(?:tad|touch|hair|whisker|shade|smidge)\s+(?:under|below|short\s+of)")

QUALIFIER_RE = ci(
    r"(?:(?:more than|at least|over|up to|around|about|nearly|almost|some|roughly|approximately|"
    r"as many as|no fewer than|no less than|fewer than|less than|just over|just under|well over|close on|"
    r"just shy of|upwards? of|a total of|nigh on|a good|"
    # the vague ones a round count follows: "nudging 200", "getting on for two hundred", "a tad under seventy"
    rf"{NEARLY}|just about|(?:well )?north of|a (?:tad|touch|hair|whisker|shade|smidge) over|"
    r"a combined|a record|a further|another|an additional|all|a)\s+)+$"
)

#: The words before "dozen" (or "hundred") that count dozens but are no number: "a couple of dozen", "a round dozen".
_DOZENS_OF = {"a couple": 2, "a couple of": 2, "a round": 1}

_HUNDRED_RE = compiled(r"^(?P<a>.*?)\s*hundred(?:\s+(?:and\s+)?(?P<b>.*))?$")


def _small_value(word: str) -> int | None:
    word = word.strip().lower().replace("-", " ")
    if word in UNITS:
        return UNITS[word]
    if word in TENS:
        return TENS[word]
    parts = word.split()
    if len(parts) == 2 and parts[0] in TENS and parts[1] in UNITS and UNITS[parts[1]] < 10:
        return TENS[parts[0]] + UNITS[parts[1]]
    return None


@lru_cache(maxsize=4096)
def parse_number(token: str) -> int | None:
    """The integer a number token stands for ("1,200", "twenty-two", "a dozen"), or None."""
    t = token.strip().lower()
    if not t:
        return None
    if t[0].isdigit():
        if t.endswith("thousand"):  # "1.2 thousand"
            whole, _, frac = t[:-8].strip().partition(".")
            return int(whole) * 1000 + (int(frac.ljust(3, "0")) if frac else 0)
        digits = re.sub(r"[, \u00a0\u202f\u2009]", "", t)
        return int(digits) if digits.isdigit() and len(digits) <= 9 else None
    t = re.sub(r"[\s-]+", " ", t)  # ("one-hundred-and-twelve" as "one hundred and twelve")
    t = t.removesuffix(" and some").removesuffix(" and odd")  # "six hundred and some": six hundred
    if t in SPECIAL:
        return SPECIAL[t]
    if "score and " in t:  # "three-score-and-ten"
        scores, _, units = (part.strip() for part in t.removesuffix(" of").partition("score and "))
        return UNITS[scores] * 20 + UNITS[units] if scores in UNITS and units in UNITS else None
    if t.endswith((" and a half dozen", " dozen and a half")):  # "two and a half dozen", "two dozen and a half"
        head = _small_value(t[:-17])
        return None if head is None else head * 12 + 6
    if t.endswith(" tens of") and (tens := t.split()[0]) in _SCORES:
        return UNITS[tens] * 10  # "nine tens of drones"
    if t.endswith((" score", " score of", "score")) and (scores := t.split()[0].removesuffix("score")) in _SCORES:
        return UNITS[scores] * 20  # "two score", "three score of", "six score"
    if t.endswith(" dozen"):  # "two dozen", "a couple of dozen"
        head = _DOZENS_OF.get(t[:-6]) or _small_value(t[:-6])
        return None if head is None else head * 12
    m = _HUNDRED_RE.match(t)
    if m and "hundred" in t:
        a = m.group("a").strip()
        # ("a round hundred", "a couple of hundred")
        head = 1 if a in ("a", "one", "", "a round") else _DOZENS_OF.get(a) or _small_value(a)
        if head is None:
            return None
        tail = _small_value(m.group("b")) if m.group("b") else 0
        return None if tail is None else head * 100 + tail
    return _small_value(t)
