"""SemEval-2020 Task 11 scores: span identification, technique classification, and joint.

Span identification (SI) gives partial credit for overlap, C(s, t, h) = |s ∩ t| / h:
precision sums C(s, t, |s|) over predicted spans s and gold spans t and divides by the number of
predicted spans; recall sums C(s, t, |t|) and divides by the number of gold spans.  Overlapping
spans of one article are merged first.  The joint score is the same with credit only where the
labels agree (spans merged per label).  Technique classification (TC) is micro-F1 over the
gold spans, identical spans with several labels matched as multisets.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from presslens.techniques.encoding import merge

#: (article id, technique, start, end)
Row = tuple[str, str, int, int]


@dataclass(frozen=True)
class PRF:
    """Precision, recall, F1 and the counts they came from."""

    precision: float
    recall: float
    f1: float
    predicted: int
    gold: int


def prf(credit_p: float, n_pred: int, credit_r: float, n_gold: int) -> PRF:
    """PRF from summed partial credits."""
    p = credit_p / n_pred if n_pred else 0.0
    r = credit_r / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return PRF(p, r, f, n_pred, n_gold)


def _overlap_credit(pred: list[tuple[int, int]], gold: list[tuple[int, int]]):
    """Summed C(s,t,|s|) and C(s,t,|t|) for merged spans of one article (and one label)."""
    cp = cr = 0.0
    for s0, s1 in pred:
        for t0, t1 in gold:
            inter = min(s1, t1) - max(s0, t0)
            if inter > 0:
                cp += inter / (s1 - s0)
                cr += inter / (t1 - t0)
    return cp, cr


def span_identification(predicted: list[Row], gold: list[Row]) -> PRF:
    """SI precision/recall/F1 with partial-overlap credit; labels ignored."""
    by_p, by_g = defaultdict(list), defaultdict(list)
    for aid, _lab, s, e in predicted:
        by_p[aid].append((s, e))
    for aid, _lab, s, e in gold:
        by_g[aid].append((s, e))
    return _credit(by_p, by_g)


def joint(predicted: list[Row], gold: list[Row]) -> PRF:
    """Spans and labels both right, with the same partial-overlap credit, merged per label."""
    by_p, by_g = defaultdict(list), defaultdict(list)
    for aid, lab, s, e in predicted:
        by_p[(aid, lab)].append((s, e))
    for aid, lab, s, e in gold:
        by_g[(aid, lab)].append((s, e))
    return _credit(by_p, by_g)


def _credit(by_p: dict, by_g: dict) -> PRF:
    cp = cr = 0.0
    n_p = n_g = 0
    for key in set(by_p) | set(by_g):
        p, g = merge(by_p.get(key, [])), merge(by_g.get(key, []))
        n_p += len(p)
        n_g += len(g)
        a, b = _overlap_credit(p, g)
        cp += a
        cr += b
    return prf(cp, n_p, cr, n_g)


def technique_classification(predicted: list[Row], gold: list[Row]) -> PRF:
    """TC micro-F1: a label is right when the same span carries it in gold (multiset match)."""
    by_p: dict = defaultdict(Counter)
    by_g: dict = defaultdict(Counter)
    for aid, lab, s, e in predicted:
        by_p[(aid, s, e)][lab] += 1
    for aid, lab, s, e in gold:
        by_g[(aid, s, e)][lab] += 1
    hits = sum(sum((by_p[k] & by_g.get(k, Counter())).values()) for k in by_p)
    return prf(hits, len(predicted), hits, len(gold))


def per_label_f1(predicted: list[Row], gold: list[Row]) -> dict[str, float]:
    """TC F1 per technique label (for the model card and error analysis)."""
    labels = sorted({r[1] for r in gold} | {r[1] for r in predicted})
    out = {}
    for lab in labels:
        out[lab] = technique_classification(
            [r for r in predicted if r[1] == lab], [r for r in gold if r[1] == lab]
        ).f1
    return out
