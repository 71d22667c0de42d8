"""Run the whole harness of issue #6 and print the table; see docs/performance.md.

python -m benchmarks.perf [--runs 5] [--feeds 300] [--items 30] [--quick] [--json PATH] [--profile DIR]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from benchmarks.perf import farm, floor, newsboat, ours, servers, tui
from benchmarks.perf.proc import Measured, measure
from benchmarks.perf.report import Row, as_json, check, median, table

REPO = Path(__file__).resolve().parents[2]
MB = "MB"


def log(message: str) -> None:
    """Progress on standard error, so the table on standard output stays clean."""
    print(message, file=sys.stderr, flush=True)


def _cpu(run: Measured) -> dict[str, float]:
    """A run's CPU seconds for the raw JSON: its own process's (and of those the kernel's), the others' it started."""
    return {"cpu_s": round(run.cpu_s, 3), "kernel_s": round(run.kernel_s, 3),
            "others_cpu_s": round(run.others_cpu_s, 3)}


def _cpu_note(runs: list[Measured], newsboat: list[Measured] | None = None) -> str:
    """The median CPU seconds of runs, main process + the rest, and newsboat's where it ran, for a row's note."""
    note = f"CPU {median([r.cpu_s for r in runs]):.2f} s main + {median([r.others_cpu_s for r in runs]):.2f} s others"
    if newsboat:
        note += (f", newsboat {median([r.tree_cpu_s for r in newsboat]):.2f} s "
                 f"({median([r.kernel_s for r in newsboat]):.2f} in the kernel)")
    return note


#: Runs of one figure further apart than this (slowest over fastest) make the median doubtful.
UNSTEADY = 1.5


def _spread_note(who: str, walls: list[float]) -> str:
    """A warning for a row's note when `who`'s runs disagree by more than UNSTEADY, else ""."""
    if len(walls) < 2 or min(walls) <= 0 or max(walls) / min(walls) <= UNSTEADY:
        return ""
    return f"; UNSTEADY: {who}'s runs ranged {min(walls):.2f} to {max(walls):.2f} s, rerun before trusting the ratio"


def export(rev: str, into: Path) -> Path:
    """monitor/ as committed at `rev`, written under `into`; the working tree is left alone."""
    into.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(REPO), "archive", rev, "monitor"], capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    return into


def compile_source(source: Path) -> None:
    """Byte-compile monitor/ under `source`, as `pip install` does.

    Without it, an environment that sets PYTHONDONTWRITEBYTECODE makes every measured process (and every
    worker) compile monitor's modules again, some 50 ms each that an installed copy never spends.
    """
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(source / "monitor")], check=True)


def warm_pattern_cache(cwd: Path) -> None:
    """Run `monitor extract` once, as any first run of monitor on a machine does, so that the pattern cache
    (monitor.pattern_cache) holds this version's patterns: the measured runs compile none of them."""
    text = "Russia launched 10 drones at Kyiv overnight; 8 were shot down.\nRussia’s attack on Kyiv: 12 drones.\n"
    subprocess.run([sys.executable, "-m", "monitor", "extract", "-"], input=text.encode(), env=ours.env(), cwd=cwd,
                   check=True, capture_output=True)


def machine(rev: str | None) -> dict[str, Any]:
    """What the figures were measured on."""
    model = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    ram = 0.0
    with contextlib.suppress(OSError, ValueError):
        ram = int(Path("/proc/meminfo").read_text().split()[1]) / 1024 / 1024
    commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", rev or "HEAD"], capture_output=True,
                            text=True, check=False).stdout.strip()
    dirty = "" if rev else subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--", "monitor"],
                                          capture_output=True, text=True, check=False).stdout.strip()
    nb = newsboat.find()
    ngx = servers.find_nginx()
    return {
        "cpus": os.cpu_count(), "cpu_model": model, "ram_gb": round(ram, 1), "kernel": platform.release(),
        "python": platform.python_version(), "monitor_commit": commit + ("+dirty" if dirty else ""),
        "nginx": subprocess.run([ngx, "-v"], capture_output=True, text=True).stderr.strip() if ngx else None,
        "newsboat": newsboat.version(nb) if nb else None,
    }


