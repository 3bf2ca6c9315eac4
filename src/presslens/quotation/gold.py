"""The hand-made quotes gold set (tests/gold/quotes) and how predictions are scored against it.

A predicted quote matches a gold quote of the same class when their overlap is at least half
of the longer of the two (so neither a fragment nor a sentence-long over-reach counts).  The
classes: ``direct`` (words wholly in quotation marks, in the article's own text), ``indirect``
(indirect and mixed speech: reported content in the writer's words, possibly with quoted bits),
``social`` (embedded posts).  Scare quotes are not speech and are not scored as such.

Speaker accuracy is measured on matched pairs.  A gold speaker that is a pronoun or a title
carries the named mention it stands for: the prediction must name that same one.  Otherwise
the prediction is right when its speaker span overlaps the gold one or names the same entity
(a shared proper word: "Yore" for "Elizabeth Yore").  No gold speaker: right when none is
predicted.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from presslens.quotation.cues import lexicon

MIN_OVERLAP = 0.5
CLASSES = ("direct", "indirect", "social")

#: Words that name a role, not someone: not evidence that two speakers are the same.
_NOT_NAMES = lexicon("""the a an mr mr. ms ms. mrs mrs. dr dr. sen sen. rep rep. president minister prime
    secretary state pope cardinal archbishop bishop chief spokesman spokeswoman of for and
    us u.s. his her their its former senior official officials general""")


@dataclass
class GoldArticle:
    id: str
    source: str
    path: Path
    text: str
    quotes: list[dict]


@dataclass
class Score:
    """Counts for one class, summed over articles."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    speaker_scored: int = 0
    speaker_right: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.speaker_scored if self.speaker_scored else 0.0


def load(gold_dir: Path, ptc_articles: Path | None, samples: Path) -> list[GoldArticle]:
    """The gold articles whose text is at hand (PTC ones need ../shared); a changed text fails."""
    out = []
    for path in sorted(gold_dir.glob("*.json")):
        g = json.loads(path.read_text(encoding="utf-8"))
        if g["source"] in ("ptc", "ptc_dev"):
            if ptc_articles is None:
                continue
            folder = (
                ptc_articles
                if g["source"] == "ptc"
                else (ptc_articles.parent.parent / "dev" / "articles")
            )
            text_path = folder / f"{g['id']}.txt"
        else:
            text_path = samples / g["id"]
        text = text_path.read_text(encoding="utf-8")
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != g["sha256"]:
            raise ValueError(f"{text_path}: text changed since it was annotated ({path.name})")
        out.append(GoldArticle(g["id"], g["source"], text_path, text, g["quotes"]))
    return out


def quote_class(kind: str, origin: str = "text") -> str | None:
    """The scoring class of a quote kind, None for scare quotes."""
    if origin == "social_post":
        return "social"
    if kind == "direct":
        return "direct"
    if kind in ("indirect", "mixed"):
        return "indirect"
    return None


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / max(a[1] - a[0], b[1] - b[0])


def _names(text: str) -> set[str]:
    words = re.findall(r"[\w.’'-]+", text)
    return {
        w.lower().rstrip(".").removesuffix("’s").removesuffix("'s")
        for w in words
        if w[:1].isupper() and w.lower() not in _NOT_NAMES
    }


def speaker_right(gold: dict | None, pred, text: str) -> bool:
    """Whether the predicted speaker (a model Speaker or None) is the gold one."""
    if gold is None:
        return pred is None
    if pred is None:
        return False
    pred_names = _names(pred.name) | _names(pred.text)
    if pred.named is not None:
        pred_names |= _names(pred.named.text)
    if "named" in gold:
        n = (gold["named"]["start"], gold["named"]["end"])
        pred_spans = [(pred.start, pred.end)] + (
            [(pred.named.start, pred.named.end)] if pred.named is not None else []
        )
        if any(_overlap(n, p) > 0 for p in pred_spans):
            return True
        return bool(_names(text[n[0] : n[1]]) & pred_names)
    span = (gold["start"], gold["end"])
    if _overlap(span, (pred.start, pred.end)) > 0:
        return True
    return bool(_names(text[span[0] : span[1]]) & pred_names)


