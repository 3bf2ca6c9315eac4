"""Entity mentions and their groups (one id per entity within an article)."""

from __future__ import annotations

from presslens import nlp
from presslens.ingest import RawDocument
from presslens.layers import boilerplate, entities
from presslens.model import Article


def analyse(text: str) -> Article:
    article = Article(id="t", source="test", text=text)
    doc = nlp.parse(text)
    context = {"raw": RawDocument(source="test", text=text)}
    boilerplate.run(article, doc, None, context)
    entities.run(article, doc, None, context)
    assert article.evidence_errors() == []
    return article


def groups(article: Article) -> dict[str, set[str]]:
    """canonical name -> mention texts."""
    out: dict[str, set[str]] = {}
    for e in article.entities:
        out.setdefault(e.name, set()).add(e.text)
    return out


def test_lula_full_name_title_and_short_name_share_a_group():
    text = (
        "Luiz Inácio Lula da Silva hosted the summit in Brasilia on Tuesday. President Lula "
        "said Brazil would not join any bloc. Later, Lula met the press."
    )
    a = analyse(text)
    lula = [e for e in a.entities if "Lula" in e.text]
    assert [(e.start, e.end) for e in lula] == [(0, 25), (78, 82), (127, 131)]
    assert {e.group for e in lula} == {0}
    assert {e.name for e in lula} == {"Luiz Inácio Lula da Silva"}
    brazil = next(e for e in a.entities if e.text == "Brazil")
    assert brazil.group != 0 and brazil.label == "GPE"


def test_country_names_short_forms_and_demonyms_share_a_group():
    text = (
        "The United States reacted cautiously. The US embassy said little, but U.S. "
        "officials and American diplomats were angry. Washington and Moscow traded barbs, "
        "and Russia's envoy left."
    )
    a = analyse(text)
    g = groups(a)
    assert g["United States"] == {"The United States", "US", "U.S.", "American"}
    assert g["Washington"] == {"Washington"}  # a capital is not its country
    assert g["Russia"] == {"Russia"} and g["Moscow"] == {"Moscow"}
    us = [e for e in a.entities if e.name == "United States"]
    assert {e.group for e in us} == {0} and us[0].start == 0 and us[0].end == 17


def test_acronym_joins_its_long_form():
    a = analyse(
        "The North Atlantic Treaty Organization met in Brussels. NATO said the European "
        "Union and the EU agreed."
    )
    g = groups(a)
    assert g["NATO"] == {"The North Atlantic Treaty Organization", "NATO"}
    assert g["European Union"] == {"the European Union", "EU"}


def test_surname_tagged_org_joins_the_person_and_byline_author():
    text = (
        "By Daria Voronova\n\nRussian Defence Minister Gennady Orlov met his counterpart, "
        "Pavel Drozd, in Moscow. Orlov said the talks went well. Voronova disagreed."
    )
    a = analyse(text)
    g = groups(a)
    assert {"Gennady Orlov", "Orlov"} <= g["Gennady Orlov"]
    assert g["Daria Voronova"] == {"Daria Voronova", "Voronova"}
    assert "Pavel Drozd" in g


def test_group_ids_number_entities_by_first_mention():
    a = analyse("Poland and Lithuania met. Polish and Lithuanian ministers spoke. Poland left.")
    ids = [(e.text, e.group) for e in a.entities]
    assert ids[0] == ("Poland", 0) and ids[1] == ("Lithuania", 1)
    assert {g for t, g in ids if t in ("Poland", "Polish")} == {0}
    assert {g for t, g in ids if t.startswith("Lithuania")} == {1}
    assert sorted({e.group for e in a.entities}) == list(range(len({e.group for e in a.entities})))


def test_numbers_and_dates_are_not_entities():
    a = analyse("Russia delivered $1.5 billion in aid to Belarus in 2023, about 40 percent more.")
    assert {e.label for e in a.entities} <= entities.NAMED_LABELS
    assert all(not e.text[0].isdigit() and "$" not in e.text for e in a.entities)


def test_title_case_headline_words_are_cut_from_a_name():
    """spaCy sweeps a headline's capitalised function words into a name; they are cut off, and
    the name joins the person's later mentions."""
    article = analyse(
        "Obama Was Never As Tough On Russia As Trump\n\n"
        "President Obama met Russian leaders twice in 2013. Obama later regretted it.\n"
    )
    people = {e.text for e in article.entities if e.label == "PERSON"}
    assert "Obama Was Never As" not in people and "Obama" in people
    first = next(e for e in article.entities if e.start == 0)
    assert first.text == "Obama"
    assert {e.group for e in article.entities if e.label == "PERSON"} == {first.group}
