"""Event coding: the CAMEO code our lexicon gives a trigger word, with the checks that keep
figures of speech, states and things that are not acts out ("seized the moment", "missiles
threaten the bases", "armed with missiles").
"""

from __future__ import annotations

from presslens.coding.syntax import (
    _SUBJECTS,
    _agent,
    _for_clause,
    _infinitive,
    _subject,
    _whence,
    _window,
    mended_lemma,
)
from presslens.knowledge import countries as country_lexicon
from presslens.knowledge import lexicon
from presslens.knowledge import roles as role_lexicon

# --- built-in lexicon -------------------------------------------------------------------


def _qualified(words: set[str], default, qualifiers) -> str | None:
    for group, code in qualifiers:
        if words & group:
            return code
    return default


def _phrase_words(tok) -> set[str]:
    """Lower-case words and lemmas in a trigger's own phrase (for qualifiers)."""
    words = set()
    for i in _window(tok):
        t = tok.doc[i]
        words.add(t.lower_)
        words.add(t.lemma_.lower())
    for child in tok.children:
        if child.dep_ in ("prt", "prep"):
            words.add(child.lower_)
        if child.dep_ == "ccomp" and any(t.lower_ == "what" for t in child.lefts):
            # "signed what aides called a roadmap": the free relative is the object
            words.update(t.lower_ for t in child.subtree)
    if tok.dep_ in ("acl", "relcl"):
        # "bans imposed by Washington", "an accusation Vilnius rejected": the modified noun is
        # the verb's object.
        words.add(tok.head.lower_)
        words.add(tok.head.lemma_.lower())
    subj, passive = _subject(tok)
    if subj is not None and subj.pos_ == "NOUN":
        # "Russian drones struck": the subject's weapon says how; "sanctions were imposed":
        # a passive subject is the verb's object.  (An active subject is no object: "the
        # German government has removed them" removes no government.)
        if passive:
            words.add(subj.lower_)
            words.update(t.lower_ for t in subj.subtree)
        elif subj.lower_ in lexicon.AIR | lexicon.MILITARY_AID | lexicon.STRIKING_SUBJECTS:
            words.add(subj.lower_)
    return words


# Verbs whose qualifier is what is given.
_GIVING = {"give", "lend", "receive"}


def verb_lemma(tok) -> str:
    """A verb's lemma for the lexicon, mended where the small model slips ("fined" -> "fin")."""
    return mended_lemma(tok, lexicon.VERBS)


def _plain_code(tok) -> str | None:
    """The lexicon's code for a verb or event noun with its qualifiers, before the checks of
    ``_lexicon_code`` (figures of speech, states, agents)."""
    lemma = verb_lemma(tok)
    if (tok.pos_ == "VERB" or _headline_verb(tok)) and lemma in lexicon.VERBS:
        default, qualifiers = lexicon.VERBS[lemma]
        words = _phrase_words(tok)
        if lemma == "rule":
            # "ruled that China's claims had no legal basis": the finding is the clause
            words |= {t.lower_ for c in tok.children if c.dep_ == "ccomp" for t in c.subtree}
        if lemma in _GIVING:
            # what is given is the object, not any word of the clause ("gave speeches calling
            # for a $15 wage and funding")
            heads = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
            subj, passive = _subject(tok)
            if passive and subj is not None:
                heads.append(subj)
            given = [t for h in heads for t in h.subtree]
            clauses = {t.i for g in given if g.dep_ in ("acl", "relcl", "advcl") for t in g.subtree}
            given = [t for t in given if t.i not in clauses]
            words = {t.lower_ for t in given} | {t.lemma_.lower() for t in given}
        return _qualified(words, default, qualifiers)
    if tok.pos_ in ("NOUN", "PROPN") and lemma in lexicon.NOUNS:
        default, qualifiers = lexicon.NOUNS[lemma]
        words = {t.lower_ for t in tok.lefts} | {t.lemma_.lower() for t in tok.lefts}
        words |= {t.lower_ for t in tok.subtree if t.i < tok.i}
        for prep in tok.rights:
            if prep.dep_ == "prep" and prep.lower_ in ("from", "of"):
                # "the exit from the nuclear deal", "the withdrawal of its ambassador"
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        words |= {obj.lower_, obj.lemma_.lower()}
        return _qualified(words, default, qualifiers)
    return None


