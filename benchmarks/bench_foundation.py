"""Throughput of `presslens analyze` (the foundation layers) beside a bare spaCy parse.

Same texts (../shared/data/ptc/unlabeled), same model, same run:

* bare ``nlp.pipe`` with 1 process, and with ``n_process=2``;
* presslens's foundation layers (social, boilerplate, entities, dates, genre) through
  ``analyze_stream`` with 1 and 2 workers — ingest (decoding) included, store excluded.

The issue's target: the layers cost at most 1.3x the bare parse (ratio = ours / bare).

    python benchmarks/bench_foundation.py [--limit N] [--layers a,b,c]
"""

from __future__ import annotations

import argparse
import sys
import time

from _common import shared, table

from presslens import nlp
from presslens.ingest.sources import read_path
from presslens.options import Options
from presslens.pipeline import analyze_stream

FOUNDATION = ("social", "boilerplate", "entities", "dates", "genre")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=400)
    ap.add_argument("--layers", default=",".join(FOUNDATION))
    args = ap.parse_args()
    folder = shared("ptc", "unlabeled")
    files = sorted(folder.glob("*.txt"))[: args.limit]
    options = Options(layers=tuple(args.layers.split(",")))
    raws = [r for f in files for r in read_path(f, options)]
    texts = [r.text for r in raws]
    n_chars = sum(len(t) for t in texts)
    model = nlp.load()
    list(model.pipe(texts[:5]))  # warm up

    rows = []
    timings = {}
    for procs in (1, 2):
        t0 = time.perf_counter()
        for _doc in model.pipe(texts, batch_size=32, n_process=procs):
            pass
        timings[("bare", procs)] = time.perf_counter() - t0
        t0 = time.perf_counter()
        for item in analyze_stream(iter(raws), options, workers=procs):
            if not hasattr(item, "id"):
                raise SystemExit(f"failed: {item}")
        timings[("ours", procs)] = time.perf_counter() - t0
    for procs in (1, 2):
        bare, ours = timings[("bare", procs)], timings[("ours", procs)]
        rows.append(
            (procs, f"{len(texts) / bare:.1f}", f"{len(texts) / ours:.1f}", f"{ours / bare:.2f}x")
        )
    print(f"{len(texts)} articles, {n_chars / 1e6:.2f} M characters; layers: {args.layers}\n")
    print(
        table(rows, ("workers", "bare nlp.pipe art/s", "presslens art/s", "presslens / bare time"))
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
