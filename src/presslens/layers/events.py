"""Events: who did what to whom, coded in CAMEO with quad class, Goldstein and PLOVER.

The coder reads the dependency parse, not a constituency tree:

* a trigger is a verb (or, with our lexicon, an event noun: "the Saudi air strikes on Sanaa");
* its source is the actor in the subject (climbing ``xcomp``/``conj``/``advcl`` for a shared
  subject, the modified noun for a participle), the ``by`` phrase of a passive, or the
  possessive/adjective of an event noun; compound subjects give one event each;
* its target is the first actor in the trigger's own phrase after it (objects and
  prepositional objects, clauses of their own left out), the subject of a passive, or the
  object of an event noun's preposition;
* the code comes from PETRARCH verb patterns when ``Options.dictionaries`` holds a verb file
  (``*`` verb, ``$`` source, ``+`` target, synonym sets), and from our lexicon
  (``presslens.knowledge.lexicon``) unless ``options.extra["events"]["builtin"]`` is False;
* modality comes from negation, the verb that governs the trigger ("failed to", "threatened
  to", "plans to"), adjectives on event nouns ("the botched putsch") and conditionals;
* ``attributed_to`` is the speaker when the trigger lies inside a quote, the account when it
  lies inside an embedded post, else the author;
* ``date`` is the nearest resolved date in the sentence (``date_basis="text"``), else the
  article's ``published`` date (``"published"``), else none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from presslens.knowledge import cameo, lexicon, petrarch
from presslens.knowledge import countries as country_lexicon
from presslens.knowledge import roles as role_lexicon
from presslens.model import Article, Attribution, Event, Location, Span

REQUIRES = ("actors", "dates")
ASSIGNS = ("events",)

_SUBJECTS = {"nsubj", "csubj"}
_PASSIVE_SUBJECTS = {"nsubjpass", "csubjpass"}
# Children whose subtrees are clauses of their own: not part of a trigger's object window.
_CLAUSES = {"ccomp", "advcl", "relcl", "parataxis", "csubj"}
#: verbs whose clause names the one helped as its subject ("help Syria rebuild the grid")
_HELPING = {"help", "assist", "enable"}
_CLIMB = {"xcomp", "conj", "acomp", "advcl", "ccomp", "pcomp", "oprd"}
_CONDITIONAL = {"if", "unless"}
_HYPOTHETICAL_AUX = {"would", "could", "might", "may", "can", "should", "ought"}
_FUTURE_AUX = {"will", "shall", "'ll"}
_LOCATIVE = {"in", "at", "near", "inside", "outside", "across", "along", "during"}
_RELATIVE = {"which", "who", "that", "whom"}
# Means an actor uses to act ("use harsh language to attack", "sent troops to crush"): the
# user of the means is who acts in the infinitive that follows.
_MEANS = {
    "language",
    "word",
    "words",
    "rhetoric",
    "tool",
    "tools",
    "means",
    "power",
    "powers",
    "money",
    "funds",
    "troops",
    "forces",
    "weapons",
    "influence",
    "platform",
    "position",
    "office",
    "authority",
    "opportunity",
    "chance",
    "occasion",
    "speech",
    "letter",
    "statement",
    "interview",
    "tweet",
    "tweets",
    "time",
    "step",
    "steps",
    "measures",
}
_REPORTING = {"say", "tell", "announce", "report", "state", "add", "note", "claim"}


@dataclass
class ActorSpan:
    start: int  # token, inclusive
    end: int  # token, exclusive
    actor: str | None
    code: str


@dataclass
class Coded:
    """A coding decision before it becomes an Event."""

    trigger: int
    trigger_end: int
    code: str
    source: ActorSpan | None
    target: ActorSpan | None
    modality: str
    pattern: str = ""


# --- actor mentions as token spans ----------------------------------------------------


def actor_spans(article: Article, doc) -> list[ActorSpan]:
    """The article's actor mentions as token spans of the parse, outermost first."""
    out: list[ActorSpan] = []
    for actor in article.actors:
        for m in actor.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                out.append(ActorSpan(span.start, span.end, actor.id, actor.code))
    out.sort(key=lambda a: (a.start, -(a.end - a.start)))
    return out


def _outermost(spans: list[ActorSpan]) -> list[ActorSpan]:
    out: list[ActorSpan] = []
    for s in spans:
        if out and s.start < out[-1].end:
            continue
        out.append(s)
    return out


# --- syntax helpers -------------------------------------------------------------------


def _subject(verb):
    """The subject token of a verb (climbing shared-subject links), and whether it is passive."""
    subj, passive = _shared_subject(verb)
    if (
        subj is not None
        and not passive
        and subj.head is not verb
        and any(c.dep_ == "auxpass" for c in verb.children)
        and not any(c.dep_ in ("dobj", "dative") for c in subj.head.children)
    ):
        # (but "ordered 700 marines to be deployed": the orderer acts on the soldiers)
        # "Cuba will go on being denied credit": the borrowed subject undergoes the act.
        passive = True
    return subj, passive


