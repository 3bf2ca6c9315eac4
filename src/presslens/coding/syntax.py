"""Event coding: the dependency-parse helpers the coder reads sources and targets with.

Actor mentions as token spans (``ActorSpan``), coding decisions before they become events
(``Coded``), subjects (shared through ``xcomp``/``conj``), ``by`` agents, a trigger's own phrase
(``_window``), and the actors a subject or noun phrase names.
"""

from __future__ import annotations

from dataclasses import dataclass

from presslens.knowledge import countries as country_lexicon
from presslens.knowledge import lexicon
from presslens.model import Article

_SUBJECTS = {"nsubj", "csubj"}
_PASSIVE_SUBJECTS = {"nsubjpass", "csubjpass"}
# Children whose subtrees are clauses of their own: not part of a trigger's object window.
_CLAUSES = {"ccomp", "advcl", "relcl", "parataxis", "csubj"}
#: verbs whose clause names the one helped as its subject ("help Syria rebuild the grid")
_HELPING = {"help", "assist", "enable"}
_CLIMB = {"xcomp", "conj", "acomp", "advcl", "ccomp", "pcomp", "oprd"}
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


def mended_lemma(tok, known) -> str:
    """A verb's lemma, mended where the small model's lemmatiser slips on a verb that ``known``
    lists ("fined" -> "fin", "hopes" -> "hop"): the surface form with its inflection stripped,
    when that is a known verb and the model's lemma is not."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX") or lemma in known:
        return lemma
    word = tok.lower_
    candidates = []
    if word.endswith("ed"):
        candidates += [word[:-1], word[:-2]]  # fined, attacked
        if len(word) > 4 and word[-3] == word[-4]:
            candidates.append(word[:-3])  # banned (not "banded", "barked")
    elif word.endswith("ing"):
        candidates += [word[:-3] + "e", word[:-3]]  # fining, attacking
        if len(word) > 5 and word[-4] == word[-5]:
            candidates.append(word[:-4])  # banning
    elif word.endswith("s"):
        candidates += [word[:-1], word[:-2]]  # fines, reaches
    return next((c for c in candidates if c in known), lemma)


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


def _sentences_back(doc, token_i: int, n: int) -> int:
    """The first token of the sentence ``n`` sentences before the one holding ``token_i``."""
    start = doc[token_i].sent.start
    for _ in range(n):
        if start > 0:
            start = doc[start - 1].sent.start
    return start


def _for_clause(clause) -> bool:
    """ "(called) for the bloggers to be banned": a clause of "for", its subject and "to"."""
    return (
        clause.dep_ in ("advcl", "ccomp", "xcomp")
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)
        and _infinitive(clause)
    )


def _infinitive(tok) -> bool:
    """Whether a verb is a to-infinitive ("to attack", "plans to help")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _whence(verb) -> list:
    """The objects of a verb's "from" phrases, conjoined ones too, not the negated ones ("coming
    not from governments but from journalists": the journalists)."""
    froms = [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"]
    froms += [c for p in froms for c in p.children if c.dep_ == "conj" and c.lower_ == "from"]
    return [
        obj
        for prep in froms
        if not any(c.dep_ == "neg" for c in prep.children)
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]


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
        and subj.head != verb
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
                    other = next(
                        (
                            c
                            for c in tok.children
                            if c.dep_ in _SUBJECTS and c.lower_ not in _RELATIVE
                        ),
                        None,
                    )
                    if other is not None:
                        # "the PKK, which even the U.S. designates a terrorist group", parsed
                        # with two subjects: the relative is the object
                        return other, False
                    # "Mali and Burkina Faso, which have expelled French troops"
                    return tok.head, False
                return child, False
            if child.dep_ in _PASSIVE_SUBJECTS:
                if tok.dep_ == "relcl" and child.lower_ in _RELATIVE:
                    # "bloggers who were banned by May": the bloggers undergo it.
                    return tok.head, True
                if (
                    tok.i != verb.i
                    and verb.dep_ == "xcomp"
                    and verb.head.i == tok.i
                    and _infinitive(verb)
                ):
                    # "Pompeo is set to meet Wang Yi", "Iran was allowed to proceed": the passive
                    # governor's subject does what its infinitive says
                    return child, False
                return child, True
        if tok.dep_ == "ROOT" and tok.pos_ in ("NOUN", "PROPN"):
            # A headline verb read as a noun: the name before it is its subject.
            before = [
                c for c in tok.children if c.i < tok.i and c.dep_ in ("nmod", "compound", "nsubj")
            ]
            if before:
                return before[0], False
        if tok.dep_ == "acl" and _infinitive(tok):
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
            and _infinitive(tok)
        ):
            tok = tok.head.head
            continue
        if tok.dep_ == "acl" or (tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN")):
            return tok.head, False
        if (
            tok.dep_ == "pcomp"
            and tok.head.head.pos_ == "VERB"
            and (
                (tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in lexicon.JUDGING)
                or (tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in lexicon.ACCUSING)
            )
        ):
            # "Critics blame the U.S. for arming al-Qaeda", "Russia was accused of supplying
            # weapons": the one judged did it
            judge = tok.head.head
            judged = [c for c in judge.children if c.dep_ in ("dobj", "nsubjpass")]
            return (judged[0] if judged else None), False
        if (
            tok.dep_ == "pcomp"
            and (
                tok.head.lower_ in ("by", "after", "before", "while", "without")
                or (
                    tok.head.lower_ == "to"
                    and tok.head.head.lemma_.lower() in ("admit", "confess", "resort")
                )
            )
            and tok.head.head.pos_ in ("VERB", "AUX")
        ):
            # ("Iran admitted to aiding al-Qaeda", "resorted to bombing the city": the same)
            # "Moscow responded by expelling 23 diplomats": the clause's subject does it
            tok = tok.head.head
            continue
        if tok.dep_ in _CLIMB and tok.head != tok:
            tok = tok.head
            continue
        break
    return None, False


def dependency_path(a, b):
    """Where two tokens meet in the parse: their lowest common ancestor (None in different
    sentences) and the tokens climbed from each to reach it (the ancestor itself left out)."""
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    common = next((t for t in up_a if t in up_b), None)
    if common is None:
        return None, [], []
    return common, up_a[: up_a.index(common)], up_b[: up_b.index(common)]


def _own_agent(verb):
    for child in verb.children:
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        # the parser hangs the "by" phrase on a phrase of the passive verb's own ("was
        # convicted in absentia by Kuwaiti courts"): still the verb's agent
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ == "by":
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                for by in pobj.children:
                    if by.dep_ == "prep" and by.lower_ == "by":
                        for obj in by.children:
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
            if not (tok.dep_ == "advcl" and not own_subject and _infinitive(tok)):
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
        if (
            tok.dep_ == "prep"
            and tok.lower_ in ("at", "on", "under", "upon")
            and any(c.lemma_.lower() in lexicon.AUTHORITY_NOUNS for c in tok.children)
        ):
            continue  # "carried out the strike at the direction of Trump": who ordered it
        out.append(tok.i)
        stack.extend(tok.children)
    return sorted(out)


def _spans_in(tokens: set[int], spans: list[ActorSpan]) -> list[ActorSpan]:
    return [s for s in spans if any(k in tokens for k in range(s.start, s.end))]


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
    roled = {f.code[3:] for f in found if len(f.code) > 3 and f.code[:3] != "---"}
    if roled and placed:
        # "Lawmakers in France and Germany": each place conjoined to the first takes the
        # phrase's role (the actors layer codes "Germany" there DEULEG) and acts too.
        found += [
            g
            for g in _outermost(_spans_in(inside & placed, spans))
            if g not in found and g.code[3:] in roled and subj.doc[g.end - 1].dep_ == "conj"
        ]
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
    if len(found) > 1:
        # "Former CIA director John Brennan": an organisation in a person's title is not a
        # second actor; the person is.
        def _titles(f) -> bool:
            if len(f.code) <= 3:
                return False  # a state ("Russian and Chinese diplomats") is a party of its own
            head = subj.doc[f.end - 1]
            for _ in range(4):
                if head.dep_ not in ("compound", "amod", "nmod"):
                    return False
                head = head.head
                person = next((g for g in found if g is not f and g.start <= head.i < g.end), None)
                if head.ent_type_ == "PERSON" and person is not None:
                    # (the title runs straight into the name: no "and" or comma between)
                    between = subj.doc[f.end : person.start]
                    return all(t.dep_ in ("compound", "amod", "nmod") for t in between)
            return False

        found = [f for f in found if not _titles(f)] or found
    if len(found) > 1:
        # "Iran's Revolutionary Guards": a possessor of the same state qualifies the actor it
        # owns; it is no second actor.
        found = [
            f
            for f in found
            if not any(
                t.dep_ == "poss"
                and any(
                    g is not f and g.code[:3] == f.code[:3] and g.start <= t.head.i < g.end
                    for g in found
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
                if governor.head == governor:
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
        while governor.dep_ in _CLIMB | {"ccomp"} and governor.head != governor:
            outer, passive = _subject(governor.head)
            if outer is not None and outer != subj and not passive:
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
                    earlier = _agreeing(
                        subj, _subject_actors(outer, spans, _cross_sentence=True), subj.doc
                    )
                    if earlier:
                        return earlier
    return found


def _agreeing(pronoun, candidates: list[ActorSpan], doc) -> list[ActorSpan]:
    """The candidates a pronoun can stand for: "he" and "she" a person or an office holder,
    not a state ("she demanded ..." is not Ecuador); "it" not a person."""

    def personal(span: ActorSpan) -> bool:
        return span.start >= 0 and (
            any(doc[k].ent_type_ == "PERSON" for k in range(span.start, span.end))
            or len(span.code) > 3
        )

    if pronoun.lower_ in ("he", "she"):
        return [c for c in candidates if personal(c)]
    if pronoun.lower_ == "it":
        return [
            c
            for c in candidates
            if not any(doc[k].ent_type_ == "PERSON" for k in range(max(c.start, 0), c.end))
        ]
    return candidates


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
            # "Saudi and Turkish leaders": each coordinated modifier names its own actor.
            named = [own[0]]
            for mod in h.lefts:
                if mod.dep_ not in ("amod", "compound", "nmod") or not any(
                    c.dep_ == "conj" for c in mod.children
                ):
                    continue
                for word in (mod, *(c for c in mod.children if c.dep_ == "conj")):
                    other = [s for s in spans if s.start <= word.i < s.end and s not in named]
                    if other:
                        named.append(other[0])
            out.extend(sorted(named, key=lambda s: s.start))
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