def _lexicon_code(tok) -> str | None:
    lemma = verb_lemma(tok)
    if tok.pos_ == "VERB":
        for child in tok.children:
            phrasal = lexicon.PHRASAL.get((lemma, child.lower_))
            if phrasal and child.dep_ in ("prt", "dobj", "prep", "advmod"):
                if phrasal == "172" and any(
                    c.dep_ in ("dobj", "nsubjpass") and c.lower_ in lexicon.NOT_SANCTIONED
                    for c in tok.children
                ):
                    return None  # "the inquiries were shut down": nobody is sanctioned
                if phrasal == "020" and _asks_restraint(child):
                    return "0256"  # "India called for de-escalation and restraint"
                return _snub(tok, lemma, phrasal)
        if lemma == "call" and any(_for_clause(c) for c in tok.children):
            return "020"  # "Obama called for flags to be lowered": a for-to clause
    if tok.pos_ == "VERB" and lemma == "protest":
        subj, _ = _subject(tok)
        if subj is not None and (
            subj.ent_type_ in ("GPE", "ORG")
            or subj.lemma_.lower()
            in ("government", "ministry", "embassy", "ambassador", "minister")
        ):
            return "114"  # "Beijing protested to Washington": an official complaint
    if (
        tok.pos_ == "NOUN"
        and lemma in lexicon.MOTIVE_NOUNS
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "in"
        and tok.head.head.pos_ in ("VERB", "AUX")
        and not any(c.lower_ == "against" for c in tok.children)
    ):
        # "had withdrawn in protest": why the act was done, no act of its own ("rallied in
        # protest against the embassy" is one)
        return None
    if (
        tok.pos_ == "NOUN"
        and lemma in lexicon.OFFICE_NOUNS
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "in"
    ):
        return None  # "the special agent in charge of the bureau": an office, not an act
    if (
        tok.pos_ == "NOUN"
        and lemma in ("call", "appeal")
        and any(c.dep_ == "prep" and c.lower_ == "for" and _asks_restraint(c) for c in tok.children)
    ):
        return "0256"  # "joined the call for calm"
    code = _plain_code(tok)
    if code is None and tok.pos_ == "VERB" and lemma in lexicon.NAMING_VERBS:
        code = _name_calling(tok)
    if lemma in ("admit", "confess") and tok.pos_ == "VERB" and code is None:
        if any(
            c.dep_ == "prep"
            and c.lower_ in ("into", "to")
            and any(
                g.dep_ == "pobj"
                and (g.ent_type_ == "GPE" or g.lemma_.lower() in lexicon.TERRITORY | {"country"})
                for g in c.children
            )
            for c in tok.children
        ):
            return "043"  # "the Home Office admitted two preachers into the country": let in
        if admits_a_deed(tok):
            return "015"  # "Iran admitted to aiding al-Qaeda": an admission of a deed
    if code is None:
        return None
    if (
        tok.pos_ == "NOUN"
        and tok.dep_ in ("dobj", "nsubjpass")
        and tok.head.pos_ == "VERB"
        and tok.head.lemma_.lower() not in lexicon.LIGHT_VERBS
        and violent(_plain_code(tok.head))
    ):
        return None  # "attacked an Israeli patrol": the patrol is what was hit, not an act
    if violent(code) and _no_agent(tok):
        return None
    if code[:2] == "15" and lemma in _POSTURE_WORDS and not _military_context(tok.sent):
        # "engineers deployed new pumps", "an exercise of the Senate's veto power",
        # "a thousand volunteers deployed": force posture needs forces
        return None
    if lemma in ("recognize", "recognise", "demonstrate") and tok.pos_ == "VERB":
        said = [c for c in tok.children if c.dep_ in ("dobj", "ccomp")]
        if any(
            c.dep_ == "ccomp"
            or not (
                c.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")
                or c.pos_ == "PROPN"
                or role_lexicon.role_of(c.lemma_)
            )
            for c in said
        ):
            # "Oslo has long recognised the danger", "Obama demonstrated to
            # the world that his threats were empty": acknowledging or showing, not
            # recognition or protest
            return None
    code = _snub(tok, lemma, code)
    if (
        lemma == "agree"
        and tok.pos_ == "VERB"
        and any(c.dep_ == "ccomp" for c in tok.children)
        and not any(c.dep_ in ("prep", "xcomp") for c in tok.children)
    ):
        return None  # "I agree it would be a good idea": an opinion, no agreement with anyone
    if lemma in ("promise", "pledge", "vow") and tok.pos_ == "VERB" and code == "030":
        clauses = [c for c in tok.children if c.dep_ == "ccomp"]
        subjects = {
            x.i for c in clauses for t in c.subtree if t.dep_ in _SUBJECTS for x in t.subtree
        }
        acts = [t for c in clauses for t in c.subtree if t.i not in subjects]
        if clauses and not any(t.pos_ in ("VERB", "NOUN") and _plain_code(t) for t in acts):
            # "Brussels promised that its sanctions would bring the Russian economy to its
            # knees": a claim about an outcome, no intent to act towards anyone
            return None
    if lemma == "sanction" and tok.pos_ == "VERB":
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        subj, passive = _subject(tok)
        if passive and subj is not None:
            objects.append(subj)
        if any(
            o.lemma_.lower() in lexicon.NOUNS or o.lemma_.lower() in lexicon.VERBS for o in objects
        ):
            return None  # "Saudi rulers sanctioned Khashoggi's murder": authorised it
    if lemma in ("arm", "equip") and tok.pos_ == "VERB":
        subj, passive = _subject(tok)
        if (passive or tok.dep_ in ("acl", "acomp")) and _agent(tok) is None:
            return None  # "nations that are armed with missiles": a state, not a delivery
    if lemma in ("seize", "pounce") and tok.pos_ == "VERB":
        for child in tok.children:
            if child.dep_ == "prep" and (
                child.lower_ == "upon"
                or (
                    child.lower_ == "on"
                    and not any(g.ent_type_ in ("DATE", "TIME") for g in child.children)
                )
            ):
                return None  # "Israel seized upon this to send F-16s": took the chance
    if lemma == "threaten" and tok.pos_ == "VERB":
        subj, passive = _subject(tok)
        if subj is not None and not passive and subj.lemma_.lower() in lexicon.WEAPONS:
            return None  # "missiles threaten the bases": a danger, not a threat made
        if (
            passive
            and _agent(tok) is None
            and subj is not None
            and subj.ent_type_ not in ("GPE", "NORP", "ORG", "PERSON")
        ):
            return None  # "the summit is now threatened with cancellation"
    if code[:3] == "204" and tok.pos_ == "VERB":
        used = {
            t.lower_ for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree
        }
        if not used & {
            "chemical",
            "biological",
            "nerve",
            "nuclear",
            "radiological",
            "gas",
            "sarin",
        }:
            return None  # "Israel uses the same argument ... its nuclear arsenal"
    if lemma in ("intervene", "intervention") and not any(
        t.ent_type_ == "GPE"
        for prep in tok.children
        if prep.dep_ == "prep" and prep.lower_ in ("in", "into")
        for t in prep.subtree
    ):
        return None  # "the president intervened in the dispute": no force used on a state
    if (
        lemma in ("refuse", "decline")
        and tok.pos_ == "VERB"
        and any(c.dep_ == "xcomp" and verb_lemma(c) in lexicon.SILENCE_VERBS for c in tok.children)
    ):
        return None  # "the Vatican refused to comment": silence, no rejection of anyone
    if (
        lemma == "deny"
        and tok.pos_ == "VERB"
        and code == "016"
        and any(c.dep_ == "dative" for c in tok.children)
    ):
        return None  # "to deny Iran its dreams of a northern arch": withholding, no denial
    if (
        lemma == "defend"
        and tok.pos_ == "VERB"
        and any(
            c.dep_ == "dobj" and c.lower_ in ("herself", "himself", "itself", "themselves")
            for c in tok.children
        )
    ):
        return "016"  # "Omar defended herself against charges": she denies them
    if lemma == "ask" and tok.pos_ == "VERB" and _asks_a_question(tok):
        return None  # "the host asked the minister whether he would resign": a question
    if (
        lemma in ("help", "assist")
        and tok.pos_ == "VERB"
        and any(c.dep_ == "xcomp" for c in tok.children)
        and not any(c.dep_ in ("dobj", "dative") for c in tok.children)
    ):
        return None  # "this obsession helps explain his anger": no aid to anyone
    if (
        lemma == "repair"
        and tok.pos_ == "VERB"
        and not any(c.dep_ in ("dobj", "nsubjpass") for c in tok.children)
    ):
        return None  # "they repaired inside for talks": they went
    subj = _subject(tok)[0] if lemma == "target" else None
    if lemma == "target" and (
        (
            tok.dep_ == "acl"
            and (
                tok.head.lemma_.lower() in lexicon.NOUNS
                or tok.head.lemma_.lower() in lexicon.MEASURES
            )
        )
        or any(c.dep_ == "prep" and c.lower_ in ("on", "at") for c in tok.children)
        or (tok.dep_ == "advcl" and _infinitive(tok))
        # ("a law that specifically targets transgender people")
        or (subj is not None and subj.lemma_.lower() in lexicon.MEASURES)
    ):
        # "investigations targeting Hezbollah": the noun is the act; "missiles targeted on
        # North Korea": aimed, not fired; "launched from Iran to target U.S. forces": the aim of
        # the act coded at its verb
        return None
    if lemma in lexicon.VERBAL_ATTACKS and code[:2] == "19" and _verbal_attack(tok):
        return "111"
    if (
        lemma in lexicon.FIGURATIVE_FIGHTS
        and code[:2] == "19"
        and not _military_context(tok.sent)
        # ("border clashes", "deadly clashes" are fought with arms)
        and not any(m.lower_ in lexicon.ARMED_MODIFIERS for m in tok.lefts)
    ):
        # "we will fight, and use ever stronger legal tools": a fight of words or in court.
        if lemma in lexicon.FIGURATIVE_CODES:
            return lexicon.FIGURATIVE_CODES[lemma]
        people = [c for c in tok.children if c.dep_ == "dobj" and c.ent_type_ == "PERSON"]
        return "111" if people else None
    if code == "163" and lemma in ("ban", "bar", "prohibition") and _bars_a_person(tok):
        return "172"
    if (
        code == "171"
        and tok.pos_ == "VERB"
        and any(
            c.dep_ == "dobj"
            and (c.ent_type_ in ("GPE", "LOC") or c.lemma_.lower() in lexicon.TERRITORY)
            for c in tok.children
        )
    ):
        return "192"  # "the Taliban seized Kabul": land seized is occupied
    return code


