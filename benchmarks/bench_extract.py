"""Extraction speed: articles per second on one core for report-sized (about 3 KB) texts.

Run: python benchmarks/bench_extract.py [--seconds N] [--runs N]. Prints four figures: attack reports
(the shared seed and dev texts), other news (the shared real article pages' main texts that are not
attack reports), a mixed corpus of one attack report to four other articles, about what a news
feed carries, and war news that reports no attack (the project's own blind-set texts annotated with
none). Few of the other news name this war, and the engine turns those down before reading their
sentences; war news has to be read through, which the fourth figure shows. Built-in sentences stand in
where the shared fixtures are missing. Time is CPU time of this process on one core, so other load on
the machine counts against the engine only through shared caches; each figure is the median of several
runs, with their range.

The short reports are repeated to make 3 KB texts, so a text holds the same sentences several times:
an engine that memoised sentences within a text would look faster here than on real reports.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from monitor.extract import extract

SHARED = Path(__file__).resolve().parents[2] / "shared"
REPO_DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
SIZE = 3000

_FALLBACK_ATTACK = (
    "Russia launched 120 drones and 8 missiles at Ukraine overnight, the air force said. "
    "Air defences shot down 97 of the drones and six missiles; 15 drones were lost locally. "
    "Two people were killed and 11 injured in Kharkiv, the regional governor said. "
    "Russia's defence ministry said it destroyed 40 Ukrainian drones over the Belgorod region. "
    "Talks between the two sides are expected to resume next week in Istanbul, officials said. "
)
_FALLBACK_OTHER = (
    "The central bank kept its key rate at 15 percent on Thursday, citing slowing inflation. "
    "Analysts had expected the decision; 12 of 14 economists polled forecast no change. "
    "Grain exports rose by 8 percent in the first quarter, the ministry said, helped by a mild winter. "
    "The festival in Lviv drew more than 20,000 visitors over three days, organisers said. "
)


def _sized(texts: list[str]) -> list[str]:
    """Each text cut or repeated to SIZE characters, as the benchmark has always measured."""
    out = []
    for text in texts:
        if not text.strip():
            continue
        while len(text) < SIZE:
            text = text + "\n" + text
        out.append(text[:SIZE])
    return out


def attack_texts() -> list[str]:
    """The seed and dev reports, about 3 KB each."""
    texts: list[str] = []
    seeds = SHARED / "fixtures" / "seeds"
    if seeds.exists():
        texts += [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    dev = SHARED / "fixtures" / "reports" / "dev.jsonl"
    if dev.exists():
        texts += [json.loads(line)["text"] for line in dev.read_text(encoding="utf-8").splitlines() if line]
    return _sized(texts or [_FALLBACK_ATTACK])


def other_texts() -> list[str]:
    """Main texts of real article pages that the engine does not take for attack reports."""
    truth = SHARED / "fixtures" / "real" / "articles" / "ground-truth.json"
    texts: list[str] = []
    if truth.exists():
        for item in json.loads(truth.read_text(encoding="utf-8")).values():
            body = item.get("articleBody") or ""
            if len(body) > 500 and not extract(body).is_attack_report:
                texts.append(body)
    return _sized(texts or [_FALLBACK_OTHER])


def war_texts() -> list[str]:
    """The project's own blind-set texts about the war that tell of no attack (annotated with none)."""
    texts: list[str] = []
    for path in sorted(REPO_DATA.glob("extract_holdout*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line) if line.strip() else {}
            if item.get("attacks") == []:
                texts.append(item["text"])
    return _sized(texts or [_FALLBACK_OTHER])


def mixed_texts(attacks: list[str], others: list[str]) -> list[str]:
    """One attack report to four other articles, about what a news feed carries."""
    mixed: list[str] = []
    for i, text in enumerate(attacks):
        mixed.append(text)
        mixed += [others[(4 * i + k) % len(others)] for k in range(4)]
    return mixed


def rate(texts: list[str], seconds: float) -> float:
    """Articles per CPU second over the texts, repeated for at least `seconds` of CPU time."""
    n = 0
    t0 = time.process_time()
    while time.process_time() - t0 < seconds:
        for text in texts:
            extract(text)
        n += len(texts)
    return n / (time.process_time() - t0)


def main() -> None:
    """Print articles per second for attack reports, other news, a realistic mix and war news of no attack."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=1.0, help="CPU seconds per run (default 1)")
    parser.add_argument("--runs", type=int, default=5, help="runs per corpus; the median is printed (default 5)")
    args = parser.parse_args()
    attacks = attack_texts()
    others = other_texts()
    mixed = mixed_texts(attacks, others)
    extract(attacks[0])  # load the gazetteer before timing
    print(f"extract: articles per CPU second on one core, median of {args.runs} runs of {args.seconds:g} s")
    corpora = (("attack reports", attacks), ("other news", others), ("mix 1:4", mixed), ("war, no attack", war_texts()))
    for name, texts in corpora:
        rates = sorted(rate(texts, args.seconds) for _ in range(max(1, args.runs)))
        size = sum(len(t) for t in texts) / len(texts)
        print(f"  {name:<15} {statistics.median(rates):>7,.0f}/s   (runs {rates[0]:,.0f} to {rates[-1]:,.0f};"
              f" {len(texts)} texts of {size:,.0f} chars)")


if __name__ == "__main__":
    main()
