"""The one options object: the library takes it; the CLI and the HTTP API only fill it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from presslens.layers import DEFAULT_LAYERS


@dataclass(frozen=True)
class Options:
    layers: tuple[str, ...] = DEFAULT_LAYERS
    #: PETRARCH/TABARI dictionaries folder (``--dictionaries``); None = built-in lexicon only.
    dictionaries: Path | None = None
    #: largest input accepted, in bytes (a 50 MB page is refused with a clear error).
    max_bytes: int = 20_000_000
    #: URL fetching limits.
    url_timeout: float = 10.0
    url_max_redirects: int = 5
    #: allow fetching loopback/private addresses (off: SSRF guard).
    allow_private_urls: bool = False
    #: spaCy batch size for streams.
    batch_size: int = 32
    extra: dict = field(default_factory=dict)
