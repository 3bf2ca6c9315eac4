"""Events whose actors the text implies: the leading state, 'the two sides', quotes, context."""

from __future__ import annotations

from presslens.options import Options
from presslens.pipeline import analyze_text

LAYERS = ("social", "boilerplate", "entities", "dates", "actors", "quotes", "events")


def coded(text: str) -> list[tuple]:
    article = analyze_text(text, Options(layers=LAYERS))
    actors = {a.id: a for a in article.actors}
    out = []
    for e in article.events:
        assert article.text[e.trigger.start : e.trigger.end] == e.trigger.text
        src = actors[e.source].country if e.source else None
        tgt = actors[e.target].country if e.target else None
        out.append((e.trigger.text, src, tgt, e.code[:2], e.modality))
    return out


def test_agentless_sanctions_come_from_the_leading_state():
    text = (
        "The United States has long pressed Iran over its missile tests. Washington "
        "accused Tehran of arming militias. New sanctions were imposed on Iran last week."
    )
    assert ("imposed", "USA", "IRN", "16", "asserted") in coded(text)


def test_unnamed_neighbour_is_the_leading_state():
    text = (
        "Niger's junta expelled the French ambassador. Niger also closed its airspace. "
        "Nigeria cut electricity exports to its neighbour the next day."
    )
    assert ("cut", "NGA", "NER", "16", "asserted") in coded(text)


def test_the_two_sides_are_the_last_two_states_named():
    text = (
        "Chinese vessels fired water cannon at a Philippine boat, and the two sides have "
        "traded accusations since."
    )
    events = coded(text)
    assert ("traded", "CHN", "PHL", "11", "asserted") in events
    assert ("traded", "PHL", "CHN", "11", "asserted") in events


def test_titled_person_takes_the_country_named_before():
    text = (
        "Belarusian authorities said they had foiled an attempt to overthrow President "
        "Viktor Lysenko. Lysenko accused Warsaw of sheltering the plotters."
    )
    assert ("accused", "BLR", "POL", "11", "asserted") in coded(text)


def test_possessor_summit_with_misparsed_partner():
    text = (
        "President Trump’s summit Monday with Russian President Vladimir Putin in Helsinki "
        "created a firestorm of controversy."
    )
    assert ("summit", "USA", "RUS", "04", "asserted") in coded(text)


def test_refusal_is_the_event_not_the_refused_act():
    text = "Obama refused to provide weapons to Ukraine to help it defend itself."
    assert [e[:4] for e in coded(text)] == [("refused", "USA", "UKR", "12")]


def test_first_person_in_a_quote_is_the_speaker():
    text = (
        "Belarusian Foreign Minister Pavel Drozd spoke on Monday.\n\n"
        '"We condemn Vilnius for sheltering the plotters," Drozd told reporters.'
    )
    assert ("condemn", "BLR", "LTU", "11", "asserted") in coded(text)


def test_pronoun_subject_after_an_imperative():
    text = (
        "Consider the farmers of Poland, who blocked the border crossings last week. "
        "They marched against Brussels."
    )
    assert [e[:2] for e in coded(text) if e[0] == "marched"] == [("marched", "POL")]


def test_reported_would_is_an_announced_appeal_and_can_is_hypothetical():
    # an appeal announced by its maker is made: CAMEO codes the appeal
    events = coded("Niger said it would seek security assistance from Russia.")
    assert ("seek", "NER", "RUS", "02", "asserted") in events
    events = coded("Japan can deploy nuclear weapons against China within months.")
    assert [e[4] for e in events if e[0] == "deploy"] == ["hypothetical"]
