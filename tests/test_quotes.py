"""The quotes layer on sentences written for each case of the issue: exact offsets, evidence."""

from __future__ import annotations

import functools

import pytest

from presslens import Options, analyze_text
from presslens.model import Quote
from presslens.quotation.marks import quoted_spans
from presslens.quotation.names import first_name_gender

OPTIONS = Options(layers=("social", "boilerplate", "entities", "quotes"))


@functools.cache
def _analyze(text: str):
    article = analyze_text(text, OPTIONS)
    assert article.evidence_errors() == []
    return article


def quotes(text: str) -> list[Quote]:
    return _analyze(text).quotes


def at(text: str, words: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the ``nth`` occurrence of ``words`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return start, start + len(words)


def only(text: str, kind: str) -> Quote:
    found = [q for q in quotes(text) if q.kind == kind]
    assert len(found) == 1, [(q.kind, q.text) for q in quotes(text)]
    return found[0]


# text, kind, quoted words, speaker words, cue words, attribution
CASES = [
    (
        '"We made progress," the Austrian foreign minister Karl Brandt told reporters.',
        "direct",
        "We made progress,",
        "Karl Brandt",
        "told",
        "after",
    ),
    (
        "“We made progress,” Karl Brandt told reporters after the talks.",
        "direct",
        "We made progress,",
        "Karl Brandt",
        "told",
        "after",
    ),
    (
        '"The talks are over," said Karl Brandt, the foreign minister.',
        "direct",
        "The talks are over,",
        "Karl Brandt",
        "said",
        "after",
    ),
    (
        "“He told me ‘never again’ and walked out,” Karl Brandt said.",
        "direct",
        "He told me ‘never again’ and walked out,",
        "Karl Brandt",
        "said",
        "after",
    ),
    (
        "Karl Brandt told reporters: “The treaty is dead.”",
        "direct",
        "The treaty is dead.",
        "Karl Brandt",
        "told",
        "before",
    ),
    (
        "Speaking to state television in 2021, Lula was blunt: “We will not give in to pressure.”",
        "direct",
        "We will not give in to pressure.",
        "Lula",
        "was blunt:",
        "before",
    ),
    (
        "Lula thanked the crowd, adding: “This victory belongs to you.”",
        "direct",
        "This victory belongs to you.",
        "Lula",
        "adding",
        "before",
    ),
    (
        "According to Mauro Vieira, the talks will resume in May.",
        "indirect",
        "the talks will resume in May",
        "Mauro Vieira",
        "According to",
        "before",
    ),
    (
        "Lula said that the talks would resume in May.",
        "indirect",
        "the talks would resume in May",
        "Lula",
        "said",
        "before",
    ),
    (
        "Lula warns that the talks could collapse.",
        "indirect",
        "the talks could collapse",
        "Lula",
        "warns",
        "before",
    ),
    (
        "Lula accused Washington of sabotaging the talks.",
        "indirect",
        "Washington of sabotaging the talks",
        "Lula",
        "accused",
        "before",
    ),
    (
        "The talks will resume in May, Lula said.",
        "indirect",
        "The talks will resume in May",
        "Lula",
        "said",
        "after",
    ),
    (
        'Karl Brandt said he was "very happy" with the result.',
        "mixed",
        'he was "very happy" with the result',
        "Karl Brandt",
        "said",
        "before",
    ),
    (
        'Karl Brandt called the plan "a disaster for the region."',
        "mixed",
        'the plan "a disaster for the region.',
        "Karl Brandt",
        "called",
        "before",
    ),
]


@pytest.mark.parametrize("text, kind, words, speaker, cue, attribution", CASES)
def test_quote_speaker_cue(text, kind, words, speaker, cue, attribution) -> None:
    q = only(text, kind)
    assert (q.start, q.end) == at(text, words)
    assert (q.speaker.start, q.speaker.end) == at(text, speaker)
    assert (q.cue.start, q.cue.end) == at(text, cue)
    assert q.attribution == attribution
    assert q.origin == "text"


def test_split_quote_is_one_quote_with_two_parts() -> None:
    text = "“The first part is true,” Karl Brandt said, “but the second part is not.”"
    q = only(text, "direct")
    assert (q.start, q.end) == (at(text, "The")[0], at(text, "is not.")[1])
    assert [(p.start, p.end) for p in q.parts] == [
        at(text, "The first part is true,"),
        at(text, "but the second part is not."),
    ]
    assert q.attribution == "inside"
    assert (q.speaker.start, q.speaker.end) == at(text, "Karl Brandt")


def test_quote_over_several_paragraphs() -> None:
    # opening marks on each paragraph, the closing one only on the last
    text = (
        "Karl Brandt said:\n\n“The first paragraph ends here.\n\n"
        "“The second paragraph ends the quote.”\n\nThe meeting closed."
    )
    q = only(text, "direct")
    assert (q.start, q.end) == (at(text, "The first")[0], at(text, "the quote.")[1])
    assert [p.text for p in q.parts] == [
        "The first paragraph ends here.",
        "The second paragraph ends the quote.",
    ]
    assert q.speaker.text == "Karl Brandt"


def test_quoted_paragraph_after_a_quote_continues_its_speaker() -> None:
    text = "“We will rebuild the bridge,” Maria Gonzalez said on Monday.\n“It will take two years.”"
    first, second = quotes(text)
    assert second.kind == "direct"
    assert (second.start, second.end) == at(text, "It will take two years.")
    assert second.speaker == first.speaker
    assert second.cue is None and second.attribution is None


def test_pronoun_speaker_resolves_to_the_named_person() -> None:
    text = "Maria Gonzalez arrived in Madrid on Monday.\n“We are ready for the talks,” she said."
    q = only(text, "direct")
    assert (q.speaker.start, q.speaker.end) == at(text, "she")
    assert (q.speaker.named.start, q.speaker.named.end) == at(text, "Maria Gonzalez")
    assert q.speaker.name == "Maria Gonzalez"
    entity = next(e for e in _analyze(text).entities if e.text == "Maria Gonzalez")
    assert q.speaker.group == entity.group


def test_title_speaker_resolves_to_the_person_with_that_title() -> None:
    text = (
        "Foreign Minister Mauro Vieira met the envoy in Geneva.\n"
        "“The talks went well,” the minister said."
    )
    q = only(text, "direct")
    assert (q.speaker.start, q.speaker.end) == at(text, "the minister")
    assert (q.speaker.named.start, q.speaker.named.end) == at(text, "Mauro Vieira")


def test_pronoun_prefers_the_last_speaker_over_a_person_merely_mentioned() -> None:
    text = (
        "Maria Gonzalez said the deal was fair.\n"
        "It was signed after talks with Karl Brandt in Vienna.\n"
        "“Nobody lost,” she said."
    )
    q = only(text, "direct")
    assert q.speaker.name == "Maria Gonzalez"


def test_scare_quotes_and_titles_have_no_speaker() -> None:
    text = (
        'Critics mocked the so-called "peace plan", a "special military operation" and a '
        '"stolen election" narrative, as in the book "The Forever Budget".'
    )
    found = quotes(text)
    assert [(q.start, q.end) for q in found] == [
        at(text, "peace plan"),
        at(text, "special military operation"),
        at(text, "stolen election"),
        at(text, "The Forever Budget"),
    ]
    assert all(q.kind == "scare" and q.speaker is None and q.cue is None for q in found)


def test_speech_inside_a_quote_is_not_a_quote_of_its_own() -> None:
    text = "“He said he would never resign,” Karl Brandt told reporters."
    (q,) = quotes(text)
    assert (q.start, q.end) == at(text, "He said he would never resign,")
    assert q.speaker.text == "Karl Brandt"


def test_headline_with_source_after_colon() -> None:
    text = "Next outbreak could be 'stronger': WHO\n\nThe virus spread in March."
    q = quotes(text)[0]
    assert q.kind == "mixed"
    assert (q.start, q.end) == at(text, "Next outbreak could be 'stronger'")
    assert (q.speaker.start, q.speaker.end) == at(text, "WHO")
    assert q.attribution == "after"


def test_unclosed_quote_ends_with_its_paragraph() -> None:
    text = (
        "“This is the end of the road for the plan.\nThe council met on Friday.\n"
        "Karl Brandt said the vote was close."
    )
    spans = quoted_spans(text)
    assert [(s.start, s.end, s.closed) for s in spans] == [
        (*at(text, "This is the end of the road for the plan."), False)
    ]
    indirect = only(text, "indirect")
    assert (indirect.start, indirect.end) == at(text, "the vote was close")


def test_apostrophes_are_not_quotes() -> None:
    text = "Cardinal O’Malley said the bishops’ letter didn’t arrive, and it's late."
    assert quoted_spans(text) == []
    assert [q.kind for q in quotes(text)] == ["indirect"]


def test_embedded_post_is_a_statement_by_its_account() -> None:
    text = (
        "Quake hits the coast\n\nRescue teams arrived on Sunday.\n\n"
        "Not one of us was ready. Somebody should come and see this. https://t.co/AbC123\n"
        "— Maria Lopez (@mlopez) March 3, 2024\n\nThe mayor agreed."
    )
    article = _analyze(text)
    (post,) = article.social_posts
    q = next(q for q in article.quotes if q.origin == "social_post")
    assert q.kind == "direct"
    assert (q.start, q.end) == (post.text_start, post.text_end)
    assert (q.speaker.start, q.speaker.end) == at(text, "Maria Lopez")
    assert q.attribution == "after"


def test_every_span_gives_back_its_evidence() -> None:
    text = "\n".join(c[0] for c in CASES)
    article = _analyze(text)
    assert article.quotes
    assert article.evidence_errors() == []
    for q in article.quotes:
        assert text[q.start : q.end] == q.text
        for part in q.parts:
            assert q.start <= part.start < part.end <= q.end


def test_layer_contract() -> None:
    from presslens.layers import quotes as layer

    assert layer.REQUIRES == ("entities", "social", "actors")
    assert layer.ASSIGNS == ("quotes",)


def test_attribution_set_off_by_commas() -> None:
    text = "Contradictory rules, said the cardinal, lead into chaotic conditions."
    q = only(text, "indirect")
    assert (q.start, q.end) == at(text, text[:-1])
    assert q.attribution == "inside"
    assert (q.speaker.start, q.speaker.end) == at(text, "the cardinal")
    text = "All the cases came from one clinic in the north, the WHO said on Tuesday."
    q = only(text, "indirect")
    assert (q.start, q.end) == at(text, "All the cases came from one clinic in the north")
    assert (q.speaker.start, q.speaker.end) == at(text, "WHO")
    assert q.attribution == "after"


def test_they_stands_for_a_group_not_a_person() -> None:
    text = (
        "Local police said the gunman acted alone.\n"
        "Karl Brandt said the family had no report.\n"
        "Yet they claim that there is no wider plot."
    )
    q = next(q for q in quotes(text) if q.cue and q.cue.text == "claim")
    assert q.speaker.text == "they"
    assert q.speaker.named is not None and q.speaker.named.text == "Local police"


def test_speaker_carries_the_actor_of_its_entity_group() -> None:
    from presslens import nlp
    from presslens.layers import quotes as layer
    from presslens.model import Actor

    text = "“We will not sign,” Karl Brandt told reporters in Vienna."
    article = analyze_text(text, Options(layers=("social", "boilerplate", "entities")))
    brandt = next(e for e in article.entities if e.text == "Karl Brandt")
    article.actors = [Actor(id="A1", name="Karl Brandt", code="AUTGOV", group=brandt.group)]
    layer.run(article, nlp.parse(text), OPTIONS, {})
    (q,) = article.quotes
    assert q.speaker.group == brandt.group and q.speaker.actor == "A1"


def test_quotes_inside_an_embedded_post_belong_to_the_post() -> None:
    text = (
        "Quake hits the coast\n\nRescue teams arrived on Sunday.\n\n"
        'The mayor called it "a miracle" and we agree. https://t.co/AbC123\n'
        "— Maria Lopez (@mlopez) March 3, 2024\n\nThe rescue goes on."
    )
    found = quotes(text)
    assert [q.origin for q in found] == ["social_post"]


# --- second round: mistyped marks, unattributed passages, titles, gender -------------


def test_closing_glyph_after_a_colon_opens_the_quote() -> None:
    text = (
        "The mayor put it plainly, writing on Monday:”.\n"
        "We will not close the library this year.\nThe budget allows it.”\n"
    )
    spans = quoted_spans(text)
    assert len(spans) == 1
    start, end = at(text, "We will not close the library this year.\nThe budget allows it.")
    assert (spans[0].start, spans[0].end) == (start, end)
    q = only(text, "direct")
    assert (q.start, q.end) == (start, end)
    assert q.speaker is not None and "mayor" in q.speaker.text


def test_a_passage_quoted_from_another_article_is_direct_with_no_speaker() -> None:
    text = (
        "Residents are angry.\nAnd so Councillor Jane Obi, “a veteran of the planning "
        "committee, has written to the board asking it to halt the scheme until the flood "
        "survey is published, a council source has said.”\nNobody has answered her yet.\n"
    )
    q = only(text, "direct")
    assert (q.start, q.end) == at(
        text,
        "a veteran of the planning committee, has written to the "
        "board asking it to halt the scheme until the flood "
        "survey is published, a council source has said.",
    )
    assert q.speaker is None and q.cue is None


def test_short_quoted_terms_stay_scare_quotes() -> None:
    text = "For the board, apparently “caution” means “doing nothing about the river.”\n"
    assert [q.kind for q in quotes(text)] == ["scare", "scare"]


def test_a_quoted_title_with_a_byline_is_not_speech() -> None:
    text = (
        "The story was everywhere.\n“Council approves new bridge over the river,” by Anna "
        "Berg, Daily Courier, May 3, 2019:\nThe council voted on Tuesday.\n"
    )
    assert [q.kind for q in quotes(text)] == ["scare"]


def test_a_quote_after_told_without_colon_names_the_programme() -> None:
    text = "The minister, Karl Brandt, told “Morning Report” that the talks would resume.\n"
    assert not [q for q in quotes(text) if q.kind == "direct"]


def test_a_quoted_sentence_with_no_subject_is_direct() -> None:
    text = 'The professor answered the next day.\n"Thank you for this reference," they wrote.\n'
    q = only(text, "direct")
    assert (q.start, q.end) == at(text, "Thank you for this reference,")
    assert q.cue is not None and q.cue.text == "wrote"


def test_asks_beside_a_quote_attributes_it_but_asks_alone_reports_nothing() -> None:
    text = "The caller was frightened.\n“Please hurry, please hurry,” she asks the operator.\n"
    q = only(text, "direct")
    assert (q.start, q.end) == at(text, "Please hurry, please hurry,")
    assert q.cue is not None and q.cue.text == "asks"
    assert quotes("The bishop asked forgiveness for the failures of the diocese.\n") == []


def test_quoted_predicate_after_its_subject_is_mixed() -> None:
    text = (
        "A statement from the union says the report, published this week by the board, "
        "“ignores the workers who raised the alarm.”\n"
    )
    q = only(text, "mixed")
    assert q.start == at(text, "the report, published")[0]
    assert q.end == at(text, "raised the alarm.")[1]


def test_first_name_gender_keeps_she_off_a_man() -> None:
    assert first_name_gender("Dianne Feinstein") == "f"
    assert first_name_gender("Archbishop Charles Scicluna") == "m"
    assert first_name_gender("Graham") is None  # a lone name may be a surname
    assert first_name_gender("Jordan Peters") is None  # used for both: no answer
    text = (
        "Maria Lopez, the plaintiff, sued the city last year.\nThe city's lawyer, Thomas "
        "Reed, disputed the claim in court on Monday.\n“I was never told why,” she said.\n"
    )
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.named is not None
    assert "Lopez" in q.speaker.named.text


def test_a_title_after_a_work_noun_is_not_speech() -> None:
    text = (
        "It is all about Adler's new book, “Rivers Remember: How Floods Shape Our Towns,” "
        "which the company removed.\nShe wrote it after her article, ‘Ten Ways to Stop a "
        "Flood.’\n"
    )
    assert [q.kind for q in quotes(text)] == ["scare", "scare"]


def test_a_colon_after_a_clause_about_no_one_names_no_speaker() -> None:
    text = (
        "The council met again.\nThe new rule is simple: “Every house on the river must "
        "have a flood barrier by May.”\n"
    )
    q = only(text, "direct")
    assert (q.start, q.end) == at(
        text, "Every house on the river must have a flood barrier by May."
    )
    assert q.speaker is None and q.cue is None
    text = (
        "The council met again.\nMaria Lopez was blunt: “Every house on the river must "
        "have a flood barrier by May.”\n"
    )
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.text == "Maria Lopez"


def test_a_quoted_title_after_concerning_is_not_speech() -> None:
    text = "He wrote a long post concerning “Wait, It Was All a Misreading!” last week.\n"
    assert [q.kind for q in quotes(text)] == ["scare"]


def test_reported_as_saying_names_the_one_reported() -> None:
    text = (
        "The order's secretary, Archbishop Paolo Conti, is reported as saying, “The rule "
        "has not changed and it will not change.”\n"
    )
    q = only(text, "direct")
    assert q.speaker is not None and "Conti" in q.speaker.name
