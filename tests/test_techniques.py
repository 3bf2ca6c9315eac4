"""Technique layer: scoring formulas, windows, the shipped model, the layer and the commands."""

from __future__ import annotations

import argparse
import itertools
import math
import re

import numpy as np
import pytest

from presslens import nlp
from presslens.ingest import RawDocument
from presslens.layers import techniques as layer
from presslens.model import Boilerplate, SocialPost
from presslens.options import Options
from presslens.pipeline import new_article
from presslens.techniques import LABELS, scoring
from presslens.techniques import encoding as enc
from presslens.techniques.baseline import Baseline, Block
from presslens.techniques.descriptions import DESCRIPTIONS
from presslens.techniques.tagger import MODEL_DIR, load_model, rank_labels, shipped

SAMPLE = (
    "Traitors in Parliament sell out our proud nation again\n"
    "\n"
    "The spineless cowards in Parliament have once again betrayed every hard-working family "
    "in this country.\n"
    "These corrupt elites will stop at nothing to destroy everything our grandparents built.\n"
    "The finance minister said on Monday that the budget would be published in March.\n"
    "Wake up, patriots: it is now or never, and only a fool would trust them again!\n"
)


def commands_parser() -> argparse.ArgumentParser:
    from presslens.commands.techniques import add_parser

    parser = argparse.ArgumentParser(prog="presslens")
    add_parser(parser.add_subparsers(dest="command", required=True))
    return parser


def run_command(argv: list[str], capsys) -> tuple[int, str]:
    args = commands_parser().parse_args(argv)
    code = args.func(args)
    return code, capsys.readouterr().out


# --- scoring: the SemEval-2020 formulas on hand-worked cases -------------------------------


def test_span_identification_partial_credit() -> None:
    gold = [("1", "Doubt", 0, 10)]
    pred = [("1", "?", 5, 15)]
    # |s ∩ t| = 5: precision 5/10 over 1 predicted span, recall 5/10 over 1 gold span
    result = scoring.span_identification(pred, gold)
    assert (result.precision, result.recall, result.f1) == (0.5, 0.5, 0.5)


def test_span_identification_merges_overlaps_and_ignores_labels() -> None:
    gold = [("1", "Doubt", 0, 10), ("1", "Slogans", 5, 20), ("2", "Repetition", 0, 4)]
    pred = [("1", "?", 0, 20), ("2", "?", 2, 6), ("2", "?", 50, 60)]
    result = scoring.span_identification(pred, gold)
    # article 1: one merged gold span [0,20) met exactly; article 2: [2,6) vs [0,4) overlap 2
    assert result.gold == 2 and result.predicted == 3
    assert math.isclose(result.precision, (1 + 2 / 4 + 0) / 3)
    assert math.isclose(result.recall, (1 + 2 / 4) / 2)


def test_joint_needs_the_label() -> None:
    gold = [("1", "Doubt", 0, 10), ("1", "Slogans", 20, 30)]
    pred = [("1", "Doubt", 0, 10), ("1", "Doubt", 20, 30)]
    result = scoring.joint(pred, gold)
    assert (result.precision, result.recall) == (0.5, 0.5)
    assert scoring.span_identification(pred, gold).f1 == 1.0


def test_technique_classification_matches_repeats_as_multisets() -> None:
    gold = [("1", "Doubt", 0, 10), ("1", "Slogans", 0, 10), ("1", "Repetition", 40, 50)]
    pred = [("1", "Slogans", 0, 10), ("1", "Slogans", 0, 10), ("1", "Repetition", 40, 50)]
    result = scoring.technique_classification(pred, gold)
    assert math.isclose(result.f1, 2 / 3)


def test_rank_labels_gives_repeats_their_next_best_label() -> None:
    probs = np.zeros((3, len(LABELS)))
    probs[:, 4] = 0.6
    probs[:, 2] = 0.3
    labels = rank_labels([(0, 5), (0, 5), (9, 12)], probs)
    assert labels == [LABELS[4], LABELS[2], LABELS[4]]


