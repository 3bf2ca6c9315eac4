"""What every request handler needs: the store, the options, the analyser."""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
from fastapi import Request

from presslens.options import Options
from presslens.store import Store
from presslens.web.analysis import Analyst


@dataclass
class WebContext:
    """The app's shared state (one per app, kept on ``app.state.presslens``)."""

    store: Store
    options: Options
    analyst: Analyst
    allow_private_urls: bool


def web(request: Request) -> WebContext:
    """FastAPI dependency: the app's context."""
    return request.app.state.presslens


def cursor(request: Request) -> duckdb.DuckDBPyConnection:
    """FastAPI dependency: a DuckDB cursor for this request's thread (read-only use)."""
    return request.app.state.presslens.store.cursor()
