"""The engine scored against the shared annotations: seeds must be perfect, dev has a rising floor."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from monitor.extract import extract

SHARED = Path(__file__).resolve().parents[2] / "shared"
SCORER = SHARED / "tools" / "score_extract.py"
SEEDS = SHARED / "fixtures" / "seeds"
DEV = SHARED / "fixtures" / "reports" / "dev.jsonl"
HOLDOUT = Path(__file__).resolve().parent / "data" / "extract_holdout.jsonl"
#: A second set written blind to the rules (session 11), scored before they were changed for it: 0.855 / 0.875.
HOLDOUT_2 = Path(__file__).resolve().parent / "data" / "extract_holdout2.jsonl"
#: A third, written blind to the rules in session 12 like the dev set's sources (wire copy on aggregator sites),
#: scored before they were changed for it: 0.833 / 0.93.
HOLDOUT_3 = Path(__file__).resolve().parent / "data" / "extract_holdout3.jsonl"
#: A fourth, written blind at the end of session 12 after the rules for the third: 0.893 / 0.85.
HOLDOUT_4 = Path(__file__).resolve().parent / "data" / "extract_holdout4.jsonl"
#: A fifth, written blind in session 13 with more Russian-side, older and multi-attack reports: 0.820 / 0.89 before
#: that session's rules, 0.846 / 0.90 after those written for the fourth.
HOLDOUT_5 = Path(__file__).resolve().parent / "data" / "extract_holdout5.jsonl"
#: A sixth, written blind in session 13 with many reports of two attacks or more, scored after that session's rules:
#: 0.829 / 0.92 (0.842 / 0.94 once two regressions it showed were mended); session 14's rules, read from its
#: misses, took it to 0.967 / 0.95.
HOLDOUT_6 = Path(__file__).resolve().parent / "data" / "extract_holdout6.jsonl"
#: A seventh, written blind in session 14 while that session's rules were written from the sixth: 0.873 / 0.86 for
#: session 13's rules, 0.887 / 0.87 for session 14's first; the rules then read from its misses took it to 0.939.
HOLDOUT_7 = Path(__file__).resolve().parent / "data" / "extract_holdout7.jsonl"
#: An eighth and a ninth, written blind in session 15 (the ninth with wire copy and live blogs): 0.796 / 0.89 and
#: 0.858 / 0.88 for session 14's rules; the rules then read from the eighth's misses took the ninth, still unread,
#: to 0.855, and the rules read from both took them to 0.856 and 0.910.
HOLDOUT_8 = Path(__file__).resolve().parent / "data" / "extract_holdout8.jsonl"
HOLDOUT_9 = Path(__file__).resolve().parent / "data" / "extract_holdout9.jsonl"
#: A tenth, written blind in session 16 (digests of a week, two nights told by their dates, both sides in one
#: sentence): 0.877 / 0.91 with that session's first rules; the rules then read from its misses took it to 0.969.
HOLDOUT_10 = Path(__file__).resolve().parent / "data" / "extract_holdout10.jsonl"
#: An eleventh and a twelfth, written blind in session 17 (the eleventh of 2022-2023, the twelfth of 2024-2026):
#: 0.884 / 0.89 and 0.873 / 0.93 with session 16's rules; the rules then read from their misses took them to 0.939
#: and 0.959.
HOLDOUT_11 = Path(__file__).resolve().parent / "data" / "extract_holdout11.jsonl"
HOLDOUT_12 = Path(__file__).resolve().parent / "data" / "extract_holdout12.jsonl"

#: Floors that only go up: the dev scores achieved, rounded down a little.
DEV_FIGURES_F1 = 0.96
DEV_PLACES_F1 = 0.95
HOLDOUT_FIGURES_F1 = 0.97
HOLDOUT_PLACES_F1 = 0.95
HOLDOUT_2_FIGURES_F1 = 0.96
HOLDOUT_2_PLACES_F1 = 0.90
HOLDOUT_3_FIGURES_F1 = 0.95
HOLDOUT_3_PLACES_F1 = 0.93
HOLDOUT_4_FIGURES_F1 = 0.96
HOLDOUT_4_PLACES_F1 = 0.90
HOLDOUT_5_FIGURES_F1 = 0.95
HOLDOUT_5_PLACES_F1 = 0.91
HOLDOUT_6_FIGURES_F1 = 0.97
HOLDOUT_6_PLACES_F1 = 0.94
HOLDOUT_7_FIGURES_F1 = 0.95
HOLDOUT_7_PLACES_F1 = 0.87
HOLDOUT_8_FIGURES_F1 = 0.86
HOLDOUT_8_PLACES_F1 = 0.89
HOLDOUT_9_FIGURES_F1 = 0.91
HOLDOUT_9_PLACES_F1 = 0.88
HOLDOUT_10_FIGURES_F1 = 0.97
HOLDOUT_10_PLACES_F1 = 0.94
HOLDOUT_11_FIGURES_F1 = 0.93
HOLDOUT_11_PLACES_F1 = 0.91
HOLDOUT_12_FIGURES_F1 = 0.95
HOLDOUT_12_PLACES_F1 = 0.93

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason=f"shared fixtures not found at {SHARED}")


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_extract", SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("score_extract", module)
    spec.loader.exec_module(module)
    return module


def _prediction(source: str, text: str) -> dict[str, object]:
    report = extract(text)
    return {"source": source, "is_attack_report": report.is_attack_report,
            "attacks": [a.to_contract() for a in report.attacks]}


def test_seeds_are_perfect() -> None:
    gold = [json.loads(line) for line in (SEEDS / "annotations.jsonl").read_text().splitlines() if line.strip()]
    preds = [_prediction(p.name, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    result = _scorer().score(gold, preds)
    assert result["missing"] == 0
    assert result["figures"][2] == 1.0, result["counts"]
    assert result["places"][2] == 1.0


@pytest.mark.skipif(not DEV.exists(), reason="dev reports not found")
def test_dev_floor() -> None:
    gold = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    preds = [_prediction(f"{item['id']}.txt", item["text"]) for item in gold]
    result = _scorer().score(gold, preds)
    assert result["figures"][2] >= DEV_FIGURES_F1, result["counts"]
    assert result["places"][2] >= DEV_PLACES_F1, result["places"]


@pytest.mark.parametrize(("path", "figures_f1", "places_f1"), [
    (HOLDOUT, HOLDOUT_FIGURES_F1, HOLDOUT_PLACES_F1),
    (HOLDOUT_2, HOLDOUT_2_FIGURES_F1, HOLDOUT_2_PLACES_F1),
    (HOLDOUT_3, HOLDOUT_3_FIGURES_F1, HOLDOUT_3_PLACES_F1),
    (HOLDOUT_4, HOLDOUT_4_FIGURES_F1, HOLDOUT_4_PLACES_F1),
    (HOLDOUT_5, HOLDOUT_5_FIGURES_F1, HOLDOUT_5_PLACES_F1),
    (HOLDOUT_6, HOLDOUT_6_FIGURES_F1, HOLDOUT_6_PLACES_F1),
    (HOLDOUT_7, HOLDOUT_7_FIGURES_F1, HOLDOUT_7_PLACES_F1),
    (HOLDOUT_8, HOLDOUT_8_FIGURES_F1, HOLDOUT_8_PLACES_F1),
    (HOLDOUT_9, HOLDOUT_9_FIGURES_F1, HOLDOUT_9_PLACES_F1),
    (HOLDOUT_10, HOLDOUT_10_FIGURES_F1, HOLDOUT_10_PLACES_F1),
    (HOLDOUT_11, HOLDOUT_11_FIGURES_F1, HOLDOUT_11_PLACES_F1),
    (HOLDOUT_12, HOLDOUT_12_FIGURES_F1, HOLDOUT_12_PLACES_F1),
], ids=["holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9",
        "holdout10", "holdout11", "holdout12"])
def test_holdout_floor(path: Path, figures_f1: float, places_f1: float) -> None:
    gold = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    preds = [_prediction(f"{item['id']}.txt", item["text"]) for item in gold]
    result = _scorer().score(gold, preds)
    assert result["missing"] == 0
    assert result["figures"][2] >= figures_f1, result["counts"]
    assert result["places"][2] >= places_f1, result["places"]
