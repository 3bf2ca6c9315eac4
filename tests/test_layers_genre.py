"""Genre decisions and the signals listed for them."""

from __future__ import annotations

from presslens import nlp
from presslens.ingest import RawDocument
from presslens.layers import boilerplate, genre, social
from presslens.model import Article


def decide(text: str, **raw) -> Article:
    meta = {k: raw.pop(k) for k in ("url", "title") if k in raw}
    article = Article(id="t", source="test", text=text, **meta)
    doc = nlp.parse(text)
    context = {"raw": RawDocument(source="test", text=text, **raw)}
    for layer in (social, boilerplate, genre):
        layer.run(article, doc, None, context)
    return article


BODY = "The ministers met on Tuesday and discussed the plan for the border crossing. " * 3


def test_opinion_disclaimer_decides():
    a = decide(
        "Headline\n\n" + BODY + "\n\n(The views expressed in this article do not "
        "necessarily reflect those of Meridian Today.)\n"
    )
    assert a.genre == "opinion"
    assert a.genre_signals[0] == "opinion_disclaimer"
    assert a.genre_signals[-1] == "score:opinion=3,report=0,satire=0"


def test_section_and_title_label():
    a = decide(BODY, url="https://example.org/opinion/2024/plan")
    assert a.genre == "opinion" and a.genre_signals[0] == "section:opinion (/opinion/2024/plan)"
    b = decide(BODY, title="Opinion: the plan will fail")
    assert b.genre == "opinion" and "title_label:opinion" in b.genre_signals
    c = decide(BODY, section="opinion")
    assert c.genre == "opinion" and c.genre_signals[0] == "section:opinion (opinion)"


def test_first_person_argument():
    text = (
        "Let me say it plainly. I asked three offices and I got nothing. My question is "
        "simple, and I think the answer is no. We should stop. " * 2
    )
    a = decide(text)
    assert a.genre == "opinion"
    assert any(s.startswith("first_person:") for s in a.genre_signals)
    assert any(s.startswith("stance_phrases:") for s in a.genre_signals)


def test_first_person_inside_quotes_is_the_speaker_not_the_author():
    text = (
        '"I will not resign," the minister said. "My critics are wrong," he told '
        'reporters. "I think we won," she said. '
    ) * 2
    a = decide(text)
    assert not any(s.startswith("first_person:") for s in a.genre_signals)
    assert a.genre == "report"  # reported speech only


def test_dateline_and_wire_credit_make_a_report():
    a = decide(
        "Headline\n\nMOSCOW, March 3 (Northwire) — "
        + BODY
        + "\n\n(Reporting by Anna Petrova; Editing by Mark Ellison)\n"
    )
    assert a.genre == "report"
    assert a.genre_signals[:2] == ["wire_credit", "dateline"]


def test_satire_notice_beats_a_dateline():
    a = decide(
        "Headline\n\nBRUSSELS — " + BODY + " At press time, the front had moved on."
        "\n\nThis article is satire. The Weekly Barometer is a humour site.\n"
    )
    assert a.genre == "satire"
    assert {"satire_notice", "satire_marker", "dateline"} <= set(a.genre_signals)


def test_nothing_decides_other():
    a = decide(BODY)
    assert a.genre == "other"
    assert a.genre_signals == ["score:opinion=0,report=0,satire=0"]
