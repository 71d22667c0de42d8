"""Allow ``python -m monitor``."""

from monitor.cli import console

raise SystemExit(console())
