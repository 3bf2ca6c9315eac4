"""Speech cues in the spaCy parse: the verb or phrase, who it names, and what it reports.

The lexicon is ours and deliberately narrow: verbs whose object is what someone said or wrote.
Verbs of evidence or belief (``show``, ``reveal``, ``believe``, ``fear``) are left out: an article
saying "documents show X" reports a finding, not a statement.
"""

from __future__ import annotations

from dataclasses import dataclass


def lexicon(words: str) -> frozenset[str]:
    """A word list written one word after another, as a set."""
    return frozenset(words.split())


#: Verbs (lemmas) that report speech: with a clause they give indirect speech, next to a quote
#: they attribute it.
SPEECH_VERBS = lexicon("""
    say tell add state claim warn insist accuse announce argue assert acknowledge admit allege
    answer boast caution comment complain concede conclude confirm contend declare deny
    disclose emphasize emphasise explain hint maintain mention note observe predict promise
    recall recount remark reply report respond reiterate repeat retort shout stress suggest
    tweet threaten urge vow write yell mutter lament testify affirm estimate charge
    whisper scream exclaim post agree counter quip joke rule
    """)

#: Verbs that count as cues only when what follows them holds quoted words ("called it
#: "a disgrace"", "described as "ambitious""): without quotes they are mostly not speech.
QUOTE_ONLY_VERBS = lexicon("""
    call describe dub label brand term denounce reject praise thank hail slam condemn
    criticise criticize dismiss decry continue refer characterize characterise ask plead beg
    blast
    """)

#: Quote-only verbs of naming: "called the case "a scandal"", "described it as "ambitious"".
NAMING_VERBS = lexicon("call describe dub label brand term denounce reject")

#: Verbs whose content may be an infinitive or a gerund ("urged them to leave", "denied
#: asking anyone", "threatened to use force").
XCOMP_VERBS = lexicon("urge threaten vow promise deny warn pledge")

#: Verbs that take the accused and the charge: "accused X of Y".
CHARGE_VERBS = lexicon("accuse charge blame")

#: Words that only introduce a clause and are not part of what was said.
_CONTENT_LEAD = lexicon("that whether if")

#: Relative pronouns standing for the speaker ("Cruz, who said ...").
RELATIVE = lexicon("who which that")


def is_relative(tok) -> bool:
    """A relative pronoun ("who said"), not the acronym WHO or the demonstrative "that"."""
    return tok.lower_ in RELATIVE and tok.tag_ in ("WP", "WDT") and tok.text != "WHO"


@dataclass
class Cue:
    """One speech cue found in the parse, with token offsets into the doc."""

    start: int  # character offsets of the cue words
    end: int
    lemma: str
    subject: object | None  # spaCy Token: head of the speaker phrase
    content: tuple[int, int] | None  # character span of what is reported, if the cue has one
    quote_only: bool = False
    according: bool = False
    token_i: int = 0


def _trim_content(doc, tokens: list) -> tuple[int, int] | None:
    """A character span over ``tokens`` without edge punctuation and a leading 'that'."""
    tokens = sorted((t for t in tokens if not t.is_space), key=lambda t: t.i)
    while tokens and (
        tokens[0].is_punct
        and tokens[0].text not in "\"“‘'"
        or (tokens[0].dep_ == "mark" and tokens[0].lower_ in _CONTENT_LEAD)
        or tokens[0].dep_ in ("cc",)
    ):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct and tokens[-1].text not in "\"”’'":
        tokens = tokens[:-1]
    if not tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _without_other_cues(head) -> list:
    """The subtree of a content head without a coordinated cue ("... and said that ...")."""
    cut: set[int] = set()
    for t in head.subtree:
        if t == head or t.i in cut:
            continue
        if t.dep_ == "conj" and t.lemma_.lower() in SPEECH_VERBS and t.head.i not in cut:
            cut.update(x.i for x in t.subtree)
            cc = [x for x in t.head.children if x.dep_ == "cc" and x.i < t.i]
            cut.update(x.i for x in cc[-1:])
    return [t for t in head.subtree if t.i not in cut]


#: Nouns of time the parser sometimes makes the subject of a participle ("tweeting yesterday
#: evening:"): never a speaker.
TIME_NOUNS = lexicon("""
    morning afternoon evening night today yesterday tonight week weekend month year day
    monday tuesday wednesday thursday friday saturday sunday
""")

#: Verbs that attribute a quote standing next to them ('"Please help," she asks') but whose
#: own content is seldom speech ("asked forgiveness", "asking everybody to move on").
ADJACENT_ONLY_VERBS = lexicon("ask plead beg")


