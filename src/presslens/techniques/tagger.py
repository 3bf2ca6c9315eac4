"""The shipped technique model: one encoder pass per window, span tags and span labels.

The encoder (MiniLM, fine-tuned, int8 ONNX) gives a hidden vector and a B/I/O tag per word
piece; spans are decoded from the tags, and each span is labelled by a small head over its
pooled pieces, its window's [CLS] vector and hand features (``encoding.span_features``).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from threadpoolctl import ThreadpoolController

from presslens.techniques import LABELS
from presslens.techniques import encoding as enc
from presslens.techniques.baseline import Baseline

#: where the shipped files live: repo checkout first, then an env override.
MODEL_DIR = Path(__file__).resolve().parents[3] / "models" / "techniques"

#: encoder(input_ids, attention_mask) -> (hidden B x T x H, tag logits B x T x 3)
Encoder = Callable[[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]


@dataclass(frozen=True)
class FoundSpan:
    """A technique span found or classified by the model."""

    start: int
    end: int
    technique: str
    score: float
    probs: tuple[float, ...] = ()


@dataclass
class Prepared:
    """A text after the encoder pass: pieces, windows, hidden states, tag probabilities."""

    text: str
    article: enc.Pieces
    windows: list[tuple[int, int]]
    hidden: list[np.ndarray]
    probs: np.ndarray


def rank_labels(keys: list, probs: np.ndarray) -> list[str]:
    """Best label per row; the k-th repeat of the same key gets its k-th best label.

    The corpus gives a span several labels by listing it several times, so repeats of one
    span are asked for different techniques.
    """
    seen: dict = {}
    out = []
    for key, p in zip(keys, probs, strict=True):
        k = seen.get(key, 0)
        seen[key] = k + 1
        order = np.argsort(-p, kind="stable")
        out.append(LABELS[int(order[min(k, len(order) - 1)])])
    return out


class ModelError(Exception):
    """The technique model cannot be loaded; the message names the folder and the reason."""


class ModelFilesMissing(ModelError, FileNotFoundError):
    """The shipped model files are not where the runtime looks for them."""


@functools.lru_cache(maxsize=1)
def _blas() -> ThreadpoolController:
    return ThreadpoolController()


def one_blas_thread():
    """Run numpy's matrix products on one thread inside the block.

    The head's products are small; OpenBLAS splitting them over threads that compete with
    onnxruntime, spaCy or another worker made them 10-100x slower on 2 busy cores (measured:
    0.4 ms against 4-60 ms per article).
    """
    return _blas().limit(limits=1, user_api="blas")


def softmax(x: np.ndarray) -> np.ndarray:
    """Softmax over the last axis."""
    x = x - x.max(axis=-1, keepdims=True)
    e = np.exp(x)
    return e / e.sum(axis=-1, keepdims=True)


class TechniqueModel:
    """Finds and labels technique spans in an article text."""

    def __init__(
        self,
        encoder: Encoder,
        head: dict[str, np.ndarray],
        tokenizer,
        config: dict,
        baseline: Baseline | None = None,
    ):
        self.encoder = encoder
        #: the TF-IDF model joins the head as a product of experts (weight: config)
        self.baseline = baseline
        self.baseline_weight = float(config.get("baseline_weight", 0.0)) if baseline else 0.0
        self.head = {k: np.asarray(v, dtype=np.float32) for k, v in head.items()}
        self.tokenizer = tokenizer
        self.config = config
        self.batch = int(config.get("batch", 16))

    # --- encoder passes ---------------------------------------------------------------

    def _encode(self, article: enc.Pieces, ranges: list[tuple[int, int]]):
        """Hidden states and tag probabilities for piece windows, batched."""
        hidden, tags = [], []
        for k in range(0, len(ranges), self.batch):
            part = ranges[k : k + self.batch]
            ids, mask = enc.encoder_inputs(article, part)
            h, t = self.encoder(ids, mask)
            for row, (i, j) in enumerate(part):
                hidden.append(np.asarray(h[row, : j - i + 2], dtype=np.float32))
                tags.append(softmax(np.asarray(t[row, 1 : j - i + 1], dtype=np.float32)))
        return hidden, tags

    # --- span classification ----------------------------------------------------------

    def _span_vectors(self, text, article, spans, windows, hidden) -> np.ndarray:
        """Head inputs for character spans, reusing window passes where a span fits in one."""
        folded = enc.normalise(text)
        rows: list[np.ndarray | None] = [None] * len(spans)
        extra: list[tuple[int, tuple[int, int], tuple[int, int]]] = []
        starts = np.array([w[0] for w in windows] or [0])
        for n, (start, end) in enumerate(spans):
            i, j = article.covering(start, end)
            if j <= i:  # a span with no word piece (whitespace, punctuation tokenised away)
                i, j = article.covering(max(0, start - 1), end + 1)
                j = max(j, i + 1) if len(article) else j
            feats = enc.span_features(text, start, end, j - i, folded)
            w = int(np.searchsorted(starts, i, side="right")) - 1
            if windows and w >= 0 and windows[w][0] <= i and j <= windows[w][1]:
                rows[n] = self._pool(hidden[w], i - windows[w][0], j - windows[w][0], feats)
            else:
                extra.append((n, enc.window_for(article, i, j), (i, j)))
        if extra:
            ex_hidden, _ = self._encode(article, [e[1] for e in extra])
            for (n, (wi, _wj), (i, j)), h in zip(extra, ex_hidden, strict=True):
                start, end = spans[n]
                feats = enc.span_features(text, start, end, j - i, folded)
                jj = min(j, wi + h.shape[0] - 2)
                rows[n] = self._pool(h, i - wi, jj - wi, feats)
        dim = self.head["w1"].shape[0]
        return np.stack(rows) if rows else np.zeros((0, dim), dtype=np.float32)

    @staticmethod
    def _pool(hidden: np.ndarray, i: int, j: int, feats: list[float]) -> np.ndarray:
        """Mean and max of the span's pieces (offset by [CLS]), the [CLS] vector, features."""
        piece = hidden[1 + i : 1 + max(j, i + 1)]
        return np.concatenate(
            [piece.mean(0), piece.max(0), hidden[0], np.asarray(feats, dtype=np.float32)]
        )

    def _classify_vectors(self, x: np.ndarray) -> np.ndarray:
        """Class probabilities from head inputs."""
        if not len(x):
            return np.zeros((0, len(LABELS)), dtype=np.float32)
        with one_blas_thread():
            h = np.tanh(x @ self.head["w1"] + self.head["b1"])
            return softmax(h @ self.head["w2"] + self.head["b2"])

    def prepare(self, text: str) -> Prepared:
        """Tokenise and run the encoder over every window of a text."""
        article = enc.pieces(self.tokenizer, text)
        windows = enc.windows(text, article)
        hidden, tags = self._encode(article, windows) if windows else ([], [])
        probs = np.concatenate(tags) if tags else np.zeros((0, 3), dtype=np.float32)
        return Prepared(text, article, windows, hidden, probs)

    def classify_prepared(self, prepared: Prepared, spans: list[tuple[int, int]]) -> np.ndarray:
        """Class probabilities (N x 14) for character spans of a prepared text."""
        if not spans:
            return np.zeros((0, len(LABELS)), dtype=np.float32)
        if not len(prepared.article):
            return np.full((len(spans), len(LABELS)), 1 / len(LABELS), dtype=np.float32)
        x = self._span_vectors(
            prepared.text, prepared.article, spans, prepared.windows, prepared.hidden
        )
        probs = self._classify_vectors(x)
        if self.baseline is not None and self.baseline_weight > 0:
            # the head sees the window, the linear model the exact words and marks; their product is better
            # than either on dev (MODEL_CARD.md)
            words = self.baseline.predict_spans(prepared.text, spans)
            mixed = np.log(probs + 1e-9) + self.baseline_weight * np.log(words + 1e-9)
            probs = softmax(mixed.astype(np.float32))
        return probs

    def classify(self, text: str, spans: list[tuple[int, int]]) -> np.ndarray:
        """Class probabilities (N x 14) for given character spans of one article."""
        return self.classify_prepared(self.prepare(text), spans)

    # --- span identification ----------------------------------------------------------

    def find(
        self, prepared: Prepared, threshold: float | None = None, seed: float | None = None
    ) -> list[FoundSpan]:
        """Technique spans of a prepared text, each with its best label."""
        spans, confidence = self.decode(
            prepared.text, prepared.article, prepared.probs, threshold, seed
        )
        classes = self.classify_prepared(prepared, spans)
        out = []
        for (start, end), conf, p in zip(spans, confidence, classes, strict=True):
            best = int(p.argmax())
            out.append(
                FoundSpan(start, end, LABELS[best], float(conf * p[best]), tuple(map(float, p)))
            )
        return out

    def analyse(self, text: str) -> list[FoundSpan]:
        """Find technique spans in a text and label each."""
        return self.find(self.prepare(text))

    def decode(self, text: str, article: enc.Pieces, probs: np.ndarray, threshold=None, seed=None):
        """Character spans from per-piece B/I/O probabilities (settings from the config).

        Hysteresis: a piece is inside a span when P(O) < ``threshold``, and a run of such
        pieces is kept only when one of its pieces is sure, P(O) < ``seed`` (the config's
        ``seed_threshold``; 1.0 keeps every run).  A B that beats I starts a new run; runs at
        most ``merge_gap`` pieces apart are joined (the tagger tends to break one span into
        fragments, and every fragment costs SI precision); spans shorter than
        ``min_span_chars`` are dropped.  All were chosen on dev (MODEL_CARD.md).
        """
        if threshold is None:
            threshold = float(self.config.get("span_threshold", 0.5))
        if seed is None:
            seed = float(self.config.get("seed_threshold", 1.0))
        min_chars = int(self.config.get("min_span_chars", 5))
        gap = int(self.config.get("merge_gap", 2))
        inside = probs[:, enc.TAG_O] < threshold
        runs: list[list[int]] = []
        k, n = 0, len(probs)
        while k < n:
            if not inside[k]:
                k += 1
                continue
            m = k + 1
            while m < n and inside[m] and probs[m, enc.TAG_B] <= probs[m, enc.TAG_I]:
                m += 1
            if runs and k - runs[-1][1] <= gap:
                runs[-1][1] = m
            else:
                runs.append([k, m])
            k = m
        spans, confidence = [], []
        for a, b in runs:
            if probs[a:b, enc.TAG_O].min() >= seed:
                continue  # no sure piece: a faint run
            start, end = int(article.offsets[a, 0]), int(article.offsets[b - 1, 1])
            if end - start >= min_chars and text[start:end].strip():
                spans.append((start, end))
                confidence.append(float(1.0 - probs[a:b, enc.TAG_O].mean()))
        return spans, confidence


