"""Date expressions, each resolved to an ISO value of the precision the text gives.

Mentions come from one pass of our own patterns over the text, plus every spaCy DATE entity
the patterns did not cover (durations such as "two years" stay, unresolved: they are date
expressions, but not points in time).

Resolution, in text order:

* absolute: "March 3, 2024", "3 March 2024", "2024-03-03", "February 2024", "in 2019";
* context: a month or day without a year takes the last year stated in the same paragraph
  ("In 2019, … and in March" -> 2019-03); "the same year", "that day", "the following day"
  and "two days later" count from the last date of that precision anywhere before;
* published: deictic expressions ("last week", "on Tuesday", "yesterday", "this year",
  "three days ago") and yearless months and days with no year in their paragraph count from the
  publication date, choosing the past occurrence unless the sentence speaks of the future
  ("will", "would", "next", "scheduled" …).  Inside a social post the post's own date is the
  anchor (basis ``context``);
* unresolved: durations, decades, "two weeks after X", or anything with no anchor.

Week precision values are ISO weeks, "2024-W09".
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from presslens.layers import timex
from presslens.model import Article, DateMention

REQUIRES: tuple[str, ...] = ("social", "boilerplate")
ASSIGNS: tuple[str, ...] = ("dates",)

_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
_NUMBER = (
    r"(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en"
    r"|[Ee]leven|[Tt]welve|\d{1,2})"
)
_YEAR = r"(?:1[6-9]|20)\d{2}"
_EXPRESSION = re.compile(
    "|".join(
        (
            rf"(?P<dmy>{timex.DAY_MONTH_YEAR})",
            r"(?P<iso>\b(?P<iso_y>\d{4})-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)\b)",
            (
                rf"(?P<my>(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[\s-]+)?(?P<my_m>{timex.MONTH}),?\s+"
                rf"(?P<my_y>{_YEAR})\b)"
            ),
            (
                rf"(?P<md>(?:{timex.WEEKDAY},?\s+)?(?:(?P<md_m>{timex.MONTH})\s+(?P<md_d>[0-3]?\d)"
                rf"(?:st|nd|rd|th)?\b|(?P<dm_d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?"
                rf"(?P<dm_m>{timex.MONTH})))"
            ),
            (
                rf"(?P<rel>\b(?P<rel_n>{_NUMBER})\s+(?P<rel_u>day|week|month|year)s?\s+"
                r"(?P<rel_dir>later|earlier|ago|before|after)\b)"
            ),
            (
                r"(?P<the>\b(?:[Tt]he\s+(?P<the_w>same|following|next|previous|prior)|[Tt]hat)\s+"
                r"(?P<the_u>day|week|month|year)\b)"
            ),
            (
                r"(?P<deixis>\b(?:(?:[Ee]arlier|[Ll]ater)\s+)?(?P<dx_w>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast"
                r"|[Cc]oming)\s+(?P<dx_u>week|month|year|weekend)\b)"
            ),
            (
                r"(?P<dayword>\b(?:[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow|[Ll]ast night"
                r"|[Tt]his (?:morning|afternoon|evening))\b)"
            ),
            (
                rf"(?P<weekday>\b(?:(?P<wd_w>[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?P<wd>{timex.WEEKDAY})"
                r"(?:\s+(?:morning|afternoon|evening|night))?)"
            ),
            (
                rf"(?P<month>\b(?:(?P<mo_w>[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id)[\s-]+)?"
                rf"(?P<mo>{timex.MONTH_FULL}))"
            ),
            r"(?P<decade>\b(?:[Tt]he\s+)?(?:(?:early|late|mid)[\s-]+)?(?:1[6-9]|20)\d0s\b)",
            rf"(?P<year>(?<![\d$€£/.,-])\b(?P<yy>{_YEAR})\b(?![\d%/]|[.,]\d|-\d))",
        )
    )
)
#: Every expression above contains one of these words; scanning for them first and trying the
#: full pattern only from a few words before each is ~10x faster than running it everywhere.
_HEAD = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,4}(?:s|st|nd|rd|th)?|"
    r"(?:day|week|month|year|weekend)s?|[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow|"
    r"night|morning|afternoon|evening)\b"
)
#: How many words before a head word an expression may start ("earlier this week").
_LEAD_WORDS = 3
_WORD_START = re.compile(r"\S+")
#: Words before a bare year that make it a date ("in 2019"), not a count or an amount.
_YEAR_CUES = frozenset(
    (
        "in",
        "since",
        "by",
        "until",
        "till",
        "from",
        "through",
        "to",
        "of",
        "and",
        "or",
        "between",
        "before",
        "after",
        "during",
        "early",
        "late",
        "mid",
        "end",
        "start",
        "beginning",
        "year",
        "summer",
        "winter",
        "spring",
        "autumn",
        "fall",
        "around",
        "circa",
    )
)
#: Prepositions after which a year is a limit, not the time the paragraph speaks about.
_LIMIT_CUES = frozenset(("since", "by", "until", "till", "through", "before", "after", "to"))
#: A bare "May" is a month only after these words ("in May"), not the modal verb.
_MAY_CUES = frozenset(
    (
        "in",
        "since",
        "by",
        "until",
        "till",
        "from",
        "through",
        "of",
        "early",
        "late",
        "mid",
        "last",
        "next",
        "this",
    )
)
_FUTURE = re.compile(
    r"\b(?:will|would|shall|'ll|plans? to|scheduled|expected to|is to|are to|due to|next|"
    r"upcoming|intends? to|going to|set to)\b"
)
#: How far after a mention its governing verb is looked for ("on Tuesday, he will …").
FUTURE_RIGHT_CHARS = 40
_CLAUSE_BREAK = re.compile(r"[,;.!?]|\b(?:that|which|who|when|where|while|as)\b")
#: A spaCy DATE without one of these is not a date ("Niger", "weekly" in some parses).
_DATE_WORD = re.compile(
    r"\d|\b(?:day|week|month|year|decade|century|ago|today|yesterday|tomorrow|tonight|"
    r"weekend|spring|summer|autumn|fall|winter|morning|evening|night)s?\b|"
    + timex.MONTH
    + "|"
    + timex.WEEKDAY,
    re.IGNORECASE,
)
#: spaCy calls ages DATE ("Lula, 78,", "a 40-year-old"): they are not dates.
_AGE = re.compile(r"^\d{1,3}$|\byears? old\b|-year-old|\baged?\b")
_PREVIOUS_WORD = re.compile(r"([A-Za-z]+)[\s-]*$")
_BLANK_LINE = re.compile(r"\n[ \t]*\r?\n")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s")


class _Resolved:
    """A resolution: value, precision, basis."""

    __slots__ = ("basis", "precision", "value")

    def __init__(
        self, value: str | None = None, precision: str = "unknown", basis: str = "unresolved"
    ):
        self.value, self.precision, self.basis = value, precision, basis


_UNRESOLVED = _Resolved()


def run(article: Article, doc, options, context: dict) -> None:
    """Every date expression, resolved against its paragraph, the article and its date."""
    text = article.text
    raw = context.get("raw")
    from_html = bool(raw is not None and raw.from_html)
    spans = _mentions(text, doc)
    para_starts = _paragraph_starts(text, from_html)
    posts = [(p.start, p.end, timex.parse_iso(p.date)) for p in article.social_posts if p.date]
    state = _State(timex.parse_iso(article.published))
    out = []
    for start, end, m in spans:
        para = bisect.bisect_right(para_starts, start) - 1
        anchor, anchor_basis = state.published, "published"
        for p_start, p_end, p_date in posts:
            if p_start <= start < p_end:
                anchor, anchor_basis = p_date, "context"
        try:
            r = _resolve(text, start, end, m, para, state, anchor, anchor_basis)
            state.remember(
                r,
                para,
                limit=m is not None
                and m.lastgroup == "year"
                and _previous_word(text, start) in _LIMIT_CUES,
            )
        except (OverflowError, ValueError):  # past the calendar: "tomorrow" on 9999-12-31
            r = _UNRESOLVED
        out.append(
            DateMention(
                start=start,
                end=end,
                text=text[start:end],
                value=r.value,
                precision=r.precision,
                basis=r.basis,
            )
        )
    article.dates = out


def _mentions(text: str, doc) -> list[tuple[int, int, re.Match | None]]:
    """(start, end, pattern match or None) of every date expression, in text order."""
    found: list[tuple[int, int, re.Match | None]] = []
    rejected: list[tuple[int, int]] = []
    for m in _scan(text):
        kind = m.lastgroup
        if kind == "year" and _previous_word(text, m.start()) not in _YEAR_CUES:
            continue  # a bare number; spaCy may still call it a DATE (below)
        if (
            kind == "month"
            and m.group("mo") == "May"
            and not m.group("mo_w")
            and _previous_word(text, m.start()) not in _MAY_CUES
        ):
            rejected.append(m.span())
            continue
        if kind == "dayword" and m.group(0) == "Today" and _after_name(text, m.start()):
            rejected.append(m.span())  # "Meridian Today", "USA Today": a name
            continue
        found.append((m.start(), m.end(), m))
    starts = [s for s, _e, _m in found]
    extra = []
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        s, e = ent.start_char, ent.end_char
        i = bisect.bisect_left(starts, e)
        if i > 0 and found[i - 1][1] > s:
            continue  # a pattern already covers (part of) it, with a more precise span
        if any(rs < e and s < re_ for rs, re_ in rejected):
            continue  # spaCy's reading of a word we know is not a date here
        year = re.fullmatch(rf"(?:(?:the year|early|late|mid-?)\s*)?({_YEAR})", ent.text)
        if year:
            m = _EXPRESSION.match(text, s + year.start(1), s + year.end(1))
            if m is not None and m.lastgroup == "year":
                extra.append((m.start(), m.end(), m))
                continue
        if _DATE_WORD.search(ent.text) and not _AGE.search(ent.text):
            extra.append((s, e, None))
    return sorted(found + extra, key=lambda x: (x[0], x[1]))


def _scan(text: str):
    """Pattern matches in text order, tried only from a few words before each head word."""
    end = 0
    for head in _HEAD.finditer(text):
        h = head.start()
        if h < end:
            continue
        window_start = max(end, h - 40)
        starts = [w.start() for w in _WORD_START.finditer(text, window_start, h)][-_LEAD_WORDS:]
        for pos in [*starts, h]:
            m = _EXPRESSION.match(text, pos)
            if m is not None and m.end() > h:
                yield m
                end = m.end()
                break


def _previous_word(text: str, pos: int) -> str:
    """The word just before ``pos``, lower-cased ('' at the start)."""
    m = _PREVIOUS_WORD.search(text, max(0, pos - 20), pos)
    return m.group(1).lower() if m else ""


def _after_name(text: str, pos: int) -> bool:
    """True when a capitalised word precedes ``pos`` on the same line."""
    m = re.search(r"([A-Z][\w.]*)[ \t]+$", text[max(0, pos - 40) : pos])
    return m is not None


def _paragraph_starts(text: str, from_html: bool) -> list[int]:
    """Offsets where paragraphs begin (lines in text extracted from HTML)."""
    breaks = re.finditer(r"\n", text) if from_html else _BLANK_LINE.finditer(text)
    return [0] + [m.end() for m in breaks]


def _future(text: str, start: int, end: int) -> bool:
    """True when the mention's clause speaks of what is to come.

    The clause is the sentence up to the mention and a few words after it: the verb that
    governs a date is rarely further away, and a farther "planned" belongs to another clause.
    """
    left = max(0, start - 200)
    last = None
    for last in _SENTENCE_END.finditer(text, left, start):
        pass
    s = last.end() if last else left
    right = min(len(text), end + FUTURE_RIGHT_CHARS)
    stop = _CLAUSE_BREAK.search(text, end, right)
    return _FUTURE.search(text, s, stop.start() if stop else right) is not None


class _State:
    """What earlier mentions established: the year per paragraph, the last date and year."""

    def __init__(self, published: dt.date | None):
        self.published = published
        self.para_year: dict[int, int] = {}
        #: the most recent resolved point: a representative day and its precision
        self.last: tuple[dt.date, str] | None = None
        self.last_year: int | None = None

    def remember(self, r: _Resolved, para: int, limit: bool) -> None:
        if r.value is None:
            return
        if r.precision == "week":
            y, w = r.value.split("-W")
            self.last = (dt.date.fromisocalendar(int(y), int(w), 4), "week")
            return
        year = int(r.value[:4])
        if not limit and r.basis in ("absolute", "context"):
            # only a year the text states sets the paragraph's year, not one we inferred
            self.para_year[para] = year
        self.last_year = year
        if r.precision == "day":
            self.last = (dt.date.fromisoformat(r.value), "day")
        elif r.precision == "month":
            self.last = (dt.date(year, int(r.value[5:7]), 15), "month")
        else:
            self.last = (dt.date(year, 7, 1), "year")


def _resolve(
    text: str,
    start: int,
    end: int,
    m: re.Match | None,
    para: int,
    state: _State,
    anchor: dt.date | None,
    anchor_basis: str,
) -> _Resolved:
    """Value, precision and basis of one mention."""
    if m is None:
        return _UNRESOLVED
    kind = m.lastgroup
    if kind == "dmy":
        value = timex.parse_day_month_year(m.group(0))
        return _Resolved(value, "day", "absolute") if value else _UNRESOLVED
    if kind == "iso":
        value = timex.iso_day(int(m.group("iso_y")), int(m.group("iso_m")), int(m.group("iso_d")))
        return _Resolved(value, "day", "absolute") if value else _UNRESOLVED
    if kind == "my":
        return _Resolved(
            f"{m.group('my_y')}-{timex.month_number(m.group('my_m')):02d}", "month", "absolute"
        )
    if kind == "year":
        return _Resolved(m.group("yy"), "year", "absolute")
    if kind == "md":
        month = timex.month_number(m.group("md_m") or m.group("dm_m"))
        day = int(m.group("md_d") or m.group("dm_d"))
        return _yearless(text, start, end, para, state, anchor, anchor_basis, month, day)
    if kind == "month":
        month = timex.month_number(m.group("mo"))
        which = (m.group("mo_w") or "").lower()
        if which in ("last", "next", "this"):
            return _month_from(anchor, anchor_basis, month, which)
        return _yearless(text, start, end, para, state, anchor, anchor_basis, month, None)
    if kind == "rel":
        return _relative(m, state, anchor, anchor_basis)
    if kind == "the":
        return _the_same(m, state)
    if kind == "deixis":
        return _deixis(m.group("dx_w").lower(), m.group("dx_u"), anchor, anchor_basis)
    if kind == "dayword":
        return _dayword(m.group(0).lower(), anchor, anchor_basis)
    if kind == "weekday":
        return _weekday(text, start, end, m, anchor, anchor_basis)
    return _UNRESOLVED


def _yearless(
    text: str,
    start: int,
    end: int,
    para: int,
    state: _State,
    anchor: dt.date | None,
    anchor_basis: str,
    month: int,
    day: int | None,
) -> _Resolved:
    """A month or month-day without a year: the paragraph's year, else the anchor's."""
    precision = "day" if day else "month"
    year = state.para_year.get(para)
    basis = "context"
    if year is None:
        if anchor is None:
            return _UNRESOLVED
        basis = anchor_basis
        year = anchor.year
        here = (month, day or 1)
        now = (anchor.month, anchor.day if day else 1)
        if _future(text, start, end):
            if here < now:
                year += 1
        elif here > now:
            year -= 1
    if day is None:
        return _Resolved(f"{year}-{month:02d}", precision, basis)
    value = timex.iso_day(year, month, day)
    return _Resolved(value, precision, basis) if value else _UNRESOLVED


def _month_from(anchor: dt.date | None, basis: str, month: int, which: str) -> _Resolved:
    """'last March', 'next March', 'this March' from the anchor date."""
    if anchor is None:
        return _UNRESOLVED
    year = anchor.year
    if which == "last" and month >= anchor.month:
        year -= 1
    elif which == "next" and month <= anchor.month:
        year += 1
    return _Resolved(f"{year}-{month:02d}", "month", basis)


def _shift(base: dt.date, unit: str, n: int) -> dt.date:
    """``base`` moved by n days, weeks, months or years (month ends clamp)."""
    if unit == "day":
        return base + dt.timedelta(days=n)
    if unit == "week":
        return base + dt.timedelta(weeks=n)
    months = base.year * 12 + base.month - 1 + (n if unit == "month" else 12 * n)
    year, month = divmod(months, 12)
    day = min(base.day, 28 if month + 1 == 2 else 30 if month + 1 in (4, 6, 9, 11) else 31)
    if month + 1 == 2 and day == 28 and base.day > 28:
        day = 29 if (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)) else 28
    return dt.date(year, month + 1, day)


def _value(date: dt.date, precision: str) -> str:
    """ISO string of ``date`` at ``precision``."""
    if precision == "year":
        return f"{date.year:04d}"
    if precision == "month":
        return f"{date.year:04d}-{date.month:02d}"
    if precision == "week":
        y, w, _ = date.isocalendar()
        return f"{y:04d}-W{w:02d}"
    return date.isoformat()


_PRECISION_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3}


def _relative(m: re.Match, state: _State, anchor: dt.date | None, anchor_basis: str) -> _Resolved:
    """'two days later' (from the last date), 'three weeks ago' (from the anchor)."""
    n = m.group("rel_n").lower()
    count = _NUMBER_WORDS.get(n) or int(n)
    unit, direction = m.group("rel_u"), m.group("rel_dir")
    if direction in ("before", "after"):
        return _UNRESOLVED  # counts from an event named after it, which we do not place
    if direction == "ago":
        if anchor is None:
            return _UNRESOLVED
        return _Resolved(_value(_shift(anchor, unit, -count), unit), unit, anchor_basis)
    if state.last is None:
        return _UNRESOLVED
    base, base_precision = state.last
    sign = 1 if direction == "later" else -1
    # "three weeks later" after "In October" is known only to the month (or coarser)
    precision = "day" if unit in ("day", "week") else unit
    if _PRECISION_ORDER[base_precision] > _PRECISION_ORDER[precision]:
        precision = base_precision
    return _Resolved(_value(_shift(base, unit, sign * count), precision), precision, "context")


def _the_same(m: re.Match, state: _State) -> _Resolved:
    """'the same year', 'the following day', 'the previous month' from the last date."""
    which, unit = (m.group("the_w") or "same").lower(), m.group("the_u")  # "that day"
    step = 0 if which == "same" else 1 if which in ("following", "next") else -1
    if unit == "year":
        if state.last_year is None:
            return _UNRESOLVED
        return _Resolved(str(state.last_year + step), "year", "context")
    if state.last is None or _PRECISION_ORDER[state.last[1]] > _PRECISION_ORDER[unit]:
        return _UNRESOLVED  # "the next day" after "in March": which day is not said
    return _Resolved(_value(_shift(state.last[0], unit, step), unit), unit, "context")


def _deixis(which: str, unit: str, anchor: dt.date | None, basis: str) -> _Resolved:
    """'last week', 'this year', 'next month', 'the coming week' from the anchor."""
    if anchor is None or which == "past":
        return _UNRESOLVED  # "the past month" is a stretch of time up to now, not a date
    step = {"last": -1, "this": 0, "next": 1, "coming": 1}[which]
    if unit == "weekend":
        saturday = anchor + dt.timedelta(days=(5 - anchor.weekday()) % 7)
        if which == "last":
            saturday = anchor - dt.timedelta(days=(anchor.weekday() - 5) % 7 or 7)
        elif which in ("next", "coming") and saturday == anchor:
            saturday += dt.timedelta(weeks=1)
        return _Resolved(_value(saturday, "week"), "week", basis)
    return _Resolved(_value(_shift(anchor, unit, step), unit), unit, basis)


def _dayword(word: str, anchor: dt.date | None, basis: str) -> _Resolved:
    """'yesterday', 'today', 'tomorrow', 'last night', 'this morning' from the anchor."""
    if anchor is None:
        return _UNRESOLVED
    step = -1 if word in ("yesterday", "last night") else 1 if word == "tomorrow" else 0
    return _Resolved((anchor + dt.timedelta(days=step)).isoformat(), "day", basis)


def _weekday(
    text: str, start: int, end: int, m: re.Match, anchor: dt.date | None, basis: str
) -> _Resolved:
    """'on Tuesday', 'last Friday', 'next Monday': the nearest such day around the anchor."""
    if anchor is None:
        return _UNRESOLVED
    wd = timex.WEEKDAY_NUMBER[m.group("wd").lower()]
    which = (m.group("wd_w") or "").lower()
    back = (anchor.weekday() - wd) % 7
    ahead = (wd - anchor.weekday()) % 7
    if which == "last":
        date = anchor - dt.timedelta(days=back or 7)
    elif which == "next":
        date = anchor + dt.timedelta(days=ahead or 7)
    elif which == "this" or _future(text, start, end):
        date = anchor + dt.timedelta(days=ahead)
    else:
        date = anchor - dt.timedelta(days=back)
    return _Resolved(date.isoformat(), "day", basis)
