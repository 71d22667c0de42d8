"""Oracle for refactoring the rules engine: dump its contract output over a fixed corpus and compare runs.

Run: python benchmarks/extract_oracle.py --save /tmp/oracle_base.jsonl   (on the commit to compare against)
     python benchmarks/extract_oracle.py --check /tmp/oracle_base.jsonl  (after a change: must be identical)

The corpus is the seeds, the dev and holdout reports, the benchmark texts, the main texts of the shared real
article pages and the Kyiv Independent feed items, plus texts generated from their sentences with a fixed
seed (sentences shuffled and recombined, numbers swapped, words dropped, case and quotes changed). Each line
is one text's `is_attack_report` and attacks in contract form, as JSON with sorted keys. The engine's inner
function is called without its never-raise wrapper, so a crash shows as a crash.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import time
from pathlib import Path

# The engine of the tree this file is in, not whichever one is installed (a scratch copy or a compiled build
# checks itself), and the benchmark's own texts.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks import bench_extract
from monitor.extract.engine import _extract

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIXTURES = SHARED / "fixtures"
GENERATED = 5000
SEED = 20240611

_SENTENCE_RE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"'”’)]*|\n+|$)")
_NUMBER_RE = re.compile(r"\b\d[\d,]*\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|"
                        r"thirty|forty|fifty|a dozen|both)\b", re.IGNORECASE)
_NUMBERS = ("1", "2", "3", "7", "9", "11", "12", "19", "24", "40", "48", "67", "90", "120", "300", "574", "741",
            "1,200", "2024", "one", "two", "three", "five", "nine", "twenty-two", "a dozen", "both",
            "more than 300", "at least 9", "over 20", "six out of seven", "all 31", "another 14", "a record 479")
_INSERTS = ("drones", "missiles", "of them", "were shot down", "killed", "injured", "in Kharkiv", "over Kyiv",
            "the air force said", "lost locally", "Shahed", "Kh-101", "people", "in total", "including",
            "on Sunday", "Separately,", "the previous record of", "guided bombs", "Russia's defence ministry said",
            "İstanbul", "“lost”", "(", ")", ";", " - ", "age 5", "aged 64 to 70", "toll rose to")


def _feed_items(path: Path) -> list[str]:
    """Title and summary (and content, where given) of every item of a feed file."""
    import feedparser

    parsed = feedparser.parse(path.read_bytes())
    out: list[str] = []
    for entry in parsed.entries:
        out.append(f"{entry.get('title', '')}\n\n{entry.get('summary', '')}")
        for content in entry.get("content", []):
            out.append(f"{entry.get('title', '')}\n\n{content.get('value', '')}")
    return out


def base_corpus() -> list[tuple[str, str]]:
    """(name, text) of the fixed texts, in a stable order."""
    out: list[tuple[str, str]] = []
    for p in sorted((FIXTURES / "seeds").glob("*.txt")):
        out.append((f"seed/{p.name}", p.read_text(encoding="utf-8")))
    for line in (FIXTURES / "reports" / "dev.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            out.append((f"dev/{item['id']}", item["text"]))
    for line in (ROOT / "tests" / "data" / "extract_holdout.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            out.append((f"holdout/{item['id']}", item["text"]))
    for i, text in enumerate(bench_extract.attack_texts()):
        out.append((f"bench-attack/{i}", text))
    for i, text in enumerate(bench_extract.other_texts()):
        out.append((f"bench-other/{i}", text))
    truth = json.loads((FIXTURES / "real" / "articles" / "ground-truth.json").read_text(encoding="utf-8"))
    for key in sorted(truth):
        out.append((f"article/{key[:12]}", truth[key].get("articleBody") or ""))
    for i, text in enumerate(_feed_items(FIXTURES / "real" / "feeds" / "kyivindependent-1.xml")):
        out.append((f"kyivindependent/{i}", text))
    return out


def _mutate(sentence: str, rng: random.Random) -> str:
    """One sentence with a random change or none: a number swapped, a word dropped, a phrase inserted ..."""
    roll = rng.random()
    if roll < 0.25:
        nums = list(_NUMBER_RE.finditer(sentence))
        if nums:
            m = rng.choice(nums)
            return sentence[:m.start()] + rng.choice(_NUMBERS) + sentence[m.end():]
    words = sentence.split(" ")
    if roll < 0.4 and len(words) > 3:
        del words[rng.randrange(len(words))]
    elif roll < 0.55:
        words.insert(rng.randrange(len(words) + 1), rng.choice(_INSERTS))
    elif roll < 0.6:
        i = rng.randrange(len(words))
        words[i] = words[i].upper() if rng.random() < 0.5 else words[i].lower()
    elif roll < 0.65 and len(words) > 2:
        i = rng.randrange(len(words) - 1)
        words[i], words[i + 1] = words[i + 1], words[i]
    return " ".join(words)


def generated_corpus(texts: list[str], count: int = GENERATED, seed: int = SEED) -> list[tuple[str, str]]:
    """Texts recombined and mutated from the sentences of the fixed texts (attack-like sentences favoured)."""
    rng = random.Random(seed)
    pool: list[str] = []
    for text in texts:
        pool += [m.group(0).strip() for m in _SENTENCE_RE.finditer(text) if len(m.group(0).strip()) > 3]
    pool = sorted(set(pool))
    hot = [s for s in pool if re.search(r"\d|drone|missile|killed|injur|shot down|attack", s, re.IGNORECASE)]
    out: list[tuple[str, str]] = []
    for i in range(count):
        n = rng.randint(1, 24)
        picked = [rng.choice(hot) if rng.random() < 0.75 else rng.choice(pool) for _ in range(n)]
        sentences = [_mutate(s, rng) for s in picked]
        sep = rng.choice((" ", " ", "\n", "\n\n"))
        out.append((f"gen/{i}", sep.join(sentences)))
    return out


def corpus() -> list[tuple[str, str]]:
    """The whole oracle corpus: the fixed texts, then the generated ones."""
    base = base_corpus()
    return base + generated_corpus([t for _, t in base])


def dump_line(name: str, text: str) -> str:
    """One text's contract output as a JSON line with sorted keys."""
    report = _extract(text)
    return json.dumps({"name": name, "sha": hashlib.sha1(text.encode()).hexdigest()[:10],
                       "is_attack_report": report.is_attack_report,
                       "attacks": [a.to_contract() for a in report.attacks]}, sort_keys=True, ensure_ascii=False)


