"""Event coding: passes over a sentence's or an article's coded events: pronouns of
speakers and posters, anaphoric, implied and continued targets, appeals and their contents,
quoted demands, purposes, background mentions, back references, denials, reported speech,
governed verbs and duplicates.
"""

from __future__ import annotations

import re

from presslens.coding.syntax import (
    _HELPING,
    _PASSIVE_SUBJECTS,
    _REPORTING,
    _SUBJECTS,
    ActorSpan,
    Coded,
    _for_clause,
    _infinitive,
    _sentences_back,
    _subject,
    _subject_actors,
)
from presslens.knowledge import countries as country_lexicon
from presslens.knowledge import lexicon
from presslens.knowledge import roles as role_lexicon
from presslens.model import Article

_FIRST_PERSON = {"i", "we", "us", "our", "my", "me"}


def _speaker_pronouns(article: Article, doc) -> list[ActorSpan]:
    """ "We", "our", "I" inside a quote are its speaker, when the speaker is a coded actor:
    "'We will not accept this,' the Belarusian foreign minister said"."""
    actors = {a.id: a for a in article.actors}
    out: list[ActorSpan] = []
    for quote in article.quotes:
        speaker = quote.speaker
        actor = actors.get(speaker.actor) if speaker is not None and speaker.actor else None
        if actor is None or actor.code.startswith("---"):
            continue
        if quote.kind != "direct":
            # "a note from the ministry said that I had been banned": reported or mixed speech keeps
            # the writer's "I".
            continue
        pieces = [(p.start, p.end) for p in quote.parts] or [(quote.start, quote.end)]
        for start, end in pieces:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            for tok in span:
                if tok.lower_ in _FIRST_PERSON and tok.pos_ == "PRON":
                    out.append(ActorSpan(tok.i, tok.i + 1, actor.id, actor.code))
    return out + _poster_pronouns(article, doc) + _author_pronouns(article, doc)


# Nouns an author writes "our" before when speaking as a citizen of a state.
_HOME_NOUNS = {
    "country",
    "nation",
    "government",
    "military",
    "troops",
    "soldiers",
    "army",
    "president",
    "leaders",
    "allies",
    "border",
    "borders",
    "republic",
    "intelligence",
}


def _author_pronouns(article: Article, doc) -> list[ActorSpan]:
    """An opinion writer's "we" outside quotes and posts ("We moved NATO into Eastern Europe",
    "we invaded Afghanistan") is the state the writer speaks for: the article's leading state,
    when the writer also says "our country", "our troops" or the like."""
    firsts = [t for t in doc if t.pos_ == "PRON" and t.lower_ in ("we", "us", "our")]
    if not firsts:
        return []
    quoted = [
        piece
        for quote in article.quotes
        for piece in ([(p.start, p.end) for p in quote.parts] or [(quote.start, quote.end)])
    ] + [(post.text_start, post.text_end) for post in article.social_posts]
    own = [t for t in firsts if not any(start <= t.idx < end for start, end in quoted)]
    if not any(
        t.lower_ == "our" and t.dep_ == "poss" and t.head.lower_ in _HOME_NOUNS for t in own
    ):
        return []
    leading = _leading_states(article)
    if not leading:
        return []
    # the state itself ("the United States", "America") where the article names it, else the
    # state's most-named actor
    country, home = leading[0]
    state = next((a for a in article.actors if a.code == country), None)
    if state is not None:
        home = ActorSpan(-1, -1, state.id, state.code)
    return [ActorSpan(t.i, t.i + 1, home.actor, home.code) for t in own if t.lower_ in ("we", "us")]


def _poster_pronouns(article: Article, doc) -> list[ActorSpan]:
    """In an embedded post, "I", "me", "we" are its author, and "@Some_Minister" is the person
    the handle names, when we know who they are ("@Some_Minister, listen to me" by
    @SomeLeader)."""
    out: list[ActorSpan] = []
    for post in article.social_posts:
        author = _known_person(article, post.author or "") or _known_person(
            article, post.handle or ""
        )
        span = doc.char_span(post.text_start, post.text_end, alignment_mode="expand")
        if span is None:
            continue
        addressee = None
        for tok in span:
            named = None
            if tok.text.startswith("@") and len(tok.text) > 2:
                named, width = _known_person(article, tok.text[1:]), 1
            elif tok.text == "@" and tok.i + 1 < span.end:
                named, width = _known_person(article, doc[tok.i + 1].text), 2
            if named is not None:
                out.append(ActorSpan(tok.i, tok.i + width, named[0], named[1]))
                if tok.i == span.start:
                    addressee = named  # "@Some_Minister, ...": the post speaks to her
            elif author is not None and tok.lower_ in _FIRST_PERSON and tok.pos_ == "PRON":
                out.append(ActorSpan(tok.i, tok.i + 1, author[0], author[1]))
            elif addressee is not None and tok.lower_ in ("you", "your", "yours"):
                out.append(ActorSpan(tok.i, tok.i + 1, addressee[0], addressee[1]))
    return out


