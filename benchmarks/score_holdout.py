"""Score `monitor extract` on the held-out report set (tests/data/extract_holdout.jsonl).

Run: python benchmarks/score_holdout.py [--verbose]

Writes each report's text to `<id>.txt` in a temporary directory, runs
`.venv/bin/python -m monitor extract --json` on them, and prints the output of
the shared scorer (../shared/tools/score_extract.py beside the checkout).
`--verbose` is passed through to the scorer (one line per disagreeing figure).

The set was written blind to the engine's rules, following the annotation
conventions of ../shared/fixtures/reports/dev.jsonl; each item's `notes`
explain its judgement calls.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
GOLD = ROOT / "tests" / "data" / "extract_holdout.jsonl"


def _python() -> str:
    venv = ROOT / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


def main(argv: list[str]) -> int:
    scorer = SHARED / "tools" / "score_extract.py"
    if not scorer.exists():
        print(f"score_holdout: scorer not found at {scorer} (needs ../shared beside the checkout)", file=sys.stderr)
        return 2
    if not GOLD.exists():
        print(f"score_holdout: {GOLD} not found", file=sys.stderr)
        return 2
    items = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    with tempfile.TemporaryDirectory(prefix="holdout-") as tmp:
        tmpdir = Path(tmp)
        paths = []
        for item in items:
            path = tmpdir / f"{item['id']}.txt"
            path.write_text(item["text"], encoding="utf-8")
            paths.append(str(path))
        run = subprocess.run(
            [_python(), "-m", "monitor", "extract", "--json", *paths],
            cwd=ROOT, capture_output=True, text=True,
        )
        if run.returncode != 0:
            print(f"score_holdout: monitor extract exited {run.returncode}", file=sys.stderr)
            print(run.stderr, file=sys.stderr)
            return 1
        pred = tmpdir / "predictions.jsonl"
        pred.write_text(run.stdout, encoding="utf-8")
        args = [sys.executable, str(scorer), str(GOLD), str(pred)]
        if "--verbose" in argv:
            args.append("--verbose")
        return subprocess.run(args).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
