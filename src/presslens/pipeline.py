"""Runs the layers over one article or a stream of them (batched parse, worker processes)."""

from __future__ import annotations

import dataclasses
import hashlib
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from presslens import layers as layer_registry
from presslens import nlp
from presslens.ingest import IngestError, RawDocument, SourceError
from presslens.ingest.language import detect
from presslens.model import Article, Span
from presslens.options import Options

#: Layers that read any language (patterns over markup and punctuation, not English words).
LANGUAGE_NEUTRAL = ("social",)


class AnalysisError(SourceError):
    """A layer failed on one article; the message names the input, the layer and the reason."""


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


def plan(
    requested: tuple[str, ...], stored: tuple[str, ...] | None, force: bool = False
) -> tuple[str, ...] | None:
    """The layers to run on an article, given those already stored for it (None: not stored).

    None when the stored ones cover the request and ``force`` is off: nothing to do.  Else the
    requested layers and every stored layer that reads one of them, directly or not (its
    stored rows would be stale), with what they all read; the store keeps the other stored
    layers.  (A layer run only to feed another gives what it gave before: its readers stay.)
    """
    run = layer_registry.with_prerequisites(requested)
    if stored is None:
        return run
    if not force and set(run) <= set(stored):
        return None
    return layer_registry.with_prerequisites(
        tuple(requested) + layer_registry.readers(requested, stored)
    )


def replan(
    raw: RawDocument,
    requested: tuple[str, ...],
    stored: tuple[str, ...] | None,
    force: bool,
    stored_article: Callable[[], Article | None],
) -> tuple[str, ...] | None:
    """``plan`` for a document that may be stored already (``stored``: its stored layers).

    When a stored article is analysed again, what the store knew of it and this input does
    not say (a bare text posted again) is filled in from ``stored_article()``, so its date
    still anchors "on Thursday" and its outlet is not lost."""
    run = plan(requested, stored, force)
    old = stored_article() if run is not None and stored is not None else None
    if old is not None:
        for field in ("url", "title", "published", "outlet"):
            if not getattr(raw, field) and getattr(old, field):
                setattr(raw, field, getattr(old, field))
        if not raw.authors and old.authors:
            raw.authors = list(old.authors)
    return run


def _layers_for(article: Article, options: Options) -> tuple[str, ...]:
    wanted = layer_registry.with_prerequisites(options.layers)
    article.layers = list(wanted)
    language, _confidence = detect(article.text)
    article.language = language
    if language in ("en", "und"):
        return wanted
    kept = tuple(name for name in wanted if name in LANGUAGE_NEUTRAL)
    skipped = [name for name in wanted if name not in kept]
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


def analyze_batch(
    raws: list[RawDocument], options: Options, layers: list[tuple[str, ...]] | None = None
) -> list[Article | AnalysisError]:
    """Analyse several documents with one batched spaCy parse (``layers``: per document, the
    layers to run instead of the options')."""
    out: list[Article | AnalysisError] = []
    docs = nlp.load().pipe((r.text for r in raws), batch_size=options.batch_size)
    for n, (raw, doc) in enumerate(zip(raws, docs)):
        chosen = options if layers is None else dataclasses.replace(options, layers=layers[n])
        try:
            out.append(analyze(raw, chosen, doc=doc))
        except AnalysisError as exc:
            out.append(exc)
    return out


def _failure(exc: BaseException) -> str:
    """Why a worker's batch failed; a Ray task's error names the worker's own exception."""
    cause = getattr(exc, "cause", None)
    if isinstance(cause, BaseException):
        exc = cause
    return f"worker failed: {type(exc).__name__}: {exc}"


def _worker_init() -> None:
    nlp.load()


