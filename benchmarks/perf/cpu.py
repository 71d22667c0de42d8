"""CPU-bound figures, each run in a fresh process: the extractor's rate and the trafilatura floor.

`extract SECONDS`: articles a CPU second of monitor.extract on the mixed 1:4
corpus of benchmarks/bench_extract.py (3 KB texts). `trafilatura DIR [LIMIT]`:
pages a second of monitor.fetch.text.html_to_text (trafilatura with our
options) over the farm's pages, one process, one core.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def extractor_rate(seconds: float) -> dict[str, float]:
    """Articles a CPU second on one core, for the mixed corpus of one attack report to four other articles."""
    from benchmarks.bench_extract import attack_texts, mixed_texts, other_texts, rate
    from monitor.extract import extract

    mixed = mixed_texts(attack_texts(), other_texts())
    extract(mixed[0])  # load the gazetteer and compile the patterns first
    per_s = rate(mixed, seconds)
    return {"per_second": per_s, "articles": round(per_s * seconds), "chars": sum(map(len, mixed)) / len(mixed)}


def trafilatura_rate(folder: Path, limit: int | None) -> dict[str, float]:
    """Pages a second of our trafilatura call over the farm's pages, wall and CPU time."""
    from monitor.fetch.text import html_to_text

    pages = [p.read_bytes() for p in sorted(folder.glob("*.html"), key=lambda p: int(p.stem))][:limit]
    html_to_text(pages[0], None)  # imports and first-call set-up are not what the floor measures
    wall, cpu = time.perf_counter(), time.process_time()
    for page in pages:
        html_to_text(page, None)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {"per_second": len(pages) / wall, "per_cpu_second": len(pages) / cpu, "pages": len(pages)}


def main() -> None:
    """Child-process entry; prints one JSON line."""
    what = sys.argv[1]
    if what == "extract":
        result = extractor_rate(float(sys.argv[2]))
    else:
        result = trafilatura_rate(Path(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else None)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
