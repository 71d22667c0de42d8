"""Sentence splitting that keeps each sentence's character span in the original text.

Spans matter because every figure's evidence points into the text given to extract().
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from monitor.extract.recache import compiled
from monitor.extract.timewords import DATE_WORDS

_ABBREV = {
    "gov", "mr", "mrs", "ms", "dr", "st", "lt", "gen", "col", "maj", "sgt", "rep", "sen", "no", "jan",
    "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "a.m", "p.m", "vs",
    "approx", "est", "inc", "co", "corp", "jr", "sr", "prof", "capt", "cmdr", "adm", "pres", "gov't",
    "e.g", "i.e", "etc", "ft", "km", "u.n", "govt", "dept", "reg",
}

# A break after ., ! or ? (optionally closing quotes/brackets) before an upper-case letter,
# digit or opening quote; and every run of newlines. The punctuation is part of the match and is
# given back to the sentence. The pattern starts with one character class, so that the regex
# engine skips ahead to candidates in C instead of trying the pattern at every position.
_BREAK_RE = compiled(r"[.!?\n](?:(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|(?<=\n)\n*)")
_WORD_BEFORE_RE = compiled(r"([A-Za-z.’']+)\.[\"'”’)\]]*$")
#: The marks that open the items of a list, one a line.
BULLETS = frozenset("–—-•*·▪")
#: What an "a.m." or "p.m." may be followed by within its sentence: a time zone or a day ("7 a.m. Moscow time", "8 p.m.
#: Saturday"); before another capitalised word it ends its sentence ("... to 7 a.m. In total, 92 drones ...").
_AFTER_CLOCK_RE = compiled(r"[\"'“‘(\[]?(?:Moscow|Kyiv|Kiev|local|Local|GMT|UTC|[ECMP][SD]?T|CES?T|EES?T|BST|MSK|"
                           r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|"
                           r"Sep|Oct|Nov|Dec|\d)")
#: A date alone at the start of a line, a digest's label for the night its paragraph tells of ("May 8. Russia
#: launched 35 drones ..."): it stays in the sentence after it, which it dates.
_DATE_LABEL_RE = compiled(rf"{DATE_WORDS}\.")
#: BULLETS as a regular expression's character class.
BULLET_CLASS = "[" + "".join(re.escape(b) for b in sorted(BULLETS)) + "]"
#: A line that opens a list of figures ("the enemy attacked with 356 air attack assets:", "Russia used:", an
#: explainer's "What was launched?"): its items are part of its sentence, as the Air Force writes them. "Read also:"
#: opens a list of headlines, which stay apart.
_LIST_LEAD_RE = compiled(
    r"(?i:attack|launch|fired|used|employed|deployed|shot|down|destroy|intercept|neutrali|suppress|target|assets|"
    r"killed|injured|wounded|breakdown|by\s+type|as\s+follows|these\s+were|they\s+were|(?:it|they)\s+listed)"
    r"[^\n]*[:?]\s*$")
#: A dash after white space, as a separator rather than a hyphen: "four missiles - three Iskander-M", "Shahed -- 93".
SPACED_DASH = r"\s(?:--|[-–—])"
#: A list's item with no bullet, its label then its count, after a line that ends with ":" or ";", or after another
#: item ("Kalibr sea-based cruise missiles - 14;"): as much the list's as a bulleted one.
_LABELLED_LINE_RE = compiled(rf"[ \t]*[A-Za-z][^\n:;.]{{1,79}}?[A-Za-z)](?:{SPACED_DASH}|:)\s*\d")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: its text, where it starts and ends in the full text, and its order."""

    text: str
    start: int
    end: int
    index: int


#: The setters of Sentence's slots.
_SET_TEXT, _SET_START, _SET_END, _SET_INDEX = (Sentence.__dict__[name].__set__ for name in ("text", "start", "end",
                                                                                           "index"))


def _new_sentence(text: str, start: int, end: int, index: int) -> Sentence:
    """Sentence(text, start, end, index), made faster: the frozen class's __init__ sets each field through
    object.__setattr__, its slots' own setters cost less than half as much (a text has dozens of sentences)."""
    sentence = object.__new__(Sentence)
    _SET_TEXT(sentence, text)
    _SET_START(sentence, start)
    _SET_END(sentence, end)
    _SET_INDEX(sentence, index)
    return sentence


def _opens_item(text: str, at: int) -> bool:
    """Whether a line starting at `at` opens with a bullet, after any indent (" – 728 Shahed attack UAVs")."""
    first = text[at:at + 1]
    if first == " " or first == "\t":
        first = text[at:at + 8].lstrip(" \t")[:1]
    return first != "" and first in BULLETS


def split_sentences(text: str, tables: list[tuple[int, int]] | tuple[()] = ()) -> list[Sentence]:
    """Sentences of a text in order, with spans; blank pieces are dropped. Each of the tables (spans) is one sentence.
    """
    out: list[Sentence] = []
    pos = 0
    pieces: list[tuple[int, int]] = []
    in_list = False
    for m in _BREAK_RE.finditer(text):
        mstart = m.start()
        if tables and any(start <= mstart < end for start, end in tables):
            continue
        gap = m.group(0)
        if "\n" in gap and (_opens_item(text, m.end()) or (
                (in_list or text[mstart - 1:mstart] in (":", ";")) and _LABELLED_LINE_RE.match(text, m.end()))) and (
                in_list or (text[pos:mstart + 1].rstrip()[-1:] in (":", "?") and
                            _LIST_LEAD_RE.search(text, pos, mstart + 1))):
            # an item of a list of figures is part of the sentence that opens the list
            in_list = True
            continue
        in_list = False
        if gap[0] in ".!?":
            mstart += 1
            gap = gap[1:]
        # a break within a line after a period may follow an abbreviation ("Gen. Smith"): _WORD_BEFORE_RE needs
        # the period (a gap of spaces and tabs only holds no newline either)
        if "\n" not in gap and text[mstart - 1] == ".":
            if mstart - pos < 32 and (pos == 0 or text[pos - 1] == "\n") and \
                    _DATE_LABEL_RE.fullmatch(text, pos, mstart):
                continue
            at = max(pos, mstart - 12)
            wm = _WORD_BEFORE_RE.search(text[at:mstart])
            # (a letter alone is an initial, "J. Smith", but not the plural of a number: "all five Kh-59/69s. Of")
            if wm and (wm.group(1).lower().rstrip(".") in _ABBREV or (
                    len(wm.group(1)) == 1 and not text[at + wm.start(1) - 1:at + wm.start(1)].isdigit())) and not (
                    wm.group(1).lower() in ("a.m", "p.m") and not _AFTER_CLOCK_RE.match(text, m.end())):
                continue
        pieces.append((pos, mstart))
        pos = m.end()
    pieces.append((pos, len(text)))
    for start, end in pieces:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append(_new_sentence(text[start:end], start, end, len(out)))
    return out
