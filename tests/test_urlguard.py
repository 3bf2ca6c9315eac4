"""The SSRF guard: address rules (no traffic sent) and a real server on 127.0.0.1."""

from __future__ import annotations

import ipaddress
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from presslens.ingest import IngestError
from presslens.ingest.urlguard import (
    BadUrl,
    GuardedBackend,
    UrlRefused,
    address_problem,
    ascii_url,
    check_address,
    check_url,
    fetch,
)


@pytest.mark.parametrize(
    ("address", "problem"),
    [
        ("127.0.0.1", "loopback address"),
        ("127.8.9.10", "loopback address"),
        ("::1", "loopback address"),
        ("10.0.0.5", "private address"),
        ("172.16.4.1", "private address"),
        ("172.31.255.254", "private address"),
        ("192.168.1.1", "private address"),
        ("fc00::1", "private address"),
        ("fd12:3456::1", "private address"),
        ("169.254.1.1", "link-local address"),
        ("fe80::1", "link-local address"),
        ("169.254.169.254", "cloud metadata service (AWS, GCP, Azure, ...)"),
        ("fd00:ec2::254", "cloud metadata service (AWS, IPv6)"),
        ("169.254.170.2", "container metadata service (AWS ECS)"),
        ("100.100.100.200", "cloud metadata service (Alibaba)"),
        ("100.64.0.1", "carrier-grade NAT (shared) address"),
        ("0.0.0.0", "unspecified address"),
        ("::", "unspecified address"),
        ("224.0.0.251", "multicast address"),
        ("ff02::1", "multicast address"),
        ("240.0.0.1", "reserved address"),
        ("255.255.255.255", "reserved address"),
        ("198.18.0.1", "benchmarking address"),
        # IPv4 hidden in IPv6 is judged as the IPv4 host it reaches
        ("::ffff:127.0.0.1", "loopback address"),
        ("::ffff:169.254.169.254", "cloud metadata service (AWS, GCP, Azure, ...)"),
        ("64:ff9b::a00:1", "private address"),
        ("2002:c0a8:0101::1", "private address"),
    ],
)
def test_non_public_addresses_are_named(address, problem):
    assert address_problem(address) == problem
    with pytest.raises(UrlRefused) as info:
        check_address(address, "news.example")
    assert f"{address} is a {problem}" in str(info.value)
    assert "--allow-private-urls" in str(info.value)


@pytest.mark.parametrize(
    "address", ["93.184.215.14", "8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "2a00:1450::1"]
)
def test_public_addresses_pass(address):
    assert address_problem(address) is None
    check_address(address)  # no exception


def test_allowing_private_addresses():
    check_address("10.1.2.3", allow_private=True)
    check_address("169.254.169.254", allow_private=True)
    # an allowed network opens only itself
    check_address("10.1.2.3", allowed_networks=["10.1.0.0/16"])
    with pytest.raises(UrlRefused):
        check_address("10.2.0.1", allowed_networks=["10.1.0.0/16"])
    with pytest.raises(UrlRefused):
        check_address("169.254.169.254", allowed_networks=[ipaddress.ip_network("10.0.0.0/8")])


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("ftp://example.org/a", "only http and https"),
        ("file:///etc/passwd", "only http and https"),
        ("http:///path", "no host"),
        ("http://user:pw@example.org/", "credentials"),
        ("http://example.org:99999/", "not a valid URL"),
    ],
)
def test_urls_that_are_not_fetched(url, reason):
    with pytest.raises(IngestError) as info:
        check_url(url)
    assert reason in str(info.value)


def test_metadata_address_refused_before_any_connection():
    # The refusal is raised inside connect_tcp before a socket exists: no packet leaves.
    backend = GuardedBackend()
    for host in ("169.254.169.254", "fd00:ec2::254", "10.0.0.1"):
        with pytest.raises(UrlRefused):
            backend.connect_tcp(host, 80, timeout=0.5)


