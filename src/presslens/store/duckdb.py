"""DuckDB store: an ``articles`` table and one table per layer, keyed by article id.

The table schema is derived from the typed model (``presslens.model``): scalar fields become
typed columns, nested fields JSON. Opening a store created by an older version adds the
columns that new model fields need. Each article is written in one transaction that first
deletes its previous rows, so re-analysing never duplicates and a killed run leaves every
finished article intact.

One writer, many readers: a ``Store`` opened with ``read_only=True`` never writes.
"""

from __future__ import annotations

import datetime as _dt
import json
import threading
import types
import typing
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Self

import duckdb
from pydantic import BaseModel

from presslens.layers import DEFAULT_LAYERS
from presslens.model import SPAN_LAYERS, Article


class StoreError(Exception):
    """The store cannot be opened or written; the message names the file and the reason."""


ARTICLE_COLUMNS: dict[str, str] = {
    "id": "VARCHAR PRIMARY KEY",
    "source": "VARCHAR",
    "url": "VARCHAR",
    "title": "VARCHAR",
    "title_span": "JSON",
    "authors": "VARCHAR[]",
    "published": "VARCHAR",
    "outlet": "VARCHAR",
    "genre": "VARCHAR",
    "genre_signals": "JSON",
    "language": "VARCHAR",
    "warnings": "JSON",
    "layers": "VARCHAR[]",
    "text": "VARCHAR",
    "technique_summary": "JSON",
    "analyzed_at": "TIMESTAMP",
    "presslens_version": "VARCHAR",
}
_ARTICLE_FIELDS = [c for c in ARTICLE_COLUMNS if c not in ("analyzed_at", "presslens_version")]


def _sql_type(annotation: Any) -> str:
    """DuckDB column type for a pydantic field annotation (nested or list -> JSON)."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _sql_type(args[0]) if len(args) == 1 else "JSON"
    if origin is typing.Literal:
        return "VARCHAR"
    if annotation is int:
        return "BIGINT"
    if annotation is float:
        return "DOUBLE"
    if annotation is bool:
        return "BOOLEAN"
    if annotation is str:
        return "VARCHAR"
    return "JSON"


def layer_columns(model: type[BaseModel]) -> dict[str, str]:
    """Column name -> DuckDB type for one layer's item model."""
    cols = {"article_id": "VARCHAR NOT NULL", "idx": "INTEGER NOT NULL"}
    for name, field in model.model_fields.items():
        cols[name] = _sql_type(field.annotation)
    return cols


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _cell(value: Any, sql_type: str) -> Any:
    if sql_type == "JSON":
        if isinstance(value, BaseModel):
            value = value.model_dump(mode="json")
        elif isinstance(value, list):
            value = [v.model_dump(mode="json") if isinstance(v, BaseModel) else v for v in value]
        return None if value is None else json.dumps(value, ensure_ascii=False)
    return value


def _layers(stored: list[str] | None) -> tuple[str, ...]:
    """An article's stored layers (a store written before they were recorded held full
    analyses)."""
    return tuple(stored) if stored is not None else DEFAULT_LAYERS


