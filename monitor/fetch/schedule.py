"""When to poll a feed next: Retry-After parsing and exponential backoff with jitter.

Both are pure functions of their arguments (the clock and the random source are
passed in) so that the scheduler's decisions can be tested without waiting.
"""

from __future__ import annotations

import email.utils
import math
import random
from datetime import UTC, datetime


def parse_retry_after(value: str, now: datetime) -> float | None:
    """Seconds to wait from a Retry-After value (delay-seconds or an HTTP date); None when unreadable.

    A date in the past gives 0; `now` must be timezone-aware.
    """
    text = value.strip()
    if not text:
        return None
    if text.isdigit():
        return float(int(text))
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    seconds = (when - now).total_seconds()
    if math.isnan(seconds):
        return None
    return max(0.0, seconds)


def next_delay(
    failures: int,
    interval: float,
    *,
    backoff_max: float,
    retry_after: float | None,
    retry_after_max: float,
    rng: random.Random,
) -> float:
    """Seconds until a feed's next poll after `failures` consecutive failures (0: it is healthy).

    A failing feed waits a random time between max(interval, d/2) and d, with
    d = interval * 2**failures capped at backoff_max (or interval, if larger):
    the jitter keeps many feeds that failed together from retrying together, and a
    failing feed is never polled more often than a healthy one. A server's
    Retry-After, clamped to retry_after_max, is a lower bound.
    """
    delay = interval
    if failures > 0:
        cap = max(backoff_max, interval)
        ceiling = min(cap, interval * 2.0 ** min(failures, 64))
        floor = min(max(interval, ceiling / 2), ceiling)
        delay = rng.uniform(floor, ceiling)
    if retry_after is not None and retry_after > 0:
        delay = max(delay, min(retry_after, retry_after_max))
    return delay
