"""Actors: the states, organisations, armed groups and public persons that act in an article.

Each actor is coded in the CAMEO actor style: a country code plus role codes ("RUSMIL",
"BRAGOV"), or an organisation code ("IGOUNO").  The code comes from, in order of strength:

1. a PETRARCH/TABARI actor dictionary (``Options.dictionaries``), with dated roles judged by
   the sentence's date or else the article's ``published`` date;
2. our organisation list (UN, NATO, Hamas, ...) and country lexicon (names, short forms,
   demonyms, capitals and seats of power: "Kremlin" is RUSGOV);
3. the phrase around the mention: a role word (agent dictionary or our role lexicon) joined to
   a country inside the same noun phrase ("the Russian navy", "Turkey's intelligence agency",
   "soldiers from Gondor") or a title before a name ("Brazilian President Lula");
4. the article itself: every mention of an entity group takes the code its best-coded mention
   earned ("Lula" later in the text is still BRAGOV), and an acronym in brackets after a
   coded organisation joins it.

``context["actor_mentions"]`` is set for the events layer: a list of
``(start_token, end_token, actor_id, code)`` per coded mention, sorted by position (tokens of
the shared parse; end exclusive).  Everything it holds is also in ``article.actors``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from presslens.knowledge import countries as country_lexicon
from presslens.knowledge import gazetteer, petrarch
from presslens.knowledge import roles as role_lexicon
from presslens.model import Actor, Article, Span

REQUIRES = ("entities", "dates")
ASSIGNS = ("actors",)

_POSS = {"'s", "’s", "'", "’"}
# Prepositions that attach a country to a role noun: "soldiers from Gondor".
_ROLE_PREPS = {"of", "from", "in"}
# A state's posts abroad: "in" names where they are, not whose they are.
_POSTS = {"embassy", "consulate", "legation", "mission", "delegation"}
_NOUN_POS = {"NOUN", "PROPN", "PRON"}
# Tokens that continue a compound role ("security officials") but carry no role themselves.
_WORD_ACRONYMS = {"who", "au", "un", "sco", "oas", "pla", "gcc", "rada", "hts", "eu", "ice"}
_FORMER = {"former", "ex", "exiled"}
# Prefixes of a stance towards a state, not membership of it ("anti-Israel", "pro-Russian").
_STANCES = {"anti", "pro"}


@dataclass
class Hit:
    """A coded stretch of tokens before actors are formed."""

    start: int
    end: int  # exclusive
    kind: str  # actor (full code), country, agent (role code with ~), org
    code: str
    basis: str
    group: int | None = None
    name: str = ""


@dataclass
class Mention:
    start: int
    end: int
    code: str
    country: str | None
    roles: list[str]
    basis: str
    group: int | None
    name: str
    actor_id: str = ""
    extra: dict = field(default_factory=dict)


# --- dictionary and lexicon matching ------------------------------------------------


def _uppers(doc) -> list[str]:
    return [t.text.upper() for t in doc]


def _match_phrase(uppers: list[str], doc, i: int, words: tuple[str, ...], stem: bool) -> int:
    """Length in tokens of a dictionary phrase matching at token ``i`` (0 when it does not)."""
    n = len(words)
    k = 0  # word index
    t = i  # token index
    while k < n:
        if t >= len(uppers):
            return 0
        token = uppers[t]
        if "_" in token:
            # One token written with underscores covers several words ("Dol_Amroth").
            parts = tuple(p for p in token.split("_") if p)
            if words[k : k + len(parts)] != parts:
                return 0
            k += len(parts)
            t += 1
            continue
        word = words[k]
        if token != word and "-" in word and word.startswith(token):
            # "BARAD-DUR" against the tokens "Barad", "-", "dur".
            joined, u = token, t
            while (
                joined != word and u + 1 < len(uppers) and word.startswith(joined + uppers[u + 1])
            ):
                u += 1
                joined += uppers[u]
            if joined == word:
                k += 1
                t = u + 1
                continue
        last = k == n - 1
        # A stem matches a longer capitalised word ("ARGENTIN" -> "Argentina"), or a plural.
        if token != word and not (
            last
            and token.startswith(word)
            and (
                (stem and doc[t].text[:1].isupper() and len(token) - len(word) <= 3)
                or token == word + "S"
            )
        ):
            return 0
        k += 1
        t += 1
    return t - i


def _dictionary_hits(doc, uppers, dicts: petrarch.Dictionaries, date: str | None) -> list[Hit]:
    hits: list[Hit] = []
    for i, upper in enumerate(uppers):
        best: Hit | None = None
        for phrase, entry in dicts.actors.get(upper, ()):
            n = _match_phrase(uppers, doc, i, phrase.words, phrase.stem)
            if n and (best is None or n > best.end - best.start):
                code = entry.code_on(date)
                if code:
                    best = Hit(i, i + n, "actor", code, "dictionary", name=entry.name)
        if best is None:
            for phrase, code in dicts.agents.get(upper, ()):
                n = _match_phrase(uppers, doc, i, phrase.words, False)
                if n and (best is None or n > best.end - best.start):
                    best = Hit(i, i + n, "agent", code, "dictionary")
        if best is not None:
            hits.append(best)
    return _longest_first(hits)


def _longest_first(hits: list[Hit]) -> list[Hit]:
    """Keep the longest of overlapping hits, leftmost first."""
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    out: list[Hit] = []
    taken_until = -1
    for hit in hits:
        if hit.start >= taken_until:
            out.append(hit)
            taken_until = hit.end
    return out


def _places(ents) -> list[tuple[int, int]]:
    """Token ranges of the entities that may name a place."""
    return [(e.start, e.end) for e in ents if e.label_ in ("GPE", "LOC", "FAC", "PRODUCT", "ORG")]


def _lexicon_hits(doc, places: list[tuple[int, int]]) -> list[Hit]:
    """Countries, organisations and role words from our own lexicons.

    ``doc`` is a sentence; ``places`` are the token ranges (in the whole text) of its
    ``_places`` (taken from the text's entities once: a sentence's ``ents`` scans them all)."""
    hits: list[Hit] = []
    texts = [t.text for t in doc]
    lowers = [t.lower_ for t in doc]
    n_tokens = len(doc)
    max_c = min(country_lexicon.max_words(), 6)
    max_r = role_lexicon.max_words()
    # Towns and cities the parser names as places stand for their country ("threatened Manbij").
    # (the small model tags some towns as products or organisations: "threatened Manbij")
    # (``doc`` is a sentence: its entities' offsets count from the start of the whole text)
    offset = getattr(doc, "start", 0)
    places = {(start - offset, end - offset) for start, end in places}
    for i in range(n_tokens):
        if not texts[i][:1].isalnum():
            continue
        found = None
        # Country names, demonyms and capitals must be capitalised ("turkey" is a bird).
        if (
            texts[i][:1].isupper()
            or lowers[i] == "the"
            or lowers[i] in role_lexicon.organisation_openers()
        ):
            for n in range(min(max_c, n_tokens - i), 0, -1):
                phrase = doc[i : i + n].text
                key = re.sub(r"^the ", "", phrase.lower())
                org = role_lexicon.ORGANISATIONS.get(key)
                # An acronym that is also a word counts only in capitals ("WHO", not "Who").
                acronym_ok = (
                    n > 1 or key not in _WORD_ACRONYMS or texts[i].replace(".", "").isupper()
                )
                if (
                    org
                    and acronym_ok
                    and (
                        n > 1
                        or texts[i][:1].isupper()
                        or key in role_lexicon.LOWER_CASE_ORGANISATIONS
                    )
                ):
                    found = Hit(i, i + n, "actor", org, "lexicon")
                    break
                person = role_lexicon.PEOPLE.get(phrase.lower())
                # (a tagger may read a sentence-initial "Trump" as the noun)
                if person and texts[i][:1].isupper() and doc[i + n - 1].pos_ in ("PROPN", "NOUN"):
                    found = Hit(i, i + n, "country", person, "lexicon:person")
                    break
                if not texts[i + n - 1][:1].isupper():
                    continue
                hit = country_lexicon.lookup(phrase)
                if hit and i >= 2 and lowers[i - 1] == "-" and lowers[i - 2] in _STANCES:
                    break  # "the anti-Israel crowd", "pro-Israel students": for or against it
                if (
                    hit
                    and lowers[i + n : i + n + 2] == ["-", "born"]
                    and any(country_lexicon.lookup(t) for t in texts[i + n + 2 : i + n + 5])
                ):
                    # "Hungarian-born U.S. financier George Soros": where he was born, when the
                    # phrase names the state he belongs to ("an American-born man" is American)
                    break
                if hit:
                    found = Hit(i, i + n, "country", hit[0], f"lexicon:{hit[1]}")
                    break
                last = doc[i + n - 1]
                if (i, i + n) in places and (
                    not (i > 0 and lowers[i - 1] == "the")
                    # (a town takes no article: "the North", "the Union" are no towns; but
                    # "the Las Vegas police": the article is the office's)
                    or (
                        n > 1
                        and last.dep_ == "compound"
                        and role_lexicon.role_of(last.head.lemma_) is not None
                    )
                ):
                    # (a US state is American, "Ken Paxton of Texas", unless it only places
                    # the town before its comma: "Palm Beach, Florida")
                    town = gazetteer.country_of(phrase) or (
                        "USA"
                        if gazetteer.is_us_state(phrase) and not (i > 0 and texts[i - 1] == ",")
                        else None
                    )
                    # "Palm Beach, Florida": a US state after the comma settles the country
                    after = i + n + 1
                    if (
                        after < n_tokens
                        and texts[i + n] == ","
                        and any(
                            gazetteer.is_us_state(doc[after : after + k].text)
                            for k in (1, 2)
                            if after + k <= n_tokens
                        )
                    ):
                        town = "USA"
                    if town:
                        found = Hit(i, i + n, "country", town, "gazetteer")
                        break
        if found is None:
            for n in range(min(max_r, n_tokens - i), 0, -1):
                words = lowers[i : i + n]
                key = " ".join(words)
                role = role_lexicon.ROLES.get(key)
                if role is None and n == 1:
                    role = role_lexicon.ROLES.get(doc[i].lemma_.lower())
                if role:
                    # A role word counts only as (the end of) a noun phrase, not "general" as ADJ,
                    # nor as a modifier of a thing: "regime change", "an army base", "a court
                    # ruling" name no actor ("government officials" still does).
                    last = doc[i + n - 1]
                    modifier = (
                        last.dep_ == "compound"
                        and last.head.i > last.i
                        and last.head.pos_ == "NOUN"
                        and role_lexicon.role_of(last.head.lemma_) is None
                        and role_lexicon.role_of(last.head.lower_) is None
                    )
                    if last.pos_ in ("NOUN", "PROPN") and not modifier:
                        found = Hit(i, i + n, "agent", "~" + role, "lexicon")
                    break
        if found is not None:
            hits.append(found)
    return _longest_first(hits)


# --- composing noun phrases ----------------------------------------------------------


def _combine(base: str, agent: str) -> str:
    """Join a country (or actor) code with an agent code placed by ``~``."""
    if not agent:
        return base
    if agent.startswith("~"):
        role = agent[1:]
        if base.endswith(role):
            return base
        return base + role
    if agent.endswith("~"):
        return agent[:-1] + base
    return base + agent


def _roles_of(code: str, country: str | None) -> list[str]:
    rest = code[len(country) :] if country and code.startswith(country) else code
    return [rest[i : i + 3] for i in range(0, len(rest), 3) if rest[i : i + 3]]


def _country_of(code: str) -> str | None:
    head = code[:3]
    if head in country_lexicon.countries() or head in {"XKX"}:
        return head
    return None


def _np_span(token) -> tuple[int, int]:
    """The token range of a noun's left modifiers and itself (no clauses, no right PPs)."""
    start = token.i
    for child in token.lefts:
        if child.dep_ in (
            "det",
            "amod",
            "compound",
            "poss",
            "nmod",
            "nummod",
            "case",
            "punct",
            "advmod",
            "cc",
            "conj",
            "quantmod",
            "predet",
        ):
            start = min(start, child.left_edge.i)
    return start, token.i + 1


