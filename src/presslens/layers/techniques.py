"""Persuasion techniques layer: SemEval-2020 technique spans found by the shipped model.

Spans inside embedded posts and boilerplate are analysed like the body but marked with their
``region``, so the author's rhetoric can be told from a quoted post's.
"""

from __future__ import annotations

from collections import Counter

from presslens.model import Article, Technique, TechniqueSummary
from presslens.options import Options
from presslens.techniques import tagger

REQUIRES = ("social", "boilerplate")
ASSIGNS = ("techniques", "technique_summary")


def region_of(article: Article, start: int, end: int) -> str:
    """Where a span sits: in an embedded post, in boilerplate, or in the body (by overlap)."""
    length = max(1, end - start)

    def covered(spans) -> int:
        return sum(max(0, min(end, s.end) - max(start, s.start)) for s in spans)

    if 2 * covered(article.social_posts) > length:
        return "social_post"
    if 2 * covered(article.boilerplate) > length:
        return "boilerplate"
    return "body"


def summarise(techniques: list[Technique], sentences: list[tuple[int, int]]) -> TechniqueSummary:
    """Count per technique and the share of sentences with at least one technique span."""
    counts = Counter(t.technique for t in techniques)
    hit = sum(1 for s0, s1 in sentences if any(t.start < s1 and s0 < t.end for t in techniques))
    return TechniqueSummary(
        counts=dict(sorted(counts.items())),
        sentences=len(sentences),
        sentences_with_technique=hit,
        share=round(hit / len(sentences), 4) if sentences else 0.0,
    )


def run(article: Article, doc, options: Options, context: dict) -> None:
    """Fill ``article.techniques`` and ``article.technique_summary``."""
    # options.extra: "techniques_model" (a model folder), "techniques_threads" (onnxruntime)
    model = tagger.shipped(
        options.extra.get("techniques_model"), options.extra.get("techniques_threads")
    )
    found = model.analyse(article.text)
    techniques = [
        Technique(
            start=f.start,
            end=f.end,
            text=article.text[f.start : f.end],
            technique=f.technique,
            score=round(min(1.0, max(0.0, f.score)), 4),
            region=region_of(article, f.start, f.end),
        )
        for f in found
    ]
    techniques.sort(key=lambda t: (t.start, t.end, t.technique))
    article.techniques = techniques
    sentences = [(s.start_char, s.end_char) for s in doc.sents if s.text.strip()]
    article.technique_summary = summarise(techniques, sentences)
