"""Event coding: the sources and targets of one coded trigger (verb or event noun), one
``Coded`` per pair, with the CAMEO intent and threat codes of announced acts.
"""

from __future__ import annotations

from presslens.coding.modality import (
    _ATTEMPTS,
    _CAPACITIES,
    _announced,
    _conditional,
    _modality,
    _mood_governor,
    _only_able,
    _predicted,
    _stated_intent,
    _yes_no_question,
    mood_lemma,
)
from presslens.coding.syntax import (
    _CLAUSES,
    _LOCATIVE,
    _PASSIVE_SUBJECTS,
    _REPORTING,
    _SUBJECTS,
    ActorSpan,
    Coded,
    _actors_of_phrase,
    _agent,
    _for_clause,
    _outermost,
    _spans_in,
    _subject,
    _subject_actors,
    _the_two,
    _whence,
    _window,
    passive_clause,
)
from presslens.coding.triggers import (
    _headline_verb,
    _military_context,
    _plain_code,
    admits_a_deed,
    violent,
)
from presslens.knowledge import countries as country_lexicon
from presslens.knowledge import gazetteer, lexicon

# Prepositions of reason: their object is why an act is done, not part of it.
_REASONS = {"for", "over", "about", "despite"}

# What is sought for a wrong: "revenge for X" names the wrong, not whom it is sought from.
_RETALIATIONS = {"revenge", "retaliation", "vengeance", "retribution", "reprisal", "punishment"}

# Prepositions of time: their phrase says when an act happened, not to whom.
_WHEN = {"after", "before", "during", "since", "until", "amid", "following"}

# Verbs of taking by force: "from" names the side that loses ("seized the field from ISIS").
# Verbs of receiving: what is received from a party is that party's act.
_RECEIVING = {"receive", "accept", "obtain", "get"}
_TAKING = {"seize", "capture", "take", "grab", "wrest", "confiscate", "retake", "recapture"}


def _place_of_violence(noun, span: ActorSpan) -> bool:
    """Whether ``span`` is a city named as a compound before a noun of violence (roots 18-20):
    its location, not its author.  A city as possessor ("Moscow's attacks") still stands for
    its government."""
    code = (lexicon.NOUNS.get(noun.lemma_.lower(), ("",))[0] or "")[:2]
    if code not in ("18", "19", "20"):
        return False
    last = noun.doc[span.end - 1]
    if last.dep_ != "compound" or any(t.dep_ == "case" for t in noun.doc[span.start : span.end]):
        return False
    text = noun.doc[span.start : span.end].text
    hit = country_lexicon.lookup(text)
    if hit is not None:
        return hit[1] == "capital"
    return gazetteer.country_of(text) is not None