def options(argv: list[str] | None) -> argparse.Namespace:
    """The command line."""
    p = argparse.ArgumentParser(prog="python -m benchmarks.perf", description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=5, help="runs of each figure; the median is reported (default 5)")
    p.add_argument("--feeds", type=int, default=300, help="feeds in the farm (default 300)")
    p.add_argument("--items", type=int, default=30, help="items a feed (default 30)")
    p.add_argument("--concurrency", type=int, default=32, help="our poll.concurrency and newsboat's reload-threads")
    p.add_argument("--article-feeds", type=int, default=20,
                   help="feeds whose articles the full-pipeline figure fetches (default 20: 600 articles)")
    p.add_argument("--tui-entries", type=int, default=100_000, help="entries stored for the TUI figures")
    p.add_argument("--presses", type=int, default=120, help="key presses timed during a cycle, a run")
    p.add_argument("--full-farm", action="store_true",
                   help="also one full cycle with articles over the whole farm (9,000 pages: minutes)")
    p.add_argument("--server", choices=("auto", "nginx", "python"), default="auto")
    p.add_argument("--rev", help="measure monitor as committed at this git revision (default: the working tree)")
    p.add_argument("--quick", action="store_true", help="a small farm and one run: checks that it all works")
    p.add_argument("--only", choices=("tui",), help="measure only these figures (tui: first paint and key latency)")
    p.add_argument("--json", type=Path, help="also write the results here as JSON")
    p.add_argument("--profile", type=Path, help="write pyinstrument profiles of a cold and a warm cycle here")
    args = p.parse_args(argv)
    if args.quick:
        args.runs, args.feeds, args.article_feeds = 1, 40, 3
        args.tui_entries, args.presses = 20_000, 30
    args.article_feeds = min(args.article_feeds, args.feeds)
    return args


@contextlib.contextmanager
def serve(kind: str, root: Path, tmp: Path, port: int) -> Iterator[servers.Served]:
    """The farm's server: nginx when installed (or asked for), else the Python fallback, saying why."""
    binary = servers.find_nginx()
    if kind == "python" or (kind == "auto" and binary is None):
        if binary is None:
            log("nginx is not installed: serving the farm with the Python fallback server instead")
        with servers.python_server(root, port) as served:
            yield served
        return
    if binary is None:
        raise SystemExit("--server nginx: nginx is not installed")
    workers = "1"
    with servers.nginx(binary, root, tmp, port, workers=workers) as served:
        yield served


