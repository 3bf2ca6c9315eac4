"""Ingest: every kind of source, and one clear error for each kind of bad input."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest

from presslens.ingest import IngestError, RawDocument, iso_date
from presslens.ingest.language import detect
from presslens.ingest.sources import iter_sources, read_path
from presslens.ingest.text import decode
from presslens.options import Options

OPTS = Options()
REPORT = (
    "Talks stall\n\nMOSCOW, March 3 (Wire) — Negotiators said on Friday that talks had stalled.\n"
)


def _one(path: Path, options: Options = OPTS):
    items = list(read_path(path, options))
    assert len(items) == 1, items
    return items[0]


def test_plain_text_is_kept_character_for_character(tmp_path):
    text = "Title line\r\n\r\nBody with  double  spaces,\ttabs and “curly quotes”.\r\n"
    p = tmp_path / "a.txt"
    p.write_bytes(text.encode("utf-8"))
    raw = _one(p)
    assert isinstance(raw, RawDocument)
    assert raw.text == text


def test_utf8_bom_stays_as_a_character(tmp_path):
    # Corpora count it in their offsets (the SemEval propaganda corpus does).
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf" + REPORT.encode())
    assert _one(p).text == "\ufeff" + REPORT


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_utf16_with_bom(tmp_path, encoding):
    p = tmp_path / "u16.txt"
    data = REPORT.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    p.write_bytes(data)
    assert _one(p).text == REPORT


def test_cp1252_is_detected_and_noted(tmp_path):
    text = (
        "The minister’s “final offer” was rejected — again — by the delegation, "
        "which called it a farce and demanded that the sanctions be lifted first.\n"
    )
    p = tmp_path / "legacy.txt"
    p.write_bytes(text.encode("cp1252"))
    raw = _one(p)
    assert raw.text == text
    assert any("decoded as" in w for w in raw.warnings)


def test_latin1_bytes_decode(tmp_path):
    text = "Les négociations à Genève ont échoué, a déclaré le ministre français. " * 3
    p = tmp_path / "latin.txt"
    p.write_bytes(text.encode("latin-1"))
    raw = _one(p)
    assert raw.text == text


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("empty.txt", b"", "empty input"),
        ("blank.txt", b"  \n\n \t\n", "empty input"),
        ("binary.txt", bytes(range(256)) * 40, "binary file"),
        ("image.html", b"\x89PNG\r\n\x1a\n" + bytes(500), "binary file"),
    ],
)
def test_bad_files_give_one_clear_error(tmp_path, name, data, reason):
    p = tmp_path / name
    p.write_bytes(data)
    err = _one(p)
    assert isinstance(err, IngestError)
    assert reason in str(err)
    assert str(p) in str(err)


def test_missing_path(tmp_path):
    err = _one(tmp_path / "nope.txt")
    assert isinstance(err, IngestError) and "no such file or folder" in str(err)


def test_oversized_page_is_refused_before_reading(tmp_path):
    p = tmp_path / "huge.html"
    with p.open("wb") as f:
        f.write(b"<html><body><p>" + b"word " * 10_000_000 + b"</p></body></html>")
    assert p.stat().st_size > 50_000_000
    err = _one(p)
    assert isinstance(err, IngestError) and "over the 20,000,000-byte limit" in str(err)


def test_gzip_bomb_is_capped(tmp_path):
    p = tmp_path / "bomb.html.gz"
    p.write_bytes(gzip.compress(b"<p>" + b"a" * 30_000_000 + b"</p>"))
    err = _one(p)
    assert isinstance(err, IngestError) and "limit" in str(err)


def test_html_with_no_article(tmp_path):
    p = tmp_path / "empty.html"
    p.write_text("<html><head><title>Home</title></head><body><nav>Home</nav></body></html>")
    err = _one(p)
    assert isinstance(err, IngestError) and "no article text" in str(err)


def test_gzipped_html_page_with_metadata_and_embed(tmp_path):
    html = """<html><head><title>Envoy rejects ultimatum</title>
