"""Time words made spans of time: weekdays, dates, "overnight", and the times before a report that recall an attack."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from monitor.timewindow import KYIV, time_window, time_words_in

FRIDAY = datetime(2025, 8, 22, 9, 0, tzinfo=UTC)  # 12:00 in Kyiv


def kyiv_days(words: list[str], published: datetime = FRIDAY) -> tuple[date, date]:
    """The first and last Kyiv day of a window, its evening start moved to the day it leads into."""
    start, end = time_window(published, words)
    return (start.astimezone(KYIV) + timedelta(hours=6)).date(), (end.astimezone(KYIV) - timedelta(seconds=1)).date()


def test_time_words_and_windows() -> None:
    assert time_words_in("Russia attacked overnight, the air force said on Thursday.") == ("overnight", "on thursday")
    start, end = time_window(FRIDAY, ["on thursday"])
    assert start == datetime(2025, 8, 20, 15, 0, tzinfo=UTC)  # Wednesday 18:00 Kyiv
    assert end == datetime(2025, 8, 21, 21, 0, tzinfo=UTC)  # midnight Thursday/Friday in Kyiv
    start, end = time_window(FRIDAY, ["overnight"])
    assert (start, end) == (datetime(2025, 8, 21, 15, 0, tzinfo=UTC), FRIDAY)
    assert time_window(FRIDAY) == (FRIDAY - timedelta(hours=24), FRIDAY)


@pytest.mark.parametrize(("words", "first", "last"), [
    (["on the night of August 9"], date(2025, 8, 9), date(2025, 8, 9)),
    (["9 Aug."], date(2025, 8, 9), date(2025, 8, 9)),
    (["on December 30"], date(2024, 12, 30), date(2024, 12, 30)),  # not yet this year: last year's
    (["two days ago"], date(2025, 8, 20), date(2025, 8, 20)),
    (["A day earlier"], date(2025, 8, 21), date(2025, 8, 21)),
    (["Days earlier"], date(2025, 8, 15), date(2025, 8, 20)),
    (["a week ago"], date(2025, 8, 12), date(2025, 8, 18)),
    (["last week"], date(2025, 8, 11), date(2025, 8, 17)),
    (["earlier this week"], date(2025, 8, 18), date(2025, 8, 21)),
    (["last month"], date(2025, 7, 1), date(2025, 7, 31)),
    (["in September"], date(2024, 9, 1), date(2024, 9, 30)),
    (["in August"], date(2025, 8, 1), date(2025, 8, 22)),
    (["last year"], date(2024, 1, 1), date(2024, 12, 31)),
])
def test_dates_and_times_before_the_report(words: list[str], first: date, last: date) -> None:
    assert kyiv_days(words) == (first, last)


def test_the_attack_s_own_time_comes_before_a_time_it_looks_back_from() -> None:
    """"Overnight ... days earlier" in one attack's words is last night's attack; a date beats a weekday."""
    assert kyiv_days(["overnight", "days earlier"]) == (date(2025, 8, 22), date(2025, 8, 22))
    assert kyiv_days(["on Sunday, August 10"]) == (date(2025, 8, 10), date(2025, 8, 10))
    assert kyiv_days(["on February 30"]) == kyiv_days([])  # no such date: the day before publication