_POSTURE_WORDS = {"deploy", "mobilize", "mobilise", "mass", "exercise", "drill", "patrol"}


def violent(code: str | None) -> bool:
    """Whether a CAMEO code is assault, fighting or mass violence (roots 18 to 20)."""
    return (code or "")[:2] in ("18", "19", "20")


def admits_a_deed(verb) -> bool:
    """Whether a verb admits to a deed ("admitted to aiding al-Qaeda")."""
    return any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pcomp" for g in c.children)
        for c in verb.children
    )


def _asks_restraint(prep) -> bool:
    """Whether an appeal's "for" phrase asks for restraint or calm."""
    return any(
        t.lower_ in lexicon.RESTRAINT or t.lemma_.lower() in lexicon.RESTRAINT for t in prep.subtree
    )


def _asks_a_question(tok) -> bool:
    """Whether "ask" asks a question ("asked whether ...", "asked the question") rather than
    for something."""
    for child in tok.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in ("question", "questions"):
            return True
        if child.dep_ == "prep" and child.lower_ == "about":
            return True  # "Asked about Haley's claim, the ambassador said ...": a question
        if child.dep_ in ("ccomp", "advcl") and any(
            t.lower_ in ("whether", "if", "why", "how", "what", "when", "who", "where")
            for t in child.lefts
        ):
            return True
    return False


