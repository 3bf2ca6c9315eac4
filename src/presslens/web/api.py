"""The JSON API: analyse, list and search, one article, aggregates, exports.

Every route carries a summary, a description and its error responses, so ``/openapi.json``
documents the whole API (a test fails when one does not).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, File, Form, Path, Query, UploadFile
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field, field_validator

from presslens import __version__
from presslens import layers as layer_registry
from presslens.ingest import iso_date, web_link
from presslens.model import SPAN_LAYERS, Article
from presslens.store import queries
from presslens.store.export import inert_cell
from presslens.store.queries import ArticleFilter
from presslens.web.analysis import ApiError, raw_from_bytes, raw_from_text, raw_from_url
from presslens.web.catalog import technique_catalog
from presslens.web.context import WebContext, cursor, web

router = APIRouter(prefix="/api")

#: Filters arrive from HTML forms too, where an unset field is sent empty.
DATE_OR_EMPTY = r"^([0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$"


def _errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    text = {
        400: "Bad request (for example, a host the server does not answer to).",
        403: "Refused: a URL on a loopback, private, link-local or metadata address, "
        "or a cross-site request.",
        404: "No such article.",
        409: "The store is open read-only.",
        413: "The request or the document is over the size limit.",
        422: "Invalid parameters or a document that cannot be read as an article.",
        502: "The URL could not be fetched.",
        503: "The analyser is busy; retry shortly.",
        504: "The analysis took longer than the time limit.",
    }
    return {c: {"model": ErrorBody, "description": text[c]} for c in codes}


class ErrorBody(BaseModel):
    """Every error: a message that names the input and the reason."""

    detail: str | list[Any]


# --- models ---------------------------------------------------------------------------


class Health(BaseModel):
    status: Literal["ok"]
    version: str
    articles: int
    store: str
    read_only: bool
    layers: list[str] = Field(description="layers the server runs")
    available_layers: list[str] = Field(description="layers installed in this build")


class AnalyzeText(BaseModel):
    """Plain text to analyse, with whatever metadata is known."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="the article; kept unchanged as Article.text")
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = Field(
        None, description="ISO date (YYYY, YYYY-MM or YYYY-MM-DD; a time of day is dropped)"
    )
    authors: list[str] = Field(default_factory=list)
    store: bool = Field(False, description="also save the article in the store")
    layers: list[str] | None = Field(None, description="run only these layers (default: all)")

    @field_validator("url")
    @classmethod
    def _a_web_link(cls, value: str | None) -> str | None:
        if value is not None and not web_link(value):
            raise ValueError("only http and https links are kept")
        return value

    @field_validator("published")
    @classmethod
    def _a_real_day(cls, value: str | None) -> str | None:
        if value is None:
            return None
        day = iso_date(value)
        if day is None:
            raise ValueError("not a calendar date")
        return day


class AnalyzeUrl(BaseModel):
    """A URL to fetch (through the SSRF guard) and analyse."""

    model_config = ConfigDict(extra="forbid")

    url: str = Field(min_length=1, description="http or https URL of an article page")
    store: bool = False
    layers: list[str] | None = None


class Analysed(BaseModel):
    stored: bool = Field(description="whether the article was saved in the store")
    article: Article


class ArticleSummary(BaseModel):
    id: str
    title: str | None
    outlet: str | None
    published: str | None
    genre: str
    authors: list[str]
    url: str | None
    source: str
    chars: int
    snippet: str
    technique_share: float | None = Field(
        description="share of sentences with a technique, when the techniques layer ran"
    )
    n_techniques: int
    n_quotes: int
    n_events: int
    n_actors: int
    techniques: dict[str, int] = Field(description="technique label -> spans in this article")


class ArticlePage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[ArticleSummary]


class Facet(BaseModel):
    value: str | None
    n: int


class Facets(BaseModel):
    articles: int
    outlets: list[Facet]
    genres: list[Facet]
    techniques: list[Facet]
    published: dict[str, str | None]


class TechniqueInfo(BaseModel):
    label: str
    name: str
    description: str | None
    colour: int = Field(description="colour slot in the stylesheet (.tc0 .. .tc13)")


