"""Which language an article is in: script first, then function-word profiles.

A small detector we maintain, good enough to tell English from the languages state outlets
publish in most, so that English-only layers are not run on other languages.
"""

from __future__ import annotations

import re

# The most frequent function words of each language (written for presslens).
_PROFILES: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "of",
            "and",
            "to",
            "in",
            "is",
            "that",
            "for",
            "on",
            "was",
            "with",
            "as",
            "by",
            "it",
            "are",
            "be",
            "from",
            "at",
            "this",
            "has",
            "have",
            "not",
            "which",
            "an",
            "were",
            "said",
            "they",
            "their",
            "will",
            "its",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "und",
            "das",
            "ist",
            "nicht",
            "den",
            "mit",
            "sich",
            "des",
            "auf",
            "ein",
            "eine",
            "dem",
            "zu",
            "von",
            "im",
            "für",
            "wird",
            "auch",
            "als",
            "noch",
            "nach",
            "bei",
            "wie",
            "oder",
            "aber",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "des",
            "et",
            "est",
            "une",
            "un",
            "du",
            "en",
            "que",
            "qui",
            "dans",
            "pour",
            "pas",
            "sur",
            "au",
            "avec",
            "ce",
            "il",
            "elle",
            "sont",
            "aux",
            "par",
            "plus",
            "ont",
            "été",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "de",
            "y",
            "en",
            "que",
            "es",
            "por",
            "un",
            "una",
            "con",
            "para",
            "del",
            "se",
            "no",
            "al",
            "lo",
            "como",
            "más",
            "pero",
            "sus",
            "su",
            "fue",
            "han",
            "está",
        ]
    ),
    "it": frozenset(
        [
            "il",
            "la",
            "di",
            "e",
            "che",
            "è",
            "per",
            "un",
            "una",
            "non",
            "con",
            "del",
            "della",
            "sono",
            "gli",
            "le",
            "nel",
            "alla",
            "anche",
            "come",
            "più",
            "ma",
            "dei",
            "hanno",
            "stato",
        ]
    ),
    "pt": frozenset(
        [
            "o",
            "a",
            "os",
            "as",
            "de",
            "e",
            "que",
            "do",
            "da",
            "em",
            "um",
            "uma",
            "para",
            "com",
            "não",
            "no",
            "na",
            "por",
            "mais",
            "dos",
            "das",
            "se",
            "foi",
            "ao",
            "é",
            "são",
        ]
    ),
    "nl": frozenset(
        [
            "de",
            "het",
            "een",
            "en",
            "van",
            "is",
            "dat",
            "op",
            "te",
            "in",
            "niet",
            "met",
            "zijn",
            "voor",
            "er",
            "aan",
            "ook",
            "als",
            "bij",
            "door",
            "maar",
            "wordt",
        ]
    ),
    "ru": frozenset(
        [
            "и",
            "в",
            "не",
            "на",
            "что",
            "с",
            "по",
            "как",
            "это",
            "он",
            "она",
            "они",
            "к",
            "из",
            "за",
            "от",
            "для",
            "о",
            "но",
            "так",
            "было",
            "его",
            "также",
        ]
    ),
    "uk": frozenset(
        [
            "і",
            "в",
            "не",
            "на",
            "що",
            "з",
            "та",
            "як",
            "це",
            "він",
            "вона",
            "вони",
            "до",
            "від",
            "для",
            "але",
            "також",
            "було",
            "його",
            "які",
            "україни",
        ]
    ),
    "tr": frozenset(
        [
            "ve",
            "bir",
            "bu",
            "da",
            "de",
            "için",
            "ile",
            "olarak",
            "çok",
            "daha",
            "ama",
            "gibi",
            "olan",
            "en",
            "sonra",
            "kadar",
            "değil",
        ]
    ),
}
_SCRIPTS = (
    ("ar", re.compile(r"[\u0600-\u06FF]")),
    ("fa", re.compile(r"[\u067E\u0686\u0698\u06AF]")),
    ("zh", re.compile(r"[\u4E00-\u9FFF]")),
    ("ja", re.compile(r"[\u3040-\u30FF]")),
    ("ko", re.compile(r"[\uAC00-\uD7AF]")),
    ("he", re.compile(r"[\u0590-\u05FF]")),
    ("el", re.compile(r"[\u0370-\u03FF]")),
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def detect(text: str) -> tuple[str, float]:
    """(ISO 639-1 code or 'und', confidence 0..1) for ``text``."""
    sample = text[:20000]
    letters = sum(ch.isalpha() for ch in sample) or 1
    for code, pattern in _SCRIPTS:
        hits = len(pattern.findall(sample))
        if hits / letters > 0.3:
            if code == "ar" and len(_SCRIPTS[1][1].findall(sample)) > hits * 0.02:
                return "fa", 0.8
            return code, min(1.0, hits / letters)
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < 3:
        return "und", 0.0
    scores = {code: sum(w in profile for w in words) for code, profile in _PROFILES.items()}
    best = max(scores, key=scores.__getitem__)
    total = sum(scores.values())
    # Too little evidence to tell (a headline, one short sentence): say so rather than guess,
    # since a wrong guess would switch the English layers off.
    if scores[best] < 3 or scores[best] / total < 0.5:
        return "und", scores[best] / total if total else 0.0
    return best, scores[best] / total
