"""Events in the store: the attacks not yet in one, the events they may join, and saving what clustering made.

Every function takes the Store and runs its SQL on the Store's connection; the
deciding is done by monitor.events, which never sees the database.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any

from monitor.events import Sighting
from monitor.models import FIGURE_FIELDS, Attack, Event, EventSource, Evidence, EvidenceKey
from monitor.store.connection import write
from monitor.store.store import Store, iso, iso_precise, parse_iso

_EVENT_COLUMNS = "id, attacker, start, end, figures, places, conflicts"
_CHUNK = 500  # ids per IN (...) list, well under SQLite's limit on bound parameters


def _rows_in(store: Store, sql: str, ids: Sequence[int]) -> Iterable[tuple[Any, ...]]:
    """The rows of `sql` for every id, in chunks; `sql` has one `{ids}` where the placeholders go."""
    for start in range(0, len(ids), _CHUNK):
        part = list(ids[start:start + _CHUNK])
        yield from store.db.execute(sql.format(ids=",".join("?" * len(part))), part).fetchall()


def _sources(store: Store, event_ids: Sequence[int]) -> dict[int, list[EventSource]]:
    out: dict[int, list[EventSource]] = {i: [] for i in event_ids}
    for r in _rows_in(
        store,
        "SELECT s.event_id, s.entry_id, s.figures, e.link, e.feed_url, e.published, e.title, e.first_seen, s.idx "
        "FROM event_sources s JOIN entries e ON e.id = s.entry_id "
        "WHERE s.event_id IN ({ids}) ORDER BY e.sort_time, s.entry_id",
        event_ids,
    ):
        out[r[0]].append(EventSource(
            entry_id=r[1], url=r[3], feed=r[4], published=parse_iso(r[5] or r[7]),
            figures=_figures(json.loads(r[2])), title=r[6], idx=r[8],
        ))
    return out


def _figures(data: Mapping[str, Any]) -> dict[str, int | None]:
    return {name: data.get(name) for name in FIGURE_FIELDS}


def _events(store: Store, where: str, params: Sequence[Any]) -> list[Event]:
    rows = store.db.execute(f"SELECT {_EVENT_COLUMNS} FROM events {where}", params).fetchall()
    sources = _sources(store, [r[0] for r in rows])
    return [
        Event(id=r[0], attacker=r[1], start=parse_iso(r[2]), end=parse_iso(r[3]),  # type: ignore[arg-type]
              figures=_figures(json.loads(r[4])), places=tuple(json.loads(r[5])),
              sources=tuple(sources[r[0]]), conflicts=tuple(json.loads(r[6])))
        for r in rows
    ]


def get_event(store: Store, event_id: int) -> Event | None:
    """One event by id, with its sources (None if there is no such event)."""
    found = _events(store, "WHERE id = ?", (event_id,))
    return found[0] if found else None


def list_events(store: Store, *, since: datetime | None = None, limit: int = 500) -> list[Event]:
    """Events that still have sources, newest first; with `since`, those that ended at or after it."""
    if since is None:
        return _events(store, "WHERE source_count > 0 ORDER BY start DESC, id DESC LIMIT ?", (limit,))
    return _events(store, "WHERE source_count > 0 AND end >= ? ORDER BY start DESC, id DESC LIMIT ?",
                   (iso(since), limit))


def event_for_entry(store: Store, entry_id: int) -> Event | None:
    """The event an entry's first attack belongs to, if any."""
    row = store.db.execute(
        "SELECT event_id FROM event_sources WHERE entry_id = ? ORDER BY idx LIMIT 1", (entry_id,)
    ).fetchone()
    return get_event(store, row[0]) if row else None


def events_between(store: Store, start: datetime, end: datetime) -> list[Event]:
    """Stored events whose time window overlaps [start, end]: the ones new sightings may join."""
    return _events(store, "WHERE end >= ? AND start <= ? ORDER BY start, id", (iso(start), iso(end)))


_SIGHTING_SQL = (
    "SELECT a.entry_id, a.idx, a.attacker, {figures}, a.places, a.weapons, a.time_words, "
    "e.link, e.feed_url, e.published, e.first_seen, e.title, r.document, a.id "
    "FROM attacks a JOIN reports r ON r.entry_id = a.entry_id JOIN entries e ON e.id = a.entry_id "
).format(figures=", ".join("a." + f for f in FIGURE_FIELDS))


@lru_cache(maxsize=4096)
def _strings(text: str) -> tuple[str, ...]:
    """A stored JSON list of strings as a tuple; most are empty or repeat (the same places), so each is parsed once."""
    return () if text == "[]" else tuple(json.loads(text))


