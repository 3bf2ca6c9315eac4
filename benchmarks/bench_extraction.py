"""Article-body extraction on ../shared/data/extraction: presslens beside plain trafilatura.

The body presslens reports is ``text`` minus the title and every ``boilerplate`` and
``social_posts`` span. Scores are the benchmark's: 4-word-shingle precision and recall per
page against the hand-checked body, averaged over pages (F1 from the averages, and the mean
of per-page F1).

    python benchmarks/bench_extraction.py
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import time

import trafilatura
from _common import shared, table

from presslens.ingest import IngestError
from presslens.ingest.html import parse_html
from presslens.options import Options
from presslens.pipeline import analyze

_WORD = re.compile(r"\w+", re.UNICODE)
FOUNDATION = ("social", "boilerplate", "entities", "dates", "genre")


def shingles(text: str, n: int = 4) -> set[tuple[str, ...]]:
    words = [w.lower() for w in _WORD.findall(text or "")]
    return {tuple(words[i : i + n]) for i in range(max(0, len(words) - n + 1))}


def score(predicted: str, truth: str) -> tuple[float, float, float]:
    p_sh, t_sh = shingles(predicted), shingles(truth)
    if not p_sh and not t_sh:
        return 1.0, 1.0, 1.0
    inter = len(p_sh & t_sh)
    precision = inter / len(p_sh) if p_sh else 0.0
    recall = inter / len(t_sh) if t_sh else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def body_of(article) -> str:
    """The article's body: text with the title, boilerplate and embedded posts cut out."""
    cut = [(s.start, s.end) for s in article.boilerplate + article.social_posts]
    if article.title_span is not None:
        cut.append((article.title_span.start, article.title_span.end))
    keep, pos = [], 0
    for start, end in sorted(cut):
        if start > pos:
            keep.append(article.text[pos:start])
        pos = max(pos, end)
    keep.append(article.text[pos:])
    return " ".join(keep)


def main() -> int:
    folder = shared("extraction")
    truth = json.loads((folder / "ground-truth.json").read_text())
    options = Options(layers=FOUNDATION)
    ours, plain = [], []
    t_ours = t_plain = 0.0
    failures = 0
    for page_id, gold in sorted(truth.items()):
        html = gzip.decompress((folder / "html" / f"{page_id}.html.gz").read_bytes())
        html = html.decode("utf-8", errors="replace")
        t0 = time.perf_counter()
        text = trafilatura.extract(html, url=gold.get("url")) or ""
        t_plain += time.perf_counter() - t0
        plain.append(score(text, gold["articleBody"]))
        t0 = time.perf_counter()
        try:
            raw = parse_html(html, page_id, url=gold.get("url"))
            body = body_of(analyze(raw, options))
        except IngestError:
            failures += 1
            body = ""
        t_ours += time.perf_counter() - t0
        ours.append(score(body, gold["articleBody"]))

    def summary(name, scores, seconds):
        n = len(scores)
        p = sum(s[0] for s in scores) / n
        r = sum(s[1] for s in scores) / n
        f = 2 * p * r / (p + r) if p + r else 0.0
        mean_f = sum(s[2] for s in scores) / n
        return (name, f"{p:.3f}", f"{r:.3f}", f"{f:.3f}", f"{mean_f:.3f}", f"{seconds:.1f}")

    rows = [
        summary("trafilatura.extract (plain)", plain, t_plain),
        summary("presslens body (foundation layers)", ours, t_ours),
    ]
    print(
        f"Extraction on {len(truth)} pages of ../shared/data/extraction "
        f"(4-word shingles; {failures} page(s) presslens refused as having no article)\n"
    )
    print(table(rows, ("extractor", "precision", "recall", "F1", "mean page F1", "seconds")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
