"""Named-entity mentions from the shared spaCy parse, grouped so that one entity has one id.

Mentions are every spaCy entity of a named kind (numbers, dates and amounts are not named
entities here; dates have their own layer).  Mentions inside social posts and boilerplate are
kept: they are evidence too, and later layers decide what to skip.

Grouping, in order:

1. aliases: country names, short forms and demonyms ("the United States", "the US", "U.S.",
   "American") and a few international bodies ("EU", "European Union") share a group.  The
   table below is ours; when ``presslens.knowledge.countries`` is present it supplies countries
   the table lacks.  Capitals are not aliases: "Moscow" is a place, not Russia (the actors layer
   decides metonymy);
2. the same name ("the Kremlin", "Kremlin", "Kremlin's") is the same entity;
3. people: a shorter name whose words all occur in exactly one longer person's name joins it
   ("Lula", "President Lula" -> "Luiz Inácio Lula da Silva"; spaCy often labels a lone surname
   ORG, so ORG mentions of one word may join a person too);
4. acronyms: "NATO" joins "North Atlantic Treaty Organization" when the initials agree.

``name`` is the group's canonical name: the alias table's name, else its longest mention
without titles, a leading "the" or a possessive.
"""

from __future__ import annotations

import re

from presslens.model import Article, Entity

REQUIRES: tuple[str, ...] = ("boilerplate",)  # its byline names people
ASSIGNS: tuple[str, ...] = ("entities",)

NAMED_LABELS = frozenset(
    {
        "PERSON",
        "NORP",
        "FAC",
        "ORG",
        "GPE",
        "LOC",
        "PRODUCT",
        "EVENT",
        "WORK_OF_ART",
        "LAW",
        "LANGUAGE",
    }
)
#: Labels whose mentions may be looked up as countries or international bodies.
_ALIAS_LABELS = frozenset({"GPE", "NORP", "ORG", "LOC"})

# canonical name | other names and demonyms.  Key: CAMEO/ISO code, or an id for a body.
_ALIASES = """
USA United States|US|USA|U.S.A|United States of America|America|American|Americans
GBR United Kingdom|UK|U.K|Britain|Great Britain|British|Briton|Britons
RUS Russia|Russian Federation|Russian|Russians
CHN China|People's Republic of China|PRC|Chinese
UKR Ukraine|Ukrainian|Ukrainians
BLR Belarus|Belarusian|Belarusians|Byelorussia
FRA France|French
DEU Germany|German|Germans|Federal Republic of Germany
POL Poland|Polish|Pole|Poles
ITA Italy|Italian|Italians
ESP Spain|Spanish
NLD Netherlands|Dutch|Holland
HUN Hungary|Hungarian|Hungarians
LTU Lithuania|Lithuanian|Lithuanians
LVA Latvia|Latvian|Latvians
EST Estonia|Estonian|Estonians
FIN Finland|Finnish|Finn|Finns
SWE Sweden|Swedish|Swede|Swedes
MDA Moldova|Moldovan|Moldovans
GEO Georgia|Georgian|Georgians
ARM Armenia|Armenian|Armenians
AZE Azerbaijan|Azerbaijani|Azerbaijanis|Azeri|Azeris
KAZ Kazakhstan|Kazakh|Kazakhs
TUR Turkey|Türkiye|Turkish|Turk|Turks
IRN Iran|Islamic Republic of Iran|Iranian|Iranians
IRQ Iraq|Iraqi|Iraqis
SYR Syria|Syrian|Syrians
ISR Israel|Israeli|Israelis
PSE Palestine|Palestinian|Palestinians|Palestinian territories
LBN Lebanon|Lebanese
YEM Yemen|Yemeni|Yemenis
SAU Saudi Arabia|Saudi|Saudis
QAT Qatar|Qatari|Qataris
EGY Egypt|Egyptian|Egyptians
AFG Afghanistan|Afghan|Afghans
PAK Pakistan|Pakistani|Pakistanis
IND India|Indian|Indians
PRK North Korea|DPRK|North Korean|North Koreans
KOR South Korea|ROK|South Korean|South Koreans|Republic of Korea
JPN Japan|Japanese
TWN Taiwan|Taiwanese
PHL Philippines|Philippine|Filipino|Filipinos
VNM Vietnam|Vietnamese|Viet Nam
CAN Canada|Canadian|Canadians
MEX Mexico|Mexican|Mexicans
BRA Brazil|Brazilian|Brazilians
ARG Argentina|Argentine|Argentinian|Argentines|Argentinians
VEN Venezuela|Venezuelan|Venezuelans
CUB Cuba|Cuban|Cubans
ZAF South Africa|South African|South Africans
NER Niger|Nigerien|Nigeriens
NGA Nigeria|Nigerian|Nigerians
MLI Mali|Malian|Malians
BFA Burkina Faso|Burkinabe
SRB Serbia|Serbian|Serbians|Serb|Serbs
XKX Kosovo|Kosovar|Kosovars
SUN Soviet Union|USSR|Soviet|Soviets
EU European Union|EU|E.U|European bloc
NATO NATO|North Atlantic Treaty Organization|North Atlantic Treaty Organisation|Atlantic Alliance
UN United Nations|UN|U.N
UNSC UN Security Council|United Nations Security Council|U.N. Security Council|Security Council
ECOWAS ECOWAS|Economic Community of West African States
AU African Union|AU
CSTO Collective Security Treaty Organization|CSTO|Collective Security Treaty Organisation
OSCE OSCE|Organization for Security and Co-operation in Europe
IAEA IAEA|International Atomic Energy Agency
IMF IMF|International Monetary Fund
G7 G7|Group of Seven|G-7
"""

