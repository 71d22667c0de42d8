"""Command line: argument parsing and the sub-commands; the TUI is imported only when opened."""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from monitor.config import Config, ConfigError, load_config
from monitor.safetext import clean_text

if TYPE_CHECKING:
    from monitor.pipeline import CycleSummary
    from monitor.store import Store

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_FEEDS_FAILED = 3
EXIT_NEW_ALERTS = 10
EXIT_INTERRUPTED = 130


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
    from monitor import pattern_cache

    pattern_cache.load()  # (before the engine is imported: its patterns come from the cache where it has them)
    from monitor.extract import extract
    from monitor.extract.render import format_report

    paths = args.paths or ["-"]
    try:
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
    finally:
        pattern_cache.save()
    return EXIT_OK


# --------------------------------------------------------------------------- run

def _open_store(cfg: Config) -> Store:
    from monitor.store import Store

    try:
        return Store(cfg.storage.path)
    except (OSError, sqlite3.Error) as exc:
        raise UsageError(f"storage.path: cannot open database {cfg.storage.path}: {exc}") from None


def _summary_line(summary: CycleSummary) -> str:
    ok = summary.feeds_polled - summary.failed - summary.not_modified
    return (
        f"polled {summary.feeds_polled} feeds: {ok} ok, {summary.not_modified} not modified, "
        f"{summary.failed} failed; {summary.new_entries} new entries, {summary.articles_fetched} articles, "
        f"{summary.attack_reports} attack reports, {summary.new_alerts} new alerts ({summary.seconds:.1f} s)"
    )


def _report_cycle(summary: CycleSummary, args: argparse.Namespace) -> None:
    quiet = getattr(args, "quiet", False)
    for alert in summary.alerts:
        if args.json:
            print(json.dumps(alert, ensure_ascii=False), flush=True)
        else:
            print(f"alert {alert['id']} ({alert['kind']}, {alert['severity']})\n{clean_text(alert['message'])}\n",
                  flush=True)
    if not quiet or summary.new_alerts:
        for url, error in summary.failures:
            print(f"failed: {clean_text(url, single_line=True)}: {clean_text(error, single_line=True)}",
                  file=sys.stderr)
        for error in summary.sink_errors:
            print(f"sink failed: {clean_text(error, single_line=True)}", file=sys.stderr)
        print(_summary_line(summary), file=sys.stderr)
    if args.json:
        print(json.dumps(summary.to_json()), flush=True)


def _exit_code(summary: CycleSummary) -> int:
    if summary.new_alerts:
        return EXIT_NEW_ALERTS
    if summary.failed:
        return EXIT_FEEDS_FAILED
    return EXIT_OK


def cmd_run(args: argparse.Namespace) -> int:
    """Run one cycle (--once) or poll on schedule until interrupted."""
    from monitor.pipeline import run_once

    cfg: Config = args.cfg
    with _open_store(cfg) as store:
        if args.once and args.progress:
            return _run_with_progress(cfg, store, all_feeds=args.all)
        if args.once:
            summary = run_once(cfg, store, all_feeds=args.all)
            _report_cycle(summary, args)
            return _exit_code(summary)
        return _run_forever(cfg, store, args)


def _run_with_progress(cfg: Config, store: Store, *, all_feeds: bool) -> int:
    """One cycle that writes each progress event, then the summary, as a JSON line (the TUI's poller reads them)."""
    import signal

    from monitor.pipeline import run_once

    # The TUI stops a cycle with SIGTERM; the store writes in transactions (a few milliseconds' writes at most
    # share one), so exiting loses nothing a progress line reported stored.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(EXIT_INTERRUPTED))

    def progress(name: str, details: dict[str, Any]) -> None:
        print(json.dumps({"type": "progress", "name": name, "details": details}, ensure_ascii=False, default=str),
              flush=True)

    summary = run_once(cfg, store, all_feeds=all_feeds, progress=progress)
    line = summary.to_json() | {"failures": summary.failures, "sink_errors": summary.sink_errors}
    print(json.dumps(line, ensure_ascii=False, default=str), flush=True)
    return _exit_code(summary)


