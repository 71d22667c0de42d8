"""The paged reads and small writes the TUI runs through monitor.store.views, on a real SQLite file."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_data import make_config, populate

from monitor.store import Store, views


@pytest.fixture
def store_ids(tmp_path: Path):
    """A populated store and the ids of its fixture rows."""
    cfg = make_config(tmp_path)
    ids = populate(cfg, bulk=450)
    with Store(cfg.storage.path) as store:
        yield store, ids


def test_pages_are_newest_first_and_disjoint(store_ids) -> None:
    store, _ids = store_ids
    flt = views.EntryFilter()
    total = views.count_entries(store, flt)
    assert total == 455
    pages = [views.entry_page(store, flt, p * views.PAGE_SIZE) for p in range(3)]
    rows = [r for page in pages for r in page]
    assert len(rows) == total and len({r.id for r in rows}) == total
    assert [r.sort_time for r in rows] == sorted((r.sort_time for r in rows), reverse=True)


def test_position_agrees_with_pages(store_ids) -> None:
    store, ids = store_ids
    flt = views.EntryFilter()
    rows = views.entry_page(store, flt, 0, 1000)
    for index in (0, 3, 250, 454):
        assert views.entry_position(store, flt, rows[index].id) == index
    assert views.entry_position(store, views.EntryFilter(attack_only=True), ids["museum"]) is None


def test_filters_and_search(store_ids) -> None:
    store, ids = store_ids
    attacks = views.entry_page(store, views.EntryFilter(attack_only=True), 0)
    assert {r.id for r in attacks} == {ids["a574"], ids["b614"], ids["kyiv123"]}
    assert attacks[0].drones == 574 and attacks[0].killed == 1
    views.set_starred(store, ids["grid"], True)
    views.set_read(store, ids["a574"], True)
    assert [r.id for r in views.entry_page(store, views.EntryFilter(starred_only=True), 0)] == [ids["grid"]]
    unread = views.count_entries(store, views.EntryFilter(unread_only=True))
    assert unread == 454
    found = views.entry_page(store, views.EntryFilter(search="repair sched"), 0)
    assert [r.id for r in found] == [ids["grid"]]
    assert views.count_entries(store, views.EntryFilter(search='"][*')) == 0
    assert views.count_entries(store, views.EntryFilter(search="  ")) == 0


def test_mark_wrong_keeps_report_and_leaves_it_out_of_chart(store_ids) -> None:
    store, ids = store_ids
    before = {d.day: d for d in views.daily_totals(store)}
    assert before["2025-08-21"].drones == 574 and before["2025-08-20"].drones == 123
    assert views.set_wrong(store, ids["a574"], True)
    assert views.set_wrong(store, ids["b614"], True)
    assert not views.set_wrong(store, ids["grid"], True)  # no report
    row = views.entry_row(store, ids["a574"])
    assert row is not None and row.wrong and row.is_attack_report
    assert store.report(ids["a574"]) is not None
    assert "2025-08-21" not in {d.day for d in views.daily_totals(store)}