def _noun_roles(noun, spans: list[ActorSpan]):
    """Source and target of an event noun: possessive/adjective/"by" and its preposition."""
    source = None
    targets: list[ActorSpan] = []
    if noun.dep_ == "compound" and noun.head.lemma_.lower() in _ATTEMPTS:
        # "a failed coup attempt against the president": the attempt carries the parties
        noun = noun.head
    left = {t.i for t in noun.subtree if t.i < noun.i}
    own = _outermost(_spans_in(left, spans))
    if own and _place_of_violence(noun, own[0]):
        # "the Paris attacks", "the Orlando nightclub shooting": the city names where, not who
        own = own[1:]
    if (
        own
        and noun.lemma_.lower() in lexicon.PATIENT_NOUNS
        and any(c.dep_ == "poss" and own[0].start <= c.i < own[0].end for c in noun.children)
        # ("America's killing of Soleimani": with an "of" phrase the possessor is the doer)
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    ):
        # "Khashoggi's murder", "Navalny's arrest": the possessor suffers the act.
        targets.append(own[0])
    elif own:
        source = own[0]
    elif (lexicon.NOUNS.get(noun.lemma_.lower(), ("99",))[0] or "99")[:2] <= "08" and any(
        c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their") for c in noun.children
    ):
        # "Trump ignored his allies after his meeting with Kim": the possessive pronoun is the
        # subject of the clause the noun sits in (for meetings and aid; "their coups" are
        # often their own).
        verb = noun.head
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
                break
            verb = verb.head
        if verb.pos_ in ("VERB", "AUX"):
            subj, passive = _subject(verb)
            if subj is not None and not passive and subj.pos_ != "PRON":
                found = _subject_actors(subj, spans)
                source = found[0] if found else None
    for child in noun.rights:
        if child.dep_ != "prep":
            continue
        objs = [c for c in child.children if c.dep_ == "pobj"]
        if not objs:
            if child.lower_ in ("with", "against", "on", "to") and not targets:
                # A misparse that hangs the object elsewhere ("summit Monday with Russian
                # President Putin" with Putin as a subject): the actor right after it.
                near = [s for s in spans if child.i < s.start <= child.i + 4]
                if near:
                    targets.append(near[0])
            continue
        found = _actors_of_phrase(objs[0], spans)
        if child.lower_ == "by" and not targets:
            # "operations by our Israeli allies against Quds Force leaders": the parser hangs
            # the target on the agent.
            for grand in objs[0].children:
                if grand.dep_ == "prep" and grand.lower_ in ("against", "on", "targeting"):
                    for obj in grand.children:
                        if obj.dep_ == "pobj":
                            targets.extend(_actors_of_phrase(obj, spans))
        if child.lower_ == "between":
            every = _outermost(_spans_in({t.i for t in objs[0].subtree}, spans))
            if len(every) >= 2 and len(every) > len(found):
                found = every
        if (
            child.lower_ in ("by", "of")
            and source is None
            and found
            and (child.lower_ == "by" or noun.lemma_.lower() in lexicon.OF_AGENT_NOUNS)
        ):
            # "the sanctions of the US": for these nouns "of" names who acts.
            source = found[0]
        elif (
            child.lower_ == "from"
            and source is None
            and found
            and not _TAKING & {noun.lemma_.lower()}
        ):
            # "criticism from Democrats", "aid from Russia": who acts
            source = found[0]
        elif child.lower_ == "between" and len(found) >= 2:
            # "a meeting between Trump and Kim" ("the Singapore summit between ...": the
            # place before the noun is no party)
            source = found[0]
            targets.extend(found[1:])
        elif child.lower_ in ("on", "against", "of", "with", "to", "in", "into", "targeting"):
            targets.extend(found)
    if source is None and noun.lemma_.lower() in lexicon.PROTEST_NOUNS:
        # "protests across Iran", "the uprising in Tunisia", "protests gripped Iran": the
        # place's people protest at home (the target is theirs too, set by a later pass)
        places = [
            obj
            for prep in noun.rights
            if prep.dep_ == "prep" and prep.lower_ in ("in", "across", "throughout")
            for obj in prep.children
            if obj.dep_ == "pobj"
        ]
        if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in lexicon.PROTEST_SPREAD_VERBS:
            places += [c for c in noun.head.children if c.dep_ == "dobj"]
        for place in places:
            found = [s for s in _actors_of_phrase(place, spans) if s.code[:3] != "---"]
            if found:
                source = found[0]
                targets = [t for t in targets if t is not found[0]]
                break
    if violent(_plain_code(noun)):
        # "the US strike in Baghdad that killed Qassem Soleimani": whom the deed hit, not where
        for clause in noun.children:
            if clause.dep_ == "relcl" and violent(_plain_code(clause)):
                hit = [
                    a
                    for obj in clause.children
                    if obj.dep_ == "dobj"
                    for a in _actors_of_phrase(obj, spans)
                    if a is not source
                ]
                if hit:
                    targets = hit
                    break
    holder = noun
    if (
        holder.dep_ == "pobj"
        and holder.head.lower_ in ("in", "of")
        and holder.head.head.pos_ in ("NOUN", "NUM")
    ):
        holder = holder.head.head  # "billions in US aid", "a wave of strikes"
    if source is None and holder.dep_ == "nsubj" and holder.head.lemma_.lower() == "come":
        # "the frontal attacks have been coming from journalists": whence, who acts
        found = [a for obj in _whence(holder.head) for a in _actors_of_phrase(obj, spans)]
        source = found[0] if found else None
    if not targets and holder.dep_ == "nsubj" and holder.head.pos_ == "VERB":
        # "A US drone strike killed an Iranian general": whom the strike's deed hit
        deed = _plain_code(holder.head) or ""
        if violent(deed):
            for obj in holder.head.children:
                if obj.dep_ == "dobj":
                    targets.extend(_actors_of_phrase(obj, spans))
        elif holder.head.lemma_.lower() in ("flow", "go", "reach", "pour", "arrive"):
            # "billions in US aid have flowed to Egypt's military": where it went
            for prep in holder.head.children:
                if prep.dep_ == "prep" and prep.lower_ in ("to", "into"):
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            targets.extend(_actors_of_phrase(obj, spans))
    if (
        not targets
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "under"
        and noun.head.head.pos_ in ("AUX", "VERB")
        and _military_context(noun.sent)
    ):
        # "Saudi Arabia is under attack by missiles from Yemen": the subject suffers it
        subj, _ = _subject(noun.head.head)
        if subj is not None:
            targets.extend(_subject_actors(subj, spans)[:1])
    return source, targets