def main() -> int:
    """Save or check the oracle output."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="write the output to this file")
    group.add_argument("--check", type=Path, help="compare the output with this file")
    parser.add_argument("--show", type=int, default=5, help="differences to print (default 5)")
    args = parser.parse_args()
    items = corpus()
    t0 = time.process_time()
    lines = [dump_line(name, text) for name, text in items]
    cpu = time.process_time() - t0
    attacks = sum(1 for line in lines if '"is_attack_report": true' in line)
    print(f"oracle: {len(lines)} texts ({attacks} attack reports), {cpu:.1f} s CPU", file=sys.stderr)
    if args.save:
        args.save.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"oracle: saved to {args.save}", file=sys.stderr)
        return 0
    base = args.check.read_text(encoding="utf-8").splitlines()
    if len(base) != len(lines):
        print(f"oracle: {len(base)} lines in {args.check}, {len(lines)} now: corpus changed", file=sys.stderr)
        return 1
    diffs = [(i, old, new) for i, (old, new) in enumerate(zip(base, lines, strict=True)) if old != new]
    for i, old, new in diffs[:args.show]:
        print(f"--- {items[i][0]}\n  text: {items[i][1][:300]!r}\n  base: {old}\n  now:  {new}")
    print(f"oracle: {len(diffs)} of {len(lines)} texts differ" if diffs else "oracle: identical", file=sys.stderr)
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