class TechniqueCount(BaseModel):
    technique: str
    outlet: str | None = None
    month: str | None = None
    genre: str | None = None
    n: int = Field(description="technique spans")
    articles: int


class EventPair(BaseModel):
    source: str
    target: str
    source_code: str | None
    target_code: str | None
    quad_class: int
    n: int
    goldstein: float | None
    articles: int
    first: str | None
    last: str | None


class EventMonth(BaseModel):
    month: str
    quad_class: int
    n: int
    goldstein: float | None


class EventStats(BaseModel):
    quad_classes: dict[int, str]
    pairs: list[EventPair]
    timeline: list[EventMonth]


class SpeakerCount(BaseModel):
    speaker: str
    code: str | None
    quotes: int
    articles: int
    direct: int


# --- dependencies ---------------------------------------------------------------------


def article_filter(
    q: Annotated[str | None, Query(description='words or "phrases" in title or text')] = None,
    outlet: Annotated[str | None, Query(description="exact outlet name")] = None,
    author: Annotated[str | None, Query(description="part of an author's name")] = None,
    genre: Annotated[
        str | None,
        Query(pattern="^(opinion|report|satire|other)?$", description="opinion, report, ..."),
    ] = None,
    date_from: Annotated[
        str | None,
        Query(alias="from", pattern=DATE_OR_EMPTY, description="published on or after (ISO)"),
    ] = None,
    date_to: Annotated[
        str | None,
        Query(alias="to", pattern=DATE_OR_EMPTY, description="published on or before (ISO)"),
    ] = None,
    technique: Annotated[str | None, Query(description="has this technique label")] = None,
    actor: Annotated[str | None, Query(description="an actor's name (part) or code")] = None,
) -> ArticleFilter:
    """The article filter shared by search, aggregates and exports."""
    for name, value in (("from", date_from), ("to", date_to)):
        if value and iso_date(value) is None:
            raise ApiError(422, f"{name}: {value} is not a calendar date")
    return ArticleFilter(
        q=(q or "").strip() or None,
        outlet=outlet or None,
        author=author or None,
        genre=genre or None,
        date_from=date_from or None,
        date_to=date_to or None,
        technique=technique or None,
        actor=actor or None,
    )


Filter = Annotated[ArticleFilter, Depends(article_filter)]
Ctx = Annotated[WebContext, Depends(web)]


# --- routes ---------------------------------------------------------------------------


@router.get("/health", response_model=Health, summary="Server status")
def health(ctx: Ctx) -> Health:
    """Version, article count, and which layers the server runs."""
    installed = [name for name, _ in layer_registry.available(tuple(layer_registry.REGISTRY))]
    return Health(
        status="ok",
        version=__version__,
        articles=ctx.store.count(),
        store=str(ctx.store.path),
        read_only=ctx.store.read_only,
        layers=list(ctx.options.layers),
        available_layers=installed,
    )


@router.post(
    "/analyze/text",
    response_model=Analysed,
    summary="Analyse posted text",
    responses=_errors(409, 413, 422, 503, 504),
)
async def analyze_text(body: AnalyzeText, ctx: Ctx) -> Analysed:
    """Analyse a plain-text article sent as JSON; with `store: true` it is also saved."""
    article, stored = await ctx.analyst.run(
        lambda: raw_from_text(
            body.text,
            title=body.title,
            url=body.url,
            outlet=body.outlet,
            published=body.published,
            authors=body.authors,
        ),
        layers=body.layers,
        store=body.store,
    )
    return Analysed(stored=stored, article=article)


@router.post(
    "/analyze/file",
    response_model=Analysed,
    summary="Analyse an uploaded file",
    responses=_errors(409, 413, 422, 503, 504),
)
async def analyze_file(
    ctx: Ctx,
    file: Annotated[UploadFile, File(description="a .txt or .html file (gzip allowed)")],
    store: Annotated[bool, Form(description="also save the article in the store")] = False,
    layers: Annotated[str | None, Form(description="comma-separated layers to run")] = None,
) -> Analysed:
    """Analyse one uploaded text or HTML file (multipart/form-data, field `file`)."""
    limit = ctx.options.max_bytes
    data = await file.read(limit + 1)
    name = file.filename or "upload"
    if len(data) > limit:
        raise ApiError(413, f"{name}: file is over the {limit}-byte limit")
    chosen = [x.strip() for x in layers.split(",") if x.strip()] if layers else None
    article, stored = await ctx.analyst.run(
        lambda: raw_from_bytes(data, name, ctx.options), layers=chosen, store=store
    )
    return Analysed(stored=stored, article=article)


