"""The command line end to end: analyze (JSON Lines, store, stdin, workers), show, export,
schema, and exit codes on bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from presslens.model import Article

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"


def run(*args: str, stdin: str | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "presslens", *args],
        input=stdin,
        check=False,
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=600,
    )


@pytest.fixture(scope="module")
def sample_articles() -> list[Article]:
    done = run("analyze", str(SAMPLES), "--json", "--quiet")
    assert done.returncode == 0, done.stderr
    return [Article.model_validate_json(line) for line in done.stdout.splitlines()]


def test_samples_analyse_with_valid_evidence(sample_articles):
    sources = {Path(a.source.split(":")[0]).name for a in sample_articles}
    assert len(sample_articles) >= 6
    assert any(s.endswith(".html") for s in sources) and any(s.endswith(".jsonl") for s in sources)
    for article in sample_articles:
        assert article.evidence_errors() == [], article.source
        assert article.language == "en"


def test_plain_text_samples_keep_their_text(sample_articles):
    for article in sample_articles:
        path = Path(article.source)
        if path.suffix == ".txt":
            assert article.text == path.read_text(encoding="utf-8")


def test_every_foundation_layer_fires_on_the_samples(sample_articles):
    def total(layer):
        return sum(len(getattr(a, layer)) for a in sample_articles)

    for layer in ("social_posts", "boilerplate", "entities", "dates"):
        assert total(layer) > 0, layer
    assert {a.genre for a in sample_articles} >= {"opinion", "report"}


def test_db_show_export_and_resume(tmp_path):
    db = tmp_path / "p.duckdb"
    first = run("analyze", str(SAMPLES), "--db", str(db))
    assert first.returncode == 0, first.stderr
    assert "article(s)" in first.stdout  # the summary table
    again = run("analyze", str(SAMPLES), "--db", str(db), "--workers", "2")
    assert again.returncode == 0
    assert "analysed 0 article(s)" in again.stdout and "already stored" in again.stdout
    out = tmp_path / "all.jsonl"
    exported = run("export", "--db", str(db), "--format", "jsonl", "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    articles = [Article.model_validate_json(x) for x in out.read_text().splitlines()]
    shown = run("show", articles[0].id[:8], "--db", str(db), "--json")
    assert shown.returncode == 0
    assert Article.model_validate_json(shown.stdout) == articles[0]
    text_view = run("show", articles[0].id, "--db", str(db))
    assert articles[0].id in text_view.stdout
    with_events = next(a for a in articles if a.events)
    event_view = run("show", with_events.id, "--db", str(db)).stdout
    assert f"(confidence {with_events.events[0].confidence:.2f})" in event_view
    for fmt in ("parquet", "csv"):
        done = run("export", "--db", str(db), "--format", fmt, "--out", str(tmp_path / fmt))
        assert done.returncode == 0, done.stderr
        assert (tmp_path / fmt / f"articles.{fmt}").exists()
    # GDELT rows, all and only the events at least this confident
    events = [e for a in articles for e in a.events]
    cut = sorted(e.confidence for e in events)[len(events) // 2]
    for floor, expected in ((0.0, len(events)), (cut, sum(e.confidence >= cut for e in events))):
        gdelt = tmp_path / f"events-{floor}.tsv"
        done = run(
            "export",
            "--db",
            str(db),
            "--format",
            "gdelt",
            "--out",
            str(gdelt),
            "--min-confidence",
            str(floor),
        )
        assert done.returncode == 0, done.stderr
        assert len(gdelt.read_text().splitlines()) == 1 + expected
    bad = run("export", "--db", str(db), "--format", "csv", "--min-confidence", "0.5")
    assert bad.returncode == 2 and "applies to --format gdelt only" in bad.stderr


def test_stdin_text_is_unchanged():
    text = (
        "Border talks collapse\n\nNegotiators from both sides left Geneva on Friday "
        "without a deal, the mediator said.\n"
    )
    done = run("analyze", "-", "--json", "--quiet", stdin=text)
    assert done.returncode == 0, done.stderr
    (line,) = done.stdout.splitlines()
    article = Article.model_validate_json(line)
    assert article.text == text and article.source == "stdin"


def test_bad_inputs_fail_one_by_one(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Talks resume\n\nThe delegations met again in Doha on Friday.\n")
    (tmp_path / "empty.txt").write_text("")
    done = run(
        "analyze",
        str(tmp_path / "missing.txt"),
        str(tmp_path / "empty.txt"),
        str(good),
        "--json",
        "--quiet",
    )
    assert done.returncode == 1
    assert len(done.stdout.splitlines()) == 1
    errors = [line for line in done.stderr.splitlines() if line.startswith("presslens: error:")]
    assert len(errors) == 2
    assert "missing.txt: no such file or folder" in errors[0]
    assert "empty.txt: empty input" in errors[1]


def test_non_english_is_detected_and_said(tmp_path):
    p = tmp_path / "de.txt"
    p.write_text(
        "Gespräche gescheitert\n\nDie Regierung erklärte am Montag, dass die "
        "Verhandlungen mit dem Nachbarland vorerst ausgesetzt werden.\n"
    )
    done = run("analyze", str(p), "--json")
    assert done.returncode == 0
    article = Article.model_validate_json(done.stdout)
    assert article.language == "de" and article.entities == []
    assert "not English" in done.stderr


def test_schema_and_usage_errors():
    schema = json.loads(run("schema").stdout)
    assert "text" in schema["properties"] and "Quote" in schema["$defs"]
    assert run("analyze", "x", "--layers", "nope").returncode != 0
    assert run("show", "deadbeef", "--db", "/nonexistent/x.duckdb").returncode != 0