# --- a real server on 127.0.0.1 ------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        if self.path == "/to-metadata":
            self.send_response(302)
            self.send_header("Location", "http://169.254.169.254/latest/meta-data/")
            self.end_headers()
            return
        if self.path == "/to-ten":
            self.send_response(301)
            self.send_header("Location", "http://10.0.0.1/admin")
            self.end_headers()
            return
        if self.path == "/hop":
            self.send_response(307)
            self.send_header("Location", "/page")
            self.end_headers()
            return
        if self.path in ("/drip-headers", "/drip-body"):
            # a server that answers one header line (or body byte) at a time, each within
            # the per-read timeout: only a deadline on the whole fetch ends it
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            if self.path == "/drip-body":
                self.send_header("Content-Length", "40")
                self.end_headers()
            else:
                self.flush_headers()
            try:
                for _ in range(40):
                    self.wfile.write(b"X-Drip: 1\r\n" if self.path == "/drip-headers" else b"x")
                    self.wfile.flush()
                    time.sleep(0.1)
            except OSError:
                pass
            return
        body = b"Talks resumed on Friday."
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def local_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


def test_local_server_refused_unless_allowed(local_server):
    url = f"http://127.0.0.1:{local_server}/page"
    with pytest.raises(UrlRefused) as info:
        fetch(url)
    assert "127.0.0.1 is a loopback address" in str(info.value)
    # a name that resolves to loopback is refused on its resolved address
    with pytest.raises(UrlRefused) as info:
        fetch(f"http://localhost:{local_server}/page")
    assert "localhost resolves to it" in str(info.value)
    page = fetch(url, allow_private=True)
    assert page.status == 200 and page.content == b"Talks resumed on Friday."
    hopped = fetch(f"http://127.0.0.1:{local_server}/hop", allow_private=True)
    assert hopped.url == url


def test_redirects_are_checked_on_every_hop(local_server):
    # The operator lets this one loopback address through, and nothing else.
    allowed = ["127.0.0.1/32"]
    page = fetch(f"http://127.0.0.1:{local_server}/hop", allowed_networks=allowed)
    assert page.content == b"Talks resumed on Friday."
    with pytest.raises(UrlRefused) as info:
        fetch(f"http://127.0.0.1:{local_server}/to-metadata", allowed_networks=allowed)
    assert "169.254.169.254 is a cloud metadata service" in str(info.value)
    with pytest.raises(UrlRefused) as info:
        fetch(f"http://127.0.0.1:{local_server}/to-ten", allowed_networks=allowed)
    assert "10.0.0.1 is a private address" in str(info.value)


def test_size_and_redirect_limits(local_server):
    with pytest.raises(IngestError) as info:
        fetch(f"http://127.0.0.1:{local_server}/page", allow_private=True, max_bytes=5)
    assert "limit 5" in str(info.value)
    with pytest.raises(IngestError) as info:
        fetch(f"http://127.0.0.1:{local_server}/hop", allow_private=True, max_redirects=0)
    assert "more than 0 redirects" in str(info.value)


@pytest.mark.parametrize("path", ["/drip-headers", "/drip-body"])
def test_timeout_bounds_the_whole_fetch(local_server, path):
    started = time.monotonic()
    with pytest.raises(IngestError, match=r"timed out after 0.5 s"):
        fetch(f"http://127.0.0.1:{local_server}{path}", allow_private=True, timeout=0.5)
    assert time.monotonic() - started < 3  # the server would drip for 4 s


def test_non_ascii_urls_are_encoded_or_refused():
    assert ascii_url("http://example.org/ü?q=é") == "http://example.org/%C3%BC?q=%C3%A9"
    assert ascii_url("http://ünï.example:8080/a") == "http://xn--n-nga1b.example:8080/a"
    assert ascii_url("http://example.org/plain") == "http://example.org/plain"
    for bad in ("http://a..b.com/", "http://" + "a" * 64 + ".com/"):
        with pytest.raises(BadUrl, match="not a valid host name"):
            fetch(bad)
    with pytest.raises(UrlRefused):  # the guard still sees the address behind the encoding
        fetch("http://10.0.0.1/ü")
