"""``presslens techniques list|classify|evaluate``: the technique model from the command line."""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

from presslens.techniques import LABELS
from presslens.techniques.descriptions import DESCRIPTIONS


def add_parser(subparsers) -> None:
    """Register ``techniques`` and its three subcommands."""
    parser = subparsers.add_parser(
        "techniques", help="persuasion techniques: list, classify spans, evaluate on a split"
    )
    sub = parser.add_subparsers(dest="techniques_command", required=True)

    listing = sub.add_parser("list", help="the 14 technique labels with plain descriptions")
    listing.set_defaults(func=run_list)

    classify = sub.add_parser(
        "classify", help="label given spans (SemEval TC template: id, ?, start, end per line)"
    )
    classify.add_argument("--articles", required=True, type=Path, help="folder of articleID.txt")
    classify.add_argument("--spans", required=True, type=Path, help="span file, one per line")
    classify.add_argument(
        "--model", type=Path, default=None, help="model folder (default: shipped)"
    )
    classify.set_defaults(func=run_classify)

    evaluate = sub.add_parser("evaluate", help="SI, TC and joint F1 on a split in the PTC layout")
    evaluate.add_argument("--split", required=True, type=Path, help="folder with articles/, labels")
    evaluate.add_argument(
        "--model", type=Path, default=None, help="model folder (default: shipped)"
    )
    evaluate.add_argument("--per-label", action="store_true", help="also print TC F1 per technique")
    evaluate.set_defaults(func=run_evaluate)


def run_list(args: argparse.Namespace) -> int:
    """Print each label, its name and description."""
    for label in LABELS:
        name, description = DESCRIPTIONS[label]
        print(f"{label}\t{name}\t{description}")
    return 0


def read_span_file(path: Path) -> list[tuple[str, int, int]]:
    """(article id, start, end) per line of a TC template file."""
    from presslens.techniques.corpus import read_text

    rows = []
    for number, line in enumerate(read_text(path).splitlines(), 1):
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) != 4:
            raise ValueError(f"{path}:{number}: expected id<TAB>?<TAB>start<TAB>end: {line!r}")
        if not (parts[2].isdecimal() and parts[3].isdecimal()):
            raise ValueError(f"{path}:{number}: start and end must be integers: {line!r}")
        start, end = int(parts[2]), int(parts[3])
        if not 0 <= start < end:
            raise ValueError(f"{path}:{number}: bad span {start}-{end} (needs start < end)")
        rows.append((parts[0], start, end))
    return rows


def run_classify(args: argparse.Namespace) -> int:
    """Print ``id<TAB>technique<TAB>start<TAB>end`` per input span, in input order."""
    from presslens.techniques.corpus import read_text
    from presslens.techniques.tagger import ModelError, load_model, rank_labels

    try:
        rows = read_span_file(args.spans)
    except (OSError, ValueError) as exc:
        print(f"presslens techniques classify: {exc}", file=sys.stderr)
        return 2
    by_article: dict[str, list[int]] = defaultdict(list)
    for n, (aid, _s, _e) in enumerate(rows):
        by_article[aid].append(n)
    try:
        model = load_model(args.model)
    except ModelError as exc:
        print(f"presslens techniques classify: {exc}", file=sys.stderr)
        return 2
    labels: list[str] = [""] * len(rows)
    for aid, numbers in by_article.items():
        path = args.articles / f"article{aid}.txt"
        try:
            text = read_text(path)
        except OSError as exc:
            print(f"presslens techniques classify: {path}: {exc.strerror}", file=sys.stderr)
            return 2
        except ValueError as exc:
            print(f"presslens techniques classify: {exc}", file=sys.stderr)
            return 2
        spans = [(rows[n][1], rows[n][2]) for n in numbers]
        if any(e > len(text) for _s, e in spans):
            print(f"presslens techniques classify: {path}: span past the end", file=sys.stderr)
            return 2
        for n, label in zip(numbers, rank_labels(spans, model.classify(text, spans)), strict=True):
            labels[n] = label
    for (aid, start, end), label in zip(rows, labels, strict=True):
        print(f"{aid}\t{label}\t{start}\t{end}")
    return 0


def run_evaluate(args: argparse.Namespace) -> int:
    """Print SI P/R/F1, TC micro-F1 (ours and the TF-IDF baseline) and joint F1."""
    from presslens.techniques.baseline import Baseline
    from presslens.techniques.corpus import read_split
    from presslens.techniques.evaluation import evaluate
    from presslens.techniques.tagger import MODEL_DIR, ModelError, load_model

    try:
        articles = read_split(args.split)
    except (OSError, ValueError) as exc:
        print(f"presslens techniques evaluate: {exc}", file=sys.stderr)
        return 2
    if not any(a.spans for a in articles):
        print(f"presslens techniques evaluate: {args.split}: no labels", file=sys.stderr)
        return 2
    folder = args.model or MODEL_DIR
    try:
        model = load_model(folder)
        # the linear expert is loaded with the model when it has a weight; alone here,
        # printed as the baseline beside ours
        baseline = model.baseline or (
            Baseline.load(folder / "baseline.npz") if (folder / "baseline.npz").is_file() else None
        )
    except (ModelError, OSError, ValueError) as exc:
        print(f"presslens techniques evaluate: {exc}", file=sys.stderr)
        return 2
    report = evaluate(model, articles, baseline)
    lines = report.lines()
    if not args.per_label:
        lines = [line for line in lines if not line.startswith(" ") and "per technique" not in line]
    print("\n".join(lines))
    return 0
