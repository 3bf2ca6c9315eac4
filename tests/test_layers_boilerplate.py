"""Boilerplate spans and the metadata they give: title, authors, outlet, published."""

from __future__ import annotations

from presslens import nlp
from presslens.ingest import RawDocument
from presslens.layers import boilerplate
from presslens.model import Article


def analyse(text: str, parse: bool = False, raw: dict | None = None, **meta) -> Article:
    article = Article(id="t", source="test", text=text, **meta)
    doc = nlp.parse(text) if parse else None
    raw_doc = RawDocument(source="test", text=text, **(raw or {}))
    boilerplate.run(article, doc, None, {"raw": raw_doc})
    assert article.evidence_errors() == []
    assert article.text == text
    return article


def spans(article: Article) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in article.boilerplate]


DISCLAIMER = (
    "(The views expressed in this article do not necessarily reflect those of Meridian Today.)"
)
BIO = "Daria Voronova is a Berlin-based researcher and commentator on energy policy."
OPINION = (
    "The Sanctions Boomerang\n"
    "\n"
    "By Daria Voronova\n"
    "\n"
    "Two years after Brussels promised results, the factories are closing.\n"
    "\n"
    "(The views expressed in this article do not necessarily reflect those of Meridian Today.)\n"
    "\n"
    "Daria Voronova is a Berlin-based researcher and commentator on energy policy.\n"
    "\n"
    "Follow Meridian Today on Telegram: t.me/meridiantoday\n"
)


def test_opinion_page_furniture_and_metadata():
    a = analyse(OPINION)
    assert spans(a) == [
        ("byline", "By Daria Voronova"),
        ("disclaimer", DISCLAIMER),
        ("author_bio", BIO),
        ("promo", "Follow Meridian Today on Telegram: t.me/meridiantoday"),
    ]
    byline, disclaimer, bio, promo = a.boilerplate
    assert (byline.start, byline.end) == (25, 42)
    assert (
        disclaimer.start == OPINION.index("(The views")
        and disclaimer.end == OPINION.index(".)") + 2
    )
    assert byline.author == bio.author == "Daria Voronova"
    assert disclaimer.outlet == promo.outlet == "Meridian Today"
    assert a.title == "The Sanctions Boomerang"
    assert (a.title_span.start, a.title_span.end) == (0, 23)
    assert a.authors == ["Daria Voronova"]
    assert a.outlet == "Meridian Today"


def test_container_metadata_is_not_overwritten():
    a = analyse(
        OPINION,
        title="The Sanctions Boomerang",
        authors=["Someone Else"],
        outlet="Container Outlet",
    )
    assert a.authors == ["Someone Else"] and a.outlet == "Container Outlet"
    assert a.title == "The Sanctions Boomerang" and a.title_span.end == 23


def test_container_title_elsewhere_sets_no_span():
    a = analyse(OPINION, title="A different headline")
    assert a.title == "A different headline" and a.title_span is None


def test_wire_dateline_credit_and_published():
    text = (
        "Moscow and Minsk pledge closer ties\n\n"
        "NIAMEY, Aug 9, 2023 (Sahel Wire Service) — The junta spoke.\n\n"
        "More text here.\n\n"
        "(Reporting by Anna Petrova and Omar Diallo; Editing by Mark Ellison)\n"
    )
    a = analyse(text)
    assert spans(a) == [
        ("dateline", "NIAMEY, Aug 9, 2023 (Sahel Wire Service) —"),
        ("byline", "(Reporting by Anna Petrova and Omar Diallo; Editing by Mark Ellison)"),
    ]
    assert a.boilerplate[0].start == 37
    assert a.published == "2023-08-09"
    assert a.outlet == "Sahel Wire Service"
    assert a.authors == ["Anna Petrova", "Omar Diallo"]


def test_dateline_without_year_leaves_published_empty():
    a = analyse("Title line\n\nMOSCOW, March 3 (Northwire) — Russia and Belarus agreed.\n")
    assert spans(a) == [("dateline", "MOSCOW, March 3 (Northwire) —")]
    assert a.published is None and a.outlet == "Northwire"
    b = analyse("Title line\n\nBRASILIA — The presidents met.\n")
    assert spans(b) == [("dateline", "BRASILIA —")] and b.outlet is None