def _no_agent(tok) -> bool:
    """ "A ferry sank, killing dozens", "Peru hit by a strong earthquake", "the index
    hit its highest level": nature, accidents and markets are no actors of violence."""
    if tok.pos_ != "VERB":
        return False
    near = [tok] + list(tok.children)
    subj, _ = _subject(tok)
    if subj is not None:
        near.append(subj)
    agent = _agent(tok)
    if agent is not None:
        near.append(agent)
    for child in tok.children:
        if child.dep_ in ("prep", "agent", "dobj"):
            near += [g for g in child.subtree if g.dep_ in ("pobj", "dobj", "compound", "amod")]
    if tok.dep_ == "advcl":
        # "sank ..., killing dozens": the clause it hangs on says what killed
        near.append(tok.head)
        near += [c for c in tok.head.children if c.dep_ in _SUBJECTS]
    return any(
        t.lemma_.lower() in lexicon.NON_AGENTS or t.lower_ in lexicon.NON_AGENTS
        for t in near
        if t != tok
    ) or (tok.dep_ == "advcl" and tok.head.lemma_ == "crash")


def _headline_verb(tok) -> bool:
    """ "Moscow and Minsk pledge closer defence ties": a headline verb the tagger read as the
    noun at the root, with a named actor before it and an object after it."""
    if tok.dep_ != "ROOT" or tok.pos_ not in ("NOUN", "PROPN") or tok.tag_ in ("NNP", "NNPS"):
        return False
    if tok.lemma_.lower() not in lexicon.VERBS:
        return False
    before = [c for c in tok.children if c.i < tok.i and c.dep_ in ("nmod", "compound", "nsubj")]
    after = [c for c in tok.children if c.i > tok.i and c.dep_ in ("dobj", "prep", "pobj")]
    return bool(after) and any(
        c.ent_type_ in ("GPE", "ORG", "NORP", "PERSON") or c.pos_ == "PROPN" for c in before
    )


