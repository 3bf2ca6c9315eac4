"""HTML pages: library, article reader, dashboard, analyse, API reference.

Pages are Jinja2 templates with autoescaping on; everything dynamic in the reader, the
dashboard and the analyse page is built by our scripts from the JSON API with ``textContent``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from presslens import __version__
from presslens.ingest import web_link
from presslens.store import queries
from presslens.store.queries import ArticleFilter
from presslens.web.analysis import ApiError
from presslens.web.api import article_filter
from presslens.web.catalog import technique_catalog
from presslens.web.context import WebContext, cursor, web

templates = Jinja2Templates(directory=Path(__file__).resolve().parent / "templates")
templates.env.globals["version"] = __version__

router = APIRouter(include_in_schema=False)

PAGE_SIZE = 25


def safe_link(url: str | None) -> str | None:
    """``url`` if it is an http(s) link, else None (no javascript: or data: hrefs)."""
    return url if web_link(url) else None


templates.env.filters["safe_link"] = safe_link


def error_page(request: Request, status: int, message: str) -> Response:
    """An HTML error page with the status and the reason."""
    return templates.TemplateResponse(
        request,
        "error.html",
        {"status": status, "message": message, "page": "error"},
        status_code=status,
    )


@router.get("/", response_class=HTMLResponse)
def library(
    request: Request,
    f: Annotated[ArticleFilter, Depends(article_filter)],
    cur: Annotated[Any, Depends(cursor)],
    page: Annotated[int, Query(ge=1, le=10**9)] = 1,
    sort: str = "newest",
) -> Response:
    """The library: search, filters, one row per article."""
    total, rows = queries.search_articles(
        cur, f, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE, sort=sort
    )
    facet = queries.facets(cur)
    catalog = {t["label"]: t for t in technique_catalog([t["value"] for t in facet["techniques"]])}
    params = {
        "q": f.q,
        "outlet": f.outlet,
        "author": f.author,
        "genre": f.genre,
        "from": f.date_from,
        "to": f.date_to,
        "technique": f.technique,
        "actor": f.actor,
        "sort": sort if sort != "newest" else None,
    }
    kept = {k: v for k, v in params.items() if v}
    pages = max(1, -(-total // PAGE_SIZE))

    def page_link(n: int) -> str:
        return "/?" + urlencode({**kept, "page": n})

    return templates.TemplateResponse(
        request,
        "library.html",
        {
            "page": "library",
            "f": f,
            "sort": sort,
            "total": total,
            "rows": rows,
            "facets": facet,
            "catalog": catalog,
            "page_no": page,
            "pages": pages,
            "prev_link": page_link(page - 1) if page > 1 else None,
            "next_link": page_link(page + 1) if page < pages else None,
            "filtered": not f.is_empty(),
            "sorts": list(queries.SORTS),
            "export_query": urlencode({k: v for k, v in kept.items() if k != "sort"}),
        },
    )


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def reader(request: Request, article_id: str, ctx: Annotated[WebContext, Depends(web)]) -> Response:
    """The article reader (the text and layers are loaded by reader.js from the API)."""
    if not ctx.store.has(article_id):
        raise ApiError(404, f"no article with id {article_id!r}")
    return templates.TemplateResponse(
        request, "reader.html", {"page": "reader", "article_id": article_id}
    )


@router.get("/dashboard", response_class=HTMLResponse)
def dashboard(request: Request, cur: Annotated[Any, Depends(cursor)]) -> Response:
    """The corpus dashboard (charts drawn by dashboard.js with ECharts)."""
    return templates.TemplateResponse(
        request, "dashboard.html", {"page": "dashboard", "facets": queries.facets(cur)}
    )


@router.get("/analyze", response_class=HTMLResponse)
def analyze_page(request: Request, ctx: Annotated[WebContext, Depends(web)]) -> Response:
    """Paste text, upload a file or give a URL, and read the analysis."""
    return templates.TemplateResponse(
        request,
        "analyze.html",
        {
            "page": "analyze",
            "can_store": not ctx.store.read_only,
            "max_bytes": ctx.options.max_bytes,
        },
    )


@router.get("/api-docs", response_class=HTMLResponse)
def api_docs(request: Request) -> Response:
    """A readable list of the API's endpoints, from the OpenAPI description."""
    spec = request.app.openapi()
    endpoints = []
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            params = [
                {
                    "name": p["name"],
                    "in": p["in"],
                    "required": p.get("required", False),
                    "description": p.get("description") or p.get("schema", {}).get("description"),
                }
                for p in op.get("parameters", [])
            ]
            body = op.get("requestBody", {}).get("content", {})
            endpoints.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "description": op.get("description", ""),
                    "params": params,
                    "body": ", ".join(body),
                    "statuses": sorted(op.get("responses", {})),
                }
            )
    return templates.TemplateResponse(
        request, "api.html", {"page": "api", "endpoints": endpoints, "spec": spec}
    )


def register(app: Any) -> None:
    """Add the page routes to ``app``."""
    app.include_router(router)
