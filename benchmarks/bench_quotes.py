"""Quotes layer: quality on the hand-made gold set, and cost per article beside the spaCy parse.

    .venv/bin/python benchmarks/bench_quotes.py            # figures
    .venv/bin/python benchmarks/bench_quotes.py --errors   # and every disagreement
    .venv/bin/python benchmarks/bench_quotes.py --json     # figures as JSON

Quality: P/R/F1 of quote spans (overlap >= 50% of the longer span, same class) for direct
quotes, indirect quotes (indirect + mixed) and embedded social posts; speaker accuracy on the
matched ones (see presslens.quotation.gold).  Gold: tests/gold/quotes (PTC train articles
read from ../shared, which is skipped when absent, plus the project's samples).

Cost: mean milliseconds per article of the bare spaCy parse and of the quotes layer alone
(run after the layers it requires), over the gold articles.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from presslens.quotation import gold as goldset

ROOT = Path(__file__).resolve().parents[1]
PTC = ROOT.parent / "shared" / "data" / "ptc" / "train" / "articles"


def evaluate(errors: bool = False) -> dict:
    """Run the quotes layer over the gold set; return the figures."""
    articles = goldset.load(ROOT / "tests" / "gold" / "quotes", PTC if PTC.is_dir() else None,
                            ROOT / "samples")
    run = goldset.evaluate(articles)
    n = run.articles
    out = {
        "articles": n,
        "ptc_articles": sum(1 for g in articles if g.source == "ptc"),
        "prior_layers": [name for name, _ in goldset.layers_before_quotes()],
        "parse_ms_per_article": round(1000 * run.parse_s / n, 1) if n else None,
        "quotes_ms_per_article": round(1000 * run.quotes_s / n, 1) if n else None,
    }
    for cls, s in run.scores.items():
        out[cls] = {
            "gold": s.gold, "predicted": s.predicted, "matched": s.matched,
            "precision": round(s.precision, 3), "recall": round(s.recall, 3),
            "f1": round(s.f1, 3), "speaker_accuracy": round(s.speaker_accuracy, 3),
        }
        if errors:
            out[cls]["errors"] = s.misses
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--errors", action="store_true", help="list every disagreement")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    figures = evaluate(errors=args.errors)
    if args.json:
        print(json.dumps(figures, indent=1))
        return 0
    print(f"gold articles: {figures['articles']} ({figures['ptc_articles']} PTC train)"
          f"   layers before quotes: {', '.join(figures['prior_layers']) or 'none'}")
    print(f"{'class':<9} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6} {'speaker':>8}")
    for cls in goldset.CLASSES:
        f = figures.get(cls)
        if not f:
            continue
        print(f"{cls:<9} {f['gold']:>5} {f['predicted']:>5} {f['precision']:>6.3f} "
              f"{f['recall']:>6.3f} {f['f1']:>6.3f} {f['speaker_accuracy']:>8.3f}")
    print(f"cost per article: spaCy parse {figures['parse_ms_per_article']} ms, "
          f"quotes layer {figures['quotes_ms_per_article']} ms")
    if args.errors:
        for cls in goldset.CLASSES:
            for line in figures.get(cls, {}).get("errors", []):
                print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
