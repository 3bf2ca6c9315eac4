"""Who did it to whom, given the event word: learned parties against the rule coder, one split.

Research measurement for a learned event coder (nothing here is shipped).  For each gold event,
take its trigger word as given and ask who its source and target are, among the actor mentions
of its sentence (by country, as the gold scores them; "nobody" is an answer too).  Train on the
tuning gold sets (53 articles; 41 until round 9), test on the training annotations
(``train_u*.jsonl``: 21 articles of another corpus by other annotators; tuned on from round 8 on).

* rule coder: the parties of the coder's event at that trigger word (none if it coded none);
* nearest: the nearest mention before the word is the source, the nearest after it the target;
* learned: logistic regression over (trigger, mention) pairs, labelled source, target or
  neither, from the dependency path between them, their order and distance, the prepositions
  and roles on the way, and the trigger's lemma; per trigger, the likeliest source and the
  likeliest other target, each only when likelier than "neither".

    python benchmarks/parties_split.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_events import country_key
from trigger_cv import analysed, coded_mentions

from presslens.coding.syntax import dependency_path

TRAIN = ["gold", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6"]
TRAIN += ["heldout7", "heldout8"]  # tuning sets since round 9


def path_features(trigger, head) -> dict[str, float]:
    """The dependency path from the trigger to a mention's head, and what lies on it."""
    common, up, down = dependency_path(trigger, head)
    feats: dict[str, float] = {}
    if common is None:
        feats["path=none"] = 1.0
        return feats
    rise = [t.dep_ for t in up]
    fall = [t.dep_ for t in down]
    path = "^".join(rise) + "|" + "v".join(reversed(fall))
    feats[f"path={path if len(rise) + len(fall) <= 4 else 'long'}"] = 1.0
    feats[f"fall1={fall[-1] if fall else '-'}"] = 1.0
    feats[f"fall0={fall[0] if fall else '-'}"] = 1.0
    feats[f"rise={len(rise)}"] = 1.0
    for t in down:
        if t.dep_ == "pobj":
            feats[f"prep={t.head.lower_}"] = 1.0
    return feats


def pairs(names):
    """Per gold event: (gold source, gold target, [(features, country)], rule parties)."""
    out = []
    for rec, doc, art in analysed(names):
        mentions = coded_mentions(doc, art)
        actors = {a.id: a for a in art.actors}
        rule_at: dict[int, tuple] = {}
        for ev in art.events:
            span = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
            if span is None or ev.modality in ("hypothetical", "negated", "planned"):
                continue
            src, tgt = actors.get(ev.source or ""), actors.get(ev.target or "")
            rule_at.setdefault(
                span.root.i,
                (
                    country_key(src.country if src else None, ev.source_code),
                    country_key(tgt.country if tgt else None, ev.target_code),
                ),
            )
        for e in rec["events"]:
            span = doc.char_span(e["trigger"][0], e["trigger"][1], alignment_mode="expand")
            if span is None:
                continue
            trigger = span.root
            sent = trigger.sent
            cands = []
            for m, country in mentions:
                if not sent.start <= m.start < sent.end or m.start <= trigger.i < m.end:
                    continue
                feats = path_features(trigger, m.root)
                feats[f"order={'before' if m.start < trigger.i else 'after'}"] = 1.0
                gap = abs(m.start - trigger.i)
                feats[f"gap={min(gap, 10) // 3}"] = 1.0
                feats[f"lemma={trigger.lemma_.lower()}"] = 1.0
                feats[f"tpos={trigger.pos_}"] = 1.0
                feats[f"mdep={m.root.dep_}"] = 1.0
                cands.append((feats, country))
            out.append((e["source"], e["target"], cands, rule_at.get(trigger.i, (None, None))))
    return out


def main() -> None:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    test_names = sorted(p.stem for p in (ROOT / "tests" / "gold" / "events").glob("train_*.jsonl"))
    if not test_names:
        raise SystemExit("no train_*.jsonl annotations")
    train, test = pairs(TRAIN), pairs(test_names)
    x, y = [], []
    for src, tgt, cands, _ in train:
        for feats, country in cands:
            x.append(feats)
            y.append("source" if country == src else "target" if country == tgt else "none")
    vec = DictVectorizer()
    model = LogisticRegression(C=1.0, max_iter=3000).fit(vec.fit_transform(x), y)
    classes = list(model.classes_)
    right = {"rule coder": 0, "nearest": 0, "learned": 0, "rules, else learned": 0}
    coded = {"rule coder": 0, "learned": 0, "n": 0}
    reachable = 0
    for src, tgt, cands, rule in test:
        countries = {c for _, c in cands} | {None}
        reachable += src in countries and tgt in countries
        if rule == (src, tgt):
            right["rule coder"] += 1
        before = [c for f, c in cands if "order=before" in f]
        after = [c for f, c in cands if "order=after" in f]
        if ((before[-1] if before else None), (after[0] if after else None)) == (src, tgt):
            right["nearest"] += 1
        guess_src = guess_tgt = None
        if cands:
            prob = model.predict_proba(vec.transform([f for f, _ in cands]))
            s_i = int(np.argmax(prob[:, classes.index("source")]))
            if prob[s_i, classes.index("source")] > prob[s_i, classes.index("none")]:
                guess_src = cands[s_i][1]
            order = np.argsort(-prob[:, classes.index("target")])
            for t_i in order:
                if cands[t_i][1] == guess_src and t_i == s_i:
                    continue
                if prob[t_i, classes.index("target")] > prob[t_i, classes.index("none")]:
                    guess_tgt = cands[t_i][1]
                break
        if (guess_src, guess_tgt) == (src, tgt):
            right["learned"] += 1
        hybrid = rule if rule != (None, None) else (guess_src, guess_tgt)
        right["rules, else learned"] += hybrid == (src, tgt)
        if rule != (None, None):
            coded["n"] += 1
            coded["rule coder"] += rule == (src, tgt)
            coded["learned"] += (guess_src, guess_tgt) == (src, tgt)
    n = len(test)
    print(f"{n} gold events in the test articles ({len(train)} in training); trigger given:")
    print("share whose (source country, target country) is exactly right")
    for label, k in right.items():
        print(f"  {label:<20} {k / n:.3f}")
    print(f"  (both gold parties among the sentence's mentions or unsaid: {reachable / n:.3f})")
    m = max(coded["n"], 1)
    print(f"on the {coded['n']} events whose word the rule coder coded:")
    print(f"  rule coder   {coded['rule coder'] / m:.3f}")
    print(f"  learned      {coded['learned'] / m:.3f}")


if __name__ == "__main__":
    main()
