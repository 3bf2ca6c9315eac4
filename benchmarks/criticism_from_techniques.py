"""Does name-calling or loaded language inside a quote mark its speaker criticising someone?

Research measurement for the event coder (nothing here is shipped).  Criticism (CAMEO 111) is
the code the rule coder misses most on unseen opinion pieces, and much of it is carried by an
evaluative word in someone's speech ("an absolute disgrace", "Muslim invaders", "his
nonsense").  Our own techniques model marks such words as Loaded_Language and
Name_Calling,Labeling.  This asks whether those spans, inside a quote whose speaker is a coded
actor, make good extra events: speaker -> the nearest other actor in the same sentence (else in
the quote, else nobody), quad class 3, once per sentence, where the coder has no verbal
conflict from that speaker there already.

Scored like ``bench_events.py`` on the tuning gold sets and on the training annotations (the
blind sets 9 to 12 are not read): the coder alone, then with the added events.

    python benchmarks/criticism_from_techniques.py
"""

from __future__ import annotations

import json
from collections import Counter

from _common import ROOT
from bench_events import FOUNDATION, country_key, event_parties, gold_text, score

from presslens import nlp
from presslens.ingest import RawDocument
from presslens.layers import load as load_layer
from presslens.options import Options
from presslens.pipeline import new_article

GOLD = ROOT / "tests" / "gold" / "events"
SETS = {
    "tuning sets": ["gold", "heldout", *(f"heldout{n}" for n in range(2, 9)), "tune_p1"],
    "training annotations": ["train_u1", "train_u2", "train_u3"],
}
EVALUATIVE = {"Loaded_Language", "Name_Calling,Labeling"}
NOT_SCORED = ("hypothetical", "negated", "planned")


def analysed(record: dict):
    text, published = gold_text(record["doc"])
    raw = RawDocument(source="gold", text=text, published=published or record.get("published"))
    article, doc, context = new_article(raw), nlp.parse(text), {"raw": raw}
    for name in (*FOUNDATION, "actors", "quotes", "techniques", "events"):
        load_layer(name).run(article, doc, Options(), context)
    return article


def sentence_of(sentences, pos: int):
    return next((s for s, e in sentences if s <= pos < e), None)


def added(article, sentences, coded: Counter) -> list[tuple]:
    actors = {a.id: a for a in article.actors}

    def country(actor):
        return country_key(actor.country, actor.code) if actor else None

    spans = [t for t in article.techniques if t.technique in EVALUATIVE and t.region == "body"]
    out = []
    for quote in article.quotes:
        speaker = actors.get(quote.speaker.actor) if quote.speaker and quote.speaker.actor else None
        if quote.kind == "scare" or country(speaker) is None:
            continue
        done = set()
        for span in (t for t in spans if quote.start <= t.start and t.end <= quote.end):
            sent = sentence_of(sentences, span.start)
            if sent in done:
                continue
            done.add(sent)
            others = [
                (sentence_of(sentences, m.start) != sent, abs(m.start - span.start), a)
                for a in article.actors
                if a.id != speaker.id
                for m in a.mentions
                if quote.start <= m.start < quote.end or sentence_of(sentences, m.start) == sent
            ]
            target = country(min(others, key=lambda x: x[:2])[2]) if others else None
            key = (sent, country(speaker), target, 3)
            if not any(k[0] == sent and k[1] == key[1] and k[3] == 3 for k in coded):
                out.append(key)
    return out


def main() -> None:
    print("criticism from evaluative technique spans in quotes (P / R / F1 on quad class)\n")
    for name, stems in SETS.items():
        gold, base, more = Counter(), Counter(), Counter()
        for stem in stems:
            for line in (GOLD / f"{stem}.jsonl").read_text(encoding="utf-8").splitlines():
                record = json.loads(line)
                article = analysed(record)
                sentences = sorted({tuple(e["sentence"]) for e in record["events"]})
                for e in record["events"]:
                    gold[
                        (record["doc"], e["sentence"][0], e["source"], e["target"], e["quad_class"])
                    ] += 1
                actors = {a.id: a for a in article.actors}
                coded = Counter(
                    (*event_parties(ev, actors, sentences), ev.quad_class)
                    for ev in article.events
                    if ev.modality not in NOT_SCORED
                )
                extra = added(article, sentences, coded)
                base.update({(record["doc"], *k): v for k, v in coded.items()})
                more.update({(record["doc"], *k): v for k, v in coded.items()})
                more.update((record["doc"], *k) for k in extra)
        n_added = sum(more.values()) - sum(base.values())
        right = sum((gold & more).values()) - sum((gold & base).values())
        p0, r0, f0 = score(gold, base)
        p1, r1, f1 = score(gold, more)
        print(f"{name} ({sum(gold.values())} events)")
        print(f"  rule coder           {p0:.3f} / {r0:.3f} / {f0:.3f}")
        print(
            f"  with the added ones  {p1:.3f} / {r1:.3f} / {f1:.3f}   ({n_added} added, {right} right)"
        )


if __name__ == "__main__":
    main()
