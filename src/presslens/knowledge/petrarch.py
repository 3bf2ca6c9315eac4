"""Readers for PETRARCH/TABARI dictionary files, with their synonym sets.

Kinds, known from the file name as PETRARCH names them:

* verbs (``*verbs*`` or ``CAMEO.*``): ``&SYNSET`` blocks of ``+WORD`` lines, then verb blocks
  ``--- NAME [code] ---`` listing verb forms (``WORD {IRREGULAR FORMS} [code]``; in a multi-word
  verb ``+`` marks the verb itself: ``+ASK_FOR``) and patterns ``- words * words [code]``;
* actors (``*actors*``): ``NAME [CODE]`` with ``+SYNONYM`` lines and dated codes
  ``[CODE < 950601]``, ``[CODE 19950601 - 19990815]``, ``[CODE > 990816]``;
* agents (``*agents*``): ``NAME {PLURALS} [~CODE]`` (``~`` marks where the country code goes)
  and ``!SET! = A, B`` substitution sets;
* discards (``*discards*``): ``+PHRASE`` drops the story, ``PHRASE`` the sentence;
* issues (``*Issue*``): ``<ISSUE CATEGORY=...>`` blocks of ``phrase [CODE]`` lines.

In names ``_`` joins words; a trailing ``_`` asks for the whole word, otherwise the last word
also matches as a stem ("ARGENTIN" matches "Argentina").  Patterns keep PETRARCH's markers:
``*`` the verb, ``$`` the source, ``+`` the target, ``%`` a compound actor, ``^`` a skipped
phrase, ``&NAME`` a synonym set, ``_`` adjacency; ``{...}`` and ``(...)`` groups are read as
their words in order.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_CODE = re.compile(r"\[([^\]]*)\]")


class DictionaryError(Exception):
    """A dictionary file that cannot be read; the message names the file, line and reason."""


# --- data -------------------------------------------------------------------------


@dataclass(frozen=True)
class DatedCode:
    """An actor code valid inside a date range (ISO dates, either end open)."""

    code: str
    start: str | None = None
    end: str | None = None

    def applies(self, date: str | None) -> bool:
        """True when ``date`` (ISO, any precision) lies in the range; undated dates take all."""
        if date is None:
            return self.start is None and self.end is None or self.end is None
        return (self.start is None or date >= self.start) and (self.end is None or date <= self.end)


@dataclass
class ActorEntry:
    """One actor with its codes, keyed in the index by each of its names."""

    name: str
    codes: list[DatedCode] = field(default_factory=list)

    def code_on(self, date: str | None) -> str | None:
        """The code that applies on ``date``; the undated or latest code when none is known."""
        if not self.codes:
            return None
        for dated in self.codes:
            if date and (dated.start or dated.end) and dated.applies(date):
                return dated.code
        if date is None:
            for dated in self.codes:
                if dated.start is None and dated.end is None:
                    return dated.code
            return self.codes[-1].code
        undated = [d for d in self.codes if d.start is None and d.end is None]
        return undated[0].code if undated else None


@dataclass(frozen=True)
class Phrase:
    """A dictionary phrase: upper-case words; ``stem`` lets the last word match as a prefix."""

    words: tuple[str, ...]
    stem: bool = False


@dataclass(frozen=True)
class Element:
    """One element of a verb pattern."""

    kind: str  # word, syn, source, target, compound, skip
    value: str = ""
    adjacent: bool = False  # joined by "_" to the previous element


@dataclass(frozen=True)
class Pattern:
    """A verb pattern: elements before and after the verb, and the code it gives."""

    lower: tuple[Element, ...]
    upper: tuple[Element, ...]
    code: str
    text: str

    @property
    def size(self) -> int:
        """How specific the pattern is: its word and synset elements."""
        return sum(e.kind in ("word", "syn") for e in self.lower + self.upper)


@dataclass
class VerbForm:
    """A verb (possibly multi-word) and the block it belongs to."""

    before: tuple[str, ...]
    head: str
    after: tuple[str, ...]
    code: str | None
    block: str


@dataclass
class VerbBlock:
    name: str
    code: str
    patterns: list[Pattern] = field(default_factory=list)


@dataclass
class Dictionaries:
    """Every dictionary loaded from a folder, indexed for matching."""

    synsets: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    verbs: dict[str, list[VerbForm]] = field(default_factory=dict)
    blocks: dict[str, VerbBlock] = field(default_factory=dict)
    actors: dict[str, list[tuple[Phrase, ActorEntry]]] = field(default_factory=dict)
    agents: dict[str, list[tuple[Phrase, str]]] = field(default_factory=dict)
    discards_sentence: list[tuple[str, ...]] = field(default_factory=list)
    discards_story: list[tuple[str, ...]] = field(default_factory=list)
    issues: dict[tuple[str, ...], str] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)
    #: entries skipped as malformed ("file:line: reason"); a dictionary typo must not stop a run.
    warnings: list[str] = field(default_factory=list)

    def synset_phrases(self, name: str) -> list[tuple[str, ...]]:
        """The phrases of a synonym set, embedded sets expanded."""
        out: list[tuple[str, ...]] = []
        for phrase in self.synsets.get(name, []):
            if len(phrase) == 1 and phrase[0].startswith("&"):
                out.extend(self.synset_phrases(phrase[0]))
            else:
                out.append(phrase)
        return out


# --- helpers ----------------------------------------------------------------------


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def _words(name: str) -> tuple[str, ...]:
    return tuple(w for w in re.split(r"[_\s]+", name.strip().upper()) if w)


def _phrase(name: str) -> Phrase:
    name = name.strip()
    stem = not name.endswith("_")
    return Phrase(_words(name), stem)


def _date(text: str) -> str:
    """A TABARI date (YYMMDD or YYYYMMDD) as ISO."""
    text = text.strip()
    if len(text) == 6:
        yy = int(text[:2])
        text = ("19" if yy > 30 else "20") + text
    if len(text) != 8 or not text.isdigit():
        raise ValueError(f"bad date {text!r}")
    return f"{text[:4]}-{text[4:6]}-{text[6:]}"


def _dated_code(body: str) -> DatedCode:
    body = body.strip()
    if "<" in body:
        code, date = body.split("<", 1)
        return DatedCode(code.strip(), None, _date(date))
    if ">" in body:
        code, date = body.split(">", 1)
        return DatedCode(code.strip(), _date(date), None)
    parts = body.split()
    if len(parts) >= 2 and "-" in body:
        code = parts[0]
        start, end = body[len(code) :].split("-", 1)
        return DatedCode(code, _date(start), _date(end))
    return DatedCode(parts[0] if parts else "")


def _plurals(word: str) -> list[str]:
    """Regular plurals of an agent's last word, as PETRARCH forms them."""
    if word.endswith("Y") and len(word) > 1 and word[-2] not in "AEIOU":
        return [word[:-1] + "IES"]
    if word.endswith(("S", "X", "CH", "SH", "Z")):
        return [word + "ES"]
    if word.endswith("MAN"):
        return [word[:-3] + "MEN"]
    return [word + "S"]


