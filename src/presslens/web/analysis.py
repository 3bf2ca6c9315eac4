"""Running analyses for the HTTP API: a bounded worker pool, a time limit, typed failures.

Analyses run in worker threads so the server keeps answering while spaCy works.  A Python
thread cannot be stopped, so the time limit is a limit on waiting: past it the client gets a
504 at once (and an abandoned analysis is never stored), and once the workers and a short
queue are full, new analyses are refused with 503 instead of queueing without bound.
"""

from __future__ import annotations

import asyncio
import dataclasses
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from presslens import layers as layer_registry
from presslens.ingest import IngestError, RawDocument
from presslens.ingest.urlguard import BadUrl, UrlRefused
from presslens.model import Article
from presslens.options import Options
from presslens.pipeline import AnalysisError, analyze, article_id, replan
from presslens.store import Store, StoreError


class ApiError(Exception):
    """A failure with the HTTP status and message the client should see."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def ingest_status(exc: IngestError, fetching: bool = False) -> int:
    """HTTP status for an input that could not be read."""
    if isinstance(exc, UrlRefused):
        return 403
    if isinstance(exc, BadUrl):
        return 422
    if "limit" in exc.reason:
        return 413
    return 502 if fetching else 422


def raw_from_text(
    text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    published: str | None = None,
    authors: list[str] | None = None,
) -> RawDocument:
    """A RawDocument for text posted to the API (kept byte-for-byte as sent)."""
    return RawDocument(
        source="api",
        text=text,
        title=title,
        url=url,
        outlet=outlet,
        published=published,
        authors=list(authors or []),
    )


def raw_from_bytes(data: bytes, name: str, options: Options) -> RawDocument:
    """The article in an uploaded file (text or HTML, gzip allowed)."""
    from presslens.ingest.sources import from_bytes

    kind = None
    lowered = name.lower().removesuffix(".gz")
    if lowered.endswith((".txt", ".md", ".text")):
        kind = "text"
    elif lowered.endswith((".html", ".htm", ".xhtml")):
        kind = "html"
    elif lowered.endswith((".jsonl", ".ndjson")):
        raise IngestError(name, "JSON Lines holds many articles: use `presslens analyze` for it")
    docs = from_bytes(data, name, options, kind=kind)
    if not docs:
        raise IngestError(name, "no article found in the file")
    return docs[0]


def raw_from_url(url: str, options: Options) -> RawDocument:
    """The article at ``url``, fetched through the SSRF guard."""
    from presslens.ingest.url import read_url

    for raw in read_url(url, options):
        return raw
    raise IngestError(url, "no article found at the URL")


class Analyst:
    """Runs analyses with a time limit and a bounded number of workers."""

    def __init__(
        self,
        store: Store | None,
        options: Options,
        timeout: float,
        workers: int = 1,
        queue: int = 4,
    ):
        self.store = store
        self.options = options
        self.timeout = timeout
        self.workers = workers
        #: analyses allowed to wait for a worker; more are refused with 503.
        self.queue = queue
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="presslens-analyse")
        self._running = 0
        self._lock = threading.Lock()

    def options_for(self, layers: list[str] | None) -> Options:
        """The server's options, narrowed to the requested layers."""
        if layers is None:
            return self.options
        if not layers:
            raise ApiError(422, "layers: names no layer (leave it out to run them all)")
        unknown = [name for name in layers if name not in layer_registry.REGISTRY]
        if unknown:
            raise ApiError(
                422,
                f"unknown layer(s) {', '.join(unknown)}; known: "
                + ", ".join(layer_registry.REGISTRY),
            )
        return dataclasses.replace(self.options, layers=tuple(layers))

    def _job(
        self,
        read: Callable[[], RawDocument],
        options: Options,
        store: bool,
        fetching: bool,
        abandoned: threading.Event,
    ) -> tuple[Article, bool]:
        try:
            try:
                raw = read()
            except IngestError as exc:
                raise ApiError(ingest_status(exc, fetching), str(exc)) from exc
            if not raw.text.strip():
                raise ApiError(422, f"{raw.source}: empty text")
            size = len(raw.text.encode("utf-8"))
            if size > options.max_bytes:
                raise ApiError(
                    413, f"{raw.source}: text is {size} bytes; the limit is {options.max_bytes}"
                )
            if store and self.store is not None:
                # a stored article analysed again: the stored layers that read the requested
                # ones run again too (the store keeps the rest), and what the store knew of
                # it that this request does not say stays
                aid, db = article_id(raw.text), self.store
                run = replan(raw, options.layers, db.layers_of(aid), True, lambda: db.get(aid))
                options = dataclasses.replace(options, layers=run)
            try:
                article = analyze(raw, options)
            except AnalysisError as exc:
                raise ApiError(500, f"analysis failed: {exc}") from exc
            if store and not abandoned.is_set():  # the client was told it failed: keep it so
                if self.store is None or self.store.read_only:
                    raise ApiError(409, "the store is open read-only: analyse with store=false")
                try:
                    self.store.write(article)
                except StoreError as exc:
                    raise ApiError(500, f"cannot store the article: {exc}") from exc
            return article, store
        finally:
            with self._lock:
                self._running -= 1

    async def run(
        self,
        read: Callable[[], RawDocument],
        *,
        layers: list[str] | None = None,
        store: bool = False,
        fetching: bool = False,
    ) -> tuple[Article, bool]:
        """Read and analyse one document (and store it if asked), within the time limit."""
        options = self.options_for(layers)
        with self._lock:
            if self._running >= self.workers + self.queue:
                raise ApiError(503, "the analyser is busy with earlier requests; retry shortly")
            self._running += 1
        abandoned = threading.Event()
        future = self._pool.submit(self._job, read, options, store, fetching, abandoned)
        limit = self.timeout + (options.url_timeout * 2 if fetching else 0)
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), timeout=limit)
        except TimeoutError:
            abandoned.set()
            raise ApiError(
                504, f"analysis took longer than the {limit:g} s limit and was abandoned"
            ) from None

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
