"""The stream: order kept, failures passed through, each item's layers planned once."""

from __future__ import annotations

import os
import pickle

from presslens import pipeline
from presslens.ingest import IngestError, RawDocument
from presslens.layers import DEFAULT_LAYERS, REGISTRY, reads
from presslens.options import Options
from presslens.pipeline import AnalysisError, analyze_stream, article_id, plan

OPTS = Options(layers=("social", "boilerplate"))
TEXT = "Talks resume\n\nThe delegations met again in Doha on Friday, officials said.\n"


def _plan(raw: RawDocument, stored: set[str]):
    return None if article_id(raw.text) in stored else OPTS.layers


def test_duplicate_text_stored_mid_batch_keeps_the_stream_aligned():
    # The consumer stores the first copy while the batch is still being merged; the second
    # copy was already analysed, so it must come out as an article, not shift the results.
    items = [
        RawDocument(source="a.txt", text=TEXT),
        RawDocument(source="b.txt", text=TEXT),
        IngestError("c.txt", "empty input"),
        RawDocument(source="d.txt", text=TEXT.replace("Doha", "Oslo")),
    ]
    stored: set[str] = set()
    out = []
    for item in analyze_stream(iter(items), OPTS, plan=lambda r: _plan(r, stored)):
        if hasattr(item, "id"):
            stored.add(item.id)
        out.append(item)
    assert [getattr(x, "source", None) for x in out] == ["a.txt", "b.txt", "c.txt", "d.txt"]
    assert [type(x).__name__ for x in out] == ["Article", "Article", "IngestError", "Article"]
    assert "Oslo" in out[3].text


def test_already_stored_items_come_back_unanalysed():
    stored = {article_id(TEXT)}
    items = [RawDocument(source="a.txt", text=TEXT)]
    (item,) = analyze_stream(iter(items), OPTS, plan=lambda r: _plan(r, stored))
    assert isinstance(item, RawDocument)


def test_a_layer_brings_what_it_reads():
    assert plan(("events",), None) == DEFAULT_LAYERS[:-1]  # all but techniques
    assert plan(("techniques",), None) == ("social", "boilerplate", "techniques")
    assert plan(("entities",), None) == ("boilerplate", "entities")


def test_stored_layers_that_cover_the_request_need_no_run():
    assert plan(("entities",), DEFAULT_LAYERS) is None
    assert plan(DEFAULT_LAYERS, ("boilerplate", "entities")) == DEFAULT_LAYERS  # completes it


def test_forced_layers_rerun_the_stored_layers_that_read_them():
    # actors, quotes and events read entities (events through actors); techniques does not
    # and stays as stored
    assert plan(("entities",), DEFAULT_LAYERS, force=True) == DEFAULT_LAYERS[:-1]
    assert plan(("techniques",), DEFAULT_LAYERS, force=True) == (
        "social",
        "boilerplate",
        "techniques",
    )
    # nothing stored reads the events: they alone (with their inputs) are re-run
    stored = ("social", "boilerplate", "entities", "dates", "genre", "actors", "quotes", "events")
    assert plan(("events",), stored, force=True) == stored


def test_errors_cross_a_process_boundary_intact():
    for error in (AnalysisError("a.txt", "layer x failed"), IngestError("b\nc.txt", "empty")):
        back = pickle.loads(pickle.dumps(error))
        assert type(back) is type(error) and (back.source, back.reason) == (
            error.source,
            error.reason,
        )
    # a file name with a line break or an escape code stays on one line
    assert str(IngestError("b\nc\x1b[31m.txt", "empty")) == "b\\nc\\x1b[31m.txt: empty"


def test_a_failing_article_in_a_worker_process_fails_alone(tmp_path):
    # the technique layer fails on every article when its model folder is missing; with two
    # worker processes each failure must come back as that article's error, in order
    options = Options(layers=("techniques",), extra={"techniques_model": str(tmp_path / "none")})
    items = [
        RawDocument(source=f"{n}.txt", text=TEXT.replace("Doha", town))
        for n, town in enumerate(["Oslo", "Lima", "Doha"])
    ]
    out = list(analyze_stream(iter(items), options, workers=2, chunk=1))
    assert [type(x).__name__ for x in out] == ["AnalysisError"] * 3
    assert [x.source for x in out] == ["0.txt", "1.txt", "2.txt"]
    assert "layer techniques failed" in str(out[0])


def test_every_layer_reads_only_layers_that_run_before_it():
    order = list(REGISTRY)
    for name in order:
        assert all(order.index(r) < order.index(name) for r in reads(name)), name


def test_a_document_that_kills_its_worker_fails_alone(monkeypatch):
    # worker processes are forked from this one, so they inherit the patched analyse: the
    # document marked CRASH takes its worker down the hard way, as running out of memory does
    real = pipeline.analyze

    def analyse_or_die(raw, options=None, doc=None):
        if "CRASH" in raw.text:
            os._exit(9)
        return real(raw, options, doc)

    monkeypatch.setattr(pipeline, "analyze", analyse_or_die)
    towns = ["Oslo", "Lima", "CRASH", "Quito", "Hanoi"]
    items = [
        RawDocument(source=f"{n}.txt", text=TEXT.replace("Doha", town))
        for n, town in enumerate(towns)
    ]
    out = list(analyze_stream(iter(items), OPTS, workers=2, chunk=2))
    assert [x.source for x in out] == [f"{n}.txt" for n in range(5)]
    assert [type(x).__name__ for x in out] == ["Article"] * 2 + ["AnalysisError"] + ["Article"] * 2
    assert "worker process died" in str(out[2])


def test_a_text_in_an_earlier_batch_still_running_waits_for_it():
    # With workers, a copy of a text whose first copy is still being analysed waits until that
    # copy is out (and stored), so ``plan`` skips it, as one process does: same output.
    texts = [TEXT.replace("Doha", town) for town in ("Oslo", "Lima", "Quito")]
    items = [RawDocument(source=f"{n}.txt", text=t) for n, t in enumerate(texts)]
    items.append(RawDocument(source="copy.txt", text=texts[0]))

    def run(workers: int) -> list[str]:
        stored: set[str] = set()
        out = []
        stream = analyze_stream(
            iter(items), OPTS, workers=workers, chunk=1, plan=lambda r: _plan(r, stored)
        )
        for item in stream:
            if hasattr(item, "id"):
                stored.add(item.id)
            out.append(f"{type(item).__name__}:{item.source}")
        return out

    expected = ["Article:0.txt", "Article:1.txt", "Article:2.txt", "RawDocument:copy.txt"]
    assert run(1) == expected
    assert run(2) == expected