@functools.lru_cache(maxsize=65536)
def regular_forms(verb: str) -> frozenset[str]:
    """The regular inflections PETRARCH generates for a verb (irregular ones are listed in
    the dictionary): a word outside them ("DEPARTES") is not that verb."""
    forms = {verb}
    if verb.endswith("E"):
        stem = verb[:-1]
        forms |= {verb + "S", verb + "D", stem + "ING"}
    elif verb.endswith("Y") and len(verb) > 1 and verb[-2] not in "AEIOU":
        stem = verb[:-1]
        forms |= {stem + "IES", stem + "IED", verb + "ING"}
    else:
        es = verb.endswith(("S", "SH", "CH", "X", "Z", "O"))
        forms |= {verb + ("ES" if es else "S"), verb + "ED", verb + "ING"}
        if (
            len(verb) >= 3
            and verb[-1] not in "AEIOUWXY"
            and verb[-2] in "AEIOU"
            and verb[-3] not in "AEIOU"
        ):
            # one-syllable doubling: STOP -> STOPPED, STOPPING
            forms |= {verb + verb[-1] + "ED", verb + verb[-1] + "ING"}
    return frozenset(forms)


# --- readers ----------------------------------------------------------------------


def kind_of(path: Path) -> str | None:
    """The dictionary kind named by a file name, or None for files we do not read."""
    name = path.name.lower()
    if "verbs" in name or name.startswith("cameo."):
        return "verbs"
    if "actors" in name:
        return "actors"
    if "agents" in name:
        return "agents"
    if "discards" in name:
        return "discards"
    if "issue" in name:
        return "issues"
    return None


def _lines(path: Path) -> list[tuple[int, str]]:
    text = path.read_text(encoding="utf-8", errors="replace")
    # Keep line numbers while dropping XML comments.
    text = _COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    return list(enumerate(text.splitlines(), 1))