# --- windows and features ------------------------------------------------------------


def test_windows_cover_every_piece_once_and_break_at_lines() -> None:
    tokenizer = enc.load_tokenizer(MODEL_DIR / "tokenizer.json")
    text = ("A short line here.\n" * 30) + ("word " * 300) + "\nEnd."
    pieces = enc.pieces(tokenizer, text)
    windows = enc.windows(text, pieces)
    assert windows[0][0] == 0 and windows[-1][1] == len(pieces)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(windows))
    assert all(0 < j - i <= enc.WINDOW for i, j in windows)
    # the first window ends where a line starts: its last piece is the period of a line
    first_end = windows[0][1]
    assert text[pieces.offsets[first_end - 1][0] : pieces.offsets[first_end - 1][1]] == "."


def test_tag_targets_and_covering() -> None:
    tokenizer = enc.load_tokenizer(MODEL_DIR / "tokenizer.json")
    text = "They are utterly disgraceful liars, said Tom."
    pieces = enc.pieces(tokenizer, text)
    start = text.index("utterly")
    end = text.index(",")
    i, j = pieces.covering(start, end)
    assert text[pieces.offsets[i][0] : pieces.offsets[j - 1][1]] == "utterly disgraceful liars"
    tags = enc.tag_targets(pieces, [(start, end), (text.index("liars"), end)])
    assert tags[i] == enc.TAG_B and all(tags[i + 1 : j] == enc.TAG_I)
    assert (tags[:i] == enc.TAG_O).all() and (tags[j:] == enc.TAG_O).all()


def test_hysteresis_decoding_keeps_runs_with_a_sure_piece() -> None:
    model = shipped()
    text = "one two three four five six seven eight nine ten"
    pieces = enc.pieces(model.tokenizer, text)
    assert len(pieces) == 10
    p_o = np.array([0.9, 0.1, 0.5, 0.9, 0.9, 0.9, 0.9, 0.6, 0.55, 0.9])
    probs = np.stack([p_o, np.zeros(10), 1 - p_o], axis=1)  # inside pieces tagged I
    spans, _ = model.decode(text, pieces, probs, threshold=0.7, seed=1.0)
    assert [text[s:e] for s, e in spans] == ["two three", "eight nine"]
    # with a seed, the faint run (no piece with P(O) < 0.3) goes; the sure one stays whole
    spans, _ = model.decode(text, pieces, probs, threshold=0.7, seed=0.3)
    assert [text[s:e] for s, e in spans] == ["two three"]


def test_repetition_feature_counts_other_occurrences() -> None:
    text = "Make it great. We will make it great, make it great!"
    start = text.index("make it great")
    feats = enc.span_features(text, start, start + len("make it great"), 3)
    assert feats[2] == pytest.approx(math.log1p(2)) and feats[3] == 1.0
    once = enc.span_features(text, text.index("We will"), text.index("We will") + 7, 2)
    assert once[3] == 0.0


def test_baseline_transform_by_hand(tmp_path) -> None:
    words = Block("words", 1, 2, ["bad", "bad people", "people"], [1.0, 2.0, 1.5])
    model = Baseline([words], np.eye(3), [0, 0, 0], list(LABELS[:3]))
    text = "They said: Bad bad people."
    x = model.transform([(text, 11, 25)])[0]
    raw = np.array([1 + math.log(2), 2.0, 1.5])
    assert np.allclose(x, raw / np.linalg.norm(raw))
    model.save(tmp_path / "b.npz")
    again = Baseline.load(tmp_path / "b.npz")
    spans = [(16, 25), (11, 14)]
    assert np.allclose(again.predict_spans(text, spans), model.predict_spans(text, spans))