def _shared_subject(verb):
    tok = verb
    for _ in range(6):
        for child in tok.children:
            if child.dep_ in ("aux", "auxpass"):
                # A parse that hangs the subject on the auxiliary ("The Philippines was
                # criticized" with "was" as the subject's head).
                for grand in child.children:
                    if grand.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS:
                        return grand, child.dep_ == "auxpass" or grand.dep_ in _PASSIVE_SUBJECTS
            if child.dep_ in _SUBJECTS:
                if tok.dep_ == "relcl" and child.lower_ in _RELATIVE:
                    # "Mali and Burkina Faso, which have expelled French troops"
                    return tok.head, False
                return child, False
            if child.dep_ in _PASSIVE_SUBJECTS:
                if tok.dep_ == "relcl" and child.lower_ in _RELATIVE:
                    # "bloggers who were banned by May": the bloggers undergo it.
                    return tok.head, True
                return child, True
        if tok.dep_ == "ROOT" and tok.pos_ in ("NOUN", "PROPN"):
            # A headline verb read as a noun: the name before it is its subject.
            before = [
                c for c in tok.children if c.i < tok.i and c.dep_ in ("nmod", "compound", "nsubj")
            ]
            if before:
                return before[0], False
        if tok.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            # "an attempt to overthrow the president": the attempt is not who acts; its owner
            # is ("Trump's plan to ...", "US efforts to ..."), else nobody named.
            owner = next(
                (
                    c
                    for c in tok.head.children
                    if c.dep_ in ("poss", "compound", "amod")
                    and c.i < tok.head.i
                    and (c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"))
                ),
                None,
            )
            if owner is None and tok.head.dep_ == "dobj" and (tok.head.lemma_.lower() in _MEANS):
                # "used harsh words to attack the senator": who uses the means acts.
                tok = tok.head.head
                continue
            return owner, False
        if (
            tok.dep_ in ("acl", "relcl")
            and tok.head.dep_ == "dobj"
            and (tok.head.lemma_.lower() in _MEANS)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        ):
            tok = tok.head.head
            continue
        if tok.dep_ == "acl" or (tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN")):
            return tok.head, False
        if tok.dep_ in _CLIMB and tok.head is not tok:
            tok = tok.head
            continue
        break
    return None, False


def _own_agent(verb):
    for child in verb.children:
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def _agent(verb):
    """The "by" phrase of a passive verb, or of the passive verbs it is coordinated with
    ("was tortured and killed by Saudi agents": both by the agents)."""
    own = _own_agent(verb)
    if own is not None or verb.tag_ != "VBN":
        return own
    for conj in verb.children:
        if conj.dep_ == "conj" and conj.tag_ == "VBN" and conj.i > verb.i:
            later = _agent(conj)
            if later is not None:
                return later
    if verb.dep_ == "conj" and verb.head.tag_ == "VBN":
        return _own_agent(verb.head)
    return None


def _window(verb, exclude_subtree_of=None) -> list[int]:
    """Token indices of the verb's own phrase after the verb, clauses of their own left out."""
    out: list[int] = []
    stack = [c for c in verb.children if c.i > verb.i]
    while stack:
        tok = stack.pop()
        if tok.dep_ in _CLAUSES or (tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX")):
            own_subject = any(c.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS for c in tok.children)
            # "signed an accord to supply Gondor": a purpose infinitive is part of the phrase.
            if not (
                tok.dep_ == "advcl"
                and not own_subject
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            ):
                if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in _HELPING:
                    # "help Syria rebuild the grid": the one helped is in the helping phrase
                    for c in tok.children:
                        if c.dep_ in _SUBJECTS:
                            out.extend(t.i for t in c.subtree)
                continue
        if tok.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS:
            continue
        if tok.dep_ == "prep" and tok.lower_ == "as":
            continue  # "denounced as a Kremlin stooge": what he is called, not a target
        out.append(tok.i)
        stack.extend(tok.children)
    return sorted(out)


def _spans_in(tokens: set[int], spans: list[ActorSpan]) -> list[ActorSpan]:
    return [s for s in spans if any(k in tokens for k in range(s.start, s.end))]


# Verbs of taking by force: "from" names the side that loses ("seized the field from ISIS").
_TAKING = {"seize", "capture", "take", "grab", "wrest", "confiscate", "retake", "recapture"}

_TARGET_PREPS = {
    "to",
    "with",
    "against",
    "on",
    "for",
    "between",
    "toward",
    "towards",
    "at",
    "about",
    "over",
    "into",
}


# Quantifiers that pick some of a group: "some of them", "many of us".
_SOME = {"some", "many", "most", "several", "one", "two", "all", "few", "none", "dozens"}


def _subject_actors(
    subj, spans: list[ActorSpan], _cross_sentence: bool = False, keep_appos: bool = False
) -> list[ActorSpan]:
    """The actors a subject names: every actor in its phrase, clauses, appositions and
    target-like prepositional phrases ("the envoy to Kyiv") left out; a pronoun with no actor
    of its own stands for the subject of the clause it depends on ("Ethiopia indicated it
    would act")."""
    skip: set[int] = set()
    skipped = _CLAUSES | {"acl"} if keep_appos else _CLAUSES | {"appos", "acl"}
    for tok in subj.subtree:
        if tok.dep_ in skipped or (tok.dep_ == "prep" and tok.lower_ in _TARGET_PREPS):
            skip.update(t.i for t in tok.subtree)
    inside = {t.i for t in subj.subtree} - skip
    # "the French consulate in Lagos": the place an office sits in is not who acts, when the
    # phrase names the office's own state ("officials in Fornost" have only the place).
    placed = {
        t.i
        for tok in subj.subtree
        if tok.dep_ == "prep" and tok.lower_ in ("in", "at", "near", "inside")
        for t in tok.subtree
    }
    found = _outermost(_spans_in(inside - placed, spans)) or _outermost(_spans_in(inside, spans))
    if len(found) > 1:
        # "President Bashar Assad of Syria": the country that qualifies a coded actor is no
        # second actor.
        heads = {k for f in found for k in range(f.start, f.end)}
        found = [
            f
            for f in found
            if not any(
                t.dep_ == "pobj"
                and t.head.lower_ in ("of", "from")
                and t.head.head.i in heads
                and t.head.head.i not in range(f.start, f.end)
                and not any(
                    g.code[:3] != f.code[:3] and g.start <= t.head.head.i < g.end for g in found
                )
                for t in subj.doc[f.start : f.end]
            )
        ]
    if not found:
        # "Old foes, Gondor and Osgiliath": the apposition names the actors (a clause on the
        # subject names others: "the words to attack the senator").
        clauses = {
            t.i for tok in subj.subtree if tok.dep_ in _CLAUSES | {"acl"} for t in tok.subtree
        }
        found = _outermost(_spans_in({t.i for t in subj.subtree} - clauses, spans))
    if not found and subj.lower_ in _SOME and not _cross_sentence:
        # "some of them tried to set fire to its gates": who "them" are
        of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        them = next((g for g in of.children if g.lower_ in ("them", "us")), None) if of else None
        if them is not None:
            governor = subj.head
            for _ in range(2):
                outer, passive = _subject(governor)
                if (
                    outer is not None
                    and outer.i != subj.i
                    and outer.lower_ not in _SOME
                    and not passive
                ):
                    return _subject_actors(outer, spans, _cross_sentence=True)
                if governor.head is governor:
                    break
                governor = governor.head
    if not found and subj.pos_ == "PRON" and subj.lower_ in ("it", "they", "he", "she"):
        # "While Israel chose not to take sides, it has bombed convoys": the subject of a
        # subordinate clause before the pronoun, in the same sentence.
        verb = subj.head
        for clause in verb.children:
            if clause.dep_ == "advcl" and clause.i < subj.i:
                inner, inner_passive = _subject(clause)
                if inner is not None and inner.pos_ != "PRON" and not inner_passive:
                    earlier = _subject_actors(inner, spans, _cross_sentence=True)
                    if earlier:
                        return earlier
    if not found and subj.pos_ == "PRON" and subj.lower_ in ("it", "they", "he", "she", "we"):
        governor = subj.head
        while governor.dep_ in _CLIMB | {"ccomp"} and governor.head is not governor:
            outer, passive = _subject(governor.head)
            if outer is not None and outer is not subj and not passive:
                return _subject_actors(outer, spans)
            governor = governor.head
        if not _cross_sentence:
            # "They were trying to aid Iran": the subject of the sentences just before.
            sent = subj.sent
            for _ in range(2):
                if sent.start == 0:
                    break
                sent = subj.doc[sent.start - 1].sent
                outer, passive = _subject(sent.root)
                if outer is None:
                    # "Consider the farmers of Poland, who blocked ... They marched": an
                    # imperative's object is who the next sentence speaks of.
                    outer = next((c for c in sent.root.children if c.dep_ == "dobj"), None)
                if outer is not None and not passive:
                    earlier = _subject_actors(outer, spans, _cross_sentence=True)
                    if earlier:
                        return earlier
    return found


def _actors_of_phrase(head, spans: list[ActorSpan]) -> list[ActorSpan]:
    """The actors a noun phrase names: its own mention, or each conjunct's."""
    heads = [head]
    for tok in head.subtree:
        if tok.dep_ == "conj" and tok.head.i in {h.i for h in heads}:
            heads.append(tok)
    out: list[ActorSpan] = []
    for h in heads:
        own = [s for s in spans if s.start <= h.i < s.end]
        if own:
            out.append(own[0])
            continue
        # "soldiers from Gondor", "officials in Fornost": the first actor inside the phrase.
        inside = {t.i for t in h.subtree if not (t.dep_ == "conj" and t.head.i == h.i)}
        inside -= {t.i for c in h.children if c.dep_ in _CLAUSES for t in c.subtree}
        found = _outermost(_spans_in(inside, spans))
        if found:
            out.append(found[0])
    seen: set[int] = set()
    unique = []
    for s in out:
        if id(s) not in seen:
            unique.append(s)
            seen.add(id(s))
    return unique


def _yes_no_question(sent) -> bool:
    """ "Would Washington fight a new war?", "What if Baghdad refuses?": a yes/no or what-if
    question asks whether something happens; it reports nothing (a wh-question such as "why
    did Moscow invade?" still presupposes its act)."""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if not words or not sent.text.rstrip(" \n\"'”’)").endswith("?"):
        return False
    first = words[0]
    if first.lower_ == "what" and len(words) > 1 and words[1].lower_ == "if":
        return True
    return first.pos_ == "AUX" or first.tag_ == "MD"


def _modality(trigger) -> str:
    """Modality from negation, governing verbs, auxiliaries and conditionals."""
    if _yes_no_question(trigger.sent):
        return "hypothetical"
    if trigger.dep_ == "compound" and trigger.head.lemma_.lower() in _ATTEMPTS:
        # "a failed coup attempt", "a foiled assassination plot": tried, and maybe failed
        attempt = trigger.head
        for child in attempt.children:
            if child.dep_ == "amod" and child.lower_ in lexicon.MODALITY_ADJECTIVES:
                return lexicon.MODALITY_ADJECTIVES[child.lower_]
        governor = attempt.head
        if (
            attempt.dep_ in ("dobj", "nsubjpass")
            and governor.lemma_.lower() in lexicon.MODALITY_VERBS
        ):
            mode = lexicon.MODALITY_VERBS[governor.lemma_.lower()]
            if mode == "failed":
                return "failed"  # "Belarus foiled a coup attempt"
        return "attempted"
    tok = trigger
    for child in trigger.children:
        if child.dep_ == "neg" and not (
            child.i + 1 < len(child.doc) and child.nbor(1).lower_ in ("before", "until", "only")
        ):
            # ("but not before the Iranians stole ..." happened)
            return "negated"
        if child.dep_ == "amod" and child.lower_ in lexicon.MODALITY_ADJECTIVES:
            return lexicon.MODALITY_ADJECTIVES[child.lower_]
    if (
        trigger.dep_ == "xcomp"
        or (
            trigger.dep_ == "ccomp"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
        )
    ) and any(c.dep_ == "neg" for c in trigger.head.children):
        return "negated"  # "it did not allow Iran to send funds", "never tried to attack"
    if trigger.pos_ == "VERB" and any(
        c.dep_ == "dobj" and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children)
        for c in trigger.children
    ):
        return "negated"  # "have provided no video or other evidence"
    if trigger.dep_ in ("acl", "relcl") and any(
        c.dep_ == "det" and c.lower_ == "no" for c in trigger.head.children
    ):
        return "negated"  # "no new causes for Trump to abandon the deal"
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in trigger.children) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children
    ):
        return "hypothetical"  # "causes for Trump to abandon the deal": a for-to clause
    governor = trigger.head
    if trigger.dep_ in ("xcomp", "pcomp", "dobj", "ccomp", "conj"):
        while governor.dep_ == "conj" and governor.head is not governor:
            governor = governor.head
        if governor.lemma_.lower() == "rule" and any(
            c.dep_ == "prt" and c.lower_ == "out" for c in governor.children
        ):
            return "negated"  # "has ruled out cancelling or suspending arms deals"
    if (
        trigger.dep_ in ("acl", "xcomp")
        and trigger.head.lemma_.lower() in lexicon.REFUSALS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
    ):
        return "negated"  # "the administration's reluctance to condemn the Saudi government"
    if (
        trigger.dep_ == "acl"
        and trigger.head.lemma_.lower() in lexicon.PLANS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
        and not _aim_only(trigger)
    ):
        return "planned"  # "examining a new plan to help Iranians"
    if (
        trigger.pos_ in ("NOUN", "PROPN")
        and trigger.dep_ == "pobj"
        and trigger.head.lower_ == "of"
        and trigger.head.head.lemma_.lower() in lexicon.PROSPECTS
    ):
        return "hypothetical"  # "estimates of the cost of a US invasion", "the risk of war"
    for _ in range(3):
        if tok.dep_ in ("xcomp", "dobj", "pobj", "ccomp") and tok.head is not tok:
            head = tok.head
            if tok.dep_ == "xcomp" and head.lemma_.lower() == "go" and head.tag_ == "VBG":
                return "planned"  # "an army is going to occupy the border"
            if head.lemma_.lower() in lexicon.MODALITY_VERBS and head.i != trigger.i:
                mode = lexicon.MODALITY_VERBS[head.lemma_.lower()]
                if any(c.dep_ == "neg" for c in head.children):
                    return "negated"
                return mode
            if tok.dep_ == "pobj":
                tok = head
                continue
        break
    if _aim_only(trigger):
        return "hypothetical"
    head = trigger
    for _ in range(3):
        if any(c.dep_ == "advmod" and c.lower_ in _GUESSES for c in head.children):
            return "hypothetical"  # "Ruritania will probably keep threatening Chile"
        if head.dep_ not in ("xcomp", "conj") or head.head is head:
            break
        head = head.head
    if trigger.pos_ == "VERB":
        subj = next((c for c in trigger.children if c.dep_ in _SUBJECTS), None)
        if subj is not None and (
            subj.lower_ in ("nobody", "none", "neither", "nothing")
            or any(
                c.dep_ in ("det", "preconj") and c.lower_ in ("no", "neither")
                for c in subj.children
            )
        ):
            return "negated"  # "Neither Chile nor any neighbour had ever attacked"
    if (
        trigger.pos_ in ("NOUN", "PROPN")
        and trigger.dep_ == "attr"
        and any(c.dep_ == "neg" for c in trigger.head.children)
    ):
        return "negated"  # "Chile is no threat to Peru"
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "pobj":
        # "no word of this threat", "had no appetite for a war": nothing done
        holder = trigger.head.head
        if holder.pos_ == "NOUN" and any(
            c.dep_ == "det" and c.lower_ == "no" for c in holder.children
        ):
            return "negated"
    holders = [trigger]
    if (
        trigger.dep_ == "xcomp"
        or (
            trigger.dep_ == "advcl"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
        )
    ) and trigger.head.pos_ in ("VERB", "AUX"):
        # "Iran will continue to be denied access", "the administration can work to assist"
        holders.append(trigger.head)
    for child in (c for h in holders for c in h.children):
        if child.dep_ == "mark" and child.lower_ in _CONDITIONAL:
            return "hypothetical"
        if child.dep_ == "aux" and child.lower_ in _HYPOTHETICAL_AUX:
            if (
                child.lower_ == "would"
                and trigger.dep_ == "ccomp"
                and trigger.head.lemma_.lower() in _REPORTING
            ):
                return "planned"  # "said it would seek aid": a reported plan
            return "hypothetical"
        if child.dep_ == "aux" and child.lower_ in _FUTURE_AUX:
            return "planned"
    if trigger.dep_ == "advcl":
        for child in trigger.children:
            if child.dep_ == "mark" and child.lower_ in _CONDITIONAL:
                return "hypothetical"
    if (
        trigger.dep_ in _SUBJECTS
        and trigger.pos_ == "NOUN"
        and any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL_AUX for c in trigger.head.children)
    ):
        return "hypothetical"  # "an armed attack would trigger the treaty"
    if (
        trigger.dep_ == "conj"
        and trigger.pos_ == "VERB"
        and trigger.head.pos_ == "VERB"
        and not any(
            c.dep_ in ("aux", "auxpass", "neg") or c.dep_ in _SUBJECTS for c in trigger.children
        )
    ):
        # "Why wouldn't they arrest ... or prosecute him": a conjunct shares its verb's mood
        return _modality(trigger.head)
    return "asserted"


