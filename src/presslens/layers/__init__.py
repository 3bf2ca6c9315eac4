"""The layers, registered by name in this one place, in the order they run.

A layer is a module with:

* ``REQUIRES``: names of earlier layers whose published fields it reads;
* ``ASSIGNS``: the ``Article`` fields it writes (and no others);
* ``run(article, doc, options, context) -> None``: fills those fields.  ``doc`` is the one spaCy
  parse of ``article.text`` shared by every layer; ``context`` is a per-article dict
  (``context["raw"]`` is the RawDocument: HTML embeds, section hints) that layers may
  use to pass derived data forward (document it where it is set).

Modules are imported lazily so that a run that skips a layer never loads its model.
"""

from __future__ import annotations

import importlib
from types import ModuleType

#: name -> module path, in run order.
REGISTRY: dict[str, str] = {
    "social": "presslens.layers.social",
    "boilerplate": "presslens.layers.boilerplate",
    "entities": "presslens.layers.entities",
    "dates": "presslens.layers.dates",
    "genre": "presslens.layers.genre",
    "actors": "presslens.layers.actors",
    "quotes": "presslens.layers.quotes",
    "events": "presslens.layers.events",
    "techniques": "presslens.layers.techniques",
}

DEFAULT_LAYERS: tuple[str, ...] = tuple(REGISTRY)


def load(name: str) -> ModuleType:
    """Import the module of layer ``name``."""
    try:
        path = REGISTRY[name]
    except KeyError:
        raise ValueError(f"unknown layer {name!r}; known: {', '.join(REGISTRY)}") from None
    return importlib.import_module(path)


def available(names: tuple[str, ...]) -> list[tuple[str, ModuleType]]:
    """The requested layers that exist, in registry order (a layer not yet built is skipped)."""
    out = []
    for name, path in REGISTRY.items():
        if name not in names:
            continue
        try:
            out.append((name, load(name)))
        except ModuleNotFoundError as exc:
            if exc.name != path:
                raise
    return out


def reads(name: str) -> tuple[str, ...]:
    """The layers whose fields layer ``name`` reads (its ``REQUIRES``)."""
    return tuple(getattr(load(name), "REQUIRES", ()))


def with_prerequisites(names) -> tuple[str, ...]:
    """``names`` and every layer they read, directly or not, in run order."""
    wanted: set[str] = set()
    todo = list(names)
    while todo:
        name = todo.pop()
        if name not in wanted:
            wanted.add(name)
            todo += reads(name)
    return tuple(name for name in REGISTRY if name in wanted)


def readers(names, among) -> tuple[str, ...]:
    """The layers of ``among`` that read one of ``names``, directly or not, in run order."""
    changed = set(names)
    for name in REGISTRY:  # run order: a layer's inputs come before it
        if changed & set(reads(name)):
            changed.add(name)
    return tuple(name for name in REGISTRY if name in among and name in changed - set(names))
