"""Event confidence: how likely a careful annotator codes the same event.

The rule coder is right about most events in text like the text it was tuned on and about a
third of them in unseen opinion pieces.  A user who counts events needs to know which ones to
trust, so each event carries a ``confidence``: the probability, from a logistic regression
trained on our hand-made gold (``training/train_event_confidence.py``), that an annotator
codes an event in the same sentence with the same source country, target country and quad
class.  It reads only what the event already holds and where its parts sit in the parse: the
trigger word, its code, where the source and target mentions are and how the parse links them
to the trigger, what kind of actors they are, how prominent their countries are in the article,
who the event is attributed to, and the article's genre.

The model is a table of feature weights (``models/events/confidence.json``); scoring is a sum
and a logistic function, with no library beyond the standard one.  When the file is missing
events carry no confidence (``None``).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from functools import lru_cache
from pathlib import Path

from presslens.coding.syntax import dependency_path
from presslens.model import Article, Event

MODEL_FILE = Path(__file__).resolve().parents[3] / "models" / "events" / "confidence.json"


class ArticleView:
    """What scoring needs of an article, computed once: its actors by id with their mentions as
    token spans, its countries' ranks, and the countries each sentence names."""

    def __init__(self, article: Article, doc) -> None:
        self.article = article
        self.doc = doc
        self.actors = {a.id: a for a in article.actors}
        self.spans: dict[str, list] = {}
        countries_at: dict[int, set[str]] = {}
        for actor in article.actors:
            spans = []
            for m in actor.mentions:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None:
                    continue
                spans.append(span)
                if actor.country:
                    countries_at.setdefault(span.sent.start, set()).add(actor.country)
            self.spans[actor.id] = spans
        self.sentence_countries = countries_at
        self.ranks = country_ranks(article)

    def mention(self, actor_id: str | None, trigger_i: int):
        """The mention of ``actor_id`` nearest the trigger, preferring its own sentence and
        then the text before it, or None."""
        sent = self.doc[trigger_i].sent
        best, best_key = None, None
        for span in self.spans.get(actor_id or "", ()):
            inside = sent.start <= span.start < sent.end
            key = (not inside, span.start > trigger_i and not inside, abs(span.start - trigger_i))
            if best_key is None or key < best_key:
                best, best_key = span, key
        return best


def _path(trigger, head) -> str:
    """The dependency path from the trigger up to the common ancestor and down to ``head``."""
    common, up, down = dependency_path(trigger, head)
    if common is None:
        return "none"
    rise = [t.dep_ for t in up]
    fall = [t.dep_ for t in down]
    if len(rise) + len(fall) > 3:
        return "long"
    return "^".join(rise) + "|" + "v".join(reversed(fall))


def features(view: ArticleView, event: Event) -> list[str]:
    """The event's features, as names of binary indicators."""
    span = view.doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if span is None:
        return ["trigger=unaligned"]
    trigger = span.root
    sent = trigger.sent
    out = [
        f"root={event.root}",
        f"quad={event.quad_class}",
        f"lemma={trigger.lemma_.lower()}",
        f"tpos={trigger.pos_}",
        f"tdep={trigger.dep_}",
        f"said_by={event.attributed_to.kind}",
        f"genre={view.article.genre}",
        f"specific={len(event.code) >= 3 and event.code[2:] != '0'}",
    ]
    countries = {}
    for role, actor_id, code in (
        ("src", event.source, event.source_code),
        ("tgt", event.target, event.target_code),
    ):
        if actor_id is None and not code:
            out.append(f"{role}=nobody")
            continue
        actor = view.actors.get(actor_id or "")
        code = code or (actor.code if actor else "") or ""
        country = (actor.country if actor and actor.country else None) or code[:3]
        countries[role] = country
        actor_kind = code[3:6] or "state"
        out.append(f"{role}_kind={actor_kind}")
        out.append(f"{role}_rank={min(view.ranks.get(country, 9), 3)}")
        mention = view.mention(actor_id, trigger.i)
        if mention is None:
            out.append(f"{role}=unplaced")
            continue
        head = mention.root
        if sent.start <= mention.start < sent.end:
            out.append(f"{role}_dep={head.dep_}")
            out.append(f"{role}_path={_path(trigger, head)}")
            out.append(f"{role}_side={'before' if mention.start < trigger.i else 'after'}")
            if head.pos_ == "PRON":
                out.append(f"{role}=pronoun")
        else:
            out.append(f"{role}=earlier_sentence")
    if "src" in countries and countries.get("src") == countries.get("tgt"):
        out.append("same_country")
    named = len(view.sentence_countries.get(sent.start, ()))
    out.append(f"countries_in_sentence={min(named, 4)}")
    return out


def country_ranks(article: Article) -> dict[str, int]:
    """Each country's rank by how often the article's actors of it are mentioned (0 = most)."""
    weight: Counter = Counter()
    for actor in article.actors:
        if actor.country:
            weight[actor.country] += len(actor.mentions)
    return {c: i for i, (c, _) in enumerate(weight.most_common())}


@lru_cache(maxsize=1)
def _model() -> tuple[dict[str, float], float] | None:
    if not MODEL_FILE.exists():
        return None
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    return data["weights"], float(data["intercept"])


def score(names: list[str], model: tuple[dict[str, float], float]) -> float:
    weights, intercept = model
    z = intercept + sum(weights.get(n, 0.0) for n in names)
    return 1.0 / (1.0 + math.exp(-z))


def assign(article: Article, doc) -> None:
    """Set ``confidence`` on each of the article's events (left None without a model)."""
    model = _model()
    if model is None or not article.events:
        return
    view = ArticleView(article, doc)
    for event in article.events:
        event.confidence = round(score(features(view, event), model), 3)
