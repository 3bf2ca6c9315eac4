"""Event coding: modality (asserted, negated, attempted, failed, threatened, planned,
hypothetical) from negation, governing verbs, auxiliaries, questions and conditionals, and
whether a plan is stated by its own doer.
"""

from __future__ import annotations

from presslens.coding.syntax import _REPORTING, _SUBJECTS, _infinitive, _subject, mended_lemma
from presslens.knowledge import lexicon

_CONDITIONAL = {"if", "unless"}
_HYPOTHETICAL_AUX = {"would", "could", "might", "may", "can", "should", "ought"}
_FUTURE_AUX = {"will", "shall", "'ll"}
# Nouns of what one may or can do: their infinitive is not done ("the right to strike back").
_CAPACITIES = {"authority", "right", "power", "ability", "capacity", "capability", "freedom"}


def _yes_no_question(sent) -> bool:
    """ "Would Washington fight a new war?", "What if Baghdad refuses?": a yes/no or what-if
    question asks whether something happens; it reports nothing (a wh-question such as "why
    did Moscow invade?" still presupposes its act)."""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if not words or not sent.text.rstrip(" \n\"'”’)").endswith("?"):
        return False
    first = words[0]
    if first.lower_ == "what" and len(words) > 1 and words[1].lower_ == "if":
        return True
    return first.pos_ == "AUX" or first.tag_ == "MD"


def _holders(trigger) -> list:
    """The trigger and, for a complement or a to-infinitive of purpose, the verb it depends on:
    their auxiliaries set its mood ("Iran will continue to be denied access", "the
    administration can work to assist")."""
    if (trigger.dep_ == "xcomp" or (trigger.dep_ == "advcl" and _infinitive(trigger))) and (
        trigger.head.pos_ in ("VERB", "AUX") and trigger.head != trigger
    ):
        return [trigger, trigger.head]
    return [trigger]


def mood_lemma(tok) -> str:
    """A governing verb's lemma, mended where the small model slips ("hopes" -> "hop")."""
    return mended_lemma(tok, lexicon.MODALITY_VERBS)


def _mood_governor(trigger):
    """The verb that sets a trigger's mood from above ("tried to attack", "plans for
    strikes", "preparing a new round of sanctions", "is going to occupy"), if there is one."""
    tok = trigger
    for _ in range(4):
        if tok.dep_ == "prep" and tok.lower_ == "of" and tok.head.pos_ == "NOUN":
            tok = tok.head  # "a new round of sanctions": the round's governor sets the mood
            continue
        if tok.dep_ not in ("xcomp", "dobj", "pobj", "ccomp") or tok.head == tok:
            return None
        head = tok.head
        if tok.dep_ == "xcomp" and head.lemma_.lower() == "go" and head.tag_ == "VBG":
            return head
        if mood_lemma(head) in lexicon.MODALITY_VERBS and head.i != trigger.i:
            return head
        if tok.dep_ != "pobj":
            return None
        tok = head
    return None


