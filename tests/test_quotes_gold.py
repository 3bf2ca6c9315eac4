"""The quotes layer against the hand-made gold sets: pinned quality floors.

The floors sit a little below the figures measured when they were set (benchmarks/
bench_quotes.py prints them).  tests/gold/quotes (32 articles, tuned on): direct F1 0.988,
speaker 0.898; indirect F1 0.873, speaker 0.913.  tests/gold/quotes_heldout (10 PTC dev
articles, never tuned on): direct F1 0.867, speaker 0.917; indirect F1 0.800, speaker 0.894 —
fewer quotes, so looser floors.  A change that drops below a floor must say why.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from presslens.quotation import gold

ROOT = Path(__file__).resolve().parents[1]
PTC = ROOT.parent / "shared" / "data" / "ptc" / "train" / "articles"

FLOORS = {
    "direct": {"f1": 0.96, "speaker_accuracy": 0.87},
    "indirect": {"f1": 0.84, "speaker_accuracy": 0.88},
}
HELDOUT_FLOORS = {
    "direct": {"f1": 0.83, "speaker_accuracy": 0.88},
    "indirect": {"f1": 0.76, "speaker_accuracy": 0.85},
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


@pytest.fixture(scope="module")
def heldout() -> gold.Run:
    if not PTC.is_dir():
        pytest.skip(f"{PTC.parent.parent} is missing: the held-out articles live in ../shared")
    articles = gold.load(ROOT / "tests" / "gold" / "quotes_heldout", PTC, ROOT / "samples")
    assert len(articles) >= 10
    return gold.evaluate(articles)


@pytest.mark.parametrize("cls", sorted(HELDOUT_FLOORS))
def test_heldout_quality_floors(heldout: gold.Run, cls: str) -> None:
    score = heldout.scores[cls]
    for metric, floor in HELDOUT_FLOORS[cls].items():
        value = getattr(score, metric)
        assert value >= floor, f"{cls} {metric} {value:.3f} < {floor}: {score.misses[:10]}"


def test_social_posts_are_statements(run: gold.Run) -> None:
    # the posts come from the social layer; here only that they become quotes with a speaker
    score = run.scores["social"]
    assert score.gold >= 5
    assert score.recall >= 0.6 and score.speaker_accuracy >= 0.6


def test_gold_offsets_are_sane() -> None:
    import json

    paths = [*(ROOT / "tests" / "gold" / "quotes").glob("*.json"),
             *(ROOT / "tests" / "gold" / "quotes_heldout").glob("*.json")]
    for path in sorted(paths):
        g = json.loads(path.read_text(encoding="utf-8"))
        for q in g["quotes"]:
            assert 0 <= q["start"] < q["end"], (path.name, q)
            assert q["kind"] in ("direct", "indirect", "mixed", "scare"), (path.name, q)
            if q["kind"] == "scare":
                assert q["speaker"] is None, (path.name, q)