def _known_person(article: Article, name: str) -> tuple[str | None, str] | None:
    """(actor id, code) for a post's author or a handle: an actor of the article with that
    name, else a person of our list ("Boris_Johnson" -> GBR)."""
    plain = " ".join(re.sub(r"(?<=[a-z])(?=[A-Z])|_", " ", name).split())
    if not plain:
        return None
    words = set(plain.lower().split())
    for actor in article.actors:
        if actor.code.startswith("---") or not actor.name:
            continue
        if words and (
            words <= set(actor.name.lower().split()) or set(actor.name.lower().split()) <= words
        ):
            return actor.id, actor.code
    lower = plain.lower()
    for key in (lower, lower.removeprefix("real")):
        country = role_lexicon.PEOPLE.get(key.strip())
        if country:
            return None, country
    return None


def _anaphoric_targets(coded: list[Coded], doc) -> list[Coded]:
    """ "The Kremlin dismissed the threat": the target is who made the earlier threat."""
    out: list[Coded] = []
    for c in coded:
        if c.target is None and c.source is not None:
            tok = doc[c.trigger]
            refers = any(
                child.dep_ in ("dobj", "nsubjpass")
                and child.lower_ in lexicon.ANAPHORIC
                and any(d.lower_ in ("the", "this", "that", "these", "those") for d in child.lefts)
                for child in tok.children
            )
            if refers:
                earlier = [
                    e
                    for e in out
                    if e.trigger < c.trigger
                    and e.source is not None
                    and e.source.code[:3] != c.source.code[:3]
                ]
                if earlier:
                    c = Coded(
                        c.trigger,
                        c.trigger_end,
                        c.code,
                        c.source,
                        earlier[-1].source,
                        c.modality,
                        c.pattern,
                    )
        out.append(c)
    return out


# Roots whose unsaid side is, in political reporting, the article's leading state: "sanctions
# were imposed on Iran" in a piece about Washington's Iran policy, "cut exports to its
# neighbour".  Violence (18-20), protests, force posture and investigations often have no
# such actor; cooperation needs a named counterpart, and joint action (06) its partners.
# What is repressed that names no state ("suppress free speech", "crush people").
_NO_PARTY = {
    "speech",
    "freedom",
    "freedoms",
    "dissent",
    "opposition",
    "protest",
    "press",
    "media",
    "voice",
    "critic",
    "debate",
    "right",
    "expression",
    "people",
    "population",
    "minority",
}
_IMPLIED_SOURCE_ROOTS = {"07", "08", "10", "11", "12", "13", "16", "17"}
_IMPLIED_TARGET_ROOTS = {"10", "11", "12", "13", "16", "17"}


def _state_mentions(article: Article) -> dict[str, int]:
    """How often the article names each country's actors."""
    counts: dict[str, int] = {}
    for actor in article.actors:
        if actor.country:
            counts[actor.country] = counts.get(actor.country, 0) + len(actor.mentions)
    return counts


def _leading_states(article: Article) -> list[tuple[str, ActorSpan]]:
    """Countries by how often the article names their actors, each with its most-named actor."""
    counts = _state_mentions(article)
    best: dict[str, tuple[int, str, str]] = {}
    for actor in article.actors:
        n = len(actor.mentions)
        if actor.country and n > best.get(actor.country, (0, "", ""))[0]:
            best[actor.country] = (n, actor.id, actor.code)
    ranked = sorted(counts, key=lambda c: -counts[c])
    # A state named once is no protagonist.
    return [(c, ActorSpan(-1, -1, best[c][1], best[c][2])) for c in ranked if counts[c] >= 2]


def _mostly_about(article: Article, country: str) -> bool:
    """Whether at least three quarters of the article's state-coded mentions are one state's."""
    counts = _state_mentions(article)
    total = sum(counts.values())
    return total >= 5 and counts.get(country, 0) * 4 >= total * 3


def _the_state(noun) -> bool:
    """ "the country", "this regime": a state the article is about, named again."""
    return noun.lower_ in ("country", "regime", "nation", "kingdom") and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children
    )


def _implied_actors(coded: list[Coded], article: Article, doc) -> list[Coded]:
    """An unsaid source or target of a sanction, rebuke, demand or coercion is the article's
    leading state other than the side that is named."""
    leading = _leading_states(article)
    if not leading:
        return coded
    out = []
    for c in coded:
        root = c.code[:2]
        if c.modality != "asserted":
            # A plan or a testimony about what will happen names its own actors or none.
            out.append(c)
            continue
        if c.source is None and c.target is not None and root in _IMPLIED_SOURCE_ROOTS:
            other = next((span for country, span in leading if country != c.target.code[:3]), None)
            if (
                root == "17"
                and c.code[:3] != "174"  # (a deportation sends people to another state)
                and c.target.code[:3] == leading[0][0]
                and _mostly_about(article, leading[0][0])
            ):
                # "D'Souza was sentenced in 2014", in a report on America: arrests, trials and
                # sentences are the state's own hands on its own people (its government, not
                # its most-named actor)
                other = ActorSpan(-1, -1, None, leading[0][0] + "GOV")
            if other is not None:
                c = Coded(c.trigger, c.trigger_end, c.code, other, c.target, c.modality, c.pattern)
        elif (
            c.target is None
            and c.source is not None
            and root in _IMPLIED_TARGET_ROOTS
            and not c.source.code.startswith("---")
            and doc[c.trigger].pos_ == "VERB"
            and not (
                root == "17"
                and any(
                    ch.dep_ == "dobj" and ch.lemma_.lower() in _NO_PARTY
                    for ch in doc[c.trigger].children
                )
            )
            and not (
                root in ("10", "11", "12", "13", "14")
                and any(
                    (
                        ch.dep_ == "dobj"
                        and ch.pos_ in ("NOUN", "PROPN")
                        and ch.lower_ not in lexicon.ANAPHORIC
                        and not _the_state(ch)
                    )
                    or (
                        # "warned against an independent Kurdistan": aimed at what it names
                        ch.dep_ == "prep"
                        and ch.lower_ == "against"
                        and any(g.pos_ in ("NOUN", "PROPN") for g in ch.children)
                    )
                    or (
                        # "threatened to close the Strait of Hormuz": the threatened deed
                        # falls on a place of no state, not on the article's leading state
                        # ("threatened to abrogate the deal" still aims at the deal's party)
                        ch.dep_ == "xcomp"
                        and any(
                            g.dep_ == "dobj" and g.ent_type_ in ("LOC", "FAC") for g in ch.children
                        )
                    )
                    for ch in doc[c.trigger].children
                )
            )
        ):
            # ("called out the bureaucrats" names whom a verbal act is aimed at: no state is
            # implied; "took two radios" names only what was taken)
            # (A bare noun, "U.S. sanctions", names a standing policy rather than an act.)
            other = next((span for country, span in leading if country != c.source.code[:3]), None)
            if other is not None:
                c = Coded(c.trigger, c.trigger_end, c.code, c.source, other, c.modality, c.pattern)
        out.append(c)
    return out


