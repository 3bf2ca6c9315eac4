"""Events as rows of the GDELT 2.0 event table (the columns that apply to one article).

Column names and meanings follow the GDELT 2.0 Event Codebook.  Columns we cannot fill
honestly are left out rather than faked: tone, mention counts beyond the one article, and the
geography columns that need GDELT's FIPS codes and gazetteer ids.  ``ActionGeo_FullName``
carries the place the event names, as written.
"""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Iterable

from presslens.model import Actor, Article, Event

COLUMNS = (
    "GlobalEventID",
    "Day",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "ActionGeo_FullName",
    "SOURCEURL",
)


def _event_id(article: Article, index: int) -> int:
    """A stable integer id (GDELT ids are integers): hash of article id and event index."""
    digest = hashlib.sha256(f"{article.id}:{index}".encode()).hexdigest()
    return int(digest[:15], 16)


def _dates(event: Event) -> dict[str, str]:
    """GDELT's date columns from an ISO date of any precision (YYYY, YYYY-MM, YYYY-MM-DD,
    YYYY-Www); a coarser date takes the first day of its period."""
    empty = {"Day": "", "MonthYear": "", "Year": "", "FractionDate": ""}
    value = event.date or ""
    try:
        if "-W" in value:
            year, week = value.split("-W")
            day = datetime.date.fromisocalendar(int(year), int(week[:2]), 1)
        else:
            parts = [int(p) for p in value.split("-")]
            if not parts:
                return empty
            day = datetime.date(
                parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1
            )
    except ValueError:
        return empty
    doy = day.timetuple().tm_yday
    return {
        "Day": day.strftime("%Y%m%d"),
        "MonthYear": day.strftime("%Y%m"),
        "Year": str(day.year),
        # GDELT's FractionDate: year + day of year / 365, to four places.
        "FractionDate": f"{day.year + doy / 365:.4f}",
    }


def _actor_columns(prefix: str, actor: Actor | None, code: str | None) -> dict[str, str]:
    cols = {
        f"{prefix}Code": "",
        f"{prefix}Name": "",
        f"{prefix}CountryCode": "",
        f"{prefix}Type1Code": "",
        f"{prefix}Type2Code": "",
        f"{prefix}Type3Code": "",
    }
    if actor is None and not code:
        return cols
    full = (code or (actor.code if actor else "")).replace("---", "")
    cols[f"{prefix}Code"] = full
    cols[f"{prefix}Name"] = (actor.name if actor else "").upper()
    country = actor.country if actor else None
    cols[f"{prefix}CountryCode"] = country or ""
    roles = list(actor.roles) if actor else []
    for k, role in enumerate(roles[:3], 1):
        cols[f"{prefix}Type{k}Code"] = role
    return cols


def events_to_gdelt_rows(articles: Iterable[Article], min_confidence: float = 0.0) -> list[dict]:
    """One GDELT 2.0 event-table row (a dict keyed by column name) per event; events whose
    confidence is below ``min_confidence`` are left out (their ids stay unused)."""
    rows: list[dict] = []
    for article in articles:
        actors = {a.id: a for a in article.actors}
        lead_end = _lead_end(article)
        for index, event in enumerate(article.events):
            if event.confidence is not None and event.confidence < min_confidence:
                continue
            row = {"GlobalEventID": str(_event_id(article, index))}
            row.update(_dates(event))
            row.update(_actor_columns("Actor1", actors.get(event.source or ""), event.source_code))
            row.update(_actor_columns("Actor2", actors.get(event.target or ""), event.target_code))
            root = event.root
            row.update(
                {
                    # GDELT marks events of the lead paragraph as root events.
                    "IsRootEvent": "1" if event.trigger.start < lead_end else "0",
                    "EventCode": event.code,
                    "EventBaseCode": event.code[:3],
                    "EventRootCode": root,
                    "QuadClass": str(event.quad_class),
                    "GoldsteinScale": f"{event.goldstein:.1f}",
                    "NumMentions": "1",
                    "NumSources": "1",
                    "NumArticles": "1",
                    "ActionGeo_FullName": event.location.text if event.location else "",
                    "SOURCEURL": article.url or article.source,
                }
            )
            rows.append({c: row.get(c, "") for c in COLUMNS})
    return rows


def _lead_end(article: Article) -> int:
    """End offset of the lead: the first paragraph after the title, or the first 600 chars."""
    text = article.text
    start = article.title_span.end if article.title_span else 0
    body = text[start:].lstrip("\n")
    offset = len(text) - len(body)
    cut = body.find("\n\n")
    return offset + (cut if cut > 0 else min(len(body), 600))