def _possessor_first(doc, hits: list[Hit]) -> list[Hit]:
    """PETRARCH reads "Arnor's Elrond" as Arnor: a coded possessor wins over a coded head."""
    out: list[Hit] = []
    skip: set[int] = set()
    for i, hit in enumerate(hits):
        if id(hit) in skip:
            continue
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        if (
            nxt is not None
            and hit.kind in ("actor", "country")
            and nxt.kind == "actor"
            and hit.end < len(doc)
            and doc[hit.end].text in _POSS
            and nxt.start == hit.end + 1
        ):
            skip.add(id(nxt))
        out.append(hit)
    return out


def _compose(doc, hits: list[Hit]) -> list[Mention]:
    """Join role words to the countries in their noun phrase; the rest stand alone."""
    by_token: dict[int, Hit] = {}
    for hit in hits:
        for k in range(hit.start, hit.end):
            by_token[k] = hit
    used: set[int] = set()
    mentions: list[Mention] = []
    for hit in hits:
        if hit.kind != "agent":
            continue
        # The syntactic head of a multi-word role ("Ministry of Silly Walks" -> "Ministry").
        head = next(
            (
                doc[k]
                for k in range(hit.start, hit.end)
                if not hit.start <= doc[k].head.i < hit.end or doc[k].head.i == k
            ),
            doc[hit.end - 1],
        )
        # The role word heads a noun phrase, or is a compound/title inside one ("President X").
        np_head = head
        while (
            np_head.dep_ == "compound"
            and np_head.head.i > np_head.i
            and not any(c.dep_ == "case" for c in np_head.children)
        ):
            # "President Trump's summit" parsed as a compound: the possessor ends the phrase.
            np_head = np_head.head
        lo, hi = _np_span(np_head)
        lo = min(lo, hit.start)
        base_hits = [
            h
            for h in hits
            if h is not hit and h.kind in ("country", "actor") and lo <= h.start and h.end <= hi
        ]
        end = max(hi, hit.end)
        if not base_hits:
            for prep in np_head.rights:
                if prep.lower_ == "in" and np_head.lemma_.lower() in _POSTS:
                    break  # "its embassy in London" is where the embassy is, not whose
                if prep.dep_ == "prep" and prep.lower_ in _ROLE_PREPS:
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            inner = [
                                h
                                for h in hits
                                if h.kind in ("country", "actor")
                                and obj.left_edge.i <= h.start
                                and h.end <= obj.right_edge.i + 1
                            ]
                            if inner:
                                base_hits = inner[:1]
                                end = max(end, inner[0].end)
                                # "the ambassadors of Arnor, Osgiliath and Gondor": each
                                # conjoined country takes the role too.
                                for other in inner[1:]:
                                    if doc[other.end - 1].dep_ == "conj":
                                        other.code = _combine(other.code, hit.code)
                                        other.basis = f"{other.basis}+{hit.basis}"
                    break
        agent_code = hit.code
        if any(doc[k].lower_ in _FORMER for k in range(lo, hit.start)):
            # "former security officials": CAMEO codes former office holders as elites.
            agent_code = "~ELI"
        # A second agent in the phrase adds its role ("Arnor's foreign minister": GOV + FRM).
        extra_agents = [
            h for h in hits if h.kind == "agent" and h is not hit and lo <= h.start and h.end <= hi
        ]
        pre = [h for h in base_hits if h.kind == "country" and h.end <= hit.start]
        if (
            len(pre) > 1
            and len({h.code[:3] for h in pre}) == len(pre)
            and all(doc[h.end - 1].dep_ == "conj" for h in pre[1:])
            and any(doc[k].dep_ == "cc" for k in range(pre[0].end, pre[-1].start))
        ):
            # "US and Chinese authorities", "Russian and Belarusian troops": each country's.
            for h in pre[:-1]:
                code = _combine(h.code, agent_code)
                mentions.append(
                    Mention(
                        h.start,
                        h.end,
                        code,
                        h.code[:3],
                        _roles_of(code, h.code[:3]),
                        f"{h.basis}+{hit.basis}",
                        None,
                        "",
                    )
                )
                used.add(id(h))
            base_hits = [h for h in base_hits if h not in pre[:-1]]
            lo = pre[-1].start
        if base_hits:
            base = base_hits[-1]
            code = base.code
            for other in extra_agents:
                code = _combine(code, other.code)
            code = _combine(code, agent_code)
            country = _country_of(base.code) if base.kind == "actor" else base.code
            if base.kind == "country":
                country = base.code
            start = min(lo, base.start)
            mentions.append(
                Mention(
                    start,
                    end,
                    code,
                    country,
                    _roles_of(code, country),
                    f"{base.basis}+{hit.basis}",
                    base.group,
                    "",
                )
            )
            used.update(id(h) for h in base_hits)
            used.add(id(hit))
            used.update(id(h) for h in extra_agents)
        else:
            mentions.append(
                Mention(
                    lo,
                    max(hi, hit.end),
                    "---" + agent_code.strip("~"),
                    None,
                    [agent_code.strip("~")],
                    hit.basis,
                    None,
                    "",
                )
            )
            used.add(id(hit))
    # "Danish media and government": a coordinated bare role shares its partner's country.
    for m in mentions:
        if not m.code.startswith("---"):
            continue
        head = doc[m.end - 1]
        if head.dep_ == "conj":
            partner = next(
                (
                    o
                    for o in mentions
                    if o is not m and o.country and o.start <= head.head.i < o.end
                ),
                None,
            )
            if partner is not None and partner.start < m.start:
                m.code = partner.country + m.code[3:]
                m.country = partner.country
                m.basis = f"{m.basis}+coordination"
    for hit in hits:
        if id(hit) in used or hit.kind == "agent":
            continue
        # (a country hit may have taken a role from a coordinated phrase: "FRAGOV")
        country = hit.code[:3] if hit.kind == "country" else _country_of(hit.code)
        mentions.append(
            Mention(
                hit.start,
                hit.end,
                hit.code,
                country,
                _roles_of(hit.code, country),
                hit.basis,
                hit.group,
                hit.name,
            )
        )
    mentions.sort(key=lambda m: (m.start, -m.end))
    return mentions


