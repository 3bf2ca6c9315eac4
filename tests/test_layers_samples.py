"""The bundled samples analysed end to end with the foundation layers."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from presslens import nlp
from presslens.ingest import RawDocument
from presslens.ingest.html import parse_html
from presslens.layers import boilerplate, dates, entities, genre, social
from presslens.model import Article
from presslens.options import Options
from presslens.pipeline import analyze, analyze_text

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
FOUNDATION = Options(layers=("social", "boilerplate", "entities", "dates", "genre"))


def sample(name: str, **meta) -> Article:
    text = (SAMPLES / name).read_text(encoding="utf-8")
    article = analyze_text(text, FOUNDATION, source=name, **meta)
    assert article.text == text
    return article


def checked(article: Article) -> Article:
    assert article.evidence_errors() == []
    assert article.language == "en" and article.warnings == []
    return article


def dates_of(article: Article) -> dict[str, tuple[str | None, str]]:
    return {d.text: (d.value, d.basis) for d in article.dates}


def test_every_sample_keeps_the_evidence_invariant():
    names = sorted(p.name for p in SAMPLES.iterdir())
    assert len(names) >= 7
    for name in names:
        path = SAMPLES / name
        if name.endswith(".txt"):
            articles = [sample(name)]
        elif name.endswith(".jsonl"):
            rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
            articles = [analyze_text(r.pop("text"), FOUNDATION, **r) for r in rows]
        elif name.endswith(".html"):
            articles = [analyze(parse_html(path.read_text(encoding="utf-8"), name), FOUNDATION)]
        else:
            pytest.fail(f"unexpected sample {name}")
        for article in articles:
            checked(article)
            assert article.entities and article.dates, name


def test_opinion_with_tweet_residue():
    a = checked(sample("opinion-sanctions-boomerang.txt"))
    assert a.genre == "opinion"
    assert a.title == "The Sanctions Boomerang: Europe Pays for Washington's Crusade"
    assert a.authors == ["Daria Voronova"] and a.outlet == "Meridian Today"
    assert [b.kind for b in a.boilerplate] == ["byline", "disclaimer", "author_bio", "promo"]
    assert [(p.platform, p.handle, p.date) for p in a.social_posts] == [
        ("twitter", "SenWhitcomb", "2024-02-11"),
        ("twitter", "MarekZielinskiPL", "2024-02-20"),
    ]
    first = a.social_posts[0]
    assert a.text[first.text_start : first.text_end].endswith("Time for an honest audit")
    us = {e.text for e in a.entities if e.name == "United States"}
    assert us == {"the United States", "U.S.", "American"}


def test_partisan_opinion_with_other_platforms():
    a = checked(sample("opinion-nato-expansion.txt"))
    assert a.genre == "opinion" and a.authors == ["Jack Harlan"]
    assert [p.platform for p in a.social_posts] == ["telegram", "instagram", "youtube"]
    assert [b.kind for b in a.boilerplate] == ["byline", "author_bio", "promo"]
    assert any(s.startswith("first_person:") for s in a.genre_signals)


def test_wire_report_without_year_in_dateline():
    a = checked(sample("report-moscow-talks.txt", published="2024-03-03"))
    assert a.genre == "report" and a.outlet == "Northwire" and a.authors == ["Anna Petrova"]
    d = dates_of(a)
    assert d["2019"] == ("2019", "absolute")
    assert d["March"] == ("2019-03", "context")
    assert d["The same year"] == ("2019", "context")
    assert d["last week"] == ("2024-W08", "published")
    assert d["Two days later"] == ("2024-02-29", "context")
    orlov = {e.text for e in a.entities if e.name == "Gennady Orlov"}
    assert orlov == {"Gennady Orlov", "Orlov"}


def test_wire_report_dateline_gives_the_date():
    a = checked(sample("report-sahel-junta.txt"))
    assert a.published == "2023-08-09" and a.outlet == "Sahel Wire Service"
    assert a.genre == "report"
    d = dates_of(a)
    assert d["the next day"] == ("2023-07-31", "context")
    assert d["last week"] == ("2023-W31", "published")
    assert d["Wednesday"] == ("2023-08-09", "published")


def test_satire():
    a = checked(sample("satire-sanctions-on-weather.txt"))
    assert a.genre == "satire" and a.outlet == "The Weekly Barometer"
    assert a.authors == []  # "By Our Foreign Affairs Desk" names no person


def test_html_page_with_embed_markup():
    path = SAMPLES / "page-alliance-summit.html"
    a = checked(analyze(parse_html(path.read_text(encoding="utf-8"), path.name), FOUNDATION))
    assert a.genre == "report" and a.authors == ["Rafael Mendonça"]
    [post] = a.social_posts
    assert (post.author, post.handle, post.date) == (
        "Naledi Khumalo",
        "NalediKhumaloSA",
        "2024-05-14",
    )
    assert a.text[post.text_start : post.text_end].startswith("Today Brazil, Argentina")
    assert a.text[post.text_start : post.text_end].endswith("our decisions.")
    lula = {e.text for e in a.entities if e.name == "Luiz Inácio Lula da Silva"}
    assert {"Luiz Inácio Lula da Silva", "Lula"} <= lula
    d = dates_of(a)
    assert d["Today"] == ("2024-05-14", "context")  # inside the post: the post's date
    assert d["last month"] == ("2024-04", "published")
    assert d["March"] == ("2025-03", "published")  # "would take place in March"
    assert "78" not in d  # an age, not a date


def test_jsonl_articles_use_their_metadata():
    rows = [
        json.loads(line)
        for line in (SAMPLES / "wire-batch.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    articles = [checked(analyze_text(r.pop("text"), FOUNDATION, **r)) for r in rows]
    assert [a.genre for a in articles] == ["report", "opinion", "report"]
    assert articles[1].authors == ["Elena Marsh"] and articles[1].outlet == "Freedom Dispatch"
    assert all(a.title_span is not None and a.title_span.start == 0 for a in articles)
    assert dates_of(articles[0])["December"] == ("2023-12", "published")
    assert dates_of(articles[2])["three weeks later"] == ("2023-11", "context")


def test_shuffled_and_cut_samples_keep_the_invariant():
    """Lines of every text sample, shuffled and cut at random places (seeded), still give
    in-bounds evidence from every layer: no pattern may assume a well-formed article."""
    lines = []
    for path in sorted(SAMPLES.glob("*.txt")):
        lines += path.read_text(encoding="utf-8").splitlines(keepends=True)
    rng = random.Random(0)
    for _ in range(12):
        rng.shuffle(lines)
        text = "".join(lines[: rng.randint(1, 25)])
        cut = rng.randint(0, len(text))
        text = text[:cut] + rng.choice(["", "\r\n", "\n\n", " — ", "(@x) May 1, 2020"]) + text[cut:]
        article = Article(
            id="t",
            source="fuzz",
            text=text,
            published=rng.choice([None, "2024-02-29", "2023-12-31T23:59:00Z", "not a date"]),
        )
        context = {"raw": RawDocument(source="fuzz", text=text, from_html=rng.random() < 0.3)}
        doc = nlp.parse(text)
        for layer in (social, boilerplate, entities, dates, genre):
            layer.run(article, doc, None, context)
        assert article.evidence_errors() == [], text
        assert article.text == text