# Verbs of aspect whose tense and mood their complement shares ("will continue to deny").
_ASPECTUAL = {"continue", "begin", "start", "keep", "resume", "remain", "go on"}

_GUESSES = {"probably", "likely", "perhaps", "possibly", "maybe", "presumably", "supposedly"}
_AIMS = {
    "objective",
    "objectives",
    "goal",
    "goals",
    "aim",
    "aims",
    "intention",
    "intentions",
    "purpose",
    "mission",
    "wish",
    "dream",
    "hope",
    "ambition",
    "plan",
    "plans",
    "task",
}


def _aim_only(trigger) -> bool:
    """ "Ruritania's aims were to crush Chile", "the plan to topple the junta": an aim
    is not yet an act."""
    if (
        trigger.dep_ == "acl"
        and trigger.head.lower_ in _AIMS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
    ):
        return True
    tok = trigger
    for _ in range(3):
        if tok.dep_ == "conj":
            tok = tok.head
            continue
        break
    if tok.dep_ not in ("xcomp", "advcl", "ccomp", "attr") or tok.head.lemma_ != "be":
        return False
    subj = next((c for c in tok.head.children if c.dep_ in _SUBJECTS), None)
    return subj is not None and subj.lower_ in _AIMS


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
        elif subj.lower_ in lexicon.AIR | lexicon.MILITARY_AID | {"drum", "drums"}:
            words.add(subj.lower_)
    return words


