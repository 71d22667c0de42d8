"""When an attack took place: a report's time words ("overnight", "on Thursday", "days earlier") made a span of time.

Reports count days and nights in Ukrainian time and name them relative to the publication, so the span is
worked out from the publication time; events are formed from overlapping spans.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

#: Reports count days and nights in Ukrainian time.
KYIV = ZoneInfo("Europe/Kyiv")

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_TIME_WORDS = re.compile(
    r"\b(overnight|last night|tonight|this morning|yesterday|early (?:on )?(?:monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)|(?:on|into|late on|early) (?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday))\b",
    re.IGNORECASE,
)
_MONTH = r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_DATE_RE = re.compile(rf"\b(?P<m1>{_MONTH})[a-z]*\.?\s+(?P<d1>\d{{1,2}})\b|\b(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH})")
_IN_MONTH_RE = re.compile(rf"\b(?:in|on|since)\s+(?P<month>{_MONTH})[a-z]*\.?$")
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10}
_AGO_RE = re.compile(r"^(?:(?P<n>\d{1,2}|[a-z]+|a few)\s+)?(?P<unit>day|night|week|month)s?\s+(?:earlier|ago|before)$")


def time_words_in(text: str) -> tuple[str, ...]:
    """The time words of a text ("overnight", "on Thursday") in order, lower-cased, without repeats."""
    seen: dict[str, None] = {}
    for m in _TIME_WORDS.finditer(text):
        seen.setdefault(" ".join(m.group(1).lower().split()), None)
    return tuple(seen)


def _days(first: date, last: date, local: datetime, tz: tzinfo | None) -> tuple[datetime, datetime]:
    """From the evening before `first` in Kyiv to the end of `last`, not past publication, in `tz`."""
    start = datetime.combine(first - timedelta(days=1), time(18), KYIV)
    end = min(datetime.combine(last + timedelta(days=1), time(0), KYIV), local)
    return start.astimezone(tz), (end if end > start else local).astimezone(tz)


def _month_before(today: date, month: int) -> tuple[date, date]:
    """The first and last day of the latest `month` that has begun by `today`."""
    year = today.year if month <= today.month else today.year - 1
    first = date(year, month, 1)
    following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return first, min(following - timedelta(days=1), today)


def _date_before(today: date, month: int, day: int) -> date | None:
    """The latest date with this month and day on or before `today`; None for no such date."""
    for year in (today.year, today.year - 1):
        try:
            named = date(year, month, day)
        except ValueError:
            return None
        if named <= today:
            return named
    return None


def _recalled(word: str, today: date) -> tuple[date, date] | None:
    """The days a time before the report names ("two days ago", "last week", "in September"), if it is one."""
    if m := _AGO_RE.match(word):
        unit, n = m.group("unit"), m.group("n")
        size = {"day": 1, "night": 1, "week": 7, "month": 30}[unit]
        if n is None or n in ("a few", "several"):  # "days earlier": some days, not one
            return today - timedelta(days=size * 7 if unit in ("day", "night") else size * 3), today - timedelta(
                days=2 * size)
        count = int(n) if n.isdigit() else _COUNTS.get(n)
        if count is None:
            return None
        back = today - timedelta(days=count * size)
        slack = timedelta(days={"week": 3, "month": 15}.get(unit, 0))
        return back - slack, min(back + slack, today - timedelta(days=1))
    if word in ("the previous night", "the night before", "the day before", "the previous day"):
        return today - timedelta(days=1), today - timedelta(days=1)
    monday = today - timedelta(days=today.weekday())
    if word == "last week":
        return monday - timedelta(days=7), monday - timedelta(days=1)
    if word == "earlier this week":
        return monday, today - timedelta(days=1)
    if word == "last month":
        last = today.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last
    if word == "earlier this month":
        return today.replace(day=1), today - timedelta(days=1)
    if word == "last year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    if word == "earlier this year":
        return date(today.year, 1, 1), today - timedelta(days=1)
    if m := _IN_MONTH_RE.search(word):
        return _month_before(today, _MONTHS.index(m.group("month")) + 1)
    return None


def time_window(published: datetime, time_words: Iterable[str] = ()) -> tuple[datetime, datetime]:
    """The span, in UTC, in which an attack reported at `published` with these time words took place.

    A date ("on the night of July 9") or else a weekday is the last such day in Kyiv up to publication,
    with the night before it; "overnight" and "last night" are the night before publication; a time
    before the report ("days earlier", "last week", "in September") is the days it names; otherwise the
    day before publication.
    """
    local = published.astimezone(KYIV)
    words = [" ".join(w.lower().split()) for w in time_words]
    joined = " ".join(words)
    tz = published.tzinfo
    for word in words:  # a date first, then the first weekday the report names
        if (m := _DATE_RE.search(word)) and (day := _date_before(
                local.date(), _MONTHS.index(m.group("m1") or m.group("m2")) + 1, int(m.group("d1") or m.group("d2")))):
            return _days(day, day, local, tz)
    for word in words:
        named = [i for i, name in enumerate(_WEEKDAYS) if name in word]
        if named:
            day = local.date() - timedelta(days=(local.weekday() - named[0]) % 7)
            return _days(day, day, local, tz)
    if "yesterday" in joined:
        day = local.date() - timedelta(days=1)
        return _days(day, day, local, tz)
    if any(w in joined for w in ("overnight", "last night", "this morning")):
        evening = local.date() if local.hour >= 18 else local.date() - timedelta(days=1)
        return datetime.combine(evening, time(18), KYIV).astimezone(tz), published
    if "tonight" in joined:
        return published - timedelta(hours=6), published + timedelta(hours=12)
    for word in words:
        if days := _recalled(word, local.date()):
            return _days(*days, local, tz)
    return published - timedelta(hours=24), published