class Store:
    """An embedded DuckDB file holding analysed articles."""

    def __init__(self, path: str | Path = "presslens.duckdb", read_only: bool = False):
        self.path = Path(path)
        self.read_only = read_only
        self._lock = threading.Lock()
        if read_only and not self.path.exists():
            raise StoreError(f"{self.path}: no such store (run `presslens analyze --db` first)")
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"{self.path}: cannot open store: {exc}") from exc
        try:
            self._check_tables()
            if not read_only:
                self._migrate()
        except StoreError:
            self.con.close()
            raise

    # -- schema -------------------------------------------------------------------

    def _columns(self, table: str) -> set[str]:
        return {
            r[0]
            for r in self.con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]
            ).fetchall()
        }

    def _check_tables(self) -> None:
        """Refuse a database whose ``articles`` table is someone else's (or, read-only, absent)."""
        have = self._columns("articles")
        if not have and self.read_only:
            raise StoreError(f"{self.path}: not a presslens store (it has no articles table)")
        if have and not {"id", "text"} <= have:
            raise StoreError(
                f"{self.path}: not a presslens store (its articles table has other columns)"
            )

    def _migrate(self) -> None:
        self._ensure_table("articles", ARTICLE_COLUMNS)
        for layer, model in SPAN_LAYERS.items():
            self._ensure_table(layer, layer_columns(model))
            self.con.execute(
                f"CREATE INDEX IF NOT EXISTS {layer}_article ON {_q(layer)} (article_id)"
            )

    def _ensure_table(self, table: str, columns: dict[str, str]) -> None:
        cols = ", ".join(f"{_q(c)} {t}" for c, t in columns.items())
        self.con.execute(f"CREATE TABLE IF NOT EXISTS {_q(table)} ({cols})")
        have = self._columns(table)
        for c, t in columns.items():
            if c not in have:
                t = t.replace(" PRIMARY KEY", "").replace(" NOT NULL", "")
                self.con.execute(f"ALTER TABLE {_q(table)} ADD COLUMN {_q(c)} {t}")

    # -- writes -------------------------------------------------------------------

    def write(self, article: Article) -> Article:
        """Store one article and all its layers in one transaction, replacing earlier rows;
        return it as stored (with the stored layers it did not run: ``_merged``)."""
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only")
        from presslens import __version__

        with self._lock:
            try:
                self.con.execute("BEGIN TRANSACTION")
                stored = self.layers_of(article.id)
                if stored is not None:
                    article = self._merged(article, stored)
                row = [_cell(getattr(article, c), ARTICLE_COLUMNS[c]) for c in _ARTICLE_FIELDS]
                row += [_dt.datetime.now(_dt.UTC).replace(tzinfo=None), __version__]
                self._delete(article.id)
                names = ", ".join(_q(c) for c in ARTICLE_COLUMNS)
                marks = ", ".join("?" for _ in ARTICLE_COLUMNS)
                self.con.execute(f"INSERT INTO articles ({names}) VALUES ({marks})", row)
                for layer, model in SPAN_LAYERS.items():
                    items = getattr(article, layer)
                    if not items:
                        continue
                    cols = layer_columns(model)
                    names = list(cols)
                    rows = [
                        [article.id, i] + [_cell(getattr(item, c), cols[c]) for c in names[2:]]
                        for i, item in enumerate(items)
                    ]
                    col_sql = ", ".join(_q(c) for c in names)
                    marks = ", ".join("?" for _ in names)
                    self.con.executemany(
                        f"INSERT INTO {_q(layer)} ({col_sql}) VALUES ({marks})", rows
                    )
                self.con.execute("COMMIT")
            except BaseException:
                self.con.execute("ROLLBACK")
                raise
        return article

    def _merged(self, article: Article, stored: tuple[str, ...]) -> Article:
        """``article`` with the stored layers it did not run: re-analysing with some layers
        replaces those and keeps the rest (``pipeline.plan`` re-runs the stored layers that
        read a requested one)."""
        from presslens import layers as layer_registry

        keep = [name for name in stored if name not in article.layers]
        if not keep:
            return article
        old = self.get(article.id)
        update: dict[str, Any] = {
            field: getattr(old, field)
            for name in keep
            for field in layer_registry.load(name).ASSIGNS
        }
        kept = set(article.layers) | set(keep)
        update["layers"] = [name for name in layer_registry.REGISTRY if name in kept]
        return article.model_copy(update=update)

    def _delete(self, article_id: str) -> None:
        for layer in SPAN_LAYERS:
            self.con.execute(f"DELETE FROM {_q(layer)} WHERE article_id = ?", [article_id])
        self.con.execute("DELETE FROM articles WHERE id = ?", [article_id])

    def delete(self, article_id: str) -> bool:
        """Remove one article and its layers; True if it was there."""
        with self._lock:
            there = self.has(article_id)
            self.con.execute("BEGIN TRANSACTION")
            self._delete(article_id)
            self.con.execute("COMMIT")
        return there

    # -- reads --------------------------------------------------------------------

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A connection for one reader thread (DuckDB cursors are per thread)."""
        return self.con.cursor()

    def has(self, article_id: str) -> bool:
        return bool(
            self.cursor().execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone()
        )

    def layers_of(self, article_id: str) -> tuple[str, ...] | None:
        """The layers stored for an article (None: not stored)."""
        row = (
            self.cursor()
            .execute("SELECT layers FROM articles WHERE id = ?", [article_id])
            .fetchone()
        )
        return None if row is None else _layers(row[0])

    def stored_layers(self) -> dict[str, tuple[str, ...]]:
        """Every stored article's id with its layers."""
        rows = self.cursor().execute("SELECT id, layers FROM articles").fetchall()
        return {i: _layers(lay) for i, lay in rows}

    def ids(self) -> set[str]:
        return {r[0] for r in self.cursor().execute("SELECT id FROM articles").fetchall()}

    def count(self) -> int:
        return self.cursor().execute("SELECT count(*) FROM articles").fetchone()[0]

    def get(self, article_id: str) -> Article | None:
        """The stored article with every layer, or None."""
        cur = self.cursor()
        cur.execute(
            f"SELECT {', '.join(_q(c) for c in _ARTICLE_FIELDS)} FROM articles WHERE id = ?",
            [article_id],
        )
        row = cur.fetchone()
        if row is None:
            return None
        data: dict[str, Any] = {}
        for c, v in zip(_ARTICLE_FIELDS, row):
            data[c] = json.loads(v) if ARTICLE_COLUMNS[c] == "JSON" and v is not None else v
        data["authors"] = list(data["authors"] or [])
        data["layers"] = list(_layers(data["layers"]))
        for c in ("genre_signals", "warnings"):
            data[c] = data[c] or []
        for layer, model in SPAN_LAYERS.items():
            cols = layer_columns(model)
            names = list(cols)[2:]
            cur.execute(
                f"SELECT {', '.join(_q(c) for c in names)} FROM {_q(layer)} "
                "WHERE article_id = ? ORDER BY idx",
                [article_id],
            )
            # A null in a required field (DateMention.value) is a real value: keep it.
            keep = {"speaker"} | {n for n, f in model.model_fields.items() if f.is_required()}
            items = []
            for r in cur.fetchall():
                item = {}
                for c, v in zip(names, r):
                    item[c] = json.loads(v) if cols[c] == "JSON" and v is not None else v
                items.append({k: v for k, v in item.items() if v is not None or k in keep})
            data[layer] = items
        return Article.model_validate(data)

    def articles(self, ids: Iterable[str] | None = None) -> Iterable[Article]:
        """Every stored article (or those in ``ids``), in id order."""
        wanted = sorted(ids) if ids is not None else sorted(self.ids())
        for article_id in wanted:
            article = self.get(article_id)
            if article is not None:
                yield article

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