def _run_forever(cfg: Config, store: Store, args: argparse.Namespace) -> int:
    """Cycle on schedule until SIGINT or SIGTERM; a cycle in flight is cancelled between transactions."""
    import asyncio
    import contextlib
    import signal

    from monitor.pipeline import run_once_async

    async def loop() -> None:
        stop = asyncio.Event()
        running = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                running.add_signal_handler(sig, stop.set)
        first = True
        while not stop.is_set():
            cycle = asyncio.create_task(run_once_async(cfg, store, all_feeds=args.all and first))
            stopper = asyncio.create_task(stop.wait())
            await asyncio.wait({cycle, stopper}, return_when=asyncio.FIRST_COMPLETED)
            stopper.cancel()
            if not cycle.done():
                # Every store write is its own transaction: cancelling at an await loses nothing committed.
                cycle.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await cycle
                break
            first = False
            _report_cycle(cycle.result(), args)
            due = store.next_due()
            wait = cfg.poll.interval if due is None else (due - datetime.now(UTC)).total_seconds()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=min(max(wait, 1.0), cfg.poll.interval))

    with contextlib.suppress(KeyboardInterrupt):  # a second Ctrl-C while cancelling
        asyncio.run(loop())
    print("monitor: stopped", file=sys.stderr)
    return EXIT_OK


# --------------------------------------------------------------------------- feeds

def cmd_feeds(args: argparse.Namespace) -> int:
    """List, add, remove, import and export the polled feeds."""
    from monitor.opml import FeedItem, FeedListError, parse_feed_list, to_opml

    cfg: Config = args.cfg
    now = datetime.now(UTC)
    with _open_store(cfg) as store:
        store.sync_feeds(cfg.feeds, now)
        if args.feeds_command == "list":
            rows = store.feeds()
            if args.json:
                for row in rows:
                    print(json.dumps({
                        "url": row.url, "name": row.label, "origin": row.origin, "status": row.last_status,
                        "error": row.last_error, "failures": row.consecutive_failures,
                        "entries": row.entries, "last_polled_at": row.last_polled_at,
                        "next_poll_at": row.next_poll_at,
                    }, ensure_ascii=False))
                return EXIT_OK
            for row in rows:
                status = row.last_status or "new"
                label = clean_text(row.label, single_line=True)[:40]
                print(f"{status:<12} {row.entries:>6}  {label:<40}  {row.url}")
                if row.last_error:
                    print(f"{'':<20}last error: {clean_text(row.last_error, single_line=True)}")
            return EXIT_OK
        if args.feeds_command == "add":
            url = _check_url(args.url)
            added = store.add_feed(url, args.name or "", now)
            print(f"{'added' if added else 'already polled'}: {url}", file=sys.stderr)
            return EXIT_OK
        if args.feeds_command == "remove":
            if not store.remove_feed(args.url):
                raise UsageError(f"no such feed: {args.url}")
            print(f"removed: {args.url} (its entries are kept)", file=sys.stderr)
            return EXIT_OK
        if args.feeds_command == "import":
            try:
                items = parse_feed_list(_read_source(args.file))
            except FeedListError as exc:
                raise UsageError(f"{args.file}: {exc}") from None
            new = sum(store.add_feed(item.url, item.name, now) for item in items)
            print(f"imported {new} new feeds ({len(items) - new} already polled)", file=sys.stderr)
            return EXIT_OK
        if args.feeds_command == "export":
            items = [FeedItem(row.url, clean_text(row.label, single_line=True)) for row in store.feeds()]
            sys.stdout.write(to_opml(items))
            return EXIT_OK
    raise UsageError("feeds: expected one of list, add, remove, import, export")


