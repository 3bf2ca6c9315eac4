"""The linear expert of the technique model: its tokens, its TF-IDF transform, its file."""

from __future__ import annotations

import math

import numpy as np
import pytest

from presslens.techniques import LABELS
from presslens.techniques.baseline import (
    ArticleWords,
    Baseline,
    Block,
    char_grams,
    context_tokens,
    mark_tokens,
    word_grams,
)
from presslens.techniques.tagger import MODEL_DIR

TRICKY = [
    "Make America   great again!",
    "a I x",
    "“Crooked” Hillary's e-mails — 100% FAKE",
    "  leading and trailing\tspaces \n",
    "",
    "naïve café Straße",
]


def test_word_and_char_grams_are_scikit_learns() -> None:
    text = pytest.importorskip("sklearn.feature_extraction.text")
    words = text.TfidfVectorizer(ngram_range=(1, 2)).build_analyzer()
    chars = text.TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5)).build_analyzer()
    for span in TRICKY:
        assert sorted(word_grams(span, 1, 2)) == sorted(words(span))
        assert sorted(char_grams(span, 2, 5)) == sorted(chars(span))


def test_char_grams_of_a_short_word_count_it_once() -> None:
    assert char_grams("a", 2, 5) == [" a", "a ", " a "]
    assert char_grams("ab", 3, 5) == [" ab", "ab ", " ab "]


def test_context_tokens_are_the_line_outside_the_span() -> None:
    text = "Title\nWe must stop the invasion of our country now.\nNext line"
    start = text.index("the invasion")
    end = start + len("the invasion")
    tokens = context_tokens((text, start, end))
    assert [t for t in tokens if t.startswith("L:")] == ["L:we", "L:must", "L:stop"]
    assert [t for t in tokens if t.startswith("R:")] == ["R:of", "R:our", "R:country", "R:now"]
    assert "C:title" not in tokens and "C:next" not in tokens and "C:invasion" not in tokens


def test_mark_tokens_see_repetition_before_and_after() -> None:
    text = "Make it great.\nWe will make it great, MAKE IT GREAT!\nMake it"
    middle = text.index("make it great")
    marks = mark_tokens((text, middle, middle + len("make it great")))
    assert {"rep2", "before1", "after1", "recur3"} <= set(marks)
    last = text.index("MAKE IT GREAT")
    marks = mark_tokens((text, last, last + len("MAKE IT GREAT"), ArticleWords(text)))
    assert {"rep2", "before2", "after0", "upper", "excl"} <= set(marks)
    title = mark_tokens((text, 0, 13))
    assert {"title", "linestart", "wholeline"} <= set(title)


def test_article_words_find_sequences_only_in_a_row() -> None:
    text = "big lie, a big lie; big and lie"
    found = ArticleWords(text).occurrences(["big", "lie"])
    assert [text[a:b] for a, b in found] == ["big lie", "big lie"]


def test_blocks_are_normalised_apart_and_scaled(tmp_path) -> None:
    text = "Wake up, patriots!"
    words = Block("words", 1, 1, ["wake", "up", "patriots"], [1.0, 1.0, 2.0])
    marks = Block("marks", 1, 1, ["excl", "len2"], [1.0, 3.0], scale=0.5)
    model = Baseline([words, marks], np.zeros((2, 5)), [0.0, 1.0], list(LABELS[:2]))
    x = model.transform([(text, 0, len(text))])[0]
    assert np.allclose(x[:3], np.array([1, 1, 2]) / math.sqrt(6))
    assert np.allclose(x[3:], 0.5 * np.array([1, 3]) / math.sqrt(10))
    p = model.predict_spans(text, [(0, len(text))])[0]
    assert p[:2].sum() == pytest.approx(1.0) and p[1] > p[0] and not p[2:].any()
    model.save(tmp_path / "b.npz")
    again = Baseline.load(tmp_path / "b.npz")
    assert [b.kind for b in again.blocks] == ["words", "marks"]
    assert np.allclose(again.transform([(text, 0, len(text))]), x)


def test_older_one_block_file_still_loads(tmp_path) -> None:
    np.savez_compressed(
        tmp_path / "old.npz",
        vocabulary=np.array(["bad", "bad people"]),
        idf=np.array([1.0, 2.0], dtype=np.float32),
        coef=np.array([[1.0, 0.0], [0.0, 1.0]], dtype=np.float32),
        intercept=np.zeros(2, dtype=np.float32),
        labels=np.array(LABELS[:2]),
    )
    model = Baseline.load(tmp_path / "old.npz")
    assert model.blocks[0].kind == "words" and (model.blocks[0].low, model.blocks[0].high) == (1, 2)
    assert model.predict_spans("bad people", [(0, 10)]).shape == (1, len(LABELS))


def test_shipped_linear_expert_is_small_and_sums_to_one() -> None:
    path = MODEL_DIR / "baseline.npz"
    assert path.stat().st_size < 5_000_000
    model = Baseline.load(path)
    text = "The corrupt elites lie again and again. They lie!"
    p = model.predict_spans(text, [(4, 18), (19, 38), (40, 48), (10, 10)])
    assert p.shape == (4, len(LABELS)) and np.allclose(p.sum(axis=1), 1.0)
