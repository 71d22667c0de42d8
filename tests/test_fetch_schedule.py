"""Retry-After parsing and the backoff schedule: pure functions, so no clock and no waiting."""

from __future__ import annotations

import email.utils
import random
from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from monitor.fetch.schedule import next_delay, parse_retry_after

NOW = datetime(2025, 1, 7, 12, 0, 0, tzinfo=UTC)


def test_retry_after_seconds() -> None:
    assert parse_retry_after("120", NOW) == 120.0
    assert parse_retry_after(" 0 ", NOW) == 0.0


def test_retry_after_http_date() -> None:
    later = email.utils.format_datetime(NOW + timedelta(minutes=5), usegmt=True)
    assert parse_retry_after(later, NOW) == 300.0


def test_retry_after_date_in_the_past_is_zero() -> None:
    assert parse_retry_after("Mon, 06 Jan 2025 10:00:00 GMT", NOW) == 0.0


def test_retry_after_garbage_is_none() -> None:
    for value in ("", "soon", "-5", "1.5", "Mon, 99 Foo 2025"):
        assert parse_retry_after(value, NOW) is None, value


def test_healthy_feed_waits_its_interval() -> None:
    rng = random.Random(1)
    assert next_delay(0, 300, backoff_max=3600, retry_after=None, retry_after_max=3600, rng=rng) == 300


def test_backoff_grows_and_is_capped() -> None:
    rng = random.Random(2)
    delays = [
        next_delay(n, 60, backoff_max=3600, retry_after=None, retry_after_max=3600, rng=rng) for n in range(1, 12)
    ]
    assert 60 <= delays[0] <= 120
    assert 120 <= delays[2] <= 480
    assert all(d <= 3600 for d in delays)
    assert delays[-1] >= 1800


def test_retry_after_is_a_lower_bound_clamped_to_its_max() -> None:
    rng = random.Random(3)
    assert next_delay(1, 60, backoff_max=3600, retry_after=900, retry_after_max=3600, rng=rng) == 900
    assert next_delay(1, 60, backoff_max=3600, retry_after=10**9, retry_after_max=7200, rng=rng) == 7200


@given(
    failures=st.integers(0, 10_000),
    interval=st.floats(1, 86_400),
    backoff_max=st.floats(1, 86_400),
    retry_after=st.none() | st.floats(0, 10**9),
    retry_after_max=st.floats(1, 86_400),
    seed=st.integers(0, 2**32),
)
def test_delay_is_bounded(
    failures: int, interval: float, backoff_max: float, retry_after: float | None, retry_after_max: float,
    seed: int,
) -> None:
    delay = next_delay(
        failures, interval, backoff_max=backoff_max, retry_after=retry_after, retry_after_max=retry_after_max,
        rng=random.Random(seed),
    )
    assert delay >= interval
    assert delay <= max(interval, backoff_max, min(retry_after or 0, retry_after_max))