def _parse_pattern(text: str, code: str) -> Pattern:
    body = text.replace("{", " ").replace("}", " ").replace("(", " ").replace(")", " ")
    lower: list[Element] = []
    upper: list[Element] = []
    side = lower
    seen_verb = False
    verb_joined_left = False
    for chunk in body.split():
        parts = chunk.split("_")
        for i, part in enumerate(parts):
            adjacent = i > 0
            if part == "":
                continue
            if part == "*":
                seen_verb = True
                verb_joined_left = i > 0
                side = upper
                continue
            if part in ("$", "+", "%", "^"):
                kind = {"$": "source", "+": "target", "%": "compound", "^": "skip"}[part]
                side.append(Element(kind, "", adjacent))
            elif part.startswith("&"):
                side.append(Element("syn", part.upper(), adjacent))
            else:
                side.append(Element("word", part.upper(), adjacent))
    if not seen_verb:
        upper, lower = lower, []
    # The words before the verb are matched right to left, so each keeps the "_" that joined
    # it to its right-hand neighbour (the verb, for the last one).
    joined_right = [e.adjacent for e in lower[1:]] + [verb_joined_left]
    backwards = tuple(
        Element(e.kind, e.value, joined) for e, joined in reversed(list(zip(lower, joined_right)))
    )
    return Pattern(backwards, tuple(upper), code, text.strip())


def read_verbs(path: Path, into: Dictionaries) -> None:
    """Read a verb dictionary: synonym sets, verb forms and patterns."""
    block: VerbBlock | None = None
    synset: str | None = None
    for number, raw in _lines(path):
        line = _strip_comment(raw)
        stripped = line.strip()
        if not stripped:
            synset = None
            continue
        try:
            if stripped.startswith("---"):
                m = re.match(r"---\s*(.+?)\s*\[([^\]]*)\]", stripped)
                if not m:
                    raise ValueError("malformed verb block header")
                name = m.group(1).strip("_ ").upper()
                block = VerbBlock(name, m.group(2).strip())
                into.blocks[name] = block
                synset = None
            elif stripped.startswith("&"):
                synset = stripped.split()[0].rstrip("_").upper()
                into.synsets.setdefault(synset, [])
            elif stripped.startswith("+") and synset is not None:
                value = stripped[1:].strip()
                words = (value.rstrip("_").upper(),) if value.startswith("&") else _words(value)
                if words:
                    into.synsets[synset].append(words)
            elif stripped.startswith("-") and block is not None:
                m = _CODE.search(stripped)
                if not m:
                    continue  # a pattern without a code is a TABARI leftover
                pattern_text = stripped[1 : m.start()].strip()
                into.blocks[block.name].patterns.append(
                    _parse_pattern(pattern_text, m.group(1).strip())
                )
            elif block is not None:
                _read_verb_form(stripped, block, into)
        except ValueError as exc:
            into.warnings.append(f"{path}:{number}: {exc}: {raw.strip()!r}")
    into.files.append(str(path))


def _read_verb_form(line: str, block: VerbBlock, into: Dictionaries) -> None:
    m = _CODE.search(line)
    code = m.group(1).strip() if m else None
    head_text = line[: m.start()] if m else line
    forms: list[str] = []
    brace = re.search(r"\{([^}]*)\}", head_text)
    if brace:
        forms = brace.group(1).split()
        head_text = head_text[: brace.start()]
    name = head_text.strip()
    if not name:
        return
    words = [w for w in name.split("_") if w]
    head_index = next((i for i, w in enumerate(words) if w.startswith("+")), 0)
    words = [w.lstrip("+").upper() for w in words]
    before, head, after = (
        tuple(words[:head_index]),
        words[head_index],
        tuple(words[head_index + 1 :]),
    )
    heads = {head}
    for form in forms:
        fw = [w.lstrip("+").upper() for w in form.split("_") if w]
        if fw:
            heads.add(fw[min(head_index, len(fw) - 1)])
    for h in heads:
        into.verbs.setdefault(h, []).append(VerbForm(before, h, after, code, block.name))


def read_actors(path: Path, into: Dictionaries) -> None:
    """Read an actor dictionary: names, synonyms and dated codes."""
    current: ActorEntry | None = None
    names: list[str] = []

    def close() -> None:
        if current is not None:
            for name in names:
                phrase = _phrase(name)
                if phrase.words:
                    into.actors.setdefault(phrase.words[0], []).append((phrase, current))
                    if "-" in phrase.words[0].strip("-"):
                        # the tokenizer splits "Barad-dur" into "Barad", "-", "dur"
                        first = phrase.words[0].split("-")[0]
                        into.actors.setdefault(first, []).append((phrase, current))

    for number, raw in _lines(path):
        line = _strip_comment(raw)
        stripped = line.strip()
        if not stripped:
            continue
        try:
            if stripped.startswith("["):
                if current is None:
                    raise ValueError("code without an actor")
                for body in _CODE.findall(stripped):
                    _add_code(current, body, f"{path}:{number}", into)
            elif stripped.startswith("+"):
                if current is None:
                    raise ValueError("synonym without an actor")
                names.append(_CODE.sub("", stripped[1:]).strip())
            else:
                close()
                name = _CODE.sub("", stripped).strip()
                current = ActorEntry(name.replace("_", " ").strip())
                names = [name]
                for body in _CODE.findall(stripped):
                    _add_code(current, body, f"{path}:{number}", into)
        except ValueError as exc:
            into.warnings.append(f"{path}:{number}: {exc}: {raw.strip()!r}")
    close()
    into.files.append(str(path))


