"""The quotes layer against the hand-made gold set: pinned quality floors.

The floors sit a little below the figures measured when they were set (benchmarks/
bench_quotes.py prints them): direct F1 0.952, speaker 0.911; indirect F1 0.819, speaker 0.893;
social posts F1 0.909 over 32 articles.  A change that drops below a floor must say why.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from presslens.quotation import gold

ROOT = Path(__file__).resolve().parents[1]
PTC = ROOT.parent / "shared" / "data" / "ptc" / "train" / "articles"

FLOORS = {
    "direct": {"f1": 0.92, "speaker_accuracy": 0.87},
    "indirect": {"f1": 0.78, "speaker_accuracy": 0.85},
}


@pytest.fixture(scope="module")
def run() -> gold.Run:
    if not PTC.is_dir():
        pytest.skip(f"{PTC} is missing: the PTC articles of the gold set live in ../shared")
    articles = gold.load(ROOT / "tests" / "gold" / "quotes", PTC, ROOT / "samples")
    assert len(articles) >= 30
    return gold.evaluate(articles)


@pytest.mark.parametrize("cls", sorted(FLOORS))
def test_quality_floors(run: gold.Run, cls: str) -> None:
    score = run.scores[cls]
    for metric, floor in FLOORS[cls].items():
        value = getattr(score, metric)
        assert value >= floor, f"{cls} {metric} {value:.3f} < {floor}: {score.misses[:10]}"


def test_social_posts_are_statements(run: gold.Run) -> None:
    # the posts come from the social layer; here only that they become quotes with a speaker
    score = run.scores["social"]
    assert score.gold >= 5
    assert score.recall >= 0.6 and score.speaker_accuracy >= 0.6


def test_gold_offsets_are_sane() -> None:
    import json

    for path in sorted((ROOT / "tests" / "gold" / "quotes").glob("*.json")):
        g = json.loads(path.read_text(encoding="utf-8"))
        for q in g["quotes"]:
            assert 0 <= q["start"] < q["end"], (path.name, q)
            assert q["kind"] in ("direct", "indirect", "mixed", "scare"), (path.name, q)
            if q["kind"] == "scare":
                assert q["speaker"] is None, (path.name, q)