def test_descriptions_cover_every_label(capsys) -> None:
    assert set(DESCRIPTIONS) == set(LABELS) and len(LABELS) == 14
    code, out = run_command(["techniques", "list"], capsys)
    lines = out.splitlines()
    assert code == 0 and [line.split("\t")[0] for line in lines] == list(LABELS)
    assert all(len(line.split("\t")[2]) > 40 for line in lines)


# --- the shipped model and the layer --------------------------------------------------


def test_shipped_model_finds_loaded_spans_in_sample() -> None:
    model = load_model()
    found = model.analyse(SAMPLE)
    assert found, "no technique found in a text full of loaded language"
    for f in found:
        assert 0 <= f.start < f.end <= len(SAMPLE)
        assert f.technique in LABELS and 0.0 <= f.score <= 1.0
        assert SAMPLE[f.start : f.end].strip() == SAMPLE[f.start : f.end]
    covered = "".join(SAMPLE[f.start : f.end] for f in found).lower()
    assert any(word in covered for word in ("cowards", "traitors", "corrupt", "spineless"))
    # the factual line about the budget carries no technique
    budget = SAMPLE.index("The finance minister")
    assert not any(budget <= f.start < SAMPLE.index("\n", budget) for f in found)


def test_classify_is_deterministic_and_sums_to_one() -> None:
    model = shipped()
    spans = [(SAMPLE.index("spineless cowards"), SAMPLE.index("spineless cowards") + 17)]
    first = model.classify(SAMPLE, spans)
    assert np.allclose(first.sum(axis=1), 1.0, atol=1e-5)
    assert np.array_equal(first, model.classify(SAMPLE, spans))


def test_layer_marks_regions_and_keeps_evidence() -> None:
    text = SAMPLE + "Posted by @angrypatriot: These corrupt traitors must be thrown out!\n"
    article = new_article(RawDocument(source="test", text=text))
    post_start = text.index("These corrupt traitors")
    article.social_posts = [
        SocialPost(
            start=text.index("Posted by"),
            end=len(text) - 1,
            text=text[text.index("Posted by") : len(text) - 1],
            platform="twitter",
            handle="@angrypatriot",
            text_start=post_start,
            text_end=len(text) - 1,
        )
    ]
    title_end = text.index("\n")
    article.boilerplate = [Boilerplate(start=0, end=title_end, text=text[:title_end], kind="other")]
    doc = nlp.parse(text)
    layer.run(article, doc, Options(layers=("techniques",)), {"raw": None})
    assert article.techniques
    for t in article.techniques:
        assert article.text[t.start : t.end] == t.text
        expected = layer.region_of(article, t.start, t.end)
        assert t.region == expected
    regions = {t.region for t in article.techniques}
    assert "social_post" in regions and "body" in regions
    assert [(t.start, t.end) for t in article.techniques] == sorted(
        (t.start, t.end) for t in article.techniques
    )
    summary = article.technique_summary
    assert summary is not None
    assert sum(summary.counts.values()) == len(article.techniques)
    assert 0 < summary.sentences_with_technique <= summary.sentences
    assert summary.share == round(summary.sentences_with_technique / summary.sentences, 4)


def test_region_of_by_majority_overlap() -> None:
    text = "0123456789" * 3
    article = new_article(RawDocument(source="t", text=text))
    article.boilerplate = [Boilerplate(start=0, end=10, text=text[:10], kind="byline")]
    assert layer.region_of(article, 2, 8) == "boilerplate"
    assert layer.region_of(article, 8, 20) == "body"


# --- classify and evaluate end to end on a split made here ---------------------------


ARTICLES = {
    "901": (
        "Shameful surrender at the border\n"
        "\n"
        "The weak and cowardly government has surrendered our borders to criminals.\n"
        "Officials said 120 people crossed on Tuesday.\n"
        "Do you really believe a word they say?\n"
    ),
    "902": (
        "Council approves new library\n"
        "\n"
        "The city council approved the new library on Thursday by a vote of seven to two.\n"
        "Only a traitor would vote against the people, a protester shouted.\n"
    ),
}


