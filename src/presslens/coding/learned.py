"""A learned proposer of event words the lexicon does not list (experimental, off by default).

The rule coder knows the words of its lexicon; unseen opinion pieces reach their events through
many others.  This model scores the verbs, nouns and adjectives of sentences that name an actor
(the parser's context vector, lemma, part of speech, dependency, head, whether actors sit in
its subject and object) and proposes those above its threshold that the lexicon does not list;
each proposal gets the most common gold code of its predicted quad class, and the rule coder's
role and modality machinery finds its parties.  Trained by ``training/train_triggers.py``;
inference is numpy only.  Turned on with ``Options(extra={"events": {"triggers": PATH}})``.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

import numpy as np

from presslens.knowledge import lexicon

CANDIDATE_POS = ("VERB", "NOUN", "PROPN", "ADJ")
# The least score a proposal needs, whatever threshold training chose.
MIN_SCORE = 0.5


def features(tok, mention_tokens: set[int]) -> dict[str, float]:
    """The sparse features of a candidate word."""
    lemma = tok.lemma_.lower()
    kids = list(tok.children)
    subj = any(
        c.dep_ in ("nsubj", "nsubjpass", "poss", "agent")
        and any(t.i in mention_tokens for t in c.subtree)
        for c in kids
    )
    obj = any(
        c.dep_ in ("dobj", "prep", "dative", "pobj")
        and any(t.i in mention_tokens for t in c.subtree)
        for c in kids
    )
    in_lex = lemma in lexicon.VERBS or lemma in lexicon.NOUNS
    return {
        f"lemma={lemma}": 1.0,
        f"pos={tok.pos_}": 1.0,
        f"dep={tok.dep_}": 1.0,
        f"head={tok.head.lemma_.lower()}": 1.0,
        f"subj_actor={subj}": 1.0,
        f"obj_actor={obj}": 1.0,
        f"in_lexicon={in_lex}": 1.0,
    }


def dense(tok) -> np.ndarray:
    vector = np.asarray(tok.vector, dtype=np.float32)
    return vector / (float(np.linalg.norm(vector)) + 1e-9)


class TriggerModel:
    """Weights written by ``training/train_triggers.py`` (or by ``fit`` in memory)."""

    def __init__(self, names, sparse_w, dense_w, bias, threshold, quad_sparse, quad_dense,
                 quad_bias, quad_classes, codes):  # fmt: skip
        self.index = {name: i for i, name in enumerate(names)}
        self.names = list(names)
        self.sparse_w = np.asarray(sparse_w, dtype=np.float32)
        self.dense_w = np.asarray(dense_w, dtype=np.float32)
        self.bias = float(bias)
        self.threshold = float(threshold)
        self.quad_sparse = np.asarray(quad_sparse, dtype=np.float32)  # classes x names
        self.quad_dense = np.asarray(quad_dense, dtype=np.float32)  # classes x dims
        self.quad_bias = np.asarray(quad_bias, dtype=np.float32)
        self.quad_classes = [int(q) for q in quad_classes]
        self.codes = {int(k): v for k, v in codes.items()}

    def _sparse_ids(self, feats: dict[str, float]) -> list[int]:
        return [self.index[n] for n in feats if n in self.index]

    def score(self, tok, mention_tokens: set[int]) -> float:
        ids = self._sparse_ids(features(tok, mention_tokens))
        z = self.bias + float(self.sparse_w[ids].sum()) + float(self.dense_w @ dense(tok))
        return 1.0 / (1.0 + np.exp(-z))

    def code(self, tok, mention_tokens: set[int]) -> str:
        ids = self._sparse_ids(features(tok, mention_tokens))
        z = self.quad_bias + self.quad_sparse[:, ids].sum(axis=1) + self.quad_dense @ dense(tok)
        return self.codes[self.quad_classes[int(np.argmax(z))]]

    def propose(self, tok, mention_tokens: set[int]) -> str | None:
        """A code for a word the lexicon does not list, when the model calls it an event."""
        lemma = tok.lemma_.lower()
        if tok.pos_ not in CANDIDATE_POS or tok.i in mention_tokens:
            return None
        if lemma in lexicon.VERBS or lemma in lexicon.NOUNS:
            return None  # the rules decide for the lexicon's own words
        feats = features(tok, mention_tokens)
        if not (feats.get("subj_actor=True") or feats.get("obj_actor=True")):
            return None  # an actor must be attached to the word itself
        if self.score(tok, mention_tokens) < max(self.threshold, MIN_SCORE):
            return None
        return self.code(tok, mention_tokens)

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path,
            names=np.array("\n".join(self.names)),
            sparse_w=self.sparse_w.astype(np.float16),
            dense_w=self.dense_w.astype(np.float16),
            bias=np.array(self.bias),
            threshold=np.array(self.threshold),
            quad_sparse=self.quad_sparse.astype(np.float16),
            quad_dense=self.quad_dense.astype(np.float16),
            quad_bias=self.quad_bias,
            quad_classes=np.array(self.quad_classes),
            codes=np.array(json.dumps(self.codes)),
        )


@functools.lru_cache(maxsize=4)
def load(path: str) -> TriggerModel:
    data = np.load(path)
    return TriggerModel(
        str(data["names"]).split("\n"),
        data["sparse_w"],
        data["dense_w"],
        float(data["bias"]),
        float(data["threshold"]),
        data["quad_sparse"],
        data["quad_dense"],
        data["quad_bias"],
        data["quad_classes"],
        json.loads(str(data["codes"])),
    )


def fit(examples, seed: int = 13) -> TriggerModel:
    """Train on (sparse features, dense vector, is trigger, gold quad, gold code) examples
    (scikit-learn, at training time only)."""
    from collections import Counter

    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x_sparse = vec.fit_transform([e[0] for e in examples])
    x_dense = csr_matrix(np.stack([e[1] for e in examples]))
    x = hstack([x_sparse, x_dense]).tocsr()
    y = np.array([e[2] for e in examples])
    model = LogisticRegression(C=1.0, max_iter=3000, class_weight="balanced", random_state=seed)
    model.fit(x, y)
    scores = model.predict_proba(x)[:, 1]

    def f1(threshold: float) -> float:
        pred = scores >= threshold
        tp = float(np.sum(pred & y))
        return 2 * tp / max(float(np.sum(pred) + np.sum(y)), 1.0)

    threshold = max(np.arange(0.3, 0.96, 0.05), key=f1)
    n_sparse = x_sparse.shape[1]
    pos = [i for i, e in enumerate(examples) if e[2]]
    quads = np.array([examples[i][3] for i in pos])
    quad_model = LogisticRegression(C=1.0, max_iter=3000, random_state=seed)
    quad_model.fit(x[pos], quads)
    codes = {}
    for q in sorted(set(quads)):
        codes[int(q)] = Counter(examples[i][4] for i in pos if examples[i][3] == q).most_common(1)[
            0
        ][0]
    coef = model.coef_[0]
    quad_coef = quad_model.coef_
    if quad_coef.shape[0] == 1:  # two classes: scikit-learn keeps one row
        quad_coef = np.vstack([-quad_coef[0], quad_coef[0]])
        quad_bias = np.array([-quad_model.intercept_[0], quad_model.intercept_[0]])
    else:
        quad_bias = quad_model.intercept_
    return TriggerModel(
        vec.get_feature_names_out(),
        coef[:n_sparse],
        coef[n_sparse:],
        model.intercept_[0],
        threshold,
        quad_coef[:, :n_sparse],
        quad_coef[:, n_sparse:],
        quad_bias,
        quad_model.classes_,
        codes,
    )
