"""Untrusted text is made safe for a terminal: no escape sequences, controls or bidi overrides survive."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor.safetext import clean_text


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("before\x1b[2Jafter", "beforeafter"),                       # clear screen
        ("a\x1b]2;pwned title\x07b", "ab"),                          # OSC 2 window title
        ("\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\", "click"),  # OSC 8 hyperlink
        ("x\x1b]52;c;ZWNobyBoaQ==\x07y", "xy"),                       # OSC 52 clipboard
        ("red\x9b31mtext", "redtext"),                               # 8-bit CSI
        ("a\u202egnp.exe", "agnp.exe"),                              # bidi override
        ("bell\x07 back\x08space\x00", "bell backspace"),
        ("[@click=app.quit]x[/] [bold]b[/bold]", "[@click=app.quit]x[/] [bold]b[/bold]"),  # markup is plain text
        ("line one\r\nline two", "line one\nline two"),
    ],
)
def test_hostile_sequences(raw: str, shown: str) -> None:
    assert clean_text(raw) == shown


def test_single_line() -> None:
    assert clean_text("  a\n\tb  c ", single_line=True) == "a b c"


@given(st.text())
def test_nothing_dangerous_survives(raw: str) -> None:
    out = clean_text(raw)
    assert "\x1b" not in out and "\x9b" not in out and "\x9d" not in out
    assert all(ch in "\n\t" or not (ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F) for ch in out)
    assert not any("\u202a" <= ch <= "\u202e" or "\u2066" <= ch <= "\u2069" for ch in out)