def _public_call(c: Coded, doc) -> bool:
    """ "Salvini called for a common front against smuggling": an appeal to no one in
    particular by a state's actor is still an appeal (CAMEO 02)."""
    if c.code[:2] != "02" or c.source is None or c.modality != "asserted":
        return False
    if c.source.code[:3] not in country_lexicon.countries():
        return False
    if c.code == "0256":
        return True  # "Germany urged restraint": an appeal for calm addresses every side
    tok = doc[c.trigger]
    return tok.lemma_.lower() == "call" and any(
        (ch.lower_ == "for" and ch.dep_ in ("prep", "prt")) or _for_clause(ch)
        for ch in tok.children
    )


def _appeal_contents(coded: list[Coded], doc) -> list[Coded]:
    """What an appeal or demand asks for is no event of its own: "urged her to act
    and issue a ban on the cleric" codes the urging, not the ban.  An appeal's addressee named only
    by office ("asked the home secretary") is the appealing side's own government."""
    out: list[Coded] = []
    for c in coded:
        tok = doc[c.trigger]
        head = tok
        asked = False
        for _ in range(8):
            if head.dep_ not in (
                "conj",
                "xcomp",
                "ccomp",
                "advcl",
                "acl",
                "pcomp",
                "dobj",
                "pobj",
                "parataxis",
                "prep",
            ):
                break
            if head.dep_ in ("advcl", "acl") and not _infinitive(head):
                break
            head = head.head
            if (
                head.lemma_.lower() in lexicon.APPEALS
                and head.pos_ in ("VERB", "NOUN", "PROPN")
                and not _names_something(head)
            ):
                asked = head.i != tok.i
                break
        if asked:
            continue
        if (
            c.code[:2] in ("02", "10")
            and c.source is not None
            and c.target is not None
            and c.target.code.startswith("---GOV")
            and c.source.code[:3] in country_lexicon.countries()
        ):
            home = ActorSpan(c.target.start, c.target.end, None, c.source.code[:3] + "GOV")
            c = Coded(c.trigger, c.trigger_end, c.code, c.source, home, c.modality, c.pattern)
        elif (
            c.code[:2] == "02"
            and c.target is None
            and c.source is not None
            and c.source.code[:3] in country_lexicon.countries()
            and tok.lemma_.lower() == "call"
        ):
            # "Obama called for flags to be lowered", "Vaz called for the bloggers to be banned
            # from the UK": a call for an act that nobody named is to do asks the caller's own
            # government
            # (an active subject, or a named passive one, is who is asked: "called for Russia to
            # withdraw")
            clause = next((ch for ch in tok.children if _for_clause(ch)), None)
            if clause is not None and not any(
                ch.dep_ == "nsubj" or (ch.dep_ == "nsubjpass" and ch.pos_ == "PROPN")
                for ch in clause.children
            ):
                home = ActorSpan(c.source.start, c.source.end, None, c.source.code[:3] + "GOV")
                c = Coded(c.trigger, c.trigger_end, c.code, c.source, home, c.modality, c.pattern)
        out.append(c)
    return out


# What a quoted speaker says another party must or should do is a demand or an appeal.
_OBLIGATIONS = {"must": "100", "should": "020", "ought": "020"}


def _quoted_speakers(article: Article, doc):
    """(quoted span, the speaker as an ActorSpan) for each quote whose speaker is a coded
    actor (scare quotes left out)."""
    actors = {a.id: a for a in article.actors}
    for quote in article.quotes:
        speaker = quote.speaker
        actor = actors.get(speaker.actor) if speaker is not None and speaker.actor else None
        if actor is None or actor.code.startswith("---") or quote.kind == "scare":
            continue
        said = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if said is None:
            continue
        named = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        yield (
            said,
            (
                ActorSpan(named.start, named.end, actor.id, actor.code)
                if named is not None
                else ActorSpan(said.start, said.start + 1, actor.id, actor.code)
            ),
        )


