"""Events: who did what to whom, coded in CAMEO with quad class, Goldstein and PLOVER.

This module is the layer: it codes each sentence and turns coding decisions into events.  The
coder's parts live in ``presslens.coding`` (``syntax``, ``modality``, ``triggers``,
``patterns``, ``roles``, ``passes``), each using only the ones before it.

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

from presslens.coding import confidence
from presslens.coding.passes import (
    _anaphoric_targets,
    _appeal_contents,
    _back_references,
    _backgrounds,
    _claimed_deeds,
    _continued_targets,
    _dedupe,
    _denial_targets,
    _domestic_protests,
    _drop_reporting,
    _governed,
    _implied_actors,
    _own_ground,
    _public_call,
    _purposes,
    _quoted_insults,
    _quoted_obligations,
    _speaker_pronouns,
)
from presslens.coding.patterns import _dictionary_codes, _discarded, _petrarch_main_verbs
from presslens.coding.roles import _attack_instrument, _roles
from presslens.coding.syntax import (
    _PASSIVE_SUBJECTS,
    _SUBJECTS,
    ActorSpan,
    Coded,
    _sentences_back,
    _subject,
    actor_spans,
)
from presslens.coding.triggers import _headline_verb, _lexicon_code, _subject_is_event
from presslens.knowledge import cameo, lexicon, petrarch
from presslens.knowledge import countries as country_lexicon
from presslens.model import Article, Attribution, Event, Location, Span

# quotes: attribution to a speaker; genre: a feature of the confidence
REQUIRES = ("actors", "dates", "genre", "quotes")
ASSIGNS = ("events",)


# --- the layer ----------------------------------------------------------------------------


def run(article: Article, doc, options, context: dict) -> None:
    """Code the events of ``article``; fill ``article.events``."""
    dicts = petrarch.load(options.dictionaries) if options.dictionaries else None
    settings = (options.extra or {}).get("events", {})
    builtin = settings.get("builtin", True) or dicts is None or not dicts.verbs
    article.events = code_events(article, doc, dicts, builtin=builtin)
    confidence.assign(article, doc)


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
        back = _sentences_back(doc, sent.start, 2)
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
        coded = _quoted_insults(coded, article, doc, spans)
        coded = _claimed_deeds(coded, doc, spans)
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


def _code_sentence(sent, spans, dicts, builtin, uppers, lemmas, spans_at) -> list[Coded]:
    out: list[Coded] = []
    light_objects: set[int] = set()
    chosen_by: dict[int, int] = {}  # object noun -> the verb whose code it chose
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
                        if noun_code and any(
                            t.i in spans_at for t in obj.lefts if t.dep_ in ("amod", "poss")
                        ):
                            # "unleashing the most devastating Israeli attack on Syria": the
                            # noun names who acts; it is coded on its own, the verb not at all
                            code = None
                            break
                        if noun_code:
                            code = noun_code if code is None else code
                            light_objects.add(obj.i)
            if code and tok.pos_ == "VERB" and tok.lemma_.lower() in lexicon.VERBS:
                # "withheld aid from Honduras": the object that chose the verb's code is part
                # of the verb's event, not an event of its own
                qualifiers = lexicon.VERBS[tok.lemma_.lower()][1]
                for obj in tok.children:
                    if obj.dep_ == "dobj" and any(
                        q_code == code and (obj.lower_ in words or obj.lemma_.lower() in words)
                        for words, q_code in qualifiers
                    ):
                        chosen_by[obj.i] = tok.i
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
    acting_verbs = {trigger for trigger, _ in verb_codes}
    kept = []
    for c in out:
        tok = sent.doc[c.trigger]
        if tok.pos_ != "VERB":
            head = tok.head.head if tok.dep_ == "pobj" else tok.head
            if (head.i, c.code) in verb_codes:
                continue
            if head.i in acting_verbs and _attack_instrument(head) == tok:
                continue  # "was killed in a U.S. drone strike": the strike is the killing
            if chosen_by.get(tok.i) in acting_verbs:
                continue  # "withheld aid from Honduras": the aid is the withholding's
        kept.append(c)
    return kept


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
    return _once_per_gallery(article, events)


def _once_per_gallery(article: Article, events: list[Event]) -> list[Event]:
    """A photo gallery repeats its title under every picture ("Photos: Orlando nightclub
    shooting ..."): inside captions, an event read from the same words with the same parties
    is kept once."""
    captions = [(b.start, b.end) for b in article.boilerplate if b.kind == "caption"]
    if not captions:
        return events
    seen: set[tuple] = set()
    kept = []
    for e in events:
        if any(s <= e.trigger.start < end for s, end in captions):
            key = (e.trigger.text.lower(), e.code, e.source_code, e.target_code)
            if key in seen:
                continue
            seen.add(key)
        kept.append(e)
    return kept