def _modality(trigger) -> str:
    """Modality from negation, governing verbs, auxiliaries and conditionals."""
    if _yes_no_question(trigger.sent):
        return "hypothetical"
    if (
        trigger.dep_ == "acl"
        and trigger.head.lemma_.lower() in _CAPACITIES
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
    ):
        return "hypothetical"  # "no authority to give Americans' money to these countries"
    if (
        trigger.dep_ == "acl"
        and trigger.head.lemma_.lower() in ("threat", "ultimatum")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
    ):
        return "threatened"  # "Trump's threats to walk out of the meeting"
    if trigger.dep_ == "compound" and trigger.head.lemma_.lower() in _ATTEMPTS:
        # "a failed coup attempt", "a foiled assassination plot": tried, and maybe failed
        attempt = trigger.head
        for child in attempt.children:
            if child.dep_ == "amod" and child.lower_ in lexicon.MODALITY_ADJECTIVES:
                return lexicon.MODALITY_ADJECTIVES[child.lower_]
        governor = attempt.head
        if attempt.dep_ in ("dobj", "nsubjpass") and mood_lemma(governor) in lexicon.MODALITY_VERBS:
            mode = lexicon.MODALITY_VERBS[mood_lemma(governor)]
            if mode == "failed":
                return "failed"  # "Belarus foiled a coup attempt"
        return "attempted"
    for child in trigger.children:
        if child.dep_ == "neg" and not (
            child.i + 1 < len(child.doc) and child.nbor(1).lower_ in ("before", "until", "only")
        ):
            # ("but not before the Iranians stole ..." happened)
            return "negated"
        if child.dep_ == "amod" and child.lower_ in lexicon.MODALITY_ADJECTIVES:
            return lexicon.MODALITY_ADJECTIVES[child.lower_]
    if (trigger.dep_ == "xcomp" or (trigger.dep_ == "ccomp" and _infinitive(trigger))) and any(
        c.dep_ == "neg" for c in trigger.head.children
    ):
        return "negated"  # "it did not allow Iran to send funds", "never tried to attack"
    if trigger.pos_ == "VERB" and any(
        c.dep_ == "dobj" and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children)
        for c in trigger.children
    ):
        return "negated"  # "have provided no video or other evidence"
    if trigger.dep_ in ("acl", "relcl") and any(
        c.dep_ == "det" and c.lower_ == "no" for c in trigger.head.children
    ):
        return "negated"  # "no new causes for Trump to abandon the deal"
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in trigger.children) and _infinitive(
        trigger
    ):
        return "hypothetical"  # "causes for Trump to abandon the deal": a for-to clause
    governor = trigger.head
    if trigger.dep_ in ("xcomp", "pcomp", "dobj", "ccomp", "conj"):
        while governor.dep_ == "conj" and governor.head != governor:
            governor = governor.head
        if governor.lemma_.lower() == "rule" and any(
            c.dep_ == "prt" and c.lower_ == "out" for c in governor.children
        ):
            return "negated"  # "has ruled out cancelling or suspending arms deals"
    if (
        trigger.dep_ in ("acl", "xcomp")
        and trigger.head.lemma_.lower() in lexicon.REFUSALS
        and _infinitive(trigger)
    ):
        return "negated"  # "the administration's reluctance to condemn the Saudi government"
    if (
        trigger.pos_ == "NOUN"
        and trigger.dep_ == "nsubj"
        and trigger.head.lemma_.lower() in ("come", "loom", "approach", "await")
        and trigger.head.tag_ in ("VBG", "VBZ", "VBP", "VB")
        # ("the attacks have been coming from journalists": whence, so they came)
        and not any(c.dep_ == "prep" and c.lower_ == "from" for c in trigger.head.children)
    ):
        return "hypothetical"  # "a clash with the U.S. is coming", "war looms": not yet
    if (
        trigger.dep_ == "acl"
        and trigger.head.lemma_.lower() in lexicon.PRESSURES
        and _infinitive(trigger)
    ):
        return "hypothetical"  # "under mounting pressure from Congress to punish Saudi Arabia"
    if (
        trigger.dep_ == "acl"
        and trigger.head.lemma_.lower() in lexicon.PLANS
        and _infinitive(trigger)
        and not _aim_only(trigger)
    ):
        return "planned"  # "examining a new plan to help Iranians"
    if (
        trigger.pos_ in ("NOUN", "PROPN")
        and trigger.dep_ == "pobj"
        and trigger.head.lower_ == "of"
        and trigger.head.head.lemma_.lower() in lexicon.PROSPECTS
    ):
        return "hypothetical"  # "estimates of the cost of a US invasion", "the risk of war"
    governor = _mood_governor(trigger)
    if governor is not None:
        if governor.lemma_.lower() == "go":
            return "planned"  # "an army is going to occupy the border"
        if any(c.dep_ == "neg" for c in governor.children):
            return "negated"
        return lexicon.MODALITY_VERBS[mood_lemma(governor)]
    if _aim_only(trigger):
        return "hypothetical"
    head = trigger
    for _ in range(3):
        if any(c.dep_ == "advmod" and c.lower_ in _GUESSES for c in head.children):
            return "hypothetical"  # "Ruritania will probably keep threatening Chile"
        if head.dep_ not in ("xcomp", "conj") or head.head == head:
            break
        head = head.head
    if trigger.pos_ == "VERB":
        subj = next((c for c in trigger.children if c.dep_ in _SUBJECTS), None)
        if subj is not None and (
            subj.lower_ in ("nobody", "none", "neither", "nothing")
            or any(
                c.dep_ in ("det", "preconj") and c.lower_ in ("no", "neither")
                for c in subj.children
            )
        ):
            return "negated"  # "Neither Chile nor any neighbour had ever attacked"
    if (
        trigger.pos_ in ("NOUN", "PROPN")
        and trigger.dep_ == "attr"
        and any(c.dep_ == "neg" for c in trigger.head.children)
    ):
        return "negated"  # "Chile is no threat to Peru"
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "pobj":
        # "no word of this threat", "had no appetite for a war": nothing done
        holder = trigger.head.head
        if holder.pos_ == "NOUN" and any(
            c.dep_ == "det" and c.lower_ == "no" for c in holder.children
        ):
            return "negated"
    for child in (c for h in _holders(trigger) for c in h.children):
        if child.dep_ == "mark" and child.lower_ in _CONDITIONAL:
            return "hypothetical"
        if child.dep_ == "aux" and child.lower_ in _HYPOTHETICAL_AUX:
            if (
                child.lower_ == "would"
                and trigger.dep_ == "ccomp"
                and trigger.head.lemma_.lower() in _REPORTING
            ):
                return "planned"  # "said it would seek aid": a reported plan
            return "hypothetical"
        if child.dep_ == "aux" and child.lower_ in _FUTURE_AUX:
            return "planned"
        if (
            child.dep_ == "aux"
            and child.lower_ == "must"
            and any(c.dep_ == "aux" and c.lower_ == "have" for c in child.head.children)
        ):
            return "hypothetical"  # "must have carried out the assaults": an inference
    if trigger.dep_ == "advcl":
        for child in trigger.children:
            if child.dep_ == "mark" and child.lower_ in _CONDITIONAL:
                return "hypothetical"
    if (
        trigger.dep_ in _SUBJECTS
        and trigger.pos_ == "NOUN"
        and any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL_AUX for c in trigger.head.children)
    ):
        return "hypothetical"  # "an armed attack would trigger the treaty"
    if (
        trigger.dep_ == "conj"
        and trigger.pos_ == "VERB"
        and trigger.head.pos_ == "VERB"
        and not any(
            c.dep_ in ("aux", "auxpass", "neg") or c.dep_ in _SUBJECTS for c in trigger.children
        )
    ):
        # "Why wouldn't they arrest ... or prosecute him": a conjunct shares its verb's mood
        return _modality(trigger.head)
    return "asserted"