def _quoted_obligations(coded: list[Coded], article: Article, doc, spans) -> list[Coded]:
    """ "'President Trump must clarify his statements,' the senator tweeted": what a coded
    speaker says another party must do is a demand (CAMEO 100), what it should do an appeal
    (020), from the speaker to that party; the act asked for is no event of its own."""
    out = list(coded)
    for said, source in _quoted_speakers(article, doc):
        actor_id = source.actor
        for tok in said:
            if tok.pos_ not in ("VERB", "AUX"):
                continue
            auxes = [c.lower_ for c in tok.children if c.dep_ == "aux"]
            code = next((_OBLIGATIONS[a] for a in auxes if a in _OBLIGATIONS), None)
            if code is None or "have" in auxes:
                continue  # ("should have acted": a reproach of the past, not a request)
            if any(
                t.lower_ in ("how", "what", "whether", "when", "why", "where", "if", "which")
                for t in tok.lefts
            ):
                continue  # ("decisions on how the U.S. should respond": a question, no request)
            subj = next((c for c in tok.children if c.dep_ in _SUBJECTS), None)
            if subj is None or subj.lower_ in ("you", "we", "i", "it", "this", "that"):
                continue
            targets = [t for t in _subject_actors(subj, spans) if t.actor != actor_id]
            if not targets:
                continue
            out = [c for c in out if c.trigger != tok.i]
            out += [
                Coded(tok.i, tok.i + 1, code, source, t, "asserted", "obligation") for t in targets
            ]
    return out


def _quoted_insults(coded: list[Coded], article: Article, doc, spans) -> list[Coded]:
    """ "'Drawing attention to the apartheid Israeli regime is no hatred,' she replied": a coded
    speaker's pejorative for a party ("apartheid regime", "Iran is a rogue state") is a verbal
    attack on it (CAMEO 111), unless the sentence already codes one between them."""
    span_at = {k: sp for sp in spans for k in range(sp.start, sp.end)}
    out = list(coded)
    for said, source in _quoted_speakers(article, doc):
        for tok in said:
            if tok.lower_ not in lexicon.INSULTS and tok.lemma_.lower() not in lexicon.INSULTS:
                continue
            if tok.pos_ not in ("ADJ", "NOUN") or any(c.dep_ == "neg" for c in tok.head.children):
                continue
            described = None
            name = tok
            if tok.dep_ in ("amod", "compound", "nmod") and tok.head.i in span_at:
                described = span_at[tok.head.i]  # "the apartheid Israeli regime"
            elif tok.dep_ == "amod" and tok.head.dep_ == "attr":
                name = tok.head  # "Iran is a rogue state": the state is the name
            if (
                described is None
                and name.dep_ in ("attr", "acomp")
                and name.head.lemma_ == "be"
                and not any(c.dep_ == "neg" for c in name.head.children)
            ):
                subj = next((c for c in name.head.children if c.dep_ in _SUBJECTS), None)
                if subj is not None and subj.i in span_at:
                    described = span_at[subj.i]  # "Iran is a rogue state"
            if (
                described is None
                or described.actor == source.actor
                or described.code.startswith("---")
            ):
                continue
            sent = tok.sent
            if any(
                doc[c.trigger].sent == sent
                and c.code[:2] == "11"
                and c.target is not None
                and c.target.code[:3] == described.code[:3]
                for c in out
            ):
                continue
            out.append(Coded(tok.i, tok.i + 1, "111", source, described, "asserted", "insult"))
    return out


def _claimed_deeds(coded: list[Coded], doc, spans) -> list[Coded]:
    """ "Damascus claims that Israel's allies fired the shells", "prosecutors argued that he
    obstructed justice": whoever claims that another party did harm accuses it (CAMEO 112);
    the deed is coded as it is."""
    out = list(coded)
    for c in coded:
        if c.source is None or int(c.code[:2]) < 10:
            continue
        tok = doc[c.trigger]
        head = tok.head
        if tok.dep_ != "ccomp" or head.lemma_.lower() not in lexicon.CLAIMING:
            continue
        subj, passive = _subject(head)
        if subj is None or passive:
            continue
        claimers = _subject_actors(subj, spans)
        if not claimers or claimers[0].actor == c.source.actor:
            continue
        claimer = claimers[0]
        if claimer.code.startswith("---") and c.source.code.startswith("---"):
            continue
        if any(
            o.trigger == head.i or (doc[o.trigger].sent == tok.sent and o.code[:2] in ("11", "12"))
            for o in out
            if o.source is not None and o.source.actor == claimer.actor
        ):
            continue
        out.append(Coded(head.i, head.i + 1, "112", claimer, c.source, "asserted", "claim"))
    return out


def _names_something(tok) -> bool:
    """ "a policy one could call 'eat sand and die'", "called them traitors": "call" that names
    something is no appeal; an appeal calls on, upon or for, or calls someone to act."""
    if tok.lemma_.lower() != "call" or tok.pos_ != "VERB":
        return False
    return not any(
        (c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon", "for"))
        or (
            c.dep_ in ("xcomp", "ccomp", "advcl")
            and (_infinitive(c) or any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children))
        )
        for c in tok.children
    )


