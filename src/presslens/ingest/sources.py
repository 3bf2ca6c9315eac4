"""Reading sources: files, folders, URLs, JSON Lines and stdin, one RawDocument per article.

Every reader either yields RawDocuments or raises/yields an IngestError that names the input
and the reason; ``iter_sources`` turns a batch of sources into a stream of both so that one
bad input never stops the rest.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from presslens.ingest import IngestError, RawDocument, iso_date, web_link
from presslens.ingest.language import detect
from presslens.ingest.text import decode
from presslens.options import Options

TEXT_SUFFIXES = {".txt", ".md", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
JSONL_FIELDS = {"text", "html", "url", "title", "published", "outlet", "authors", "id", "source"}


def _check_size(n: int, source: str, options: Options) -> None:
    limit = options.max_bytes
    if n > limit:
        # a read capped at limit + 1 bytes does not know how far over it went
        size = "" if n == limit + 1 else f" {n:,} bytes,"
        raise IngestError(source, f"input is{size} over the {limit:,}-byte limit (--max-mb)")


def _gunzip(data: bytes, source: str, options: Options) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as f:
            out = f.read(options.max_bytes + 1)
    except (OSError, EOFError) as exc:
        raise IngestError(source, f"corrupt gzip data: {exc}") from exc
    _check_size(len(out), source, options)
    return out


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "<" == head[:1])


def finish(raw: RawDocument, encoding: str | None = None) -> RawDocument:
    """Common checks after decoding: language, encoding notes."""
    if encoding and encoding not in ("utf-8", "ascii"):
        raw.warnings.append(f"decoded as {encoding}")
    return raw


def language_of(raw: RawDocument) -> tuple[str, float]:
    return detect(raw.text)


def from_bytes(
    data: bytes, source: str, options: Options, kind: str | None = None, url: str | None = None
) -> list[RawDocument]:
    """Articles in ``data``: ``kind`` is 'text', 'html', 'jsonl' or None to sniff."""
    _check_size(len(data), source, options)
    if data[:2] == b"\x1f\x8b":
        data = _gunzip(data, source, options)
    text, encoding = decode(data, source)
    if kind is None:
        kind = "html" if _looks_like_html(text) else "text"
    if kind == "jsonl":
        raise IngestError(source, "JSON Lines must be read with read_jsonl")
    if kind == "html":
        from presslens.ingest.html import parse_html

        return [finish(parse_html(text, source, url=url), encoding)]
    if not text.strip():
        raise IngestError(source, "empty input")
    return [finish(RawDocument(source=source, text=text, url=url), encoding)]


def _kind_of(path: Path) -> str | None:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    last = suffixes[-1] if suffixes else ""
    if last in TEXT_SUFFIXES:
        return "text"
    if last in HTML_SUFFIXES:
        return "html"
    if last in JSONL_SUFFIXES:
        return "jsonl"
    return None


def read_path(path: Path, options: Options) -> Iterator[RawDocument | IngestError]:
    """Articles in a file or (recursively) a folder; errors are yielded, not raised."""
    # a name that is not valid UTF-8 ("bad\xff.txt") keeps its bytes as escapes, not as
    # surrogates that the store and JSON cannot encode
    source = os.fsencode(path).decode("utf-8", "backslashreplace")
    if not path.exists():
        yield IngestError(source, "no such file or folder")
        return
    if path.is_dir():
        files = sorted(
            p
            for p in path.rglob("*")
            if p.is_file() and not p.name.startswith(".") and (_kind_of(p) is not None)
        )
        if not files:
            yield IngestError(source, "folder holds no .txt, .md, .html, .htm or .jsonl files")
        for p in files:
            yield from read_path(p, options)
        return
    try:
        kind = _kind_of(path)
        if kind == "jsonl":  # the limit is per article, each line checked as it is read
            # (room for the JSON around an article of the largest size allowed)
            lines = _jsonl_lines(path, source, options.max_bytes + 200)
            yield from read_jsonl(lines, source, options)
            return
        _check_size(path.stat().st_size, source, options)
        with path.open("rb") as f:  # a pipe or device has no size: read no more than allowed
            data = f.read(options.max_bytes + 1)
        yield from from_bytes(data, source, options, kind=kind)
    except IngestError as exc:
        yield exc
    except OSError as exc:
        yield IngestError(source, f"cannot read: {exc.strerror or exc}")


def _jsonl_lines(path: Path, source: str, limit: int) -> Iterator[bytes | None]:
    """The lines of a JSON Lines file, gunzipped when its name ends in .gz; None for a line
    longer than ``limit`` bytes (read no further than that: a pipe may never end it)."""

    def lines(f) -> Iterator[bytes | None]:
        while line := f.readline(limit + 1):
            if len(line) <= limit or line.endswith(b"\n"):
                yield line
                continue
            yield None
            if not path.is_file():
                return  # a pipe or device: its rest may be endless
            while (rest := f.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass

    if path.suffix.lower() != ".gz":
        with path.open("rb") as f:
            yield from lines(f)
        return
    try:
        with gzip.open(path, "rb") as f:
            yield from lines(f)
    except (OSError, EOFError) as exc:
        raise IngestError(source, f"corrupt gzip data: {exc}") from exc


def read_jsonl(stream, source: str, options: Options) -> Iterator[RawDocument | IngestError]:
    """One article per JSON line: ``text`` or ``html``, optional url/title/published/outlet."""
    for n, line in enumerate(stream, 1):
        where = f"{source}:{n}"
        if line is None:
            yield IngestError(
                where, f"line is over the {options.max_bytes:,}-byte limit (--max-mb)"
            )
            continue
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8-sig" if n == 1 else "utf-8")
            except UnicodeDecodeError:
                yield IngestError(where, "line is not UTF-8")
                continue
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestError(where, f"malformed JSON: {exc.msg} at column {exc.colno}")
            continue
        if not isinstance(obj, dict):
            yield IngestError(where, "line is not a JSON object")
            continue
        try:
            yield _jsonl_article(obj, where, options)
        except IngestError as exc:
            yield exc


def _jsonl_article(obj: dict, where: str, options: Options) -> RawDocument:
    text, html = obj.get("text"), obj.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        raise IngestError(where, "needs a 'text' or 'html' string field")
    url = obj.get("url")
    ignored = []
    if url is not None and not web_link(url):
        ignored.append("'url' (not an http or https link)")
        url = None
    if isinstance(text, str):
        if not text.strip():
            raise IngestError(where, "empty 'text'")
        _check_size(len(text.encode("utf-8")), where, options)
        raw = RawDocument(source=where, text=text, url=url)
    else:
        from presslens.ingest.html import parse_html

        _check_size(len(html.encode("utf-8")), where, options)
        raw = parse_html(html, where, url=url)
    for field in ("title", "outlet"):
        value = obj.get(field)
        if isinstance(value, str) and value.strip():
            setattr(raw, field, value.strip())
        elif value is not None and not isinstance(value, str):
            ignored.append(f"'{field}' (not a string)")
    if ignored:
        raw.warnings.append(f"ignored {', '.join(ignored)}")
    given = obj.get("published")
    if given not in (None, ""):
        published = iso_date(given) if isinstance(given, str) else None
        if published is None:
            raw.warnings.append(
                f"'published' {given!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): ignored"
            )
        else:
            raw.published = published
    authors = obj.get("authors")
    if isinstance(authors, str):
        authors = [authors]
    if isinstance(authors, list):
        raw.authors = [a for a in authors if isinstance(a, str) and a.strip()]
    return raw


def _first_line_is_json_object(data: bytes) -> bool:
    """JSON Lines, not a text that happens to open with a brace ("{Editor's note: ...}")."""
    first = data.removeprefix(b"\xef\xbb\xbf").lstrip().split(b"\n", 1)[0]
    if not first.startswith(b"{"):
        return False
    try:
        return isinstance(json.loads(first.decode("utf-8")), dict)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return False


def read_stdin(options: Options) -> Iterator[RawDocument | IngestError]:
    """stdin as one article, or JSON Lines when its first line is a JSON object."""
    data = sys.stdin.buffer.read(options.max_bytes + 1)
    try:
        _check_size(len(data), "stdin", options)
        if _first_line_is_json_object(data):
            yield from read_jsonl(io.BytesIO(data), "stdin", options)
            return
        yield from from_bytes(data, "stdin", options)
    except IngestError as exc:
        yield exc


def iter_sources(sources: Iterable[str], options: Options) -> Iterator[RawDocument | IngestError]:
    """Every article in every source, in order; failures come as IngestError items."""
    for source in sources:
        if source == "-":
            yield from read_stdin(options)
        elif source.startswith(("http://", "https://")):
            from presslens.ingest.url import read_url

            try:
                yield from read_url(source, options)
            except IngestError as exc:
                yield exc
        else:
            yield from read_path(Path(source), options)