# --- the layer ------------------------------------------------------------------------


def _sentence_dates(article: Article, doc) -> dict[int, str]:
    """Sentence start token -> the first resolved date mentioned in that sentence."""
    out: dict[int, str] = {}
    if not article.dates:
        return out
    for sent in doc.sents:
        s0, s1 = sent.start_char, sent.end_char
        for d in article.dates:
            if d.value and s0 <= d.start < s1:
                out[sent.start] = d.value
                break
    return out


def _entity_spans(article: Article, doc) -> list[tuple[int, int, str, int, str]]:
    """(start_token, end_token, label, group, name) for each entity mention."""
    out = []
    if article.entities:
        for ent in article.entities:
            span = doc.char_span(ent.start, ent.end, alignment_mode="expand")
            if span is not None:
                out.append((span.start, span.end, ent.label, ent.group, ent.name))
        return out
    # Before the entities layer exists: spaCy's own entities, grouped by name overlap.
    groups: dict[str, int] = {}
    persons: list[tuple[set[str], int, str]] = []
    for ent in doc.ents:
        text = re.sub(r"^(the|The)\s+", "", ent.text)
        text = re.sub(r"['’]s$", "", text)
        group = groups.get(text)
        if group is None and ent.label_ in ("PERSON", "ORG"):
            words = set(text.split())
            for known, g, name in persons:
                if words and words <= known:
                    group = g
                    text = name
                    break
        if group is None:
            group = len(groups)
            groups[text] = group
            if ent.label_ in ("PERSON", "ORG"):
                persons.append((set(text.split()), group, text))
        out.append((ent.start, ent.end, ent.label_, group, text))
    return out


