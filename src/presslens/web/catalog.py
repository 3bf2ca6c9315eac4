"""What the UI says about each technique: a readable name, a description and a colour slot.

Names and descriptions come from ``presslens.techniques`` (``LABELS``, and ``DESCRIPTIONS`` /
``NAMES`` dicts keyed by label, when that module provides them); without them a label is shown
as a readable name and no description, so the reader works whichever layers are installed.
"""

from __future__ import annotations

import importlib
from typing import Any

#: Number of technique colours in the stylesheet (``.tc0`` .. ``.tc13``).
PALETTE_SIZE = 14


def readable(label: str) -> str:
    """``Name_Calling,Labeling`` -> ``Name calling, labeling``."""
    text = (
        label.replace("_", " ").replace(",", ", ").replace("-", " / " if "fear-" in label else "-")
    )
    return text[:1].upper() + text[1:].lower()


def _techniques_module() -> Any | None:
    try:
        return importlib.import_module("presslens.techniques")
    except ImportError:
        return None


def _describe(module: Any, label: str) -> tuple[str | None, str | None]:
    """(name, description) for ``label`` from the techniques module, either may be None."""
    names = getattr(module, "NAMES", None) or {}
    descriptions = getattr(module, "DESCRIPTIONS", None) or {}
    name = names.get(label) if isinstance(names, dict) else None
    desc = descriptions.get(label) if isinstance(descriptions, dict) else None
    if isinstance(desc, dict):  # {label: {"name": ..., "description": ...}}
        name = name or desc.get("name")
        desc = desc.get("description")
    return (str(name) if name else None), (str(desc) if desc else None)


def technique_catalog(extra_labels: list[str] | tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """Every known technique (and any label in ``extra_labels``) with name, description, colour."""
    module = _techniques_module()
    labels: list[str] = list(getattr(module, "LABELS", ()) or ())
    for label in extra_labels:
        if label not in labels:
            labels.append(label)
    out = []
    for i, label in enumerate(labels):
        name, desc = _describe(module, label) if module else (None, None)
        out.append(
            {
                "label": label,
                "name": name or readable(label),
                "description": desc,
                "colour": i % PALETTE_SIZE,
            }
        )
    return out
