"""Read-only SQL over the store: search, filters, aggregates and export rows.

Every function takes a DuckDB cursor (``Store.cursor()``, one per reader thread) and returns
plain Python values, so the web layer never writes SQL.  Values from the user only ever reach
DuckDB as bound parameters; the only names spliced into SQL come from fixed lists here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, fields
from typing import Any

import duckdb

from presslens.model import SPAN_LAYERS
from presslens.store.duckdb import ARTICLE_COLUMNS, layer_columns

Cursor = duckdb.DuckDBPyConnection

#: Names of the CAMEO quad classes, by number.
QUAD_CLASSES: dict[int, str] = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}

SORTS: dict[str, str] = {
    "newest": "a.published DESC NULLS LAST, a.title, a.id",
    "oldest": "a.published ASC NULLS LAST, a.title, a.id",
    "title": "a.title ASC NULLS LAST, a.id",
    "techniques": "n_techniques DESC, a.published DESC NULLS LAST, a.id",
}


@dataclass(frozen=True)
class ArticleFilter:
    """Which articles a search or an aggregate covers; empty fields do not filter."""

    q: str | None = None
    outlet: str | None = None
    author: str | None = None
    genre: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    technique: str | None = None
    actor: str | None = None

    def is_empty(self) -> bool:
        return not any(getattr(self, f.name) for f in fields(self))


def _like(term: str) -> str:
    """A LIKE pattern matching ``term`` anywhere, with its wildcards escaped."""
    return "%" + re.sub(r"([\\%_])", r"\\\1", term) + "%"


def search_terms(q: str) -> list[str]:
    """Terms of a search string: words, or "quoted phrases" kept whole."""
    return [a or b for a, b in re.findall(r'"([^"]+)"|(\S+)', q) if (a or b).strip()]


def _where(f: ArticleFilter, dates: bool = True) -> tuple[str, list[Any]]:
    """SQL condition on ``articles a`` for a filter, and its parameters."""
    conds: list[str] = []
    params: list[Any] = []
    for term in search_terms(f.q or ""):
        conds.append(
            "(a.title ILIKE ? ESCAPE '\\' OR a.text ILIKE ? ESCAPE '\\' "
            "OR a.outlet ILIKE ? ESCAPE '\\')"
        )
        params += [_like(term)] * 3
    if f.outlet:
        conds.append("a.outlet = ?")
        params.append(f.outlet)
    if f.author:
        conds.append("array_to_string(a.authors, ' | ') ILIKE ? ESCAPE '\\'")
        params.append(_like(f.author))
    if f.genre:
        conds.append("a.genre = ?")
        params.append(f.genre)
    if dates and f.date_from:
        conds.append("substr(a.published, 1, 10) >= ?")
        params.append(f.date_from)
    if dates and f.date_to:
        # A bare year or month as the upper bound means "to the end of it".
        conds.append("substr(a.published, 1, ?) <= ?")
        params += [len(f.date_to), f.date_to]
    if f.technique:
        conds.append(
            "EXISTS (SELECT 1 FROM techniques t WHERE t.article_id = a.id AND t.technique = ?)"
        )
        params.append(f.technique)
    if f.actor:
        conds.append(
            "EXISTS (SELECT 1 FROM actors x WHERE x.article_id = a.id "
            "AND (x.name ILIKE ? ESCAPE '\\' OR x.code = ?))"
        )
        params += [_like(f.actor), f.actor.upper()]
    return (" AND ".join(conds) or "TRUE"), params


def _rows(cur: Cursor, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cur.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def _snippet(text: str, q: str | None, width: int = 220) -> str:
    """A stretch of ``text`` around the first search term, or its opening."""
    at = -1
    for term in search_terms(q or ""):
        at = text.lower().find(term.lower())
        if at >= 0:
            break
    if at < 0:
        out = text[:width]
        return out + ("…" if len(text) > width else "")
    lo = max(0, at - width // 3)
    hi = min(len(text), lo + width)
    return ("…" if lo else "") + text[lo:hi] + ("…" if hi < len(text) else "")


def search_articles(
    cur: Cursor,
    f: ArticleFilter,
    *,
    limit: int = 50,
    offset: int = 0,
    sort: str = "newest",
) -> tuple[int, list[dict[str, Any]]]:
    """Total matching and one page of article summaries, with a persuasion summary each."""
    where, params = _where(f)
    total = cur.execute(f"SELECT count(*) FROM articles a WHERE {where}", params).fetchone()[0]
    order = SORTS.get(sort, SORTS["newest"])
    rows = _rows(
        cur,
        f"""
        SELECT a.id, a.title, a.outlet, a.published, a.genre, a.authors, a.url, a.source,
               a.text, length(a.text) AS chars,
               json_extract(a.technique_summary, '$.share')::DOUBLE AS technique_share,
               (SELECT count(*) FROM techniques t WHERE t.article_id = a.id) AS n_techniques,
               (SELECT count(*) FROM quotes t WHERE t.article_id = a.id) AS n_quotes,
               (SELECT count(*) FROM events t WHERE t.article_id = a.id) AS n_events,
               (SELECT count(*) FROM actors t WHERE t.article_id = a.id) AS n_actors
        FROM articles a WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?
        """,
        params + [limit, offset],
    )
    ids = [r["id"] for r in rows]
    top: dict[str, dict[str, int]] = {i: {} for i in ids}
    if ids:
        marks = ", ".join("?" for _ in ids)
        cur.execute(
            f"SELECT article_id, technique, count(*) FROM techniques "
            f"WHERE article_id IN ({marks}) GROUP BY 1, 2 ORDER BY 3 DESC, 2",
            ids,
        )
        for article_id, technique, n in cur.fetchall():
            top[article_id][technique] = n
    for r in rows:
        r["authors"] = list(r["authors"] or [])
        r["snippet"] = _snippet(r.pop("text") or "", f.q)
        r["techniques"] = top[r["id"]]
    return total, rows


def facets(cur: Cursor) -> dict[str, Any]:
    """Values to offer in filters: outlets, genres, techniques, and the date range."""
    out: dict[str, Any] = {}
    out["outlets"] = _rows(
        cur,
        "SELECT outlet AS value, count(*) AS n FROM articles WHERE outlet IS NOT NULL "
        "GROUP BY 1 ORDER BY 2 DESC, 1",
        [],
    )
    out["genres"] = _rows(
        cur, "SELECT genre AS value, count(*) AS n FROM articles GROUP BY 1 ORDER BY 2 DESC, 1", []
    )
    out["techniques"] = _rows(
        cur,
        "SELECT technique AS value, count(*) AS n FROM techniques GROUP BY 1 ORDER BY 2 DESC, 1",
        [],
    )
    lo, hi = cur.execute(
        "SELECT min(substr(published, 1, 10)), max(substr(published, 1, 10)) FROM articles"
    ).fetchone()
    out["published"] = {"min": lo, "max": hi}
    out["articles"] = cur.execute("SELECT count(*) FROM articles").fetchone()[0]
    return out


def technique_counts(
    cur: Cursor, f: ArticleFilter, by: tuple[str, ...] = ("outlet",)
) -> list[dict[str, Any]]:
    """Technique spans counted per technique and per outlet and/or month of publication."""
    keys = {
        "outlet": "coalesce(a.outlet, '(unknown)') AS outlet",
        "month": "coalesce(substr(a.published, 1, 7), '(undated)') AS month",
        "genre": "a.genre AS genre",
    }
    cols = [keys[b] for b in by if b in keys]
    where, params = _where(f)
    group = ", ".join(str(i + 1) for i in range(len(cols) + 1))
    select = ", ".join(cols + ["t.technique AS technique"])
    return _rows(
        cur,
        f"""
        SELECT {select}, count(*) AS n, count(DISTINCT a.id) AS articles
        FROM techniques t JOIN articles a ON a.id = t.article_id
        WHERE {where} GROUP BY {group} ORDER BY {group}
        """,
        params,
    )


# An event's own date when it is a calendar date (YYYY, YYYY-MM, YYYY-MM-DD), else the
# article's publication date (week dates and unresolved ones say nothing about the month).
_EVENT_DATE = (
    "CASE WHEN regexp_full_match(e.date, '\\d{4}(-\\d{2}(-\\d{2})?)?') THEN e.date "
    "ELSE substr(a.published, 1, 10) END"
)
_EVENT_MONTH = f"substr({_EVENT_DATE}, 1, 7)"


def _event_where(f: ArticleFilter, min_confidence: float = 0.0) -> tuple[str, list[Any]]:
    """Filter for events: article filters, with the date range applied to the event's date;
    events whose confidence is below ``min_confidence`` left out (events stored without one
    are kept)."""
    where, params = _where(f, dates=False)
    if min_confidence > 0:
        where += " AND (e.confidence IS NULL OR e.confidence >= ?)"
        params.append(min_confidence)
    if f.date_from:
        where += f" AND {_EVENT_DATE} >= ?"
        params.append(f.date_from)
    if f.date_to:
        where += f" AND substr({_EVENT_DATE}, 1, ?) <= ?"
        params += [len(f.date_to), f.date_to]
    return where, params


def event_pairs(
    cur: Cursor, f: ArticleFilter, key: str = "name", min_confidence: float = 0.0
) -> list[dict[str, Any]]:
    """Events counted per (source actor, target actor, quad class); actors by name or code."""
    pick = {
        "name": ("coalesce(s.name, e.source_code)", "coalesce(t.name, e.target_code)"),
        "code": ("coalesce(e.source_code, s.code)", "coalesce(e.target_code, t.code)"),
    }
    src, tgt = pick.get(key, pick["name"])
    where, params = _event_where(f, min_confidence)
    return _rows(
        cur,
        f"""
        SELECT {src} AS source, {tgt} AS target,
               any_value(coalesce(e.source_code, s.code)) AS source_code,
               any_value(coalesce(e.target_code, t.code)) AS target_code,
               e.quad_class AS quad_class, count(*) AS n,
               round(avg(e.goldstein), 2) AS goldstein,
               count(DISTINCT e.article_id) AS articles,
               min({_EVENT_DATE}) AS first, max({_EVENT_DATE}) AS last
        FROM events e JOIN articles a ON a.id = e.article_id
        LEFT JOIN actors s ON s.article_id = e.article_id AND s.id = e.source
        LEFT JOIN actors t ON t.article_id = e.article_id AND t.id = e.target
        WHERE {where} AND {src} IS NOT NULL AND {tgt} IS NOT NULL
        GROUP BY 1, 2, 5 ORDER BY n DESC, 1, 2, 5
        """,
        params,
    )


def event_timeline(
    cur: Cursor, f: ArticleFilter, min_confidence: float = 0.0
) -> list[dict[str, Any]]:
    """Events counted per month (of the event, else of publication) and quad class."""
    where, params = _event_where(f, min_confidence)
    return _rows(
        cur,
        f"""
        SELECT coalesce({_EVENT_MONTH}, '(undated)') AS month,
               e.quad_class AS quad_class, count(*) AS n,
               round(avg(e.goldstein), 2) AS goldstein
        FROM events e JOIN articles a ON a.id = e.article_id
        WHERE {where} GROUP BY 1, 2 ORDER BY 1, 2
        """,
        params,
    )


def top_speakers(cur: Cursor, f: ArticleFilter, limit: int = 20) -> list[dict[str, Any]]:
    """The most-quoted speakers: quotes and articles per speaker name."""
    where, params = _where(f)
    return _rows(
        cur,
        f"""
        SELECT json_extract_string(q.speaker, '$.name') AS speaker,
               any_value(x.code) AS code,
               count(*) AS quotes, count(DISTINCT q.article_id) AS articles,
               count(*) FILTER (WHERE q.kind = 'direct') AS direct
        FROM quotes q JOIN articles a ON a.id = q.article_id
        LEFT JOIN actors x ON x.article_id = q.article_id
             AND x.id = json_extract_string(q.speaker, '$.actor')
        WHERE {where} AND q.speaker IS NOT NULL
              AND json_extract_string(q.speaker, '$.name') IS NOT NULL
        GROUP BY 1 ORDER BY quotes DESC, articles DESC, 1 LIMIT ?
        """,
        params + [limit],
    )


def matching_ids(cur: Cursor, f: ArticleFilter) -> list[str]:
    """Ids of every article the filter covers, in id order."""
    where, params = _where(f)
    cur.execute(f"SELECT a.id FROM articles a WHERE {where} ORDER BY a.id", params)
    return [r[0] for r in cur.fetchall()]


#: Article columns in an article-level export (the text last: it is long).
EXPORT_ARTICLE_COLUMNS = [c for c in ARTICLE_COLUMNS if c != "text"] + ["text"]


def export_articles(cur: Cursor, f: ArticleFilter) -> tuple[list[str], Iterator[tuple]]:
    """Column names and rows of the ``articles`` table for the filter (for CSV)."""
    where, params = _where(f)
    cols = ", ".join(f'a."{c}"' for c in EXPORT_ARTICLE_COLUMNS)
    cur.execute(f"SELECT {cols} FROM articles a WHERE {where} ORDER BY a.id", params)
    return list(EXPORT_ARTICLE_COLUMNS), _fetch(cur)


def export_layer(cur: Cursor, layer: str, f: ArticleFilter) -> tuple[list[str], Iterator[tuple]]:
    """Column names and rows of one layer table for the articles the filter covers."""
    if layer not in SPAN_LAYERS:
        raise KeyError(layer)
    names = list(layer_columns(SPAN_LAYERS[layer]))
    where, params = _where(f)
    cols = ", ".join(f'l."{c}"' for c in names)
    cur.execute(
        f'SELECT {cols} FROM "{layer}" l JOIN articles a ON a.id = l.article_id '
        f"WHERE {where} ORDER BY l.article_id, l.idx",
        params,
    )
    return names, _fetch(cur)


def _fetch(cur: Cursor, size: int = 500) -> Iterator[tuple]:
    while True:
        batch = cur.fetchmany(size)
        if not batch:
            return
        yield from batch


def decode_json_cell(value: Any) -> Any:
    """A JSON column value as Python data (DuckDB hands JSON back as text)."""
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value