def _purposes(coded: list[Coded], doc) -> list[Coded]:
    """The aim of a coded act is not an act of its own when it adds no party or repeats it.

    * a purpose with no party: "ordered 5,200 soldiers deployed at the border to aid the
      National Guard" codes the deployment (a purpose with its own counterpart is how
      reports tell what was done: "travelled to Bamako to meet officials from Mali");
    * what the helped do to no one: "help Syria rebuild the grid" codes the help;
    * a purpose with the act's own code and parties: "sent engineers to Pakistan to repair
      the dam" is one act told twice.
    """
    triggers = {c.trigger for c in coded}

    def parties(c: Coded) -> tuple:
        return (
            c.source.code[:3] if c.source else None,
            c.target.code[:3] if c.target else None,
        )

    acts = {(c.trigger, c.code, parties(c)) for c in coded if c.code}
    out = []
    for c in coded:
        tok = doc[c.trigger]
        purpose = (
            tok.dep_ == "advcl"
            and tok.head.i in triggers
            and _infinitive(tok)
            and not any(ch.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS for ch in tok.children)
        )
        if purpose and c.target is None:
            continue
        if (
            c.target is None
            and tok.dep_ == "ccomp"
            and tok.head.lemma_.lower() in _HELPING
            and any(ch.dep_ in _SUBJECTS for ch in tok.children)
        ):
            continue
        if purpose and c.code and (tok.head.i, c.code, parties(c)) in acts:
            continue
        out.append(c)
    return out


def _back_references(coded: list[Coded], doc) -> list[Coded]:
    """ "Iran seized two American boats ... the seizure occurred on the day of the address": an
    event noun with a definite article that names again an act coded in an earlier sentence,
    with the same parties, reports nothing new (an event counts once, where it is reported)."""

    def parties(c: Coded) -> tuple:
        return (
            c.code[:2],
            c.source.code[:3] if c.source else None,
            c.target.code[:3] if c.target else None,
        )

    out: list[Coded] = []
    for c in coded:
        tok = doc[c.trigger]
        definite = tok.pos_ == "NOUN" and any(
            (ch.dep_ == "det" and ch.lower_ in ("the", "this", "that", "these", "those"))
            # "revenge for Soleimani's killing": the possessor names whose act it was
            or ch.dep_ == "poss"
            for ch in tok.children
        )
        if definite and any(
            o.trigger < tok.sent.start
            and (
                parties(o) == parties(c)
                # the act named again with its doer left unsaid
                or (c.source is None and parties(o)[::2] == parties(c)[::2])
            )
            for o in coded
            if o is not c
        ):
            continue
        out.append(c)
    return out


def _leaves_agreement(noun) -> bool:
    """Whether an event noun leaves a named agreement ("America's exit from the nuclear deal"):
    an act with no other party, the agreement being what is left."""
    return any(
        obj.lower_ in lexicon.AGREEMENT or obj.lemma_.lower() in lexicon.AGREEMENT
        for prep in noun.rights
        if prep.dep_ == "prep" and prep.lower_ in ("from", "of")
        for obj in prep.children
        if obj.dep_ == "pobj"
    )


def _backgrounds(coded: list[Coded], doc) -> list[Coded]:
    """Mentions that report no act of their own.

    * a participle that describes a noun, with no target ("American warships patrolling the
      Gulf were harried"): the ships' doing is the scene, not the news;
    * a sanction noun with no target ("wary of breaching EU sanctions"): a
      standing policy, not an act;
    * a trip back home ("she was flown home to Canada"): no visit;
    * a participle that spells out the act it hangs on ("imposed sanctions, closing borders
      and freezing Niger's assets"): one act, told once;
    * the reason named for an act ("sanctions on Belarus over the crackdown"): not an act of
      the one who acts (whose crackdown it was, the phrase does not say).
    """
    by_trigger: dict[int, list[Coded]] = {}
    for c in coded:
        by_trigger.setdefault(c.trigger, []).append(c)
    out = []
    for c in coded:
        tok = doc[c.trigger]
        if c.code[:2] == "04" and tok.dep_ == "acl" and tok.tag_ == "VBG":
            continue  # "Britons travelling to Peru": who they are, not a visit
        if c.target is None and tok.dep_ in ("acl", "csubj", "csubjpass") and tok.tag_ == "VBG":
            continue  # (a tagger may read "frigates patrolling the strait" as a clausal subject)
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "attr" and tok.head.lemma_ == "be":
            continue  # "Chile is the main threat to Peru": a description, not an act
        if c.code[:2] == "09" and tok.pos_ in ("NOUN", "PROPN"):
            continue  # "the counsel's probe", "the Ukraine probe": a standing inquiry named again
        if (
            c.target is None
            and c.code[:2] in ("13", "16")
            and tok.pos_ in ("NOUN", "PROPN")
            and not _leaves_agreement(tok)
        ):
            continue  # ("Chile's rising threat": a state of affairs, not a threat made)
        if (
            tok.dep_ == "acl"
            and tok.tag_ == "VBN"
            and tok.head.lemma_.lower() not in lexicon.NOUNS
            and tok.head.lower_ not in lexicon.SANCTION | lexicon.AGREEMENT
            and not tok.head.ent_type_
            and role_lexicon.role_of(tok.head.lemma_) is None
            and role_lexicon.role_of(tok.head.text) is None
            and (
                c.target is None
                or not (
                    c.target.start <= tok.head.i < c.target.end
                    # ("US bloggers banned from entering UK": the headline's act on them)
                    or (
                        tok.head.dep_ == "ROOT"
                        and any(
                            doc[k].head == tok.head and doc[k].dep_ in ("compound", "amod")
                            for k in range(c.target.start, c.target.end)
                        )
                    )
                )
            )
            # ("The Saudi-led coalition bombed Yemen." parsed as a noun phrase: the sentence's
            # only verb hangs on its subject as a participle)
            and not (
                tok.head.dep_ == "ROOT"
                and c.source is not None
                and c.source.start <= tok.head.i < c.source.end
            )
        ):
            continue  # "clubs funded by a tycoon": what the ones are, not a new act
        if c.code[:3] == "042" and any(ch.lower_ in ("back", "home") for ch in tok.children):
            continue
        if (
            tok.pos_ == "NOUN"
            and tok.dep_ == "pobj"
            and tok.head.lower_ in ("over", "for")
            and tok.head.head.i in by_trigger
            and c.source is not None
            and not any(c.source.start <= t.i < c.source.end for t in tok.subtree)
        ):
            continue  # the reason named for the act it hangs on
        head = tok
        while head.dep_ == "conj" and head.tag_ == "VBG" and head.head.tag_ == "VBG":
            head = head.head
        if (
            tok.tag_ == "VBG"
            and head.dep_ in ("advcl", "conj")
            and head.tag_ == "VBG"
            and head.head.tag_ != "VBG"
            and not any(ch.dep_ in _SUBJECTS for ch in head.children)
            and any(
                g.code[:2] == c.code[:2]
                and g.source is not None
                and c.source is not None
                and g.source.code[:3] == c.source.code[:3]
                for g in by_trigger.get(head.head.i, [])
            )
        ):
            continue
        out.append(c)
    return out


