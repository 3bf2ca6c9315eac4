"""Actors: country lexicon, role composition, context coding, exact offsets."""

from __future__ import annotations

import pytest

from presslens.knowledge import countries, roles
from presslens.options import Options
from presslens.pipeline import analyze_text

LAYERS = ("social", "boilerplate", "entities", "dates", "actors")


def analyse(text: str, **metadata):
    return analyze_text(text, Options(layers=LAYERS), **metadata)


def by_code(article) -> dict[str, list[str]]:
    return {a.code: [m.text for m in a.mentions] for a in article.actors}


def check_evidence(article) -> None:
    for actor in article.actors:
        assert actor.mentions, actor
        for m in actor.mentions:
            assert article.text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("phrase", "code", "kind"),
    [
        ("Brazilian", "BRA", "demonym"),
        ("the United States", "USA", "name"),
        ("U.S.", "USA", "name"),
        ("Kremlin", "RUS", "capital"),
        ("Britain", "GBR", "name"),
        ("Kyiv", "UKR", "capital"),
        ("Iran", "IRN", "name"),
        ("Filipino", "PHL", "demonym"),
        ("Niamey", "NER", "capital"),
    ],
)
def test_country_lexicon(phrase, code, kind):
    assert countries.lookup(phrase) == (code, kind)


def test_country_lexicon_rejects_non_countries():
    assert countries.lookup("us") is None  # the pronoun
    assert countries.lookup("Tuesday") is None
    assert len(countries.countries()) >= 249


def test_role_lexicon():
    assert roles.role_of("navy") == "MIL"
    assert roles.role_of("Foreign Minister") == "GOV"
    assert roles.role_of("parliament") == "LEG"
    assert roles.role_of("table") is None


def test_title_and_demonym_code_a_person_and_its_short_name():
    text = (
        "Brazilian President Luiz Inácio Lula da Silva arrived in Maputo on Monday. "
        "Lula praised the Mozambican government."
    )
    article = analyse(text)
    check_evidence(article)
    lula = next(a for a in article.actors if a.code == "BRAGOV")
    assert lula.country == "BRA" and lula.roles == ["GOV"]
    spans = [(m.start, m.end, m.text) for m in lula.mentions]
    assert spans[0] == (0, 45, "Brazilian President Luiz Inácio Lula da Silva")
    assert (75, 79, "Lula") in spans
    assert by_code(article)["MOZGOV"] == ["the Mozambican government"]


def test_navy_engineers_and_countries():
    text = "The Russian navy escorted the tankers while Chinese engineers repaired the pipeline."
    article = analyse(text)
    check_evidence(article)
    codes = by_code(article)
    assert codes["RUSMIL"] == ["The Russian navy"]
    assert codes["CHN"] == ["Chinese"]


def test_organisation_of_a_named_country_carries_it_to_its_acronym():
    text = (
        "Turkey's National Intelligence Organization (MIT) detained two suspects. "
        "The MIT later released one of them."
    )
    article = analyse(text)
    check_evidence(article)
    mit = next(a for a in article.actors if a.code == "TURSPY")
    texts = [m.text for m in mit.mentions]
    assert texts[0] == "Turkey's National Intelligence Organization"
    assert texts.count("MIT") >= 1
    later = text.index("MIT later")
    assert any(m.start == later and m.end == later + 3 for m in mit.mentions)


def test_role_with_country_in_a_prepositional_phrase():
    article = analyse("Soldiers from Mali and officials in Niger met on Sunday.")
    codes = by_code(article)
    assert codes["MLIMIL"] == ["Soldiers from Mali"]
    assert codes["NERGOV"] == ["officials in Niger"]


def test_organisations_and_seats_of_power():
    article = analyse("NATO and the White House criticised the Kremlin.")
    codes = by_code(article)
    assert "IGOWSTNAT" in codes
    assert codes["USAGOV"] == ["the White House"]
    assert codes["RUSGOV"] == ["the Kremlin"]


def test_bare_role_takes_the_dateline_country():
    text = (
        "NIAMEY, Aug 9, 2023 (Sahel Wire) — The junta ordered the French ambassador to "
        "leave within 48 hours."
    )
    article = analyse(text)
    codes = by_code(article)
    assert codes.get("NERMIL") == ["The junta"]
    assert codes.get("FRAGOV") == ["the French ambassador"]