def subject_of(verb):
    """The speaker's head token: the verb's subject, or the subject it shares with its head."""
    seen = 0
    while verb is not None and seen < 4:
        for child in verb.children:
            if (
                child.dep_ in ("nsubj", "nsubjpass", "csubj")
                and not (
                    # "X was told": X heard it; "X is reported as saying": X said it
                    child.dep_ == "nsubjpass"
                    and verb.lemma_ in SPEECH_VERBS | QUOTE_ONLY_VERBS
                    and seen == 0
                )
                and child.lower_ not in TIME_NOUNS
            ):  # "tweeting yesterday evening:" (a misparse)
                return child
        # "..., adding that", "and said that", "saying that": the subject of the verb it hangs on
        if verb.dep_ in ("advcl", "xcomp", "conj", "acl", "pcomp") and verb.head != verb:
            verb = verb.head
            if verb.dep_ == "prep" and verb.head != verb:  # "reported as saying"
                verb = verb.head
            seen += 1
            continue
        return None
    return None


def _according(doc, tok) -> Cue | None:
    """ "according to X": the speaker is X, the content is the clause the phrase hangs on."""
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    if to is None:
        return None
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    head = tok.head
    skip = {t.i for t in tok.subtree}
    content = None
    if head != tok:
        rest = [t for t in head.subtree if t.i not in skip]
        content = _trim_content(doc, rest)
    return Cue(
        tok.idx,
        to.idx + len(to.text),
        "according to",
        source,
        content,
        according=True,
        token_i=tok.i,
    )


def find_cues(doc) -> list[Cue]:
    """Every speech cue of the parse, in text order."""
    cues = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            cue = _according(doc, tok)
            if cue:
                cues.append(cue)
            continue
        if tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("amod", "compound"):
            continue
        quote_only = lemma in QUOTE_ONLY_VERBS
        if lemma not in SPEECH_VERBS and not quote_only:
            continue
        subject = subject_of(tok)
        if quote_only and subject is None:
            continue  # "a woman described as "a former official"": the writer's own words
        cues.append(
            Cue(
                tok.idx,
                tok.idx + len(tok.text),
                lemma,
                subject,
                _content(doc, tok, lemma, quote_only),
                quote_only,
                token_i=tok.i,
            )
        )
    return cues


def _content(doc, tok, lemma: str, quote_only: bool) -> tuple[int, int] | None:
    """The span of what the cue reports, or None when it only attributes."""
    children = list(tok.children)
    ccomp = [c for c in children if c.dep_ == "ccomp"]
    if ccomp and not quote_only:
        head = max(ccomp, key=lambda c: len(list(c.subtree)))
        return _trim_content(doc, _without_other_cues(head))
    if lemma in CHARGE_VERBS:
        obj = next((c for c in children if c.dep_ == "dobj" and c.i > tok.i), None)
        of = next((c for c in children if c.dep_ == "prep" and c.lower_ in ("of", "over")), None)
        if obj is not None and of is not None:
            return _trim_content(doc, list(obj.subtree) + list(of.subtree))
    if lemma in XCOMP_VERBS:
        comp = [c for c in children if c.dep_ in ("xcomp", "dobj") and c.i > tok.i]
        if any(c.dep_ == "xcomp" for c in comp) or (
            lemma == "deny" and any(c.tag_ == "VBG" for c in comp)
        ):
            return _trim_content(doc, [t for c in comp for t in c.subtree])
    if quote_only:
        # "called the case "a scandal"", "described as "ambitious"": the words to the right
        right = [
            c
            for c in children
            if c.i > tok.i
            and c.dep_ in ("dobj", "oprd", "xcomp", "ccomp", "attr", "acomp", "advcl")
            or (c.i > tok.i and c.dep_ == "prep" and c.lower_ in ("as", "of", "about"))
        ]
        if right:
            tokens = sorted((t for c in right for t in c.subtree), key=lambda t: t.i)
            colon = next((t.i for t in tokens if t.text == ":"), None)
            # "thanked the crowd, adding: "..."": what follows a colon is another clause's
            return _trim_content(doc, [t for t in tokens if colon is None or t.i < colon])
    if tok.dep_ == "parataxis" and tok.head != tok:
        # "ISIS terrorists, he said, infiltrated ...": the clause around the cue.
        skip = {t.i for t in tok.subtree}
        span = _trim_content(doc, [t for t in tok.head.subtree if t.i not in skip])
        if span is not None and span[0] < tok.idx < span[1]:
            return span
    if quote_only and lemma in NAMING_VERBS:
        # the parser lost the complement: the rest of the sentence, if a quote is in it and
        # no colon hands over to a new clause ("Speaking to TV, Lula was blunt: "...")
        rest = [t for t in doc[tok.i + 1 : tok.sent.end]]
        marks = [t for t in rest if t.text in "\"“”‘’'"]
        if marks and not any(t.text == ":" and t.i < marks[0].i for t in rest):
            return _trim_content(doc, rest)
    return None
