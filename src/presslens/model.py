"""Typed model of an analysed article and of every span kind.

The one rule: ``Article.text`` never changes, and every item of every layer carries
``start``/``end`` (Python ``str`` indices, end exclusive) and ``text`` such that
``article.text[start:end] == item.text``.  The JSON Schema in ``docs/schema.json`` is
generated from these classes (``presslens schema``).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Span(BaseModel):
    """A stretch of ``Article.text``: the evidence for an annotation."""

    model_config = ConfigDict(extra="forbid")

    start: int = Field(ge=0, description="offset of the first character in Article.text")
    end: int = Field(ge=0, description="offset one past the last character")
    text: str = Field(description="Article.text[start:end], the evidence")


# --- foundation layers -------------------------------------------------------------


class SocialPost(Span):
    """An embedded social-media post (its residue in the text, or its embed markup)."""

    platform: str = Field(description="twitter, telegram, facebook, instagram, youtube, ...")
    author: str | None = None
    handle: str | None = None
    date: str | None = Field(None, description="ISO date of the post")
    text_start: int = Field(description="offset of the post's own words")
    text_end: int
    urls: list[str] = Field(default_factory=list)


class Boilerplate(Span):
    """A span that is not the article's body."""

    kind: Literal["byline", "disclaimer", "author_bio", "promo", "dateline", "caption", "other"]
    author: str | None = Field(None, description="for byline and author_bio: the person named")
    outlet: str | None = Field(None, description="for disclaimer and promo: the outlet named")


class Entity(Span):
    """A named-entity mention; mentions of one entity share ``group``."""

    label: str = Field(description="spaCy label: PERSON, ORG, GPE, NORP, LOC, FAC, EVENT, ...")
    group: int = Field(description="entity id within the article; 0-based")
    name: str = Field(description="canonical name of the group (its longest proper mention)")


class DateMention(Span):
    """A date expression resolved to an ISO date of the precision the text gives."""

    value: str | None = Field(
        description="YYYY, YYYY-MM, YYYY-MM-DD or an ISO week YYYY-Www; null when unresolvable"
    )
    precision: Literal["year", "month", "day", "week", "unknown"] = "unknown"
    basis: Literal["absolute", "context", "published", "unresolved"] = Field(
        "unresolved",
        description="absolute: the expression alone; context: an earlier date in the text; "
        "published: relative to the publication date",
    )


# --- quotes ----------------------------------------------------------------------


class Speaker(Span):
    """Who a quote is attributed to: the mention in the text."""

    name: str
    group: int | None = Field(None, description="entity group of the speaker")
    actor: str | None = Field(None, description="actor id, once actors exist")
    named: Span | None = Field(
        None, description="for a pronoun or title speaker: the named mention it resolves to"
    )


class Quote(Span):
    """Words attributed to someone: direct, indirect, or mixed speech."""

    kind: Literal["direct", "indirect", "mixed", "scare"]
    speaker: Speaker | None = None
    cue: Span | None = Field(None, description="the verb or phrase that introduces the quote")
    attribution: Literal["before", "after", "inside"] | None = None
    origin: Literal["text", "social_post"] = "text"
    parts: list[Span] = Field(
        default_factory=list,
        description="the quoted pieces when a quote is split by its attribution or runs over "
        "several paragraphs; empty when it is one piece",
    )


# --- actors and events -----------------------------------------------------------