@router.post(
    "/analyze/url",
    response_model=Analysed,
    summary="Fetch a URL and analyse it",
    responses=_errors(403, 409, 413, 422, 502, 503, 504),
)
async def analyze_url(body: AnalyzeUrl, ctx: Ctx) -> Analysed:
    """Fetch an article page and analyse it. Loopback, private, link-local and metadata
    addresses are refused (403), also after redirects, unless the server allows them."""
    article, stored = await ctx.analyst.run(
        lambda: raw_from_url(body.url, ctx.options),
        layers=body.layers,
        store=body.store,
        fetching=True,
    )
    return Analysed(stored=stored, article=article)


@router.get(
    "/articles",
    response_model=ArticlePage,
    summary="List and search articles",
    responses=_errors(422),
)
def list_articles(
    f: Filter,
    cur: Annotated[Any, Depends(cursor)],
    limit: Annotated[int, Query(ge=1, le=500, description="articles per page (1-500)")] = 50,
    offset: Annotated[int, Query(ge=0, le=2**62, description="articles to skip")] = 0,
    sort: Annotated[
        Literal["newest", "oldest", "title", "techniques"],
        Query(description="newest, oldest, title, or techniques (most first)"),
    ] = "newest",
) -> ArticlePage:
    """Stored articles matching every given filter, one summary each, newest first."""
    total, rows = queries.search_articles(cur, f, limit=limit, offset=offset, sort=sort)
    return ArticlePage(total=total, limit=limit, offset=offset, items=rows)


@router.get(
    "/articles/{article_id}",
    response_model=Article,
    summary="One article with all its layers",
    responses=_errors(404),
)
def get_article(
    article_id: Annotated[str, Path(description="the article's id (hash of its text)")], ctx: Ctx
) -> Article:
    """The stored article: text, metadata and every layer's spans (offsets into `text`)."""
    article = ctx.store.get(article_id)
    if article is None:
        raise ApiError(404, f"no article with id {article_id!r}")
    return article


@router.get("/facets", response_model=Facets, summary="Values for filters")
def get_facets(cur: Annotated[Any, Depends(cursor)]) -> Facets:
    """Outlets, genres and techniques in the store with their counts, and the date range."""
    return Facets(**queries.facets(cur))


@router.get("/techniques", response_model=list[TechniqueInfo], summary="Technique legend")
def get_techniques(cur: Annotated[Any, Depends(cursor)]) -> list[TechniqueInfo]:
    """Every technique label with a readable name, description (when known) and colour."""
    stored = [row["value"] for row in queries.facets(cur)["techniques"]]
    return [TechniqueInfo(**t) for t in technique_catalog(stored)]


@router.get(
    "/stats/techniques",
    response_model=list[TechniqueCount],
    summary="Techniques per outlet and per month",
    responses=_errors(422),
)
def stats_techniques(
    f: Filter,
    cur: Annotated[Any, Depends(cursor)],
    by: Annotated[
        str, Query(description="comma-separated grouping: outlet, month, genre (or empty)")
    ] = "outlet",
) -> list[TechniqueCount]:
    """Technique spans counted per technique and per the requested groups."""
    groups = tuple(b.strip() for b in by.split(",") if b.strip())
    bad = [b for b in groups if b not in ("outlet", "month", "genre")]
    if bad:
        raise ApiError(422, f"cannot group by {', '.join(bad)}; use outlet, month or genre")
    return [TechniqueCount(**r) for r in queries.technique_counts(cur, f, groups)]