def test_bylines_many_people_desks_and_false_ones():
    a = analyse("Headline\n\nBy Jane Roe and JOHN DOE · May 14, 2024\n\nBody.\n")
    assert spans(a) == [("byline", "By Jane Roe and JOHN DOE · May 14, 2024")]
    assert a.authors == ["Jane Roe", "John Doe"]
    wire = analyse("Headline\n\nBy JANE ROE, Associated Press\n\nBody.\n")
    assert wire.authors == ["Jane Roe"]
    staff = analyse("Headline\n\nby John Doe, Staff Writer\n\nBody.\n")
    assert staff.authors == ["John Doe"]
    desk = analyse("Headline\n\nBy Our Foreign Affairs Desk\n\nBody.\n")
    assert spans(desk) == [("byline", "By Our Foreign Affairs Desk")]
    assert desk.boilerplate[0].author is None and desk.authors == []
    prose = analyse("Headline\n\nBy now, we have all heard of the plan.\n\nBody.\n")
    assert spans(prose) == []


def test_bio_without_byline_needs_a_cue():
    text = "Headline\n\nThe talks failed.\n\nVladimir Orlov is a former general.\n"
    assert spans(analyse(text)) == []  # a subject sentence, not a bio: no writer's cue word
    text = "Headline\n\nThe talks failed.\n\nElena Marsh is a Warsaw-based analyst.\n"
    a = analyse(text)
    assert spans(a) == [("author_bio", "Elena Marsh is a Warsaw-based analyst.")]
    assert a.authors == ["Elena Marsh"]


def test_promos_related_lines_and_person_follow_links():
    text = (
        "Headline\n\n"
        "NEW You can now listen to Fox News articles!\n\n"
        "Body paragraph that mentions a newsletter in passing is not a promo because it is long "
        "enough to be prose: " + "words " * 60 + "\n\n"
        "RON HOWARD TRASHES THE PLAN ON TWITTER\n\n"
        "Read more: Why the talks failed\n\n"
        "Follow Elizabeth Howell on Twitter @howellspace.\n\n"
        "Share this article and sign up for our newsletter.\n"
    )
    a = analyse(text, parse=True)
    assert spans(a) == [
        ("promo", "NEW You can now listen to Fox News articles!"),
        ("other", "RON HOWARD TRASHES THE PLAN ON TWITTER"),
        ("other", "Read more: Why the talks failed"),
        ("promo", "Follow Elizabeth Howell on Twitter @howellspace."),
        ("promo", "Share this article and sign up for our newsletter."),
    ]
    assert a.outlet is None  # a person's account is not the outlet


def test_satire_notice_names_the_outlet():
    text = (
        "Headline\n\nBody.\n\nThis article is satire. The Weekly Barometer is a humour site; "
        "none of the quotes were said.\n"
    )
    a = analyse(text)
    [notice] = a.boilerplate
    assert notice.kind == "disclaimer" and notice.outlet == "The Weekly Barometer"
    assert notice.text.startswith("This article is satire.") and notice.end == len(text) - 1
    assert a.outlet == "The Weekly Barometer"


def test_html_text_guesses_no_title_and_reads_lines_as_paragraphs():
    text = "Southern leaders sign pact\nBRASILIA — The presidents met.\nBy the way, more.\n"
    a = analyse(text, raw={"from_html": True})
    assert a.title is None and a.title_span is None
    assert spans(a) == [("dateline", "BRASILIA —")]


def test_empty_text():
    a = analyse("")
    assert a.boilerplate == [] and a.title is None


def test_captions_and_credits():
    text = (
        "Headline\n\nThe talks went on.\n\n"
        "FILE PHOTO: The foreign minister speaks in London, Britain.\n\n"
        "Soldiers patrol the border near Kharkiv. REUTERS/Anna Petrova\n\n"
        "The ruin of a building in Cobargo. Photograph: Sean Davey/EPA\n\n"
        "(Photo: Continental Ledger)\n\n"
        "A photo shows the minister at the podium, as officials said.\n"
    )
    a = analyse(text)
    assert spans(a) == [
        ("caption", "FILE PHOTO: The foreign minister speaks in London, Britain."),
        ("caption", "Soldiers patrol the border near Kharkiv. REUTERS/Anna Petrova"),
        ("caption", "The ruin of a building in Cobargo. Photograph: Sean Davey/EPA"),
        ("caption", "(Photo: Continental Ledger)"),
    ]


def test_a_photo_gallery_pasted_as_text_is_a_caption():
    gallery = (
        "Photos: Harbour fire Firefighters work at the pier on June 2. Hide Caption 1 of 3 "
        "Photos: Harbour fire Residents watch from the bridge. Hide Caption 2 of 3"
    )
    text = f"Harbour fire\n\nA fire broke out at the pier on Monday.\n\n{gallery}\n\nCrews stayed."
    assert spans(analyse(text)) == [("caption", gallery)]
