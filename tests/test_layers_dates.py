"""Date expressions resolved to ISO values against the paragraph, the article and its date."""

from __future__ import annotations

import pytest

from presslens import nlp
from presslens.ingest import RawDocument
from presslens.layers import boilerplate, dates, social
from presslens.model import Article


def analyse(text: str, published: str | None = None) -> Article:
    article = Article(id="t", source="test", text=text, published=published)
    doc = nlp.parse(text)
    context = {"raw": RawDocument(source="test", text=text)}
    for layer in (social, boilerplate, dates):
        layer.run(article, doc, None, context)
    assert article.evidence_errors() == []
    return article


def table(article: Article) -> list[tuple[str, str | None, str, str]]:
    return [(d.text, d.value, d.precision, d.basis) for d in article.dates]


def test_month_takes_the_year_of_its_paragraph_and_same_year_follows():
    text = (
        "In 2019, the security service broke up a network, and in March it expelled two "
        "diplomats. The same year, Lysenko accused Warsaw.\n\nIn March the talks resumed."
    )
    a = analyse(text, published="2024-03-03")
    assert table(a) == [
        ("2019", "2019", "year", "absolute"),
        ("March", "2019-03", "month", "context"),
        ("The same year", "2019", "year", "context"),
        ("March", "2024-03", "month", "published"),  # another paragraph: the article's year
    ]
    assert [(d.start, d.end) for d in a.dates][:3] == [(3, 7), (57, 62), (90, 103)]


def test_relative_expressions_count_from_the_publication_date():
    text = (
        "The EU said last week it was preparing sanctions. On Friday state television showed "
        "weapons seized on February 27. Two days later the prosecutor charged eleven people. "
        "Three weeks ago the talks stalled; yesterday they resumed, and last year they failed."
    )
    a = analyse(text, published="2024-03-03")  # a Sunday
    assert table(a) == [
        ("last week", "2024-W08", "week", "published"),
        ("Friday", "2024-03-01", "day", "published"),
        ("February 27", "2024-02-27", "day", "published"),
        ("Two days later", "2024-02-29", "day", "context"),
        ("Three weeks ago", "2024-W06", "week", "published"),
        ("yesterday", "2024-03-02", "day", "published"),
        ("last year", "2023", "year", "published"),
    ]


def test_that_day_and_the_following_week_follow_the_last_date():
    text = (
        "Protesters gathered on July 30, 2023. That day the embassy closed; the following "
        "week it reopened."
    )
    assert table(analyse(text)) == [
        ("July 30, 2023", "2023-07-30", "day", "absolute"),
        ("That day", "2023-07-30", "day", "context"),
        ("the following week", "2023-W31", "week", "context"),
    ]


def test_future_sentences_look_ahead():
    text = (
        "Orlov said joint exercises would begin in September. Ministers will meet on "
        "Tuesday, and the summit is scheduled for January 20."
    )
    a = analyse(text, published="2024-03-03")
    assert table(a) == [
        ("September", "2024-09", "month", "published"),
        ("Tuesday", "2024-03-05", "day", "published"),
        ("January 20", "2025-01-20", "day", "published"),
    ]


def test_absolute_forms():
    text = (
        "It began on Thursday, March 5, 2020 and ended 3 April 2021. The file is dated "
        "2022-11-30. Talks in February 2024 failed, as they had in the 1990s."
    )
    assert table(analyse(text)) == [
        ("Thursday, March 5, 2020", "2020-03-05", "day", "absolute"),
        ("3 April 2021", "2021-04-03", "day", "absolute"),
        ("2022-11-30", "2022-11-30", "day", "absolute"),
        ("February 2024", "2024-02", "month", "absolute"),
        ("the 1990s", None, "unknown", "unresolved"),
    ]


def test_without_an_anchor_relative_dates_stay_unresolved():
    text = (
        "The EU said last week it was ready. On Friday it acted. Two weeks after the vote, "
        "it rested."
    )
    assert table(analyse(text)) == [
        ("last week", None, "unknown", "unresolved"),
        ("Friday", None, "unknown", "unresolved"),
        ("Two weeks after", None, "unknown", "unresolved"),
    ]


def test_limits_do_not_set_the_paragraph_year():
    text = "They signed a roadmap through 2026. In March they met again."
    assert table(analyse(text, published="2024-05-01")) == [
        ("2026", "2026", "year", "absolute"),
        ("March", "2024-03", "month", "published"),
    ]


def test_may_the_verb_and_names_with_today_are_not_dates():
    text = "Meridian Today reports that prices may rise. In May they rose; today they fell."
    assert table(analyse(text, published="2024-06-10")) == [
        ("May", "2024-05", "month", "published"),
        ("today", "2024-06-10", "day", "published"),
    ]


def test_inside_a_post_the_post_date_is_the_anchor():
    text = (
        "Lead paragraph of the report.\n\n"
        "Today we stood together. pic.twitter.com/Hn4pW2sZqA\n"
        "— Naledi Khumalo (@NalediKhumaloSA) May 14, 2024\n\n"
        "Yesterday the ministers left."
    )
    a = analyse(text, published="2024-05-20")
    assert table(a) == [
        ("Today", "2024-05-14", "day", "context"),
        ("May 14, 2024", "2024-05-14", "day", "absolute"),
        ("Yesterday", "2024-05-19", "day", "published"),
    ]


def test_spacy_durations_are_kept_unresolved_and_relative_to_coarse_context():
    text = (
        "Two years after the promise, nothing changed. In October, Paris agreed to sell "
        "radars, and three weeks later the two countries signed a memorandum."
    )
    a = analyse(text, published="2024-03-05")
    assert table(a)[0] == ("Two years after", None, "unknown", "unresolved")
    assert table(a)[-2:] == [
        ("October", "2023-10", "month", "published"),
        ("three weeks later", "2023-11", "month", "context"),
    ]


@pytest.mark.parametrize("text", ["", "No dates in this sentence at all.", "Call 2019 people."])
def test_no_dates(text):
    assert analyse(text).dates == []