# Words that make a warning a threat ("warned that it would retaliate").
_CONFLICT_WORDS = {
    "retaliate",
    "retaliation",
    "attack",
    "strike",
    "war",
    "force",
    "respond",
    "response",
    "consequence",
    "consequences",
    "revenge",
    "punish",
    "hit",
    "destroy",
    "sanction",
    "sanctions",
    "military",
    "action",
    "measures",
    "countermeasures",
    "target",
    "invade",
    "fire",
}


def _own_ground(coded: list[Coded], article: Article, doc) -> list[Coded]:
    """Force posture and visits on a state's own ground.

    "Soldiers were sent to the frontier": the forces deployed are the acting side, not a
    target, and when no one is named as sending them they are the article's leading state's;
    troops sent to their own country's border have no target; arriving in one's own country
    is no visit."""
    leading = None
    out: list[Coded] = []
    for c in coded:
        root = c.code[:2]
        if root == "15" and c.target is not None and c.target.code.startswith("---"):
            source = c.source
            if source is None:
                if leading is None:
                    leading = _leading_states(article)
                source = leading[0][1] if leading else None
            c = Coded(c.trigger, c.trigger_end, c.code, source, None, c.modality, c.pattern)
        if (
            root == "13"
            and c.source is not None
            and c.target is not None
            and c.target.code[:3] == c.source.code[:3]
            and c.target.code[3:6] == "CVL"
        ):
            continue  # "Canada warned its citizens abroad to stay alert": advice, no threat
        if (
            root == "13"
            and c.target is None
            and doc[c.trigger].lemma_.lower() == "warn"
            and not any(t.lemma_.lower() in _CONFLICT_WORDS for t in doc[c.trigger].subtree)
        ):
            continue  # "officials warned that the floods will rise again": no threat
        if root == "13" and c.target is not None and c.target.code.startswith("---CVL"):
            continue  # "warned residents to expect strong winds": advice
        if root == "13" and c.source is not None:
            addressed = [ch for ch in doc[c.trigger].children if ch.dep_ == "dobj"]
            if any(
                (country_lexicon.lookup(ch.text) or ("",))[0] == c.source.code[:3]
                or ch.lemma_.lower() in ("citizen", "national", "resident", "traveller", "traveler")
                for ch in addressed
            ):
                continue  # "an advisory warning Britons travelling to Peru": advice
        if (
            root in ("04", "05", "15")
            and c.source is not None
            and c.target is not None
            and c.target.code == c.source.code[:3]
        ):
            if root in ("04", "05"):
                # "marines arrived at the U.S. frontier" visit nobody; "the Home Office welcomed
                # him into Britain" welcomes him, not Britain
                continue
            c = Coded(c.trigger, c.trigger_end, c.code, c.source, None, c.modality, c.pattern)
        out.append(c)
    return out


def _other_states_named(sent, article: Article) -> bool:
    """Whether a sentence names a state other than the article's leading one."""
    leading = _leading_states(article)
    home = leading[0][0] if leading else None
    for ent in sent.ents:
        if ent.label_ in ("GPE", "NORP"):
            hit = country_lexicon.lookup(ent.text)
            if hit and hit[0] != home:
                return True
    return False


