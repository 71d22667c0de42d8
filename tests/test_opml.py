"""Feed lists: OPML and plain URL lists in, OPML out, and the feeds command around them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from monitor.cli import main
from monitor.opml import FeedItem, FeedListError, parse_feed_list, to_opml

OPML = """<?xml version="1.0"?>
<opml version="1.0"><head><title>mine</title></head><body>
  <outline text="War">
    <outline text="Kyiv &amp; more" type="rss" xmlUrl="https://kyiv.example/feed"/>
    <outline text="Agency" xmlUrl="https://agency.example/rss.xml"/>
  </outline>
  <outline text="no feed here"/>
  <outline text="dup" xmlUrl="https://kyiv.example/feed"/>
</body></opml>"""


def test_opml_nested_outlines_once_each() -> None:
    assert parse_feed_list(OPML) == [
        FeedItem("https://kyiv.example/feed", "Kyiv & more"),
        FeedItem("https://agency.example/rss.xml", "Agency"),
    ]


def test_url_lines_skip_blanks_and_comments() -> None:
    text = "# mine\nhttps://a.example/feed\n\n  http://b.example/rss  \n"
    assert [i.url for i in parse_feed_list(text)] == ["https://a.example/feed", "http://b.example/rss"]


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("https://a.example/feed\nnot a url\n", "line 2"),
        ("<opml><body><outline xmlUrl='file:///etc/passwd'/></body></opml>", "xmlUrl"),
        ("<rss></rss>", "expected <opml>"),
        ("<opml><body>", "not valid OPML"),
    ],
)
def test_bad_lists(text: str, needle: str) -> None:
    with pytest.raises(FeedListError, match=needle):
        parse_feed_list(text)


def test_external_entities_are_refused_not_read() -> None:
    evil = ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
            '<opml><body><outline text="&e;" xmlUrl="https://a.example/f"/></body></opml>')
    with pytest.raises(FeedListError, match="external entity") as info:
        parse_feed_list(evil)
    assert "root:" not in str(info.value)


def test_round_trip() -> None:
    items = [FeedItem("https://a.example/f?x=1&y=2", 'Quote " and <tag>'), FeedItem("https://b.example/")]
    assert parse_feed_list(to_opml(items)) == [items[0], FeedItem("https://b.example/", "https://b.example/")]


def test_feeds_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text('[storage]\npath = "m.db"\n[[feeds]]\nurl = "https://conf.example/feed"\n', encoding="utf-8")
    listing = tmp_path / "list.opml"
    listing.write_text(OPML, encoding="utf-8")
    run = ["--config", str(cfg), "feeds"]
    assert main([*run, "import", str(listing)]) == 0
    assert "imported 2 new feeds" in capsys.readouterr().err
    assert main([*run, "add", "https://new.example/atom", "--name", "New"]) == 0
    assert main([*run, "add", "gopher://x"]) == 2
    assert "URL: expected an http:// or https:// URL" in capsys.readouterr().err
    assert main([*run, "remove", "https://agency.example/rss.xml"]) == 0
    assert main([*run, "remove", "https://agency.example/rss.xml"]) == 2
    capsys.readouterr()
    assert main([*run, "list", "--json"]) == 0
    urls = [json.loads(line)["url"] for line in capsys.readouterr().out.splitlines()]
    assert urls == ["https://conf.example/feed", "https://kyiv.example/feed", "https://new.example/atom"]
    assert main([*run, "export"]) == 0
    exported = parse_feed_list(capsys.readouterr().out)
    assert [i.url for i in exported] == urls and exported[2].name == "New"