<meta property="og:site_name" content="Northern Courier">
<meta name="author" content="Mara Venn">
<meta property="article:published_time" content="2024-02-11T08:00:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Envoy rejects ultimatum</h1>
<p>The envoy rejected the ultimatum on Sunday and said his government would not be
intimidated by threats from abroad, according to a statement from the ministry.</p>
<blockquote class="twitter-tweet"><p lang="en">Our answer is no, today and tomorrow.
<a href="https://t.co/Xy12">https://t.co/Xy12</a></p>&mdash; Ministry Spokesman (@spokes_min)
<a href="https://twitter.com/spokes_min/status/1">February 10, 2024</a></blockquote>
<p>Diplomats in the region said they expected the standoff to last for weeks, and several
embassies advised their citizens to leave the country while commercial flights still ran.</p>
</article><footer>Copyright Northern Courier</footer></body></html>"""
    p = tmp_path / "page.html.gz"
    p.write_bytes(gzip.compress(html.encode()))
    raw = _one(p)
    assert isinstance(raw, RawDocument)
    assert raw.title == "Envoy rejects ultimatum"
    assert raw.authors == ["Mara Venn"] and raw.outlet == "Northern Courier"
    assert raw.published == "2024-02-11"
    assert "Home" not in raw.text and "Copyright" not in raw.text
    (embed,) = raw.embeds
    assert embed["platform"] == "twitter" and embed["handle"] == "@spokes_min"
    assert embed["author"] == "Ministry Spokesman" and embed["date"] == "2024-02-10"
    words = raw.text[embed["text_start"] : embed["text_end"]]
    assert words.startswith("Our answer is no") and "t.co/Xy12" in words
    assert raw.text[embed["start"] : embed["end"]].endswith("February 10, 2024")


def test_jsonl_lines_metadata_and_malformed_line(tmp_path):
    lines = [
        json.dumps(
            {
                "text": REPORT,
                "url": "https://example.org/a",
                "title": "Talks stall",
                "published": "2023-03-03",
                "outlet": "Wire",
            }
        ),
        "{not json",
        json.dumps({"title": "no body"}),
        json.dumps(["a", "list"]),
        json.dumps(
            {
                "html": "<html><body><article><p>"
                + "Ceasefire holds in the north. " * 5
                + "</p></article></body></html>"
            }
        ),
    ]
    p = tmp_path / "batch.jsonl"
    p.write_text("\n".join(lines) + "\n")
    items = list(read_path(p, OPTS))
    assert [type(i).__name__ for i in items] == [
        "RawDocument",
        "IngestError",
        "IngestError",
        "IngestError",
        "RawDocument",
    ]
    first = items[0]
    assert (first.text, first.url, first.published, first.outlet) == (
        REPORT,
        "https://example.org/a",
        "2023-03-03",
        "Wire",
    )
    assert str(items[1]).startswith(f"{p}:2: malformed JSON")
    assert "needs a 'text' or 'html'" in str(items[2])
    assert "not a JSON object" in str(items[3])


def test_jsonl_odd_fields_and_an_overlong_line(tmp_path):
    small = Options(max_bytes=2_000)
    lines = [
        json.dumps({"text": "x" * 5_000}),  # over the limit: that line fails, the next is read
        json.dumps(
            {"text": REPORT, "url": "javascript:alert(1)", "title": 7, "published": "2022-13-01"}
        ),
        json.dumps({"text": REPORT, "published": "2022-03-05T10:00:00Z"}),
    ]
    p = tmp_path / "odd.jsonl"
    p.write_text("\n".join(lines) + "\n")
    long_line, odd, timed = read_path(p, small)
    assert isinstance(long_line, IngestError) and "over the 2,000-byte limit" in str(long_line)
    assert odd.url is None and odd.title is None and odd.published is None
    assert any(
        "ignored 'url' (not an http or https link), 'title' (not a string)" in w
        for w in odd.warnings
    )
    assert any("'2022-13-01' is not an ISO date" in w for w in odd.warnings)
    assert timed.published == "2022-03-05"


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2022", "2022"),
        ("2022-03", "2022-03"),
        ("2022-03-05T10:00:00+02:00", "2022-03-05"),
        ("2022-02-29", None),
        ("2022-13", None),
        ("2022-01-01T25:00", None),
        ("2022-03T10:00", None),
        ("last Tuesday", None),
    ],
)
def test_iso_dates(value, day):
    assert iso_date(value) == day


def test_a_file_name_that_is_not_utf8_is_kept_as_escapes(tmp_path):
    name = os.fsdecode(b"bad\xff.txt")
    (tmp_path / name).write_text(REPORT)
    (raw,) = read_path(tmp_path / name, OPTS)
    assert raw.source.endswith("bad\\xff.txt")
    raw.source.encode("utf-8")  # storable: no lone surrogates


def test_folder_is_read_recursively_and_sorted(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Second piece\n\nMore text here for the body.")
    (tmp_path / "one.md").write_text("First piece\n\nSome text for the body.")
    (tmp_path / "skip.pdf").write_bytes(b"%PDF-1.4")
    items = list(read_path(tmp_path, OPTS))
    assert [Path(i.source).name for i in items] == ["two.txt", "one.md"]


def test_batch_goes_on_after_failures(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(REPORT)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    items = list(iter_sources([str(tmp_path / "missing.txt"), str(empty), str(good)], OPTS))
    assert [type(i).__name__ for i in items] == ["IngestError", "IngestError", "RawDocument"]


def test_decode_reports_encoding():
    assert decode(b"plain", "x") == ("plain", "utf-8")


@pytest.mark.parametrize(
    "text, code",
    [
        ("The government said on Monday that it would not accept the terms of the deal.", "en"),
        (
            "Die Regierung erklärte am Montag, dass sie die Bedingungen nicht akzeptieren werde.",
            "de",
        ),
        ("Правительство заявило в понедельник, что не примет условия сделки.", "ru"),
        ("El gobierno dijo el lunes que no aceptaría las condiciones del acuerdo.", "es"),
        ("أعلنت الحكومة يوم الاثنين أنها لن تقبل شروط الاتفاق", "ar"),
    ],
)
def test_language_detection(text, code):
    assert detect(text)[0] == code


# -- URLs, against a real server on 127.0.0.1 ------------------------------------------

LOCAL = Options(allow_private_urls=True, url_timeout=1.0)


def _fetch(url: str, options: Options = LOCAL):
    items = list(iter_sources([url], options))
    assert len(items) == 1
    return items[0]


def test_url_article(http_server):
    raw = _fetch(f"{http_server}/article.html")
    assert isinstance(raw, RawDocument)
    assert raw.title == "Ministers meet in Vienna" and "ceasefire" in raw.text
    assert raw.url.endswith("/article.html")


def test_url_redirect_followed(http_server):
    raw = _fetch(f"{http_server}/moved")
    assert isinstance(raw, RawDocument) and raw.url.endswith("/article.html")


def test_url_plain_text_kept(http_server):
    raw = _fetch(f"{http_server}/plain.txt")
    assert raw.text == "Talks resume\n\nThe delegations met again on Friday."


@pytest.mark.parametrize(
    "path, reason",
    [
        ("/missing", "HTTP 404"),
        ("/slow.html", "timed out"),
        ("/image.png", "not an article: content type image/png"),
        ("/loop", "redirects"),
    ],
)
def test_url_failures(http_server, path, reason):
    err = _fetch(f"{http_server}{path}")
    assert isinstance(err, IngestError), err
    assert reason in str(err) and path in str(err)


def test_loopback_refused_unless_allowed(http_server):
    err = _fetch(f"{http_server}/article.html", Options())
    assert isinstance(err, IngestError)
    assert "127.0.0.1" in str(err)
