"""``presslens events validate FILE.xml``: run PETRARCH validation records through our coder.

A record is a ``<Sentence>`` with ``date``, ``category`` and ``id``, one ``<EventCoding
sourcecode= targetcode= eventcode=>`` per expected event (or ``noevents="True"``, or an error
or discard expectation, both meaning no events) and ``<Text>``.  ``<Parse>`` is ignored: we
parse with spaCy.  The ``<Environment>`` names the dictionary files; they are read from
``--dictionaries DIR``, else from the file's folder or its ``dictionaries/`` subfolder.  A
record passes when the set of coded (source code, target code, event code) equals the
expected set.  Coding uses the dictionaries only (PETRARCH's behaviour), not our lexicon.
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ENVIRONMENT_FILES = ("Verbfile", "Actorfile", "Agentfile", "Discardfile", "Issuefile")


class ValidationError(Exception):
    """A validation file that cannot be read; the message names the file and the reason."""


@dataclass
class Record:
    id: str
    category: str
    date: str | None
    text: str
    expected: set[tuple[str, str, str]]


@dataclass
class Outcome:
    record: Record
    coded: set[tuple[str, str, str]]

    @property
    def passed(self) -> bool:
        return self.coded == self.record.expected


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def passed(self) -> int:
        return sum(o.passed for o in self.outcomes)

    @property
    def failed(self) -> int:
        return len(self.outcomes) - self.passed

    def by_category(self) -> dict[str, tuple[int, int]]:
        """category -> (passed, total)."""
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for o in self.outcomes:
            counts[o.record.category][0] += o.passed
            counts[o.record.category][1] += 1
        return {k: (v[0], v[1]) for k, v in sorted(counts.items())}


def _iso(date: str | None) -> str | None:
    if date and len(date) == 8 and date.isdigit():
        return f"{date[:4]}-{date[4:6]}-{date[6:]}"
    return None


def read_records(path: Path) -> tuple[dict[str, str], list[Record]]:
    """The environment (file kind -> name) and the records of a validation file."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise ValidationError(f"{path}: {exc}") from None
    environment: dict[str, str] = {}
    env = root.find("Environment")
    if env is not None:
        for name in ENVIRONMENT_FILES:
            node = env.find(name)
            if node is not None and node.text and node.text.strip():
                environment[name] = node.text.strip()
    records: list[Record] = []
    for sentence in root.iter("Sentence"):
        text_node = sentence.find("Text")
        if text_node is None or not (text_node.text or "").strip():
            continue
        expected: set[tuple[str, str, str]] = set()
        for coding in sentence.findall("EventCoding"):
            if "eventcode" in coding.attrib:
                expected.add(
                    (
                        coding.get("sourcecode", ""),
                        coding.get("targetcode", ""),
                        coding.get("eventcode", ""),
                    )
                )
        records.append(
            Record(
                id=sentence.get("id", f"record-{len(records) + 1}"),
                category=sentence.get("category", "NONE"),
                date=_iso(sentence.get("date")),
                text=" ".join((text_node.text or "").split()),
                expected=expected,
            )
        )
    return environment, records


def dictionary_files(path: Path, environment: dict[str, str], folder: Path | None) -> list[Path]:
    """The dictionary files the environment names, found in ``folder`` or beside ``path``."""
    candidates = [folder] if folder else [path.parent, path.parent / "dictionaries"]
    files: list[Path] = []
    for kind in ENVIRONMENT_FILES:
        name = environment.get(kind)
        if not name:
            continue
        for base in candidates:
            if base is not None and (base / name).is_file():
                files.append(base / name)
                break
        else:
            raise ValidationError(
                f"{path}: dictionary {name} ({kind}) not found in "
                f"{', '.join(str(c) for c in candidates if c)}"
            )
    return files


def validate(path: Path, folder: Path | None = None) -> Report:
    """Code every record of a validation file; the report holds each outcome."""
    from presslens import nlp
    from presslens.knowledge import petrarch
    from presslens.layers import actors, events
    from presslens.model import Article

    environment, records = read_records(path)
    files = dictionary_files(path, environment, folder)
    if files:
        dicts = petrarch.load_files(files)
    elif folder is not None:
        dicts = petrarch.load(folder)
    else:
        raise ValidationError(f"{path}: no <Environment> dictionaries and no --dictionaries")
    report = Report()
    nlp_model = nlp.load()
    for record in records:
        doc = _one_sentence(nlp_model, record.text)
        article = Article(id=record.id, source=str(path), text=record.text, published=record.date)
        mentions = actors.code_mentions(article, doc, dicts, builtin=False)
        article.actors = actors.build_actors(article, doc, mentions)
        coded: set[tuple[str, str, str]] = set()
        for c in events.code_raw(article, doc, dicts, builtin=False):
            # A dictionary code "A/B" names several actors at once: one event each.
            for source in (c.source.code if c.source else "---").split("/"):
                for target in (c.target.code if c.target else "---").split("/"):
                    coded.add((source, target, c.code))
        report.outcomes.append(Outcome(record, coded))
    return report


def _one_sentence(model, text: str):
    """Parse a record as the one sentence it is (``sentence="true"``): the parser may not
    split it ("an anti- Gondor parade" would otherwise start a sentence of its own)."""
    doc = model.make_doc(text)
    for token in doc[1:]:
        token.is_sent_start = False
    for _name, component in model.pipeline:
        doc = component(doc)
    return doc


def _fmt(codes: set[tuple[str, str, str]]) -> str:
    return ", ".join(" ".join(c) for c in sorted(codes)) or "(none)"


def run_validate(args: argparse.Namespace) -> int:
    """Print each failure, the pass rate per category, and ``N passed, M failed``."""
    from presslens.knowledge.petrarch import DictionaryError

    try:
        report = validate(Path(args.file), Path(args.dictionaries) if args.dictionaries else None)
    except (ValidationError, DictionaryError) as exc:
        print(f"presslens: {exc}", file=sys.stderr)
        return 2
    for outcome in report.outcomes:
        if outcome.passed:
            continue
        r = outcome.record
        print(f"FAIL {r.id} [{r.category}] {r.text}")
        print(f"  expected: {_fmt(r.expected)}")
        print(f"  coded:    {_fmt(outcome.coded)}")
    print()
    for category, (passed, total) in report.by_category().items():
        print(f"{category:<12} {passed:>4}/{total:<4} {100 * passed / total:5.1f}%")
    total = len(report.outcomes)
    rate = 100 * report.passed / total if total else 0.0
    print(f"{'ALL':<12} {report.passed:>4}/{total:<4} {rate:5.1f}%")
    print(f"{report.passed} passed, {report.failed} failed")
    return 0 if report.failed == 0 else 1


def add_parser(subparsers) -> None:
    """Register ``events`` and its ``validate`` subcommand."""
    parser = subparsers.add_parser("events", help="event coding: validation records")
    sub = parser.add_subparsers(dest="events_command", required=True)
    validate_parser = sub.add_parser(
        "validate", help="run PETRARCH validation records (<Sentence> with <EventCoding>)"
    )
    validate_parser.add_argument("file", help="validation XML file")
    validate_parser.add_argument(
        "--dictionaries", default=None, help="folder with the dictionaries <Environment> names"
    )
    validate_parser.set_defaults(func=run_validate)
