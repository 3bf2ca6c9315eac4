"""Event confidence: the shipped model loads, scores every event, ranks right events above
wrong ones on gold it never saw, and is what the training script writes for today's coder."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from presslens.coding import confidence
from presslens.options import Options
from presslens.pipeline import analyze_text

ROOT = Path(__file__).resolve().parents[1]
LAYERS = ("social", "boilerplate", "entities", "dates", "actors", "quotes", "events")


def test_shipped_model_loads_with_its_record():
    data = json.loads(confidence.MODEL_FILE.read_text(encoding="utf-8"))
    assert len(data["weights"]) > 100
    assert not {"heldout9", "heldout10", "heldout11", "heldout12"} & set(data["sets"])  # blind sets
    assert data["cross_validation"]["all"]["auc"] > 0.7


def test_every_event_gets_a_confidence_between_0_and_1():
    article = analyze_text(
        "Russian warships shelled the port of Odesa on Monday. Ukraine's president condemned "
        "the attack and thanked Poland for its help. The United States imposed new sanctions "
        "on Moscow.",
        Options(layers=LAYERS),
    )
    assert len(article.events) >= 3
    for event in article.events:
        assert event.confidence is not None and 0.0 <= event.confidence <= 1.0
    view = confidence.ArticleView(article, _parse(article.text))
    names = confidence.features(view, article.events[0])
    assert (
        f"root={article.events[0].root}" in names
        and f"quad={article.events[0].quad_class}" in names
    )


def _parse(text):
    from presslens import nlp

    return nlp.parse(text)


def test_a_plain_report_of_a_material_act_is_trusted():
    """Both parties named as subject and object of a verb of aid: the kind of event the coder
    gets right most often."""
    plain = analyze_text(
        "Germany sent air-defence systems to Ukraine on Friday.", Options(layers=LAYERS)
    )
    assert plain.events and plain.events[0].confidence > 0.5


def test_confidence_ranks_right_events_above_wrong_ones_on_the_blind_gold(shared_data):
    """On held-out 9 to 12 (never trained or tuned on), right events score higher than wrong
    ones: AUC measured 0.758 on 96 coded events (33 right); floor a little below."""
    sys.path.insert(0, str(ROOT / "training"))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from sklearn.metrics import roc_auc_score
    from train_event_confidence import labelled

    model = confidence._model()
    rows = labelled(["heldout9", "heldout10", "heldout11", "heldout12"])
    right = [r[2] for r in rows]
    scores = [confidence.score(r[1], model) for r in rows]
    assert roc_auc_score(right, scores) >= 0.6


def test_shipped_model_is_what_training_writes_for_this_coder(shared_data, tmp_path):
    """Retrained from the gold with today's coder, the weights are the shipped ones: a change
    to the coder that moves the events needs the model retrained."""
    out = tmp_path / "confidence.json"
    subprocess.run(
        [sys.executable, str(ROOT / "training" / "train_event_confidence.py"), "--out", str(out)],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    fresh = json.loads(out.read_text(encoding="utf-8"))
    shipped = json.loads(confidence.MODEL_FILE.read_text(encoding="utf-8"))
    assert fresh["weights"] == shipped["weights"]
    assert fresh["intercept"] == shipped["intercept"]


def test_without_the_model_events_carry_no_confidence(monkeypatch, tmp_path):
    monkeypatch.setattr(confidence, "MODEL_FILE", tmp_path / "absent.json")
    confidence._model.cache_clear()
    try:
        article = analyze_text("Germany sent tanks to Ukraine.", Options(layers=LAYERS))
        assert article.events and all(e.confidence is None for e in article.events)
    finally:
        confidence._model.cache_clear()