def _plain_code(tok) -> str | None:
    """The lexicon's code for a word alone, without the checks of ``_lexicon_code``."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in lexicon.VERBS:
        default, qualifiers = lexicon.VERBS[lemma]
        return _qualified(_phrase_words(tok), default, qualifiers)
    if tok.pos_ == "NOUN" and lemma in lexicon.NOUNS:
        return lexicon.NOUNS[lemma][0]
    return None


def _lexicon_code(tok) -> str | None:
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB":
        for child in tok.children:
            phrasal = lexicon.PHRASAL.get((lemma, child.lower_))
            if phrasal and child.dep_ in ("prt", "dobj", "prep", "advmod"):
                if phrasal == "172" and any(
                    c.dep_ in ("dobj", "nsubjpass") and c.lower_ in lexicon.NOT_SANCTIONED
                    for c in tok.children
                ):
                    return None  # "the inquiries were shut down": nobody is sanctioned
                return _snub(tok, lemma, phrasal)
    if tok.pos_ == "VERB" and lemma == "protest":
        subj, _ = _subject(tok)
        if subj is not None and (
            subj.ent_type_ in ("GPE", "ORG")
            or subj.lemma_.lower()
            in ("government", "ministry", "embassy", "ambassador", "minister")
        ):
            return "114"  # "Beijing protested to Washington": an official complaint
    code = None
    if (tok.pos_ == "VERB" or _headline_verb(tok)) and lemma in lexicon.VERBS:
        default, qualifiers = lexicon.VERBS[lemma]
        words = _phrase_words(tok)
        if lemma == "rule":
            # "ruled that China's claims had no legal basis": the finding is the clause
            words |= {t.lower_ for c in tok.children if c.dep_ == "ccomp" for t in c.subtree}
        code = _qualified(words, default, qualifiers)
    elif tok.pos_ in ("NOUN", "PROPN") and lemma in lexicon.NOUNS:
        default, qualifiers = lexicon.NOUNS[lemma]
        words = {t.lower_ for t in tok.lefts} | {t.lemma_.lower() for t in tok.lefts}
        words |= {t.lower_ for t in tok.subtree if t.i < tok.i}
        code = _qualified(words, default, qualifiers)
    if code is None and tok.pos_ == "VERB" and lemma in lexicon.NAMING_VERBS:
        code = _name_calling(tok)
    if code is None:
        return None
    if code[:2] in ("18", "19", "20") and _no_agent(tok):
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
    if lemma == "ask" and tok.pos_ == "VERB" and _asks_a_question(tok):
        return None  # "the host asked the minister whether he would resign": a question
    if (
        lemma in ("help", "assist")
        and tok.pos_ == "VERB"
        and any(c.dep_ == "xcomp" for c in tok.children)
        and not any(c.dep_ in ("dobj", "dative") for c in tok.children)
    ):
        return None  # "this obsession helps explain his anger": no aid to anyone
    if lemma in lexicon.VERBAL_ATTACKS and code[:2] == "19" and _verbal_attack(tok):
        return "111"
    if lemma in lexicon.FIGURATIVE_FIGHTS and code[:2] == "19" and not _military_context(tok.sent):
        # "we will fight, and use ever stronger legal tools": a fight of words or in court.
        people = [c for c in tok.children if c.dep_ == "dobj" and c.ent_type_ == "PERSON"]
        return "111" if people else None
    if code == "163" and lemma in ("ban", "bar", "prohibition") and _bars_a_person(tok):
        return "172"
    return code


_COGNITION = {
    "anticipate",
    "expect",
    "hope",
    "believe",
    "think",
    "predict",
    "fear",
    "doubt",
    "suspect",
    "imagine",
    "guess",
    "assume",
    "wonder",
    "speculate",
}


_STATING = _REPORTING | {"vow", "pledge", "promise", "declare", "insist", "warn"}


def _only_able(tok) -> bool:
    """ "Chile can work to assist Peru": ability or possibility, not an expressed intent."""
    holders = [tok]
    if tok.dep_ in ("xcomp", "advcl") and tok.head is not tok:
        holders.append(tok.head)
    return any(
        c.dep_ == "aux" and c.lower_ in ("can", "could", "may", "might")
        for h in holders
        for c in h.children
    )


def _stated_intent(tok) -> bool:
    """Whether a future act is announced by its own doer: said in the first person ("we will
    come to Manbij"), or in a clause reported from the one who will do it ("Ankara said it would
    strike")."""
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("vow", "pledge", "promise", "swear"):
        return True  # "Hamas vowed to wage war on Israel"
    subj = next((c for c in tok.children if c.dep_ in _SUBJECTS), None)
    head = tok
    while head.dep_ == "conj" and head.head is not head and subj is None:
        head = head.head
        subj = next((c for c in head.children if c.dep_ in _SUBJECTS), None)
    if subj is None:
        return False
    if subj.lower_ in ("we", "i"):
        return True
    if head.dep_ == "ccomp" and head.head.lemma_.lower() in _STATING:
        speaker, _ = _subject(head.head)  # (shared with a coordinated verb: "ordered ... and said")
        return speaker is not None and (
            subj.pos_ == "PRON" or subj.lower_ == speaker.lower_ or subj.text in speaker.text
        )
    return False


def _conditional(tok) -> bool:
    """ "Even if Chad were arming the rebels": a condition is no intent."""
    head = tok
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL for c in head.children):
            return True
        if head.dep_ not in ("conj", "xcomp") or head.head is head:
            return False
        head = head.head
    return False


