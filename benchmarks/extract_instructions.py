"""Instructions the rules engine runs a pass over a fixed corpus, counted by valgrind: a speed figure that other load
on the machine does not move.

Run: python benchmarks/extract_instructions.py [--tree DIR]   (needs valgrind; about 40 s)

Timings on a shared machine move by 10 % from run to run, more than most changes to the engine's speed. valgrind's
cachegrind counts the instructions the process runs, the same to 0.1 % every time, so two commits can be compared
with one run each (`--tree` measures another checkout, a `git worktree` of the other commit). Instructions are not
time: a change that spares re's tight matching loops saves fewer seconds than instructions (the first round of this
work, in session 75, took 16 % of the instructions and 9 to 10 % of the CPU time). The corpus is the benchmark's
attack reports (bench_extract.attack_texts) and every 40th text of the project's blind sets; the figure is one pass
over it, warm (pass 3 less pass 1, halved), in millions.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: Every how many-th blind-set text the corpus takes, beside the benchmark's attack reports.
EVERY = 40


def corpus(tree: Path) -> list[str]:
    """The benchmark's attack reports and every EVERY-th text of the blind sets of the tree (whose benchmarks package
    the child imports, as the tree is first on its path)."""
    from benchmarks.bench_extract import attack_texts

    texts = attack_texts()
    blind: list[str] = []
    for path in sorted((tree / "tests" / "data").glob("extract_holdout*.jsonl")):
        blind += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts + blind[::EVERY]


def child(passes: int) -> None:
    """Extract every text of the corpus `passes` times (run under valgrind by the parent)."""
    from monitor.extract.engine import _extract

    texts = corpus(Path(os.environ.get("MONITOR_TREE", ROOT)))
    print(len(texts))
    for _ in range(passes):
        for text in texts:
            _extract(text)


def instructions(tree: Path, passes: int) -> tuple[int, int]:
    """Instructions valgrind counts for a child process of `passes` passes with the tree's engine, and the number of
    texts a pass reads."""
    env = {**os.environ, "PYTHONPATH": str(tree), "MONITOR_TREE": str(tree)}
    run = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                          sys.executable, __file__, "--child", str(passes)], env=env, capture_output=True, text=True,
                         check=True)
    found = re.search(r"I\s+refs:\s+([\d,]+)", run.stderr)
    if found is None:
        raise RuntimeError(f"valgrind printed no instruction count: {run.stderr.strip()[-200:]}")
    return int(found.group(1).replace(",", "")), int(run.stdout.split()[0])


def main() -> int:
    """Print the engine's instructions a pass over the corpus, in millions."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tree", type=Path, default=ROOT, help="the checkout whose engine to measure (default: this)")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        child(args.child)
        return 0
    if shutil.which("valgrind") is None:
        print("extract_instructions: valgrind is not installed (Debian's package valgrind)", file=sys.stderr)
        return 1
    tree = args.tree.resolve()
    (one, texts), (three, _) = instructions(tree, 1), instructions(tree, 3)
    print(f"extract: {(three - one) / 2 / 1e6:,.1f} M instructions a pass over {texts} texts ({tree})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
