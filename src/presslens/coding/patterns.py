"""Event coding: PETRARCH/TABARI verb patterns (``*`` verb, ``$`` source, ``+`` target,
synonym sets) matched against a sentence, and PETRARCH's one-event-per-main-verb habit.
"""

from __future__ import annotations

from presslens.coding.syntax import Coded
from presslens.knowledge import petrarch

# --- PETRARCH verb patterns ----------------------------------------------------------------


def _match_elements(elements, tokens, uppers, lemmas, dicts, spans_at, start_pos, reverse=False):
    """Match pattern elements over ``tokens`` (in order); returns (ok, slots)."""
    pos = start_pos
    slots: dict[str, int] = {}
    n = len(tokens)
    for el in elements:
        if el.kind == "skip":
            # "^" passes over one noun phrase: up to and including the next noun.
            k = pos
            while k < n and uppers[tokens[k]] in ("THE", "A", "AN", "THEIR", "ITS", "HIS", "HER"):
                k += 1
            while (
                k < n
                and uppers[tokens[k]][:1].isalpha()
                and (
                    k + 1 < n
                    and uppers[tokens[k + 1]]
                    not in ("OF", "ABOUT", "TO", "WITH", "FROM", "ON", "IN", "AT", "FOR", "BY")
                )
            ):
                k += 1
            pos = min(k + 1, n)
            continue
        if el.kind in ("source", "target", "compound"):
            # The slot is the next actor at or after this point.
            k = pos
            while k < n and tokens[k] not in spans_at:
                if el.adjacent and k > pos:
                    break
                k += 1
            if k >= n or tokens[k] not in spans_at:
                return False, slots
            slots[el.kind] = tokens[k]
            pos = k + 1
            continue
        found = -1
        scan = range(pos, min(pos + 1, n)) if el.adjacent else range(pos, n)
        for k in scan:
            size = _element_at(el, k, tokens, uppers, lemmas, dicts, reverse)
            if size:
                found = k + size
                break
        if found < 0:
            return False, slots
        pos = found
    return True, slots


def _element_at(el, k, tokens, uppers, lemmas, dicts, reverse=False) -> int:
    """How many tokens an element matches starting at position ``k`` (0 = no match).

    ``reverse``: ``tokens`` run right to left (the words before the verb), so a synonym
    phrase is read backwards.
    """
    if el.kind == "word":
        i = tokens[k]
        return 1 if el.value in (uppers[i], lemmas[i]) else 0
    for phrase in dicts.synset_phrases(el.value):
        if reverse:
            phrase = tuple(reversed(phrase))
        m = len(phrase)
        if k + m <= len(tokens) and all(
            phrase[j] in (uppers[tokens[k + j]], lemmas[tokens[k + j]]) for j in range(m)
        ):
            return m
    return 0


def _dictionary_codes(verb, dicts, uppers, lemmas, spans_at) -> list[tuple[str, dict, str]]:
    """Codes the PETRARCH verb dictionary gives a verb: [(code, slots, pattern text)]."""
    forms = dicts.verbs.get(uppers[verb.i])
    if not forms:
        forms = [
            f
            for f in dicts.verbs.get(lemmas[verb.i], ())
            if uppers[verb.i] in petrarch.regular_forms(f.head)
        ]
    if not forms:
        return []
    doc = verb.doc
    sent = verb.sent
    best_form = None
    for form in forms:
        ok = all(
            verb.i + 1 + j < len(doc)
            and form.after[j] in (uppers[verb.i + 1 + j], lemmas[verb.i + 1 + j])
            for j in range(len(form.after))
        ) and all(
            verb.i - len(form.before) + j >= 0
            and form.before[j]
            in (uppers[verb.i - len(form.before) + j], lemmas[verb.i - len(form.before) + j])
            for j in range(len(form.before))
        )
        if ok and (
            best_form is None
            or len(form.after) + len(form.before) > len(best_form.after) + len(best_form.before)
        ):
            best_form = form
    if best_form is None:
        return []
    block = dicts.blocks.get(best_form.block)
    upper_tokens = [i for i in range(verb.i + 1 + len(best_form.after), sent.end)]
    lower_tokens = [i for i in range(verb.i - 1 - len(best_form.before), sent.start - 1, -1)]
    best = None
    for pattern in block.patterns if block else ():
        ok_u, slots_u = _match_elements(
            pattern.upper, upper_tokens, uppers, lemmas, dicts, spans_at, 0
        )
        if not ok_u:
            continue
        ok_l, slots_l = _match_elements(
            pattern.lower, lower_tokens, uppers, lemmas, dicts, spans_at, 0, reverse=True
        )
        if not ok_l:
            continue
        if best is None or pattern.size > best[0].size:
            best = (pattern, {**slots_l, **slots_u})
    if best is not None:
        return [(best[0].code, best[1], best[0].text)]
    code = best_form.code or (block.code if block else None)
    return [(code, {}, "")] if code else []


def _discarded(tokens_upper: list[str], phrases: list[tuple[str, ...]]) -> bool:
    joined = " " + " ".join(tokens_upper) + " "
    return any(" " + " ".join(p) + " " in joined for p in phrases if p)


def _petrarch_main_verbs(coded: list[Coded], doc, suppressed: set[int]) -> list[Coded]:
    """PETRARCH codes a verb phrase once: a coded verb's infinitive complement adds nothing,
    and a sentence with a targeted event drops its target-less ones."""
    triggers = {c.trigger for c in coded}
    out = []
    for c in coded:
        tok = doc[c.trigger]
        head = tok
        governed = False
        while head.dep_ == "xcomp" and head.head != head:
            head = head.head
            if head.i in triggers:
                governed = True
                break
        if not governed:
            out.append(c)
    targeted = {doc[c.trigger].sent.start for c in out if c.target is not None} | suppressed
    return [c for c in out if c.target is not None or doc[c.trigger].sent.start not in targeted]
