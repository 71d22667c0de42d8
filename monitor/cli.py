"""Command line: argument parsing and the sub-commands; the TUI is imported only when opened."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from monitor.config import Config, ConfigError, load_config

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_FEEDS_FAILED = 3
EXIT_NEW_ALERTS = 10


class UsageError(Exception):
    """A mistake in what the user asked for; printed as one line, exit 2."""


def _error(message: str) -> None:
    print(f"monitor: {message}", file=sys.stderr)


# --------------------------------------------------------------------------- extract

def _read_source(path: str) -> str:
    if path == "-":
        data = sys.stdin.buffer.read()
    else:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from None
    return data.decode("utf-8", errors="replace")


def document_text(raw: str, source: str | None = None) -> str:
    """Plain text of an input: HTML (first non-blank character '<') goes through the article extractor."""
    if raw.lstrip().startswith("<"):
        from monitor.fetch.text import html_to_text

        return html_to_text(raw, url=None)
    return raw


def cmd_extract(args: argparse.Namespace) -> int:
    """Print the attack figures found in each input, as a table or JSON lines."""
    from monitor.extract import extract
    from monitor.extract.render import format_report

    paths = args.paths or ["-"]
    for path in paths:
        text = document_text(_read_source(path), path)
        report = extract(text)
        if args.json:
            line = {
                "source": path,
                "is_attack_report": report.is_attack_report,
                "attacks": [a.to_contract() for a in report.attacks],
            }
            print(json.dumps(line, ensure_ascii=False))
        else:
            print(format_report(path, report))
    return EXIT_OK


# --------------------------------------------------------------------------- parser

def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every sub-command."""
    parser = argparse.ArgumentParser(
        prog="monitor",
        description="Terminal news monitor for the air war over Ukraine.",
    )
    parser.add_argument("--config", metavar="PATH", help="config file (default: $MONITOR_CONFIG, "
                        "the user config directory, then the bundled default)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("extract", help="extract attack figures from text or HTML files")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files to read; - or nothing: standard input")
    p.add_argument("--json", action="store_true", help="one JSON object a line")
    p.set_defaults(func=cmd_extract, needs_config=False)

    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `monitor` console script; returns the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse has printed its own one-line usage error
        return int(exc.code or 0) if exc.code in (0, None) else EXIT_USAGE
    try:
        if getattr(args, "needs_config", True):
            args.cfg = load_config(args.config)
        if args.command is None:
            return cmd_tui(args)
        return int(args.func(args))
    except ConfigError as exc:
        _error(str(exc))
        return EXIT_USAGE
    except UsageError as exc:
        _error(str(exc))
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


def cmd_tui(args: argparse.Namespace) -> int:
    """Open the Textual TUI on the configured feeds and database."""
    cfg: Config = args.cfg
    from monitor.tui.app import run_app

    return run_app(cfg)
