"""Turning bytes from a file, folder, URL, JSONL line or stdin into a RawDocument."""

from __future__ import annotations

from dataclasses import dataclass, field


class IngestError(Exception):
    """An input that cannot be read as an article; the message names the input and the reason."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


@dataclass
class RawDocument:
    """An article's text and whatever metadata its container gave, before analysis."""

    source: str
    text: str
    url: str | None = None
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    outlet: str | None = None
    #: (start, end, platform, author, handle, date, text_start, text_end, urls) of embeds read
    #: from HTML markup, as dicts with SocialPost fields, offsets into ``text``.
    embeds: list[dict] = field(default_factory=list)
    #: True when the text is an extraction from HTML (its layout is ours, not the author's).
    from_html: bool = False
    warnings: list[str] = field(default_factory=list)
    #: section hint from the URL or page metadata, e.g. "opinion".
    section: str | None = None
