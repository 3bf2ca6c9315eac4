"""Pairing quotation marks into quoted spans.

Double marks (straight ``"``, curly ``“ ”``, low ``„``, guillemets) are the quotes of speech;
single marks (``‘ ’`` and ``'``) count only outside double quotes, on one line, and never between
two letters (``don’t``, ``O’Malley``).  A mark's direction comes from what stands around it, so a
curly mark typed the wrong way round still pairs; the glyph decides only when the context does
not.

Two press conventions shape the pairing:

* a quote running over several paragraphs opens on each paragraph and closes only on the last,
  so an opening mark at the start of a paragraph, while the previous paragraph's quote is still
  open, continues that quote;
* a quote left unclosed (a typo in the source) ends at the end of its first paragraph, where
  the next opening mark elsewhere shows it was never closed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
DOUBLE_ANY = '"' + DOUBLE_OPEN + DOUBLE_CLOSE
SINGLE_OPEN = "‘‛"
SINGLE_CLOSE = "’"
SINGLE_ANY = "'" + SINGLE_OPEN + SINGLE_CLOSE

#: What may stand before an opening mark (besides whitespace and the start of the text).
_BEFORE_OPEN = "([{—–-/:;,…" + DOUBLE_OPEN + SINGLE_OPEN
#: What may stand after a closing mark (besides whitespace and the end of the text).
_AFTER_CLOSE = ".,;:!?)]}—–-…" + DOUBLE_CLOSE + SINGLE_CLOSE + "'\""

#: A closed quote longer than this, or over more lines, is a pairing error, not a quote: the
#: longest quote in the gold set (tests/gold/quotes) is 1,100 characters over 4 lines.
MAX_QUOTE_CHARS = 4000
MAX_QUOTE_LINES = 14
#: Single-quoted spans are short headline or nested quotes.
MAX_SINGLE_CHARS = 200


@dataclass
class QuotedSpan:
    """Words between quotation marks; ``parts`` are the pieces of a multi-paragraph quote."""

    open: int
    close: int
    start: int
    end: int
    double: bool = True
    closed: bool = True
    parts: list[tuple[int, int]] = field(default_factory=list)

    def __contains__(self, offset: int) -> bool:
        return self.open <= offset <= self.close


def _direction(text: str, i: int, openers: str, closers: str) -> str | None:
    """'open', 'close' or None for the mark at ``i``, from its neighbours first, then its glyph."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    can_open = not nxt.isspace() and (prev.isspace() or prev in _BEFORE_OPEN)
    can_close = not prev.isspace() and (nxt.isspace() or nxt in _AFTER_CLOSE)
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        return "close"
    if text[i] in openers:
        return "open"
    if text[i] in closers:
        return "close"
    return "either" if not (prev.isspace() and nxt.isspace()) else None


def _may_open(text: str, i: int) -> bool:
    """True when the mark at ``i`` follows a colon and words follow it on its line or the next."""
    before = text[:i].rstrip(" ")
    after = text[i + 1 : i + 4]
    return before.endswith(":") and bool(after.strip(" .\n")) and not after[:1].isspace()


def _paragraph_start(text: str, i: int) -> bool:
    """True when only spaces stand between the previous line break and ``i``."""
    line_start = text.rfind("\n", 0, i) + 1
    return line_start > 0 and not text[line_start:i].strip()


def _line_end(text: str, i: int) -> int:
    end = text.find("\n", i)
    return len(text) if end < 0 else end


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _span(
    text: str,
    open_: int,
    close: int,
    parts: list[tuple[int, int]],
    closed: bool,
    double: bool = True,
) -> QuotedSpan | None:
    pieces = [_trimmed(text, a, b) for a, b in parts]
    # a stray full stop after a mistyped opening mark (':”.\n@Theresa_May') is not quoted
    pieces = [
        _trimmed(text, a + 1, b)
        if text[a : a + 1] in ".,;" and text[a + 1 : a + 2].isspace()
        else (a, b)
        for a, b in pieces
    ]
    pieces = [(a, b) for a, b in pieces if b > a]
    if not pieces:
        return None
    return QuotedSpan(open_, close, pieces[0][0], pieces[-1][1], double, closed, pieces)


