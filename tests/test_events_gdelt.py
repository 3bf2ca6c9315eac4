"""GDELT 2.0 event-table rows from analysed articles."""

from __future__ import annotations

from presslens.options import Options
from presslens.pipeline import analyze_text
from presslens.store.gdelt import COLUMNS, events_to_gdelt_rows

LAYERS = ("social", "boilerplate", "entities", "dates", "actors", "quotes", "events")


def test_rows_carry_the_gdelt_columns_that_apply():
    text = (
        "A quiet week on the border\n\n"
        "Turkish police arrested two Syrian smugglers in Istanbul on 3 March 2024.\n\n"
        "Later the Greek government praised Turkey for the arrests."
    )
    article = analyze_text(
        text, Options(layers=LAYERS), url="https://example.org/a", published="2024-03-05"
    )
    rows = events_to_gdelt_rows([article])
    assert len(rows) == len(article.events) == 2
    first, second = rows
    assert list(first) == list(COLUMNS)
    assert first["Day"] == "20240303" and first["MonthYear"] == "202403"
    assert first["Year"] == "2024" and first["FractionDate"] == "2024.1726"
    assert (first["Actor1Code"], first["Actor1CountryCode"], first["Actor1Type1Code"]) == (
        "TURCOP",
        "TUR",
        "COP",
    )
    assert (first["Actor2Code"], first["Actor2CountryCode"]) == ("SYR", "SYR")
    assert (first["EventCode"], first["EventBaseCode"], first["EventRootCode"]) == (
        "173",
        "173",
        "17",
    )
    assert first["QuadClass"] == "4" and first["GoldsteinScale"] == "-5.0"
    assert first["ActionGeo_FullName"] == "Istanbul"
    assert first["SOURCEURL"] == "https://example.org/a"
    assert first["IsRootEvent"] == "1" and second["IsRootEvent"] == "0"
    assert second["Day"] == "20240305"  # no date in its sentence: the published date
    assert (second["Actor1Code"], second["Actor2Code"], second["EventCode"]) == (
        "GRCGOV",
        "TUR",
        "051",
    )
    assert first["GlobalEventID"].isdigit() and first["GlobalEventID"] != second["GlobalEventID"]
    again = events_to_gdelt_rows([article])
    assert again == rows  # stable ids


def test_no_events_no_rows():
    article = analyze_text("Nothing happened here today.", Options(layers=LAYERS))
    assert events_to_gdelt_rows([article]) == []


def test_dates_of_every_precision():
    from presslens.store.gdelt import _dates

    class Dated:
        def __init__(self, date):
            self.date = date

    assert _dates(Dated("2023-W31"))["Day"] == "20230731"
    assert _dates(Dated("2024-03"))["Day"] == "20240301"
    assert _dates(Dated("2024"))["MonthYear"] == "202401"
    assert _dates(Dated(None))["Day"] == ""
    assert _dates(Dated("not a date"))["Year"] == ""