def _add_code(entry: ActorEntry, body: str, where: str, into: Dictionaries) -> None:
    try:
        entry.codes.append(_dated_code(body))
    except ValueError as exc:
        into.warnings.append(f"{where}: {exc}")


def read_agents(path: Path, into: Dictionaries) -> None:
    """Read an agent dictionary: role phrases with their ``~``-placed codes and plurals."""
    sets: dict[str, list[str]] = {}
    for number, raw in _lines(path):
        line = _strip_comment(raw).strip()
        if not line:
            continue
        m = re.match(r"(!\w+!)\s*=\s*(.+)", line)
        if m:
            sets[m.group(1)] = [w.strip().upper() for w in m.group(2).split(",") if w.strip()]
            continue
        code_m = _CODE.search(line)
        if not code_m:
            into.warnings.append(f"{path}:{number}: agent without a code: {raw.strip()!r}")
            continue
        code = code_m.group(1).replace(" ", "")
        head = line[: code_m.start()]
        plural_m = re.search(r"\{([^}]*)\}", head)
        explicit = plural_m.group(1).split() if plural_m else None
        name = (head[: plural_m.start()] if plural_m else head).strip()
        variants = [name]
        for set_name, values in sets.items():
            if set_name in name:
                variants = [v.replace(set_name, value) for v in variants for value in values]
        for variant in variants:
            words = _words(variant)
            if not words:
                continue
            forms = [words]
            if explicit is None:
                forms += [words[:-1] + (p,) for p in _plurals(words[-1])]
            else:
                forms += [_words(p) for p in explicit if p]
            for form in forms:
                into.agents.setdefault(form[0], []).append((Phrase(form), code))
    into.files.append(str(path))


def read_discards(path: Path, into: Dictionaries) -> None:
    """Read a discard list: ``+`` lines drop the story, the others the sentence."""
    for _number, raw in _lines(path):
        line = _strip_comment(raw).strip()
        if not line:
            continue
        if line.startswith("+"):
            into.discards_story.append(_words(line[1:]))
        else:
            into.discards_sentence.append(_words(line))
    into.files.append(str(path))


def read_issues(path: Path, into: Dictionaries) -> None:
    """Read an issue file: ``phrase [CODE]`` lines (``n:`` and ``~`` markers dropped)."""
    for _number, raw in _lines(path):
        line = _strip_comment(raw).strip()
        if not line or line.startswith(("<", "~")):
            continue
        m = _CODE.search(line)
        if not m:
            continue
        phrase = re.sub(r"\b\w+:", "", line[: m.start()]).replace("+", " ")
        words = _words(phrase)
        if words:
            into.issues[words] = m.group(1).strip()
    into.files.append(str(path))


READERS = {
    "verbs": read_verbs,
    "actors": read_actors,
    "agents": read_agents,
    "discards": read_discards,
    "issues": read_issues,
}


def load_files(paths: list[Path]) -> Dictionaries:
    """Load the given dictionary files, each by the kind its name says."""
    out = Dictionaries()
    for path in paths:
        kind = kind_of(path)
        if kind is None:
            raise DictionaryError(f"{path}: not a dictionary kind PETRARCH names")
        READERS[kind](path, out)
    return out


@functools.lru_cache(maxsize=8)
def _load_dir(path: str, stamp: tuple) -> Dictionaries:
    folder = Path(path)
    files = sorted(p for p in folder.iterdir() if p.is_file() and kind_of(p))
    if not files:
        raise DictionaryError(f"{folder}: no PETRARCH dictionary files (verbs, actors, ...)")
    return load_files(files)


def load(folder: Path | str) -> Dictionaries:
    """Every dictionary file in ``folder``, by kind; cached per path and file times."""
    folder = Path(folder)
    if not folder.is_dir():
        raise DictionaryError(f"{folder}: not a folder")
    stamp = tuple(sorted((p.name, p.stat().st_mtime_ns) for p in folder.iterdir()))
    return _load_dir(str(folder.resolve()), stamp)
