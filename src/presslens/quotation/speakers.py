"""Speakers: the phrase a cue names, its entity, and the name behind a pronoun or a title."""

from __future__ import annotations

import re
from dataclasses import dataclass

from presslens.quotation.cues import is_relative, lexicon
from presslens.quotation.names import first_name_gender

#: Labels of entities that can speak.
SPEAKING_LABELS = ("PERSON", "ORG", "GPE", "NORP", "FAC")

PERSON_PRONOUNS = lexicon("he she him her")
THING_PRONOUNS = lexicon("it they")

#: Title nouns that stand for a person named earlier ("the minister said"), with the words that
#: mark the same title next to a name ("Sen. Al Franken", "Prime Minister Orban").  Nouns with
#: no title words ("the woman", "the caller") describe someone who may never be named: they
#: stay descriptions, but they are people for "he" and "she".
PERSON_TITLES: dict[str, tuple[str, ...]] = {
    "minister": ("minister", "pm"),
    "president": ("president", "pres."),
    "senator": ("senator", "sen."),
    "congressman": ("rep.", "congressman"),
    "congresswoman": ("rep.", "congresswoman"),
    "lawmaker": ("rep.", "sen.", "senator", "lawmaker"),
    "governor": ("governor", "gov."),
    "mayor": ("mayor",),
    "pope": ("pope",),
    "pontiff": ("pope",),
    "cardinal": ("cardinal",),
    "archbishop": ("archbishop",),
    "bishop": ("bishop",),
    "chancellor": ("chancellor",),
    "king": ("king",),
    "queen": ("queen",),
    "prince": ("prince",),
    "general": ("gen.", "general"),
    "judge": ("judge",),
    "secretary": ("secretary",),
    "ambassador": ("ambassador",),
    "spokesman": ("spokesman",),
    "spokeswoman": ("spokeswoman",),
    "spokesperson": ("spokesperson",),
    "chairman": ("chairman",),
    "chief": ("chief",),
    "director": ("director",),
    "professor": ("professor", "prof."),
    "doctor": ("dr.", "doctor"),
    "commander": ("commander",),
    "premier": ("premier",),
    "leader": ("leader",),
    "official": (),
    "lawyer": ("lawyer", "attorney"),
    "attorney": ("attorney",),
    "priest": ("father", "fr."),
    "teen": (),
    "teenager": (),
    "man": (),
    "woman": (),
    "girl": (),
    "boy": (),
    "mother": (),
    "father": (),
    "wife": (),
    "husband": (),
    "caller": (),
    "neighbor": (),
    "neighbour": (),
    "victim": (),
    "witness": (),
    "source": (),
}

#: Nouns that say whether "he" or "she" may stand for the one they describe.
GENDERED_NOUNS: dict[str, str] = {
    **dict.fromkeys(
        [
            "woman",
            "girl",
            "mother",
            "wife",
            "daughter",
            "sister",
            "spokeswoman",
            "congresswoman",
            "chairwoman",
            "actress",
            "queen",
            "grandmother",
            "girlfriend",
            "businesswoman",
            "policewoman",
            "princess",
            "widow",
        ],
        "f",
    ),
    **dict.fromkeys(
        [
            "man",
            "boy",
            "father",
            "husband",
            "son",
            "brother",
            "spokesman",
            "congressman",
            "chairman",
            "actor",
            "king",
            "grandfather",
            "boyfriend",
            "businessman",
            "policeman",
            "prince",
            "widower",
        ],
        "m",
    ),
}

#: Nouns that stand for an organisation named earlier ("the company said").
ORG_NOUNS = lexicon("""
    company firm ministry department embassy government agency organisation organization
    party campaign bank group newspaper paper network channel office council committee
    commission court army military police union alliance bloc administration kremlin
    white house bar restaurant chain station broadcaster outlet website site
    """)


@dataclass
class Mention:
    """A named mention that can speak: entity offsets, label, group and canonical name."""

    start: int
    end: int
    label: str
    group: int
    name: str