def _check_url(url: str) -> str:
    from monitor.config import check_feed_url

    try:
        return check_feed_url(url, "URL")
    except ConfigError as exc:
        raise UsageError(str(exc)) from None


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

    p = sub.add_parser("run", help="poll the feeds: one cycle with --once, else on schedule until Ctrl-C")
    p.add_argument("--once", action="store_true", help="run one cycle, then exit")
    p.add_argument("--all", action="store_true", help="poll every feed, due or not")
    p.add_argument("--json", action="store_true", help="JSON lines on standard output")
    p.add_argument("--quiet", action="store_true", help="print nothing unless there are new alerts")
    # For the TUI, which runs each cycle in a child process: progress events as JSON lines on stdout.
    p.add_argument("--progress", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("feeds", help="list, add, remove, import or export feeds")
    fsub = p.add_subparsers(dest="feeds_command", metavar="ACTION", required=True)
    q = fsub.add_parser("list", help="the feeds with their status")
    q.add_argument("--json", action="store_true", help="one JSON object a line")
    q = fsub.add_parser("add", help="poll a feed from now on")
    q.add_argument("url", metavar="URL")
    q.add_argument("--name", help="the name to show for it")
    q = fsub.add_parser("remove", help="stop polling a feed (its entries are kept)")
    q.add_argument("url", metavar="URL")
    q = fsub.add_parser("import", help="add the feeds of an OPML file or a list of URLs (- for stdin)")
    q.add_argument("file", metavar="FILE")
    fsub.add_parser("export", help="write the feeds as OPML to standard output")
    p.set_defaults(func=cmd_feeds)

    from monitor.alerts.cli import add_parsers

    add_parsers(sub)

    p = sub.add_parser("demo", help="watch a bundled corpus arrive from a local server, on a throwaway database")
    p.add_argument("--headless", "--no-tui", dest="headless", action="store_true",
                   help="print each cycle's summary instead of opening the TUI")
    p.add_argument("--json", action="store_true", help="with --headless: JSON lines on standard output")
    p.add_argument("--speed", type=float, default=1.0, metavar="X",
                   help="run the demo clock X times faster (default 1: items arrive over two minutes)")
    p.set_defaults(func=cmd_demo, needs_config=False)

    return parser


#: Garbage-collector thresholds for a process of monitor's own (the console script, ``python -m monitor``).
GC_THRESHOLDS = (10_000, 10, 10)


def console() -> int:
    """Entry point of the `monitor` console script and of ``python -m monitor``: main() in a process of its own.

    A cycle keeps tens of thousands of objects alive until it ends (entries, rows,
    reports), and with the default thresholds (700, 10, 10) the collector walked
    them again and again: in a cold 300-feed cycle some 300 young collections,
    25 of the middle generation and two full ones, about 0.1 s of a 1.1 s cycle.
    Collecting the youngest generation every 10,000 allocations rather than 700
    leaves ~30 ms. Set here, not in main(), which tests call in their own process.

    When main() returns, what is left is frozen out of the collector: the
    interpreter's shutdown runs full collections over the whole heap (~60 ms
    after a cold cycle) only to free memory the exiting process gives back anyway.
    """
    import gc

    gc.set_threshold(*GC_THRESHOLDS)
    try:
        return main()
    finally:
        gc.freeze()


def main(argv: Sequence[str] | None = None) -> int:
    """The command line: parse `argv` (default sys.argv), run the command, return the exit code."""
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
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK


def cmd_tui(args: argparse.Namespace) -> int:
    """Open the Textual TUI on the configured feeds and database."""
    cfg: Config = args.cfg
    from monitor.tui.app import run_app

    return run_app(cfg)


def cmd_demo(args: argparse.Namespace) -> int:
    """Serve the bundled corpus on 127.0.0.1 and watch it with a temporary database: the TUI, or --headless."""
    from monitor.demo.run import Demo, run_headless

    if not args.speed > 0:
        raise UsageError(f"--speed: expected a number above zero, got {args.speed}")
    with Demo(speed=args.speed) as demo:
        print(f"monitor demo: serving {len(demo.server.corpus.items)} reports at {demo.server.base_url}",
              file=sys.stderr)
        if args.headless:
            run_headless(demo, lambda summary: _report_cycle(summary, args))
            return EXIT_OK
        from monitor.tui.app import run_app

        assert demo.cfg is not None
        return run_app(demo.cfg)
