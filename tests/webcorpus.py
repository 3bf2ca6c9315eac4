"""A small corpus for the API and browser tests, analysed by the real pipeline.

All of it is fiction written for these tests.  Layers that are not installed yet in a build
produce nothing; ``build_store`` then adds the few technique spans the UI tests need,
located in the text (``text[start:end] == span``), so the reader is always tested on every
kind of highlight.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import uvicorn

from presslens.model import Article, Quote, Span, Speaker, Technique, TechniqueSummary
from presslens.options import Options
from presslens.pipeline import AnalysisError, analyze_text
from presslens.store import Store

OPINION = """\
The sanctions will hurt us first

By Marta Lind

The government calls its new package of measures a shield, but it is a reckless gamble that \
will bankrupt our farmers before it touches a single oligarch. Every family will pay for this \
disastrous folly.

"We will not bow to blackmail," Foreign Minister Anna Korva said on Monday in Tallinn.

Russia imposed new sanctions on Estonia last week, and Estonia expelled two Russian diplomats \
in response. Latvia condemned the expulsions as hasty.

Anyone who still believes these measures will work is living in a fantasy.

Marta Lind is a columnist for the Harbour Ledger. The views expressed are the author's own.
"""

REPORT = """\
Putin hosts Xi for talks in Moscow

MOSCOW, April 3, 2024 (Northwire) - Russian President Vladimir Putin met Chinese President \
Xi Jinping in Moscow on Tuesday, and the two leaders signed an agreement on energy trade.

"The talks were constructive and friendly," Kremlin spokesman Dmitry Peskov told reporters.

The United States criticised the meeting. Ukraine accused Russia of shelling Kharkiv overnight, \
and the European Union promised Ukraine new military aid.
"""

SUMMIT = """\
Finland joins allied drills in the north

HELSINKI, May 20, 2024 (Harbour Ledger) - Finland and Sweden began joint military exercises \
with NATO troops near the Russian border on Monday.

Finnish Defence Minister Antti Kaira said the drills were "purely defensive". Russia warned \
Finland that it would respond to any build-up of forces.
"""

#: A hostile article: its title, outlet, author and text try to run script in the UI.
XSS_TITLE = '<script>window.__xss = "title"</script><img src=x onerror="window.__xss=\'img\'">'
XSS_TEXT = """\
Breaking: <script>window.__xss = "text"; alert("xss")</script> officials deny everything

The ministry said <img src=x onerror="window.__xss='onerror'; alert(1)"> nothing happened, and \
the spokesman added "><svg onload="window.__xss='svg'"> that the report was false.

A link: <a href="javascript:window.__xss='href'">click here</a> and <iframe src="/"></iframe>.
"""

#: (text, metadata, technique fallbacks: (technique label, exact evidence)).
ARTICLES: list[tuple[str, dict, list[tuple[str, str]]]] = [
    (
        OPINION,
        {
            "title": "The sanctions will hurt us first",
            "outlet": "Harbour Ledger",
            "published": "2024-03-12",
            "authors": ["Marta Lind"],
            "source": "test:opinion",
        },
        [
            ("Loaded_Language", "reckless gamble"),
            ("Exaggeration,Minimisation", "Every family will pay for this disastrous folly"),
            ("Name_Calling,Labeling", "living in a fantasy"),
        ],
    ),
    (
        REPORT,
        {
            "title": "Putin hosts Xi for talks in Moscow",
            "outlet": "Northwire",
            "published": "2024-04-03",
            "source": "test:report",
        },
        [],
    ),
    (
        SUMMIT,
        {
            "title": "Finland joins allied drills in the north",
            "outlet": "Harbour Ledger",
            "published": "2024-05-20",
            "source": "test:summit",
        },
        [("Doubt", "purely defensive")],
    ),
    (
        XSS_TEXT,
        {
            "title": XSS_TITLE,
            "outlet": "<b onmouseover=\"window.__xss='outlet'\">Evil</b>",
            "published": "2024-06-01",
            "authors": ["<img src=x onerror=\"window.__xss='author'\">"],
            "url": "javascript:window.__xss='url'",
            "source": "test:xss",
        },
        [("Loaded_Language", "window.__xss='onerror'; alert(1)")],
    ),
]


def add_fallback_techniques(article: Article, fallbacks: list[tuple[str, str]]) -> None:
    """Give ``article`` technique spans at the exact evidence, if the layer found none."""
    if article.techniques:
        return
    for label, evidence in fallbacks:
        start = article.text.index(evidence)
        article.techniques.append(
            Technique(
                start=start, end=start + len(evidence), text=evidence, technique=label, score=0.9
            )
        )
    article.techniques.sort(key=lambda t: (t.start, t.end))
    if fallbacks:
        counts: dict[str, int] = {}
        for t in article.techniques:
            counts[t.technique] = counts.get(t.technique, 0) + 1
        article.technique_summary = TechniqueSummary(
            counts=counts,
            sentences=10,
            sentences_with_technique=len(fallbacks),
            share=len(fallbacks) / 10,
        )


def add_fallback_quote(article: Article, quote: str, speaker: str, cue: str) -> None:
    """Give ``article`` one direct quote with its speaker, if the quotes layer found none."""
    if any(q.speaker for q in article.quotes):
        return
    q = article.text.index(quote)
    s = article.text.index(speaker)
    c = article.text.index(cue, q)
    article.quotes.append(
        Quote(
            start=q,
            end=q + len(quote),
            text=quote,
            kind="direct",
            speaker=Speaker(start=s, end=s + len(speaker), text=speaker, name=speaker),
            cue=Span(start=c, end=c + len(cue), text=cue),
            attribution="after",
        )
    )


_OPTIONS: list[Options] = []


def pipeline_options() -> Options:
    """Every layer; without the technique model files (trained separately), every other one."""
    if not _OPTIONS:
        options = Options()
        try:
            analyze_text("Estonia expelled two diplomats.", options)
        except AnalysisError as exc:
            if "layer techniques" not in str(exc):
                raise
            options = Options(layers=tuple(n for n in options.layers if n != "techniques"))
        _OPTIONS.append(options)
    return _OPTIONS[0]


def analyse(text: str, meta: dict) -> Article:
    """Run the real pipeline on ``text`` with ``meta`` as RawDocument fields."""
    return analyze_text(text, pipeline_options(), **dict(meta))


def build_articles() -> list[Article]:
    """The corpus, analysed by the real pipeline."""
    out = []
    for text, meta, fallbacks in ARTICLES:
        article = analyse(text, meta)
        add_fallback_techniques(article, fallbacks)
        if text is OPINION:
            add_fallback_quote(article, "We will not bow to blackmail,", "Anna Korva", "said")
        if text is REPORT:
            add_fallback_quote(
                article, "The talks were constructive and friendly,", "Dmitry Peskov", "told"
            )
        out.append(article)
    return out


def build_store(path: Path) -> list[Article]:
    """Write the corpus into a DuckDB store at ``path``; return the articles."""
    articles = build_articles()
    with Store(path) as store:
        for article in articles:
            store.write(article)
    return articles


@contextmanager
def serve(app) -> Iterator[str]:
    """Run ``app`` with uvicorn on 127.0.0.1 on a free port; yield its base URL."""
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(15)