def run(article: Article, doc, options, context: dict) -> None:
    """Find and code the actors of ``article``; fill ``article.actors``."""
    dicts = petrarch.load(options.dictionaries) if options.dictionaries else None
    builtin = (options.extra or {}).get("actors", {}).get("builtin", True)
    entity_spans = _entity_spans(article, doc)
    mentions = code_mentions(article, doc, dicts, builtin=builtin, entity_spans=entity_spans)
    if builtin:
        _collective_nouns(doc, mentions)
        _possessive_country(doc, mentions)
        _defined_organisations(doc, mentions, entity_spans)
        _context_country(doc, mentions)
        # The country an article is about names its bare roles before the dateline does (a
        # report datelined MOSCOW about Belarus speaks of Belarus's prosecutor).
        _home_country(doc, mentions)
        _dateline_country(article, mentions)
        _bare_offices(doc, mentions)
        _unplaced_people(doc, mentions, entity_spans)
    article.actors = build_actors(article, doc, mentions)
    context["actor_mentions"] = [
        (m.start, m.end, m.actor_id, m.code) for m in mentions if m.actor_id
    ]


_COLLECTIVE = {"alliance", "bloc", "union", "organisation", "organization", "coalition"}


def _body_mention(start: int, end: int, body: Mention) -> Mention:
    """A mention of tokens [start, end) that stands for the intergovernmental ``body``."""
    return Mention(start, end, body.code, None, [], "context", body.group, body.name)