def _domestic_protests(coded: list[Coded], article: Article | None = None, doc=None) -> list[Coded]:
    """A protest with no target named protests at home: CAMEO codes it against the
    protesters' own country ("Chileans took to the streets" is IRN -> IRN).  Protesters of no
    named country ("the marchers") are the article's leading state's people."""
    out = []
    leading = None
    for c in coded:
        if (
            article is not None
            and c.code[:2] == "14"
            and c.source is not None
            and c.source.code.startswith("---")
            and c.modality == "asserted"
            and doc is not None
            and not _other_states_named(doc[c.trigger].sent, article)
        ):
            if leading is None:
                leading = _leading_states(article)
            if leading:
                country = leading[0][0]
                people = ActorSpan(
                    c.source.start, c.source.end, c.source.actor, country + c.source.code[3:]
                )
                c = Coded(c.trigger, c.trigger_end, c.code, people, c.target, c.modality, c.pattern)
        if (
            c.target is None
            and c.source is not None
            and c.code[:2] == "14"
            and not c.source.code.startswith("---")
        ):
            home = ActorSpan(-1, -1, None, c.source.code[:3])
            c = Coded(c.trigger, c.trigger_end, c.code, c.source, home, c.modality, c.pattern)
        out.append(c)
    return out


def _conflict(code: str) -> bool:
    """Whether a CAMEO code is conflict (roots 09-20) rather than cooperation."""
    return code[:2].isdigit() and int(code[:2]) >= 9


def _continued_targets(coded: list[Coded], doc) -> list[Coded]:
    """An event with no target of its own continues its source's last target: the verb it is
    coordinated with ("threatened X ... and imposed sanctions"), else the same source's event
    in the two sentences before ("China accused the Philippines ... He warned that ...")."""
    out: list[Coded] = []
    for c in coded:
        # A verbal act's own object is whom it is aimed at ("Salvini called out the bureaucrats":
        # the traitors, not whoever he named before); a strike's object is a thing hit.
        own_object = c.code[:2] in ("10", "11", "12", "13", "14") and any(
            ch.dep_ == "dobj" and ch.pos_ in ("NOUN", "PROPN") for ch in doc[c.trigger].children
        )
        if c.target is None and c.source is not None and not own_object:
            window_start = _sentences_back(doc, c.trigger, 2)
            for e in reversed(out):
                if e.target is None or e.source is None:
                    continue
                if doc[e.trigger].i < window_start:
                    break
                coordinated = doc[c.trigger].dep_ == "conj" and doc[c.trigger].head.i == e.trigger
                if (int(c.code[:2]) <= 5 or c.code[:2] == "09") and not coordinated:
                    # verbal cooperation needs its own counterpart ("met X and signed"); an
                    # investigation is into what happened, not into whom was last named
                    break
                if (
                    not coordinated
                    and doc[c.trigger].lemma_.lower() not in ("refuse", "decline")
                    and _conflict(e.code) != _conflict(c.code)
                ):
                    # "We provided aid to Georgia. He imposed sanctions": a hostile act does
                    # not continue the counterpart of a friendly one, nor the other way round
                    # (a refusal does: "sent arms to Ukraine, which Obama refused to do")
                    break
                if e.source.code[:3] == c.source.code[:3] and e.target.actor != c.source.actor:
                    c = Coded(
                        c.trigger, c.trigger_end, c.code, c.source, e.target, c.modality, c.pattern
                    )
                    break
        if (
            c.target is None
            and c.source is not None
            and not own_object
            and c.code[:2] in _IMPLIED_TARGET_ROOTS
            and doc[c.trigger].pos_ == "VERB"
        ):
            # "Mnuchin pulled out of the Saudi conference. Ministers from Britain and France
            # had withdrawn already": others doing the same act do it to the same party.
            window_start = _sentences_back(doc, c.trigger, 1)
            for e in reversed(out):
                if doc[e.trigger].i < window_start:
                    break
                if (
                    e.code[:2] == c.code[:2]
                    and e.target is not None
                    and e.source is not None
                    and e.target.code[:3] != c.source.code[:3]
                    and e.source.code[:3] != c.source.code[:3]
                ):
                    c = Coded(
                        c.trigger, c.trigger_end, c.code, c.source, e.target, c.modality, c.pattern
                    )
                    break
        out.append(c)
    return out


def _denial_targets(coded: list[Coded], doc, spans) -> list[Coded]:
    """ "..., an accusation Vilnius rejected": a denial answers the sentence's main speaker."""
    out = []
    for c in coded:
        if c.code == "016" and c.target is None and c.source is not None:
            root = doc[c.trigger].sent.root
            subj, passive = _subject(root)
            if subj is not None and not passive:
                found = [a for a in _subject_actors(subj, spans) if a.code[:3] != c.source.code[:3]]
                if found:
                    c = Coded(
                        c.trigger, c.trigger_end, c.code, c.source, found[0], c.modality, c.pattern
                    )
                    if doc[c.trigger].head.lower_ in lexicon.ACCUSATION and not any(
                        o.trigger == root.i for o in coded
                    ):
                        # "Drozd said the plotters had trained in Lithuania, an accusation
                        # Vilnius rejected": what he said was an accusation of Vilnius.
                        out.append(
                            Coded(root.i, root.i + 1, "112", found[0], c.source, "asserted", "")
                        )
        if c.code == "016" and c.target is None and c.source is not None:
            # "Republicans accused the administration of ... The accusations were rejected by
            # administration officials": a denial answers the last accuser of the denier.
            window_start = _sentences_back(doc, c.trigger, 6)
            accusers = [
                o
                for o in coded
                if o.code[:2] == "11"
                and window_start <= o.trigger < c.trigger
                and o.source is not None
                and o.target is not None
                and o.target.code[:3] == c.source.code[:3]
            ]
            if accusers:
                last = max(accusers, key=lambda o: o.trigger)
                c = Coded(
                    c.trigger, c.trigger_end, c.code, c.source, last.source, c.modality, c.pattern
                )
        out.append(c)
    return out


