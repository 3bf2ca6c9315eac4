"""Decoding bytes into text: BOMs, UTF-8, then the best single-byte guess; binary refused."""

from __future__ import annotations

import codecs

from presslens.ingest import IngestError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: Control characters that never occur in text (tab, LF, CR, FF are fine).
_LATIN_FAMILY = {
    "cp1250",
    "cp1252",
    "cp1257",
    "latin_1",
    "iso8859_1",
    "iso8859_2",
    "iso8859_10",
    "iso8859_15",
    "iso8859_13",
    "cp850",
    "cp852",
    "cp775",
    "mac_iceland",
    "mac_latin2",
    "mac_roman",
    "cp437",
}
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13)) + b"\x7f"


def decode(data: bytes, source: str) -> tuple[str, str]:
    """Decode ``data`` to ``(text, encoding)``; raise IngestError for empty or binary input.

    A byte-order mark decides the encoding (a UTF-16/32 one is consumed by decoding; a UTF-8
    one stays as U+FEFF so offsets match the file's characters). Without one, strict
    UTF-8 is tried first; otherwise charset-normalizer picks a legacy encoding (cp1252,
    latin-1, ...) and the caller records it as a warning.
    """
    if not data.strip():
        raise IngestError(source, "empty input")
    if data.startswith(codecs.BOM_UTF8):
        # A UTF-8 byte-order mark stays in the text as U+FEFF: corpora such as the SemEval
        # propaganda corpus count it in their character offsets.
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as exc:
            raise IngestError(source, f"invalid utf-8 after byte-order mark: {exc.reason}")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise IngestError(source, f"invalid {encoding} after byte-order mark: {exc.reason}")
    sample = data[:65536]
    if b"\x00" in sample or sum(sample.count(bytes([c])) for c in _CONTROL) > len(sample) // 100:
        raise IngestError(source, "binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    results = from_bytes(data[:2_000_000])
    best = results.best()
    if best is None or best.encoding is None:
        raise IngestError(source, "undecodable bytes: not UTF-8 and no known encoding fits")
    encoding = best.encoding
    # Single-byte Latin encodings are often equally "coherent" for an English or French
    # text; news in a legacy encoding is overwhelmingly Windows-1252, so prefer it whenever
    # it decodes and reads as cleanly as the best guess.
    if encoding in _LATIN_FAMILY:
        try:
            data.decode("cp1252")
            encoding = "cp1252"
        except UnicodeDecodeError:
            encoding = "latin-1"
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise IngestError(source, f"undecodable bytes as {encoding}: {exc}") from exc
    if "\x00" in text:
        raise IngestError(source, "binary file, not text")
    return text, encoding