def _collective_nouns(doc, mentions: list[Mention]) -> None:
    """ "The alliance", "the bloc": the intergovernmental body named last before them."""
    taken = {k for m in mentions for k in range(m.start, m.end)}
    last_igo: Mention | None = None
    added = []
    led: list[Mention] = []
    # A headline's "Russia-led military alliance" comes before the body names it.
    first_igo = next(
        (m for m in sorted(mentions, key=lambda m: m.start) if m.code.startswith("IGO")), None
    )
    igo_at: dict[int, Mention] = {}
    for m in mentions:
        if m.code.startswith("IGO"):
            igo_at[m.start] = m  # the last one listed at a token, as the scan kept it
    for tok in doc:
        last_igo = igo_at.get(tok.i, last_igo)
        if (
            last_igo is None
            and first_igo is not None
            and tok.lower_ in _COLLECTIVE
            and tok.i >= 2
            and doc[tok.i - 1].lower_ != "the"
            and any(t.lower_ in ("led", "backed") for t in doc[max(0, tok.i - 3) : tok.i])
            and doc[tok.i].sent.start == 0
        ):
            # "Armenia freezes participation in Russia-led military alliance" (a headline).
            start = next(
                t.i
                for t in doc[max(0, tok.i - 5) : tok.i]
                if t.dep_ != "prep" and t.i > doc[tok.i].head.i
            )
            led += [m for m in mentions if start <= m.start and m.end <= tok.i + 1]
            added.append(_body_mention(start, tok.i + 1, first_igo))
            continue
        if (
            tok.lower_ in _COLLECTIVE
            and tok.i not in taken
            and last_igo is not None
            and tok.i > 0
            and doc[tok.i - 1].lower_ == "the"
        ):
            added.append(_body_mention(tok.i - 1, tok.i + 1, last_igo))
        elif (
            tok.lower_ in _COLLECTIVE
            and last_igo is not None
            and tok.i >= 4
            and doc[tok.i - 1].lower_ in ("led", "backed")
            and doc[tok.i - 2].text == "-"
            and any(t.lower_ == "the" for t in doc[max(0, tok.i - 6) : tok.i - 3])
        ):
            # "the Russia-led bloc" after the CSTO is named: the bloc, not its leader.
            start = next(t.i for t in doc[max(0, tok.i - 6) : tok.i - 3] if t.lower_ == "the")
            led += [m for m in mentions if start <= m.start and m.end <= tok.i + 1]
            added.append(_body_mention(start, tok.i + 1, last_igo))
        elif (
            tok.lower_ in _COLLECTIVE
            and last_igo is None
            and tok.i >= 3
            and tok.i not in taken
            and doc[tok.i - 1].lower_ == "led"
            and doc[tok.i - 2].text == "-"
        ):
            # "the Saudi-led coalition bombed Yemen": with no body named, the coalition acts
            # for the state that leads it
            for m in mentions:
                if m.end == tok.i - 2 and m.country and not m.code.startswith("IGO"):
                    m.end = tok.i + 1
                    taken.update(range(m.start, m.end))
                    break
    for m in led:
        mentions.remove(m)
    mentions.extend(added)
    mentions.sort(key=lambda m: (m.start, -m.end))


def _possessive_country(doc, mentions: list[Mention]) -> None:
    """ "its navy", "their forces": the country named last before the possessive."""
    for m in mentions:
        if not m.code.startswith("---"):
            continue
        owner = next(
            (t for t in doc[m.start : m.end] if t.lower_ in ("its", "their") and t.dep_ == "poss"),
            None,
        )
        if owner is None:
            continue
        sent_start = doc[m.start].sent.start
        earlier = [
            o
            for o in mentions
            if o.end <= owner.i and o.country and o.start >= max(0, sent_start - 60)
        ]
        if earlier:
            m.code = earlier[-1].country + m.code[3:]
            m.country = earlier[-1].country
            m.basis = f"{m.basis}+possessive"


def _dateline_country(article: Article, mentions: list[Mention]) -> None:
    """Bare roles ("the junta", "the prosecutor general") belong to the dateline's country.

    A wire report datelined NIAMEY speaks of Niger's soldiers and president unless it names
    another country; without a dateline a bare role keeps no country.
    """
    place = None
    for item in article.boilerplate:
        if item.kind == "dateline":
            head = re.split(r"[,(\u2014\-]", item.text, maxsplit=1)[0].strip()
            place = country_lexicon.lookup(head)
            break
    if not place:
        return
    for m in mentions:
        # A named person's country is not the dateline's ("President Lysenko" in a Moscow
        # report is Belarus's): only bare roles take it.
        if m.code.startswith("---") and m.group is None:
            m.code = place[0] + m.code[3:]
            m.country = place[0]
            m.basis = f"{m.basis}+dateline"


# Roles whose country is seldom the article's own: people on the move, a counterpart.
_FOREIGN_ROLES = {"REF"}
# Roles that report on a country rather than belong to it: a journalist interviewing someone
# about Iran is no Iranian.
_REPORTING_ROLES = {"MED"}
# Religious offices cross borders (a pope, a patriarch): no country from the words nearby.
_STATELESS_ROLES = {"REL"}
_NOT_ONE_SIDE = {"two", "both", "counterpart", "counterparts", "foreign", "allies", "sides"}


def _context_country(doc, mentions: list[Mention]) -> None:
    """A country for named people the text gives none.

    A titled person ("President Viktor Lysenko") takes a country named just before them in the
    same sentence ("Belarusian authorities said they had foiled an attempt to overthrow
    President Viktor Lysenko").  Bare offices ("the Senate") stay without one: giving them the
    article's leading state gained nothing on the dev gold.
    """
    by_group: dict[int, str] = {}
    for m in mentions:
        if not m.code.startswith("---"):
            continue
        words = {t.lower_ for t in doc[m.start : m.end]}
        if words & _NOT_ONE_SIDE or set(m.roles) & (_FOREIGN_ROLES | _REPORTING_ROLES):
            continue
        country = None
        if m.group is not None and not set(m.roles) & _STATELESS_ROLES:
            if m.group not in by_group:
                # Only where the person is introduced: a country named near a later mention
                # says nothing of who they are.
                sent_start = doc[m.start].sent.start
                before = [
                    o
                    for o in mentions
                    if o.country
                    and o.end <= m.start
                    and o.start >= max(sent_start, m.start - 15)
                    and o.country in country_lexicon.countries()
                ]
                by_group[m.group] = before[-1].country if before else ""
            country = by_group[m.group] or None
        if country:
            m.code = country + m.code[3:]
            m.country = country
            m.basis = f"{m.basis}+context"