def _their_meeting(noun, code: str, spans: list[ActorSpan]) -> list[ActorSpan]:
    """ "Dion raised human rights with Wang during their bilateral meeting": a meeting that
    is "their" own, with no other party named, was between the last two states' actors named
    before it in the sentence."""
    if code[:2] != "04":
        return []
    first = noun.sent.start
    if not any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children):
        # "After the men shook hands, they repaired inside for one-on-one talks": "they" or
        # "we" who went to talks with no one else named are the last two states named, in this
        # sentence or the one before
        governor = noun.head
        for _ in range(3):
            if governor.pos_ in ("ADP", "NOUN") and governor.dep_ in ("prep", "pobj", "dobj"):
                governor = governor.head
        if governor.pos_ not in ("VERB", "AUX") or noun.dep_ not in ("pobj", "dobj"):
            return []
        subj, passive = _subject(governor)
        if subj is None or passive or subj.lower_ not in ("they", "we"):
            return []
        if first > 0:
            first = noun.doc[first - 1].sent.start
    before = [
        s
        for s in spans
        if first <= s.start
        and s.end <= noun.i
        and s.code[:3] != "---"
        # (a place named is where, not who: "greeted Kim in Singapore")
        and not (
            noun.doc[s.end - 1].dep_ == "pobj" and noun.doc[s.end - 1].head.lower_ in _LOCATIVE
        )
    ]
    pair: list[ActorSpan] = []
    for s in reversed(before):
        if all(s.code[:3] != p.code[:3] for p in pair):
            pair.append(s)
        if len(pair) == 2:
            return pair[::-1]
    return []


