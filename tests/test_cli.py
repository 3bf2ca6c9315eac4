"""The command line end to end: analyze (JSON Lines, store, stdin, workers), show, export,
schema, and exit codes on bad input."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from presslens.layers import DEFAULT_LAYERS
from presslens.model import Article
from presslens.pipeline import article_id

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


def test_odd_inputs_are_read_or_refused_in_one_line(tmp_path):
    # a text opening with a brace is text, not JSON Lines
    text = "{Editor's note: an opinion}\nPresident Putin said on Monday the sanctions failed.\n"
    done = run("analyze", "-", "--json", "--quiet", stdin=text)
    assert done.returncode == 0, done.stderr
    assert Article.model_validate_json(done.stdout).text == text
    # gzipped JSON Lines; an HTML fragment; a date that is no day, dropped with a warning
    lines = [
        {"html": "<p>Ukraine struck a Russian base in Crimea on Monday, officials said.</p>"},
        {"text": "The talks in Doha resumed on Friday.", "published": "2022-02-29"},
    ]
    gz = tmp_path / "batch.jsonl.gz"
    with gzip.open(gz, "wt", encoding="utf-8") as f:
        f.write("".join(json.dumps(x) + "\n" for x in lines))
    done = run("analyze", str(gz), "--json")
    assert done.returncode == 0, done.stderr
    fragment, undated = (Article.model_validate_json(x) for x in done.stdout.splitlines())
    assert fragment.text.startswith("Ukraine struck") and fragment.events
    assert undated.published is None
    assert "'published' '2022-02-29' is not an ISO date" in done.stderr
    # numbers out of range are usage errors, not tracebacks
    for args in (["--max-mb", "nan"], ["--timeout", "-1"], ["--workers", "0"]):
        done = run("analyze", str(gz), *args)
        assert done.returncode == 2 and "Traceback" not in done.stderr, args
    # a file name with a line break stays on one error line
    odd = tmp_path / "bad\nname.txt"
    odd.write_text("")
    done = run("analyze", str(odd), "--json", "--quiet")
    (line,) = done.stderr.splitlines()
    assert line.endswith("bad\\nname.txt: empty input")


def test_partial_runs_are_completed_and_forced_layers_keep_the_rest(tmp_path):
    db = tmp_path / "s.duckdb"
    src = tmp_path / "a.txt"
    src.write_text(
        "Sanctions widen\n\nThe European Union imposed new sanctions on Russia on Thursday, "
        "and Moscow condemned the decision.\n"
    )

    def stored(table):
        import duckdb

        with duckdb.connect(str(db), read_only=True) as con:
            return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def layers():
        import duckdb

        with duckdb.connect(str(db), read_only=True) as con:
            return con.execute("SELECT layers FROM articles").fetchone()[0]

    done = run("analyze", str(src), "--db", str(db), "--layers", "entities")
    assert done.returncode == 0 and "also runs what it reads: boilerplate" in done.stderr
    assert stored("entities") and not stored("events")
    done = run("analyze", str(src), "--db", str(db))  # completes it, not "already stored"
    assert "analysed 1 article(s)" in done.stdout and stored("events")
    assert layers() == list(DEFAULT_LAYERS)
    counts = {t: stored(t) for t in ("entities", "actors", "events", "boilerplate")}
    done = run("analyze", str(src), "--db", str(db), "--force", "--layers", "entities")
    assert done.returncode == 0
    assert {t: stored(t) for t in counts} == counts  # nothing else lost or duplicated
    assert layers() == list(DEFAULT_LAYERS)


def test_export_and_show_failures_are_one_line(tmp_path):
    import duckdb

    empty = tmp_path / "empty.duckdb"
    duckdb.connect(str(empty)).close()
    for args in (["export", "--db", str(empty)], ["show", "x", "--db", str(empty)]):
        done = run(*args)
        assert done.returncode != 0 and "not a presslens store" in done.stderr
        assert len(done.stderr.splitlines()) == 1
    db = tmp_path / "s.duckdb"
    run("analyze", "-", "--db", str(db), "--quiet", stdin="Talks resumed in Doha on Friday.")
    done = run("export", "--db", str(db), "--out", str(tmp_path / "no" / "such" / "dir" / "x"))
    assert done.returncode == 1 and len(done.stderr.splitlines()) == 1
    assert "cannot write" in done.stderr


def test_stored_strings_cannot_drive_the_terminal(tmp_path):
    line = {
        "title": "\u001b[2J[bold]Loud[/bold]",
        "outlet": "\u001b[5mblink",
        "text": "Talks resumed.",
    }
    src = tmp_path / "t.jsonl"
    src.write_text(json.dumps(line) + "\n")
    db = tmp_path / "s.duckdb"
    done = run("analyze", str(src), "--db", str(db))
    assert done.returncode == 0 and "\x1b" not in done.stdout
    assert "\\x1b[2J[bold]Loud[/bold]" in done.stdout  # escaped, and not read as markup
    shown = run("show", article_id("Talks resumed."), "--db", str(db))
    assert shown.returncode == 0 and "\x1b" not in shown.stdout


def test_a_broken_model_folder_is_one_line(tmp_path):
    (tmp_path / "m").mkdir()
    for name in ("encoder.int8.onnx", "head.npz", "tokenizer.json", "config.json"):
        (tmp_path / "m" / name).write_text("junk")
    (tmp_path / "article1.txt").write_text("They lie.")
    (tmp_path / "spans.tsv").write_text("1\t?\t0\t4\n")
    done = run(
        "techniques",
        "classify",
        "--articles",
        str(tmp_path),
        "--spans",
        str(tmp_path / "spans.tsv"),
        "--model",
        str(tmp_path / "m"),
    )
    assert done.returncode == 2 and "cannot load the technique model" in done.stderr
    assert len(done.stderr.splitlines()) == 1


def test_a_large_batch_summarises_its_first_rows_and_counts_them_all(tmp_path):
    # the CLI keeps the summary's first rows, not every article of a corpus, in memory
    from presslens.report import SUMMARY_ROWS

    n = SUMMARY_ROWS + 5
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        "".join(
            json.dumps({"text": f"Report {i}\n\nThe ministers of {i} states met in Vienna."}) + "\n"
            for i in range(n)
        ),
        encoding="utf-8",
    )
    db = tmp_path / "many.duckdb"
    done = run("analyze", str(batch), "--db", str(db), "--layers", "social")
    assert done.returncode == 0, done.stderr
    assert f"{n} article(s)" in done.stdout
    assert f"the first {SUMMARY_ROWS} shown" in done.stdout
    rows = [line for line in done.stdout.splitlines() if line.startswith("│")]  # not the header
    assert len(rows) == SUMMARY_ROWS
    assert f"analysed {n} article(s) into" in done.stdout


def test_sigterm_stops_a_run_keeping_what_was_stored(tmp_path):
    # eight articles from a file are analysed and stored, then the run waits on stdin, where
    # SIGTERM finds it: one line, exit code 143, the store closed with the eight in it
    import signal
    import time

    import duckdb

    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        "".join(
            json.dumps({"text": f"Report {i}\n\nEnvoys met in Vienna."}) + "\n" for i in range(8)
        ),
        encoding="utf-8",
    )
    db = tmp_path / "term.duckdb"
    proc = subprocess.Popen(
        [sys.executable, "-m", "presslens", "analyze", str(batch), "-", "--db", str(db)]
        + ["--layers", "social", "--quiet"],
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        time.sleep(15)  # model loaded, the first batch analysed and stored
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 143, err
    assert err.strip().splitlines()[-1] == "presslens: terminated"
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("select count(*) from articles").fetchone()[0] == 8