# Nouns that say what kind of body an unknown name is ("the MEK is an Iranian opposition
# group", "Al-Shabaab, the Somali militant movement").
_BODY_NOUNS = {
    "organization",
    "organisation",
    "group",
    "movement",
    "militia",
    "party",
    "faction",
    "network",
    "agency",
    "army",
    "front",
    "company",
    "firm",
    "newspaper",
    "broadcaster",
    "outlet",
    "channel",
}


def _defined_organisations(doc, mentions: list[Mention], entity_spans) -> None:
    """An organisation no list knows takes the country and role its definition gives: "MEK is
    the Iranian political-militant organization that ...", "the MEK, an Iranian opposition
    group, ...".  Every later mention of the same name carries them."""
    taken = {k for m in mentions for k in range(m.start, m.end)}
    defined: dict[str, Mention] = {}
    for start, end, label, group, _name in entity_spans:
        if label not in ("ORG", "PERSON") or any(k in taken for k in range(start, end)):
            continue
        head = doc[start:end].root
        kinds = [c for c in head.children if c.dep_ == "appos"]
        if head.dep_ == "nsubj" and head.head.lemma_ == "be":
            kinds += [c for c in head.head.children if c.dep_ == "attr"]
        for kind in kinds:
            if kind.lemma_.lower() not in _BODY_NOUNS:
                continue
            modifiers = {t.i for t in kind.subtree if t.i < kind.i}
            states = [
                m
                for m in mentions
                if m.start in modifiers and m.country in country_lexicon.countries()
            ]
            if len({m.country for m in states}) != 1:
                continue
            roles = [
                r
                for t in doc[min(modifiers, default=kind.i) : kind.i + 1]
                if (r := role_lexicon.role_of(t.lemma_)) is not None
            ][:1]
            country = states[0].country
            name = doc[start:end].text
            if name.lower().startswith("the "):
                name = name[4:]
            defined.setdefault(
                name,
                Mention(
                    start, end, country + "".join(roles), country, roles, "definition", group, name
                ),
            )
            break
    if not defined:
        return
    for tok in doc:
        for name, model in defined.items():
            words = name.split()
            stop = tok.i + len(words)
            if stop > len(doc) or [t.text for t in doc[tok.i : stop]] != words:
                continue
            if any(k in taken for k in range(tok.i, stop)):
                continue
            mentions.append(
                Mention(
                    tok.i,
                    stop,
                    model.code,
                    model.country,
                    list(model.roles),
                    "definition",
                    model.group,
                    name,
                )
            )
            taken.update(range(tok.i, stop))
    mentions.sort(key=lambda m: (m.start, -m.end))


# Roles at home: with no country of their own, they belong to the country an article is about.
_DOMESTIC_ROLES = {"OPP", "ELI", "LEG", "JUD", "COP", "CVL", "MED", "GOV"}


def _home_country(doc, mentions: list[Mention]) -> None:
    """ "Former officials attack the president", "demonstrators protesting the nomination": a
    bare domestic role in an article about one country (at least half of the country-coded
    mentions, five or more) belongs to that country."""
    counts: dict[str, int] = {}
    for m in mentions:
        if m.country and m.country in country_lexicon.countries():
            counts[m.country] = counts.get(m.country, 0) + 1
    total = sum(counts.values())
    if total < 5:
        return
    home, n = max(counts.items(), key=lambda kv: kv[1])
    if n < 0.5 * total:
        return
    for m in mentions:
        if m.code.startswith("---") and m.group is None and set(m.roles) <= _DOMESTIC_ROLES:
            if not m.roles or doc[m.end - 1].lemma_.lower() in ("regime", "junta"):
                continue  # "the regime" is seldom the writer's own government
            m.code = home + m.code[3:]
            m.country = home
            m.basis = f"{m.basis}+home"


def _unplaced_people(doc, mentions: list[Mention], entity_spans) -> None:
    """A named person of no known country or office, in an article that is mostly about one
    state, belongs to that state ("Omar Mateen" in a report on Orlando): annotators and GDELT
    code people by the country they live in."""
    counts: dict[str, int] = {}
    for m in mentions:
        if m.country:
            counts[m.country] = counts.get(m.country, 0) + 1
    if not counts:
        return
    leading = max(counts, key=lambda c: counts[c])
    if counts[leading] < 3 or counts[leading] * 4 < sum(counts.values()) * 3:
        return
    taken = {k for m in mentions for k in range(m.start, m.end)}
    placed = {m.group for m in mentions if m.group is not None}
    proper: dict[str, list[int]] = {}
    for tok in doc:
        if tok.pos_ == "PROPN":
            proper.setdefault(tok.text, []).append(tok.i)
    for start, end, label, group, name in entity_spans:
        if label != "PERSON" or group in placed or any(k in taken for k in range(start, end)):
            continue
        mentions.append(Mention(start, end, leading, leading, [], "leading-state", group, name))
        taken.update(range(start, end))
        if end - start >= 2:
            # the person named again by one word of the name where the tagger saw no entity
            for word in doc[start:end]:
                if word.pos_ != "PROPN" or len(word.text) <= 2:
                    continue
                for i in proper.get(word.text, ()):
                    if i >= end and i not in taken:
                        mentions.append(
                            Mention(i, i + 1, leading, leading, [], "leading-state", group, name)
                        )
                        taken.add(i)
    mentions.sort(key=lambda m: (m.start, -m.end))