def double_quotes(text: str) -> list[QuotedSpan]:
    """Spans between double quotation marks, multi-paragraph quotes as one span."""
    out: list[QuotedSpan] = []
    open_: int | None = None
    piece_start = 0
    parts: list[tuple[int, int]] = []
    for i, ch in enumerate(text):
        if ch not in DOUBLE_ANY:
            continue
        way = _direction(text, i, DOUBLE_OPEN, DOUBLE_CLOSE)
        if way is None:
            continue
        if open_ is None:
            if way in ("open", "either") or _may_open(text, i):
                # a closing glyph where nothing is open and a quote may start ('said:”.')
                # is an opening mark typed the wrong way round
                open_, piece_start, parts = i, i + 1, []
            continue
        if way in ("close", "either"):
            body = text[open_:i]
            if len(body) > MAX_QUOTE_CHARS or body.count("\n") > MAX_QUOTE_LINES:
                # An opening mark that never closed: keep its first paragraph.
                end = _line_end(text, open_)
                span = _span(text, open_, end, parts + [(piece_start, end)], closed=False)
                open_ = None
            else:
                span = _span(text, open_, i, parts + [(piece_start, i)], closed=True)
                open_ = None
            if span:
                out.append(span)
            continue
        # An opening mark while a quote is open.
        before = text[:i].rstrip()
        if _paragraph_start(text, i) and before and before[-1] not in DOUBLE_ANY:
            # The multi-paragraph convention: the quote goes on.
            parts.append((piece_start, len(before)))
            piece_start = i + 1
            continue
        end = _line_end(text, open_ if not parts else piece_start)
        end = min(end, i)
        span = _span(text, open_, end, parts + [(piece_start, end)], closed=False)
        if span:
            out.append(span)
        open_, piece_start, parts = i, i + 1, []
    if open_ is not None:
        end = _line_end(text, piece_start)
        span = _span(text, open_, end, parts + [(piece_start, end)], closed=False)
        if span:
            out.append(span)
    return out


def _single_candidates(text: str, lo: int, hi: int) -> list[tuple[int, str]]:
    marks = []
    for i in range(lo, hi):
        ch = text[i]
        if ch not in SINGLE_ANY:
            continue
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if prev.isalnum() and nxt.isalnum():
            continue  # an apostrophe inside a word
        way = _direction(text, i, SINGLE_OPEN, SINGLE_CLOSE)
        if way == "open" and nxt.isalnum():
            marks.append((i, "open"))
        elif way == "close" and ch != "‘":
            marks.append((i, "close"))
    return marks


def single_quotes(text: str, outside: list[QuotedSpan]) -> list[QuotedSpan]:
    """Spans between single quotation marks outside the double-quoted spans, one line each."""
    out: list[QuotedSpan] = []
    gaps, pos = [], 0
    for q in outside:
        gaps.append((pos, q.open))
        pos = q.close + 1
    gaps.append((pos, len(text)))
    for lo, hi in gaps:
        marks = _single_candidates(text, lo, hi)
        k = 0
        while k < len(marks):
            i, way = marks[k]
            if way != "open":
                k += 1
                continue
            line_end = _line_end(text, i)
            match = None
            for j in range(k + 1, len(marks)):
                m, w = marks[j]
                if m > line_end or m - i > MAX_SINGLE_CHARS:
                    break
                if w == "close":
                    match = j
                    break
            if match is None:
                k += 1
                continue
            m = marks[match][0]
            span = _span(text, i, m, [(i + 1, m)], closed=True, double=False)
            if span:
                out.append(span)
            k = match + 1
    return out


def quoted_spans(text: str) -> list[QuotedSpan]:
    """Every top-level quoted span of ``text``, in text order."""
    doubles = double_quotes(text)
    spans = doubles + single_quotes(text, doubles)
    return sorted(spans, key=lambda q: q.open)
