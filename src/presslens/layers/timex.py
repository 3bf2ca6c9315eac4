"""Calendar vocabulary shared by the layers that read dates (TIMEX: temporal expressions).

Not a layer (it is not in the registry): month and weekday names as regex fragments, and the
small conversions from their words to ISO strings that the social, boilerplate and dates
layers all need.
"""

from __future__ import annotations

import datetime as dt
import re

#: Month names and their abbreviations, longest first so the alternation takes the whole word.
MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b\.?"
)
#: Full month names only: abbreviations alone are too ambiguous ("Mar", "Jan" the name).
MONTH_FULL = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
#: "March 3, 2024", "Mar. 3 2024", "3 March 2024", with an optional leading weekday.
DAY_MONTH_YEAR = (
    rf"(?:{WEEKDAY},?\s+)?(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH},?\s+\d{{4}})"
)

_MONTH_NUMBER = {
    name: i
    for i, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
WEEKDAY_NUMBER = {
    name: i
    for i, name in enumerate(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    )
}
_DMY = re.compile(
    rf"(?:{WEEKDAY},?\s+)?(?:(?P<m1>{MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{MONTH}),?\s+(?P<y2>\d{{4}}))"
)


def month_number(word: str) -> int:
    """1-12 for a month name or abbreviation ("Sept." -> 9)."""
    return _MONTH_NUMBER[word[:3].lower()]


def iso_day(year: int, month: int, day: int) -> str | None:
    """YYYY-MM-DD, or None when the day does not exist."""
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_day_month_year(text: str) -> str | None:
    """ISO date of a "March 3, 2024" / "3 March 2024" expression found in ``text``."""
    m = _DMY.search(text)
    if m is None:
        return None
    if m.group("m1"):
        return iso_day(int(m.group("y1")), month_number(m.group("m1")), int(m.group("d1")))
    return iso_day(int(m.group("y2")), month_number(m.group("m2")), int(m.group("d2")))


def parse_iso(value: str | None) -> dt.date | None:
    """The date of an ISO date or datetime string ("2024-05-14T09:30:00Z"); None if not one."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
