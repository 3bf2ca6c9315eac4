"""Scoring the model (and the baseline) on a labelled split in the PTC layout."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from presslens.techniques import LABELS, scoring
from presslens.techniques.baseline import Baseline
from presslens.techniques.corpus import CorpusArticle
from presslens.techniques.tagger import TechniqueModel, rank_labels


@dataclass
class Report:
    """Figures of one evaluation run."""

    articles: int
    gold_spans: int
    span_id: scoring.PRF
    tc: scoring.PRF
    joint: scoring.PRF
    tc_baseline: scoring.PRF | None = None
    threshold: float = 0.5
    #: the seed threshold of hysteresis decoding (1.0: every run kept)
    seed: float = 1.0
    per_label: dict[str, float] = field(default_factory=dict)
    #: SI F1 + joint F1 per tried (threshold, seed), when a sweep was asked for (model
    #: selection on dev).
    sweep: dict[tuple[float, float], float] = field(default_factory=dict)

    def lines(self) -> list[str]:
        """The report as printed by ``presslens techniques evaluate``."""
        out = [
            f"articles {self.articles}  gold spans {self.gold_spans}",
            (
                f"span identification  P {self.span_id.precision:.4f}"
                f"  R {self.span_id.recall:.4f}  F1 {self.span_id.f1:.4f}"
                f"  (predicted spans {self.span_id.predicted}, threshold {self.threshold:.2f},"
                f" seed {self.seed:.2f})"
            ),
            f"technique classification micro-F1  ours {self.tc.f1:.4f}"
            + (
                f"  baseline TF-IDF+LR {self.tc_baseline.f1:.4f}"
                if self.tc_baseline
                else "  baseline: not available"
            ),
            (
                f"joint (span + label)  P {self.joint.precision:.4f}"
                f"  R {self.joint.recall:.4f}  F1 {self.joint.f1:.4f}"
            ),
        ]
        if self.per_label:
            out.append("TC F1 per technique (ours):")
            out += [f"  {label:<36} {f1:.3f}" for label, f1 in sorted(self.per_label.items())]
        return out


def gold_rows(articles: list[CorpusArticle]) -> list[scoring.Row]:
    """(article id, technique, start, end) rows of a split's gold spans."""
    return [(a.id, s.technique, s.start, s.end) for a in articles for s in a.spans]


def evaluate(
    model: TechniqueModel,
    articles: list[CorpusArticle],
    baseline: Baseline | None = None,
    thresholds: list[float] | None = None,
    seeds: list[float] | None = None,
) -> Report:
    """SI, TC and joint figures of the model on labelled articles; baseline TC beside them."""
    gold = gold_rows(articles)
    tc_pred: list[scoring.Row] = []
    prepared = []
    for article in articles:
        ready = model.prepare(article.text)
        prepared.append(ready)
        spans = [(s.start, s.end) for s in article.spans]
        probs = model.classify_prepared(ready, spans)
        labels = rank_labels(spans, probs)
        tc_pred += [(article.id, lab, s, e) for lab, (s, e) in zip(labels, spans, strict=True)]
    default = float(model.config.get("span_threshold", 0.5))
    default_seed = float(model.config.get("seed_threshold", 1.0))
    sweep: dict[tuple[float, float], float] = {}
    best = (default, default_seed)
    if thresholds:
        for t in thresholds:
            for seed in seeds or [default_seed]:
                if seed < 1.0 and seed > t:
                    continue  # a seed looser than the threshold changes nothing
                rows = [
                    (article.id, f.technique, f.start, f.end)
                    for article, ready in zip(articles, prepared, strict=True)
                    for f in model.find(ready, t, seed)
                ]
                # spans alone, and spans with their labels: both count for a reader
                sweep[t, seed] = (
                    scoring.span_identification(rows, gold).f1 + scoring.joint(rows, gold).f1
                )
        best = max(sweep, key=lambda k: (sweep[k], -abs(k[0] - default), -abs(k[1] - default_seed)))
    predicted: list[scoring.Row] = []
    for article, ready in zip(articles, prepared, strict=True):
        predicted += [(article.id, f.technique, f.start, f.end) for f in model.find(ready, *best)]
    report = Report(
        articles=len(articles),
        gold_spans=len(gold),
        span_id=scoring.span_identification(predicted, gold),
        tc=scoring.technique_classification(tc_pred, gold),
        joint=scoring.joint(predicted, gold),
        threshold=best[0],
        seed=best[1],
        per_label=scoring.per_label_f1(tc_pred, gold),
        sweep=sweep,
    )
    if baseline is not None:
        report.tc_baseline = baseline_tc(baseline, articles)
    return report


def baseline_tc(baseline: Baseline, articles: list[CorpusArticle]) -> scoring.PRF:
    """TC micro-F1 of the linear expert alone (TF-IDF + logistic regression) on the gold spans."""
    keys, probs = [], []
    for article in articles:
        spans = [(s.start, s.end) for s in article.spans]
        keys += [(article.id, start, end) for start, end in spans]
        probs.append(baseline.predict_spans(article.text, spans))
    labels = rank_labels(keys, np.concatenate(probs) if probs else np.zeros((0, len(LABELS))))
    predicted = [(a, lab, s, e) for lab, (a, s, e) in zip(labels, keys, strict=True)]
    return scoring.technique_classification(predicted, gold_rows(articles))