def test_actor_ids_are_stable_and_ordered():
    text = "Germany thanked France. France thanked Germany."
    first = analyse(text)
    second = analyse(text)
    assert [a.model_dump() for a in first.actors] == [a.model_dump() for a in second.actors]
    assert [a.id for a in first.actors] == ["A1", "A2"]
    assert [a.code for a in first.actors] == ["DEU", "FRA"]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("George Soros funds groups in Hungary.", "George Soros", "USA"),
        ("Chris Bryant wrote to the prime minister.", "Chris Bryant", "GBR"),
        ("Rex Tillerson flew to Ankara.", "Rex Tillerson", "USA"),
        # a sentence-initial name the tagger reads as a common noun
        ("Trump ordered the strike.", "Trump", "USA"),
        # office holders and commanders named without their country
        ("Defense Secretary Mark Esper visited the troops.", "Mark Esper", "USA"),
        ("The killing of Qasem Soleimani shocked the region.", "Qasem Soleimani", "IRN"),
        ("Adel Abdul-Mahdi asked parliament to vote.", "Adel Abdul-Mahdi", "IRQ"),
        ("Hassan Nasrallah gave a speech on Sunday.", "Hassan Nasrallah", "LBN"),
    ],
)
def test_people_in_public_roles_have_their_country(text, name, country):
    article = analyse(text)
    check_evidence(article)
    assert any(
        m.text.endswith(name) and a.country == country for a in article.actors for m in a.mentions
    )


def test_a_headlines_led_alliance_is_the_body_the_report_names():
    text = (
        "Armenia freezes participation in Russia-led military alliance\n\n"
        "Armenia has frozen its participation in the Collective Security Treaty "
        "Organization, the prime minister said."
    )
    article = analyse(text)
    check_evidence(article)
    codes = by_code(article)
    assert "Russia-led military alliance" in codes.get("IGOEURCST", [])


def test_administrations_of_two_presidents_are_two_actors() -> None:
    article = analyse(
        "The Obama administration refused to help. The Trump administration levied sanctions."
    )
    named = {a.name: a.code for a in article.actors}
    assert named == {"Obama administration": "USAGOV", "Trump administration": "USAGOV"}


def test_a_town_stands_for_its_country() -> None:
    article = analyse("Turkish troops shelled Kirkuk and Manbij.")
    places = {a.name: a.country for a in article.actors if a.basis == "gazetteer"}
    assert places == {"Manbij": "SYR"}  # (Kirkuk is in our own city list)


def test_bare_domestic_roles_belong_to_the_country_the_article_is_about() -> None:
    article = analyse(
        "Chile's president met Chilean farmers. Chile raised tariffs. Santiago said it would "
        "act. Chile's senate agreed. Former officials attacked the president over the plan."
    )
    codes = {a.name: a.code for a in article.actors}
    assert codes["Former officials"].startswith("CHL")


def test_bare_roles_stay_stateless_when_no_country_leads() -> None:
    article = analyse(
        "Chile held talks with Peru on Monday. Peru then invited Bolivia to the next round, "
        "and Bolivia said it would attend. Former officials attacked the plan."
    )
    codes = {a.name: a.code for a in article.actors}
    assert codes["Former officials"].startswith("---")


def test_coordinated_countries_after_a_role_keep_a_country_code() -> None:
    article = analyse("Trade ministers from Britain, France and Holland withdrew in protest.")
    assert {
        a.name: (a.code, a.country)
        for a in article.actors
        if a.name != "Trade ministers from Britain"
    } == {
        "France": ("FRAGOV", "FRA"),
        "Holland": ("NLDGOV", "NLD"),
    }


def test_coordinated_demonyms_before_a_role_are_two_actors() -> None:
    article = analyse("Russian and Belarusian troops held joint drills near the border.")
    assert {a.name: a.code for a in article.actors} == {
        "Russian": "RUSMIL",
        "Belarusian troops": "BLRMIL",
    }
    check_evidence(article)


@pytest.mark.parametrize(
    ("text", "name", "code", "mentions"),
    [
        (
            (
                "Zorvak is the Iranian political-militant organization that opposes the regime. "
                "Zorvak has killed Americans."
            ),
            "Zorvak",
            "IRNREB",
            ["Zorvak", "Zorvak"],
        ),
        (
            (
                "The Lumen Front, an Iranian opposition group, met in Paris. "
                "The Lumen Front has long lobbied Washington."
            ),
            "Lumen Front",
            "IRNOPP",
            None,
        ),
    ],
)
def test_an_unknown_organisation_takes_the_country_its_definition_gives(
    text, name, code, mentions
) -> None:
    article = analyse(text)
    check_evidence(article)
    actor = next(a for a in article.actors if a.name == name)
    assert actor.code == code
    assert actor.country == code[:3]
    if mentions is not None:
        assert [m.text for m in actor.mentions] == mentions
    else:
        assert len(actor.mentions) == 2


def test_a_definition_with_two_states_gives_no_country() -> None:
    article = analyse("Zorvak is a joint Turkish and Iranian company.")
    assert not any(a.name == "Zorvak" for a in article.actors)


