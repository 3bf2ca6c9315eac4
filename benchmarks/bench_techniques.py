"""Technique layer time against the bare spaCy parse, per article, side by side.

    .venv/bin/python benchmarks/bench_techniques.py [--limit 100] [--threads 0] [--model DIR]

Reads ``../shared/data/ptc/unlabeled`` (article*.txt).  The target of issue 3: the technique
layer adds at most 0.5x the bare spaCy (en_core_web_sm) parse time per article on 2 cores.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared/data/ptc/unlabeled")
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument("--threads", type=int, default=0, help="onnxruntime threads; 0 = all")
    parser.add_argument("--model", default=None, help="model folder (default: the shipped one)")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"skipped: {args.data} is missing (../shared not laid beside the repo)")
        return 0

    from presslens import nlp
    from presslens.ingest import RawDocument
    from presslens.layers import techniques as layer
    from presslens.options import Options
    from presslens.pipeline import new_article
    from presslens.techniques import corpus, tagger

    paths = list(corpus.article_files(args.data).values())[: args.limit]
    texts = [corpus.read_text(p) for p in paths]
    spacy = nlp.load()
    extra = {"techniques_threads": args.threads, "techniques_model": args.model}
    options = Options(layers=("techniques",), extra=extra)
    model = tagger.shipped(args.model, args.threads)
    for text in texts[:3]:  # warm-up: first calls allocate arenas
        spacy(text)
        model.analyse(text)
    parse_s, layer_s, spans = [], [], 0
    for path, text in zip(paths, texts, strict=True):
        t0 = time.perf_counter()
        doc = spacy(text)
        t1 = time.perf_counter()
        article = new_article(RawDocument(source=str(path), text=text))
        layer.run(article, doc, options, {"raw": None})
        t2 = time.perf_counter()
        parse_s.append(t1 - t0)
        layer_s.append(t2 - t1)
        spans += len(article.techniques)
    chars = sum(len(t) for t in texts)
    mean_parse, mean_layer = statistics.fmean(parse_s), statistics.fmean(layer_s)
    print(f"articles {len(texts)}  characters {chars}  technique spans {spans}")
    print(f"onnxruntime threads {args.threads or 'all'}")
    print(
        f"spaCy parse       {1000 * mean_parse:8.1f} ms/article  (median {1000 * statistics.median(parse_s):.1f})"
    )
    print(
        f"technique layer   {1000 * mean_layer:8.1f} ms/article  (median {1000 * statistics.median(layer_s):.1f})"
    )
    print(f"ratio layer/parse {mean_layer / mean_parse:8.2f}  (target <= 0.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