def _predicted(tok) -> bool:
    """ "the premier said he expected that partners would help him": what someone expects others
    to do is a prediction, not their stated intent."""
    head = tok
    for _ in range(3):
        if head.dep_ not in ("ccomp", "conj") or head.head is head:
            return False
        head = head.head
        if head.lemma_.lower() in _COGNITION and head.dep_ != "xcomp":
            return True
    return False


_POSTURE_WORDS = {"deploy", "mobilize", "mobilise", "mass", "exercise", "drill", "patrol"}


def _asks_a_question(tok) -> bool:
    """Whether "ask" asks a question ("asked whether ...", "asked the question") rather than
    for something."""
    for child in tok.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in ("question", "questions"):
            return True
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
        if t is not tok
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
    subj, passive = _subject(tok) if tok.pos_ == "VERB" else (None, False)
    if subj is not None and not passive:
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
        if words & lexicon.GATHERINGS or "protest" in words:
            return "160"
    return code


def _name_calling(tok) -> str | None:
    """ "Assad has called BSF members 'traitors'", "labelled the group terrorists": naming a
    party with an insult is a verbal attack (CAMEO 111)."""
    names = [c for c in tok.children if c.dep_ in ("oprd", "xcomp", "attr")]
    names += [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "as"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    # ("brand" and "label" always name; "called BSF members traitors" may parse as one object)
    names += [
        c
        for c in tok.children
        if c.dep_ == "dobj" and (tok.lemma_.lower() in ("brand", "label", "dub") or c.i > tok.i + 1)
    ]
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
        o.ent_type_ == "PERSON" or o.lower_ in ("i", "he", "she", "him", "her", "me")
        for o in objects
    )


# Nouns an event noun can modify as the thing tried ("coup attempt", "assassination plot").
_ATTEMPTS = {"attempt", "plot", "bid", "try"}


