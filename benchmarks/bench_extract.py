"""Extraction speed: articles per second on one core for report-sized (about 3 KB) texts.

Run: python benchmarks/bench_extract.py [--seconds N]. Uses the shared seed and dev texts when
present (../shared beside the checkout), else built-in sentences; prints the figure.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from monitor.extract import extract

SHARED = Path(__file__).resolve().parents[2] / "shared"

_FALLBACK = (
    "Russia launched 120 drones and 8 missiles at Ukraine overnight, the air force said. "
    "Air defences shot down 97 of the drones and six missiles; 15 drones were lost locally. "
    "Two people were killed and 11 injured in Kharkiv, the regional governor said. "
    "Russia's defence ministry said it destroyed 40 Ukrainian drones over the Belgorod region. "
    "Talks between the two sides are expected to resume next week in Istanbul, officials said. "
)


def _texts() -> list[str]:
    texts: list[str] = []
    seeds = SHARED / "fixtures" / "seeds"
    if seeds.exists():
        texts += [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    dev = SHARED / "fixtures" / "reports" / "dev.jsonl"
    if dev.exists():
        texts += [json.loads(line)["text"] for line in dev.read_text(encoding="utf-8").splitlines() if line]
    if not texts:
        texts = [_FALLBACK]
    sized = []
    for text in texts:
        while len(text) < 3000:
            text = text + "\n" + text
        sized.append(text[:3000])
    return sized


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args()
    texts = _texts()
    extract(texts[0])  # load the gazetteer and warm caches
    n = 0
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < args.seconds:
        for text in texts:
            extract(text)
        n += len(texts)
    elapsed = time.perf_counter() - t0
    size = sum(len(t) for t in texts) / len(texts)
    print(f"extract: {n / elapsed:,.0f} articles/s ({size:,.0f} chars each, {n} articles, one core)")


if __name__ == "__main__":
    main()