_TITLES = re.compile(
    r"^(?:(?:President|Vice[- ]President|Prime Minister|Deputy Prime Minister|Minister|"
    r"(?:Foreign|Defen[cs]e|Interior|Finance|Economy) Minister|Chancellor|Secretary(?: of State)?|"
    r"Senator|Sen\.|Rep\.|Representative|Congressman|Congresswoman|Governor|Gov\.|Mayor|"
    r"General|Gen\.|Colonel|Col\.|Lt\.|Lieutenant|Major|Admiral|Marshal|Commander|Captain|"
    r"King|Queen|Prince|Princess|Sheikh|Emir|Ayatollah|Pope|Cardinal|Judge|Justice|"
    r"Ambassador|Spokesman|Spokeswoman|Commissioner|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Sir|Dame|"
    r"Former|former|Acting|acting)\s+)+"
)
_LEADING_THE = re.compile(r"^[Tt]he\s+")
_POSSESSIVE = re.compile(r"['’]s?$")
_PARTICLES = frozenset(
    {
        "da",
        "de",
        "do",
        "dos",
        "das",
        "del",
        "della",
        "di",
        "du",
        "van",
        "von",
        "der",
        "den",
        "bin",
        "al",
        "el",
        "la",
        "le",
        "of",
        "the",
        "and",
        "for",
    }
)
_ACRONYM = re.compile(r"[A-Z]{2,6}")


def _norm(text: str) -> str:
    """Lookup key of a name: no 'the', no possessive, no dots, one space, case-folded."""
    text = _POSSESSIVE.sub("", _LEADING_THE.sub("", text.strip()))
    return " ".join(text.replace(".", "").split()).casefold()


def _alias_table() -> dict[str, tuple[str, str]]:
    """Normalised alias -> (group key, canonical name), from the table above."""
    index: dict[str, tuple[str, str]] = {}
    for line in _ALIASES.strip().splitlines():
        code, names = line.split(" ", 1)
        names_list = names.split("|")
        for name in names_list:
            index[_norm(name)] = (code, names_list[0])
    return index


_ALIAS_INDEX = _alias_table()


