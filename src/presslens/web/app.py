"""The web app: JSON API and UI over one store, served by one process.

``create_app`` builds it; ``presslens serve`` runs it with uvicorn on 127.0.0.1.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from presslens import __version__
from presslens.options import Options
from presslens.store import Store, StoreError
from presslens.web import api, pages
from presslens.web.analysis import Analyst, ApiError
from presslens.web.context import WebContext
from presslens.web.security import LOCAL_HOSTS, Guard

WEB_DIR = Path(__file__).resolve().parent

#: Files served from npm packages (installed by ``npm ci`` into node_modules, never vendored).
VENDOR_FILES: dict[str, tuple[str, str]] = {
    "echarts.min.js": ("echarts", "dist/echarts.min.js"),
}

DESCRIPTION = """\
presslens turns news and opinion articles into evidence-linked data: every embedded post,
quote, actor, CAMEO event and persuasion technique points at `[start, end)` offsets of the
article's `text`. This API analyses articles, searches the store, and aggregates it.
Errors are JSON objects `{"detail": message}` with the status codes listed per endpoint.
"""


def find_node_modules(explicit: str | Path | None = None) -> Path | None:
    """The node_modules folder holding the UI's npm packages, if installed."""
    candidates = [explicit, os.environ.get("PRESSLENS_NODE_MODULES")]
    candidates += [Path.cwd() / "node_modules", WEB_DIR.parents[2] / "node_modules"]
    for c in candidates:
        if c and (Path(c) / "echarts" / "package.json").exists():
            return Path(c)
    return None


def open_store(store_path: str | Path) -> Store:
    """Open the store for writing, or read-only when another process holds the write lock."""
    try:
        return Store(store_path)
    except StoreError:
        if not Path(store_path).exists():
            raise
        return Store(store_path, read_only=True)


def create_app(
    store_path: str | Path,
    options: Options | None = None,
    allow_private_urls: bool = False,
    *,
    analysis_timeout: float = 120.0,
    allowed_hosts: Iterable[str] = LOCAL_HOSTS,
    max_request_bytes: int | None = None,
    node_modules: str | Path | None = None,
) -> FastAPI:
    """The FastAPI app serving the API and the UI over the store at ``store_path``."""
    options = options or Options()
    options = dataclasses.replace(
        options, allow_private_urls=allow_private_urls or options.allow_private_urls
    )
    store = open_store(store_path)
    analyst = Analyst(store, options, timeout=analysis_timeout)
    vendor_root = find_node_modules(node_modules)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        analyst.close()
        store.close()

    app = FastAPI(
        title="presslens",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,  # Swagger UI needs a CDN and inline script; /api-docs is ours
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.presslens = WebContext(
        store=store,
        options=options,
        analyst=analyst,
        allow_private_urls=options.allow_private_urls,
    )
    # Multipart and JSON wrap the document: leave room beyond the document limit itself.
    limit = max_request_bytes or options.max_bytes * 2 + 1_000_000
    app.add_middleware(Guard, max_body_bytes=limit, allowed_hosts=allowed_hosts)

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": exc.message}, status_code=exc.status)
        return pages.error_page(request, exc.status, exc.message)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        problems = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err.get("loc", ()) if p != "body") or "request"
            problems.append(f"{where}: {err.get('msg', 'invalid')}")
        message = "invalid request: " + "; ".join(problems)
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": message}, status_code=422)
        return pages.error_page(request, 422, message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}"
        if exc.status_code == 405:
            message = f"{request.method} is not allowed on {request.url.path}"
        if request.url.path.startswith(("/api/", "/static/", "/vendor/")):
            return JSONResponse(
                {"detail": message},
                status_code=exc.status_code,
                headers=getattr(exc, "headers", None),
            )
        return pages.error_page(request, exc.status_code, message)

    @app.get("/vendor/{name}", include_in_schema=False)
    def vendor(name: str) -> Response:
        if name not in VENDOR_FILES:
            raise ApiError(404, f"no vendor file {name!r}")
        package, rel = VENDOR_FILES[name]
        if vendor_root is None or not (vendor_root / package / rel).exists():
            raise ApiError(404, f"{package} is not installed: run `npm ci` in the presslens folder")
        return FileResponse(
            vendor_root / package / rel,
            media_type="text/javascript",
            headers={"cache-control": "public, max-age=86400"},
        )

    api.register(app)
    pages.register(app)
    app.mount("/static", StaticFiles(directory=WEB_DIR / "static"), name="static")
    return app
