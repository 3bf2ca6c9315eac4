"""Persuasion techniques: SemEval-2020 Task 11 spans and labels, found by a model we train.

The runtime needs only ``onnxruntime``, ``tokenizers`` and ``numpy``; the model files live in
``models/techniques/`` (see its MODEL_CARD.md) and are produced by ``training/train_techniques.py``.
"""

from __future__ import annotations

#: The 14 technique labels, spelled as in the PTC corpus; the index is the class id.
LABELS: tuple[str, ...] = (
    "Loaded_Language",
    "Name_Calling,Labeling",
    "Repetition",
    "Exaggeration,Minimisation",
    "Doubt",
    "Appeal_to_fear-prejudice",
    "Flag-Waving",
    "Causal_Oversimplification",
    "Slogans",
    "Appeal_to_Authority",
    "Black-and-White_Fallacy",
    "Thought-terminating_Cliches",
    "Whataboutism,Straw_Men,Red_Herring",
    "Bandwagon,Reductio_ad_hitlerum",
)

LABEL_INDEX: dict[str, int] = {label: i for i, label in enumerate(LABELS)}