def _drop_reporting(coded: list[Coded], doc) -> list[Coded]:
    """A reporting or cognition verb whose complement holds a coded event is no event itself:
    "X is about to restore ties with Y, an official said" codes the restoring only."""
    triggers = {c.trigger for c in coded}
    out = []
    for c in coded:
        tok = doc[c.trigger]
        if tok.lemma_.lower() in _REPORTING | {"believe", "indicate"}:
            clauses = [ch for ch in tok.children if ch.dep_ in ("ccomp", "parataxis")]
            if any(t.i in triggers for ch in clauses for t in ch.subtree):
                continue
            if tok.dep_ in ("ccomp", "parataxis", "conj") and tok.head.i in triggers:
                continue  # "X may spur Y, the newspaper said": the report hangs off the event
        out.append(c)
    return out


_INTENT = {"pledge", "promise", "vow", "offer", "agree", "plan", "intend", "decide"}


# Judging verbs whose "for" deed is told as done (blame alleges it, as accusations do).
_JUDGED_DEEDS = lexicon.JUDGING - {"blame"}
_ADMITTING = {"admit", "confess"}


def _governed(coded: list[Coded], doc) -> list[Coded]:
    """One event where one coded verb governs another ("threatened to attack").

    A threat keeps the threat's code (13x) and takes modality ``threatened``; an intent keeps
    its cooperative code (03x) over a cooperative complement, but a conflictual complement
    ("vowed to wage war") is the event, with modality ``planned``.
    """
    by_trigger: dict[int, list[Coded]] = {}
    for c in coded:
        by_trigger.setdefault(c.trigger, []).append(c)
    drop: set[int] = set()
    for c in coded:
        tok = doc[c.trigger]
        base = tok
        while base.dep_ == "conj" and base.head is not base:
            base = base.head  # ("blamed the rebels for killing ... and bombing ...")
        if (
            base.dep_ == "pcomp"
            and base.head.head.i in by_trigger
            # ("thanked Poland for sending tanks", "criticised Russia for supplying weapons":
            # the deed judged is told as done, and is an event of its own)
            and not (base.head.lower_ == "for" and base.head.head.lemma_.lower() in _JUDGED_DEEDS)
            # ("admitted to aiding al-Qaeda": the deed admitted is told as done)
            and not (base.head.lower_ == "to" and base.head.head.lemma_.lower() in _ADMITTING)
        ):
            # "accused Warsaw of sheltering dissidents": the sheltering is what is alleged.
            drop.add(id(c))
            continue
        head = tok.head
        refused = head.lemma_.lower() in ("refuse", "decline") or (
            head.dep_ == "xcomp" and head.head.lemma_.lower() in ("refuse", "decline")
        )
        if (
            tok.dep_ == "advcl"
            and (
                refused or (head.i in by_trigger and all(id(g) in drop for g in by_trigger[head.i]))
            )
            and _infinitive(tok)
        ):
            # "refused to provide weapons to help them": the purpose of a refused act goes too.
            drop.add(id(c))
            continue
        if tok.dep_ not in ("xcomp", "ccomp") or tok.head.i not in by_trigger:
            continue
        governor = tok.head
        lemma = governor.lemma_.lower()
        inner_conflict = int(c.code[:2]) >= 9 if c.code[:2].isdigit() else False
        if lemma in ("refuse", "decline"):
            # "refused to provide weapons": the refusal is the event, not the weapons.
            drop.add(id(c))
            continue
        if lemma in ("threaten", "warn"):
            drop.add(id(c))
            for g in by_trigger[governor.i]:
                g.modality = "threatened"
        elif lemma in _INTENT:
            if inner_conflict:
                for g in by_trigger[governor.i]:
                    drop.add(id(g))
            else:
                drop.add(id(c))
    return [c for c in coded if id(c) not in drop]


def _dedupe(coded: list[Coded], doc) -> list[Coded]:
    """One event per (trigger, source, target, code); a sourceless twin of a sourced one in the
    same sentence goes (a later report of the same kind of act is an event of its own)."""
    seen: set[tuple] = set()
    out: list[Coded] = []

    def twin(c: Coded) -> tuple:
        return (doc[c.trigger].sent.start, c.code, c.target.code[:3] if c.target else None)

    sourced = {twin(c) for c in coded if c.source}

    def side(a: ActorSpan | None):
        # Two mentions of one state ("Yerevan" and "Armenia") are one side of one event; the
        # government and the media of one state are two.
        # A state named bare is its government ("Saudi King Salman and the crown prince denied
        # to Trump and Pompeo" is one denial, SAU -> USA).
        if a is None:
            return None
        if a.code[:3] not in country_lexicon.countries():
            return id(a)
        return a.code[:3] + "GOV" if a.code[3:] in ("", "GOV") else a.code

    def base(i: int) -> int:
        tok = doc[i]
        while tok.dep_ == "conj" and tok.head != tok:
            tok = tok.head
        return tok.i

    for c in coded:
        if c.source is None and twin(c) in sourced:
            continue
        # "was trained and armed by the United States": coordinated verbs of one code between
        # the same parties are one act (the first verb's position stands for it)
        key = (base(c.trigger), c.code, side(c.source), side(c.target))
        if key in seen or not c.code:
            continue
        seen.add(key)
        out.append(c)
    return out
