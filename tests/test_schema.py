"""The documented JSON Schema (docs/schema.json) is the one the typed model generates."""

from __future__ import annotations

import json
from pathlib import Path

from presslens.model import SPAN_LAYERS, Article

ROOT = Path(__file__).resolve().parents[1]


def test_docs_schema_matches_the_model():
    documented = json.loads((ROOT / "docs" / "schema.json").read_text())
    assert documented == Article.model_json_schema(), "docs/schema.json is stale: run `make schema`"


def test_every_layer_item_has_offsets_and_evidence():
    for layer, model in SPAN_LAYERS.items():
        fields = model.model_fields
        if layer == "actors":  # an actor is a group; its evidence is its mentions
            assert "mentions" in fields
            continue
        assert {"start", "end", "text"} <= set(fields), layer