def analyze_stream(
    items: Iterable[RawDocument | IngestError],
    options: Options,
    workers: int | None = None,
    plan: Callable[[RawDocument], tuple[str, ...] | None] | None = None,
    chunk: int = 8,
    cluster: str | None = None,
) -> Iterator[Article | IngestError | AnalysisError | RawDocument]:
    """Analyse a stream in order: Articles, the errors of inputs that failed, and the
    RawDocuments left unanalysed because ``plan`` gave them no layers to run (``plan``
    chooses each document's layers; without it every document gets the options' layers).

    ``workers`` processes (default 1: this one) analyse batches of ``chunk`` documents; with
    ``cluster`` (a Ray address, or ``local``: see ``presslens.cluster``) Ray tasks do,
    ``workers`` of them at a time (default: the cluster's CPUs), and this process only reads
    and collects."""

    def chunks() -> Iterator[list[RawDocument | IngestError]]:
        batch: list = []
        for item in items:
            batch.append(item)
            if len(batch) >= chunk:
                yield batch
                batch = []
        if batch:
            yield batch

    def split(batch) -> tuple[list[RawDocument], list[tuple[str, ...]], list[bool]]:
        # The plan is made once per item, before analysis: the caller may store an article
        # (changing what ``plan`` answers) while later items of the batch are merged.
        plans = [
            (plan(x) if plan else options.layers) if isinstance(x, RawDocument) else None
            for x in batch
        ]
        flags = [p is not None for p in plans]
        return [x for x, f in zip(batch, flags) if f], [p for p in plans if p is not None], flags

    def merge(batch, flags, results):
        it = iter(results)
        for x, analysed in zip(batch, flags):
            yield next(it) if analysed else x

    if cluster is None and (workers or 1) <= 1:
        for batch in chunks():
            todo, layers, flags = split(batch)
            yield from merge(batch, flags, analyze_batch(todo, options, layers))
        return

    def alone(todo: list[RawDocument], layers: list) -> list[Article | AnalysisError]:
        # After a worker died: the batch again in a pool of its own; if that dies too, each
        # of its documents alone, so that only the one that kills a worker fails.
        with ProcessPoolExecutor(max_workers=1, initializer=_worker_init) as solo:
            try:
                return solo.submit(analyze_batch, todo, options, layers).result()
            except BrokenProcessPool:
                if len(todo) == 1:
                    why = "a worker process died analysing it (out of memory? a native crash?)"
                    return [AnalysisError(todo[0].source, why)]
        return [r for raw, lay in zip(todo, layers) for r in alone([raw], [lay])]

    def one_by_one(todo: list[RawDocument], layers: list) -> list[Article | AnalysisError]:
        # After a cluster worker died: each document of the batch in a task of its own (the
        # cluster itself goes on), so that only the one that kills a worker fails.
        futures = [
            pool.submit(analyze_batch, [raw], options, [lay]) for raw, lay in zip(todo, layers)
        ]
        out: list[Article | AnalysisError] = []
        for raw, fut in zip(todo, futures):
            try:
                out.extend(fut.result())
            except deaths:
                why = "a worker process died analysing it (out of memory? a native crash?)"
                out.append(AnalysisError(raw.source, why))
            except Exception as exc:  # noqa: BLE001 - it fails this document alone
                out.append(AnalysisError(raw.source, _failure(exc)))
        return out

    pool = None
    deaths: tuple[type[BaseException], ...] = ()
    slots = workers or 1
    pending: deque[tuple[list, list[bool], list[RawDocument], list, Future, list[str]]] = deque()
    in_flight: Counter[str] = Counter()  # ids of the documents in pending batches

    def start() -> None:
        # on the first batch with work: a stream of stored documents starts no pool or cluster
        nonlocal pool, deaths, slots
        if cluster is not None:
            from presslens.cluster import RayPool

            pool = RayPool(cluster, workers)
            deaths, slots = pool.deaths, pool.slots
        else:
            pool = ProcessPoolExecutor(max_workers=workers, initializer=_worker_init)

    def collect() -> Iterator:
        nonlocal pool
        batch, flags, todo, layers, fut, ids = pending.popleft()
        for i in ids:  # (no key kept at zero: a corpus of any size costs only its window)
            in_flight[i] -= 1
            if in_flight[i] <= 0:
                del in_flight[i]
        try:
            results = fut.result()
        except BrokenProcessPool:
            # A worker died and took the pool with every batch in it: each of them is run
            # again, one at a time, then a fresh pool takes the rest of the stream.
            pool.shutdown(wait=False, cancel_futures=True)
            broken = [(batch, flags, todo, layers), *(entry[:4] for entry in pending)]
            pending.clear()
            in_flight.clear()
            for b, f, t, lay in broken:
                yield from merge(b, f, alone(t, lay))
            pool = ProcessPoolExecutor(max_workers=workers, initializer=_worker_init)
            return
        except deaths:
            results = one_by_one(todo, layers)
        except Exception as exc:  # noqa: BLE001 - whatever it is, it fails this batch alone
            results = [AnalysisError(raw.source, _failure(exc)) for raw in todo]
        yield from merge(batch, flags, results)

    try:
        for batch in chunks():
            # A text still being analysed in an earlier batch waits for it: once that copy is
            # stored, ``plan`` may skip this one, as it does when one process runs them in turn.
            ids = {id(x): article_id(x.text) for x in batch if isinstance(x, RawDocument)}
            while pending and any(in_flight[i] > 0 for i in ids.values()):
                yield from collect()
            todo, layers, flags = split(batch)
            if todo:
                if pool is None:
                    start()
                fut = pool.submit(analyze_batch, todo, options, layers)
            else:
                fut = Future()  # nothing to analyse: its place in the order is kept
                fut.set_result([])
            todo_ids = [ids[id(raw)] for raw in todo]  # each text hashed once
            in_flight.update(todo_ids)
            pending.append((batch, flags, todo, layers, fut, todo_ids))
            while len(pending) > 2 * slots:
                yield from collect()
        while pending:
            yield from collect()
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
