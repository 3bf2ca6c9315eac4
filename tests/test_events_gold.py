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
HELDOUT7 = GOLD_DIR / "heldout7.jsonl"
HELDOUT8 = GOLD_DIR / "heldout8.jsonl"
HELDOUT9 = GOLD_DIR / "heldout9.jsonl"
HELDOUT10 = GOLD_DIR / "heldout10.jsonl"
HELDOUT11 = GOLD_DIR / "heldout11.jsonl"
HELDOUT12 = GOLD_DIR / "heldout12.jsonl"
TUNE_P1 = GOLD_DIR / "tune_p1.jsonl"


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
        (HELDOUT7, 100),
        (HELDOUT8, 90),
        (HELDOUT9, 60),
        (HELDOUT10, 90),
        (HELDOUT11, 55),
        (HELDOUT12, 70),
        (TUNE_P1, 70),
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
    "path",
    [
        GOLD,
        HELDOUT,
        HELDOUT2,
        HELDOUT3,
        HELDOUT4,
        HELDOUT5,
        HELDOUT5B,
        HELDOUT6,
        HELDOUT7,
        HELDOUT8,
        HELDOUT9,
        HELDOUT10,
        HELDOUT11,
        HELDOUT12,
        TUNE_P1,
    ],
)
def test_gold_texts_are_the_ones_annotated(shared_data, path):
    import hashlib

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_events import gold_text

    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        text, _ = gold_text(record["doc"])
        assert hashlib.sha256(text.encode()).hexdigest() == record["sha256"], record["doc"]


# Measured (P / R / F1 on (sentence, source, target, quad); F1 on root), tenth round:
#   dev gold    0.909 / 0.792 / 0.847, root 0.847
#   held-out    0.900 / 0.900 / 0.900, root 0.900
#   held-out 2  0.821 / 0.571 / 0.674, root 0.653 (tuned on since round 3)
#   held-out 3  0.435 / 0.435 / 0.435, root 0.377 (tuned on since round 4)
#   held-out 4  0.578 / 0.597 / 0.587, root 0.571 (tuned on since round 5; 0.224 blind)
#   held-out 5  0.549 / 0.341 / 0.421, root 0.421 (tuned on since round 7; 0.191 blind)
#   held-out 5b 0.569 / 0.274 / 0.369, root 0.369 (set 5, second annotator; 0.158 blind)
#   held-out 6  0.526 / 0.240 / 0.330, root 0.308 (tuned on since round 7; 0.198 blind)
#   held-out 7  0.361 / 0.112 / 0.171, root 0.171 (tuned on since round 9; 0.110 blind)
#   held-out 8  0.341 / 0.152 / 0.210, root 0.196 (tuned on since round 9; 0.101 blind)
#   tune_p1     0.304 / 0.095 / 0.144, root 0.124 (tuned on from round 10; 0.061 unseen)
#   held-out 9  0.538 / 0.103 / 0.173, root 0.123 (never tuned on; 0.125 at round 9's start)
#   held-out 10 0.286 / 0.103 / 0.152, root 0.121 (never tuned on; 0.153 at round 9's start)
#   held-out 11 0.421 / 0.129 / 0.198, root 0.173 (never tuned on; 0.078 at round 9's start)
#   held-out 12 0.276 / 0.110 / 0.157, root 0.137 (never tuned on; 0.160 at round 10's start)
# Floors sit a little below.
@pytest.mark.parametrize(
    ("path", "floor_f1", "floor_p", "floor_r", "floor_root"),
    [
        (GOLD, 0.83, 0.89, 0.77, 0.83),
        (HELDOUT, 0.84, 0.82, 0.85, 0.84),
        (HELDOUT2, 0.65, 0.81, 0.54, 0.63),
        (HELDOUT3, 0.40, 0.40, 0.39, 0.34),
        (HELDOUT4, 0.55, 0.55, 0.55, 0.53),
        (HELDOUT5, 0.35, 0.49, 0.28, 0.35),
        (HELDOUT5B, 0.31, 0.51, 0.22, 0.31),
        (HELDOUT6, 0.29, 0.50, 0.20, 0.27),
        (HELDOUT7, 0.14, 0.32, 0.09, 0.14),
        (HELDOUT8, 0.18, 0.30, 0.13, 0.17),
        (TUNE_P1, 0.12, 0.26, 0.08, 0.10),
        (HELDOUT9, 0.15, 0.48, 0.08, 0.10),
        (HELDOUT10, 0.13, 0.26, 0.08, 0.10),
        (HELDOUT11, 0.17, 0.38, 0.11, 0.15),
        (HELDOUT12, 0.14, 0.25, 0.10, 0.12),
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


# Training-only annotations (articles of ../shared/data/ptc/unlabeled), for learned coders.
TRAINING = sorted(GOLD_DIR.glob("train_*.jsonl"))


@pytest.mark.parametrize("path", TRAINING, ids=[p.name for p in TRAINING])
def test_training_annotations_are_well_formed(shared_data, path):
    import hashlib

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_events import gold_text

    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert sum(len(r["events"]) for r in records) >= 50
    for record in records:
        assert "text" not in record
        text, _ = gold_text(record["doc"])
        assert hashlib.sha256(text.encode()).hexdigest() == record["sha256"], record["doc"]
        for e in record["events"]:
            assert e["sentence"][0] <= e["trigger"][0] < e["trigger"][1] <= e["sentence"][1]
            assert e["root"] == e["code"][:2] and 1 <= e["quad_class"] <= 4
            assert text[e["trigger"][0] : e["trigger"][1]].strip()