def _sightings(store: Store, where: str, params: Sequence[Any]) -> list[Sighting]:
    n = len(FIGURE_FIELDS)
    rows = store.db.execute(_SIGHTING_SQL + where, params).fetchall()
    evidence: dict[int, dict[str, Evidence]] = {}
    ids = [r[-1] for r in rows]
    for ev in _rows_in(
        store, "SELECT attack_id, field, sentence, start, end, rule FROM evidence WHERE attack_id IN ({ids})", ids
    ):
        evidence.setdefault(ev[0], {})[ev[1]] = Evidence(ev[2], ev[3], ev[4], ev[5])
    out = []
    for r in rows:
        # The figures by position: Attack's fields after the attacker are FIGURE_FIELDS, in order (half the time of **).
        attack = Attack(r[2], *r[3:3 + n], places=_strings(r[3 + n]),  # type: ignore[misc]
                        weapons=_strings(r[4 + n]), time_words=_strings(r[5 + n]), evidence=evidence.get(r[-1], {}))
        out.append(Sighting(entry_id=r[0], idx=r[1], attack=attack,
                            published=parse_iso(r[8 + n] or r[9 + n]),  # type: ignore[arg-type]
                            url=r[6 + n], feed=r[7 + n], title=r[10 + n], text=r[11 + n]))
    return out


def pending_sightings(store: Store, limit: int = 5000) -> list[Sighting]:
    """Attacks of reports not marked wrong that are in no event yet, or were extracted again since."""
    return _sightings(
        store,
        "LEFT JOIN event_sources s ON s.entry_id = a.entry_id AND s.idx = a.idx "
        "WHERE r.wrong = 0 AND r.is_attack_report = 1 AND (s.entry_id IS NULL OR s.assigned_at <= r.extracted_at) "
        "ORDER BY a.entry_id, a.idx LIMIT ?",
        (limit,),
    )


def all_sightings(store: Store, *, since: datetime | None = None) -> list[Sighting]:
    """Every attack of reports not marked wrong (published at or after `since`), for replays and exports."""
    if since is None:
        return _sightings(store, "WHERE r.wrong = 0 ORDER BY e.sort_time, a.entry_id, a.idx", ())
    return _sightings(store, "WHERE r.wrong = 0 AND e.sort_time >= ? ORDER BY e.sort_time, a.entry_id, a.idx",
                      (iso(since),))


def withdrawn_sources(store: Store) -> dict[int, set[int]]:
    """Event sources to take out, by event: their report was marked wrong or no longer has that attack."""
    out: dict[int, set[int]] = {}
    for event_id, entry_id in store.db.execute(
        "SELECT s.event_id, s.entry_id FROM event_sources s "
        "LEFT JOIN attacks a ON a.entry_id = s.entry_id AND a.idx = s.idx "
        "LEFT JOIN reports r ON r.entry_id = s.entry_id "
        "WHERE a.id IS NULL OR r.entry_id IS NULL OR r.wrong = 1 OR r.is_attack_report = 0"
    ):
        out.setdefault(event_id, set()).add(entry_id)
    return out


def evidence_for(store: Store, entry_ids: Iterable[int]) -> dict[EvidenceKey, str]:
    """The evidence sentence of every figure of these entries' attacks, by (entry id, attack index, figure)."""
    ids = sorted(set(entry_ids))
    out: dict[EvidenceKey, str] = {}
    for entry_id, idx, name, sentence in _rows_in(
        store,
        "SELECT a.entry_id, a.idx, v.field, v.sentence FROM evidence v JOIN attacks a ON a.id = v.attack_id "
        "WHERE a.entry_id IN ({ids})",
        ids,
    ):
        out[(entry_id, idx, name)] = sentence
    return out


def texts_for(store: Store, entry_ids: Iterable[int]) -> dict[int, str]:
    """The title and extracted text of each entry, for rules that look for words."""
    ids = sorted(set(entry_ids))
    out: dict[int, str] = {}
    for entry_id, title, document in _rows_in(
        store,
        "SELECT e.id, e.title, coalesce(r.document, '') FROM entries e LEFT JOIN reports r ON r.entry_id = e.id "
        "WHERE e.id IN ({ids})",
        ids,
    ):
        out[entry_id] = f"{title}\n\n{document}"
    return out


