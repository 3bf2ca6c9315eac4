"""Tokenisation, windows and span features shared by training and the runtime.

An article is tokenised once (WordPiece, with character offsets); the encoder then reads
windows of whole lines of at most ``WINDOW`` word pieces, so one pass serves both span
identification (a B/I/O tag per piece) and classification (span pieces pooled).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from tokenizers import Tokenizer

#: Word pieces per window, without [CLS]/[SEP]; 126 keeps the encoder at 128 positions.
WINDOW = 126
CLS_ID, SEP_ID, PAD_ID = 101, 102, 0
#: tag ids of the span-identification head.
TAG_O, TAG_B, TAG_I = 0, 1, 2
N_FEATURES = 9


def load_tokenizer(path: Path) -> Tokenizer:
    """The WordPiece tokenizer of the encoder, with padding and truncation off."""
    tokenizer = Tokenizer.from_file(str(path))
    tokenizer.no_padding()
    tokenizer.no_truncation()
    return tokenizer


@dataclass
class Pieces:
    """An article's word pieces: ids and character offsets (N x 2) into the text."""

    ids: np.ndarray
    offsets: np.ndarray

    def __len__(self) -> int:
        return len(self.ids)

    def covering(self, start: int, end: int) -> tuple[int, int]:
        """Piece range [i, j) of the pieces that overlap characters [start, end)."""
        i = int(np.searchsorted(self.offsets[:, 1], start, side="right"))
        j = int(np.searchsorted(self.offsets[:, 0], end, side="left"))
        return i, max(i, j)


def pieces(tokenizer: Tokenizer, text: str) -> Pieces:
    """Tokenise a whole article once."""
    encoding = tokenizer.encode(text, add_special_tokens=False)
    ids = np.asarray(encoding.ids, dtype=np.int64)
    offsets = np.asarray(encoding.offsets, dtype=np.int64).reshape(-1, 2)
    return Pieces(ids, offsets)


def windows(text: str, article: Pieces, size: int = WINDOW) -> list[tuple[int, int]]:
    """Piece ranges covering the article: whole lines packed greedily, long lines cut."""
    if not len(article):
        return []
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    # first piece of each line; lines without pieces collapse onto the next boundary
    cuts = sorted(
        {int(np.searchsorted(article.offsets[:, 0], s, side="left")) for s in line_starts}
    )
    cuts = [c for c in cuts if c < len(article)] + [len(article)]
    if cuts[0] != 0:
        cuts.insert(0, 0)
    out: list[tuple[int, int]] = []
    start = cuts[0]
    previous = start
    for cut in cuts[1:]:
        if cut - start > size:
            if previous > start:
                out.append((start, previous))
                start = previous
            while cut - start > size:
                out.append((start, start + size))
                start += size
        previous = cut
    if previous > start:
        out.append((start, previous))
    return out


def window_for(article: Pieces, i: int, j: int, size: int = WINDOW) -> tuple[int, int]:
    """A window of at most ``size`` pieces around pieces [i, j), the span centred."""
    if j - i >= size:
        return i, i + size
    room = size - (j - i)
    left = max(0, i - room // 2)
    right = min(len(article), left + size)
    left = max(0, right - size)
    return left, right


def encoder_inputs(article: Pieces, spans: list[tuple[int, int]]) -> tuple[np.ndarray, np.ndarray]:
    """input_ids and attention_mask (B x T) for piece windows, with [CLS]/[SEP] and padding."""
    width = max(j - i for i, j in spans) + 2
    ids = np.full((len(spans), width), PAD_ID, dtype=np.int64)
    mask = np.zeros((len(spans), width), dtype=np.int64)
    for row, (i, j) in enumerate(spans):
        ids[row, 0] = CLS_ID
        ids[row, 1 : j - i + 1] = article.ids[i:j]
        ids[row, j - i + 1] = SEP_ID
        mask[row, : j - i + 2] = 1
    return ids, mask


def tag_targets(article: Pieces, spans: list[tuple[int, int]]) -> np.ndarray:
    """B/I/O tag per piece for gold character spans, merged where they overlap."""
    tags = np.full(len(article), TAG_O, dtype=np.int64)
    for start, end in merge(spans):
        i, j = article.covering(start, end)
        if j > i:
            tags[i] = TAG_B
            tags[i + 1 : j] = TAG_I
    return tags


def merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Union of character spans: overlapping ones become one."""
    out: list[list[int]] = []
    for start, end in sorted(spans):
        if end <= start:
            continue
        if out and start < out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return [(s, e) for s, e in out]


def normalise(text: str) -> str:
    """Span text for repetition counting: lower case, words only."""
    return " ".join(re.findall(r"\w+", text.lower()))


def span_features(
    text: str, start: int, end: int, n_pieces: int, folded: str | None = None
) -> list[float]:
    """Hand features of a span that help classification: repetition, length, position, marks."""
    folded = folded if folded is not None else normalise(text)
    words = normalise(text[start:end])
    # Repetition is mostly a span whose words recur elsewhere in the article.
    repeats = max(0, len(re.findall(r"\b" + re.escape(words) + r"\b", folded)) - 1) if words else 0
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line_len = max(1, line_end - line_start)
    before = text[max(0, start - 1) : start]
    return [
        math.log1p(end - start) / 6.0,
        math.log1p(n_pieces) / 4.0,
        math.log1p(repeats),
        1.0 if repeats else 0.0,
        min(1.0, (end - start) / line_len),
        1.0 if start == line_start else 0.0,
        1.0 if "!" in text[start : min(len(text), end + 1)] else 0.0,
        1.0 if before in "\"'\u201c\u2018" and before else 0.0,
        1.0 if text[start:end].isupper() or text[start:end].istitle() else 0.0,
    ]
