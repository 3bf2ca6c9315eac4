"""Exports of a store: JSON Lines (one article per line), Parquet or CSV (one file per
table), and GDELT 2.0 event rows (tab-separated)."""

from __future__ import annotations

import csv
import sys
from pathlib import Path
from typing import TextIO

from presslens.model import SPAN_LAYERS
from presslens.store.duckdb import Store, StoreError, _q

FORMATS = ("jsonl", "parquet", "csv", "gdelt")
TABLES = ("articles", *SPAN_LAYERS)


def export_jsonl(store: Store, out: TextIO) -> int:
    """Write every stored article as one JSON object per line; return the count."""
    n = 0
    for article in store.articles():
        out.write(article.model_dump_json() + "\n")
        n += 1
    return n


#: What a spreadsheet reads as the start of a formula ("=HYPERLINK(...)" in a title).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert_cell(value):
    """A CSV cell that a spreadsheet shows as text: a string that would start a formula gets
    a leading apostrophe (numbers stay numbers)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _inert_sql(expr: str) -> str:
    """``inert_cell`` in SQL, for a text expression."""
    starts = " OR ".join(f"starts_with({expr}, {_literal(c)})" for c in FORMULA_STARTS)
    return f"CASE WHEN {starts} THEN {_literal(chr(39))} || {expr} ELSE {expr} END"


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _csv_columns(store: Store, table: str) -> str:
    """The table's columns for a CSV copy, every text value made inert."""
    out = []
    for name, sql_type, *_ in store.cursor().execute(f"DESCRIBE {_q(table)}").fetchall():
        col = _q(name)
        if sql_type in ("VARCHAR", "JSON"):  # (a list's cell starts with "[")
            out.append(f"{_inert_sql(col)} AS {col}")
        else:
            out.append(col)
    return ", ".join(out)


def export_tables(store: Store, folder: Path, fmt: str) -> list[Path]:
    """Write each table to ``folder/TABLE.parquet`` or ``.csv``; return the files written.

    In CSV a text value that a spreadsheet would run as a formula starts with an apostrophe;
    Parquet keeps every value as stored."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    options = "FORMAT PARQUET" if fmt == "parquet" else "FORMAT CSV, HEADER"
    for table in TABLES:
        path = folder / f"{table}.{fmt}"
        literal = _literal(str(path))
        order = "id" if table == "articles" else "article_id, idx"
        columns = "*" if fmt == "parquet" else _csv_columns(store, table)
        store.cursor().execute(
            f"COPY (SELECT {columns} FROM {_q(table)} ORDER BY {order}) TO {literal} ({options})"
        )
        written.append(path)
    return written


def export_gdelt(store: Store, out: TextIO, min_confidence: float = 0.0) -> int:
    """Write events as GDELT 2.0 event-table rows (tab-separated, with a header); events whose
    confidence is below ``min_confidence`` are left out."""
    try:
        from presslens.store.gdelt import events_to_gdelt_rows
    except ImportError as exc:
        raise StoreError(f"{store.path}: GDELT export is not available: {exc}") from exc
    rows = events_to_gdelt_rows(store.articles(), min_confidence)
    if not rows:
        return 0
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), delimiter="\t", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return len(rows)


def export(store: Store, fmt: str, out: str | None, min_confidence: float = 0.0) -> str:
    """Run one export; ``out`` is a file (jsonl, gdelt; '-' or None = stdout) or a folder.
    ``min_confidence`` applies to the gdelt format, which holds events only."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose from {', '.join(FORMATS)}")
    if min_confidence and fmt != "gdelt":
        raise ValueError("--min-confidence applies to --format gdelt only (the events table)")
    if fmt in ("parquet", "csv"):
        folder = Path(out or f"presslens-export-{fmt}")
        files = export_tables(store, folder, fmt)
        return f"wrote {len(files)} {fmt} files to {folder}"

    def fn(store: Store, f: TextIO) -> int:
        return export_jsonl(store, f) if fmt == "jsonl" else export_gdelt(store, f, min_confidence)

    if out in (None, "-"):
        n = fn(store, sys.stdout)
        return f"wrote {n} {'articles' if fmt == 'jsonl' else 'events'} to stdout"
    with open(out, "w", encoding="utf-8", newline="") as f:
        n = fn(store, f)
    return f"wrote {n} {'articles' if fmt == 'jsonl' else 'events'} to {out}"
