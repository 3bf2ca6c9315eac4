"""Store: round trips, idempotent re-analysis, exports, and a run killed mid-batch."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from presslens.layers import DEFAULT_LAYERS
from presslens.model import SPAN_LAYERS, Article
from presslens.options import Options
from presslens.pipeline import analyze_text, plan
from presslens.store import Store, StoreError
from presslens.store.export import export

ROOT = Path(__file__).resolve().parents[1]
TEXT = (
    "Sanctions bite in the capital\n\n"
    "By Lena Okafor\n\n"
    "BRUSSELS, May 4 (Test Wire) — The European Union imposed new sanctions on Russia on "
    'Thursday, and Ursula von der Leyen said the measures would stay "as long as necessary".\n'
    "Moscow condemned the decision two days later. President Vladimir Putin warned that "
    "Russia would respond.\n"
)


def _layer_counts(db: Path) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    out = {
        t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
        for t in ("articles", *SPAN_LAYERS)
    }
    con.close()
    return out


def test_round_trip_keeps_every_layer(tmp_path):
    article = analyze_text(TEXT, source="t.txt")
    assert article.entities, "the real spaCy model should find entities"
    with Store(tmp_path / "s.duckdb") as store:
        store.write(article)
        again = store.get(article.id)
    assert again == article
    assert again.evidence_errors() == []


def test_rewriting_replaces_rows_never_duplicates(tmp_path):
    db = tmp_path / "s.duckdb"
    article = analyze_text(TEXT, source="t.txt")
    with Store(db) as store:
        store.write(article)
        first = None
        store.write(article)
        store.write(article)
    first = _layer_counts(db)
    assert first["articles"] == 1
    assert first["entities"] == len(article.entities)
    con = duckdb.connect(str(db), read_only=True)
    dupes = con.execute(
        "SELECT count(*) FROM (SELECT article_id, idx FROM entities GROUP BY 1, 2 "
        "HAVING count(*) > 1)"
    ).fetchone()[0]
    con.close()
    assert dupes == 0


def test_rerunning_some_layers_keeps_the_other_stored_layers(tmp_path):
    db = tmp_path / "s.duckdb"
    full = analyze_text(TEXT, source="t.txt")
    assert full.layers == list(DEFAULT_LAYERS) and full.events and full.quotes
    with Store(db) as store:
        store.write(full)
    before = _layer_counts(db)
    with Store(db) as store:
        # the CLI's --force --layers entities: entities and the stored layers reading them
        run = plan(("entities",), store.layers_of(full.id), force=True)
        assert "events" in run and "techniques" not in run
        store.write(analyze_text(TEXT, Options(layers=run), source="t.txt"))
        again = store.get(full.id)
    assert _layer_counts(db) == before
    assert again.layers == list(DEFAULT_LAYERS)
    assert again.techniques == full.techniques
    assert again.technique_summary == full.technique_summary
    assert again.events == full.events and again.entities == full.entities


def test_a_partial_article_is_completed_not_skipped(tmp_path):
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        partial = analyze_text(TEXT, Options(layers=("entities",)), source="t.txt")
        store.write(partial)
        assert store.layers_of(partial.id) == ("boilerplate", "entities")
        assert plan(DEFAULT_LAYERS, store.layers_of(partial.id)) == DEFAULT_LAYERS
        assert plan(("entities",), store.layers_of(partial.id)) is None
        store.write(analyze_text(TEXT, source="t.txt"))
        assert store.layers_of(partial.id) == DEFAULT_LAYERS
        assert store.get(partial.id).events


def test_a_foreign_articles_table_is_refused_untouched(tmp_path):
    db = tmp_path / "other.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE articles (x INTEGER)")
    con.close()
    for read_only in (False, True):
        with pytest.raises(StoreError, match="not a presslens store"):
            Store(db, read_only=read_only)
    con = duckdb.connect(str(db), read_only=True)
    assert [r[0] for r in con.execute("DESCRIBE articles").fetchall()] == ["x"]
    con.close()
    empty = tmp_path / "empty.duckdb"
    duckdb.connect(str(empty)).close()
    with pytest.raises(StoreError, match="no articles table"):
        Store(empty, read_only=True)


def test_an_older_store_gains_the_layers_column(tmp_path):
    # a store written before layers were recorded: its articles count as fully analysed
    db = tmp_path / "old.duckdb"
    article = analyze_text(TEXT, source="t.txt")
    with Store(db) as store:
        store.write(article)
    con = duckdb.connect(str(db))
    con.execute("ALTER TABLE articles DROP COLUMN layers")
    con.close()
    with Store(db) as store:
        assert store.layers_of(article.id) == DEFAULT_LAYERS
        assert store.get(article.id) == article
        store.write(article)
        assert store.get(article.id) == article


def test_layer_tables_have_typed_columns(tmp_path):
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.write(analyze_text(TEXT, source="t.txt"))
    con = duckdb.connect(str(db), read_only=True)
    types = dict(
        con.execute(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_name = 'entities'"
        ).fetchall()
    )
    row = con.execute('SELECT "start", "end", text, label FROM entities LIMIT 1').fetchone()
    con.close()
    assert types["start"] == "BIGINT" and types["label"] == "VARCHAR"
    assert TEXT[row[0] : row[1]] == row[2]


def test_exports(tmp_path):
    db = tmp_path / "s.duckdb"
    article = analyze_text(TEXT, source="t.txt")
    with Store(db) as store:
        store.write(article)
    with Store(db, read_only=True) as store:
        out = tmp_path / "all.jsonl"
        export(store, "jsonl", str(out))
        (line,) = out.read_text().splitlines()
        assert Article.model_validate_json(line) == article
        export(store, "parquet", str(tmp_path / "pq"))
        export(store, "csv", str(tmp_path / "csv"))
    table = pq.read_table(tmp_path / "pq" / "entities.parquet")
    assert table.num_rows == len(article.entities)
    with open(tmp_path / "csv" / "articles.csv", newline="") as f:
        (row,) = list(csv.DictReader(f))
    assert row["id"] == article.id and row["text"] == TEXT


def test_csv_cells_cannot_run_as_spreadsheet_formulas(tmp_path):
    db = tmp_path / "s.duckdb"
    hostile = analyze_text(TEXT, source="t.txt", title='=HYPERLINK("http://x","y")', outlet="+cmd")
    with Store(db) as store:
        store.write(hostile)
    with Store(db, read_only=True) as store:
        export(store, "csv", str(tmp_path / "csv"))
        export(store, "parquet", str(tmp_path / "pq"))
    with open(tmp_path / "csv" / "articles.csv", newline="") as f:
        (row,) = list(csv.DictReader(f))
    assert row["title"] == "'" + hostile.title and row["outlet"] == "'+cmd"
    assert row["text"] == TEXT
    with open(tmp_path / "csv" / "events.csv", newline="") as f:
        goldstein = [float(r["goldstein"]) for r in csv.DictReader(f)]
    assert min(goldstein) < 0  # numbers stay numbers
    # Parquet keeps the values as stored
    assert pq.read_table(tmp_path / "pq" / "articles.parquet")["title"][0].as_py() == hostile.title


def _write_corpus(folder: Path, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        (folder / f"a{i:03d}.txt").write_text(
            f"Report number {i}\n\nKYIV, June {1 + i % 28} (Wire) — Officials in Kyiv said "
            f"on Monday that {i + 2} drones had been shot down overnight, and the mayor "
            f'warned residents to stay in shelters. "We will rebuild," he said.\n'
        )


def test_killed_run_keeps_finished_articles_and_resumes(tmp_path):
    corpus = tmp_path / "corpus"
    _write_corpus(corpus, 40)
    db = tmp_path / "kill.duckdb"
    cmd = [
        sys.executable,
        "-m",
        "presslens",
        "analyze",
        str(corpus),
        "--db",
        str(db),
        "--json",
        "--quiet",
    ]
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=ROOT, text=True
    )
    seen = []
    for line in proc.stdout:
        seen.append(json.loads(line)["id"])
        if len(seen) == 5:
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    with Store(db, read_only=True) as store:
        kept = store.ids()
        assert set(seen) <= kept and len(kept) < 40
        for article in store.articles():
            assert article.evidence_errors() == []
            assert article.entities  # written whole, not half
    # The next run resumes: it analyses only what is missing and duplicates nothing.
    done = subprocess.run(
        cmd[:-2] + ["--workers", "2"], capture_output=True, text=True, check=False, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    assert f"{len(kept)} already stored" in done.stdout
    counts = _layer_counts(db)
    assert counts["articles"] == 40
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(DISTINCT id) FROM articles").fetchone()[0] == 40
    con.close()