def _bare_offices(doc, mentions: list[Mention]) -> None:
    """ "Members of Congress": a capitalised office name that stands for one country's
    office when the article gives it no country."""
    for m in mentions:
        if not m.code.startswith("---") or m.end - m.start != 1:
            continue
        word = doc[m.start]
        country = role_lexicon.BARE_OFFICES.get(word.lower_)
        if country and word.text[:1].isupper():
            m.code = country + m.code[3:]
            m.country = country
            m.basis = f"{m.basis}+office"


def code_mentions(
    article: Article,
    doc,
    dicts: petrarch.Dictionaries | None,
    builtin: bool = True,
    entity_spans: list | None = None,
) -> list[Mention]:
    """Every coded actor mention in the parse, before mentions are joined into actors.

    ``builtin=False`` codes from the dictionaries alone, as PETRARCH does (validation).
    """
    if entity_spans is None:
        entity_spans = _entity_spans(article, doc)
    sentence_dates = _sentence_dates(article, doc)
    uppers = _uppers(doc)
    mentions: list[Mention] = []
    by_sentence: list[list[Hit]] = []
    places = _places(doc.ents)
    place_starts = [start for start, _end in places]
    for sent in doc.sents:
        date = sentence_dates.get(sent.start) or article.published
        hits: list[Hit] = []
        if dicts is not None:
            hits = _dictionary_hits(sent, uppers[sent.start : sent.end], dicts, date)
            for h in hits:
                h.start += sent.start
                h.end += sent.start
        lexical = []
        if builtin or dicts is None:
            lo = bisect.bisect_left(place_starts, sent.start)
            hi = bisect.bisect_left(place_starts, sent.end)
            lexical = _lexicon_hits(sent, [p for p in places[lo:hi] if p[1] <= sent.end])
        for h in lexical:
            h.start += sent.start
            h.end += sent.start
        taken = {k for h in hits for k in range(h.start, h.end)}
        hits += [h for h in lexical if not any(k in taken for k in range(h.start, h.end))]
        by_sentence.append(hits)
    if builtin:
        _stateless_peoples(doc, by_sentence)
    for hits in by_sentence:
        hits.sort(key=lambda h: h.start)
        if not builtin:
            hits = _possessor_first(doc, hits)
        mentions += _compose(doc, hits)
    _attach_entities(doc, mentions, entity_spans)
    return mentions


def _stateless_peoples(doc, by_sentence: list[list[Hit]]) -> None:
    """ "The Kurds", "Kurdish forces": a people with no state of its own stands for the state,
    among those it lives in, that the three sentences before it name last, else the one the
    article names most (none when it names none of them)."""
    counts: dict[str, int] = {}
    countries = sorted(
        ((h.start, h.code) for hits in by_sentence for h in hits if h.kind == "country"),
    )
    for _, code in countries:
        counts[code] = counts.get(code, 0) + 1
    sentences = list(doc.sents)
    for n, (sent, hits) in enumerate(zip(sentences, by_sentence, strict=True)):
        taken = {k for h in hits for k in range(h.start, h.end)}
        window_start = sentences[max(0, n - 3)].start
        for tok in sent:
            homes = country_lexicon.STATELESS_PEOPLES.get(tok.lower_)
            if not homes or tok.i in taken or not tok.text[:1].isupper():
                continue
            # (a state in the same sentence is as often the one acting on the people: "Turkish
            # troops attacked Kurdish fighters")
            near = [
                code
                for start, code in countries
                if code in homes and window_start <= start < sent.start
            ]
            named = [c for c in homes if counts.get(c)]
            if near:
                home = near[-1]
            elif named:
                home = max(named, key=lambda c: (counts[c], -homes.index(c)))
            else:
                continue
            hits.append(Hit(tok.i, tok.i + 1, "country", home, "lexicon:people"))


