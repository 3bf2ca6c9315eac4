"""Analysis on a real Ray cluster: one started here by presslens, and one running beside it."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

ray = pytest.importorskip("ray", reason="the ray extra is not installed (pip install -e '.[ray]')")
from ray import cloudpickle  # what Ray pickles its tasks with

from presslens import pipeline
from presslens.cluster import ClusterError
from presslens.ingest import RawDocument
from presslens.ingest.sources import iter_sources
from presslens.options import Options
from presslens.pipeline import analyze_batch, analyze_stream
from presslens.store import Store

pytestmark = pytest.mark.cluster

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
OPTS = Options(layers=("social", "boilerplate", "entities", "dates", "genre", "actors", "events"))
TEXT = "Talks resume\n\nThe delegations met again in Doha on Friday, officials said.\n"
QUIET = {"RAY_USAGE_STATS_ENABLED": "0"}


@pytest.fixture(autouse=True)
def _quiet(monkeypatch):
    for key, value in QUIET.items():
        monkeypatch.setenv(key, value)


def _dump(items) -> list:
    return [
        x.model_dump() if hasattr(x, "model_dump") else (type(x).__name__, str(x)) for x in items
    ]


def test_a_local_cluster_gives_what_one_process_gives():
    sources = [str(SAMPLES), str(SAMPLES / "missing.txt")]
    here = list(analyze_stream(iter_sources(sources, OPTS), OPTS))
    there = list(analyze_stream(iter_sources(sources, OPTS), OPTS, cluster="local", workers=2))
    assert len(here) == 10 and type(here[-1]).__name__ == "IngestError"
    assert _dump(there) == _dump(here)  # same articles, same order, the bad input in its place
    assert not ray.is_initialized()  # the cluster presslens started is gone again
    for article in there[:-1]:
        assert article.evidence_errors() == []
        assert article.events or article.actors


def _analyse_or_die(raws, options, layers=None):
    # sent to the cluster's workers by value: the document marked CRASH takes its worker
    # process down the hard way, as running out of memory does
    if any("CRASH" in raw.text for raw in raws):
        os._exit(9)
    return analyze_batch(raws, options, layers)


def test_a_document_that_kills_a_cluster_worker_fails_alone(monkeypatch):
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    try:
        monkeypatch.setattr(pipeline, "analyze_batch", _analyse_or_die)
        towns = ["Oslo", "Lima", "CRASH", "Quito", "Hanoi"]
        items = [
            RawDocument(source=f"{n}.txt", text=TEXT.replace("Doha", town))
            for n, town in enumerate(towns)
        ]
        options = Options(layers=("social", "boilerplate"))
        out = list(analyze_stream(iter(items), options, cluster="local", workers=2, chunk=2))
    finally:
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])
    assert [x.source for x in out] == [f"{n}.txt" for n in range(5)]
    kinds = [type(x).__name__ for x in out]
    assert kinds == ["Article"] * 2 + ["AnalysisError"] + ["Article"] * 2
    assert "worker process died" in str(out[2])


def _stream(address: str) -> list:
    return list(analyze_stream(iter([RawDocument(source="a", text=TEXT)]), OPTS, cluster=address))


def test_an_address_that_does_not_answer_is_one_error():
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(ClusterError, match=rf"--ray 127.0.0.1:{port}: nothing answers there"):
        _stream(f"127.0.0.1:{port}")
    for bad in ("somewhere", "host:notaport", ":6379", "localhost:99999", ""):
        with pytest.raises(ClusterError, match="not a Ray address"):
            _stream(bad)
    with pytest.raises(ClusterError, match="Ray Client addresses are not used"):
        _stream("ray://127.0.0.1:10001")


def test_a_server_that_is_not_a_ray_head_is_one_error_not_a_hang():
    # it accepts the connection and never answers (Ray itself would retry for minutes)
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        port = server.getsockname()[1]
        t0 = time.monotonic()
        with pytest.raises(ClusterError, match="nothing answers there .timed out."):
            _stream(f"127.0.0.1:{port}")
        assert time.monotonic() - t0 < 30
    # it answers, in another protocol (a web server on the port)
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        port = server.getsockname()[1]

        def answer() -> None:
            conn, _ = server.accept()
            with conn:
                conn.recv(64)
                conn.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")

        threading.Thread(target=answer, daemon=True).start()
        with pytest.raises(ClusterError, match="what answers there is not a Ray head"):
            _stream(f"127.0.0.1:{port}")
    assert not ray.is_initialized()


def test_local_ignores_ray_address_and_a_stored_stream_starts_nothing(monkeypatch):
    # "local" starts an instance here even when RAY_ADDRESS names another cluster
    monkeypatch.setenv("RAY_ADDRESS", "127.0.0.1:1")
    out = list(analyze_stream(iter([RawDocument(source="a", text=TEXT)]), OPTS, cluster="local"))
    assert [type(x).__name__ for x in out] == ["Article"]
    # nothing to analyse (all stored): no cluster is started or asked, even a bad one
    items = [RawDocument(source=f"{n}", text=TEXT + str(n)) for n in range(10)]
    skipped = list(analyze_stream(iter(items), OPTS, plan=lambda raw: None, cluster="auto"))
    assert skipped == items
    assert not ray.is_initialized()


#: A cluster's head in a process of its own, as an operator's would be; it lives until its
#: standard input closes, and takes its Ray processes (and only those) with it.
HEAD = """
import sys, ray
ray.init(num_cpus=2, include_dashboard=False, logging_level="ERROR")
print(ray.get_runtime_context().gcs_address, flush=True)
sys.stdin.read()
ray.shutdown()
"""


def test_the_cli_analyses_on_a_running_cluster_into_the_store(tmp_path):
    presslens = shutil.which("presslens", path=str(Path(sys.executable).parent))
    assert presslens
    # token authentication off: the address alone must do, as on a private network
    env = {**os.environ, **QUIET, "RAY_AUTH_MODE": "disabled"}
    head = subprocess.Popen(
        [sys.executable, "-c", HEAD],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        address = head.stdout.readline().strip()
        assert address.count(":") == 1, address
        db = tmp_path / "cluster.duckdb"
        run = subprocess.run(
            [presslens, "analyze", str(SAMPLES), str(SAMPLES / "missing.txt")]
            + ["--ray", address, "--db", str(db)],
            check=False,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
    finally:
        head.stdin.close()
        head.wait(timeout=120)
    assert run.returncode == 1, run.stderr  # one input failed, the rest were stored
    errors = [line for line in run.stderr.splitlines() if line.startswith("presslens:")]
    assert len(errors) == 1 and "missing.txt" in errors[0]
    assert "analysed 9 article(s)" in run.stdout
    with Store(db, read_only=True) as store:
        assert len(store.ids()) == 9
        for aid in store.ids():
            assert store.get(aid).evidence_errors() == []
