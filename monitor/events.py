"""Group the attacks that reports describe into events, and reconcile each event's figures.

Pure functions over models objects: no clock, no I/O. The store feeds in the
attacks (``Sighting``) and the events they may join, and saves what comes out,
so the same clustering serves the pipeline, ``monitor rules test`` and tests.
"""

from __future__ import annotations

import math
import sys
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta, tzinfo
from functools import cached_property, lru_cache
from itertools import repeat

from monitor.extract.gazetteer import canonical_name
from monitor.models import FIGURE_FIELDS, Attack, Event, EventSource, EvidenceKey
from monitor.timewindow import KYIV, time_window, time_words_in

#: The steps a reconciliation policy may list, tried in order until one gives a value.
POLICY_STEPS = ("authority", "most_sources", "largest", "smallest", "latest", "earliest")
DEFAULT_POLICY: tuple[str, ...] = ("authority", "most_sources", "largest")
DEFAULT_AUTHORITIES: tuple[str, ...] = ("air force", "повітряні сили")

#: Figures whose sizes tell two attacks apart; casualty counts grow as reports come in, so they do not.
LAUNCH_FIELDS = ("drones_launched", "missiles_launched", "launched_total")
DOWN_FIELDS = ("drones_downed", "missiles_downed", "downed_total")
_CHECKED = LAUNCH_FIELDS + DOWN_FIELDS
#: The combined totals effective_figures fills in, with the figures they add up.
_PARTS = {"launched_total": ("drones_launched", "missiles_launched"),
          "downed_total": ("drones_downed", "missiles_downed")}


@dataclass(frozen=True)
class EventPolicy:
    """How events are formed and their figures reconciled (the ``[events]`` config table)."""

    policy: tuple[str, ...] = DEFAULT_POLICY
    authorities: tuple[str, ...] = DEFAULT_AUTHORITIES
    tolerance: float = 0.1  # launch figures further apart than this share are different attacks
    margin: timedelta = timedelta(hours=6)  # slack added to each window before testing overlap


@dataclass(frozen=True)
class Sighting:
    """One attack as one report tells it: the attack, where the report came from, and when."""

    entry_id: int
    idx: int
    attack: Attack
    published: datetime
    url: str = ""
    feed: str = ""
    title: str = ""
    text: str = ""

    @property
    def key(self) -> tuple[int, int]:
        """The attack's identity in the store: (entry id, index in its report)."""
        return (self.entry_id, self.idx)

    @cached_property
    def window(self) -> tuple[datetime, datetime]:
        """The attack's time window (see sighting_window), worked out once: a cycle needs it three times."""
        words = self.attack.time_words or time_words_in(self.text[:LEAD_CHARS])
        return _window(self.published, self.published.tzinfo, tuple(words))


@lru_cache(maxsize=4096)
def _window(published: datetime, tz: tzinfo | None, words: tuple[str, ...]) -> tuple[datetime, datetime]:
    """time_window, once per publication time and time words: the reports of a wire story share both.

    `tz` is in the key because equal times in two zones are equal datetimes, yet each gets a window in its own zone.
    """
    return time_window(published, words)


@dataclass
class _Draft:
    """An event being built: its sightings and the stored event it started from, if any."""

    base: Event | None
    sightings: list[Sighting] = field(default_factory=list)
    kept: list[EventSource] = field(default_factory=list)  # sources of the stored event not re-sighted


def effective_figures(figures: Mapping[str, int | None]) -> dict[str, int | None]:
    """The figures with the combined totals filled in from drones plus missiles where both are given.

    Used only to compare sources: "574 drones and 40 missiles" agrees with "614 drones and missiles".
    """
    out = {name: figures.get(name) for name in FIGURE_FIELDS}
    for total, (drones, missiles) in _PARTS.items():
        if out[total] is None and out[drones] is not None and out[missiles] is not None:
            out[total] = out[drones] + out[missiles]  # type: ignore[operator]
    return out


def _filled(figures: Mapping[str, int | None], total: str) -> int | None:
    """One combined total as effective_figures gives it, without the other figures: reconcile needs only these."""
    value = figures.get(total)
    if value is None:
        drones, missiles = _PARTS[total]
        a, b = figures.get(drones), figures.get(missiles)
        if a is not None and b is not None:
            value = a + b
    return value


def _far(a: int, b: int, tolerance: float) -> bool:
    return abs(a - b) > max(5, tolerance * max(a, b))


def contradicts(a: Mapping[str, int | None], b: Mapping[str, int | None], tolerance: float) -> bool:
    """Whether two sets of figures are too far apart on launches or interceptions to be one attack."""
    ea, eb = effective_figures(a), effective_figures(b)
    for name in _CHECKED:
        x, y = ea[name], eb[name]
        if x is not None and y is not None and _far(x, y, tolerance):
            return True
    return False


