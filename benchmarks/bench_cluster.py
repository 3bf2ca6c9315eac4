"""Every layer over the same articles: one process, local worker processes, a Ray cluster.

Same texts (../shared/data/ptc/unlabeled), same layers (all of them), store excluded:

* ``analyze_stream`` in this process;
* with ``--workers`` local worker processes;
* on a Ray cluster started here (``cluster="local"``) with as many tasks at a time, timed
  with the cluster's start (what ``presslens analyze --ray local`` costs) and, from a second
  run on a cluster already up, without it (what a long-running cluster costs per article).

On one machine Ray cannot beat its own cores; what it buys is more machines (``--ray
ADDRESS``).  This measures what it costs over the local pool on the same cores.

    python benchmarks/bench_cluster.py [--limit N] [--workers N]
"""

from __future__ import annotations

import argparse
import os
import sys
import time

from _common import shared, table

from presslens.ingest.sources import read_path
from presslens.options import Options
from presslens.pipeline import analyze_stream


def timed(raws, options, **kwargs) -> float:
    t0 = time.perf_counter()
    for item in analyze_stream(iter(raws), options, **kwargs):
        if not hasattr(item, "id"):
            raise SystemExit(f"failed: {item}")
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=120)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    args = ap.parse_args()
    import ray

    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    options = Options()
    files = sorted(shared("ptc", "unlabeled").glob("*.txt"))[: args.limit]
    raws = [r for f in files for r in read_path(f, options)]
    n = len(raws)
    timed(raws[:2], options)  # models loaded in this process

    rows = []
    one = timed(raws, options)
    rows.append(("this process", 1, f"{n / one:.2f}", "1.00x"))
    pool = timed(raws, options, workers=args.workers)
    rows.append(("local worker processes", args.workers, f"{n / pool:.2f}", f"{one / pool:.2f}x"))
    cold = timed(raws, options, cluster="local", workers=args.workers)
    rows.append(("Ray, started for the run", args.workers, f"{n / cold:.2f}", f"{one / cold:.2f}x"))
    ray.init(num_cpus=args.workers, include_dashboard=False, logging_level="ERROR")
    try:
        timed(raws[: 2 * args.workers], options, cluster="auto", workers=args.workers)  # warm
        warm = timed(raws, options, cluster="auto", workers=args.workers)
    finally:
        ray.shutdown()
    rows.append(("Ray, already up", args.workers, f"{n / warm:.2f}", f"{one / warm:.2f}x"))
    print(f"{n} articles, every layer, {os.cpu_count()} cores\n")
    print(table(rows, ("how", "workers", "articles/s", "speed-up")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
