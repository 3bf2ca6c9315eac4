"""Who said what: direct, indirect and mixed quotes, their speakers and their cues.

The layer joins two readings of the article.  Quotation marks give the quoted spans
(``presslens.quotation.marks``); the dependency parse gives speech cues with their subject and
their content clause (``presslens.quotation.cues``).  Then, in this order:

1. a cue whose content is a quote (or nearly: "said that "...""), gives a **direct** quote; a
   cue whose content mixes quoted and unquoted words gives a **mixed** one; a cue whose content
   has no quotes gives an **indirect** one;
2. a quote no cue's content reaches takes the cue standing next to it (``"...," she said``,
   ``he said: "..."``), or the clause before a colon (``NAME was blunt: "..."``);
3. a quote split by its attribution (``"A," he said, "B."``) becomes one quote with two parts;
4. a quoted paragraph right after a quoted paragraph with a speaker continues that speaker;
5. what is left is a headline quote, a quote nobody is named for, or a **scare** quote: a term
   or a title in quotation marks, which has no speaker.

Speakers are the cue's subject phrase; a pronoun or a title ("he", "the minister") is resolved
to the nearest compatible named entity, preferring someone who spoke just before.  Entity groups
come from ``article.entities`` (or from spaCy's entities while that layer is absent), actors
from ``article.actors``.  Embedded social posts are statements by their account.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from presslens.model import Article, Quote, Span, Speaker
from presslens.quotation.cues import (
    ADJACENT_ONLY_VERBS,
    CHARGE_VERBS,
    SPEECH_VERBS,
    TIME_NOUNS,
    XCOMP_VERBS,
    Cue,
    find_cues,
    is_relative,
    subject_of,
)
from presslens.quotation.marks import QuotedSpan, quoted_spans
from presslens.quotation.speakers import (
    GENDERED_NOUNS,
    ORG_NOUNS,
    PERSON_PRONOUNS,
    PERSON_TITLES,
    THING_PRONOUNS,
    EntityIndex,
    Mention,
    antecedent,
    appositive_mention,
    phrase_tokens,
)

REQUIRES: tuple[str, ...] = ("entities", "social", "actors")  # speakers are actors
ASSIGNS: tuple[str, ...] = ("quotes",)

#: A cue's content with fewer unquoted words than this is a quote introduced by a cue ("said
#: that "..."": "that" is dropped already); one more word ('he "gave it up"') makes it mixed.
MIXED_MIN_WORDS = 1
#: Words from which a quoted passage nobody is named for, with a finite verb, is quoted text
#: (a passage of another article) rather than a term in quotation marks.
PASSAGE_MIN_WORDS = 10
#: How far a pronoun looks back for the person who spoke last or was the subject (characters),
#: and the distance within which the last speaker wins over a later subject.
LAST_SPEAKER_REACH = 1200
LAST_SPEAKER_NEAR = 250
#: Words allowed between a quote and the cue after it ("," said the former minister on Monday).
AFTER_GAP_WORDS = 7
#: Words allowed between a cue and the quote after it ("told reporters on Monday:").
BEFORE_GAP_WORDS = 12

_WORD = re.compile(r"\w+")
#: Words before a quote that make it part of a noun phrase: a term or a title, not speech.
_NOUN_PHRASE_LEAD = frozenset(
    [
        "a",
        "an",
        "the",
        "so-called",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
        "this",
        "that",
        "these",
        "those",
        "as",
        "of",
        "called",
        "dubbed",
        "titled",
        "entitled",
        "headlined",
        "concerning",
        "regarding",
    ]
)
#: A title's byline right after its closing mark.
_BYLINE = re.compile(r",?\s+by\s+[A-Z]")
#: Nouns of works whose title may follow in quotation marks, set off by a comma or a colon.
_TITLE_NOUNS = frozenset(
    [
        "book",
        "books",
        "article",
        "film",
        "movie",
        "documentary",
        "novel",
        "column",
        "essay",
        "op-ed",
        "editorial",
        "headline",
        "album",
        "song",
        "poem",
        "memoir",
        "series",
        "episode",
    ]
)
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s")
#: Where a sentence starts inside a line, and where one stops (for content set off by commas).
_SENTENCE_START = re.compile(r"(?<![A-Z])[.!?][\"”’']?\s+(?=[A-Z\"“‘'])")
_SENTENCE_STOP = re.compile(r"[.!?](?=[\"”’']?(?:\s|$))")


@dataclass
class _Draft:
    start: int
    end: int
    kind: str
    cue: Cue | None = None
    cue_span: tuple[int, int] | None = None
    subject: object | None = None
    parts: list[tuple[int, int]] = field(default_factory=list)
    speaker: Speaker | None = None
    inherit: bool = False
    quotes: list[QuotedSpan] = field(default_factory=list)


def run(article: Article, doc, options, context: dict) -> None:
    """Fill ``article.quotes``."""
    article.quotes = find_quotes(article, doc)


def find_quotes(article: Article, doc) -> list[Quote]:
    """The quotes of an article, sorted by offset."""
    return _Reader(article, doc).read()


def _inside(offset: int, spans) -> bool:
    return any(a <= offset < b for a, b in spans)


class _Reader:
    def __init__(self, article: Article, doc):
        self.article = article
        self.text = article.text
        self.doc = doc
        self.index = EntityIndex.from_article(article, doc)
        self.posts = [(p.start, p.end) for p in article.social_posts]
        self.quotes = [q for q in quoted_spans(self.text) if not _inside(q.open, self.posts)]
        self.quote_spans = [(q.open, q.close + 1) for q in self.quotes]
        self.cues = [
            c
            for c in find_cues(doc)
            if not _inside(c.start, self.quote_spans) and not _inside(c.start, self.posts)
        ]
        self.speakers: list[tuple[int, Mention]] = []  # resolved speakers, for pronouns
        self.gender: dict[int, str] = {}
        self.focus = self._focus()
        self.actor_of = {a.group: a.id for a in article.actors if a.group is not None}
        self.actor_spans = [(m.start, m.end, a.id) for a in article.actors for m in a.mentions]

    def _actor_at(self, start: int, end: int) -> str | None:
        """The actor whose mention covers the end of [start, end) (a phrase's head)."""
        for s, e, actor in self.actor_spans:
            if start - 1 <= s < end <= e + 1:
                return actor
        return None

    # --- assembling -------------------------------------------------------------------

    def read(self) -> list[Quote]:
        # 1. what each cue's content holds
        direct_cue: dict[int, Cue] = {}  # id(quote) -> the cue whose content is that quote
        covered: set[int] = set()  # quotes inside a mixed quote
        reported: list[tuple[Cue, str, list[QuotedSpan]]] = []
        for cue in self.cues:
            if cue.lemma in ADJACENT_ONLY_VERBS:
                continue
            cue.content = self._within_paragraph(cue)
            if cue.content is None:
                cue.content = self._around_attribution(cue)
            if cue.content is None:
                continue
            cue.content = self._with_closing_quote(cue)
            cs, ce = cue.content
            inside = [q for q in self.quotes if q.start < ce and q.end > cs]
            if cue.quote_only and not inside:
                continue
            if inside and cue.end <= inside[0].open:
                # 'says the report, released ..., "appears to ..."': the parse left the
                # subject of the quoted predicate out of the content
                lead = self._quote_subject(cue, self.text[cue.end : inside[0].open], inside[0])
                if lead is not None:
                    cs = lead
                    cue.content = cs, ce
            if (
                inside
                and self._unquoted_words(cs, ce, inside, cue) < MIXED_MIN_WORDS
                and (self._full_clause(inside) or self._sentence_quote(inside))
            ):
                for q in inside:
                    direct_cue.setdefault(id(q), cue)
            elif inside:
                reported.append((cue, "mixed", inside))
                covered.update(id(q) for q in inside)
            elif self._clause_like(cue, cs, ce):
                reported.append((cue, "indirect", []))
        # 2. direct quotes: by content, or by the cue next to them
        headlines = self._headlines()
        head_spans = [(d.start, d.end) for d in headlines]
        used_cues: set[int] = set()
        used_quotes: set[int] = set()
        drafts: list[_Draft] = list(headlines)
        for k, q in enumerate(self.quotes):
            if id(q) in used_quotes or _inside(q.start, head_spans):
                continue
            cue = direct_cue.get(id(q))
            if cue is None and id(q) not in covered and not self._in_noun_phrase(q):
                cue = self._adjacent_cue(q)
                partial = self._partial(q, cue) if cue is not None else None
                if partial is not None:
                    # a quoted fragment inside the writer's clause: mixed speech
                    used_cues.add(id(cue))
                    drafts.append(_Draft(*partial, "mixed", cue, quotes=[q]))
                    continue
            if cue is not None:
                used_cues.add(id(cue))
                draft = _Draft(q.start, q.end, "direct", cue, parts=list(q.parts), quotes=[q])
                nxt = self.quotes[k + 1] if k + 1 < len(self.quotes) else None
                if nxt is not None and self._split(q, nxt, cue, direct_cue):
                    draft.end = nxt.end
                    draft.parts += nxt.parts
                    draft.quotes.append(nxt)
                    used_quotes.add(id(nxt))
                drafts.append(draft)
                continue
            if id(q) in covered:
                continue
            intro = self._colon_intro(q)
            drafts.append(
                intro
                if intro is not None
                else _Draft(q.start, q.end, "open", parts=list(q.parts), quotes=[q])
            )
        # 3. mixed and indirect speech from the cues not spent on a direct quote
        speech = []
        for cue, kind, inside in reported:
            if id(cue) in used_cues:
                continue
            cs, ce = cue.content
            start = min([cs] + [q.start for q in inside])
            end = max([ce] + [q.end for q in inside])
            if _inside(start, head_spans):
                continue
            speech.append(_Draft(start, end, kind, cue, quotes=inside))
        drafts += self._drop_relays(speech)
        drafts.sort(key=lambda d: (d.start, -d.end))
        return self._finish(drafts)

    def _finish(self, drafts: list[_Draft]) -> list[Quote]:
        out: list[Quote] = []
        last_direct: _Draft | None = None
        for d in drafts:
            if d.kind == "open":
                if last_direct is not None and self._continues(last_direct, d):
                    d.kind, d.inherit = "direct", True
                    d.speaker = last_direct.speaker
                elif self._speech_like(d):
                    d.kind = "direct"
                else:
                    d.kind = "scare"
            elif d.speaker is None:
                if d.cue is not None and d.cue.subject is None:
                    d.cue.subject = self._subject_before(d.cue)
                subject = (
                    d.subject
                    if d.subject is not None
                    else (d.cue.subject if d.cue is not None else None)
                )
                if subject is not None:
                    d.speaker = self._speaker(subject, d.cue)
            if d.kind != "scare" and d.speaker is not None:
                last_direct = d
            out.append(self._quote(d))
        out += self._social_posts()
        out.sort(key=lambda q: (q.start, q.end))
        return out

    def _quote(self, d: _Draft) -> Quote:
        text = self.text
        cue_span = d.cue_span or ((d.cue.start, d.cue.end) if d.cue else None)
        speaker = d.speaker
        if speaker is not None and speaker.group is not None and speaker.group in self.actor_of:
            speaker = speaker.model_copy(update={"actor": self.actor_of[speaker.group]})
        elif speaker is not None and speaker.actor is None:
            # A speaker named by office ("Peru's president") is the actor mentioned there.
            here = self._actor_at(speaker.start, speaker.end)
            if here is not None:
                speaker = speaker.model_copy(update={"actor": here})
        attribution = None
        anchors = []
        if speaker is not None and not d.inherit:
            anchors.append(speaker.start)
        if cue_span is not None:
            anchors.append(cue_span[0])
        if anchors:
            at = anchors[0]
            attribution = "before" if at < d.start else "after" if at >= d.end else "inside"
        parts = [Span(start=a, end=b, text=text[a:b]) for a, b in d.parts]
        return Quote(
            start=d.start,
            end=d.end,
            text=text[d.start : d.end],
            kind=d.kind,
            speaker=speaker,
            cue=Span(start=cue_span[0], end=cue_span[1], text=text[cue_span[0] : cue_span[1]])
            if cue_span
            else None,
            attribution=attribution,
            parts=parts if len(parts) > 1 else [],
        )

    # --- deciding -------------------------------------------------------------------

    def _within_paragraph(self, cue: Cue) -> tuple[int, int] | None:
        """The content cut to the cue's paragraph (a parse may run over a line break)."""
        if cue.content is None:
            return None
        text = self.text
        lo = text.rfind("\n", 0, cue.start) + 1
        hi = text.find("\n", cue.end)
        hi = len(text) if hi < 0 else hi
        cs, ce = max(cue.content[0], lo), min(cue.content[1], hi)
        while cs < ce and text[cs].isspace():
            cs += 1
        while ce > cs and (text[ce - 1].isspace() or text[ce - 1] in ".,;:"):
            ce -= 1
        if ce - cs < 2 or _inside(cs, self.posts):
            return None
        return cs, ce

    def _around_attribution(self, cue: Cue) -> tuple[int, int] | None:
        """The content of an attribution set off by commas when the parse gave it none.

        "X, the WHO said." reports X; "X, said the cardinal, Y." and "X, he said, Y." report the
        sentence around the attribution.  Only the words of the cue's own sentence count.
        """
        if cue.according or cue.quote_only:
            return None
        text = self.text
        if (
            cue.subject is None
            or cue.subject.idx < cue.start
            and text[cue.subject.idx : cue.start].count(",") > 0
        ):
            cue.subject = self._subject_after(cue) or cue.subject
        if cue.subject is None:
            return None
        subject = phrase_tokens(cue.subject)
        a = min(subject[0].idx, cue.start)
        b = max(subject[-1].idx + len(subject[-1].text), cue.end)
        if b - a > 80 or _inside(a, self.quote_spans) or _inside(b - 1, self.quote_spans):
            return None
        line_start = text.rfind("\n", 0, a) + 1
        line_end = text.find("\n", b)
        line_end = len(text) if line_end < 0 else line_end
        before = text[line_start:a]
        if not before.rstrip().endswith(","):
            return None
        starts = [m.end() for m in _SENTENCE_START.finditer(text, line_start, a)]
        start = starts[-1] if starts else line_start
        ends = [m.start() + 1 for m in _SENTENCE_STOP.finditer(text, b, line_end)]
        end = ends[0] if ends else line_end
        after = text[b:end]
        lead = text[start:a]
        if not _WORD.search(lead) or _inside(start, self.quote_spans):
            return None
        if after.lstrip().startswith(","):
            # "X, he said, Y.": the whole sentence, with the attribution inside
            if len(_WORD.findall(after)) < 2:
                return None
            return start, end - 1 if text[end - 1 : end] in ".!?" else end
        if len(_WORD.findall(after)) > 6 or len(_WORD.findall(lead)) < 3:
            return None
        return start, a - len(before) + len(before.rstrip()) - 1

    def _subject_before(self, cue: Cue):
        """The speaker the parse lost in "the head of the church, Archbishop Eamon Martin, said".

        Only a name set off by commas right before the cue: without the commas the nearest
        noun is as likely the object of a relative clause ("who supports Trump says").
        """
        verb = self.doc[cue.token_i]
        j = verb.i - 1
        while j >= 0 and self.doc[j].pos_ in ("ADV", "AUX", "PART"):
            j -= 1
        if j < 0 or self.doc[j].text != ",":
            return None
        j -= 1
        if j < 0 or self.doc[j].pos_ not in ("PROPN", "NOUN"):
            return None
        head = self.doc[j]
        k = j
        while k > 0 and self.doc[k - 1].pos_ in ("PROPN", "NOUN", "ADJ", "DET", "PART"):
            k -= 1
        if k > 0 and self.doc[k - 1].text != "," or _inside(head.idx, self.quote_spans):
            return None
        return head

    def _subject_after(self, cue: Cue):
        """The speaker of an inverted attribution: "X, said the cardinal, Y"."""
        if not self.text[: cue.start].rstrip().endswith(","):
            return None
        verb = self.doc[cue.token_i]
        chunk = []
        for tok in self.doc[verb.i + 1 : verb.sent.end]:
            if tok.is_punct:
                break
            chunk.append(tok)
        if not chunk or len(chunk) > 6 or chunk[0].pos_ not in ("DET", "PROPN", "NOUN", "ADJ"):
            return None
        nouns = [t for t in chunk if t.pos_ in ("NOUN", "PROPN")]
        if nouns and nouns[-1].lower_ in TIME_NOUNS:
            return None  # "X said it, tweeting yesterday evening:": a time, not a speaker
        return nouns[-1] if nouns else None

    def _with_closing_quote(self, cue: Cue) -> tuple[int, int]:
        """The content, reaching a quote that closes its sentence right after it.

        The parser often hangs a quoted ending outside the content clause ("said that he was
        told "from the moment ...""); the words between must not hold another cue.
        """
        cs, ce = cue.content
        sent = self.doc.char_span(cs, ce, alignment_mode="expand")
        if sent is None:
            return cs, ce
        sent_end = sent[-1].sent.end_char
        for q in self.quotes:
            if q.open < ce or q.open > sent_end:
                continue
            gap = self.text[ce : q.open]
            if (
                len(_WORD.findall(gap)) > 3
                or "\n" in gap
                or re.search(r"[.!?:]", gap)
                or any(ce <= c.start < q.open for c in self.cues)
            ):
                break
            tail = self.text[q.close + 1 : sent_end].strip()
            if len(_WORD.findall(tail)) == 0:
                return cs, q.end
            break
        return cs, ce

    def _full_clause(self, quotes: list[QuotedSpan]) -> bool:
        """True when the quoted words hold a clause with its subject, not a fragment.

        'insisting that "the issue is serious"' quotes a sentence: direct.  'rejected as
        "absurd"' or 'admitted "may not be a deterrent"' quote a fragment: mixed.
        """
        for q in quotes:
            span = self.doc.char_span(q.start, q.end, alignment_mode="expand")
            if span is not None and any(
                t.dep_ in ("nsubj", "nsubjpass", "expl") and q.start <= t.head.idx < q.end
                for t in span
            ):
                return True
        return False

    def _sentence_quote(self, quotes: list[QuotedSpan]) -> bool:
        """True for a quoted sentence with no subject ('"Thank you for this," they wrote')."""
        if len(quotes) != 1:
            return False
        words = self.text[quotes[0].start : quotes[0].end]
        return (
            words[:1].isupper() and words.rstrip()[-1:] in ".,!?" and len(_WORD.findall(words)) >= 2
        )

    def _unquoted_words(self, start: int, end: int, quotes: list[QuotedSpan], cue: Cue) -> int:
        """Words of the content outside quotation marks and outside the cue's own clause."""
        chars = list(self.text[start:end])
        blank = [(q.open, q.close + 1) for q in quotes]
        if start <= cue.start < end:  # '"A," he said, "B."': the attribution sits inside
            verb = self.doc[cue.token_i]
            blank += [(t.idx, t.idx + len(t.text)) for t in verb.subtree]
        for a, b in blank:
            for i in range(max(a, start), min(b, end)):
                chars[i - start] = " "
        return len(_WORD.findall("".join(chars)))

    def _clause_like(self, cue: Cue, start: int, end: int) -> bool:
        """Indirect content must be a clause (or an accusation, an urging, a denial)."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) < 2:
            return False
        if cue.according or cue.lemma in CHARGE_VERBS | XCOMP_VERBS:
            return True
        return any(t.pos_ in ("VERB", "AUX") for t in span)

    def _drop_relays(self, drafts: list[_Draft]) -> list[_Draft]:
        """Two cues over one content ("X, the WHO said, according to Y"): keep the nearer."""
        keep: list[_Draft] = []
        for d in sorted(drafts, key=lambda d: (d.start, d.end)):
            twin = next((k for k in keep if self._same(k, d)), None)
            if twin is None:
                keep.append(d)
            elif self._cue_distance(d) < self._cue_distance(twin):
                keep[keep.index(twin)] = d
        return keep

    def _same(self, a: _Draft, b: _Draft) -> bool:
        overlap = min(a.end, b.end) - max(a.start, b.start)
        return overlap > 0.8 * max(a.end - a.start, b.end - b.start)

    def _cue_distance(self, d: _Draft) -> int:
        if d.cue is None:
            return 10**9
        if d.cue.start >= d.end:
            return d.cue.start - d.end
        if d.cue.end <= d.start:
            return d.start - d.cue.end
        return 0

    def _adjacent_cue(self, q: QuotedSpan) -> Cue | None:
        """A cue right after the quote (", she said") or right before it ("he said: ")."""
        text = self.text
        after = None
        for cue in self.cues:
            if cue.start <= q.close or cue.according:
                continue
            gap = text[q.close + 1 : cue.start]
            if len(_WORD.findall(gap)) > AFTER_GAP_WORDS or _SENTENCE_END.search(gap):
                break
            if text[q.end - 1 : q.end] == "." and gap.strip()[:1].isupper():
                break  # '"... for." This is what he told': a new sentence
            if "\n" in gap and not gap.strip()[:1].islower():
                break
            if any(o.open > q.close and o.open < cue.start for o in self.quotes):
                break
            if cue.subject is None or q.open <= cue.subject.idx <= q.close:
                cue.subject = self._inverted_subject(cue, q)
            if cue.subject is not None or cue.lemma in SPEECH_VERBS:
                after = cue
                break
        before = None
        for cue in reversed(self.cues):
            if cue.end > q.open or cue.according:
                continue
            gap = text[cue.end : q.open]
            if "\n" in gap or len(_WORD.findall(gap)) > BEFORE_GAP_WORDS:
                break
            if _SENTENCE_END.search(gap) or any(cue.end < o.close < q.open for o in self.quotes):
                break
            tail = gap.rstrip()
            if cue.lemma == "tell" and not tail.endswith((":", ",")):
                break  # 'told "Fox & Friends" that': the quote names whom he told
            if tail.endswith((":", ",")) or not tail:
                before = cue
            break
        if after is not None and before is not None:
            # '"...," she said' wins unless the quote is introduced by a colon
            return before if self.text[before.end : q.open].rstrip().endswith(":") else after
        return after or before

    def _in_noun_phrase(self, q: QuotedSpan) -> bool:
        """A quote after a determiner or "as" names or labels something: 'a "peace plan"'."""
        prev = self.text[: q.open].rstrip()[-24:].lower().split()
        if not prev:
            return False
        # 'his new book, "Jihadist Psychopath"', 'his article, '9 Steps'': a title
        return prev[-1] in _NOUN_PHRASE_LEAD or prev[-1].rstrip(",:") in _TITLE_NOUNS

    def _partial(self, q: QuotedSpan, cue: Cue) -> tuple[int, int] | None:
        """The clause around a quoted fragment, when the quote is only part of it.

        '... asking everybody to simply "move on," said Yore': the writer's words lead to the
        quote; 'lamented "how much filth" there was': the writer's words follow it.
        """
        text = self.text
        if cue.end <= q.open:
            subject = self._quote_subject(cue, text[cue.end : q.open], q)
            if subject is not None:
                return subject, q.end
        if self._full_clause([q]):
            return None
        sent = self.doc.char_span(q.start, q.end, alignment_mode="expand")
        if sent is None:
            return None
        s_start = max(sent[0].sent.start_char, text.rfind("\n", 0, q.open) + 1)
        s_end = sent[-1].sent.end_char
        line_end = text.find("\n", q.close)
        s_end = min(s_end, len(text) if line_end < 0 else line_end)
        if cue.start > q.close:
            lead = text[s_start : q.open]
            if ":" in lead or len(_WORD.findall(lead)) < 2:
                return None
            a = s_start + len(lead) - len(lead.lstrip())
            return a, q.end
        tail = text[q.close + 1 : s_end]
        gap = text[cue.end : q.open]
        if gap.rstrip().endswith((":", ",")) or len(_WORD.findall(tail)) < 2:
            return None
        clause = re.split(r"[,;:—–]| - ", tail, maxsplit=1)[0].rstrip(" .")
        return q.start, q.close + 1 + len(clause)

    def _quote_subject(self, cue: Cue, gap: str, q: QuotedSpan) -> int | None:
        """Where the subject of a quoted predicate starts: 'says the report, released this
        week, "appears to condone ..."' reports the report's words, quoted in part."""
        words = _WORD.findall(gap)
        if (
            cue.lemma == "tell"
            or len(words) < 2
            or not gap.rstrip().endswith(",")
            or not self.text[q.start : q.start + 1].islower()
        ):
            return None
        a = cue.end + len(gap) - len(gap.lstrip())
        first = self.doc.char_span(a, a + len(words[0]), alignment_mode="expand")
        if first is None or first[0].lower_ not in (
            "the",
            "a",
            "an",
            "this",
            "its",
            "his",
            "her",
            "their",
        ):
            return None
        return a

    def _inverted_subject(self, cue: Cue, q: QuotedSpan):
        """The speaker of '"...," said the minister' or '"...," Secretary X said'."""
        verb = self.doc[cue.token_i]
        for child in verb.rights:
            if child.dep_ in ("nsubj", "dobj", "attr", "nsubjpass") and child.pos_ in (
                "PROPN",
                "NOUN",
                "PRON",
            ):
                return child
        j = verb.i - 1
        while j >= 0 and self.doc[j].pos_ in ("ADV", "AUX", "PART"):
            j -= 1
        if j >= 0 and self.doc[j].idx > q.close and self.doc[j].pos_ in ("PROPN", "NOUN", "PRON"):
            return self.doc[j]
        return None

    def _split(self, q: QuotedSpan, nxt: QuotedSpan, cue: Cue, direct: dict) -> bool:
        """True when ``nxt`` is the second half of ``q`` around the cue: "A," he said, "B." """
        text = self.text
        if not (q.close < cue.start and cue.end <= nxt.open):
            return False
        if direct.get(id(nxt)) not in (None, cue):
            return False
        comma = text[q.end - 1 : q.end] == "," or text[q.close + 1 : q.close + 2] == ","
        gap = text[q.close + 1 : nxt.open]
        return (
            comma
            and "\n" not in gap
            and gap.rstrip().endswith(",")
            and not _SENTENCE_END.search(gap)
        )

    def _colon_intro(self, q: QuotedSpan) -> _Draft | None:
        """ "NAME was blunt: "..."", "Source: "..."": the clause before the colon names them."""
        text = self.text
        before = text[: q.open].rstrip()
        if not before.endswith(":"):
            return None
        colon = len(before) - 1
        line_start = text.rfind("\n", 0, colon) + 1
        span = self.doc.char_span(line_start, colon, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        verbs = [
            t for t in span if t.pos_ in ("VERB", "AUX") and not _inside(t.idx, self.quote_spans)
        ]
        for verb in reversed(verbs):
            subject = subject_of(verb)
            if subject is None:
                continue
            lemma = verb.lemma_.lower()
            if lemma not in SPEECH_VERBS and not self._can_speak(subject):
                # "This is the programme:", "the definition is simply:": quoted text, nobody
                # named as saying it
                return _Draft(
                    q.start, q.end, "direct", None, None, None, parts=list(q.parts), quotes=[q]
                )
            cue_span = (
                (verb.idx, verb.idx + len(verb.text))
                if lemma in SPEECH_VERBS
                else (verb.idx, colon + 1)
            )
            return _Draft(
                q.start, q.end, "direct", None, cue_span, subject, parts=list(q.parts), quotes=[q]
            )
        # "Undercover Video: Andrew Gillum Staffer: "...": a short name before the colon
        seg_start = max(text.rfind(":", line_start, colon) + 1, line_start)
        words = text[seg_start:colon].split()
        if 1 <= len(words) <= 5 and all(w[:1].isupper() for w in words):
            a = seg_start + len(text[seg_start:colon]) - len(text[seg_start:colon].lstrip())
            b = colon
            line_end = text.find("\n", q.close)
            line_end = len(text) if line_end < 0 else line_end
            rest = text[q.close + 1 : line_end].rstrip()
            if len(_WORD.findall(rest)) >= 2 and not rest.lstrip()[:1] in ",.;:":
                # 'Congressman: "Credible Evidence" Of ...': the headline goes on past the quote
                return _Draft(
                    q.open,
                    q.close + 1 + len(rest),
                    "mixed",
                    None,
                    None,
                    None,
                    quotes=[q],
                    speaker=self._named_speaker(a, b),
                )
            return _Draft(
                q.start,
                q.end,
                "direct",
                None,
                None,
                None,
                parts=list(q.parts),
                quotes=[q],
                speaker=self._named_speaker(a, b),
            )
        return None

    def _can_speak(self, subject) -> bool:
        """True when a subject is someone: a named mention, a person pronoun, a person title."""
        lower = subject.lower_
        if lower in PERSON_PRONOUNS or lower in ("they", "i", "we"):
            return True
        lemma = subject.lemma_.lower()
        if lemma in PERSON_TITLES or lemma in ORG_NOUNS:
            return True
        tokens = phrase_tokens(subject)
        a, b = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        return bool(
            self.index.at(subject.idx, subject.idx + len(subject.text))
            or self.index.inside(a, b)
            or subject.pos_ == "PROPN"
        )

    def _headlines(self) -> list[_Draft]:
        """ "...could be 'stronger': WHO": a headline whose source follows the colon."""
        text = self.text
        first = text.split("\n", 1)[0]
        m = re.match(r"^(?P<words>.{8,}?)\s*:\s*(?P<source>[A-Z][\w.’'\- ]{1,40}?)\s*$", first)
        if not m or len(m.group("source").split()) > 4:
            return []
        a, b = m.span("words")
        inside = [q for q in self.quotes if q.open >= a and q.close < b]
        whole = len(inside) == 1 and inside[0].open == a and inside[0].close == b - 1
        if whole:
            a, b = inside[0].start, inside[0].end
        kind = "direct" if whole else "mixed" if inside else "indirect"
        return [_Draft(a, b, kind, quotes=inside, speaker=self._named_speaker(*m.span("source")))]

    def _continues(self, prev: _Draft, d: _Draft) -> bool:
        """A quoted paragraph right after a quoted paragraph with a speaker continues it."""
        text = self.text
        if d.start < prev.end:
            return False
        gap = text[prev.end : d.start]
        line_breaks = gap.count("\n") - gap.count("\n\n")
        if line_breaks > 1 or gap.count("\n\n") > 1:
            return False
        q = d.quotes[0]
        words = _WORD.findall(text[q.start : q.end])
        first = text[q.start : q.start + 1]
        at_line_start = not text[text.rfind("\n", 0, q.open) + 1 : q.open].strip()
        ends_sentence = text[q.start : q.end].rstrip("”’\"' ")[-1:] in ".!?,…"
        if not first.isupper() or len(words) < 3:
            return False
        return at_line_start or ends_sentence

    def _speech_like(self, d: _Draft) -> bool:
        """A quote nobody is named for is speech when it fills its line or is a sentence."""
        text = self.text
        q = d.quotes[0]
        line_start = text.rfind("\n", 0, q.open) + 1
        line_end = text.find("\n", q.close)
        line_end = len(text) if line_end < 0 else line_end
        words = _WORD.findall(text[q.start : q.end])
        if _BYLINE.match(text, q.close + 1):
            return False  # '"UK ambassador conveys concerns," by Rowena Mason': a title
        alone = not text[line_start : q.open].strip() and not text[q.close + 1 : line_end].strip(
            " .,;:!?"
        )
        if alone and len(words) >= 2:
            return True
        if self._in_noun_phrase(q):
            return False
        span = self.doc.char_span(q.start, q.end, alignment_mode="expand")
        finite = span is not None and any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in span)
        sentence = text[q.start : q.start + 1].isupper() and len(words) >= 5
        # a long passage with a finite verb is quoted text even when it starts mid-sentence
        # ('Bryant "cited the cases of two ... as precedents."'): a quote from another article
        passage = len(words) >= PASSAGE_MIN_WORDS and self._stands_apart(q)
        return finite and (sentence or passage)

    def _stands_apart(self, q: QuotedSpan) -> bool:
        """True when the writer's words before a quote do not govern it ('he was "told ..."').

        A name ('Bryant "cited ..."'), a comma or a colon before the mark, or nothing on the
        line: the quote supplies its own clause.
        """
        line_start = self.text.rfind("\n", 0, q.open) + 1
        before = self.text[line_start : q.open].rstrip()
        if not before or before[-1] in ",:;—–(":
            return True
        end = line_start + len(before)
        prev = self.doc.char_span(end - 1, end, alignment_mode="expand")
        return prev is not None and prev[-1].pos_ == "PROPN"

    # --- speakers -------------------------------------------------------------------

    def _named_speaker(self, start: int, end: int) -> Speaker:
        m = self.index.at(start, end)
        return Speaker(
            start=start,
            end=end,
            text=self.text[start:end],
            name=m.name if m else self.text[start:end],
            group=m.group if m else None,
        )

    def _speaker(self, subject, cue: Cue | None) -> Speaker | None:
        text = self.text
        tok = antecedent(subject) if is_relative(subject) else subject
        lower = tok.lower_
        at = tok.idx
        if lower in PERSON_PRONOUNS or lower in THING_PRONOUNS:
            m = self._resolve(at, "person" if lower in PERSON_PRONOUNS else "thing", lower)
            return self._make(tok.idx, tok.idx + len(tok.text), m, resolved=True)
        tokens = phrase_tokens(tok)
        a, b = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        own = self.index.at(tok.idx, tok.idx + len(tok.text))
        appos = appositive_mention(tok, self.index)
        if appos is not None and (own is None or self.index.group_label(appos.group) == "PERSON"):
            own = appos  # "WHO official Peter Salama", "His lawyer, Ronald Daigle"
        mention = own or self._head_final(a, b)
        if mention is not None:
            self._remember(mention)
            return self._make(mention.start, mention.end, mention)
        definite = any(t.lower_ in ("the", "this", "that") for t in tokens[:2])
        lemma = tok.lemma_.lower()
        if definite and PERSON_TITLES.get(lemma) and len(tokens) <= 3:
            m = self._resolve(at, "person", lemma)
            return self._make(a, b, m, resolved=True)
        if definite and lemma in ORG_NOUNS and len(tokens) <= 3:
            m = self._resolve(at, "thing", lemma)
            return self._make(a, b, m, resolved=True)
        if tok.pos_ == "PROPN":
            person = self.index.by_surname(tok.text)
            if person is not None:
                self._remember(Mention(a, b, "PERSON", person.group, person.name))
                return Speaker(start=a, end=b, text=text[a:b], name=person.name, group=person.group)
        # a description ("the health ministry", "a spokeswoman"): "it" or "she" may follow
        plural = tok.tag_ in ("NNS", "NNPS")
        kind = (
            "PERSON"
            if lemma in PERSON_TITLES and not plural
            else ("PLURAL" if plural else "PHRASE")
        )
        if lemma in GENDERED_NOUNS:
            self.gender[-1 - a] = GENDERED_NOUNS[lemma]
        self._remember(Mention(a, b, kind, -1 - a, text[a:b]))
        return Speaker(start=a, end=b, text=text[a:b], name=text[a:b])

    def _head_final(self, start: int, end: int) -> Mention | None:
        """A named mention closing the speaker phrase ("Senior WHO official Peter Salama")."""
        inside = [m for m in self.index.inside(start, end) if m.end == end]
        return inside[-1] if inside else None

    def _make(self, start: int, end: int, m: Mention | None, resolved: bool = False) -> Speaker:
        text = self.text
        if m is None:
            return Speaker(start=start, end=end, text=text[start:end], name=text[start:end])
        named = None
        if resolved and (m.start, m.end) != (start, end):
            named = Span(start=m.start, end=m.end, text=text[m.start : m.end])
        return Speaker(
            start=start,
            end=end,
            text=text[start:end],
            name=m.name,
            group=m.group if m.group >= 0 else None,
            named=named,
        )

    def _remember(self, m: Mention, at: int | None = None) -> None:
        self.speakers.append((m.start if at is None else at, m))

    def _resolve(self, at: int, kind: str, word: str) -> Mention | None:
        """The named entity (or described speaker) a pronoun or a title stands for.

        A title ("the senator") first looks for a person named with that title.  Then, most
        recent first and of a compatible kind (person or not, gender when the text showed it):
        the speaker or named main-clause subject of the sentence just before; else whoever
        spoke last; else the last named subject (a pronoun subject keeps the focus where it
        is); else the nearest named mention.
        """
        person = kind == "person"
        gender = {"he": "m", "him": "m", "she": "f", "her": "f"}.get(word)

        def fits(m: Mention) -> bool:
            label = self.index.group_label(m.group) if m.group >= 0 else m.label
            if person != (label == "PERSON"):
                return False
            # "they" stands for a group or an organisation, "it" for one thing
            if word == "they" and label == "PHRASE" or word == "it" and label == "PLURAL":
                return False
            known = self.gender.get(m.group) or self.index.gender.get(m.group)
            return not (gender and known and known != gender)

        if person and word in PERSON_TITLES and PERSON_TITLES[word]:
            titled = [
                m
                for m in self.index.before(at, ("PERSON",), self.quote_spans)
                if self._has_title(m, PERSON_TITLES[word])
            ]
            if titled:
                return self._chosen(titled[0], gender, at)

        def latest(pairs: list) -> Mention | None:
            pairs = [(off, m) for off, m in pairs if off < at and fits(m)]
            return max(pairs, key=lambda c: c[0])[1] if pairs else None

        near = [(off, m) for off, m in self.speakers + self.focus if at - off < LAST_SPEAKER_NEAR]
        reach = [(off, m) for off, m in self.speakers if at - off < LAST_SPEAKER_REACH]
        focus = [(off, m) for off, m in self.focus if at - off < LAST_SPEAKER_REACH]
        # the subject or speaker of the sentence just before; else whoever spoke last; else
        # the last named subject
        for pairs in (near, reach, focus):
            choice = latest(pairs)
            if choice is not None:
                return self._chosen(choice, gender, at)
        labels = ("PERSON",) if person else ("ORG", "GPE", "NORP", "FAC")
        named = [m for m in self.index.before(at, labels, self.quote_spans) if fits(m)]
        return self._chosen(named[0], gender, at) if named else None

    def _chosen(self, m: Mention, gender: str | None, at: int) -> Mention:
        if gender and m.group >= 0:
            self.gender.setdefault(m.group, gender)
        self._remember(m, at)
        return m

    def _focus(self) -> list[tuple[int, Mention]]:
        """Named subjects of main clauses, in text order."""
        out = []
        for sent in self.doc.sents:
            for verb in [sent.root] + [c for c in sent.root.children if c.dep_ == "conj"]:
                subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is None or _inside(subj.idx, self.quote_spans):
                    continue
                m = self.index.at(subj.idx, subj.idx + len(subj.text)) or appositive_mention(
                    subj, self.index
                )
                if m is None and subj.pos_ == "PROPN":
                    m = self.index.by_surname(subj.text)
                if m is None:
                    m = self._described(subj)
                if m is not None:
                    out.append((subj.idx, m))
        return out

    def _described(self, subj) -> Mention | None:
        """A person described by a gendered noun ("the woman pleads"): "she" may stand for them."""
        lemma = subj.lemma_.lower()
        if lemma not in GENDERED_NOUNS or subj.tag_ in ("NNS", "NNPS"):
            return None
        tokens = phrase_tokens(subj)
        if tokens[0].lower_ not in ("the", "a", "an") or len(tokens) > 6:
            return None
        a, b = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        self.gender[-1 - a] = GENDERED_NOUNS[lemma]
        return Mention(a, b, "PERSON", -1 - a, self.text[a:b])

    def _has_title(self, m: Mention, titles: tuple[str, ...]) -> bool:
        """True when a mention of ``m``'s group carries the title ("Sen. Al Franken")."""
        for other in self.index.mentions:
            if other.group != m.group:
                continue
            window = self.text[max(0, other.start - 40) : other.end].lower()
            if any(t in window.split() or t in window for t in titles):
                return True
        return False

    # --- social posts ---------------------------------------------------------------

    def _social_posts(self) -> list[Quote]:
        text = self.text
        out = []
        for post in self.article.social_posts:
            if post.text_end <= post.text_start:
                continue
            speaker = None
            signature = text[post.text_end : post.end]
            for name in (post.author, post.handle and "@" + post.handle, post.handle):
                if name and name in signature:
                    a = post.text_end + signature.index(name)
                    speaker = self._named_speaker(a, a + len(name))
                    break
            if speaker is None and post.author:
                lead = text[max(0, post.start - 300) : post.start]
                if post.author in lead:
                    a = post.start - len(lead) + lead.rindex(post.author)
                    speaker = self._named_speaker(a, a + len(post.author))
            a, b = post.text_start, post.text_end
            out.append(
                Quote(
                    start=a,
                    end=b,
                    text=text[a:b],
                    kind="direct",
                    speaker=speaker,
                    attribution=None
                    if speaker is None
                    else "after"
                    if speaker.start >= b
                    else "before",
                    origin="social_post",
                )
            )
        return out
