"""Runs the layers over one article or a stream of them."""

from __future__ import annotations

import hashlib

from presslens import layers as layer_registry
from presslens import nlp
from presslens.ingest import RawDocument
from presslens.model import Article
from presslens.options import Options


def article_id(text: str) -> str:
    """Stable id of an article: a hash of its text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def new_article(raw: RawDocument) -> Article:
    """An Article with the container's metadata and no layers yet."""
    return Article(
        id=article_id(raw.text),
        source=raw.source,
        url=raw.url,
        text=raw.text,
        title=raw.title,
        authors=list(raw.authors),
        published=raw.published,
        outlet=raw.outlet,
        warnings=list(raw.warnings),
    )


def analyze(raw: RawDocument, options: Options | None = None, doc=None) -> Article:
    """Analyse one RawDocument with every requested layer."""
    options = options or Options()
    article = new_article(raw)
    if doc is None:
        doc = nlp.parse(raw.text)
    run_layers(article, doc, options, raw)
    return article


def run_layers(article: Article, doc, options: Options, raw: RawDocument | None = None) -> None:
    """Run the requested layers in registry order over an article and its parse."""
    context = {"raw": raw}
    for _name, module in layer_registry.available(options.layers):
        module.run(article, doc, options, context)


def analyze_text(text: str, options: Options | None = None, **metadata) -> Article:
    """Analyse a plain text (``text`` is kept unchanged); metadata as RawDocument fields."""
    raw = RawDocument(source=metadata.pop("source", "text"), text=text, **metadata)
    return analyze(raw, options)
