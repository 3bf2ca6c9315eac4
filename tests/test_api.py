"""The JSON API: in-process through httpx (Starlette's TestClient) and over a real uvicorn server.

The corpus is analysed by the real pipeline and stored in a real DuckDB file.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from dataclasses import replace

import httpx
import pytest
from fastapi.testclient import TestClient
from webcorpus import OPINION, build_store, pipeline_options, serve

from presslens.model import Article
from presslens.store import StoreError
from presslens.web import create_app

BASE = "http://127.0.0.1"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("api") / "corpus.duckdb"
    articles = build_store(path)
    return path, articles


@pytest.fixture(scope="module")
def client(corpus):
    path, _ = corpus
    app = create_app(path, pipeline_options())
    with TestClient(app, base_url=BASE) as c:
        yield c


@pytest.fixture()
def blank_client(tmp_path):
    """A client over an empty store of its own (for tests that write)."""
    app = create_app(tmp_path / "blank.duckdb", pipeline_options())
    with TestClient(app, base_url=BASE) as c:
        yield c


def ids(items) -> set[str]:
    return {x["id"] for x in items}


# --- OpenAPI -----------------------------------------------------------------------------


def test_openapi_documents_every_api_route(client):
    spec = client.get("/openapi.json").json()
    routes = {
        (route.path, method.lower())
        for route in client.app.routes
        if getattr(route, "path", "").startswith("/api/")
        for method in getattr(route, "methods", ())
    }
    documented = {(p, m) for p, ops in spec["paths"].items() for m in ops}
    assert routes - {(p, "head") for p, _ in routes} <= documented
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            assert op.get("summary"), f"{method} {path} has no summary"
            assert op.get("description"), f"{method} {path} has no description"
            assert "200" in op["responses"], f"{method} {path} documents no success"
            for param in op.get("parameters", []):
                assert param.get("description"), f"{method} {path}: {param['name']} undocumented"
    assert "Article" in spec["components"]["schemas"]
    assert "422" in spec["paths"]["/api/analyze/text"]["post"]["responses"]
    assert "403" in spec["paths"]["/api/analyze/url"]["post"]["responses"]


def test_health(client, corpus):
    body = client.get("/api/health").json()
    assert body["status"] == "ok"
    assert body["articles"] == len(corpus[1])
    assert body["read_only"] is False
    assert "entities" in body["available_layers"]


# --- list and search ---------------------------------------------------------------------


def test_list_articles_newest_first_with_summaries(client, corpus):
    _, articles = corpus
    body = client.get("/api/articles").json()
    assert body["total"] == len(articles)
    published = [x["published"] for x in body["items"]]
    assert published == sorted(published, reverse=True)
    opinion = next(x for x in body["items"] if x["title"] == "The sanctions will hurt us first")
    stored = next(a for a in articles if a.title == opinion["title"])
    assert opinion["n_techniques"] == len(stored.techniques)
    assert opinion["techniques"] == dict(Counter(t.technique for t in stored.techniques))
    assert opinion["n_events"] == len(stored.events)
    assert opinion["authors"] == ["Marta Lind"]
    oldest = client.get("/api/articles", params={"sort": "oldest", "limit": 1}).json()
    assert oldest["items"][0]["published"] == "2024-03-12"
    page = client.get("/api/articles", params={"limit": 2, "offset": 2}).json()
    assert [x["published"] for x in page["items"]] == published[2:4]


def test_full_text_search_words_and_phrases(client, corpus):
    _, articles = corpus
    report = next(a for a in articles if a.outlet == "Northwire")
    body = client.get("/api/articles", params={"q": "kharkiv"}).json()
    assert ids(body["items"]) == {report.id}
    assert "Kharkiv" in body["items"][0]["snippet"]
    assert client.get("/api/articles", params={"q": '"bow to blackmail"'}).json()["total"] == 1
    assert client.get("/api/articles", params={"q": '"blackmail bow"'}).json()["total"] == 0
    # every word must match; LIKE wildcards in the query are literal
    assert client.get("/api/articles", params={"q": "Moscow Finland"}).json()["total"] == 0
    assert client.get("/api/articles", params={"q": "%"}).json()["total"] == 0


def test_filters(client, corpus):
    _, articles = corpus

    def query(**params):
        return ids(client.get("/api/articles", params=params).json()["items"])

    assert query(outlet="Harbour Ledger") == {
        a.id for a in articles if a.outlet == "Harbour Ledger"
    }
    assert query(author="lind") == {a.id for a in articles if a.authors == ["Marta Lind"]}
    spring = {a.id for a in articles if "2024-04-01" <= a.published <= "2024-05-31"}
    assert len(spring) == 2
    assert query(**{"from": "2024-04-01", "to": "2024-05-31"}) == spring
    assert query(**{"from": "2024-04", "to": "2024-05"}) == spring  # a month means all of it
    label = Counter(t.technique for a in articles for t in a.techniques).most_common(1)[0][0]
    with_label = {a.id for a in articles if any(t.technique == label for t in a.techniques)}
    assert with_label and query(technique=label) == with_label
    putin = {a.id for a in articles if any("Putin" in x.name for x in a.actors)}
    assert putin and query(actor="putin") == putin
    # an HTML form sends unset fields empty: they do not filter
    assert query(q="", outlet="", genre="", technique="", **{"from": "", "to": ""}) == {
        a.id for a in articles
    }
    genre = articles[0].genre
    assert query(genre=genre) == {a.id for a in articles if a.genre == genre}
    assert query(outlet="Harbour Ledger", **{"from": "2024-05-01"}) == {
        a.id for a in articles if a.outlet == "Harbour Ledger" and a.published >= "2024-05-01"
    }


def test_get_article_round_trip_and_evidence(client, corpus):
    _, articles = corpus
    for article in articles:
        body = client.get(f"/api/articles/{article.id}").json()
        assert body == article.model_dump(mode="json")
        got = Article.model_validate(body)
        for layer in (
            "social_posts",
            "boilerplate",
            "entities",
            "actors",
            "quotes",
            "events",
            "techniques",
        ):
            for item in getattr(got, layer):
                spans = item.mentions if layer == "actors" else [item]
                for span in spans:
                    assert got.text[span.start : span.end] == span.text
    missing = client.get("/api/articles/0000000000000000")
    assert missing.status_code == 404
    assert missing.json() == {"detail": "no article with id '0000000000000000'"}


def test_facets_and_technique_legend(client, corpus):
    _, articles = corpus
    facets = client.get("/api/facets").json()
    assert facets["articles"] == len(articles)
    assert {"value": "Harbour Ledger", "n": 2} in facets["outlets"]
    assert facets["published"] == {"min": "2024-03-12", "max": "2024-06-01"}
    legend = client.get("/api/techniques").json()
    labels = [t["label"] for t in legend]
    for a in articles:
        for t in a.techniques:
            assert t.technique in labels
    assert all(0 <= t["colour"] < 14 and t["name"] for t in legend)


# --- aggregates --------------------------------------------------------------------------


def test_techniques_per_outlet_and_month(client, corpus):
    _, articles = corpus
    rows = client.get("/api/stats/techniques", params={"by": "outlet,month"}).json()
    expected = Counter(
        (a.outlet, a.published[:7], t.technique) for a in articles for t in a.techniques
    )
    assert {(r["outlet"], r["month"], r["technique"]): r["n"] for r in rows} == dict(expected)
    by_outlet = client.get("/api/stats/techniques").json()
    assert sum(r["n"] for r in by_outlet) == sum(len(a.techniques) for a in articles)
    june = client.get("/api/stats/techniques", params={"by": "month", "from": "2024-06-01"})
    assert {r["month"] for r in june.json()} <= {"2024-06"}
    bad = client.get("/api/stats/techniques", params={"by": "colour"})
    assert bad.status_code == 422
    assert "cannot group by colour" in bad.json()["detail"]


def test_events_per_pair_and_quad_class(client, corpus):
    _, articles = corpus
    body = client.get("/api/stats/events").json()
    assert body["quad_classes"]["4"] == "material conflict"
    total = sum(len(a.events) for a in articles)
    assert total > 0
    assert sum(r["n"] for r in body["timeline"]) == total
    expected: Counter = Counter()
    for a in articles:
        names = {x.id: x.name for x in a.actors}
        for e in a.events:
            src = names.get(e.source) or e.source_code
            tgt = names.get(e.target) or e.target_code
            if src and tgt:
                expected[(src, tgt, e.quad_class)] += 1
    got = {(r["source"], r["target"], r["quad_class"]): r["n"] for r in body["pairs"]}
    assert got == dict(expected)
    by_code = client.get("/api/stats/events", params={"key": "code"}).json()
    assert sum(r["n"] for r in by_code["pairs"]) == sum(expected.values())
    may = client.get("/api/stats/events", params={"from": "2024-05-01", "to": "2024-05-31"}).json()

    def when(a, e):  # the event's calendar date, else its article's publication date
        ok = e.date and re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", e.date)
        return e.date if ok else a.published

    in_may = [e for a in articles for e in a.events if when(a, e)[:7] == "2024-05"]
    assert in_may
    assert sum(r["n"] for r in may["timeline"]) == len(in_may)
    # only the events at least this likely to match an annotator's coding are counted
    cut = sorted(e.confidence for a in articles for e in a.events)[total // 2]
    sure = client.get("/api/stats/events", params={"min_confidence": cut}).json()
    confident = sum(1 for a in articles for e in a.events if e.confidence >= cut)
    assert 0 < confident < total
    assert sum(r["n"] for r in sure["timeline"]) == confident
    assert client.get("/api/stats/events", params={"min_confidence": 2}).status_code == 422


def test_most_quoted_speakers(client, corpus):
    _, articles = corpus
    rows = client.get("/api/stats/speakers").json()
    expected = Counter(q.speaker.name for a in articles for q in a.quotes if q.speaker)
    assert {r["speaker"]: r["quotes"] for r in rows} == dict(expected)
    assert [r["quotes"] for r in rows] == sorted((r["quotes"] for r in rows), reverse=True)


# --- exports -----------------------------------------------------------------------------


def test_export_articles_jsonl_and_csv(client, corpus):
    _, articles = corpus
    resp = client.get("/api/export/articles")
    assert resp.headers["content-type"].startswith("application/x-ndjson")
    assert "attachment" in resp.headers["content-disposition"]
    lines = [Article.model_validate_json(x) for x in resp.text.splitlines()]
    assert sorted(a.id for a in lines) == sorted(a.id for a in articles)
    assert {a.id: a for a in lines} == {a.id: a for a in articles}
    table = list(
        csv.DictReader(
            io.StringIO(
                client.get(
                    "/api/export/articles", params={"format": "csv", "outlet": "Northwire"}
                ).text
            )
        )
    )
    assert [r["title"] for r in table] == ["Putin hosts Xi for talks in Moscow"]
    assert table[0]["text"] == next(a.text for a in articles if a.outlet == "Northwire")


def test_export_layer_rows(client, corpus):
    _, articles = corpus
    rows = list(csv.DictReader(io.StringIO(client.get("/api/export/layers/events").text)))
    assert len(rows) == sum(len(a.events) for a in articles)
    by_id = {a.id: a for a in articles}
    for r in rows:
        event = by_id[r["article_id"]].events[int(r["idx"])]
        assert r["text"] == event.text and int(r["start"]) == event.start
        assert json.loads(r["trigger"])["text"] == event.trigger.text
    jsonl = client.get("/api/export/layers/techniques", params={"format": "jsonl"}).text
    items = [json.loads(x) for x in jsonl.splitlines()]
    assert len(items) == sum(len(a.techniques) for a in articles)
    missing = client.get("/api/export/layers/colours")
    assert missing.status_code == 404 and "no layer 'colours'" in missing.json()["detail"]


# --- analysing ---------------------------------------------------------------------------

SHORT = "Estonia expelled two Russian diplomats on Monday, the foreign ministry said.\n"


def test_analyze_text_without_and_with_storing(blank_client):
    resp = blank_client.post("/api/analyze/text", json={"text": SHORT, "outlet": "Test Wire"})
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert body["stored"] is False
    article = Article.model_validate(body["article"])
    assert article.text == SHORT and article.outlet == "Test Wire"
    assert any(x.name == "Estonia" for x in article.actors)
    assert blank_client.get("/api/health").json()["articles"] == 0
    resp = blank_client.post("/api/analyze/text", json={"text": SHORT, "store": True})
    assert resp.json()["stored"] is True
    assert blank_client.get(f"/api/articles/{article.id}").json()["text"] == SHORT
    assert blank_client.get("/api/health").json()["articles"] == 1


def test_analyze_only_requested_layers(blank_client):
    resp = blank_client.post("/api/analyze/text", json={"text": SHORT, "layers": ["entities"]})
    article = resp.json()["article"]
    assert article["entities"] and not article["actors"] and not article["events"]


def test_analyze_uploaded_files(blank_client):
    resp = blank_client.post(
        "/api/analyze/file",
        files={"file": ("note.txt", SHORT.encode(), "text/plain")},
        data={"store": "true"},
    )
    assert resp.status_code == 200, resp.text
    assert resp.json()["article"]["text"] == SHORT and resp.json()["stored"] is True
    page = (
        b"<!doctype html><html><head><title>Diplomats expelled</title></head><body>"
        b"<article><h1>Diplomats expelled</h1><p>"
        + SHORT.encode()
        + b"</p></article></body></html>"
    )
    resp = blank_client.post("/api/analyze/file", files={"file": ("page.html", page, "text/html")})
    article = resp.json()["article"]
    assert article["title"] == "Diplomats expelled"
    assert "Estonia expelled two Russian diplomats" in article["text"]
    bad = blank_client.post("/api/analyze/file", files={"file": ("x.txt", b"\xff\xfe\x00", "x")})
    assert bad.status_code == 422
    assert bad.json()["detail"].startswith("x.txt:")


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ({"text": ""}, "text"),
        ({"text": "   \n "}, "empty text"),
        ({"text": SHORT, "layers": ["tarot"]}, "unknown layer(s) tarot"),
        ({"text": SHORT, "published": "last Tuesday"}, "published"),
        ({"text": SHORT, "published": "2022-13-45"}, "not a calendar date"),
        ({"text": SHORT, "published": "２０２４-03-04"}, "not a calendar date"),
        ({"text": SHORT, "url": "javascript:alert(1)"}, "only http and https"),
        ({"text": SHORT, "layers": []}, "names no layer"),
        ({"text": SHORT, "colour": "red"}, "colour"),
        ({}, "text: Field required"),
    ],
)
def test_analyze_text_rejects_bad_input(blank_client, body, needle):
    resp = blank_client.post("/api/analyze/text", json=body)
    assert resp.status_code == 422
    assert needle in resp.json()["detail"]


def test_bad_parameters_and_unknown_routes(client):
    resp = client.get("/api/articles", params={"limit": 0})
    assert resp.status_code == 422
    assert "limit" in resp.json()["detail"]
    assert client.get("/api/articles", params={"from": "March"}).status_code == 422
    bad_day = client.get("/api/articles", params={"from": "2022-13-45"})
    assert bad_day.status_code == 422 and "not a calendar date" in bad_day.json()["detail"]
    huge = client.get("/api/articles", params={"offset": 2**64})
    assert huge.status_code == 422 and "offset" in huge.json()["detail"]
    resp = client.get("/api/analyze/text")
    assert resp.status_code == 405
    assert resp.json()["detail"] == "GET is not allowed on /api/analyze/text"
    resp = client.get("/api/nothing-here")
    assert resp.status_code == 404 and resp.json()["detail"] == "nothing at /api/nothing-here"
    bad_json = client.post(
        "/api/analyze/text", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert bad_json.status_code == 422


def test_request_size_limit(tmp_path):
    app = create_app(tmp_path / "s.duckdb", pipeline_options(), max_request_bytes=2_000)
    with TestClient(app, base_url=BASE) as c:
        resp = c.post("/api/analyze/text", json={"text": "word " * 1000})
        assert resp.status_code == 413
        assert "limit is 2000" in resp.json()["detail"]

        def chunks():
            for _ in range(10):
                yield b"x" * 500

        resp = c.post(
            "/api/analyze/file",
            content=chunks(),
            headers={"content-type": "multipart/form-data; boundary=zzz"},
        )
        assert resp.status_code == 413
        assert "over the 2000-byte limit" in resp.json()["detail"]
        assert c.get("/api/health").status_code == 200


def test_document_size_limit(tmp_path):
    app = create_app(tmp_path / "s.duckdb", replace(pipeline_options(), max_bytes=300))
    with TestClient(app, base_url=BASE) as c:
        resp = c.post("/api/analyze/text", json={"text": "word " * 100})
        assert resp.status_code == 413
        assert "text is 500 bytes; the limit is 300" in resp.json()["detail"]
        resp = c.post("/api/analyze/file", files={"file": ("a.txt", b"word " * 100, "text/plain")})
        assert resp.status_code == 413


def test_analysis_time_limit(tmp_path):
    app = create_app(tmp_path / "s.duckdb", pipeline_options(), analysis_timeout=0.001)
    with TestClient(app, base_url=BASE) as c:
        resp = c.post("/api/analyze/text", json={"text": OPINION, "store": True})
        assert resp.status_code == 504
        assert "longer than the 0.001 s limit" in resp.json()["detail"]
        busy = c.post("/api/analyze/text", json={"text": SHORT})
        assert busy.status_code in (503, 504)
        app.state.presslens.analyst._pool.shutdown(wait=True)
        # the abandoned analysis is not stored behind the client's back
        assert c.get("/api/health").json()["articles"] == 0


# --- URLs --------------------------------------------------------------------------------


def test_analyze_url_refuses_loopback_unless_allowed(tmp_path, http_server):
    url = f"{http_server}/article.html"
    refused_app = create_app(tmp_path / "a.duckdb", pipeline_options())
    with TestClient(refused_app, base_url=BASE) as c:
        resp = c.post("/api/analyze/url", json={"url": url})
        assert resp.status_code == 403
        assert "127.0.0.1 is a loopback address" in resp.json()["detail"]
        resp = c.post("/api/analyze/url", json={"url": "file:///etc/passwd"})
        assert resp.status_code == 422  # the asker's mistake, not the remote server's
        assert "only http and https" in resp.json()["detail"]
        resp = c.post("/api/analyze/url", json={"url": "http://[::1"})
        assert resp.status_code == 422 and "not a valid URL" in resp.json()["detail"]
    allowed_app = create_app(tmp_path / "b.duckdb", pipeline_options(), allow_private_urls=True)
    with TestClient(allowed_app, base_url=BASE) as c:
        resp = c.post("/api/analyze/url", json={"url": f"{http_server}/moved", "store": True})
        assert resp.status_code == 200, resp.text
        article = resp.json()["article"]
        assert article["url"] == url
        assert "met in Vienna on Tuesday" in article["text"]
        assert c.get("/api/articles").json()["total"] == 1
        missing = c.post("/api/analyze/url", json={"url": f"{http_server}/missing"})
        assert missing.status_code == 502 and "HTTP 404" in missing.json()["detail"]


# --- HTTP protections --------------------------------------------------------------------


def test_security_headers_everywhere(client, corpus):
    article_id = corpus[1][0].id
    for path in (
        "/",
        f"/articles/{article_id}",
        "/dashboard",
        "/analyze",
        "/api-docs",
        "/api/articles",
        "/static/js/reader.js",
        "/no-such-page",
    ):
        resp = client.get(path)
        csp = resp.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp, path
        assert "unsafe-inline" not in csp
        assert resp.headers["x-content-type-options"] == "nosniff"
        assert resp.headers["x-frame-options"] == "DENY"
    assert client.get("/docs").status_code == 404  # Swagger UI would need a CDN


def test_foreign_host_and_cross_site_posts_refused(client):
    resp = client.get("/api/health", headers={"host": "attacker.example"})
    assert resp.status_code == 400
    assert "attacker.example" in resp.json()["detail"]
    resp = client.post(
        "/api/analyze/text", json={"text": SHORT}, headers={"origin": "http://attacker.example"}
    )
    assert resp.status_code == 403
    assert resp.json()["detail"] == "cross-origin request from http://attacker.example refused"
    same = client.post("/api/analyze/text", json={"text": SHORT}, headers={"origin": BASE})
    assert same.status_code == 200


def test_pages_escape_stored_markup(client, corpus):
    html = client.get("/").text
    assert "&lt;script&gt;window.__xss" in html
    assert "<script>window.__xss" not in html
    assert 'onerror="window' not in html
    assert "<b onmouseover" not in html
    assert "javascript:" not in html


def test_real_server_over_tcp(corpus, tmp_path):
    app = create_app(tmp_path / "real.duckdb", pipeline_options())
    with serve(app) as base, httpx.Client(base_url=base, timeout=60) as http:
        assert http.get("/api/health").json()["status"] == "ok"
        resp = http.post("/api/analyze/text", json={"text": SHORT, "store": True})
        assert resp.status_code == 200
        article_id = resp.json()["article"]["id"]
        page = http.get(f"/articles/{article_id}")
        assert page.status_code == 200
        assert page.headers["content-type"].startswith("text/html")
        assert "default-src 'none'" in page.headers["content-security-policy"]
        assert http.get("/api/articles").json()["items"][0]["id"] == article_id
        js = http.get("/vendor/echarts.min.js")
        assert js.status_code == 200 and js.headers["content-type"].startswith("text/javascript")


HOLD_STORE = (
    "import duckdb, sys, time; c = duckdb.connect(sys.argv[1], read_only=sys.argv[2] == '1');"
    " print('open', flush=True); time.sleep(60)"
)


def _hold(path, read_only: bool):
    """Another process with the store open (as a second `presslens` would have it)."""
    import subprocess
    import sys

    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_STORE, str(path), "1" if read_only else "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "open"
    return holder


def test_store_open_elsewhere_is_served_read_only(corpus, tmp_path):
    path, articles = corpus
    copy = tmp_path / "shared.duckdb"
    copy.write_bytes(path.read_bytes())
    holder = _hold(copy, read_only=True)
    try:
        app = create_app(copy, pipeline_options())
        with TestClient(app, base_url=BASE) as c:
            assert c.get("/api/health").json()["read_only"] is True
            assert c.get("/api/articles").json()["total"] == len(articles)
            resp = c.post("/api/analyze/text", json={"text": SHORT, "store": True})
            assert resp.status_code == 409
            assert "read-only" in resp.json()["detail"]
            assert c.post("/api/analyze/text", json={"text": SHORT}).status_code == 200
            page = c.get("/analyze").text
            assert 'id="in-store" disabled' in page
    finally:
        holder.kill()
        holder.wait()
    writer = _hold(copy, read_only=False)
    try:
        with pytest.raises(StoreError) as info:
            create_app(copy, pipeline_options())
        assert str(copy) in str(info.value) and "cannot open store" in str(info.value)
    finally:
        writer.kill()
        writer.wait()


def test_reposting_a_stored_article_keeps_what_the_store_knew(blank_client):
    first = {
        "text": "Estonia expelled two Russian diplomats on Thursday, the ministry said.\n",
        "title": "Envoys expelled",
        "outlet": "Baltic Wire",
        "url": "https://baltic.example/a",
        "published": "2024-03-07",
        "authors": ["Ann Author"],
        "store": True,
    }
    stored = blank_client.post("/api/analyze/text", json=first).json()["article"]
    assert stored["events"][0]["date"] == "2024-03-07"
    again = blank_client.post(
        "/api/analyze/text", json={"text": first["text"], "layers": ["events"], "store": True}
    )
    assert again.status_code == 200
    now = blank_client.get(f"/api/articles/{stored['id']}").json()
    for field in ("title", "outlet", "url", "published", "authors"):
        assert now[field] == stored[field], field
    assert now["events"][0]["date"] == "2024-03-07"  # "Thursday" still anchored
    assert now["techniques"] == stored["techniques"] and now["layers"] == stored["layers"]
    assert blank_client.get("/api/articles").json()["total"] == 1


def test_csv_downloads_cannot_run_as_formulas(blank_client):
    body = {"text": SHORT, "title": "=HYPERLINK(1)", "outlet": "+cmd", "store": True}
    assert blank_client.post("/api/analyze/text", json=body).status_code == 200
    text = blank_client.get("/api/export/articles", params={"format": "csv"}).text
    (row,) = list(csv.DictReader(io.StringIO(text)))
    assert row["title"] == "'=HYPERLINK(1)" and row["outlet"] == "'+cmd"


def test_a_page_past_any_end_is_refused_not_a_crash(client):
    assert client.get("/", params={"page": 10**18}).status_code == 422
    assert client.get("/", params={"page": 500}).status_code == 200
