"""The TUI's key bindings: their defaults and the validation of the `[keys]` table of config.toml.

It lives outside `tui/` so that a bad key is a one-line config error at start,
before Textual is imported, like every other config mistake.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from monitor.config import ConfigError


@dataclass(frozen=True)
class KeyAction:
    """A remappable command of the TUI: its id in `[keys]`, default keys, and what it does."""

    id: str
    keys: str
    description: str
    help: str


#: Every remappable command, in the order the help screen lists them.
ACTIONS: tuple[KeyAction, ...] = (
    KeyAction("down", "j,down", "Down", "next entry"),
    KeyAction("up", "k,up", "Up", "previous entry"),
    KeyAction("open", "enter", "Open", "open the reader on the selected entry"),
    KeyAction("back", "escape", "Back", "close the screen, clear the search or filter"),
    KeyAction("read", "r", "Read", "toggle read/unread"),
    KeyAction("star", "s", "Star", "toggle the star"),
    KeyAction("acknowledge", "a", "Ack alert", "acknowledge the newest unacknowledged alert"),
    KeyAction("wrong", "x", "Wrong", "mark the report's figures as wrong (kept, left out of events and alerts)"),
    KeyAction("search", "slash", "Search", "full-text search"),
    KeyAction("filter", "f", "Filter", "show attack reports, unread, starred or one feed"),
    KeyAction("poll", "R", "Poll", "poll every feed now"),
    KeyAction("open_link", "o", "Open link", "open the entry's link in the browser (http/https only)"),
    KeyAction("chart", "c", "Chart", "drones and missiles launched per day"),
    KeyAction("health", "h", "Feed health", "status, last error and next poll of each feed"),
    KeyAction("help", "question_mark", "Help", "this screen"),
    KeyAction("quit", "q", "Quit", "quit"),
)

_BY_ID = {a.id: a for a in ACTIONS}

#: Key names Textual understands beyond single characters.
_NAMED = {
    "enter", "escape", "tab", "space", "backspace", "delete", "insert", "home", "end", "pageup", "pagedown",
    "up", "down", "left", "right", "slash", "backslash", "question_mark", "exclamation_mark", "at", "minus",
    "plus", "underscore", "full_stop", "comma", "colon", "semicolon", "equals_sign", "number_sign",
    "dollar_sign", "percent_sign", "ampersand", "asterisk", "apostrophe", "quotation_mark", "grave_accent",
    "tilde", "circumflex_accent", "vertical_line", "less_than_sign", "greater_than_sign",
    "left_parenthesis", "right_parenthesis", "left_square_bracket", "right_square_bracket",
    "left_curly_bracket", "right_curly_bracket",
} | {f"f{n}" for n in range(1, 25)}
_REPLACE = {"solidus": "slash", "reverse_solidus": "backslash", "commercial_at": "at", "hyphen_minus": "minus",
            "plus_sign": "plus", "low_line": "underscore"}
_MODIFIERS = ("ctrl", "shift", "alt", "meta", "super")
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


def normalize_key(text: str) -> str | None:
    """Textual's name for one key such as "S", "/", "ctrl+r", "f5" or "pagedown"; None when it is not a key."""
    parts = text.strip().split("+")
    *mods, key = parts if len(parts) == 1 or parts[-1] else [*parts[:-2], "+"]
    if any(m.lower() not in _MODIFIERS for m in mods):
        return None
    if len(key) == 1:
        if not key.isprintable() or key.isspace():
            return None
        if not key.isalnum():
            key = unicodedata.name(key).lower().replace("-", "_").replace(" ", "_")
            key = _REPLACE.get(key, key)
    elif not (_NAME.match(key.lower()) and key.lower() in _NAMED):
        return None
    else:
        key = key.lower()
    return "+".join([*(m.lower() for m in mods), key])


def parse_keys(table: Any) -> dict[str, str]:
    """The key string of every action id, defaults overlaid with the `[keys]` table; ConfigError names a bad key."""
    if table is None:
        table = {}
    if not isinstance(table, dict):
        raise ConfigError(f"keys: expected a table ([keys]), got {type(table).__name__}")
    result = {a.id: a.keys for a in ACTIONS}
    for action_id, value in table.items():
        where = f"keys.{action_id}"
        if action_id not in _BY_ID:
            raise ConfigError(f"{where}: unknown command (expected one of: {', '.join(sorted(_BY_ID))})")
        texts = value if isinstance(value, list) else [value]
        if not texts or not all(isinstance(t, str) and t.strip() for t in texts):
            raise ConfigError(f'{where}: expected a key such as "S" or "ctrl+r", or a list of keys, got {value!r}')
        keys = []
        for text in texts:
            pieces = [text] if text.strip() == "," else [p for p in text.split(",") if p.strip()]
            for piece in pieces:
                key = normalize_key(piece)
                if key is None:
                    raise ConfigError(f'{where}: {piece!r} is not a key (expected e.g. "S", "/", "ctrl+r", "f5")')
                keys.append(key)
        result[action_id] = ",".join(keys)
    owner: dict[str, str] = {}
    for action in ACTIONS:
        for key in result[action.id].split(","):
            if key in owner:
                other = owner[key]
                culprit = action.id if action.id in table else other
                peer = other if culprit == action.id else action.id
                raise ConfigError(f"keys.{culprit}: {key!r} is already the key of {peer!r}")
            owner[key] = action.id
    return result


def keys_from_config(raw: dict[str, Any]) -> dict[str, str]:
    """The validated key bindings of a parsed config.toml."""
    return parse_keys(raw.get("keys"))
