"""What the command line prints: a progress bar, the summary table, one article."""

from __future__ import annotations

import sys
from typing import Self, TextIO

from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.progress import Progress as RichProgress
from rich.table import Table

from presslens.ingest import one_line
from presslens.model import Article


class Progress:
    """A rich progress bar on stderr when it is a terminal; plain error lines otherwise."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self._bar = None
        self._task = None

    def __enter__(self) -> Self:
        if self.enabled:
            self._bar = RichProgress(
                SpinnerColumn(),
                TextColumn("analysing"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self._bar.__enter__()
            self._task = self._bar.add_task("analyse", total=None)
        return self

    def __exit__(self, *exc) -> None:
        if self._bar is not None:
            self._bar.__exit__(*exc)

    def advance(self) -> None:
        if self._bar is not None:
            self._bar.advance(self._task)

    def print_error(self, line: str) -> None:
        if self._bar is not None:
            self._bar.console.print(line, markup=False, highlight=False)
        else:
            print(line, file=sys.stderr)


def _safe(value: str) -> str:
    """A stored string as Rich should print it: control characters escaped (a title or file
    name must not drive the terminal), brackets not read as markup."""
    return escape(one_line(value))


#: Rows a summary table shows: a corpus of any size costs the CLI these rows, not its articles.
SUMMARY_ROWS = 100


def summary_row(a: Article) -> tuple[str, ...]:
    """An article's line in the summary table: id, title, outlet, genre, each layer's size."""
    return (
        a.id[:8],
        _safe((a.title or a.source)[:60]),
        _safe(a.outlet or ""),
        a.genre,
        str(len(a.social_posts)),
        str(len(a.boilerplate)),
        str(len(a.entities)),
        str(len(a.quotes)),
        str(len(a.actors)),
        str(len(a.events)),
        str(len(a.techniques)),
    )


def summary_table(rows: list[tuple[str, ...]], out: TextIO, total: int | None = None) -> None:
    """The summary rows as a table, titled with the number of articles (``total``, when the
    rows are the first of more)."""
    total = len(rows) if total is None else total
    caption = f"the first {len(rows)} shown" if total > len(rows) else None
    table = Table(title=f"{total} article(s)", caption=caption, show_lines=False)
    for name in (
        "id",
        "title",
        "outlet",
        "genre",
        "posts",
        "boiler",
        "ents",
        "quotes",
        "actors",
        "events",
        "techn.",
    ):
        wide = name in ("title", "outlet")
        table.add_column(
            name,
            overflow="ellipsis",
            no_wrap=True,
            min_width=(36 if name == "title" else 18)
            if wide
            else max(len(name), 8 if name in ("id", "genre") else 0),
            max_width=(36 if name == "title" else 18) if wide else None,
        )
    for row in rows:
        table.add_row(*row)
    Console(file=out, width=max(150, Console().width)).print(table)


def print_article(article: Article, out: TextIO) -> None:
    """A readable dump of one article: metadata, then each layer's items with evidence."""
    console = Console(file=out, width=120, highlight=False)
    title = _safe(article.title or "(no title)")
    console.print(f"[bold]{title}[/bold]  [dim]{article.id}[/dim]")
    console.print(
        one_line(
            f"source: {article.source}  outlet: {article.outlet}  "
            f"published: {article.published}  genre: {article.genre} "
            f"({', '.join(article.genre_signals)})  authors: {', '.join(article.authors)}"
        ),
        markup=False,
    )
    for w in article.warnings:
        console.print(f"[yellow]warning:[/yellow] {_safe(w)}", markup=True)
    for layer in (
        "social_posts",
        "boilerplate",
        "entities",
        "dates",
        "actors",
        "quotes",
        "events",
        "techniques",
    ):
        items = getattr(article, layer)
        if not items:
            continue
        console.print(f"\n[bold]{layer}[/bold] ({len(items)})")
        for item in items:
            if layer == "actors":
                where = ", ".join(f"{m.start}-{m.end}" for m in item.mentions[:5])
                console.print(
                    f"  {item.id} {item.code:<10} {_safe(item.name)}  [dim]{where}[/dim]",
                    markup=True,
                )
                continue
            label = next(
                (
                    str(getattr(item, f))
                    for f in ("technique", "code", "kind", "label", "value", "platform")
                    if getattr(item, f, None) is not None
                ),
                "",
            )
            extra = ""
            if layer == "quotes" and item.speaker is not None:
                extra = f"  — {one_line(item.speaker.name or '')}"
            if layer == "events":
                extra = f"  {item.source_code or '-'} -> {item.target_code or '-'} {item.modality}"
                if item.confidence is not None:
                    extra += f" (confidence {item.confidence:.2f})"
            evidence = item.text.replace("\n", " ")
            if len(evidence) > 90:
                evidence = evidence[:87] + "..."
            console.print(
                f"  {item.start:>6}-{item.end:<6} {label:<24} {evidence!r}{extra}", markup=False
            )
