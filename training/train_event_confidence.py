"""Train the event confidence model (``presslens.coding.confidence``) on the hand-made gold.

Every event the rule coder makes in the gold articles that are not blind (``gold.jsonl``,
held-out 1 to 8 and the training annotations ``train_*.jsonl``; held-out 5b repeats 5's
articles and the blind held-out 9 to 12 are never read) is labelled right when the gold has an event in
the same sentence with the same source country, target country and quad class (each gold event
matches one coded event), and wrong otherwise.  Hypothetical, negated and planned events are
left out, as the gold leaves them out.  A logistic regression over the features of
``presslens.coding.confidence.features`` is cross-validated by article (5 folds) and then
fitted on all of them; the weights go to ``models/events/confidence.json``.

    .venv/bin/python training/train_event_confidence.py [--out FILE] [--c C]   # make train-events

It needs scikit-learn (in the ``test`` extra) and ``../shared`` (the gold's article texts);
about 30 seconds on 2 cores.

Deterministic: the same gold and coder give the same file, apart from its date.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_events import country_key
from trigger_cv import SETS, analysed

from presslens import nlp
from presslens.coding import confidence

NOT_SCORED = ("hypothetical", "negated", "planned")
C = 0.3


def labelled(names: list[str]):
    """(article id, feature names, right?) for each scored event the coder makes."""
    out = []
    for rec, doc, art in analysed(names):
        sents = sorted({tuple(e["sentence"]) for e in rec["events"]})

        def sentence_key(char: int, default: int, sents=sents) -> int:
            return next((s for s, end in sents if s <= char < end), default)

        gold = Counter(
            (e["sentence"][0], e["source"], e["target"], e["quad_class"]) for e in rec["events"]
        )
        actors = {a.id: a for a in art.actors}
        view = confidence.ArticleView(art, doc)
        for ev in art.events:
            if ev.modality in NOT_SCORED:
                continue
            src, tgt = actors.get(ev.source or ""), actors.get(ev.target or "")
            key = (
                sentence_key(ev.trigger.start, ev.start),
                country_key(src.country if src else None, ev.source_code),
                country_key(tgt.country if tgt else None, ev.target_code),
                ev.quad_class,
            )
            right = gold[key] > 0
            if right:
                gold[key] -= 1
            out.append((rec["doc"], confidence.features(view, ev), right))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=confidence.MODEL_FILE)
    parser.add_argument("--c", type=float, default=C, help="inverse regularisation strength")
    args = parser.parse_args()
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import GroupKFold

    nlp.load()
    rows = labelled(SETS)
    groups = np.array([r[0] for r in rows])
    y = np.array([r[2] for r in rows])
    x_dicts = [{name: 1.0 for name in r[1]} for r in rows]
    print(f"{len(rows)} coded events in {len(set(groups))} articles, {int(y.sum())} right")

    def fit(idx):
        vec = DictVectorizer()
        model = LogisticRegression(C=args.c, max_iter=5000).fit(
            vec.fit_transform([x_dicts[i] for i in idx]), y[idx]
        )
        return vec, model

    held = np.zeros(len(rows))
    for train, test in GroupKFold(n_splits=5).split(x_dicts, y, groups):
        vec, model = fit(train)
        held[test] = model.predict_proba(vec.transform([x_dicts[i] for i in test]))[:, 1]
    unseen = np.array([g.startswith("ptc-unlabeled:") for g in groups])
    report = {}
    for label, mask in (("all", np.ones(len(rows), dtype=bool)), ("train_u", unseen)):
        auc = roc_auc_score(y[mask], held[mask])
        lines = {"events": int(mask.sum()), "right": round(float(y[mask].mean()), 3)}
        lines["auc"] = round(float(auc), 3)
        print(f"cross-validated, {label}: {lines}")
        for t in (0.3, 0.5, 0.7):
            kept = mask & (held >= t)
            precision = float(y[kept].mean()) if kept.any() else 0.0
            kept_right = float(y[kept].sum() / max(y[mask].sum(), 1))
            lines[f"precision_at_{t}"] = round(precision, 3)
            lines[f"right_kept_at_{t}"] = round(kept_right, 3)
            print(
                f"  confidence >= {t}: keeps {kept.sum() / mask.sum():.2f} of events, "
                f"precision {precision:.3f}, {kept_right:.2f} of the right ones"
            )
        report[label] = lines
    vec, model = fit(np.arange(len(rows)))
    weights = {
        name: round(float(w), 4)
        for name, w in zip(vec.get_feature_names_out(), model.coef_[0])
        if abs(w) >= 1e-4
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps(
            {
                "what": "presslens event confidence: logistic regression weights per feature",
                "trained_on": f"{len(rows)} coded events in {len(set(groups))} gold articles",
                "sets": SETS,
                "C": args.c,
                "date": dt.date.today().isoformat(),
                "cross_validation": report,
                "intercept": round(float(model.intercept_[0]), 4),
                "weights": dict(sorted(weights.items())),
            },
            indent=1,
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {args.out} ({len(weights)} weights)")


if __name__ == "__main__":
    main()
