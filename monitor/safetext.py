"""Make text from the network safe to show on a terminal.

Feeds and pages are untrusted: an ESC sequence could clear the screen, set
the window title, write the clipboard (OSC 52) or hide a link (OSC 8); bidi
overrides can make text read differently from what it is. Neither Rich nor
Textual strips these, so every front end passes untrusted text through here.
"""

from __future__ import annotations

import re

# CSI, OSC (ended by BEL or ST), and other two-byte ESC sequences; 8-bit C1 forms too.
_ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"          # CSI ... final byte
    r"|(?:\x1b\]|\x9d).*?(?:\x07|\x1b\\|\x9c|$)"  # OSC ... BEL or ST
    r"|(?:\x1b[PX^_]|[\x90\x98\x9e\x9f]).*?(?:\x1b\\|\x9c|$)"  # DCS, SOS, PM, APC strings
    r"|\x1b[@-_]?",                               # any other ESC
    re.DOTALL,
)
# C0 and C1 controls but tab and newline; DEL; bidi embeddings, overrides and isolates.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def clean_text(text: str, *, single_line: bool = False) -> str:
    """The text with escape sequences, control characters and bidi controls removed.

    With single_line, runs of white space (newlines included) become one space.
    """
    if not text:
        return ""
    text = _ESCAPES.sub("", text)
    text = _CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    if single_line:
        text = " ".join(text.split())
    return text