def save_event(store: Store, event: Event, keys: Mapping[int, int], now: datetime) -> int:
    """Insert or update an event and point its sources at it; returns its id.

    `keys` maps the entry id of each newly sighted source to its attack's index;
    sources the event no longer has are detached from it.
    """
    values = (event.attacker, iso(event.start), iso(event.end), json.dumps(event.figures),
              json.dumps(list(event.places)), json.dumps(list(event.conflicts)), len(event.sources), iso(now))
    with write(store.db):
        if event.id is None:
            cur = store.db.execute(
                "INSERT INTO events (attacker, start, end, figures, places, conflicts, source_count, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*values, iso(now)),
            )
            event_id = int(cur.lastrowid or 0)
        else:
            event_id = event.id
            store.db.execute(
                "UPDATE events SET attacker = ?, start = ?, end = ?, figures = ?, places = ?, conflicts = ?, "
                "source_count = ?, updated_at = ? WHERE id = ?",
                (*values, event_id),
            )
        assigned = iso_precise(now)
        store.db.conn.executemany(
            "INSERT INTO event_sources (entry_id, idx, event_id, figures, assigned_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (entry_id, idx) DO UPDATE SET event_id = excluded.event_id, "
            "figures = excluded.figures, assigned_at = excluded.assigned_at",
            [(src.entry_id, keys[src.entry_id], event_id, json.dumps(src.figures), assigned)
             for src in event.sources if src.entry_id in keys],
        )
        if event.id is None:
            return event_id  # a new event has no other sources to detach (events are never deleted)
        kept = [src.entry_id for src in event.sources]
        store.db.execute(
            f"DELETE FROM event_sources WHERE event_id = ? AND entry_id NOT IN ({','.join('?' * len(kept))})",
            (event_id, *kept),
        )
    return event_id


def saved_event(store: Store, event: Event, event_id: int) -> Event:
    """The event as get_event reads it back right after save_event stored it as `event_id`, read only in part.

    Only the order of its sources is read; their figures and the event's go through JSON
    unchanged, its times through their stored text. When the stored sources are not exactly
    the event's (other attacks of one of its reports left in it), the event is read back whole.
    """
    order = store.db.execute(
        "SELECT s.entry_id, s.idx FROM event_sources s JOIN entries e ON e.id = s.entry_id "
        "WHERE s.event_id = ? ORDER BY e.sort_time, s.entry_id", (event_id,),
    ).fetchall()
    by_key = {src.key: src for src in event.sources}
    if len(order) != len(event.sources) or len(by_key) != len(order) or any(key not in by_key for key in order):
        return get_event(store, event_id) or event
    return Event(id=event_id, attacker=event.attacker, start=parse_iso(iso(event.start)),  # type: ignore[arg-type]
                 end=parse_iso(iso(event.end)), figures=_figures(event.figures),  # type: ignore[arg-type]
                 places=event.places, sources=tuple(by_key[key] for key in order), conflicts=event.conflicts)


def attack_rows(store: Store, *, since: datetime | None = None) -> list[dict[str, Any]]:
    """Every stored attack with its entry and event, oldest first, for `monitor export attacks`."""
    rows = store.db.execute(
        "SELECT a.entry_id, a.idx, e.sort_time, e.feed_url, e.link, e.title, r.wrong, s.event_id, a.attacker, "
        f"{', '.join('a.' + f for f in FIGURE_FIELDS)}, a.places, a.weapons, a.time_words "
        "FROM attacks a JOIN entries e ON e.id = a.entry_id JOIN reports r ON r.entry_id = a.entry_id "
        "LEFT JOIN event_sources s ON s.entry_id = a.entry_id AND s.idx = a.idx "
        "WHERE e.sort_time >= ? ORDER BY e.sort_time, a.entry_id, a.idx",
        (iso(since) if since else "",),
    ).fetchall()
    n = len(FIGURE_FIELDS)
    return [
        {"entry_id": r[0], "idx": r[1], "published": r[2], "feed": r[3], "url": r[4], "title": r[5],
         "wrong": bool(r[6]), "event_id": r[7], "attacker": r[8],
         **dict(zip(FIGURE_FIELDS, r[9:9 + n], strict=True)),
         "places": json.loads(r[9 + n]), "weapons": json.loads(r[10 + n]), "time_words": json.loads(r[11 + n])}
        for r in rows
    ]


def entry_rows(store: Store, *, since: datetime | None = None) -> list[dict[str, Any]]:
    """Every stored entry with its article and report status, oldest first, for `monitor export entries`."""
    rows = store.db.execute(
        "SELECT e.id, e.feed_url, e.guid, e.title, e.link, e.published, e.first_seen, a.status, "
        "r.is_attack_report, r.wrong FROM entries e LEFT JOIN articles a ON a.entry_id = e.id "
        "LEFT JOIN reports r ON r.entry_id = e.id WHERE e.sort_time >= ? ORDER BY e.sort_time, e.id",
        (iso(since) if since else "",),
    ).fetchall()
    return [
        {"id": r[0], "feed": r[1], "guid": r[2], "title": r[3], "url": r[4], "published": r[5],
         "first_seen": r[6], "article": r[7], "is_attack_report": None if r[8] is None else bool(r[8]),
         "wrong": None if r[9] is None else bool(r[9])}
        for r in rows
    ]