@router.get(
    "/stats/events",
    response_model=EventStats,
    summary="Events per actor pair and quad class over time",
    responses=_errors(422),
)
def stats_events(
    f: Filter,
    cur: Annotated[Any, Depends(cursor)],
    key: Annotated[
        Literal["name", "code"], Query(description="identify actors by name or CAMEO code")
    ] = "name",
    min_confidence: Annotated[
        float,
        Query(
            ge=0.0,
            le=1.0,
            description="count only events at least this likely to match an annotator's coding",
        ),
    ] = 0.0,
) -> EventStats:
    """Events per (source, target, quad class), and per month and quad class. The date range
    applies to each event's own date, else to its article's publication date."""
    return EventStats(
        quad_classes=queries.QUAD_CLASSES,
        pairs=queries.event_pairs(cur, f, key, min_confidence),
        timeline=queries.event_timeline(cur, f, min_confidence),
    )


@router.get(
    "/stats/speakers",
    response_model=list[SpeakerCount],
    summary="Most-quoted speakers",
    responses=_errors(422),
)
def stats_speakers(
    f: Filter,
    cur: Annotated[Any, Depends(cursor)],
    limit: Annotated[int, Query(ge=1, le=500, description="speakers to list (1-500)")] = 20,
) -> list[SpeakerCount]:
    """Speakers ranked by the number of quotes attributed to them."""
    return [SpeakerCount(**r) for r in queries.top_speakers(cur, f, limit)]


def _csv_lines(names: list[str], rows: Iterator[tuple]) -> Iterator[str]:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(names)
    for row in rows:
        writer.writerow(
            [inert_cell("|".join(map(str, v)) if isinstance(v, list) else v) for v in row]
        )
        if buf.tell() > 65536:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


def _download(body: Iterator[str], media: str, name: str) -> StreamingResponse:
    return StreamingResponse(
        body, media_type=media, headers={"content-disposition": f'attachment; filename="{name}"'}
    )


@router.get(
    "/export/articles",
    summary="Export articles",
    response_class=StreamingResponse,
    responses={
        200: {
            "description": "JSON Lines (one whole article per line) or CSV (article table)",
            "content": {"application/x-ndjson": {}, "text/csv": {}},
        },
        **_errors(422),
    },
)
def export_articles(
    f: Filter,
    ctx: Ctx,
    cur: Annotated[Any, Depends(cursor)],
    format: Annotated[
        Literal["jsonl", "csv"], Query(description="jsonl (whole articles) or csv (table rows)")
    ] = "jsonl",
) -> StreamingResponse:
    """The filtered articles as a download: JSON Lines with every layer, or CSV rows."""
    if format == "csv":
        names, rows = queries.export_articles(cur, f)
        return _download(_csv_lines(names, rows), "text/csv", "articles.csv")
    ids = queries.matching_ids(cur, f)

    def lines() -> Iterator[str]:
        for article in ctx.store.articles(ids):
            yield article.model_dump_json() + "\n"

    return _download(lines(), "application/x-ndjson", "articles.jsonl")


@router.get(
    "/export/layers/{layer}",
    summary="Export one layer's spans",
    response_class=StreamingResponse,
    responses={
        200: {
            "description": "CSV or JSON Lines rows of the layer's table, with article_id",
            "content": {"application/x-ndjson": {}, "text/csv": {}},
        },
        **_errors(404, 422),
    },
)
def export_layer(
    layer: Annotated[str, Path(description="layer name, e.g. events or techniques")],
    f: Filter,
    cur: Annotated[Any, Depends(cursor)],
    format: Annotated[Literal["jsonl", "csv"], Query(description="csv or jsonl rows")] = "csv",
) -> StreamingResponse:
    """Every span of one layer (social_posts, boilerplate, entities, dates, actors, quotes,
    events, techniques) for the filtered articles."""
    if layer not in SPAN_LAYERS:
        raise ApiError(404, f"no layer {layer!r}; layers: {', '.join(SPAN_LAYERS)}")
    names, rows = queries.export_layer(cur, layer, f)
    if format == "csv":
        return _download(_csv_lines(names, rows), "text/csv", f"{layer}.csv")

    def lines() -> Iterator[str]:
        for row in rows:
            obj = {n: queries.decode_json_cell(v) for n, v in zip(names, row)}
            yield json.dumps(obj, ensure_ascii=False) + "\n"

    return _download(lines(), "application/x-ndjson", f"{layer}.jsonl")


def register(app: Any) -> None:
    """Add the API routes to ``app``."""
    app.include_router(router)
