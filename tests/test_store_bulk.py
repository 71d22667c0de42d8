"""The store's bulk writes of a cycle: a feed's new entries in one insert, their articles and reports in one commit."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from monitor.models import Article, Attack, Entry, Evidence, Feed, Report
from monitor.store import Store

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
URL = "http://127.0.0.1/feed.xml"
OTHER = "http://127.0.0.1/other.xml"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / "m.db")
    s.sync_feeds([Feed(URL), Feed(OTHER)], NOW)
    yield s
    s.close()


def entry(guid: str, url: str = URL, summary: str = "") -> Entry:
    return Entry(url, guid, title=f"Title {guid}", link=f"https://news.example/{guid}", summary=summary or guid)


def poll(store: Store, url: str, items: list[Entry]) -> list[tuple[int, str]]:
    new = store.record_poll(url, status="ok", now=NOW, next_poll_at=NOW, entries=items)
    return [(row.id, row.entry.guid) for row in new]


def test_new_entries_come_back_with_their_own_ids(store: Store) -> None:
    first = poll(store, URL, [entry("a"), entry("b"), entry("a"), entry("c")])
    assert [guid for _, guid in first] == ["a", "b", "c"]  # a repeat within one poll is stored once
    again = poll(store, URL, [entry("c"), entry("d"), entry("b")])
    assert [guid for _, guid in again] == ["d"]
    other = poll(store, OTHER, [entry("a", OTHER)])  # the same guid in another feed is another entry
    for entry_id, guid in first + again + other:
        row = store.entry(entry_id)
        assert row is not None and row.entry.guid == guid
    assert store.count("entries") == 5
    assert store.search("Title d") == [again[0][0]]


def test_processed_entries_are_stored_and_indexed_in_one_go(store: Store) -> None:
    (a, _), (b, _) = poll(store, URL, [entry("a", summary="plain words"), entry("b", summary="<p>marked up</p>")])
    attack = Attack("russia", drones_launched=40, evidence={"drones_launched": Evidence("40 drones", 0, 9, "r")})
    store.save_processed([
        (a, Article("u", "skipped", "plain words"), "doc a", Report(False)),
        (b, Article("u", "ok", "Forty drones over Odesa"), "doc b", Report(True, (attack,))),
    ], NOW)
    assert store.article(a) == Article("u", "skipped", "plain words")
    report = store.report(b)
    assert report and report.attacks[0].drones_launched == 40 and report.attacks[0].evidence["drones_launched"]
    assert store.search("plain") == [a] and store.search("Odesa") == [b] and store.search("marked") == []
    # Again with other text: the index follows, the attacks are replaced rather than added to.
    store.save_processed([(a, Article("u", "ok", "Shahed debris in Kharkiv"), "doc a2", Report(True, (attack,)))], NOW)
    assert store.search("Kharkiv") == [a] and store.search("plain") == []
    assert store.count("articles") == 2 and store.count("reports") == 2 and store.count("attacks") == 2
    assert store.integrity_check() == "ok"


def test_new_entries_take_the_ids_sqlite_would_give(store: Store) -> None:
    first = poll(store, URL, [entry("a"), entry("b"), entry("c")])
    assert [entry_id for entry_id, _ in first] == [1, 2, 3]
    with store.transaction() as db:  # the newest entry gone: its id is given again, as SQLite gives it
        db.execute("DELETE FROM search WHERE rowid = 3")
        db.execute("DELETE FROM entries WHERE id = 3")
    again = poll(store, URL, [entry("c"), entry("d")])
    assert again == [(3, "c"), (4, "d")]
    rows = store.db.execute("SELECT id, guid FROM entries ORDER BY id").fetchall()
    assert rows == [(1, "a"), (2, "b"), (3, "c"), (4, "d")]
    assert store.search("Title d") == [4] and store.integrity_check() == "ok"


def test_attack_lists_are_stored_as_json_lists_whether_tuples_or_lists(store: Store) -> None:
    (a, _), (b, _) = poll(store, URL, [entry("a"), entry("b")])
    told = Attack("russia", drones_launched=40, places=("Odesa", "Kyiv"), weapons=("Shahed",), time_words=())
    listed = Attack("russia", drones_launched=41, places=["Odesa", "Kyiv"], weapons=["Shahed"])  # type: ignore[arg-type]
    store.save_processed([(a, Article("u", "skipped", "x"), "doc", Report(True, (told,))),
                          (b, Article("u", "skipped", "y"), "doc", Report(True, (listed,)))], NOW)
    rows = store.db.execute("SELECT places, weapons, time_words FROM attacks ORDER BY entry_id").fetchall()
    assert rows == [('["Odesa", "Kyiv"]', '["Shahed"]', "[]")] * 2
    report = store.report(b)
    assert report is not None and report.attacks[0].places == ("Odesa", "Kyiv")