def _military_context(sent) -> bool:
    """Whether a sentence speaks of arms, forces or bloodshed."""
    return any(
        t.lemma_.lower() in lexicon.MILITARY_WORDS or t.lower_ in lexicon.MILITARY_WORDS
        for t in sent
    )


def _verbal_attack(tok) -> bool:
    """ "former aides attack the senator": an attack on a person or on what they
    say or do, in a sentence with no weapon, force or bloodshed, is a verbal one (CAMEO 111).
    A place attacked ("attack Afrin") stays material."""
    if any(
        g.lemma_.lower() in lexicon.ABSTRACTIONS
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in ("on", "against")
        for g in c.children
        if g.dep_ == "pobj"
    ) or (
        tok.pos_ == "VERB"
        and any(c.dep_ == "dobj" and c.lemma_.lower() in lexicon.ABSTRACTIONS for c in tok.children)
    ):
        return True  # "a blatant attack on the sovereignty of Syria": words, not arms
    if _military_context(tok.sent):
        return False
    if tok.lemma_.lower() in lexicon.VERBAL_UNLESS_ARMED:
        return True  # "Orban targeted Germany and Merkel's policy": nothing armed, words
    subj, passive = _subject(tok) if tok.pos_ == "VERB" else (None, False)
    if (
        tok.pos_ != "VERB"
        and tok.dep_ == "nsubj"
        and tok.head.lemma_.lower() == "come"
        and any(role_lexicon.role_of(g.lemma_) == "MED" for g in _whence(tok.head))
    ):
        return True  # "the attacks have been coming from journalists": the press, in words
    if subj is not None and not passive:
        if role_lexicon.role_of(subj.lemma_) == "MED":
            return True  # "journalists attacked the senator"
        heads = [subj] + [
            g for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
        ]
        if any(h.lemma_.lower() in lexicon.SPEECH_SOURCES for h in heads):
            return True  # "a string of lectures attacking Chile"
    objects = [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in ("on", "against")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if tok.pos_ == "VERB":
        objects += [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    elif any(
        c.dep_ in ("amod", "poss", "compound")
        and (c.ent_type_ in ("NORP", "GPE") or country_lexicon.lookup(c.text))
        for c in tok.children
    ):
        return False  # "the Russian attacks": a state's attacks are its forces'
    for obj in objects:
        if (
            obj.ent_type_ in ("GPE", "LOC", "FAC")
            or obj.lemma_.lower() in lexicon.PLACE_WORDS
            or country_lexicon.lookup(obj.text)
        ):
            return False
    # Only a person, a group of people or what they say or do is attacked in words ("attack
    # the senator", "attacks on his record"); an attack on a thing we cannot tell stays
    # material.
    return any(
        obj.ent_type_ in ("PERSON", "NORP")
        or obj.text.lower() in role_lexicon.PEOPLE
        or obj.pos_ == "PRON"
        or obj.lemma_.lower() in lexicon.SPEECH_WORDS
        or role_lexicon.role_of(obj.lemma_) is not None
        for obj in objects
    )


def _snub(tok, lemma: str, code: str) -> str:
    """ "pulls out of a Saudi investment conference", "had withdrawn in protest": a snub that
    reduces relations (CAMEO 16), not troops pulled back (087)."""
    if code == "087" and tok.pos_ == "VERB" and lemma in ("withdraw", "pull"):
        words = _phrase_words(tok)
        if words & (lexicon.GATHERINGS | lexicon.AGREEMENT) or "protest" in words:
            return "160"  # (leaving an accord reduces relations too, as "scrap" does)
    return code


def _name_calling(tok) -> str | None:
    """ "Assad has called BSF members 'traitors'", "labelled the group terrorists": naming a
    party with an insult is a verbal attack (CAMEO 111)."""
    # (an infinitive is what is called for, not a name: "calls to bring out the workers")
    names = [
        c
        for c in tok.children
        if c.dep_ in ("oprd", "xcomp", "attr")
        and not any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
    ]
    names += [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "as"
        for g in c.children
        if g.dep_ in ("pobj", "amod", "acomp")  # ("referred to it as shocking")
    ]
    # ("brand" and "label" always name; "called BSF members traitors" may parse as one object)
    names += [
        c
        for c in tok.children
        if c.dep_ == "dobj" and (tok.lemma_.lower() in ("brand", "label", "dub") or c.i > tok.i + 1)
    ]
    # ("called America the Great Satan" may parse the name as the object's apposition)
    names += [g for c in tok.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "appos"]
    for name in names:
        words = {t.lemma_.lower() for t in name.subtree} | {t.lower_ for t in name.subtree}
        if words & lexicon.INSULTS:
            return "111"
    return None


def _bars_a_person(tok) -> bool:
    """ "banned from entering Britain", "a ban on the cleric from entering": barring a person from a
    country or an activity is an administrative sanction (CAMEO 172), not an embargo."""
    if tok.pos_ == "VERB":
        words = _phrase_words(tok)
        subj, passive = _subject(tok)
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        if passive and subj is not None:
            objects.append(subj)
    else:
        words = {t.lower_ for t in tok.subtree if t.i > tok.i}
        objects = [
            g
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "on"
            for g in c.children
            if g.dep_ == "pobj"
        ]
    if words & {"entering", "entry", "enter", "visa", "visas", "preaching", "speaking"}:
        return True
    if tok.pos_ == "VERB" and any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children):
        return True  # "the contractors were banned from the base"
    return any(
        o.ent_type_ == "PERSON"
        or o.lower_ in ("i", "he", "she", "him", "her", "me")
        or o.lemma_.lower() in lexicon.PERSON_NOUNS
        for o in objects
    )


def _subject_is_event(verb) -> bool:
    """ "The air strikes killed dozens", "a wave of Russian strikes hit Ukrainian cities": the
    subject is the event, and the verb only says what it did."""
    subj, passive = _subject(verb)
    if verb.dep_ == "acl" or subj is None or passive:
        return False
    if subj.pos_ in ("NOUN", "NUM"):
        for prep in subj.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                inner = [c for c in prep.children if c.dep_ == "pobj"]
                if inner and inner[0].pos_ == "NOUN" and inner[0].lemma_.lower() in lexicon.NOUNS:
                    return True
    return subj.pos_ == "NOUN" and subj.lemma_.lower() in lexicon.NOUNS