def _place_keys(places: Iterable[str]) -> frozenset[str]:
    """Place names as compared: canonical ("Yuzhne" is Pivdennyi), lower case, without "region" or "oblast"."""
    return frozenset(canonical_name(p.lower().removesuffix(" region").removesuffix(" oblast")).lower()
                     for p in places)


#: Where a report has no time words of its own for an attack, those of its lead (this many characters) stand in.
LEAD_CHARS = 600


def sighting_window(s: Sighting) -> tuple[datetime, datetime]:
    """The time window of a sighting, from its attack's time words or else those of the report's lead."""
    return s.window


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)


def _us(t: datetime) -> int:
    """A time as whole microseconds since the epoch: exact, and cheap to compare."""
    return (t - _EPOCH) // _MICROSECOND


def _score(s: Sighting, event: Event, policy: EventPolicy) -> int | None:
    """How well a sighting fits an event (higher is better), or None when it cannot belong to it."""
    return _Live.of(event, event.sources).fit(s, _Fitting.of(s, policy.tolerance), policy.tolerance,
                                              policy.margin // _MICROSECOND)


@dataclass(frozen=True, slots=True)
class _Fitting:
    """What fitting a sighting to events needs of it, worked out once a sighting rather than once a pair."""

    start: int  # the window, in microseconds since the epoch
    end: int
    figures: dict[str, int | None]  # effective figures
    places: frozenset[str]
    stated: tuple[tuple[str, int], ...]  # the (figure, value) pairs it gives, as _Live counts agreements
    spans: tuple[tuple[str, float, float], ...] | None  # per launch or interception figure, the values not _far

    @classmethod
    def of(cls, s: Sighting, tolerance: float) -> _Fitting:
        """What fitting `s` needs, for clustering with this tolerance."""
        start, end = s.window
        figures = effective_figures(s.attack.figures())
        stated = tuple((name, value) for name, value in figures.items() if value is not None)
        spans: list[tuple[str, float, float]] | None = []
        for name, value in stated:
            if name in _CHECKED:
                span = _span(value, tolerance)
                if span is None:
                    spans = None
                    break
                spans.append((name, *span))  # type: ignore[union-attr]
        return cls(_us(start), _us(end), figures, _place_keys(s.attack.places), stated,
                   None if spans is None else tuple(spans))


#: The greatest value whose neighbourhood _span works out: float products of smaller integers step by less than 1.
_SPAN_LIMIT = 2**40


@lru_cache(maxsize=8192)
def _span(value: int, tolerance: float) -> tuple[float, float] | None:
    """The least and greatest values that are not _far from `value`, or None when that is not sure to be a range.

    Below `value`, _far compares the distance with a constant. Above it, with a tolerance
    below 1 the distance grows faster than its share of the larger value, so the values not
    _far end at one place, found next to its estimate by _far itself; from 1 on none is _far.
    """
    if not 0 <= value <= _SPAN_LIMIT or not (tolerance <= 0.99 or tolerance >= 1):
        return None
    low = value - math.floor(max(5, tolerance * value))
    if tolerance >= 1:
        return low, math.inf
    high = max(value + 5, math.floor(value / (1 - tolerance)))
    while _far(value, high, tolerance):
        high -= 1
    while not _far(value, high + 1, tolerance):
        high += 1
    return low, high


@dataclass(eq=False, slots=True)
class _Live:
    """An event as clustering sees it while sightings join: what fitting needs, kept up to date one join at a time.

    It stands for the event _build would make of the draft so far (same window, sources and
    places) without building it: reconciling figures after every join made clustering
    quadratic in the reports of a night. A value contradicts some source's value exactly when
    it contradicts the least or the greatest of them (``_far`` only grows with the distance on
    either side), so the sources' values are kept as bounds, and agreements as counts.
    """

    attacker: str
    start: int  # the window, in microseconds since the epoch
    end: int
    entry_ids: set[int]
    bounds: dict[str, tuple[int, int]]  # launch or interception field -> (least, greatest) of the sources
    counts: dict[tuple[str, int], int]  # (field, value) -> how many sources give it
    places: set[str]
    returning: frozenset[int] = frozenset()  # entry ids of the stored event's sources, which come back to it
    windows: list[int] | None = None  # (max start, min end, min start, max end) of the windows joined so far

    @classmethod
    def of(cls, event: Event, kept: Sequence[EventSource]) -> _Live:
        """A stored event with the sources `kept` (those whose reports are not being clustered again)."""
        live = cls(event.attacker, _us(event.start), _us(event.end), set(), {}, {}, set(_place_keys(event.places)),
                   frozenset(src.entry_id for src in event.sources))
        if kept:
            live.windows = [live.start, live.end, live.start, live.end]
        for src in kept:
            live._count(src.entry_id, effective_figures(src.figures))
        return live

    def _count(self, entry_id: int, figures: Mapping[str, int | None]) -> None:
        self.entry_ids.add(entry_id)
        counts = self.counts
        for name, value in figures.items():
            if value is None:
                continue
            counts[name, value] = counts.get((name, value), 0) + 1
            if name in _CHECKED:
                low, high = self.bounds.get(name, (value, value))
                self.bounds[name] = (min(low, value), max(high, value))

    def join(self, s: Sighting, fitting: _Fitting) -> None:
        """Take a sighting in: its window narrows the event's, its figures and places add to the sources'."""
        start, end = fitting.start, fitting.end
        w = self.windows
        if w is None:  # the first join of a new event, or of a stored one none of whose sources is kept
            w = self.windows = [start, end, start, end]
            self.places = set()
        else:
            w[:] = max(w[0], start), min(w[1], end), min(w[2], start), max(w[3], end)
        self.start, self.end = (w[0], w[1]) if w[0] <= w[1] else (w[2], w[3])
        self._count(s.entry_id, fitting.figures)
        self.places |= fitting.places

    def fit(self, s: Sighting, fitting: _Fitting, tolerance: float, margin: int) -> int | None:
        """_score, with the sighting's _Fitting worked out already (margin in microseconds)."""
        for _, score in _fits([self], range(1), s, fitting, tolerance, margin):
            return score
        return None


def _fits(lives: Sequence[_Live], candidates: Iterable[int], s: Sighting, fitting: _Fitting, tolerance: float,
          margin: int) -> Iterator[tuple[int, int]]:
    """(i, score) for each candidate event lives[i] that the sighting fits, in the candidates' order: _Live.fit.

    One loop over the candidates rather than a call for each: most do not fit, and the
    calls were a tenth of the events step.
    """
    attacker, entry_id, spans = s.attack.attacker, s.entry_id, fitting.spans
    earliest, latest = fitting.start - margin, fitting.end + margin  # an event must end and start within these
    for i in candidates:
        live = lives[i]
        if attacker != live.attacker or earliest > live.end or live.start > latest:
            continue
        if entry_id in live.entry_ids:
            continue  # the extractor told two attacks of one report apart; keep them apart
        bounds = live.bounds
        far = False
        if spans is None:
            figures = fitting.figures
            for name, (low, high) in bounds.items():
                value = figures[name]
                if value is not None and (_far(value, low, tolerance) or _far(value, high, tolerance)):
                    far = True
                    break
        else:  # the sources' values are all not _far from the sighting's when their least and greatest are not
            for name, least, greatest in spans:
                bound = bounds.get(name)
                if bound is not None and (bound[0] < least or bound[1] > greatest):
                    far = True
                    break
        if far:
            continue
        agreements = sum(map(live.counts.get, fitting.stated, repeat(0)))
        yield i, 2 * agreements + len(fitting.places & live.places)


class _Index:
    """The live events by attacker and, per launch or interception figure, by their sources' least value.

    A sighting can only fit an event whose least value of a figure the sighting also
    gives is near its own, or that has no value for it: looking up that range instead
    of trying every event of the night keeps clustering a big night near linear.
    """

    def __init__(self, tolerance: float) -> None:
        self.tolerance = tolerance
        self.members: dict[str, list[int]] = {}
        self.lows: dict[tuple[str, str], list[tuple[int, int]]] = {}  # sorted (least value, event)
        self.lacking: dict[tuple[str, str], set[int]] = {}  # events with no value for the figure

    def add(self, i: int, live: _Live) -> None:
        """A live event, new to the index."""
        self.members.setdefault(live.attacker, []).append(i)
        for name in _CHECKED:
            key = (live.attacker, name)
            if name in live.bounds:
                insort(self.lows.setdefault(key, []), (live.bounds[name][0], i))
            else:
                self.lacking.setdefault(key, set()).add(i)

    def moved(self, i: int, live: _Live, before: Mapping[str, tuple[int, int]]) -> None:
        """Event i's bounds changed from `before` to its current ones."""
        for name, (low, _high) in live.bounds.items():
            key = (live.attacker, name)
            old = before.get(name)
            if old is not None and old[0] == low:
                continue
            lows = self.lows.setdefault(key, [])
            if old is None:
                self.lacking[key].discard(i)
            else:
                del lows[bisect_left(lows, (old[0], i))]
            insort(lows, (low, i))

    def candidates(self, attacker: str, figures: Mapping[str, int | None]) -> list[int]:
        """The events a sighting with these (effective) figures may fit: a superset, fit() decides."""
        for name in _CHECKED:
            value = figures[name]
            if value is None:
                continue
            key = (attacker, name)
            low, high = _near(value, self.tolerance)
            lows = self.lows.get(key, [])
            found = [i for _, i in lows[bisect_left(lows, (low, -1)):bisect_right(lows, (high, sys.maxsize))]]
            return found + list(self.lacking.get(key, ()))
        return self.members.get(attacker, [])


def _near(value: int, tolerance: float) -> tuple[float, float]:
    """Bounds (a little wide) of the values not _far from `value`."""
    high = max(value + 5, value / (1 - tolerance)) if tolerance < 1 else float("inf")
    return value - max(5, tolerance * value) - 1, high + 1


def _source_of(s: Sighting) -> EventSource:
    return EventSource(entry_id=s.entry_id, url=s.url, feed=s.feed, published=s.published,
                       figures=s.attack.figures(), title=s.title, idx=s.idx)


def _build(draft: _Draft, policy: EventPolicy, evidence: Mapping[EvidenceKey, str]) -> Event:
    """The event a draft stands for: its window, places, sources and reconciled figures."""
    sources = list(draft.kept) + [_source_of(s) for s in draft.sightings]
    sources.sort(key=lambda src: (src.published or datetime.min.replace(tzinfo=KYIV), src.entry_id))
    windows = [sighting_window(s) for s in draft.sightings]
    if draft.base is not None and draft.kept:
        windows.append((draft.base.start, draft.base.end))
    start = max(w[0] for w in windows)
    end = min(w[1] for w in windows)
    if start > end:  # windows that only touch within the margin: keep their union
        start, end = min(w[0] for w in windows), max(w[1] for w in windows)
    places: dict[str, None] = {}
    if draft.base is not None and draft.kept:
        places.update(dict.fromkeys(draft.base.places))
    for s in draft.sightings:
        places.update(dict.fromkeys(s.attack.places))
    figures, conflicts = reconcile(sources, policy, evidence)
    attacker = draft.sightings[0].attack.attacker if draft.sightings else draft.base.attacker  # type: ignore[union-attr]
    return Event(
        id=draft.base.id if draft.base is not None else None, attacker=attacker, start=start, end=end,
        figures=figures, places=tuple(places), sources=tuple(sources), conflicts=conflicts,
    )


def reconcile(
    sources: Sequence[EventSource],
    policy: EventPolicy = EventPolicy(),
    evidence: Mapping[EvidenceKey, str] | None = None,
) -> tuple[dict[str, int | None], tuple[str, ...]]:
    """The event's figures by the policy, and the figure names on which the sources disagree.

    `evidence` maps (entry id, attack index, figure) to the sentence that gave it; a figure whose
    sentence names an authority (the air force by default) wins under "authority".
    Disagreement is judged on the figures with combined totals filled in, so a
    source giving drones and missiles apart agrees with one giving their sum.
    """
    evidence = evidence or {}
    figures: dict[str, int | None] = {}
    conflicts: list[str] = []
    for name in FIGURE_FIELDS:
        stated = [(src, value) for src in sources if (value := src.figures.get(name)) is not None]
        # Disagreement is judged on effective figures, which differ from the stated ones only in the totals.
        compared = [_filled(src.figures, name) for src in sources] if name in _PARTS else [v for _, v in stated]
        if len({value for value in compared if value is not None}) > 1:
            conflicts.append(name)
        figures[name] = _pick(name, stated, policy, evidence) if stated else None
    return figures, tuple(conflicts)


def _pick(
    name: str,
    stated: Sequence[tuple[EventSource, int | None]],
    policy: EventPolicy,
    evidence: Mapping[EvidenceKey, str],
) -> int | None:
    values = [int(v) for _, v in stated if v is not None]
    for step in policy.policy:
        if step == "authority":
            authorities = policy.authorities
            official = [
                int(v) for src, v in stated
                if v is not None and _names_authority(evidence.get((src.entry_id, src.idx, name), ""), authorities)
            ]
            if official:
                return official[0] if len(official) == 1 else Counter(official).most_common(1)[0][0]
        elif step == "most_sources":
            counts = Counter(values)
            top = max(counts.values(), default=0)
            leaders = [value for value, count in counts.items() if count == top]
            if len(leaders) == 1:  # one value given by more sources than any other
                return leaders[0]
        elif step == "largest":
            return max(values)
        elif step == "smallest":
            return min(values)
        elif step == "latest":
            return int(stated[-1][1])  # type: ignore[arg-type]
        elif step == "earliest":
            return int(stated[0][1])  # type: ignore[arg-type]
    return max(values)


@lru_cache(maxsize=8192)
def _names_authority(sentence: str, authorities: tuple[str, ...]) -> bool:
    """Whether an evidence sentence names one of the authorities; one sentence backs several figures, so cached."""
    lowered = sentence.lower()
    return any(a in lowered for a in authorities)


def cluster(
    sightings: Iterable[Sighting],
    events: Sequence[Event] = (),
    policy: EventPolicy = EventPolicy(),
    evidence: Mapping[EvidenceKey, str] | None = None,
) -> list[Event]:
    """The events that the sightings join or start; see cluster_keyed."""
    return [event for event, _ in cluster_keyed(sightings, events, policy, evidence)]


def cluster_keyed(
    sightings: Iterable[Sighting],
    events: Sequence[Event] = (),
    policy: EventPolicy = EventPolicy(),
    evidence: Mapping[EvidenceKey, str] | None = None,
) -> list[tuple[Event, dict[int, int]]]:
    """The events that the sightings join or start, with their figures reconciled.

    `events` are stored events the sightings may join; each sighting goes to the
    event it fits best (same attacker, overlapping time, no contradicting launch
    or interception figures), else it starts a new event. Sightings are taken in
    order of publication so the result does not depend on the order given. A
    sighting already among an event's sources replaces its old figures there
    (the report was extracted again). Returns only the events that changed or
    are new, new ones with id None, in order of their start, each with the
    entry id -> attack index of the sightings that joined it.
    """
    ordered = sorted(sightings, key=lambda s: (s.published, s.entry_id, s.idx))
    entries = {s.entry_id for s in ordered}
    margin = policy.margin // _MICROSECOND
    drafts: list[_Draft] = []
    lives: list[_Live] = []
    index = _Index(policy.tolerance)
    for event in events:
        kept = [src for src in event.sources if src.entry_id not in entries]
        drafts.append(_Draft(base=event, kept=kept))
        lives.append(_Live.of(event, kept))
        index.add(len(lives) - 1, lives[-1])
    touched = {i for i, d in enumerate(drafts) if d.base is not None and len(d.kept) != len(d.base.sources)}
    for s in ordered:
        fitting = _Fitting.of(s, policy.tolerance)
        best, best_score = -1, -1
        for i, score in _fits(lives, index.candidates(s.attack.attacker, fitting.figures), s, fitting,
                              policy.tolerance, margin):
            if s.entry_id in lives[i].returning:
                score += 1000  # a report extracted again goes back to its event if it still fits, keeping ids stable
            if score > best_score or (score == best_score and i < best):
                best, best_score = i, score
        if best < 0:
            best = len(lives)
            drafts.append(_Draft(base=None))
            lives.append(_Live(s.attack.attacker, fitting.start, fitting.end, set(), {}, {}, set()))
            index.add(best, lives[best])
        live = lives[best]
        before = dict(live.bounds)
        live.join(s, fitting)
        index.moved(best, live, before)
        drafts[best].sightings.append(s)
        touched.add(best)
    out = [
        (_build(drafts[i], policy, evidence or {}) if drafts[i].sightings or drafts[i].kept else _empty(drafts[i]),
         {s.entry_id: s.idx for s in drafts[i].sightings})
        for i in sorted(touched)
    ]
    return sorted(out, key=lambda pair: (pair[0].start, pair[0].id or 0))


def _empty(draft: _Draft) -> Event:
    """A stored event left with no sources: kept with no figures so that it drops out of listings."""
    assert draft.base is not None
    return replace(draft.base, sources=(), figures=dict.fromkeys(FIGURE_FIELDS), conflicts=())


def remove_sources(events: Sequence[Event], entry_ids: Iterable[int], policy: EventPolicy = EventPolicy(),
                   evidence: Mapping[EvidenceKey, str] | None = None) -> list[Event]:
    """The events with the sources of these entries taken out and their figures reconciled again."""
    gone = set(entry_ids)
    out = []
    for event in events:
        sources = tuple(src for src in event.sources if src.entry_id not in gone)
        if len(sources) == len(event.sources):
            continue
        if not sources:
            out.append(replace(event, sources=(), figures=dict.fromkeys(FIGURE_FIELDS), conflicts=()))
            continue
        figures, conflicts = reconcile(sources, policy, evidence)
        out.append(replace(event, sources=sources, figures=figures, conflicts=conflicts))
    return out