def _document_author(verb, spans: list[ActorSpan]) -> list[ActorSpan]:
    """ "Germany issued a statement condemning Russia", "a tweet by Morey expressing support":
    what a document says, its author says."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.lemma_.lower() not in lexicon.DOCUMENTS:
        return []
    for child in noun.children:
        named = [child] if child.dep_ == "poss" else []
        if child.dep_ == "prep" and child.lower_ == "by":
            named = [obj for obj in child.children if obj.dep_ == "pobj"]
        found = [a for obj in named for a in _actors_of_phrase(obj, spans)]
        if found:
            return found[:1]
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        subj, passive = _subject(noun.head)
        if subj is not None and not passive:
            return _subject_actors(subj, spans)[:1]
    return []


def _attack_instrument(verb):
    """The attack noun a violent verb says was the means ("killed in a drone strike", "died
    in an air raid"), if any."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "by"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and violent(_plain_code(obj)):
                    return obj
    return None


def _roles(
    tok,
    code,
    slots,
    pattern_text,
    spans,
    spans_at,
    allow_unsaid_source: bool = False,
    petrarch_mode: bool = False,
) -> list[Coded]:
    """Sources and targets of one coded trigger, one Coded per pair."""
    paired = None
    if ":" in code:
        code, paired = code.split(":", 1)
    modality = _modality(tok)
    stated_code = code
    if (
        modality == "negated"
        and any(c.dep_ == "neg" for c in tok.children)
        and not _conditional(tok)
        and not petrarch_mode
        and code[:2].isdigit()
        and int(code[:2]) <= 8
    ):
        # "Paris did not recognise the junta": refusing cooperation is a rejection (CAMEO 12).
        code, modality = "120", "asserted"
    if (
        modality in ("planned", "hypothetical")
        and not petrarch_mode
        and paired is None
        and not _predicted(tok)
        and tok.head.lemma_.lower() not in ("reluctant", "unwilling", "loath")
        and not _conditional(tok)
        and not any(c.dep_ == "aux" and c.lower_ in ("should", "ought") for c in tok.children)
        and not _yes_no_question(tok.sent)
        and not _only_able(tok)
        and not _hedged(tok)
    ):
        # "Moscow would supply Belarus": a promised act of cooperation is an intent (CAMEO 03),
        # and the intent itself is expressed, not hypothetical.
        intent = lexicon.INTENT_BY_ROOT.get(code[:2])
        if intent:
            code = intent
            modality = "asserted"
        elif modality == "planned" and code[:2] == "02" and _stated_intent(tok):
            # "Niger said it would seek security assistance from Russia": an appeal announced
            # by its maker is made (CAMEO codes the appeal).
            modality = "asserted"
        elif modality == "planned" and _announced(tok):
            # "We will destroy all terror nests in Syria", "Tehran said it would close the
            # strait": an act of force or coercion announced by its doer is a threat (CAMEO 13).
            threat = lexicon.THREAT_BY_CODE.get(code) or lexicon.THREAT_BY_ROOT.get(code[:2])
            if threat:
                code, modality = threat, "threatened"
    if modality == "threatened" and not petrarch_mode and tok.dep_ == "acl":
        # "threats to walk out of the meeting": the act threatened is coded as the threat
        code = lexicon.THREAT_BY_CODE.get(code) or lexicon.THREAT_BY_ROOT.get(code[:2]) or code
    sources: list[ActorSpan] = []
    targets: list[ActorSpan] = []
    if tok.pos_ in ("NOUN", "PROPN") and not _headline_verb(tok):
        source, targets = _noun_roles(tok, spans)
        pair = _their_meeting(tok, code, spans) if source is None and not targets else []
        if pair:
            sources = pair
        elif source is None:
            # The event noun as object of a light verb takes the verb's subject.
            governor = tok.head if tok.dep_ in ("dobj", "pobj", "nsubjpass") else None
            for _ in range(3):
                # "preparing a new round of sanctions": climb to the verb.
                if (
                    governor is not None
                    and governor.lower_ in _REASONS
                    # ("came to Damascus for a meeting with Assad": a purpose, his meeting)
                    and not (code[:2] == "04" and governor.head.pos_ == "VERB")
                ):
                    # "vowed revenge for the killing of Soleimani": the reason for an act is
                    # not its doer's act
                    governor = None
                    break
                if governor is not None and (
                    (governor.pos_ in ("ADP", "NOUN") and governor.dep_ in ("prep", "dobj", "pobj"))
                    # "following a day of meetings": a participle used as a preposition
                    or (governor.pos_ == "VERB" and governor.dep_ == "prep")
                ):
                    governor = governor.head
                else:
                    break
            if (
                governor is not None
                and governor.pos_ == "VERB"
                and (
                    (
                        governor.lemma_.lower() in lexicon.LIGHT_VERBS
                        # "tweeting a reference to the Lockerbie bombing": words carry only
                        # their own object's act
                        and (
                            governor.lemma_.lower() not in lexicon.SPOKEN_LIGHT_VERBS
                            or tok.head == governor
                        )
                    )
                    or mood_lemma(governor) in lexicon.MODALITY_VERBS
                    # "Pompeo returned from meetings with Saudi leaders": who goes to or
                    # comes from talks took part in them
                    or (code[:2] == "04" and tok.dep_ == "pobj" and targets)
                )
            ):
                subj, passive = _subject(governor)
                if subj is not None and not passive:
                    sources = _subject_actors(subj, spans)
                if governor.dep_ in ("xcomp", "ccomp") and tok.dep_ == "dobj":
                    modality = _modality(governor)
        else:
            sources = [source]
    else:
        subj, passive = _subject(tok)
        agent = _agent(tok)
        if passive and agent is None and petrarch_mode:
            # PETRARCH reads an agentless passive like an active clause ("X was criticized
            # over its dispute with Y" is X -> Y), unless a pattern names the source.
            passive = "source" in slots
        if passive:
            if agent is not None:
                sources = _actors_of_phrase(agent, spans)
            if subj is not None:
                targets = _actors_of_phrase(subj, spans)
                if not targets and subj.pos_ == "PRON" and not petrarch_mode:
                    # "He was soon denounced by Poland": who "he" is
                    targets = _subject_actors(subj, spans)
        elif subj is not None:
            if (
                subj.dep_ == "pobj"
                and subj.head.lower_ == "with"
                and not any(s.code[:3] != "---" for s in _actors_of_phrase(subj, spans))
            ):
                # "with submarines shadowing patrols": the submarines of the main clause's actor.
                outer, _ = _subject(subj.head.head)
                subj = outer or subj
            if subj is not None:
                sources = _subject_actors(subj, spans, keep_appos=petrarch_mode)
                for extra in subj.head.children if subj.dep_ in _SUBJECTS else ():
                    # Two subjects side by side ("Old foes Gondor and Osgiliath"); a noun that
                    # a participle describes has no such sibling ("Hungary blocked an EU
                    # statement criticising China": Hungary criticises no one).
                    if extra.dep_ in _SUBJECTS and extra != subj:
                        sources += [a for a in _subject_actors(extra, spans) if a not in sources]
        if not sources and not petrarch_mode:
            sources = _document_author(tok, spans)
        instrument = _attack_instrument(tok) if agent is None and violent(code) else None
        if instrument is not None and (passive or (tok.dep_ == "acl" and tok.tag_ == "VBN")):
            # "Soleimani was killed in a U.S. drone strike", "a general killed in a US
            # airstrike": the strike's owner did the killing, the one killed suffered it
            doer, _ = _noun_roles(instrument, spans)
            if doer is not None:
                sources = [doer]
                means = _plain_code(instrument) or ""
                if code == "190" and means[:2] == "19":
                    code = means  # killed in an air strike: aerial weapons (195)
                if tok.dep_ == "acl":
                    targets = _actors_of_phrase(tok.head, spans)
        if tok.dep_ == "acl" and passive is False and agent is not None:
            # "bans imposed by Washington": the participle's agent acts on the clause's subject.
            sources = _actors_of_phrase(agent, spans)
            noun = tok.head
            # "Iranian protests, crushed by the IRGC": the modified noun's own actor suffers it;
            # "bans imposed by Washington" have none, so the clause's passive subject does.
            own_phrase = {t.i for t in noun.subtree if t.i < noun.i}
            targets = _outermost(_spans_in(own_phrase, spans))
            if not targets:
                clause = noun.head.head if noun.dep_ == "pobj" else noun.head
                subj2, passive2 = _subject(clause)
                targets = _actors_of_phrase(subj2, spans) if subj2 is not None and passive2 else []
        if not targets:
            window = set(_window(tok))
            if (
                tok.pos_ == "VERB"
                and not any(c.dep_ in ("dobj", "dative") for c in tok.children)
                and not passive_clause(tok)
            ):
                # "Iran has funded and armed Hezbollah": coordinated verbs share the object.
                for conj in tok.children:
                    if (
                        conj.dep_ == "conj"
                        and conj.pos_ == "VERB"
                        and not any(c.dep_ in _SUBJECTS for c in conj.children)
                    ):
                        shared = [c for c in conj.children if c.dep_ == "dobj"]
                        window |= {t.i for c in shared for t in c.subtree}
                        break
            if code in lexicon.SYMMETRIC and len(sources) > 1:
                # "A and B signed a deal in Washington": the place is no party to it.
                for i in list(window):
                    child = tok.doc[i]
                    if child.dep_ == "prep" and child.lower_ in _LOCATIVE:
                        window -= {t.i for t in child.subtree}
            if agent is not None:
                window -= {t.i for t in agent.head.subtree}
            if stated_code[:2] == "04":
                # "talking about the people at the other end": the topic, not the counterpart
                for child in tok.children:
                    if child.dep_ == "prep" and child.lower_ == "about":
                        window -= {t.i for t in child.subtree}
            if not petrarch_mode and code == "111" and tok.lemma_.lower() in lexicon.NAMING_VERBS:
                # "branded the opposition leader a puppet of Washington": the one named is the
                # target, not who is named in the insult
                for child in tok.children:
                    names = [child] if child.dep_ in ("oprd", "xcomp", "attr") else []
                    if child.dep_ == "dobj":
                        names = [g for g in child.children if g.dep_ == "appos"]
                    for name in names:
                        window -= {t.i for t in name.subtree}
            if not petrarch_mode and tok.lemma_.lower() == "call":
                # "Germany called for Russia to withdraw": who is asked is the clause's subject
                for clause in tok.children:
                    if _for_clause(clause):
                        for subj in clause.children:
                            if subj.dep_ in ("nsubj", "nsubjpass"):
                                window |= {t.i for t in subj.subtree}
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ in ("alongside", "beside"):
                    # "sent its fighters to fight alongside the junta's troops": allies, not targets
                    window -= {t.i for t in child.subtree}
                if not petrarch_mode and child.dep_ == "prep" and child.lower_ in _WHEN:
                    # "restored relations after talks brokered by China": when, not with whom
                    window -= {t.i for t in child.subtree}
                if (
                    not petrarch_mode
                    and child.dep_ == "dobj"
                    and child.lemma_.lower() in _RETALIATIONS
                ):
                    # "vowed revenge for the killing of Soleimani": who suffered the act
                    # avenged is not the one threatened; who did it is ("vowed retaliation
                    # for the U.S. airstrike")
                    for g in child.children:
                        if g.dep_ == "prep" and g.lower_ in _REASONS:
                            window -= {t.i for t in g.subtree}
                            for obj in g.children:
                                if obj.dep_ == "pobj":
                                    doer, _ = _noun_roles(obj, spans)
                                    if doer is not None:
                                        window |= set(range(doer.start, doer.end))
                if (
                    not petrarch_mode
                    and child.dep_ == "prep"
                    and child.lower_ in _REASONS
                    and any(c.dep_ == "dobj" for c in tok.children)
                ):
                    # "rebuked the president over his Syria withdrawal": the object is whom,
                    # the reason is why
                    window -= {t.i for t in child.subtree}
                if (
                    not petrarch_mode
                    and code[:3] in ("015", "016")
                    and child.dep_ in ("xcomp", "ccomp", "pcomp", "dobj")
                    and (child.tag_ == "VBG" or child.dep_ != "dobj")
                ):
                    # "denied sending drones to Russia": what is denied, not whom it answers
                    window -= {t.i for t in child.subtree}
            appeal = not petrarch_mode and tok.lemma_.lower() in lexicon.APPEALS
            if appeal and any(c.dep_ in ("dobj", "dative") for c in tok.children):
                # "urged her to ban the cleric": the addressee is asked; the one the asked-for act
                # would hit is no party to the appeal.
                for child in tok.children:
                    if child.dep_ in ("xcomp", "ccomp"):
                        window -= {t.i for t in child.subtree}
            for child in tok.children:
                # "..., with submarines shadowing patrols" is a clause of its own.
                if (
                    child.dep_ == "prep"
                    and child.lower_ == "with"
                    and any(g.dep_ == "acl" for c in child.children for g in c.children)
                ):
                    window -= {t.i for t in child.subtree}
            own = {a.actor for a in sources if a is not None}
            found = [f for f in _outermost(_spans_in(window, spans)) if f.actor not in own]
            if not petrarch_mode:
                # "the Paris climate accord", "the Helsinki summit": a place in the name of an
                # accord or a meeting is no party to the act on it
                # (a state's name there is the other party: "undid the Iran deal")
                named_for = lexicon.AGREEMENT | lexicon.GATHERINGS | lexicon.TALKS
                found = [
                    f
                    for f in found
                    if not (
                        tok.doc[f.end - 1].dep_ in ("compound", "nmod")
                        and tok.doc[f.end - 1].head.lower_ in named_for
                        and (country_lexicon.lookup(tok.doc[f.start : f.end].text) or ("", ""))[1]
                        != "name"
                    )
                ]
            if not petrarch_mode and code[:2] in ("10", "11", "12"):
                # "condemned the killing of Soleimani by the United States": a verbal act on
                # a deed is aimed at its doer
                for obj in tok.children:
                    if obj.dep_ != "dobj" or obj.lemma_.lower() not in lexicon.NOUNS:
                        continue
                    for by in obj.children:
                        if by.dep_ == "prep" and by.lower_ == "by":
                            doers = [
                                a
                                for g in by.children
                                if g.dep_ == "pobj"
                                for a in _actors_of_phrase(g, spans)
                                if a.actor not in own
                            ]
                            if doers:
                                found = doers
            # A country-coded actor beats a bare role ("his government's engineers to X").
            found = [f for f in found if not f.code.startswith("---")] or found
            datives = {t.i for c in tok.children if c.dep_ == "dative" for t in c.subtree}
            if datives and not petrarch_mode and code[:2] in ("03", "06", "07", "08"):
                # "granted Assange refuge in its embassy": what is given goes to the one named
                # as its receiver, whatever place the sentence names after it
                found = [f for f in found if f.start in datives]
            if not petrarch_mode:
                # Another state beats the actor's own forces, which are what is moved ("withdrew
                # its troops from Mali", "sent Russian troops to Syria").
                own_countries = {a.code[:3] for a in sources if a is not None}
                found = [
                    f for f in found if not (f.code[:3] in own_countries and "MIL" in f.code[3:])
                ] or found
                if code[:3] == "087" or code[:2] == "16":
                    # "pulled the United States out of the accord": the state moved out is the
                    # actor's own, not a party it acts on
                    found = [f for f in found if f.code not in own_countries]
            if not found and not petrarch_mode and code[:2] == "13":
                # "China warned of serious consequences if Washington sells arms to Taiwan":
                # a threat is aimed at whom its condition names
                for clause in tok.children:
                    if clause.dep_ == "advcl" and any(
                        m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in clause.children
                    ):
                        cond_subj, cond_passive = _subject(clause)
                        if cond_subj is not None and not cond_passive:
                            found = [
                                f for f in _subject_actors(cond_subj, spans) if f.actor not in own
                            ][:1]
                            break
            if not found and not petrarch_mode and code[:2] in ("14", "17", "18", "19", "20"):
                # "waved flags outside the French embassy and tried to set fire to its gates":
                # "its" is the last other party named before the act in the sentence.
                owners = [
                    tok.doc[i]
                    for i in window
                    if tok.doc[i].lower_ in ("its", "their") and tok.doc[i].dep_ == "poss"
                ]
                if owners:
                    own_countries = {a.code[:3] for a in sources if a is not None}
                    before = [
                        sp
                        for sp in spans
                        if tok.sent.start <= sp.start
                        and sp.end <= tok.i
                        and sp.actor not in own
                        and sp.code[:3] not in own_countries
                        and not sp.code.startswith("---")
                    ]
                    if before:
                        found = [max(before, key=lambda sp: sp.start)]
            if not petrarch_mode and tok.pos_ == "VERB" and tok.lemma_.lower() in _TAKING:
                # "seized the oil field from ISIS": the one it is taken from suffers the act.
                losers = [
                    f
                    for f in found
                    if any(
                        tok.doc[k].dep_ == "pobj"
                        and tok.doc[k].head.lower_ == "from"
                        and tok.doc[k].head.head.i == tok.i
                        for k in range(f.start, f.end)
                    )
                ]
                found = losers or found
            if code[:2] == "14" and len(found) > 1:
                # "waved Russian flags outside the French embassy": a protest is aimed at the
                # place or body in its prepositional phrase, not at what is waved.
                objects = {t.i for c in tok.children if c.dep_ == "dobj" for t in c.subtree}
                found = [f for f in found if f.start not in objects] or found
            if not found and petrarch_mode:
                # PETRARCH's verb phrase holds every clause after the verb that has no
                # subject of its own (a misparsed "an anti- Gondor parade" included).
                loose: set[int] = set()
                for child in tok.children:
                    if child.i < tok.i or child.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS:
                        continue
                    if (child.dep_ in _CLAUSES or child.dep_ == "conj") and any(
                        c.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS for c in child.children
                    ):
                        continue
                    loose.update(t.i for t in child.subtree)
                found = [f for f in _outermost(_spans_in(loose, spans)) if f.actor not in own]
                if not found:
                    # A misparse can hang the object on another word ("an anti- Gondor
                    # parade"): the next actor in the sentence outside any clause that has a
                    # subject of its own.
                    closed: set[int] = set()
                    for t in tok.sent:
                        subjects = [
                            c for c in t.children if c.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS
                        ]
                        if not subjects:
                            continue
                        if t.is_ancestor(tok):
                            for c in subjects:
                                closed.update(x.i for x in c.subtree)
                        elif t.i > tok.i:
                            closed.update(x.i for x in t.subtree)
                    later = {t.i for t in tok.sent if t.i > tok.i and t.i not in closed}
                    found = [f for f in _outermost(_spans_in(later, spans)) if f.actor not in own][
                        :1
                    ]
            bare_source = (
                bool(sources)
                and all(a.code.startswith("---") for a in sources)
                and tok.lemma_.lower() in _REPORTING
            )
            if not found and not (petrarch_mode and bare_source):
                # "Arnor believes Dagolath can cope": the target sits in the complement clause
                # (PETRARCH leaves it to a named source: "an official said ..." codes nothing).
                for child in tok.children:
                    if child.dep_ == "ccomp":
                        own_countries = {a.code[:3] for a in sources if a is not None}
                        # "Members of Congress demanded the White House take tougher action":
                        # whom an appeal or demand addresses may be the speaker's own state.
                        addressed = (
                            {t.i for c in child.children if c.dep_ in _SUBJECTS for t in c.subtree}
                            if code[:2] in ("02", "10") and not petrarch_mode
                            else set()
                        )
                        found = [
                            f
                            for f in _outermost(_spans_in({t.i for t in child.subtree}, spans))
                            if f.actor not in own
                            and (f.code[:3] not in own_countries or f.start in addressed)
                        ]
                        break
            if found:
                first = found[0]
                # A compound object ("with Mordor, Rohan and Bree") gives each conjunct: the
                # conjuncts of the object itself, not those inside a clause on it ("Manbij,
                # where U.S. troops commingle with the Kurds and U.S. generals ...").
                head_tok = first.end - 1
                targets = [first]
                conjuncts = {head_tok}
                own_countries = {a.code[:3] for a in sources if a is not None}
                for t in tok.doc[head_tok].subtree:
                    if t.dep_ != "conj" or t.head.i not in conjuncts:
                        continue
                    conjuncts.add(t.i)
                    other = spans_at.get(t.i)
                    if (
                        other is not None
                        and other not in targets
                        # "to attack Afrin and President Erdogan has threatened ...": a misparse
                        # that makes the next clause's subject, of the actor's own state, a
                        # second object
                        and (petrarch_mode or other.code[:3] not in own_countries)
                    ):
                        targets.append(other)
                if not petrarch_mode:
                    # "traveled to London and to Washington": a preposition's phrase
                    # coordinated with another of its own gives that phrase's party too
                    preps = [
                        a
                        for a in tok.doc[head_tok].ancestors
                        if a.dep_ == "prep" and a.head.i == tok.i
                    ]
                    for prep in preps[:1]:
                        for other_prep in prep.children:
                            if other_prep.dep_ != "conj" or other_prep.pos_ != "ADP":
                                continue
                            for obj in other_prep.children:
                                if obj.dep_ != "pobj":
                                    continue
                                for other in _actors_of_phrase(obj, spans):
                                    if other not in targets and other.code[:3] not in own_countries:
                                        targets.append(other)
    if "source" in slots:
        sources = [spans_at[slots["source"]]]
        if subj is not None and _subject(tok)[1] and "target" not in slots:
            targets = _subject_actors(subj, spans)
    if "target" in slots:
        targets = [spans_at[slots["target"]]]
        for t in tok.doc[slots["target"]].subtree:
            # a compound target of a pattern slot ("toward Gondor and Arnor")
            if t.dep_ == "conj" and t.i in spans_at and spans_at[t.i] not in targets:
                targets.append(spans_at[t.i])
    if "compound" in slots and len(sources) < 2:
        sources = sources or [spans_at[slots["compound"]]]
    sources = [s for s in sources if s is not None]
    if not petrarch_mode and tok.pos_ == "VERB" and not passive_clause(tok):
        pair = _the_two(tok, spans)
        if pair and all(a.code.startswith("---") for a in sources):
            sources = pair
    if not petrarch_mode:
        # "Secretary of state Mike Pompeo": a bare role beside a coded actor in the same
        # phrase adds nobody; keep the coded ones.
        sources = [a for a in sources if not a.code.startswith("---")] or sources
        targets = [a for a in targets if a.code.startswith("---") is False] or targets
    if code[:3] == "015" and not petrarch_mode and admits_a_deed(tok):
        # "Iran admitted to facilitating the attacks in the U.S.": the admission is aimed at no
        # one (the gold's convention: 015 with a null target); the deed admitted is coded
        # with its own parties
        targets = []
    participle = tok.dep_ == "acl" and tok.tag_ == "VBN"  # "US bloggers banned from ..."
    if code == "172" and (not sources or participle) and not petrarch_mode:
        # "Two American bloggers were banned from entering Britain": the state whose door is
        # shut shuts it
        entered = [
            a
            for prep in tok.children
            if prep.dep_ == "prep" and prep.lower_ == "from"
            for verb in prep.children
            if verb.dep_ == "pcomp" and verb.lemma_.lower() in ("enter", "visit")
            for obj in verb.children
            if obj.dep_ == "dobj"
            for a in _actors_of_phrase(obj, spans)
            if a.code[:3] in country_lexicon.countries()
        ]
        if entered:
            sources = entered[:1]
            if participle:
                targets = _actors_of_phrase(tok.head, spans)
            targets = [t for t in targets if t.code[:3] != entered[0].code[:3]]
    if code == "120" and stated_code != code and not targets:
        return []  # refusing to cooperate with no one named is no rejection of anyone
    out: list[Coded] = []
    end = tok.i + 1
    if not sources:
        if (
            code in lexicon.SYMMETRIC
            and tok.pos_ in ("NOUN", "PROPN")
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)
        ):
            # "border clashes with Azerbaijan": a two-sided act with one side unnamed tells
            # neither who did what to whom
            return out
        if allow_unsaid_source and targets:
            # "the botched putsch against the president": who acted is left unsaid.
            return [Coded(tok.i, end, code, None, t, modality, pattern_text) for t in targets]
        return out
    if not petrarch_mode and tok.pos_ == "VERB" and tok.lemma_.lower() in _RECEIVING:
        # "the foundation received millions from Saudi Arabia": the giver is the source
        # ("received two billion dollars in aid from the United States": the "from" may
        # hang on what is received)
        received = [tok] + [
            t for c in tok.children if c.dep_ in ("dobj", "prep") for t in c.subtree
        ]
        givers = [
            a
            for head in received
            for prep in head.children
            if prep.dep_ == "prep" and prep.lower_ == "from"
            for obj in prep.children
            if obj.dep_ == "pobj"
            for a in _actors_of_phrase(obj, spans)
        ]
        if givers and sources:
            sources, targets = givers, sources
    reciprocal = tok.lemma_.lower() in lexicon.RECIPROCAL
    if (
        not petrarch_mode
        and len(sources) > 1
        and (code in lexicon.SYMMETRIC or reciprocal)
        and all(t.code.startswith("---") for t in targets)
    ):
        # "India and China agreed to pull back troops": the two sides are each other's
        # counterpart; the troops are what the deal is about.
        targets = []
    if (
        not targets
        and len(sources) > 1
        and (code in lexicon.SYMMETRIC or petrarch_mode or reciprocal)
    ):
        for a in sources:
            for b in sources:
                if a is not b and not (a.actor and a.actor == b.actor):
                    out.append(Coded(tok.i, end, code, a, b, modality, pattern_text))
        return out
    if petrarch_mode and not targets and "target" not in slots:
        # An object PETRARCH cannot code ("ties with Gxndor") leaves the event uncoded.
        named = [t for t in tok.children if t.dep_ in ("dobj", "dative", "prep")]
        for child in named:
            for t in child.subtree:
                if (
                    t.pos_ == "PROPN"
                    and t.i not in spans_at
                    and t.ent_type_ not in ("DATE", "TIME")
                ):
                    # An empty code: no event, but a verb a reporting verb defers to.
                    return [
                        Coded(
                            tok.i,
                            end,
                            "",
                            sources[0] if sources else None,
                            None,
                            modality,
                            pattern_text,
                        )
                    ]
    # "talks between Trump and Kim", "clashes between Armenia and Azerbaijan": a joint act
    # whose noun names both sides as doing it is coded both ways (a "summit between" them is
    # an occasion, coded once, as the gold sets have it).
    both_ways = (
        not petrarch_mode
        and code in lexicon.SYMMETRIC
        and tok.lemma_.lower() in lexicon.JOINT_ACTS
        and tok.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "prep" and c.lower_ == "between" for c in tok.children)
    )
    for s in sources:
        for t in targets or [None]:
            if t is not None and (t is s or (t.actor and t.actor == s.actor)):
                continue
            out.append(Coded(tok.i, end, code, s, t, modality, pattern_text))
            if both_ways and t is not None:
                out.append(Coded(tok.i, end, code, t, s, modality, pattern_text))
            if paired is not None and t is not None:
                out.append(Coded(tok.i, end, paired, t, s, modality, pattern_text))
    if paired is not None and code == "":
        out = [c for c in out if c.code]
    return out


def _hedged(tok) -> bool:
    """The writer's reading or a wish, not a report or a stated intent: "seemed to be siding
    with Moscow", "hopes to withdraw US forces"."""
    if tok.dep_ == "acl" and tok.head.lemma_.lower() in _CAPACITIES:
        return True  # "the authority to give money": a power, not an intent
    governor = _mood_governor(tok)
    return governor is not None and mood_lemma(governor) in (
        "seem",
        "appear",
        "hope",
        "wish",
        "look",
    )
