"""The linear expert: TF-IDF blocks of a span and its line, and logistic regression, in numpy.

Trained with scikit-learn by ``training/train_techniques.py`` and shipped as ``baseline.npz``.
The features are blocks, each TF-IDF weighted (sublinear tf, idf, L2 norm per block) and scaled,
then concatenated:

- ``words``: word n-grams of the span text (TfidfVectorizer's default word analyser);
- ``chars``: character n-grams inside word boundaries of the span text (``char_wb``);
- ``context``: the words of the span's line outside it (``context_tokens``);
- ``marks``: repetition in the article, length, position and punctuation (``mark_tokens``).

The first two mirror scikit-learn's analysers; the last two are plain functions that training
hands to TfidfVectorizer as its analyser. Training checks this transform against scikit-learn's.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from presslens.techniques import LABELS

TOKEN = re.compile(r"(?u)\b\w\w+\b")
WORD = re.compile(r"\w+")
#: words of the line kept on each side of the span as ``L:``/``R:`` tokens
CONTEXT_SIDE = 5

#: a span of an article: (article text, start, end, the article's ``ArticleWords`` or None)
Doc = tuple


def word_grams(span: str, low: int, high: int) -> list[str]:
    """Word n-grams as TfidfVectorizer(lowercase=True, analyzer='word') makes them."""
    words = TOKEN.findall(span.lower())
    out = []
    for n in range(low, high + 1):
        out += [" ".join(words[i : i + n]) for i in range(len(words) - n + 1)]
    return out


def char_grams(span: str, low: int, high: int) -> list[str]:
    """Character n-grams of each word padded with spaces (scikit-learn's ``char_wb``)."""
    out = []
    for word in span.lower().split():
        padded = f" {word} "
        for n in range(low, high + 1):
            if len(padded) <= n:  # a short word counts once, whole
                out.append(padded)
                break
            out += [padded[i : i + n] for i in range(len(padded) - n + 1)]
    return out


def _line(text: str, start: int, end: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return line_start, len(text) if line_end < 0 else line_end


def context_tokens(doc: Doc) -> list[str]:
    """The span's line outside it: its nearest words each side, and every word (prefixed)."""
    text, start, end = doc[0], doc[1], doc[2]
    line_start, line_end = _line(text, start, end)
    left = WORD.findall(text[line_start:start].lower())
    right = WORD.findall(text[end:line_end].lower())
    return (
        ["L:" + w for w in left[-CONTEXT_SIDE:]]
        + ["R:" + w for w in right[:CONTEXT_SIDE]]
        + ["C:" + w for w in left + right]
    )


class ArticleWords:
    """An article's words (lower case) with their offsets, indexed once for all its spans."""

    def __init__(self, text: str):
        lower = text.lower()
        if len(lower) != len(text):  # a letter whose lower case is longer: offsets of text
            found = [(m.group().lower(), m.start(), m.end()) for m in WORD.finditer(text)]
            self.words = [w for w, _, _ in found]
            self.spans = [(a, b) for _, a, b in found]
        else:
            self.words = WORD.findall(lower)
            self.spans = [m.span() for m in WORD.finditer(lower)]
        self.at: dict[str, list[int]] = {}
        for k, word in enumerate(self.words):
            self.at.setdefault(word, []).append(k)

    def occurrences(self, words: list[str]) -> list[tuple[int, int]]:
        """Character ranges where the word sequence occurs (the words in a row)."""
        n = len(words)
        return [
            (self.spans[k][0], self.spans[k + n - 1][1])
            for k in self.at.get(words[0], [])
            if self.words[k : k + n] == words
        ]


def mark_tokens(doc: Doc) -> list[str]:
    """Repetition, length, position and punctuation of a span, as tokens."""
    text, start, end = doc[0], doc[1], doc[2]
    article = doc[3] if len(doc) > 3 and doc[3] is not None else ArticleWords(text)
    span = text[start:end]
    words = WORD.findall(span.lower())
    line_start, line_end = _line(text, start, end)
    out = [f"len{min(int(math.log2(len(words) + 1)), 5)}"]
    if words:
        # Repetition: the span's words, in a row, elsewhere in the article, before and after
        found = article.occurrences(words)
        out.append(f"rep{min(sum(1 for a, b in found if b <= start or a >= end), 3)}")
        out.append(f"before{min(sum(1 for _, b in found if b <= start), 2)}")
        out.append(f"after{min(sum(1 for a, _ in found if a >= end), 2)}")
        long = [w for w in words if len(w) > 3]
        if long:
            share = sum(1 for w in long if len(article.at.get(w, ())) > 1) / len(long)
            out.append(f"recur{int(share * 3.999)}")
    else:
        out.append("rep0")
    if start == line_start:
        out.append("linestart")
        if end >= line_end - 1:
            out.append("wholeline")
    if line_start == 0:
        out.append("title")
    if "!" in text[start : end + 1]:
        out.append("excl")
    if "?" in text[start : end + 2]:
        out.append("qmark")
    before = text[max(0, start - 1) : start]
    if before and before in "\"'\u201c\u2018":
        out.append("quote")
    if span.isupper():
        out.append("upper")
    elif span.istitle():
        out.append("titlecase")
    if re.search(r"[A-Z]{3,}", span):
        out.append("capsword")
    return out


def block_tokens(kind: str, low: int, high: int, doc: Doc) -> list[str]:
    """The tokens of one feature block for one span."""
    if kind == "words":
        return word_grams(doc[0][doc[1] : doc[2]], low, high)
    if kind == "chars":
        return char_grams(doc[0][doc[1] : doc[2]], low, high)
    if kind == "context":
        return context_tokens(doc)
    if kind == "marks":
        return mark_tokens(doc)
    raise ValueError(f"unknown feature block {kind!r}")


@dataclass
class Block:
    """One TF-IDF block: its kind, n-gram range, vocabulary, idf and scale."""

    kind: str
    low: int
    high: int
    vocabulary: list[str]
    idf: np.ndarray
    scale: float = 1.0

    def __post_init__(self) -> None:
        self.idf = np.asarray(self.idf, dtype=np.float64)
        self.place(0)

    def place(self, offset: int) -> None:
        """Number the block's columns from ``offset`` (its place in the whole feature row)."""
        self.index = {term: i + offset for i, term in enumerate(self.vocabulary)}
        #: a word's character n-gram columns, kept: words recur across spans and articles
        self.cache: dict[str, list[int]] = {}

    def columns(self, doc: Doc) -> list[int]:
        """Column of each of the span's tokens that the vocabulary knows."""
        get = self.index.get
        if self.kind != "chars":
            found = map(get, block_tokens(self.kind, self.low, self.high, doc))
            return [c for c in found if c is not None]
        out: list[int] = []
        for word in doc[0][doc[1] : doc[2]].lower().split():  # char_grams word by word
            known = self.cache.get(word)
            if known is None:
                known = [
                    c for c in map(get, char_grams(word, self.low, self.high)) if c is not None
                ]
                if len(self.cache) > 100_000:
                    self.cache.clear()
                self.cache[word] = known
            out += known
        return out


class Baseline:
    """TF-IDF blocks + logistic regression classifier of a span in its article."""

    def __init__(self, blocks: list[Block], coef, intercept, labels: list[str]):
        self.blocks = blocks
        self.offsets = np.cumsum([0] + [len(b.vocabulary) for b in blocks])
        self.idf = np.concatenate([b.idf for b in blocks]) if blocks else np.zeros(0)
        self.scales = np.array([b.scale for b in blocks], dtype=np.float64)
        for block, offset in zip(blocks, self.offsets):
            block.place(int(offset))
        #: features x classes, so that a span's few rows are gathered contiguously
        self.weights = np.ascontiguousarray(np.asarray(coef, dtype=np.float64).T)
        self.intercept = np.asarray(intercept, dtype=np.float64)
        self.labels = list(labels)
        #: where each of the classifier's classes goes in ``LABELS`` order
        self.places = [LABELS.index(label) for label in self.labels]

    @property
    def n_features(self) -> int:
        return int(self.offsets[-1])

    @classmethod
    def load(cls, path: Path) -> Baseline:
        """Read ``baseline.npz`` (also the older one-block file: word 1-2 grams only)."""
        with np.load(path) as data:
            labels = [str(t) for t in data["labels"]]
            if "blocks" not in data.files:
                vocabulary = [str(t) for t in data["vocabulary"]]
                blocks = [Block("words", 1, 2, vocabulary, data["idf"])]
                return cls(blocks, data["coef"], data["intercept"], labels)
            specs = json.loads(str(data["blocks"]))
            blocks = [
                Block(
                    spec["kind"],
                    spec["low"],
                    spec["high"],
                    str(data[f"vocabulary{k}"]).split("\n") if spec["size"] else [],
                    data[f"idf{k}"],
                    spec["scale"],
                )
                for k, spec in enumerate(specs)
            ]
            return cls(blocks, data["coef"], data["intercept"], labels)

    def save(self, path: Path) -> None:
        """Write ``baseline.npz`` (no pickles: plain arrays, a vocabulary one string a line)."""
        specs = [
            {
                "kind": b.kind,
                "low": b.low,
                "high": b.high,
                "scale": b.scale,
                "size": len(b.vocabulary),
            }
            for b in self.blocks
        ]
        arrays = {}
        for k, b in enumerate(self.blocks):
            if any("\n" in t for t in b.vocabulary):
                raise ValueError(f"block {b.kind}: a term holds a newline")
            arrays[f"vocabulary{k}"] = np.array("\n".join(b.vocabulary))
            arrays[f"idf{k}"] = b.idf.astype(np.float32)
        np.savez_compressed(
            path,
            blocks=np.array(json.dumps(specs)),
            coef=self.weights.T.astype(np.float32),
            intercept=self.intercept.astype(np.float32),
            labels=np.array(self.labels),
            **arrays,
        )

    def _entries(self, docs: list[Doc]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Non-zero features of spans: row, column and value, tf-idf as scikit-learn makes it.

        Per block: sublinear tf (1 + log count) times idf, L2-normalised, times the scale.
        """
        n_blocks = len(self.blocks)
        columns: list[int] = []
        segments: list[int] = []
        for n, doc in enumerate(docs):
            for b, block in enumerate(self.blocks):
                found = block.columns(doc)
                columns += found
                segments += [n * n_blocks + b] * len(found)
        if not columns:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty, np.zeros(0)
        # one key per (span, block, column); equal keys are one feature's repeats
        keys, counts = np.unique(
            np.array(segments, dtype=np.int64) * self.n_features
            + np.array(columns, dtype=np.int64),
            return_counts=True,
        )
        segment, column = np.divmod(keys, self.n_features)
        values = (1.0 + np.log(counts)) * self.idf[column]
        norms = np.sqrt(np.bincount(segment, values * values, minlength=len(docs) * n_blocks))
        values *= self.scales[segment % n_blocks] / norms[segment]
        return segment // n_blocks, column, values

    def transform(self, docs: list[Doc]) -> np.ndarray:
        """Feature rows, dense (for checks against scikit-learn; scoring stays sparse)."""
        out = np.zeros((len(docs), self.n_features), dtype=np.float64)
        rows, columns, values = self._entries(docs)
        out[rows, columns] = values
        return out

    def predict_docs(self, docs: list[Doc]) -> np.ndarray:
        """Class probabilities per span, columns in ``LABELS`` order."""
        if not docs:
            return np.zeros((0, len(LABELS)))
        scores = np.tile(self.intercept, (len(docs), 1))
        rows, columns, values = self._entries(docs)
        if len(rows):  # only the spans' features: the vocabulary is large, spans are short
            # rows come sorted: sum each row's run of features at once
            first = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
            scores[rows[first]] += np.add.reduceat(self.weights[columns] * values[:, None], first)
        scores -= scores.max(axis=1, keepdims=True)
        p = np.exp(scores)
        p /= p.sum(axis=1, keepdims=True)
        ordered = np.zeros((len(docs), len(LABELS)))
        ordered[:, self.places] = p
        return ordered

    def predict_spans(self, text: str, spans: list[tuple[int, int]]) -> np.ndarray:
        """Class probabilities (N x 14, ``LABELS`` order) of character spans of one article."""
        article = ArticleWords(text) if any(b.kind == "marks" for b in self.blocks) else None
        return self.predict_docs([(text, start, end, article) for start, end in spans])