class EntityIndex:
    """The article's named mentions, from the entities layer or, before it runs, from spaCy."""

    def __init__(self, mentions: list[Mention], text: str):
        self.text = text
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.labels: dict[int, str] = {}
        for m in self.mentions:
            # a group is a person when any of its mentions is
            if m.label == "PERSON" or m.group not in self.labels:
                self.labels[m.group] = m.label
        self.surnames: dict[str, Mention] = {}
        for m in self.mentions:
            words = _POSSESSIVE.sub("", m.name).split()
            if self.labels[m.group] == "PERSON" and len(words) > 1:
                self.surnames.setdefault(words[-1].lower(), m)
        for m in self.mentions:
            # a lone surname labelled ORG or GPE ("Yore", "Monahan") is the person named before
            words = _POSSESSIVE.sub("", m.name).split()
            person = self.surnames.get(words[-1].lower()) if len(words) == 1 else None
            if person is not None and self.labels[m.group] != "PERSON":
                m.group, m.name, m.label = person.group, person.name, "PERSON"
        self.gender: dict[int, str] = {}
        for m in self.mentions:
            before = text[max(0, m.start - 6) : m.start].lower().split()
            if before and before[-1].rstrip(".") in ("mr",):
                self.gender.setdefault(m.group, "m")
            elif before and before[-1].rstrip(".") in ("ms", "mrs", "miss"):
                self.gender.setdefault(m.group, "f")
        for m in self.mentions:
            # a full name's first name, when it is one gender's ("Dianne Feinstein")
            if self.labels[m.group] == "PERSON" and m.group not in self.gender:
                sex = first_name_gender(_POSSESSIVE.sub("", m.name))
                if sex is not None:
                    self.gender[m.group] = sex

    def by_surname(self, word: str) -> Mention | None:
        """The person an unlabelled surname stands for ("Yore said" after "Elizabeth Yore")."""
        return self.surnames.get(_POSSESSIVE.sub("", word).lower())

    def inside(self, start: int, end: int) -> list[Mention]:
        """Mentions wholly within [start, end)."""
        return [m for m in self.mentions if start <= m.start and m.end <= end]

    @classmethod
    def from_article(cls, article, doc) -> EntityIndex:
        """Mentions of ``article.entities`` when present, else doc.ents grouped by name."""
        if article.entities:
            mentions = [
                Mention(e.start, e.end, e.label, e.group, e.name)
                for e in article.entities
                if e.label in SPEAKING_LABELS
            ]
            return cls(mentions, article.text)
        return cls(_group_doc_ents(doc), article.text)

    def at(self, start: int, end: int) -> Mention | None:
        """The mention that overlaps [start, end) most, if any."""
        best, size = None, 0
        for m in self.mentions:
            if m.end <= start:
                continue
            if m.start >= end:
                break
            overlap = min(end, m.end) - max(start, m.start)
            if overlap > size:
                best, size = m, overlap
        return best

    def group_label(self, group: int) -> str:
        return self.labels.get(group, "")

    def before(self, offset: int, labels: tuple[str, ...], skip=()) -> list[Mention]:
        """Mentions ending before ``offset`` whose group has one of ``labels``, nearest first."""
        out = [
            m
            for m in self.mentions
            if m.end <= offset
            and self.group_label(m.group) in labels
            and not any(a <= m.start < b for a, b in skip)
        ]
        return out[::-1]


_POSSESSIVE = re.compile(r"[’']s$")


def _key(text: str, label: str) -> str:
    words = _POSSESSIVE.sub("", text).split()
    if label == "PERSON" and words:
        return words[-1].lower()
    words = [w for w in words if w.lower() != "the"]
    return " ".join(words).lower()


def _group_doc_ents(doc) -> list[Mention]:
    """Group spaCy's entities: a person by surname, other entities by their words."""
    ents = [e for e in doc.ents if e.label_ in SPEAKING_LABELS]
    surnames = {_key(e.text, "PERSON") for e in ents if e.label_ == "PERSON" and len(e) > 1}
    keys: dict[str, int] = {}
    names: dict[int, str] = {}
    mentions = []
    for e in ents:
        label = e.label_
        key = _key(e.text, label)
        if label != "PERSON" and len(e) == 1 and key in surnames:
            # spaCy often labels a lone surname ORG or GPE: it is the person named before
            label = "PERSON"
        if label == "PERSON":
            key = "person:" + _key(e.text, "PERSON")
        group = keys.setdefault(key, len(keys))
        text = _POSSESSIVE.sub("", e.text)
        if len(text) > len(names.get(group, "")):
            names[group] = text
        mentions.append((e.start_char, e.end_char, label, group))
    return [Mention(s, e, label, g, names[g]) for s, e, label, g in mentions]


# --- the speaker phrase ---------------------------------------------------------------

_NP_RIGHT = (
    "prep",
    "pobj",
    "compound",
    "flat",
    "nmod",
    "amod",
    "nummod",
    "poss",
    "case",
    "conj",
    "cc",
    "npadvmod",
)


def phrase_tokens(subject) -> list:
    """The speaker phrase of a subject token, without relative clauses and appositions."""
    doc = subject.doc
    if is_relative(subject):
        subject = antecedent(subject)
    left = [t for t in subject.lefts if t.dep_ not in ("punct", "cc", "appos", "relcl", "acl")]
    start = min([t.left_edge.i for t in left] + [subject.i])
    end = subject.i
    for child in subject.rights:
        if child.dep_ not in _NP_RIGHT or child.pos_ in ("VERB", "AUX"):
            break
        end = max(end, child.right_edge.i)
    tokens = [doc[i] for i in range(start, end + 1)]
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "cc"):
        tokens.pop()
    return tokens or [subject]


def antecedent(relative):
    """The noun a relative pronoun stands for ("Cruz as well, who said"): the nearest before."""
    doc = relative.doc
    verb = relative.head
    if verb.dep_ == "relcl" and verb.head.pos_ in ("PROPN", "NOUN", "PRON"):
        return verb.head
    for j in range(relative.i - 1, max(relative.i - 6, -1), -1):
        if doc[j].pos_ in ("PROPN", "NOUN", "PRON") and not is_relative(doc[j]):
            return doc[j]
        if doc[j].pos_ in ("VERB", "AUX"):
            break
    return relative


def appositive_mention(subject, index: EntityIndex) -> Mention | None:
    """A named mention in apposition to the subject ("His lawyer, Ronald Daigle")."""
    for child in subject.children:
        if child.dep_ == "appos":
            m = index.at(child.idx, child.idx + len(child.text))
            if m is not None:
                return m
    if subject.dep_ == "appos":
        # "Hunter Richard, the 16-year-old teen who says": the name the phrase describes
        head = subject.head
        return index.at(head.idx, head.idx + len(head.text))
    return None