def _attach_entities(doc, mentions: list[Mention], entity_spans) -> None:
    """Give mentions their entity group and spread codes along groups and acronyms."""
    for m in mentions:
        for start, end, label, group, name in entity_spans:
            if label not in ("PERSON", "ORG") or not start <= m.end - 1 < end:
                continue
            # An entity span that holds two coded mentions ("Gondor and Arnor" read as one
            # name) is no identity for either.
            if any(o is not m and start <= o.end - 1 < end for o in mentions):
                continue
            # A person or organisation named at the mention's head is who acts.
            m.group = group
            m.name = name
    # Apposition names the same actor: "his counterpart, Pavel Drozd" / "Drozd, the minister".
    ent_at = {
        k: (group, name, start, end)
        for start, end, label, group, name in entity_spans
        if label in ("PERSON", "ORG")
        for k in range(start, end)
    }
    for m in mentions:
        # Only a role ("his counterpart") is the person beside it; two names side by side
        # ("Mordor, the Shire, ...") are a list.
        if m.group is not None or not (m.code.startswith("---") or "+" in m.basis):
            continue
        head = doc[m.end - 1]
        linked = [c for c in head.children if c.dep_ == "appos"]
        if head.dep_ == "appos":
            linked.append(head.head)
        for tok in linked:
            if tok.i in ent_at:
                m.group, m.name = ent_at[tok.i][0], ent_at[tok.i][1]
                break
    by_group: dict[int, Mention] = {}
    for m in mentions:
        if m.group is None:
            continue
        best = by_group.get(m.group)
        if best is None or len(m.roles) > len(best.roles) or (m.country and not best.country):
            by_group[m.group] = m
    # Later mentions of a coded entity group ("Lula", "the MIT") that no lexicon coded; a
    # person's later short name joins the coded person whose name holds it.
    coded_people = [
        (set(doc[m.start : m.end].text.replace("'s", "").split()), m) for m in by_group.values()
    ]
    covered = {(m.start, m.end) for m in mentions}
    for start, end, label, group, name in entity_spans:
        best = by_group.get(group)
        if best is None and label == "PERSON":
            words = set(doc[start:end].text.replace("'s", "").split())
            for known, m in coded_people:
                if words and words <= known:
                    best = m
                    group = m.group
                    break
        if best is None or label not in ("PERSON", "ORG"):
            continue
        if any(s <= start and end <= e for s, e in covered):
            continue
        mentions.append(
            Mention(start, end, best.code, best.country, list(best.roles), "context", group, name)
        )
        covered.add((start, end))
    # A coded person named again by one word of the name ("Lula", "Orlov") where the entity
    # recogniser saw no entity.
    people = {}
    for start, end, label, group, name in entity_spans:
        best = by_group.get(group)
        if label == "PERSON" and best is not None and end - start >= 2:
            for tok in doc[start:end]:
                if tok.pos_ == "PROPN" and len(tok.text) > 2:
                    people.setdefault(tok.text, best)
    for m in mentions:
        # "Lula" coded by our list of well-known people joins the person the article named.
        if m.basis == "lexicon:person" and m.end - m.start == 1:
            best = people.get(doc[m.start].text)
            if best is not None and best is not m:
                m.code, m.country, m.roles = best.code, best.country, list(best.roles)
                m.group, m.name, m.basis = best.group, best.name, "context"
    taken = {k for m in mentions for k in range(m.start, m.end)}
    for tok in doc:
        best = people.get(tok.text)
        if best is not None and tok.i not in taken and tok.pos_ == "PROPN":
            mentions.append(
                Mention(
                    tok.i,
                    tok.i + 1,
                    best.code,
                    best.country,
                    list(best.roles),
                    "context",
                    best.group,
                    best.name,
                )
            )
            taken.add(tok.i)
    # "Turkey's National Intelligence Organization (MIT)": the acronym joins the organisation.
    for m in list(mentions):
        close = m.end
        if close + 2 < len(doc) and doc[close].text == "(" and doc[close + 2].text == ")":
            acronym = doc[close + 1]
            if acronym.text.isupper() and len(acronym.text) >= 2:
                for other in doc[close + 3 :]:
                    if other.text == acronym.text and not any(
                        x.start <= other.i < x.end for x in mentions
                    ):
                        mentions.append(
                            Mention(
                                other.i,
                                other.i + 1,
                                m.code,
                                m.country,
                                list(m.roles),
                                "context",
                                m.group,
                                m.name,
                            )
                        )
    mentions.sort(key=lambda m: (m.start, -m.end))


def build_actors(article: Article, doc, mentions: list[Mention]) -> list[Actor]:
    """Join mentions into actors (one per entity group, else per code and name)."""
    actors: dict[tuple, Actor] = {}
    for m in mentions:
        if not m.code or m.code.strip("-") == "":
            continue
        if m.group is not None:
            key: tuple = ("group", m.group)
        else:
            # "the Obama administration" and "the Trump administration" are both USAGOV but
            # two actors: a person named inside the mention keeps them apart.
            person = " ".join(t.lower_ for t in doc[m.start : m.end] if t.ent_type_ == "PERSON")
            if not person and "lexicon:person" in m.basis:
                # a known person the tagger did not mark ("Farrakhan referred to the United
                # States as ..."): a person of the state, not the state
                person = " ".join(
                    t.lower_ for t in doc[m.start : m.end] if t.pos_ in ("PROPN", "NOUN")
                )
            if not person and not m.code.startswith("---"):
                # named bodies of one code are apart: "the FBI" and "the Capitol Police" are
                # both USACOP, and one may act on the other
                person = _organisation_named(doc, m)
            if not person and m.code.startswith("---"):
                # bare offices of no known country are one actor per office: "a regime" and
                # "the current Labour mayor" are two, "the mayor" is the latter again
                person = doc[m.end - 1].lemma_.lower()
            key = ("code", m.code, person)
        actor = actors.get(key)
        span_start = doc[m.start].idx
        last = doc[m.end - 1]
        span_end = last.idx + len(last.text)
        if actor is None:
            name = m.name or _name_of(doc, m)
            actor = Actor(
                id=f"A{len(actors) + 1}",
                name=name,
                code=m.code,
                country=m.country,
                roles=list(m.roles),
                group=m.group,
                basis=m.basis,
            )
            actors[key] = actor
        elif len(m.roles) > len(actor.roles) or (m.country and not actor.country):
            actor.code, actor.country, actor.roles = m.code, m.country, list(m.roles)
        m.actor_id = actor.id
        actor.mentions.append(
            Span(start=span_start, end=span_end, text=article.text[span_start:span_end])
        )
    # Mentions of one group share the group's best code.
    by_id = {a.id: a for a in actors.values()}
    for m in mentions:
        if m.actor_id and m.group is not None:
            m.code = by_id[m.actor_id].code
    return list(actors.values())


def _organisation_named(doc, m: Mention) -> str:
    """The key of the longest organisation of our lexicon named inside a mention, if any."""
    words = [t.lower_ for t in doc[m.start : m.end]]
    for n in range(len(words), 0, -1):
        for i in range(len(words) - n + 1):
            key = " ".join(words[i : i + n])
            if key in role_lexicon.ORGANISATIONS:
                return key
    return ""


def _name_of(doc, m: Mention) -> str:
    span = doc[m.start : m.end]
    kept = [t for t in span if t.dep_ != "det" and t.text not in _POSS]
    # words as written: "pro-Israel students", not "pro - Israel students"
    name = "".join(
        t.text + (t.whitespace_ if k + 1 < len(kept) and kept[k + 1].i == t.i + 1 else " ")
        for k, t in enumerate(kept)
    )
    return " ".join(name.split()) or span.text
