"""Pinned quality floors on the hand-made event gold (tests/gold/events)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "tests" / "gold" / "events"
GOLD = GOLD_DIR / "gold.jsonl"
HELDOUT = GOLD_DIR / "heldout.jsonl"
HELDOUT2 = GOLD_DIR / "heldout2.jsonl"
HELDOUT3 = GOLD_DIR / "heldout3.jsonl"
HELDOUT4 = GOLD_DIR / "heldout4.jsonl"
HELDOUT5 = GOLD_DIR / "heldout5.jsonl"
HELDOUT5B = GOLD_DIR / "heldout5b.jsonl"
HELDOUT6 = GOLD_DIR / "heldout6.jsonl"


@pytest.mark.parametrize(
    ("path", "minimum"),
    [
        (GOLD, 100),
        (HELDOUT, 20),
        (HELDOUT2, 40),
        (HELDOUT3, 50),
        (HELDOUT4, 50),
        (HELDOUT5, 60),
        (HELDOUT5B, 80),
        (HELDOUT6, 100),
    ],
)
def test_gold_is_well_formed(path, minimum):
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    events = [e for r in records for e in r["events"]]
    assert len(events) >= minimum
    for e in events:
        assert e["sentence"][0] <= e["trigger"][0] < e["trigger"][1] <= e["sentence"][1]
        assert e["root"] == e["code"][:2] and 1 <= e["quad_class"] <= 4
    assert not any("text" in r for r in records)  # offsets and codes only


@pytest.mark.parametrize(
    "path", [GOLD, HELDOUT, HELDOUT2, HELDOUT3, HELDOUT4, HELDOUT5, HELDOUT5B, HELDOUT6]
)
def test_gold_texts_are_the_ones_annotated(shared_data, path):
    import hashlib

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_events import gold_text

    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        text, _ = gold_text(record["doc"])
        assert hashlib.sha256(text.encode()).hexdigest() == record["sha256"], record["doc"]


# Measured (P / R / F1 on (sentence, source, target, quad); F1 on root), sixth round:
#   dev gold    0.920 / 0.792 / 0.851, root 0.851
#   held-out    0.857 / 0.900 / 0.878, root 0.878
#   held-out 2  0.842 / 0.571 / 0.681, root 0.660 (tuned on since round 3)
#   held-out 3  0.412 / 0.406 / 0.409, root 0.350 (tuned on since round 4)
#   held-out 4  0.548 / 0.548 / 0.548, root 0.532 (tuned on since round 5; 0.224 blind)
#   held-out 5  0.333 / 0.134 / 0.191, root 0.191 (never tuned on; 0.143 when annotated)
#   held-out 5b 0.333 / 0.104 / 0.158, root 0.158 (set 5's articles, second annotator; blind)
#   held-out 6  0.362 / 0.136 / 0.198, root 0.174 (never tuned on; 0.190 when annotated)
# Floors sit a little below.
@pytest.mark.parametrize(
    ("path", "floor_f1", "floor_p", "floor_r", "floor_root"),
    [
        (GOLD, 0.83, 0.89, 0.77, 0.83),
        (HELDOUT, 0.84, 0.82, 0.85, 0.84),
        (HELDOUT2, 0.65, 0.81, 0.54, 0.63),
        (HELDOUT3, 0.38, 0.38, 0.37, 0.32),
        (HELDOUT4, 0.51, 0.51, 0.51, 0.50),
        (HELDOUT5, 0.17, 0.30, 0.12, 0.17),
        (HELDOUT5B, 0.14, 0.30, 0.09, 0.14),
        (HELDOUT6, 0.18, 0.34, 0.12, 0.16),
    ],
)
def test_builtin_coder_floor(shared_data, path, floor_f1, floor_p, floor_r, floor_root):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_events import evaluate_gold

    from presslens.options import Options

    scores = evaluate_gold(Options(), path=path)
    precision, recall, f1 = scores["quad"]
    assert f1 >= floor_f1 and precision >= floor_p and recall >= floor_r
    assert scores["root"][2] >= floor_root