# Verbs of aspect whose tense and mood their complement shares ("will continue to deny").
_ASPECTUAL = {"continue", "begin", "start", "keep", "resume", "remain", "go on"}

_GUESSES = {"probably", "likely", "perhaps", "possibly", "maybe", "presumably", "supposedly"}
_AIMS = {
    "objective",
    "objectives",
    "goal",
    "goals",
    "aim",
    "aims",
    "intention",
    "intentions",
    "purpose",
    "mission",
    "wish",
    "dream",
    "hope",
    "ambition",
    "plan",
    "plans",
    "task",
}


def _aim_only(trigger) -> bool:
    """ "Ruritania's aims were to crush Chile", "the plan to topple the junta": an aim
    is not yet an act."""
    if trigger.dep_ == "acl" and trigger.head.lower_ in _AIMS and _infinitive(trigger):
        return True
    tok = trigger
    for _ in range(3):
        if tok.dep_ == "conj":
            tok = tok.head
            continue
        break
    if tok.dep_ not in ("xcomp", "advcl", "ccomp", "attr") or tok.head.lemma_ != "be":
        return False
    subj = next((c for c in tok.head.children if c.dep_ in _SUBJECTS), None)
    return subj is not None and subj.lower_ in _AIMS


_COGNITION = {
    "anticipate",
    "expect",
    "hope",
    "believe",
    "think",
    "predict",
    "fear",
    "doubt",
    "suspect",
    "imagine",
    "guess",
    "assume",
    "wonder",
    "speculate",
}


_STATING = _REPORTING | {"vow", "pledge", "promise", "declare", "insist", "warn"}


def _only_able(tok) -> bool:
    """ "Chile can work to assist Peru": ability or possibility, not an expressed intent."""
    return any(
        c.dep_ == "aux" and c.lower_ in ("can", "could", "may", "might")
        for h in _holders(tok)
        for c in h.children
    )


def _stated_intent(tok) -> bool:
    """Whether a future act is announced by its own doer: said in the first person ("we will
    come to Manbij"), or in a clause reported from the one who will do it ("Ankara said it would
    strike")."""
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("vow", "pledge", "promise", "swear"):
        return True  # "Hamas vowed to wage war on Israel"
    subj = next((c for c in tok.children if c.dep_ in _SUBJECTS), None)
    head = tok
    while head.dep_ == "conj" and head.head != head and subj is None:
        head = head.head
        subj = next((c for c in head.children if c.dep_ in _SUBJECTS), None)
    if subj is None:
        return False
    if subj.lower_ in ("we", "i"):
        return True
    if head.dep_ == "ccomp" and head.head.lemma_.lower() in _STATING:
        speaker, _ = _subject(head.head)  # (shared with a coordinated verb: "ordered ... and said")
        return speaker is not None and (
            subj.pos_ == "PRON" or subj.lower_ == speaker.lower_ or subj.text in speaker.text
        )
    return False


def _announced(tok) -> bool:
    """Whether a planned act is announced by its doer (``_stated_intent``); for an event noun,
    whether the verb that plans it is ("the EU said it was preparing new sanctions")."""
    if _stated_intent(tok):
        return True
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    governor = _mood_governor(tok)
    return governor is not None and governor.pos_ == "VERB" and _stated_intent(governor)


def _conditional(tok) -> bool:
    """ "Even if Chad were arming the rebels": a condition is no intent."""
    head = tok
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL for c in head.children):
            return True
        if head.dep_ not in ("conj", "xcomp") or head.head == head:
            return False
        head = head.head
    return False


def _predicted(tok) -> bool:
    """ "the premier said he expected that partners would help him": what someone expects others
    to do is a prediction, not their stated intent."""
    head = tok
    for _ in range(3):
        if head.dep_ not in ("ccomp", "conj") or head.head == head:
            return False
        head = head.head
        if head.lemma_.lower() in _COGNITION and head.dep_ != "xcomp":
            return True
    return False


# Nouns an event noun can modify as the thing tried ("coup attempt", "assassination plot").
_ATTEMPTS = {"attempt", "plot", "bid", "try"}