def _noun_roles(noun, spans: list[ActorSpan]):
    """Source and target of an event noun: possessive/adjective/"by" and its preposition."""
    source = None
    targets: list[ActorSpan] = []
    if noun.dep_ == "compound" and noun.head.lemma_.lower() in _ATTEMPTS:
        # "a failed coup attempt against the president": the attempt carries the parties
        noun = noun.head
    left = {t.i for t in noun.subtree if t.i < noun.i}
    own = _outermost(_spans_in(left, spans))
    if (
        own
        and noun.lemma_.lower() in lexicon.PATIENT_NOUNS
        and any(c.dep_ == "poss" and own[0].start <= c.i < own[0].end for c in noun.children)
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
            if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
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
    return source, targets


# --- PETRARCH verb patterns ----------------------------------------------------------------


def _match_elements(elements, tokens, uppers, lemmas, dicts, spans_at, start_pos, reverse=False):
    """Match pattern elements over ``tokens`` (in order); returns (ok, slots)."""
    pos = start_pos
    slots: dict[str, int] = {}
    n = len(tokens)
    for el in elements:
        if el.kind == "skip":
            # "^" passes over one noun phrase: up to and including the next noun.
            k = pos
            while k < n and uppers[tokens[k]] in ("THE", "A", "AN", "THEIR", "ITS", "HIS", "HER"):
                k += 1
            while (
                k < n
                and uppers[tokens[k]][:1].isalpha()
                and (
                    k + 1 < n
                    and uppers[tokens[k + 1]]
                    not in ("OF", "ABOUT", "TO", "WITH", "FROM", "ON", "IN", "AT", "FOR", "BY")
                )
            ):
                k += 1
            pos = min(k + 1, n)
            continue
        if el.kind in ("source", "target", "compound"):
            # The slot is the next actor at or after this point.
            k = pos
            while k < n and tokens[k] not in spans_at:
                if el.adjacent and k > pos:
                    break
                k += 1
            if k >= n or tokens[k] not in spans_at:
                return False, slots
            slots[el.kind] = tokens[k]
            pos = k + 1
            continue
        found = -1
        scan = range(pos, min(pos + 1, n)) if el.adjacent else range(pos, n)
        for k in scan:
            size = _element_at(el, k, tokens, uppers, lemmas, dicts, reverse)
            if size:
                found = k + size
                break
        if found < 0:
            return False, slots
        pos = found
    return True, slots


def _element_at(el, k, tokens, uppers, lemmas, dicts, reverse=False) -> int:
    """How many tokens an element matches starting at position ``k`` (0 = no match).

    ``reverse``: ``tokens`` run right to left (the words before the verb), so a synonym
    phrase is read backwards.
    """
    if el.kind == "word":
        i = tokens[k]
        return 1 if el.value in (uppers[i], lemmas[i]) else 0
    for phrase in dicts.synset_phrases(el.value):
        if reverse:
            phrase = tuple(reversed(phrase))
        m = len(phrase)
        if k + m <= len(tokens) and all(
            phrase[j] in (uppers[tokens[k + j]], lemmas[tokens[k + j]]) for j in range(m)
        ):
            return m
    return 0


def _dictionary_codes(verb, dicts, uppers, lemmas, spans_at) -> list[tuple[str, dict, str]]:
    """Codes the PETRARCH verb dictionary gives a verb: [(code, slots, pattern text)]."""
    forms = dicts.verbs.get(uppers[verb.i])
    if not forms:
        forms = [
            f
            for f in dicts.verbs.get(lemmas[verb.i], ())
            if uppers[verb.i] in petrarch.regular_forms(f.head)
        ]
    if not forms:
        return []
    doc = verb.doc
    sent = verb.sent
    best_form = None
    for form in forms:
        ok = all(
            verb.i + 1 + j < len(doc)
            and form.after[j] in (uppers[verb.i + 1 + j], lemmas[verb.i + 1 + j])
            for j in range(len(form.after))
        ) and all(
            verb.i - len(form.before) + j >= 0
            and form.before[j]
            in (uppers[verb.i - len(form.before) + j], lemmas[verb.i - len(form.before) + j])
            for j in range(len(form.before))
        )
        if ok and (
            best_form is None
            or len(form.after) + len(form.before) > len(best_form.after) + len(best_form.before)
        ):
            best_form = form
    if best_form is None:
        return []
    block = dicts.blocks.get(best_form.block)
    upper_tokens = [i for i in range(verb.i + 1 + len(best_form.after), sent.end)]
    lower_tokens = [i for i in range(verb.i - 1 - len(best_form.before), sent.start - 1, -1)]
    best = None
    for pattern in block.patterns if block else ():
        ok_u, slots_u = _match_elements(
            pattern.upper, upper_tokens, uppers, lemmas, dicts, spans_at, 0
        )
        if not ok_u:
            continue
        ok_l, slots_l = _match_elements(
            pattern.lower, lower_tokens, uppers, lemmas, dicts, spans_at, 0, reverse=True
        )
        if not ok_l:
            continue
        if best is None or pattern.size > best[0].size:
            best = (pattern, {**slots_l, **slots_u})
    if best is not None:
        return [(best[0].code, best[1], best[0].text)]
    code = best_form.code or (block.code if block else None)
    return [(code, {}, "")] if code else []


# --- the layer ----------------------------------------------------------------------------


def run(article: Article, doc, options, context: dict) -> None:
    """Code the events of ``article``; fill ``article.events``."""
    dicts = petrarch.load(options.dictionaries) if options.dictionaries else None
    settings = (options.extra or {}).get("events", {})
    builtin = settings.get("builtin", True) or dicts is None or not dicts.verbs
    article.events = code_events(article, doc, dicts, builtin=builtin)


def _discarded(tokens_upper: list[str], phrases: list[tuple[str, ...]]) -> bool:
    joined = " " + " ".join(tokens_upper) + " "
    return any(" " + " ".join(p) + " " in joined for p in phrases if p)


def code_events(
    article: Article, doc, dicts: petrarch.Dictionaries | None, builtin: bool = True
) -> list[Event]:
    """Every event in the parse, as Events over ``article.text``."""
    return _to_events(article, doc, code_raw(article, doc, dicts, builtin))


def code_raw(
    article: Article, doc, dicts: petrarch.Dictionaries | None, builtin: bool = True
) -> list[Coded]:
    """Every coding decision, codes as the dictionary gives them (validation reads these)."""
    spans = actor_spans(article, doc)
    if builtin:
        spans = sorted(
            spans + _speaker_pronouns(article, doc), key=lambda a: (a.start, -(a.end - a.start))
        )
    if not spans:
        return []
    uppers = [t.text.upper() for t in doc]
    lemmas = [t.lemma_.upper() for t in doc]
    if dicts is not None and _discarded(uppers, dicts.discards_story):
        return []
    spans_at: dict[int, ActorSpan] = {}
    for s in reversed(spans):  # outermost wins
        for k in range(s.start, s.end):
            spans_at.setdefault(k, s)
    coded: list[Coded] = []
    for sent in doc.sents:
        if dicts is not None and _discarded(uppers[sent.start : sent.end], dicts.discards_sentence):
            continue
        own = any(sent.start <= s.start < sent.end for s in spans)
        if not own and not (
            builtin and any(t.pos_ == "PRON" and t.dep_ in _SUBJECTS for t in sent)
        ):
            continue
        # The two sentences before stay in view: a pronoun subject ("They marched against
        # Brussels", "He implemented sanctions") is the subject of the sentence before.
        back = sent.start
        for _ in range(2):
            if back > 0:
                back = doc[back - 1].sent.start
        sent_spans = [s for s in spans if back <= s.start < sent.end]
        if not sent_spans:
            continue
        coded += _code_sentence(sent, sent_spans, dicts, builtin, uppers, lemmas, spans_at)
    # Sentences where a verb was left uncoded for an uncodable object (PETRARCH mode).
    suppressed = {doc[c.trigger].sent.start for c in coded if not c.code}
    coded = _dedupe(_drop_reporting(coded, doc), doc)
    if builtin:
        coded = _anaphoric_targets(coded, doc)
        coded = _denial_targets(coded, doc, spans)
        coded = _continued_targets(coded, doc)
        coded = _implied_actors(coded, article, doc)
        coded = _domestic_protests(coded, article, doc)
        coded = _appeal_contents(coded, doc)
        coded = _quoted_obligations(coded, article, doc, spans)
        coded = _purposes(coded, doc)
        coded = _backgrounds(coded, doc)
        coded = _back_references(coded, doc)
        coded = _own_ground(coded, article, doc)
        # Verbal cooperation with nobody ("will defend their sovereignty") is no event; a
        # state's public call for something ("Salvini called for a common front") is one.
        # Denying or admitting responsibility needs no one else (CAMEO 015, 016).
        coded = [
            c
            for c in coded
            if c.target is not None
            or int(c.code[:2]) > 5
            or c.code[:3] in ("015", "016")
            or _public_call(c, doc)
        ]
        # Cooperation by no one named ("bloggers who had praised ...", "medical teams were
        # travelling to Guangzhou") is no state's act; conflict by unknown hands is.
        coded = [c for c in coded if c.source is not None or int(c.code[:2]) > 8]
    if not builtin:
        # PETRARCH codes no event for a bare role with neither country nor target ("a senior
        # official said").
        coded = [
            c
            for c in coded
            if c.target is not None
            or (c.source is not None and not c.source.code.startswith("---"))
        ]
        coded = _petrarch_main_verbs(coded, doc, suppressed)
    return coded


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
    return out + _poster_pronouns(article, doc)


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


def _petrarch_main_verbs(coded: list[Coded], doc, suppressed: set[int]) -> list[Coded]:
    """PETRARCH codes a verb phrase once: a coded verb's infinitive complement adds nothing,
    and a sentence with a targeted event drops its target-less ones."""
    triggers = {c.trigger for c in coded}
    out = []
    for c in coded:
        tok = doc[c.trigger]
        head = tok
        governed = False
        while head.dep_ == "xcomp" and head.head is not head:
            head = head.head
            if head.i in triggers:
                governed = True
                break
        if not governed:
            out.append(c)
    targeted = {doc[c.trigger].sent.start for c in out if c.target is not None} | suppressed
    return [c for c in out if c.target is not None or doc[c.trigger].sent.start not in targeted]


def _code_sentence(sent, spans, dicts, builtin, uppers, lemmas, spans_at) -> list[Coded]:
    out: list[Coded] = []
    light_objects: set[int] = set()
    for tok in sent:
        if tok.pos_ not in ("VERB", "NOUN", "PROPN", "AUX"):
            continue
        if tok.i in light_objects:
            continue
        if tok.i in spans_at and tok.pos_ != "VERB":
            continue  # an actor's own words are not its events ("the defence ministry")
        if (
            not builtin
            and tok.dep_ == "advcl"
            and tok.tag_ in ("VBN", "VBG")
            and not any(
                c.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS | {"aux", "auxpass", "mark"}
                for c in tok.children
            )
        ):
            continue  # PETRARCH codes no bare participial clause ("Rebuked by Eriador, ...")
        found: list[tuple[str, dict, str]] = []
        use_dictionary = dicts is not None and dicts.verbs and tok.pos_ in ("VERB", "AUX")
        if use_dictionary and not builtin:
            found = _dictionary_codes(tok, dicts, uppers, lemmas, spans_at)
        if not found and builtin:
            code = _lexicon_code(tok)
            if tok.pos_ == "VERB" and tok.lemma_.lower() in lexicon.LIGHT_VERBS:
                # "launched strikes on X": the noun carries the code, the verb the roles.
                for obj in tok.children:
                    if obj.dep_ == "dobj" and obj.lemma_.lower() in lexicon.NOUNS:
                        noun_code = _lexicon_code(obj)
                        if noun_code:
                            code = noun_code if code is None else code
                            light_objects.add(obj.i)
            if code == "":
                # "withdrew an accusation", "seized the moment": a figure of speech or a
                # retraction; the object it takes is no event either
                light_objects.update(c.i for c in tok.children if c.dep_ == "dobj")
            if code:
                found = [(code, {}, "")]
            elif use_dictionary:
                # Our lexicon first; PETRARCH's verb patterns where it has nothing, plain
                # statements (010) left out as everywhere else.
                found = [
                    f
                    for f in _dictionary_codes(tok, dicts, uppers, lemmas, spans_at)
                    if f[0] and f[2] and not f[0].startswith("01")
                ]
        if not found:
            continue
        for code, slots, pattern_text in found:
            if code is None or code.strip("-") == "":
                continue
            if tok.pos_ == "VERB" and _subject_is_event(tok):
                continue  # "the air strikes killed dozens": the strikes are the event
            # Who acted may be unsaid ("gunmen", a passive, an event noun), but an unresolved
            # pronoun is not an unsaid actor: it is an actor we failed to find.
            verbal = tok.pos_ == "VERB" or _headline_verb(tok)
            subj_tok, subj_passive = _subject(tok) if verbal else (None, False)
            unsaid = (
                not verbal
                or subj_passive
                or tok.dep_ == "acl"
                or (subj_tok is not None and subj_tok.pos_ != "PRON")
            )
            out += _roles(
                tok,
                code,
                slots,
                pattern_text,
                spans,
                spans_at,
                allow_unsaid_source=builtin and not pattern_text and bool(unsaid),
                petrarch_mode=not builtin,
            )
    out = _governed(out, sent.doc)
    # "agreed to a ceasefire": the noun repeats the verb's event.
    # (A verb whose actor we could not find leaves the noun its roles: "They were expected to
    # discuss a planned meeting between Trump and Kim".)
    verb_codes = {
        (c.trigger, c.code)
        for c in out
        if sent.doc[c.trigger].pos_ == "VERB" and c.source is not None
    }
    kept = []
    for c in out:
        tok = sent.doc[c.trigger]
        if tok.pos_ != "VERB":
            head = tok.head.head if tok.dep_ == "pobj" else tok.head
            if (head.i, c.code) in verb_codes:
                continue
        kept.append(c)
    return kept


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
_IMPLIED_SOURCE_ROOTS = {"07", "08", "10", "11", "12", "13", "16", "17"}
_IMPLIED_TARGET_ROOTS = {"10", "11", "12", "13", "16", "17"}


def _leading_states(article: Article) -> list[tuple[str, ActorSpan]]:
    """Countries by how often the article names their actors, each with its most-named actor."""
    counts: dict[str, int] = {}
    best: dict[str, tuple[int, str, str]] = {}
    for actor in article.actors:
        if not actor.country:
            continue
        n = len(actor.mentions)
        counts[actor.country] = counts.get(actor.country, 0) + n
        if n > best.get(actor.country, (0, "", ""))[0]:
            best[actor.country] = (n, actor.id, actor.code)
    ranked = sorted(counts, key=lambda c: -counts[c])
    # A state named once is no protagonist.
    return [(c, ActorSpan(-1, -1, best[c][1], best[c][2])) for c in ranked if counts[c] >= 2]


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
            if other is not None:
                c = Coded(c.trigger, c.trigger_end, c.code, other, c.target, c.modality, c.pattern)
        elif (
            c.target is None
            and c.source is not None
            and root in _IMPLIED_TARGET_ROOTS
            and not c.source.code.startswith("---")
            and doc[c.trigger].pos_ == "VERB"
            and not (
                root in ("10", "11", "12", "13", "14")
                and any(
                    (
                        ch.dep_ == "dobj"
                        and ch.pos_ in ("NOUN", "PROPN")
                        and ch.lower_ not in lexicon.ANAPHORIC
                    )
                    or (
                        # "warned against an independent Kurdistan": aimed at what it names
                        ch.dep_ == "prep"
                        and ch.lower_ == "against"
                        and any(g.pos_ in ("NOUN", "PROPN") for g in ch.children)
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
    tok = doc[c.trigger]
    return tok.lemma_.lower() == "call" and any(
        ch.lower_ == "for" and ch.dep_ in ("prep", "prt") for ch in tok.children
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
            if head.dep_ in ("advcl", "acl") and not any(
                ch.dep_ == "aux" and ch.lower_ == "to" for ch in head.children
            ):
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
        out.append(c)
    return out


# What a quoted speaker says another party must or should do is a demand or an appeal.
_OBLIGATIONS = {"must": "100", "should": "020", "ought": "020"}


def _quoted_obligations(coded: list[Coded], article: Article, doc, spans) -> list[Coded]:
    """ "'President Trump must clarify his statements,' the senator tweeted": what a coded
    speaker says another party must do is a demand (CAMEO 100), what it should do an appeal
    (020), from the speaker to that party; the act asked for is no event of its own."""
    actors = {a.id: a for a in article.actors}
    out = list(coded)
    for quote in article.quotes:
        speaker = quote.speaker
        actor = actors.get(speaker.actor) if speaker is not None and speaker.actor else None
        if actor is None or actor.code.startswith("---") or quote.kind == "scare":
            continue
        said = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        named = doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        if said is None:
            continue
        source = (
            ActorSpan(named.start, named.end, actor.id, actor.code)
            if named is not None
            else ActorSpan(said.start, said.start + 1, actor.id, actor.code)
        )
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
            targets = [t for t in _subject_actors(subj, spans) if t.actor != actor.id]
            if not targets:
                continue
            out = [c for c in out if c.trigger != tok.i]
            out += [
                Coded(tok.i, tok.i + 1, code, source, t, "asserted", "obligation") for t in targets
            ]
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
            and any(
                (g.dep_ == "aux" and g.lower_ == "to") or (g.dep_ == "mark" and g.lower_ == "for")
                for g in c.children
            )
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
            and any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in tok.children)
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
            ch.dep_ == "det" and ch.lower_ in ("the", "this", "that", "these", "those")
            for ch in tok.children
        )
        if definite and any(
            o.trigger < tok.sent.start and parties(o) == parties(c) for o in coded if o is not c
        ):
            continue
        out.append(c)
    return out


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
        if c.target is None and c.code[:2] in ("13", "16") and tok.pos_ in ("NOUN", "PROPN"):
            continue  # ("Chile's rising threat": a state of affairs, not a threat made)
        if (
            tok.dep_ == "acl"
            and tok.tag_ == "VBN"
            and tok.head.lemma_.lower() not in lexicon.NOUNS
            and tok.head.lower_ not in lexicon.SANCTION | lexicon.AGREEMENT
            and not tok.head.ent_type_
            and role_lexicon.role_of(tok.head.lemma_) is None
            and role_lexicon.role_of(tok.head.text) is None
            and (c.target is None or not c.target.start <= tok.head.i < c.target.end)
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
            sent_start = doc[c.trigger].sent.start
            window_start = sent_start
            for _ in range(2):
                if window_start > 0:
                    window_start = doc[window_start - 1].sent.start
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
                if e.source.code[:3] == c.source.code[:3] and e.target.actor != c.source.actor:
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
            sent_start = doc[c.trigger].sent.start
            window_start = sent_start
            for _ in range(6):
                if window_start > 0:
                    window_start = doc[window_start - 1].sent.start
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


def _subject_is_event(verb) -> bool:
    subj, passive = _subject(verb)
    if verb.dep_ == "acl":
        return False
    return (
        subj is not None
        and not passive
        and subj.pos_ == "NOUN"
        and (subj.lemma_.lower() in lexicon.NOUNS)
    )


_INTENT = {"pledge", "promise", "vow", "offer", "agree", "plan", "intend", "decide"}


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
        if base.dep_ == "pcomp" and base.head.head.i in by_trigger:
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
            and any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in tok.children)
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
        elif modality == "planned" and _stated_intent(tok):
            # "We will destroy all terror nests in Syria", "Tehran said it would close the
            # strait": an act of force or coercion announced by its doer is a threat (CAMEO 13).
            threat = lexicon.THREAT_BY_CODE.get(code) or lexicon.THREAT_BY_ROOT.get(code[:2])
            if threat:
                code, modality = threat, "threatened"
    sources: list[ActorSpan] = []
    targets: list[ActorSpan] = []
    if tok.pos_ in ("NOUN", "PROPN") and not _headline_verb(tok):
        source, targets = _noun_roles(tok, spans)
        if source is None:
            # The event noun as object of a light verb takes the verb's subject.
            governor = tok.head if tok.dep_ in ("dobj", "pobj", "nsubjpass") else None
            for _ in range(3):
                # "preparing a new round of sanctions": climb to the verb.
                if (
                    governor is not None
                    and governor.pos_ in ("ADP", "NOUN")
                    and (governor.dep_ in ("prep", "dobj", "pobj"))
                ):
                    governor = governor.head
                else:
                    break
            if (
                governor is not None
                and governor.pos_ == "VERB"
                and (
                    governor.lemma_.lower() in lexicon.LIGHT_VERBS
                    or governor.lemma_.lower() in lexicon.MODALITY_VERBS
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
                    if extra.dep_ in _SUBJECTS and extra is not subj:
                        sources += [a for a in _subject_actors(extra, spans) if a not in sources]
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
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ in ("alongside", "beside"):
                    # "sent its fighters to fight alongside the junta's troops": allies, not targets
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
            # A country-coded actor beats a bare role ("his government's engineers to X").
            found = [f for f in found if not f.code.startswith("---")] or found
            if not petrarch_mode:
                # Another state beats the actor's own forces, which are what is moved ("withdrew
                # its troops from Mali", "sent Russian troops to Syria").
                own_countries = {a.code[:3] for a in sources if a is not None}
                found = [
                    f for f in found if not (f.code[:3] in own_countries and "MIL" in f.code[3:])
                ] or found
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
                        found = [
                            f
                            for f in _outermost(_spans_in({t.i for t in child.subtree}, spans))
                            if f.actor not in own and f.code[:3] not in own_countries
                        ]
                        break
            if found:
                first = found[0]
                # A compound object ("with Mordor, Rohan and Bree") gives each conjunct.
                head_tok = first.end - 1
                targets = [first]
                root = tok.doc[head_tok]
                for t in root.subtree:
                    if t.dep_ == "conj" and t.i in spans_at and spans_at[t.i] not in targets:
                        targets.append(spans_at[t.i])
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
    out: list[Coded] = []
    end = tok.i + 1
    if not sources:
        if allow_unsaid_source and targets:
            # "the botched putsch against the president": who acted is left unsaid.
            return [Coded(tok.i, end, code, None, t, modality, pattern_text) for t in targets]
        return out
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
    for s in sources:
        for t in targets or [None]:
            if t is not None and (t is s or (t.actor and t.actor == s.actor)):
                continue
            out.append(Coded(tok.i, end, code, s, t, modality, pattern_text))
            if paired is not None and t is not None:
                out.append(Coded(tok.i, end, paired, t, s, modality, pattern_text))
    if paired is not None and code == "":
        out = [c for c in out if c.code]
    return out


_PAIR_NOUNS = {
    "side",
    "country",
    "nation",
    "leader",
    "government",
    "neighbour",
    "neighbor",
    "capital",
    "state",
    "rival",
    "foe",
    "ally",
}


def passive_clause(verb) -> bool:
    """Whether the verb's clause is passive."""
    return _subject(verb)[1]


def _the_two(verb, spans: list[ActorSpan]) -> list[ActorSpan]:
    """ "The two sides traded accusations", "both leaders": the last two states named before."""
    subj, _ = _subject(verb)
    if subj is None or subj.lemma_.lower() not in _PAIR_NOUNS:
        return []
    if not any(c.lower_ in ("two", "both") for c in subj.children):
        return []
    pair: list[ActorSpan] = []
    seen: set[str] = set()
    for span in sorted((s for s in spans if s.end <= subj.left_edge.i), key=lambda s: -s.start):
        country = span.code[:3]
        if country in seen or country not in country_lexicon.countries():
            continue
        seen.add(country)
        pair.append(span)
        if len(pair) == 2:
            return list(reversed(pair))
    return []


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
        while tok.dep_ == "conj" and tok.head is not tok:
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


def _sentence_date(article: Article, doc, token_i: int):
    sent = doc[token_i].sent
    trigger_char = doc[token_i].idx
    best = None
    for d in article.dates:
        if d.value and sent.start_char <= d.start < sent.end_char:
            distance = abs(d.start - trigger_char)
            if best is None or distance < best[0]:
                best = (distance, d.value)
    return best[1] if best else None


def _location(article: Article, doc, token_i: int) -> Location | None:
    trigger = doc[token_i]
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "near", "at", "outside", "inside"):
            for obj in child.children:
                if obj.dep_ != "pobj":
                    continue
                span = None
                for ent in article.entities:
                    if ent.label in ("GPE", "LOC", "FAC") and ent.start <= obj.idx < ent.end:
                        span = (ent.start, ent.end)
                        break
                if span is None:
                    if obj.ent_type_ not in ("GPE", "LOC", "FAC"):
                        continue
                    ent = next((e for e in doc.ents if e.start <= obj.i < e.end), None)
                    if ent is None:
                        continue
                    span = (ent.start_char, ent.end_char)
                text = article.text[span[0] : span[1]]
                hit = country_lexicon.lookup(text)
                return Location(
                    start=span[0], end=span[1], text=text, country=hit[0] if hit else None
                )
    return None


def _attribution(article: Article, char: int) -> Attribution:
    for quote in article.quotes:
        if quote.start <= char < quote.end and quote.speaker is not None:
            return Attribution(kind="speaker", name=quote.speaker.name, actor=quote.speaker.actor)
    for post in article.social_posts:
        if post.start <= char < post.end:
            return Attribution(kind="social_post", name=post.handle or post.author)
    return Attribution(kind="author", name=article.authors[0] if article.authors else None)


def _to_events(article: Article, doc, coded: list[Coded]) -> list[Event]:
    events: list[Event] = []
    for c in coded:
        if not cameo.is_code(c.code):
            # A dictionary code outside CAMEO (test codes like "345"): kept verbatim, typed by
            # its first two digits when they form a root, else skipped.
            if not (c.code[:2].isdigit() and 1 <= int(c.code[:2]) <= 20):
                continue
            info = cameo.describe(c.code[:2])
        else:
            info = cameo.describe(c.code)
        trig = doc[c.trigger : c.trigger_end]
        sent = doc[c.trigger].sent
        date = _sentence_date(article, doc, c.trigger)
        basis = "text" if date else ("published" if article.published else None)
        events.append(
            Event(
                start=sent.start_char,
                end=sent.end_char,
                text=article.text[sent.start_char : sent.end_char],
                source=c.source.actor if c.source else None,
                target=c.target.actor if c.target else None,
                source_code=c.source.code if c.source else None,
                target_code=c.target.code if c.target else None,
                code=c.code,
                root=info.root,
                quad_class=info.quad_class,
                goldstein=info.goldstein,
                plover=info.plover,
                trigger=Span(start=trig.start_char, end=trig.end_char, text=trig.text),
                date=date or article.published,
                date_basis=basis,
                location=_location(article, doc, c.trigger),
                modality=c.modality,
                attributed_to=_attribution(article, trig.start_char),
            )
        )
    events.sort(key=lambda e: (e.start, e.trigger.start, e.source or "", e.target or ""))
    return events