def write_split(root) -> list[tuple[str, str, int, int]]:
    (root / "articles").mkdir(parents=True)
    (root / "labels").mkdir()
    rows = []

    def label(aid: str, technique: str, phrase: str) -> None:
        start = ARTICLES[aid].index(phrase)
        rows.append((aid, technique, start, start + len(phrase)))

    label("901", "Loaded_Language", "Shameful surrender")
    label("901", "Name_Calling,Labeling", "weak and cowardly government")
    label("901", "Appeal_to_fear-prejudice", "surrendered our borders to criminals")
    label("901", "Doubt", "Do you really believe a word they say?")
    label("902", "Name_Calling,Labeling", "traitor")
    label("902", "Black-and-White_Fallacy", "Only a traitor would vote against the people")
    for aid, text in ARTICLES.items():
        (root / "articles" / f"article{aid}.txt").write_text(text, encoding="utf-8", newline="")
        lines = [f"{a}\t{t}\t{s}\t{e}" for a, t, s, e in rows if a == aid]
        (root / "labels" / f"article{aid}.task2-TC.labels").write_text("\n".join(lines) + "\n")
    return rows


def test_classify_command_end_to_end(tmp_path, capsys) -> None:
    rows = write_split(tmp_path / "split")
    spans = rows[::-1] + [rows[1]]  # out of order, and one span asked twice
    span_file = tmp_path / "spans.txt"
    span_file.write_text("".join(f"{a}\t?\t{s}\t{e}\n" for a, _t, s, e in spans))
    code, out = run_command(
        [
            "techniques",
            "classify",
            "--articles",
            str(tmp_path / "split" / "articles"),
            "--spans",
            str(span_file),
        ],
        capsys,
    )
    assert code == 0
    got = [line.split("\t") for line in out.splitlines()]
    assert [(g[0], int(g[2]), int(g[3])) for g in got] == [(a, s, e) for a, _t, s, e in spans]
    assert all(g[1] in LABELS for g in got)
    # the span asked twice gets two different techniques
    twice = [g[1] for g in got if (g[0], int(g[2]), int(g[3])) == (rows[1][0], *rows[1][2:])]
    assert len(twice) == 2 and twice[0] != twice[1]


def test_classify_command_reports_a_missing_article(tmp_path, capsys) -> None:
    span_file = tmp_path / "spans.txt"
    span_file.write_text("777\t?\t0\t4\n")
    args = commands_parser().parse_args(
        ["techniques", "classify", "--articles", str(tmp_path), "--spans", str(span_file)]
    )
    assert args.func(args) == 2
    assert "article777.txt" in capsys.readouterr().err


def test_evaluate_command_end_to_end(tmp_path, capsys) -> None:
    rows = write_split(tmp_path / "split")
    code, out = run_command(["techniques", "evaluate", "--split", str(tmp_path / "split")], capsys)
    assert code == 0
    assert f"gold spans {len(rows)}" in out
    si = next(line for line in out.splitlines() if line.startswith("span identification"))
    tc = next(line for line in out.splitlines() if line.startswith("technique classification"))
    joint = next(line for line in out.splitlines() if line.startswith("joint"))
    assert "baseline TF-IDF+LR" in tc
    for line in (si, tc, joint):
        figures = [float(f) for f in re.findall(r"\d+\.\d+", line)]
        assert figures and all(0.0 <= f <= 1.0 for f in figures)
    # the printed figures are the scoring module's on the same predictions
    from presslens.techniques.corpus import read_split
    from presslens.techniques.evaluation import evaluate

    report = evaluate(load_model(), read_split(tmp_path / "split"))
    assert f"F1 {report.span_id.f1:.4f}" in si and f"ours {report.tc.f1:.4f}" in tc
    assert f"F1 {report.joint.f1:.4f}" in joint
