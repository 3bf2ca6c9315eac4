"""Runs the layers over one article or a stream of them (batched parse, worker processes)."""

from __future__ import annotations

import hashlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from presslens import layers as layer_registry
from presslens import nlp
from presslens.ingest import IngestError, RawDocument
from presslens.ingest.language import detect
from presslens.model import Article, Span
from presslens.options import Options

#: Layers that read any language (patterns over markup and punctuation, not English words).
LANGUAGE_NEUTRAL = ("social",)


class AnalysisError(Exception):
    """A layer failed on one article; the message names the input, the layer and the reason."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


def article_id(text: str) -> str:
    """Stable id of an article: a hash of its text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def new_article(raw: RawDocument) -> Article:
    """An Article with the container's metadata and no layers yet."""
    title_span = None
    if raw.title:
        i = raw.text.find(raw.title, 0, len(raw.title) + 200)
        if i >= 0:
            title_span = Span(start=i, end=i + len(raw.title), text=raw.title)
    return Article(
        id=article_id(raw.text),
        source=raw.source,
        url=raw.url,
        text=raw.text,
        title=raw.title,
        title_span=title_span,
        authors=list(raw.authors),
        published=raw.published,
        outlet=raw.outlet,
        warnings=list(raw.warnings),
    )


def _layers_for(article: Article, options: Options) -> tuple[str, ...]:
    language, _confidence = detect(article.text)
    article.language = language
    if language in ("en", "und"):
        return options.layers
    kept = tuple(name for name in options.layers if name in LANGUAGE_NEUTRAL)
    skipped = [name for name in options.layers if name not in kept]
    if skipped:
        article.warnings.append(
            f"language is {language!r}, not English: skipped {', '.join(skipped)}"
        )
    return kept


def run_layers(
    article: Article,
    doc,
    options: Options,
    raw: RawDocument | None = None,
    names: tuple[str, ...] | None = None,
) -> None:
    """Run the requested layers in registry order over an article and its parse."""
    context = {"raw": raw}
    # an empty tuple means "none" (a non-English text keeps no English layer), not "all"
    for name, module in layer_registry.available(options.layers if names is None else names):
        try:
            module.run(article, doc, options, context)
        except Exception as exc:  # a layer bug must name the article, not kill the batch
            raise AnalysisError(
                article.source, f"layer {name} failed: {type(exc).__name__}: {exc}"
            ) from exc


def analyze(raw: RawDocument, options: Options | None = None, doc=None) -> Article:
    """Analyse one RawDocument with every requested layer."""
    options = options or Options()
    article = new_article(raw)
    names = _layers_for(article, options)
    if doc is None:
        doc = nlp.parse(raw.text)
    run_layers(article, doc, options, raw, names)
    return article


def analyze_text(text: str, options: Options | None = None, **metadata) -> Article:
    """Analyse a plain text (``text`` is kept unchanged); metadata as RawDocument fields."""
    raw = RawDocument(source=metadata.pop("source", "text"), text=text, **metadata)
    return analyze(raw, options)


def analyze_batch(raws: list[RawDocument], options: Options) -> list[Article | AnalysisError]:
    """Analyse several documents with one batched spaCy parse."""
    out: list[Article | AnalysisError] = []
    docs = nlp.load().pipe((r.text for r in raws), batch_size=options.batch_size)
    for raw, doc in zip(raws, docs):
        try:
            out.append(analyze(raw, options, doc=doc))
        except AnalysisError as exc:
            out.append(exc)
    return out


def _worker_init() -> None:
    nlp.load()


def analyze_stream(
    items: Iterable[RawDocument | IngestError],
    options: Options,
    workers: int = 1,
    skip: Callable[[RawDocument], bool] | None = None,
    chunk: int = 8,
) -> Iterator[Article | IngestError | AnalysisError | RawDocument]:
    """Analyse a stream in order: Articles, the errors of inputs that failed, and (when
    ``skip`` says so) the RawDocuments that were skipped unanalysed."""

    def chunks() -> Iterator[list[RawDocument | IngestError]]:
        batch: list = []
        for item in items:
            batch.append(item)
            if len(batch) >= chunk:
                yield batch
                batch = []
        if batch:
            yield batch

    def split(batch) -> tuple[list[RawDocument], list[bool]]:
        # The skip decision is taken once per item, before analysis: the caller may store an
        # article (changing what ``skip`` answers) while later items of the batch are merged.
        todo_flags = [isinstance(x, RawDocument) and not (skip and skip(x)) for x in batch]
        return [x for x, t in zip(batch, todo_flags) if t], todo_flags

    def merge(batch, flags, results):
        it = iter(results)
        for x, analysed in zip(batch, flags):
            yield next(it) if analysed else x

    if workers <= 1:
        for batch in chunks():
            todo, flags = split(batch)
            yield from merge(batch, flags, analyze_batch(todo, options))
        return

    with ProcessPoolExecutor(max_workers=workers, initializer=_worker_init) as pool:
        pending: deque[tuple[list, list[bool], Future]] = deque()
        for batch in chunks():
            todo, flags = split(batch)
            pending.append((batch, flags, pool.submit(analyze_batch, todo, options)))
            while len(pending) > 2 * workers:
                done_batch, done_flags, fut = pending.popleft()
                yield from merge(done_batch, done_flags, fut.result())
        while pending:
            done_batch, done_flags, fut = pending.popleft()
            yield from merge(done_batch, done_flags, fut.result())