class Harness:
    """Every measurement of one invocation, against one farm and one server."""

    def __init__(self, args: argparse.Namespace, the_farm: farm.Farm, tmp: Path, served: servers.Served) -> None:
        self.args = args
        self.served = served
        self.farm = the_farm
        self.tmp = tmp
        self.rows: list[Row] = []
        self.mem_rows: list[Row] = []
        self.raw: dict[str, Any] = {}
        self.cold: list[ours.Cycle] = []
        self.nb_binary = newsboat.find()

    def child(self, module: str, *argv: str) -> Measured:
        """Run benchmarks.perf.<module> in a fresh process (monitor from ours.SOURCE) and measure it."""
        return measure([sys.executable, "-m", f"benchmarks.perf.{module}", *argv], env=ours.env(), cwd=self.tmp)

    def child_json(self, module: str, *argv: str) -> tuple[dict[str, Any], Measured]:
        """Run a child (see `child`) and parse its one JSON line; RuntimeError with its stderr when it failed."""
        m = self.child(module, *argv)
        try:
            return json.loads(m.stdout.strip().splitlines()[-1]), m
        except (IndexError, ValueError):
            raise RuntimeError(f"benchmarks.perf.{module} {' '.join(argv)} failed (exit {m.returncode}): "
                               f"{m.stderr.strip()[-2000:]}") from None

    # ------------------------------------------------------------------ floor

    def floor(self) -> None:
        """The same URLs fetched with no parsing: feeds, feeds again as 304s, and article pages."""
        urls = self.farm.feed_urls()
        pages = self.farm.article_urls(self.args.article_feeds)
        validators = floor.validators_of(urls)
        out: dict[str, list[floor.FloorRun]] = {"feeds": [], "feeds_304": [], "pages": [], "feeds_httpx": []}
        for _ in range(self.args.runs):
            out["feeds"].append(floor.fetch_all(urls, concurrency=self.args.concurrency))
            out["feeds_304"].append(floor.fetch_all(urls, concurrency=self.args.concurrency, validators=validators))
            out["pages"].append(floor.fetch_all(pages, concurrency=self.args.concurrency))
            out["feeds_httpx"].append(floor.fetch_all(urls, client="httpx", concurrency=self.args.concurrency))
        self.raw["floor"] = {k: [vars(r) for r in v] for k, v in out.items()}
        for key, want in (("feeds", 200), ("feeds_304", 304), ("pages", 200), ("feeds_httpx", 200)):
            bad = [r.statuses for r in out[key] if set(r.statuses) != {want}]
            if bad:
                raise RuntimeError(f"floor {key}: expected every answer {want}, got {bad[0]}")
        self.floor_feeds = median([r.seconds for r in out["feeds"]])
        self.floor_304 = median([r.seconds for r in out["feeds_304"]])
        n = len(urls)
        self.rows += [
            Row("floor: feeds, aiohttp, no parsing", "s", self.floor_feeds,
                note=f"{median([r.per_second for r in out['feeds']]):,.0f} req/s, {n} feeds"),
            Row("floor: feeds as 304, aiohttp", "s", self.floor_304,
                note=f"{median([r.per_second for r in out['feeds_304']]):,.0f} req/s"),
            Row("floor: article pages, aiohttp", "s", median([r.seconds for r in out["pages"]]),
                note=f"{median([r.per_second for r in out['pages']]):,.0f} req/s, {len(pages)} pages"),
            Row("floor: feeds, httpx, no parsing", "s", median([r.seconds for r in out["feeds_httpx"]]),
                note=f"{median([r.per_second for r in out['feeds_httpx']]):,.0f} req/s (httpx, for comparison)"),
        ]

    # ------------------------------------------------------------------ feeds-only cycles and newsboat

    def cycles(self) -> None:
        """(a) cold and (b) warm feeds-only cycles, ours and newsboat's, interleaved run by run."""
        urls = self.farm.feed_urls()
        a = self.args
        expected = a.feeds * a.items
        cold: list[ours.Cycle] = []
        warm: list[ours.Cycle] = []
        nb_cold: list[Any] = []
        nb_warm: list[Any] = []
        nb = newsboat.Newsboat(self.nb_binary, self.tmp / "newsboat", urls, a.concurrency) if self.nb_binary else None
        if nb is None:
            log("newsboat is not installed: the newsboat column and the ratios are skipped")
        for run in range(a.runs):
            db = self.tmp / f"cycle-{run}.db"
            cfg = ours.write_config(self.tmp / f"cycle-{run}.toml", db, urls, concurrency=a.concurrency,
                                    fetch_articles=False)
            c = ours.cycle(cfg)
            w = ours.cycle(cfg)
            log(f"run {run + 1}: ours cold {c.wall:.2f} s ({c.summary['seconds']:.2f} s in cycle), "
                f"warm {w.wall:.2f} s ({w.summary['not_modified']} not modified)")
            if c.summary["new_entries"] != expected or c.summary["failed"]:
                raise RuntimeError(f"cold cycle read {c.summary['new_entries']} of {expected} entries: {c.summary}")
            if w.summary["not_modified"] != a.feeds:
                raise RuntimeError(f"warm cycle: {w.summary['not_modified']} of {a.feeds} feeds answered 304")
            cold.append(c)
            warm.append(w)
            for path in self.tmp.glob(f"cycle-{run}.db*"):
                path.unlink()
            if nb is not None:
                nb.fresh()
                first = nb.reload()
                if nb.items() != expected:
                    raise RuntimeError(f"newsboat stored {nb.items()} of {expected} items")
                nb.reload()
                offset = self.served.log_size()
                third = nb.reload()
                answered = self.served.statuses_after(offset)
                if answered and answered != {"304": a.feeds}:
                    raise RuntimeError(f"newsboat's third reload: server answered {answered}, not {a.feeds} x 304")
                nb_cold.append(first)
                nb_warm.append(third)
                log(f"run {run + 1}: newsboat cold {first.wall:.2f} s, third reload {third.wall:.2f} s")
        self.cold, self.warm = cold, warm
        self.raw["cycles"] = {
            "ours_cold": [{"wall": c.wall, "summary": c.summary, "peak_pss_mb": c.run.peak_pss_mb,
                           "maxrss_mb": c.run.maxrss_mb, **_cpu(c.run)} for c in cold],
            "ours_warm": [{"wall": c.wall, "summary": c.summary, "peak_pss_mb": c.run.peak_pss_mb,
                           "maxrss_mb": c.run.maxrss_mb, **_cpu(c.run)} for c in warm],
            "newsboat_cold": [{"wall": m.wall, "peak_pss_mb": m.peak_pss_mb, **_cpu(m)} for m in nb_cold],
            "newsboat_warm": [{"wall": m.wall, "peak_pss_mb": m.peak_pss_mb, **_cpu(m)} for m in nb_warm],
        }
        ours_cold = median([c.wall for c in cold])
        ours_warm = median([c.wall for c in warm])
        nbc = median([m.wall for m in nb_cold])
        nbw = median([m.wall for m in nb_warm])
        rc = ours_cold / nbc if ours_cold and nbc else None
        rw = ours_warm / nbw if ours_warm and nbw else None
        size = f"{a.feeds} feeds x {a.items} items"
        self.rows += [
            Row(f"(a) cold cycle, feeds only, {size}", "s", ours_cold, nbc, rc, "<= 0.5x newsboat",
                check(rc, "<=", 0.5), f"in-cycle {median([c.summary['seconds'] for c in cold]):.2f} s; "
                f"floor {self.floor_feeds:.2f} s; {_cpu_note([c.run for c in cold], nb_cold)}"
                f"{_spread_note('ours', [c.wall for c in cold])}{_spread_note('newsboat', [m.wall for m in nb_cold])}"),
            Row("(b) warm cycle, every feed 304", "s", ours_warm, nbw, rw, "<= 0.8x newsboat 3rd reload",
                check(rw, "<=", 0.8), f"in-cycle {median([c.summary['seconds'] for c in warm]):.2f} s; "
                f"floor {self.floor_304:.2f} s{_spread_note('ours', [c.wall for c in warm])}"
                f"{_spread_note('newsboat', [m.wall for m in nb_warm])}"),
        ]
        self.mem_rows = [
            Row("(f) peak memory, cold 300-feed cycle" if a.feeds == 300 else f"(f) peak memory, cold {a.feeds}-feed "
                "cycle", MB, median([c.run.peak_pss_mb for c in cold]), median([m.peak_pss_mb for m in nb_cold]),
                None, "<= 300 MB", check(median([c.run.peak_pss_mb for c in cold]), "<=", 300),
                "PSS of the process tree"),
            Row("(f) peak memory, warm cycle", MB, median([c.run.peak_pss_mb for c in warm]),
                median([m.peak_pss_mb for m in nb_warm]), None, "<= 300 MB",
                check(median([c.run.peak_pss_mb for c in warm]), "<=", 300)),
        ]

    # ------------------------------------------------------------------ full pipeline

    def pipeline(self) -> None:
        """(c) the full pipeline with article pages, against the trafilatura floor times the cores used."""
        a = self.args
        urls = self.farm.feed_urls(a.article_feeds)
        runs = []
        for run in range(a.runs):
            db = self.tmp / f"full-{run}.db"
            cfg = ours.write_config(self.tmp / f"full-{run}.toml", db, urls, concurrency=a.concurrency,
                                    fetch_articles=True)
            c = ours.cycle(cfg)
            for path in self.tmp.glob(f"full-{run}.db*"):
                path.unlink()
            rate = c.summary["articles_fetched"] / c.wall
            log(f"run {run + 1}: full pipeline {c.summary['articles_fetched']} articles in {c.wall:.1f} s "
                f"= {rate:.1f}/s")
            runs.append((rate, c))
        limit = 40 if a.quick else None
        floors = []
        for _ in range(a.runs):
            pages = [str(self.farm.root / "p"), *([str(limit)] if limit else [])]
            floors.append(self.child_json("cpu", "trafilatura", *pages)[0])
        cores = min(4, os.cpu_count() or 1)  # monitor's WorkerPool size: min(4, cpu_count)
        single = median([f["per_second"] for f in floors])
        ours_rate = median([r for r, _ in runs])
        floor_rate = single * cores if single else None
        ratio = ours_rate / floor_rate if ours_rate and floor_rate else None
        # The rate the CPU time spent would allow with every core busy from start to end: the most the work done
        # leaves room for, whatever the scheduling.
        ceiling = median([c.summary["articles_fetched"] * cores / c.run.tree_cpu_s for _, c in runs
                          if c.run.tree_cpu_s]) if runs else None
        self.raw["pipeline"] = {"runs": [{"rate": r, "wall": c.wall, "summary": c.summary,
                                          "peak_pss_mb": c.run.peak_pss_mb, "peak_breakdown": c.run.peak_breakdown,
                                          **_cpu(c.run)}
                                         for r, c in runs],
                                "trafilatura": floors, "cores": cores, "cpu_ceiling": ceiling}
        n = a.article_feeds * a.items
        self.rows.append(Row(f"(c) full pipeline, {n} articles, end to end", "articles/s", ours_rate, floor_rate,
                             ratio, ">= 0.8x trafilatura floor", check(ratio, ">=", 0.8),
                             f"floor = {single:.1f} pages/s single-process x {cores} cores; "
                             f"{_cpu_note([c.run for _, c in runs])}"
                             + (f"; the CPU spent allows at most {ceiling:.0f}/s on {cores} cores "
                                f"({ceiling / floor_rate:.2f}x floor)" if ceiling and floor_rate else "")))
        self.mem_rows.append(Row(f"(f) peak memory, full pipeline ({n} articles)", MB,
                                 median([c.run.peak_pss_mb for _, c in runs]), note="PSS, workers included"))
        if a.full_farm:
            cfg = ours.write_config(self.tmp / "farm-full.toml", self.tmp / "farm-full.db", self.farm.feed_urls(),
                                    concurrency=a.concurrency, fetch_articles=True)
            c = ours.cycle(cfg)
            rate = c.summary["articles_fetched"] / c.wall
            log(f"whole farm with articles: {c.summary['articles_fetched']} in {c.wall:.1f} s = {rate:.1f}/s")
            self.raw["full_farm"] = {"wall": c.wall, "summary": c.summary, "peak_pss_mb": c.run.peak_pss_mb,
                                     "peak_breakdown": c.run.peak_breakdown}
            self.rows.append(Row(f"(c) whole farm with articles, {a.feeds * a.items} (1 run)", "articles/s", rate,
                                 floor_rate, rate / floor_rate if floor_rate else None, ">= 0.8x trafilatura floor",
                                 check(rate / floor_rate if floor_rate else None, ">=", 0.8), f"{c.wall:.0f} s"))
            self.mem_rows.append(Row(f"(f) peak memory, {a.feeds}-feed cycle with articles (1 run)", MB,
                                     c.run.peak_pss_mb, target="<= 300 MB", passed=check(c.run.peak_pss_mb, "<=", 300)))

    # ------------------------------------------------------------------ extractor

    def extractor(self) -> None:
        """(d) the rules engine's rate on one core."""
        seconds = 1.0 if self.args.quick else 3.0
        results = []
        for _ in range(self.args.runs):
            results.append(self.child_json("cpu", "extract", str(seconds)))
        self.raw["extractor"] = [dict(r, peak_pss_mb=m.peak_pss_mb) for r, m in results]
        rate = median([r["per_second"] for r, _ in results])
        self.rows.append(Row("(d) extractor, 3 KB texts, mixed 1:4", "articles/s/core", rate,
                             target=">= 2,000", passed=check(rate, ">=", 2000), note="CPU time, one process"))
        self.mem_rows.append(Row("(f) peak memory, extractor", MB, median([m.peak_pss_mb for _, m in results])))

    # ------------------------------------------------------------------ TUI

    def tui(self) -> None:
        """(e) time to first paint with the archive stored, and key latency during a cycle against the farm."""
        a = self.args
        archive = self.tmp / "archive.db"
        log(f"building a TUI archive of {a.tui_entries:,} entries")
        self.child_json("tui", "build", str(archive), str(a.tui_entries))
        paints, keys = [], []
        for run in range(a.runs):
            db = self.tmp / f"tui-{run}.db"
            tui.copy_db(archive, db)
            cfg = ours.write_config(self.tmp / f"tui-{run}.toml", db, self.farm.feed_urls(),
                                    concurrency=a.concurrency, fetch_articles=True)
            paints.append(self.child_json("tui", "paint", str(cfg), repr(time.time())))
            keys.append(self.child_json("tui", "keys", str(cfg), str(a.presses), "--seed", str(run)))
            log(f"run {run + 1}: first paint {paints[-1][0]['first_paint']:.3f} s; key latency median "
                f"{keys[-1][0]['median'] * 1000:.1f} ms, p95 {keys[-1][0]['p95'] * 1000:.1f} ms, "
                f"max {keys[-1][0]['max'] * 1000:.1f} ms over {keys[-1][0]['presses']} presses")
            for path in self.tmp.glob(f"tui-{run}.db*"):
                path.unlink()
        self.raw["tui"] = {"paint": [dict(r, peak_pss_mb=m.peak_pss_mb) for r, m in paints],
                           "keys": [dict(r, peak_pss_mb=m.peak_pss_mb, peak_breakdown=m.peak_breakdown)
                                    for r, m in keys]}
        first = median([r["first_paint"] for r, _ in paints])
        p95 = median([r["p95"] * 1000 for r, _ in keys])
        tui_peak = median([m.peak_pss_mb for _, m in keys])
        self.rows += [
            Row(f"(e) TUI first paint, {a.tui_entries:,} entries", "s", first, target="<= 1 s",
                passed=check(first, "<=", 1.0), note="process start to first row drawn"),
            Row("(e) key latency during a cycle, p95", "ms", p95, target="<= 50 ms", passed=check(p95, "<=", 50),
                note=f"median {median([r['median'] * 1000 for r, _ in keys]):.1f} ms, "
                     f"worst {max(r['max'] for r, _ in keys) * 1000:.0f} ms, "
                     f"{median([r['presses'] for r, _ in keys]):.0f} presses a run, "
                     f"{sum(r['timeouts'] for r, _ in keys)} not drawn within 5 s"),
        ]
        self.mem_rows += [
            Row("(f) peak memory, TUI first paint", MB, median([m.peak_pss_mb for _, m in paints])),
            Row("(f) peak memory, TUI during a cycle", MB, tui_peak, target="<= 300 MB",
                passed=check(tui_peak, "<=", 300),
                note=f"TUI, poller and workers; first {a.presses} presses of a {a.feeds}-feed cycle with articles"),
        ]

    # ------------------------------------------------------------------ profiles

    def profile(self, folder: Path) -> None:
        """pyinstrument text reports of one cold and one warm feeds-only cycle."""
        folder.mkdir(parents=True, exist_ok=True)
        cfg = ours.write_config(self.tmp / "profile.toml", self.tmp / "profile.db", self.farm.feed_urls(),
                                concurrency=self.args.concurrency, fetch_articles=False)
        for name in ("cold", "warm"):
            out = folder / f"{name}.txt"
            ours.cycle(cfg, [sys.executable, "-m", "pyinstrument", "-r", "text", "-o", str(out)])
            log(f"profile of the {name} cycle: {out}")


