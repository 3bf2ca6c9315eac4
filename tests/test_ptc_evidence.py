"""Over every article of ../shared/data/ptc/train: the text is kept unchanged and every span
of every layer gives back its evidence."""

from __future__ import annotations

import pytest

from presslens.ingest import RawDocument
from presslens.ingest.sources import read_path
from presslens.options import Options
from presslens.pipeline import analyze_stream


@pytest.mark.slow
def test_every_ptc_train_article_keeps_text_and_valid_spans(shared_data):
    folder = shared_data / "ptc" / "train" / "articles"
    files = sorted(folder.glob("*.txt"))
    assert len(files) == 250
    options = Options()
    raws = [r for f in files for r in read_path(f, options)]
    assert all(isinstance(r, RawDocument) for r in raws)
    originals = {r.source: f.read_text(encoding="utf-8") for r, f in zip(raws, files)}
    count = 0
    for article in analyze_stream(iter(raws), options, workers=2):
        assert hasattr(article, "id"), f"failed: {article}"
        assert article.text == originals[article.source]
        assert article.evidence_errors() == [], article.source
        count += 1
    assert count == 250