def _country_lookup():
    """The knowledge base's country lookup when that package is present (it is optional)."""
    try:
        from presslens.knowledge import countries
    except ImportError:
        return None
    return countries


def _alias(text: str, label: str) -> tuple[str, str] | None:
    """(group key, canonical name) when a mention names a listed country or body."""
    if label not in _ALIAS_LABELS:
        return None
    hit = _ALIAS_INDEX.get(_norm(text))
    if hit:
        return hit
    kb = _country_lookup()
    if kb is None:
        return None
    found = kb.lookup(text)
    if not found or found[1] == "capital":
        return None
    code = found[0]
    return code, kb.countries()[code].name


def display(text: str, label: str) -> str:
    """A mention as a name: without titles (people), a leading 'the' or a possessive."""
    name = _POSSESSIVE.sub("", _LEADING_THE.sub("", text.strip()))
    if label in ("PERSON", "ORG"):
        stripped = _TITLES.sub("", name)
        name = stripped or name
    return " ".join(name.split())


def run(article: Article, doc, options, context: dict) -> None:
    """Named-entity mentions with one group id per entity."""
    text = article.text
    mentions = []  # (start, end, label, display name)
    for ent in doc.ents:
        if ent.label_ not in NAMED_LABELS:
            continue
        start, end = ent.start_char, ent.end_char
        if ent.label_ == "PERSON":
            start = _given_names(doc, ent.start, start)
            end = _name_end(ent)
            if end <= start:
                continue
        if "\n" in text[start:end]:
            continue  # a span across a paragraph break is a parse error, not a name
        mentions.append((start, end, ent.label_, display(text[start:end], ent.label_)))
    groups = _group(mentions, [display(a, "PERSON") for a in article.authors])
    article.entities = [
        Entity(start=s, end=e, text=text[s:e], label=label, group=groups[i][0], name=groups[i][1])
        for i, (s, e, label, _name) in enumerate(mentions)
    ]


_NOT_NAME_POS = {"AUX", "ADV", "ADP", "VERB", "PART", "DET", "PRON", "SCONJ", "CCONJ"}


def _name_end(ent) -> int:
    """End of a PERSON mention cut before the function words that a title-case headline lets
    spaCy sweep into it ("Obama Was Never As Tough On Russia" -> "Obama")."""
    k = ent.end
    while k > ent.start and _function_word(ent.doc[k - 1]):
        k -= 1
    return ent.doc[k - 1].idx + len(ent.doc[k - 1]) if k > ent.start else ent.start_char


def _function_word(token) -> bool:
    return token.is_stop and token.pos_ in _NOT_NAME_POS


def _given_names(doc, first: int, start: int) -> int:
    """Start of a PERSON mention widened over given names spaCy left out ("Luiz" before
    "Inácio Lula da Silva" at a sentence start): untagged proper nouns that are not titles."""
    i = first
    while i > 0 and first - i < 2:
        token = doc[i - 1]
        if (
            token.tag_ != "NNP"
            or token.ent_type_
            or not token.is_alpha
            or not token.text[0].isupper()
            or _TITLES.match(token.text + " ")
        ):
            break
        i -= 1
    return doc[i].idx if i < first else start


