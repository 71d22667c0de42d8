"""Tables of weapons by type written as plain text: a header naming what each column counts, then a row per weapon.

The Air Force's breakdowns reach us this way from HTML tables (the article extractor puts "|" between the cells) and
from wire copy that aligns its columns with spaces. Their numbers stand under words, not beside them, so the sentence
rules cannot read them: here each cell takes its role from its column's header and its kind from its row's label.
"""

from __future__ import annotations

import re

from monitor.extract.numbers import parse_number
from monitor.extract.patterns import DRONE_NOUN, ONE_MISSILE_NAME, Mention
from monitor.extract.recache import compiled

#: What a column may count, by the words of its header: a header of a table holds two of these or more.
_ROLE_WORDS = (
    ("launched", r"launched|fired|used|launches|attacked\s+with|total\s+launched"),
    ("downed", r"shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed|hit\s+by\s+air\s+defen"),
    ("suppressed", r"(?:locally|locationally)\s+lost|lost|suppressed|jammed|electronic\s+warfare|EW"),
)
_ROLES = tuple((role, compiled(words, re.IGNORECASE)) for role, words in _ROLE_WORDS)
#: Where one cell ends and the next begins: a bar, a tab, or two spaces or more.
_CELL_GAP_RE = compiled(r"\s*\|\s*|\t+\s*|\s{2,}")
#: A header's word for what a column counts, after a cell gap (two spaces, a bar, a tab): a line holding it may be a
#: table's header. One pattern for each gap, as each starts with its gap's literal, which the regex engine finds fast.
_ROLE_WORD = r"\s*(?:" + "|".join(words for _, words in _ROLE_WORDS) + r")\b"
_GAPPED_ROLE_RES = tuple((gap, compiled(re.escape(gap) + _ROLE_WORD, re.IGNORECASE)) for gap in ("  ", "|", "\t"))
#: A markdown table's rule under its header ("|---|---:|").
_RULE_LINE_RE = compiled(r"[ \t|:\-–—=+]*")
#: What a row's label counts: drones, missiles, or every weapon (the total row).
_DRONE_LABEL_RE = compiled(rf"\b{DRONE_NOUN}", re.IGNORECASE)
_MISSILE_LABEL_RE = compiled(rf"\b(?:missiles?|{ONE_MISSILE_NAME}|S-[34]00|ballistic|cruise)", re.IGNORECASE)
_TOTAL_LABEL_RE = compiled(r"(?i)\s*(?:total|in\s+total|all|overall|altogether)\b")
#: A cell that holds a count, in digits; and one that holds none, a dash or "n/a".
_COUNT_CELL_RE = compiled(r"\d{1,3}(?:[, \u00a0]\d{3})+|\d{1,6}")
_EMPTY_CELL_RE = compiled(r"(?i)[-–—]|n/?a|")


def find_tables(text: str) -> list[tuple[int, int]]:
    """The spans of the tables in a text, each from its header's start to its last row's end."""
    lines = sorted({text.rfind("\n", 0, word.start()) + 1 for gap, pattern in _GAPPED_ROLE_RES if gap in text
                    for word in pattern.finditer(text)})
    out: list[tuple[int, int]] = []
    for start in lines:
        if out and start < out[-1][1]:
            continue
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        roles = _column_roles(_cells(text[start:line_end]))
        if sum(1 for r in roles if r) >= 2 and (end := _rows_end(text, line_end, len(roles))) > 0:
            while text[start] in " \t":
                start += 1
            out.append((start, end))
    return out


def table_mentions(text: str, start: int, end: int) -> list[Mention]:
    """The counts of the table in text[start:end] (a span find_tables gave), with their kinds and roles."""
    line_end = text.find("\n", start, end)
    header_end = end if line_end < 0 else line_end
    roles = _column_roles(_cells(text[start:header_end]))
    out: list[Mention] = []
    pos = header_end + 1
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        out.extend(_row_mentions(text, pos, stop, roles))
        pos = stop + 1
    return out


def _cells(line: str) -> list[str]:
    """A line's cells, without the empty ones its outer bars leave."""
    return [c for c in _CELL_GAP_RE.split(line.strip(" \t|")) if c]


def _column_roles(cells: list[str]) -> list[str]:
    """The role of each column after the first, the label's: "" where its header names none."""
    roles = []
    for cell in cells[1:] if cells and not any(p.match(cells[0]) for _, p in _ROLES) else cells:
        roles.append(next((role for role, pattern in _ROLES if pattern.match(cell.strip())), ""))
    return roles


def _rows_end(text: str, at: int, columns: int) -> int:
    """Where the rows after a header (its line ending at `at`) end; -1 where none follows."""
    end = -1
    while 0 <= at < len(text):
        nl = text.find("\n", at + 1)
        stop = len(text) if nl < 0 else nl
        line = text[at + 1:stop]
        if line.strip() and not _RULE_LINE_RE.fullmatch(line):
            cells = _cells(line)
            if len(cells) != columns + 1 or not all(_EMPTY_CELL_RE.fullmatch(c) or _COUNT_CELL_RE.fullmatch(c)
                                                    for c in cells[1:]):
                break
            end = at + 1 + len(line.rstrip(" \t|"))
        elif not line.strip() and end > 0 and text[stop + 1:stop + 2] == "\n":
            break  # a blank line after a blank line: the table is over
        at = stop
    return end


def _row_mentions(text: str, start: int, end: int, roles: list[str]) -> list[Mention]:
    """The counts of one row, each of its label's kind and its column's role."""
    line = text[start:end]
    cells = _cells(line)
    if len(cells) != len(roles) + 1:
        return []
    label = cells[0]
    drones = _DRONE_LABEL_RE.search(label) is not None
    missiles = _MISSILE_LABEL_RE.search(label) is not None
    if drones == missiles:
        if not drones and not _TOTAL_LABEL_RE.match(label):
            return []  # guided bombs, artillery: no count of the contract
        kind = "combined"
    else:
        kind = "drone" if drones else "missile"
    out = []
    at = line.find(label) + len(label)
    for cell, role in zip(cells[1:], roles, strict=True):
        at = line.find(cell, at)
        value = parse_number(cell) if _COUNT_CELL_RE.fullmatch(cell) else None
        if role and value is not None:
            out.append(Mention(value, kind, start + at, start + at + len(cell), "table-cell", role=role,
                               num_start=start + at))
        at += len(cell)
    return out