class Actor(BaseModel):
    """An entity group that acts in the article, coded in the CAMEO actor style."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(description="stable within the article, e.g. 'A3'")
    name: str
    code: str = Field(description="CAMEO-style code: country + roles, e.g. BRAGOV, RUSMIL")
    country: str | None = Field(None, description="ISO 3166-1 alpha-3 / CAMEO country code")
    roles: list[str] = Field(default_factory=list)
    group: int | None = Field(None, description="entity group this actor codes")
    mentions: list[Span] = Field(default_factory=list)
    basis: str | None = Field(
        None,
        description=(
            "what decided the code (lexicon, dictionary, context, dateline; leading-state: a "
            "named person of no known country placed in the state the article is about)"
        ),
    )


class Attribution(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: Literal["author", "speaker", "social_post"]
    name: str | None = None
    actor: str | None = None


class Location(Span):
    country: str | None = None


class Event(Span):
    """Who did what to whom: one coded event; ``start``/``end`` cover its clause or sentence."""

    source: str | None = Field(None, description="actor id")
    target: str | None = Field(None, description="actor id")
    source_code: str | None = None
    target_code: str | None = None
    code: str = Field(description="CAMEO event code, as specific as the text supports")
    root: str = Field(description="CAMEO root code (first two digits)")
    quad_class: int = Field(ge=1, le=4)
    goldstein: float
    plover: str
    trigger: Span = Field(description="the verb or noun that carries the event")
    date: str | None = None
    date_basis: Literal["text", "published"] | None = None
    location: Location | None = None
    modality: Literal[
        "asserted", "negated", "attempted", "failed", "threatened", "planned", "hypothetical"
    ] = "asserted"
    attributed_to: Attribution
    confidence: float | None = Field(
        None,
        ge=0.0,
        le=1.0,
        description=(
            "probability that a careful annotator codes the same sentence, source and target "
            "country and quad class (presslens.coding.confidence); None without the model"
        ),
    )


# --- persuasion techniques -------------------------------------------------------


class Technique(Span):
    """A span using a propaganda technique (SemEval-2020 Task 11 labels)."""

    technique: str
    score: float = Field(ge=0.0, le=1.0)
    region: Literal["body", "social_post", "boilerplate"] = "body"


class TechniqueSummary(BaseModel):
    model_config = ConfigDict(extra="forbid")

    counts: dict[str, int] = Field(default_factory=dict)
    sentences: int = 0
    sentences_with_technique: int = 0
    share: float = 0.0


# --- the article -----------------------------------------------------------------


class Article(BaseModel):
    """One analysed article: immutable ``text`` plus one list per layer."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(description="stable id: hash of the text")
    source: str = Field(description="where it came from: path, URL, 'stdin' or 'file.jsonl:LINE'")
    url: str | None = None
    text: str
    title: str | None = None
    title_span: Span | None = Field(None, description="where the title sits in text, if it does")
    authors: list[str] = Field(default_factory=list)
    published: str | None = Field(None, description="ISO date")
    outlet: str | None = None
    genre: Literal["opinion", "report", "satire", "other"] = "other"
    genre_signals: list[str] = Field(default_factory=list)
    language: str | None = None
    warnings: list[str] = Field(default_factory=list)
    layers: list[str] = Field(
        default_factory=list,
        description="the layers this analysis covers, in run order (a layer skipped for the "
        "article's language counts: running it again would skip it again)",
    )

    social_posts: list[SocialPost] = Field(default_factory=list)
    boilerplate: list[Boilerplate] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    techniques: list[Technique] = Field(default_factory=list)
    technique_summary: TechniqueSummary | None = None

    def evidence_errors(self) -> list[str]:
        """Every span (nested ones too) whose offsets do not give back its evidence."""
        errors: list[str] = []
        n = len(self.text)

        def check(where: str, span: Span) -> None:
            if not (0 <= span.start <= span.end <= n):
                errors.append(f"{where}: [{span.start}, {span.end}) outside text of {n}")
            elif self.text[span.start : span.end] != span.text:
                errors.append(f"{where}: text[{span.start}:{span.end}] != {span.text!r}")

        def walk(where: str, value) -> None:
            if isinstance(value, Span):
                check(where, value)
            if isinstance(value, BaseModel):
                for name in type(value).model_fields:
                    walk(f"{where}.{name}", getattr(value, name))
            elif isinstance(value, list):
                for i, item in enumerate(value):
                    walk(f"{where}[{i}]", item)

        if self.title_span is not None:
            check("title_span", self.title_span)
        for layer in SPAN_LAYERS:
            walk(layer, getattr(self, layer))
        for i, post in enumerate(self.social_posts):
            if not (post.start <= post.text_start <= post.text_end <= post.end):
                errors.append(f"social_posts[{i}]: post words outside the post")
        return errors

    def span(self, start: int, end: int) -> Span:
        """Make a Span over this article's text (the evidence is filled from ``text``)."""
        return Span(start=start, end=end, text=self.text[start:end])


#: Layer fields of Article that hold lists of spans, in the order they are stored.
SPAN_LAYERS: dict[str, type[BaseModel]] = {
    "social_posts": SocialPost,
    "boilerplate": Boilerplate,
    "entities": Entity,
    "dates": DateMention,
    "actors": Actor,
    "quotes": Quote,
    "events": Event,
    "techniques": Technique,
}