class _Groups:
    """Union-find over mention keys; each key remembers its labels and names."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.labels: dict[str, set[str]] = {}
        self.names: dict[str, list[str]] = {}
        self.canonical: dict[str, str] = {}

    def add(self, key: str, label: str, name: str) -> None:
        self.parent.setdefault(key, key)
        self.labels.setdefault(key, set()).add(label)
        self.names.setdefault(key, []).append(name)

    def find(self, key: str) -> str:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, key: str, into: str) -> None:
        a, b = self.find(key), self.find(into)
        if a != b:
            self.parent[a] = b


def _group(mentions: list[tuple[int, int, str, str]], authors: list[str]) -> list[tuple[int, str]]:
    """(group id, canonical name) for each mention; ids number groups by first mention."""
    g = _Groups()
    keys = []
    author_keys = {_norm(a) for a in authors}
    for _s, _e, label, name in mentions:
        alias = _alias(name, label)
        if alias:
            key = "=" + alias[0]
            g.canonical[key] = alias[1]
        else:
            key = _norm(name)
        g.add(key, label, name)
        if key in author_keys:
            g.labels[key].add("PERSON")  # the byline says this name is a person
        keys.append(key)

    people = {k: _words(k) for k in g.parent if "PERSON" in g.labels[k] and len(_words(k)) > 1}
    for key in list(g.parent):
        if key.startswith("=") or key in people:
            continue
        words = _words(key)
        labels = g.labels[key]
        if not words or not labels & {"PERSON", "ORG"}:
            continue
        if "PERSON" not in labels and len(words) > 1:
            continue
        if labels & {"GPE", "NORP", "LOC"}:
            continue
        hosts = [p for p, pw in people.items() if words <= pw]
        # the most specific hosts only: "Lula" in "Lula da Silva" and in the full name is one
        hosts = [h for h in hosts if not any(people[h] < people[o] for o in hosts)]
        if len({g.find(h) for h in hosts}) == 1:
            g.union(key, hosts[0])
    for long_key in [p for p in people if len(people[p]) > 1]:
        # a shorter person name contained in a longer one: "Lula da Silva" in the full name
        for other, ow in people.items():
            if other != long_key and ow < people[long_key]:
                containing = [p for p, pw in people.items() if ow < pw]
                if len({g.find(c) for c in containing}) == 1:
                    g.union(other, long_key)
    _acronyms(g, mentions, keys)
    _head_nouns(g)

    members: dict[str, list[str]] = {}
    for key in g.parent:
        members.setdefault(g.find(key), []).append(key)
    ids: dict[str, int] = {}
    names: dict[str, str] = {}
    out = []
    for key in keys:
        root = g.find(key)
        if root not in ids:
            ids[root] = len(ids)
            names[root] = _canonical(g, members[root])
        out.append((ids[root], names[root]))
    return out


def _words(key: str) -> frozenset[str]:
    """The content words of a normalised name."""
    return frozenset(w for w in re.split(r"[\s\-]+", key) if w and w not in _PARTICLES)


def _acronyms(g: _Groups, mentions: list, keys: list[str]) -> None:
    """Join an all-capitals ORG/GPE mention to the one longer name whose initials it spells."""
    initials: dict[str, set[str]] = {}
    for (_s, _e, label, name), key in zip(mentions, keys, strict=True):
        words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in _PARTICLES]
        if label in ("ORG", "GPE", "NORP") and len(words) > 1:
            initials.setdefault("".join(w[0] for w in words).upper(), set()).add(g.find(key))
    for (_s, _e, label, name), key in zip(mentions, keys, strict=True):
        if label in ("ORG", "GPE") and _ACRONYM.fullmatch(name):
            roots = initials.get(name, set())
            if len(roots) == 1:
                g.union(key, next(iter(roots)))


def _head_nouns(g: _Groups) -> None:
    """Join a one-word ORG ("Commission") to the one longer ORG it ends ("European Commission")."""
    orgs = [k for k in g.parent if not k.startswith("=") and "ORG" in g.labels[k]]
    for key in orgs:
        if " " in key or g.labels[key] - {"ORG"}:
            continue
        hosts = {g.find(o) for o in orgs if o.endswith(" " + key)}
        if len(hosts) == 1:
            g.union(key, next(iter(hosts)))


def _canonical(g: _Groups, members: list[str]) -> str:
    """The alias table's name of a group, else its longest mention."""
    for k in members:
        if k in g.canonical:
            return g.canonical[k]
    names = [n for k in members for n in g.names[k]]
    person = [n for k in members if "PERSON" in g.labels[k] for n in g.names[k]]
    return max(person or names, key=lambda n: (len(n), n))
