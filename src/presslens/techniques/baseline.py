"""The baseline: TF-IDF of the span text and logistic regression, run with numpy.

Trained with scikit-learn by ``training/train_techniques.py`` and shipped as ``baseline.npz``
(vocabulary, idf, weights); the transform here mirrors TfidfVectorizer(lowercase, word 1-2
grams, sublinear tf, l2 norm) and is checked against scikit-learn at training time.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from pathlib import Path

import numpy as np

from presslens.techniques import LABELS

TOKEN = re.compile(r"(?u)\b\w\w+\b")


class Baseline:
    """TF-IDF + logistic regression classifier of a span's text."""

    def __init__(self, vocabulary: list[str], idf, coef, intercept, labels: list[str]):
        self.index = {term: i for i, term in enumerate(vocabulary)}
        self.idf = np.asarray(idf, dtype=np.float64)
        self.coef = np.asarray(coef, dtype=np.float64)
        self.intercept = np.asarray(intercept, dtype=np.float64)
        self.labels = list(labels)

    @classmethod
    def load(cls, path: Path) -> Baseline:
        """Read ``baseline.npz``."""
        with np.load(path) as data:
            return cls(
                [str(t) for t in data["vocabulary"]],
                data["idf"],
                data["coef"],
                data["intercept"],
                [str(t) for t in data["labels"]],
            )

    def save(self, path: Path) -> None:
        """Write ``baseline.npz`` (no pickles: plain arrays)."""
        vocabulary = sorted(self.index, key=self.index.get)
        np.savez_compressed(
            path,
            vocabulary=np.array(vocabulary),
            idf=self.idf.astype(np.float32),
            coef=self.coef.astype(np.float32),
            intercept=self.intercept.astype(np.float32),
            labels=np.array(self.labels),
        )

    def _rows(self, text: str) -> tuple[list[int], np.ndarray]:
        """Column indices and L2-normalised TF-IDF values of one text's known grams."""
        words = TOKEN.findall(text.lower())
        grams = words + [f"{a} {b}" for a, b in itertools.pairwise(words)]
        counts = Counter(g for g in grams if g in self.index)
        columns = [self.index[g] for g in counts]
        values = np.array(
            [(1.0 + math.log(n)) * self.idf[k] for k, n in zip(columns, counts.values())],
            dtype=np.float64,
        )
        norm = np.linalg.norm(values)
        return columns, values / norm if norm else values

    def transform(self, texts: list[str]) -> np.ndarray:
        """TF-IDF rows, dense (for checks against scikit-learn; scoring stays sparse)."""
        out = np.zeros((len(texts), len(self.index)), dtype=np.float64)
        for row, text in enumerate(texts):
            columns, values = self._rows(text)
            out[row, columns] = values
        return out

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        """Class probabilities per text, columns in ``LABELS`` order."""
        if not texts:
            return np.zeros((0, len(LABELS)))
        scores = np.tile(self.intercept.astype(np.float64), (len(texts), 1))
        for row, text in enumerate(texts):
            columns, values = self._rows(text)
            if columns:  # only the text's grams: the vocabulary is large, a span is short
                scores[row] += values @ self.coef[:, columns].T
        scores -= scores.max(axis=1, keepdims=True)
        p = np.exp(scores)
        p /= p.sum(axis=1, keepdims=True)
        ordered = np.zeros((len(texts), len(LABELS)))
        for k, label in enumerate(self.labels):
            ordered[:, LABELS.index(label)] = p[:, k]
        return ordered