def score(article: GoldArticle, predicted: list, scores: dict[str, Score]) -> None:
    """Add one article's counts to ``scores`` (class -> Score); greedy one-to-one matching."""
    text = article.text
    for cls in CLASSES:
        gold = [g for g in article.quotes if quote_class(g["kind"], g.get("origin", "text")) == cls]
        pred = [p for p in predicted if quote_class(p.kind, p.origin) == cls]
        s = scores.setdefault(cls, Score())
        s.gold += len(gold)
        s.predicted += len(pred)
        pairs = sorted(
            (
                (_overlap((g["start"], g["end"]), (p.start, p.end)), gi, pi)
                for gi, g in enumerate(gold)
                for pi, p in enumerate(pred)
            ),
            reverse=True,
        )
        used_g, used_p = set(), set()
        for ov, gi, pi in pairs:
            if ov < MIN_OVERLAP or gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            s.matched += 1
            s.speaker_scored += 1
            g, p = gold[gi], pred[pi]
            if speaker_right(g.get("speaker"), p.speaker, text):
                s.speaker_right += 1
            else:
                gs = g.get("speaker")
                want = text[gs["start"] : gs["end"]] if gs else None
                if gs and "named" in gs:
                    want += " = " + text[gs["named"]["start"] : gs["named"]["end"]]
                got = f"{p.speaker.text} = {p.speaker.name}" if p.speaker else None
                s.misses.append(
                    f"{article.id} speaker {want!r} got {got!r}: {text[p.start : p.end][:60]!r}"
                )
        for gi, g in enumerate(gold):
            if gi not in used_g:
                s.misses.append(f"{article.id} missed {cls}: {text[g['start'] : g['end']][:80]!r}")
        for pi, p in enumerate(pred):
            if pi not in used_p:
                s.misses.append(f"{article.id} extra {cls}: {text[p.start : p.end][:80]!r}")


def layers_before_quotes() -> list:
    """The layers that run before quotes in a full run and exist: (name, module) pairs."""
    from presslens import layers as registry

    names = []
    for name in registry.REGISTRY:
        if name == "quotes":
            break
        names.append(name)
    # what quotes reads (entities, social), what those read, and actors for speaker.actor
    wanted = {"social", "boilerplate", "entities", "actors"}
    return [(n, m) for n, m in registry.available(tuple(names)) if n in wanted]


@dataclass
class Run:
    """Scores of one run over the gold set, and where the time went."""

    scores: dict[str, Score]
    articles: int
    parse_s: float
    quotes_s: float


def evaluate(articles: list[GoldArticle]) -> Run:
    """Parse each gold article, run the layers before quotes, then quotes; score and time it."""
    from presslens import nlp
    from presslens.ingest import RawDocument
    from presslens.layers import quotes
    from presslens.options import Options
    from presslens.pipeline import new_article

    pipeline = nlp.load()
    prior = layers_before_quotes()
    options = Options()
    scores: dict[str, Score] = {}
    parse_s = quotes_s = 0.0
    for g in articles:
        raw = RawDocument(source=str(g.path), text=g.text)
        article = new_article(raw)
        t0 = time.perf_counter()
        doc = pipeline(g.text)
        parse_s += time.perf_counter() - t0
        context = {"raw": raw}
        for _name, module in prior:
            module.run(article, doc, options, context)
        t0 = time.perf_counter()
        quotes.run(article, doc, options, context)
        quotes_s += time.perf_counter() - t0
        broken = article.evidence_errors()
        if broken:
            raise AssertionError(f"{g.id}: evidence broken: {broken[:3]}")
        score(g, article.quotes, scores)
    return Run(scores, len(articles), parse_s, quotes_s)