def test_congress_with_no_country_named_is_the_us_congress() -> None:
    article = analyse("Members of Congress demanded tougher action.")
    assert by_code(article).get("USALEG") == ["Congress"]
    peru = analyse("The Peruvian Congress voted to remove the president.")
    assert "PERLEG" in by_code(peru)
    assert "USALEG" not in by_code(peru)


def test_a_stateless_people_belongs_to_the_state_named_before_it() -> None:
    # the Kurds of a piece on Iraq's referendum are Iraq's
    iraq = analyse("Iraq held a referendum in September. Turkey warned the Kurds.")
    kurds = next(a for a in iraq.actors if any(m.text == "Kurds" for m in a.mentions))
    assert kurds.country == "IRQ"
    check_evidence(iraq)
    # a state in the same sentence may be the one acting on them
    syria = analyse("Fighting spread across Syria. Turkish troops attacked Kurdish fighters.")
    fighters = [a for a in syria.actors if "Kurdish" in a.mentions[0].text]
    assert fighters and fighters[0].country == "SYR"
    # no state of theirs named: no country
    alone = analyse("Kurdish leaders met in Paris.")
    assert not any(a.country in ("IRQ", "SYR", "TUR", "IRN") for a in alone.actors)


def test_a_us_state_after_a_town_settles_its_country():
    """The index knows only an Australian Palm Beach; ", Florida" says which one is meant."""
    article = analyse("The president spoke to reporters in Palm Beach, Florida on Monday.")
    check_evidence(article)
    assert by_code(article).get("USA") == ["Palm Beach"]


def test_a_us_state_is_american_and_a_town_office_takes_its_town():
    """ "Ken Paxton of Texas": a US state named alone is the United States; "the Las Vegas
    police": the article is the office's, the town still places it."""
    article = analyse("The attorney general of Texas criticized the Las Vegas police on Monday.")
    check_evidence(article)
    assert sorted(by_code(article)) == ["USACOP", "USAJUD"]  # (an attorney general: JUD)
    assert by_code(article)["USACOP"] == ["the Las Vegas police"]


def test_american_agencies_and_an_inspector_general():
    """ICE, CBP and the Capitol Police are American forces of order; an inspector general is
    no soldier; "ice" in lower case is a word."""
    article = analyse(
        "ICE officers and Customs and Border Protection detained migrants. The inspector "
        "general criticized the Capitol Police. Put ice on the wound."
    )
    check_evidence(article)
    forces = sorted(a.name for a in article.actors if a.code == "USACOP")
    assert forces == ["Capitol Police", "Customs and Border Protection", "ICE officers"]
    assert not any(a.code.endswith("MIL") for a in article.actors)


def test_a_stance_towards_a_state_is_no_membership_of_it():
    """ "the campus anti-Israel crowd", "pro-Israel students": for or against a state, not of
    it; the name keeps its hyphen."""
    article = analyse("Pro-Israel students at McGill were harassed by the anti-Israel crowd.")
    check_evidence(article)
    assert not any(a.country == "ISR" for a in article.actors)
    assert any(a.name == "Pro-Israel students" for a in article.actors)


def test_a_journalist_takes_no_country_from_the_story_they_report():
    article = analyse(
        "The first mention of Iran comes in a 1980 interview with the journalist Rona Barrett."
    )
    check_evidence(article)
    barrett = next(a for a in article.actors if a.name == "Rona Barrett")
    assert barrett.country is None and barrett.code == "---MED"


def test_bare_offices_of_no_country_are_one_actor_per_office():
    text = (
        "Sanctions could topple a regime already beset by protests. The current Labour mayor "
        "complained about the visit. The mayor added that he was shocked."
    )
    article = analyse(text)
    check_evidence(article)
    groups = {a.name: [m.text for m in a.mentions] for a in article.actors}
    assert groups["regime"] == ["a regime"]
    assert groups["current Labour mayor"] == ["The current Labour mayor", "The mayor"]


def test_a_named_person_of_no_known_country_belongs_to_the_state_the_article_is_about():
    text = (
        "Orlando police shot and killed Omar Mateen on Sunday. The FBI said American "
        "investigators had questioned Mateen twice. The US Justice Department opened an inquiry."
    )
    article = analyse(text)
    check_evidence(article)
    mateen = [a for a in article.actors if a.name == "Omar Mateen"]
    assert mateen and mateen[0].country == "USA"
    assert [m.text for m in mateen[0].mentions] == ["Omar Mateen", "Mateen"]
    # an article about two states places nobody by default
    text = (
        "Louis Farrakhan met Mohsen Rezaee in Tehran. Iran's leaders praised the United States "
        "visitor, and American critics condemned the trip to Iran."
    )
    article = analyse(text)
    assert not any(a.name == "Mohsen Rezaee" and a.country == "USA" for a in article.actors)
