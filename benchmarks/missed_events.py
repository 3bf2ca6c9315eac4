"""Where the event coder loses gold events it codes nothing for: aggregates, no single item.

For the gold events whose sentence holds no coded event at all, on the non-blind sets the
coder was tuned on least (held-out 7 and 8, ``tune_p1``, the training annotations; the blind
sets 9 to 12 are never read): whether the trigger word is in our lexicon, the commonest trigger
lemmas and codes, and how many actors with a country the sentence names.

    python benchmarks/missed_events.py
"""

from __future__ import annotations

import json
from collections import Counter

from _common import ROOT
from bench_events import analyse, gold_text

from presslens import nlp
from presslens.knowledge import lexicon
from presslens.options import Options

GOLD = ROOT / "tests" / "gold" / "events"
STEMS = ("heldout7", "heldout8", "tune_p1", "train_u1", "train_u2", "train_u3")


def main() -> None:
    facts: Counter = Counter()
    lemmas: Counter = Counter()
    codes: Counter = Counter()
    total = 0
    for stem in STEMS:
        for line in (GOLD / f"{stem}.jsonl").read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            text, published = gold_text(record["doc"])
            doc = nlp.parse(text)
            article = analyse(text, published or record.get("published"), Options(), doc=doc)
            triggers = [ev.trigger.start for ev in article.events]
            placed = [m.start for a in article.actors if a.country for m in a.mentions]
            for e in record["events"]:
                total += 1
                start, end = e["sentence"]
                if any(start <= t < end for t in triggers):
                    continue
                span = doc.char_span(*e["trigger"], alignment_mode="expand")
                lemma = span[0].lemma_.lower()
                known = lemma in lexicon.VERBS or lemma in lexicon.NOUNS
                facts["no coded event in the sentence"] += 1
                facts["  trigger lemma in the lexicon"] += known
                n = sum(start <= m < end for m in placed)
                facts[
                    f"  actors with a country in the sentence: {min(n, 2)}{'+' if n >= 2 else ''}"
                ] += 1
                lemmas[lemma] += 1
                codes[e["code"]] += 1
    print(f"{total} gold events in {', '.join(STEMS)}")
    head = "no coded event in the sentence"
    for name, count in [(head, facts.pop(head)), *sorted(facts.items())]:
        print(f"{name:<48} {count}")
    print("commonest trigger lemmas:", ", ".join(f"{w} {c}" for w, c in lemmas.most_common(15)))
    print("commonest codes:", ", ".join(f"{k} {c}" for k, c in codes.most_common(10)))


if __name__ == "__main__":
    main()
