"""The stream: order kept, failures passed through, skip decided once per item."""

from __future__ import annotations

from presslens.ingest import IngestError, RawDocument
from presslens.options import Options
from presslens.pipeline import analyze_stream, article_id

OPTS = Options(layers=("social", "boilerplate"))
TEXT = "Talks resume\n\nThe delegations met again in Doha on Friday, officials said.\n"


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
    for item in analyze_stream(iter(items), OPTS, skip=lambda r: article_id(r.text) in stored):
        if hasattr(item, "id"):
            stored.add(item.id)
        out.append(item)
    assert [getattr(x, "source", None) for x in out] == ["a.txt", "b.txt", "c.txt", "d.txt"]
    assert [type(x).__name__ for x in out] == ["Article", "Article", "IngestError", "Article"]
    assert "Oslo" in out[3].text


def test_already_stored_items_come_back_unanalysed():
    stored = {article_id(TEXT)}
    items = [RawDocument(source="a.txt", text=TEXT)]
    (item,) = analyze_stream(iter(items), OPTS, skip=lambda r: article_id(r.text) in stored)
    assert isinstance(item, RawDocument)