def onnx_encoder(path: Path, threads: int = 0) -> Encoder:
    """An Encoder backed by an onnxruntime session."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    if threads:
        options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    # no busy-waiting between runs: the threads would spin against numpy and spaCy
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])

    def run(ids: np.ndarray, mask: np.ndarray):
        hidden, tags = session.run(["hidden", "tags"], {"input_ids": ids, "attention_mask": mask})
        return hidden, tags

    return run


def load_model(folder: Path | None = None, threads: int | None = None) -> TechniqueModel:
    """Load the shipped model from ``folder`` (default: models/techniques of the checkout).

    ``threads`` sets onnxruntime's intra-op threads (default: the config's, 0 = all cores).
    """
    folder = Path(folder) if folder else MODEL_DIR
    needed = ["encoder.int8.onnx", "head.npz", "tokenizer.json", "config.json"]
    missing = [name for name in needed if not (folder / name).is_file()]
    if missing:
        raise ModelFilesMissing(f"{folder}: technique model files missing: {', '.join(missing)}")
    from presslens.techniques.encoding import load_tokenizer

    try:
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        with np.load(folder / "head.npz") as data:
            head = {k: data[k] for k in data.files}
        baseline = None
        if float(config.get("baseline_weight", 0.0)) > 0 and (folder / "baseline.npz").is_file():
            baseline = Baseline.load(folder / "baseline.npz")
        return TechniqueModel(
            onnx_encoder(
                folder / "encoder.int8.onnx",
                int(config.get("threads", 0) if threads is None else threads),
            ),
            head,
            load_tokenizer(folder / "tokenizer.json"),
            config,
            baseline,
        )
    except Exception as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ModelError(f"{folder}: cannot load the technique model: {reason}") from exc


@functools.lru_cache(maxsize=2)
def shipped(folder: str | None = None, threads: int | None = None) -> TechniqueModel:
    """The shipped model (or the one in ``folder``), loaded once per process."""
    return load_model(Path(folder) if folder else None, threads)
