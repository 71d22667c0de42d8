"""How many examples the engine's property tests draw: half their full count unless MONITOR_THOROUGH is set.

The shortcut tests compare each fast path with the general code it stands in for over thousands of generated texts; at
their full counts they take about a third of the suite. CI runs half (still a thousand or more each); set
MONITOR_THOROUGH=1 to draw them all, as after changing a gate or a fast path.
"""

from __future__ import annotations

import os


def examples(full: int) -> int:
    """The number of examples to draw for a property test whose full count is full."""
    return full if os.environ.get("MONITOR_THOROUGH") else max(100, full // 2)
