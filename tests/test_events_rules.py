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
        ("Turkey attacked the town of Afrin on Sunday.", [("attacked", "TUR", None, "190")]),
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
    assert coded("Obama-era officials use the harshest language to attack President Trump.") == [
        ("attack", "USA", "USA", "111")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Britain banned Jayda Fransen from entering the country.",
            [("banned", "GBR", "GBR", "172")],
        ),
        (
            "Theresa May banned two American bloggers from entering Britain in 2013.",
            [("banned", "GBR", "USA", "172")],
        ),
        # goods, not people: an embargo
        ("Russia banned Polish apples.", [("banned", "RUS", "POL", "163")]),
    ],
)
def test_barring_a_person_is_an_administrative_sanction(text, expected):
    assert coded(text) == expected


def test_relative_passive_subject_undergoes_the_act():
    assert coded(
        "He cited two American bloggers, who were banned by Britain from entering the country."
    ) == [("banned", "GBR", "USA", "172")]


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
