"""extract() never raises and stays deterministic, whatever the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.extract import extract
from monitor.extract.engine import _extract
from monitor.models import Report

_WORDS = st.sampled_from([
    "Russia", "launched", "drones", "missiles", "shot", "down", "of", "the", "all", "them", "killed",
    "injured", "Kyiv", "Kharkiv", "Moscow", "Ukrainian", "over", "region", "twenty-two", "a dozen", "1,200",
    "48", "of them", "more than", "<p>", "</div>", "&amp;", "\n", ".", ",", "(", ")", "’s", "-", "both",
    "lost locally", "toll rose to", "Separately,", "record", "on Sunday", "Shahed", "Kh-101",
])


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_text_never_raises(text: str) -> None:
    assert isinstance(_extract(text), Report)  # the rules themselves, without the safety net


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=80).map(" ".join))
def test_report_like_text_never_raises_and_is_deterministic(text: str) -> None:
    first = _extract(text)
    assert first == extract(text)
    for attack in first.attacks:
        for ev in attack.evidence.values():
            assert 0 <= ev.start <= ev.end <= len(text)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["<div>", "</div>", "<script>", "drones", "<a href='x'>", "57", "killed",
                                 "&#8217;", "\x00", "\u202e", "Kyiv"]), max_size=60).map("".join))
def test_html_like_text_never_raises(text: str) -> None:
    assert isinstance(_extract(text), Report)
