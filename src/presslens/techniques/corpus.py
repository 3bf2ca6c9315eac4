"""Reading a split in the PTC layout: ``articles/articleID.txt`` and technique labels."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

ARTICLE_NAME = re.compile(r"article(\d+)\.txt$")


@dataclass(frozen=True)
class GoldSpan:
    """One labelled span of the corpus (the article is implied by its container)."""

    technique: str
    start: int
    end: int


@dataclass
class CorpusArticle:
    """An article file and its labelled spans, if the split has labels."""

    id: str
    text: str
    spans: list[GoldSpan] = field(default_factory=list)


def read_text(path: Path) -> str:
    """Read an article as UTF-8 with newlines untouched (the corpus offsets count them)."""
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            return handle.read()
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path}: not UTF-8 (byte {exc.start}: {exc.reason})") from None


def article_files(folder: Path) -> dict[str, Path]:
    """``article{ID}.txt`` files of a folder, by id, in id order."""
    found = {}
    for path in sorted(folder.glob("article*.txt")):
        match = ARTICLE_NAME.search(path.name)
        if match:
            found[match.group(1)] = path
    return found


def read_labels(split: Path) -> list[tuple[str, str, int, int]]:
    """(article id, technique, start, end) rows of a split, from ``labels/`` or techniques.labels."""
    files = sorted((split / "labels").glob("*.labels")) if (split / "labels").is_dir() else []
    if not files and (split / "techniques.labels").is_file():
        files = [split / "techniques.labels"]
    rows = []
    for path in files:
        for number, line in enumerate(read_text(path).splitlines(), 1):
            if not line.strip():
                continue
            parts = line.split("\t")
            if len(parts) != 4:
                raise ValueError(f"{path}:{number}: expected 4 tab-separated fields, got {line!r}")
            rows.append((parts[0], parts[1], int(parts[2]), int(parts[3])))
    return rows


def read_split(split: Path) -> list[CorpusArticle]:
    """Every article of a split with its gold spans (none when the split has no labels)."""
    split = Path(split)
    folder = split / "articles" if (split / "articles").is_dir() else split
    articles = {
        aid: CorpusArticle(aid, read_text(path)) for aid, path in article_files(folder).items()
    }
    if not articles:
        raise FileNotFoundError(f"{split}: no article*.txt files")
    for aid, technique, start, end in read_labels(split):
        if aid not in articles:
            raise ValueError(f"{split}: label for unknown article {aid}")
        articles[aid].spans.append(GoldSpan(technique, start, end))
    for article in articles.values():
        article.spans.sort(key=lambda s: (s.start, s.end, s.technique))
    return list(articles.values())
