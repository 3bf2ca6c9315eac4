"""Shared fixtures: the ../shared data folder and a real local HTTP server."""

from __future__ import annotations

import threading
import time
import typing
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data, or skip the test with the reason."""
    path = SHARED / "data"
    if not path.is_dir():
        pytest.skip(f"{path} is missing: the shared reference data is not laid beside the repo")
    return path


ARTICLE_HTML = b"""<!doctype html><html><head><title>Ministers meet in Vienna</title>
<meta property="og:site_name" content="Test Wire"></head><body><nav>Home | World</nav>
<article><h1>Ministers meet in Vienna</h1>
<p>Foreign ministers from both countries met in Vienna on Tuesday to discuss the ceasefire,
officials said, and agreed to meet again next month.</p>
<p>"We made progress," the Austrian foreign minister told reporters after the talks.</p>
</article><footer>All rights reserved.</footer></body></html>"""


class _Handler(BaseHTTPRequestHandler):
    routes: typing.ClassVar[dict] = {}

    def log_message(self, *args) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:
        route = self.routes.get(self.path)
        if route is None:
            self.send_response(404)
            self.end_headers()
            self.wfile.write(b"not found")
            return
        status, ctype, body, delay = route
        if delay:
            time.sleep(delay)
        self.send_response(status)
        if status in (301, 302):
            self.send_header("Location", body.decode())
            self.end_headers()
            return
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass


@pytest.fixture(scope="session")
def http_server():
    """A real HTTP server on 127.0.0.1 with article, slow, 404, binary and redirect routes."""
    routes = {
        "/article.html": (200, "text/html; charset=utf-8", ARTICLE_HTML, 0),
        "/plain.txt": (
            200,
            "text/plain; charset=utf-8",
            b"Talks resume\n\nThe delegations met again on Friday.",
            0,
        ),
        "/slow.html": (200, "text/html", ARTICLE_HTML, 3),
        "/image.png": (200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(200), 0),
        "/moved": (302, "", b"/article.html", 0),
        "/loop": (302, "", b"/loop", 0),
    }
    handler = type("Handler", (_Handler,), {"routes": routes})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
