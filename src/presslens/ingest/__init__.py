"""Turning bytes from a file, folder, URL, JSONL line or stdin into a RawDocument."""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field


def one_line(value: str) -> str:
    """``value`` with line breaks and other control characters escaped ("\\n", "\\x1b"): a
    file name or an exception message must not break an error line or drive the terminal."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in value)


def web_link(url: object) -> bool:
    """Whether ``url`` is an http(s) link: the only kind kept as an article's link or shown
    as one (never "javascript:" or "data:")."""
    return isinstance(url, str) and url.strip().lower().startswith(("http://", "https://"))


_ISO = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?([T ].+)?")  # ASCII digits only


def iso_date(value: str) -> str | None:
    """The ISO date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) that ``value`` gives, a time of
    day dropped; None when it is not one or names no real day ("2022-02-29", "2022-13")."""
    m = _ISO.fullmatch(value.strip())
    if not m:
        return None
    year, month, day, time = m.groups()
    try:
        _dt.date(int(year), int(month or 1), int(day or 1))
        if time:  # a real time of day on a full date: "2022-01-01T25:00" is none
            if not day:
                return None
            _dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return "-".join(x for x in (year, month, day) if x)


class SourceError(Exception):
    """One input failed; the message, one line, names the input and the reason.

    The arguments are kept as given so the error crosses a process boundary intact (a worker
    process pickles it back to the main one)."""

    def __init__(self, source: str, reason: str):
        super().__init__(source, reason)
        self.source = source
        self.reason = reason

    def __str__(self) -> str:
        return f"{one_line(self.source)}: {one_line(self.reason)}"


class IngestError(SourceError):
    """An input that cannot be read as an article; the message names the input and the reason."""


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