def main(argv: list[str] | None = None) -> int:
    """Generate the farm, serve it, measure everything, print the table and optionally write JSON."""
    args = options(argv)
    # A plain kill must still stop nginx and remove the temp dir: turn SIGTERM into SystemExit.
    signal.signal(signal.SIGTERM, lambda _sig, _frame: sys.exit(143))
    shared = farm.shared_dir()
    if shared is None:
        log("the shared fixtures are missing: put ../shared beside the checkout or set MONITOR_SHARED")
        return 2
    info = machine(args.rev)
    log(f"machine: {info}")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="monitor-perf-") as name:
        tmp = Path(name)
        if args.rev:
            ours.SOURCE = export(args.rev, tmp / "src")
            log(f"measuring monitor at {args.rev} ({info['monitor_commit']}), exported to {ours.SOURCE}")
        compile_source(ours.SOURCE)
        warm_pattern_cache(tmp)
        port = servers.free_port()
        the_farm = farm.build(tmp / "farm", shared, args.feeds, args.items, f"http://127.0.0.1:{port}")
        log(f"farm: {args.feeds} feeds x {args.items} items, {the_farm.pages} real pages, in {tmp / 'farm'}")
        with serve(args.server, tmp / "farm", tmp / "server", port) as served:
            info["server"] = served.description
            log(f"server: {served.description}")
            h = Harness(args, the_farm, tmp, served)
            if args.only is None:
                h.floor()
                h.cycles()
                h.pipeline()
                h.extractor()
            h.tui()
            if args.profile:
                h.profile(args.profile)
    rows = h.rows + h.mem_rows
    print(f"\nmonitor {info['monitor_commit']} on {info['cpus']} x {info['cpu_model']}, {info['ram_gb']} GB RAM, "
          f"Python {info['python']}; {info['server']}; {info['newsboat'] or 'no newsboat'}")
    print(f"median of {args.runs} run(s); concurrency {args.concurrency}; "
          f"the server and the client share the machine's {info['cpus']} cores\n")
    print(table(rows))
    cold = median([c.summary["seconds"] for c in h.cold])
    raw = median([r["requests"] / r["seconds"] for r in h.raw.get("floor", {}).get("feeds", []) if r["seconds"]])
    if cold and raw:
        print(f"\nthe server is not the bottleneck: it answers {raw:,.0f} feed requests a second with no parsing; "
              f"our cold cycle asks for {args.feeds / cold:,.0f} a second")
    missed = [r.name for r in rows if r.passed is False]
    print(f"\n{len(missed)} target(s) missed" + (": " + "; ".join(missed) if missed else ""))
    log(f"took {time.perf_counter() - started:.0f} s")
    if args.json:
        args.json.write_text(json.dumps({"machine": info, "args": {k: str(v) for k, v in vars(args).items()},
                                         "rows": as_json(rows), "raw": h.raw}, indent=1), encoding="utf-8")
    return 0
