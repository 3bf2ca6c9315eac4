"""SSRF guard for fetching article URLs: refuse addresses a public web page never lives at.

A URL given to presslens (on the command line or through the HTTP API) is fetched from the
machine presslens runs on, which can usually reach things the user cannot: the loopback
interface, the private network, and the cloud metadata service at 169.254.169.254.  The guard
refuses those unless the operator allows private addresses.

The check runs on the *resolved* addresses, inside the connection itself: ``GuardedBackend``
resolves the host, checks every address, and connects to the checked address, so a DNS answer
that changes between the check and the connection (DNS rebinding) cannot slip through.
Redirects are followed by hand, and each hop goes through the same backend.
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import ssl
import threading
import typing
from dataclasses import dataclass
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

import httpcore

from presslens.ingest import IngestError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

#: Addresses of cloud metadata services, named so the refusal says what was hit.
METADATA_ADDRESSES: dict[IPAddress, str] = {
    ipaddress.ip_address("169.254.169.254"): "cloud metadata service (AWS, GCP, Azure, ...)",
    ipaddress.ip_address("169.254.170.2"): "container metadata service (AWS ECS)",
    ipaddress.ip_address("100.100.100.200"): "cloud metadata service (Alibaba)",
    ipaddress.ip_address("fd00:ec2::254"): "cloud metadata service (AWS, IPv6)",
}

#: Ranges the ``ipaddress`` flags miss or name too loosely, with the reason reported.
_EXTRA_REFUSED: list[tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, str]] = [
    (ipaddress.ip_network("0.0.0.0/8"), "'this network' address"),
    (ipaddress.ip_network("100.64.0.0/10"), "carrier-grade NAT (shared) address"),
    (ipaddress.ip_network("192.0.0.0/24"), "IETF protocol assignment address"),
    (ipaddress.ip_network("198.18.0.0/15"), "benchmarking address"),
    (ipaddress.ip_network("64:ff9b:1::/48"), "local-use NAT64 address"),
]


class BadUrl(IngestError):
    """A URL that is malformed or of a kind presslens does not fetch (the asker's mistake)."""


class UrlRefused(IngestError):
    """A URL that the SSRF guard will not fetch; ``reason`` says which address and why."""


def address_problem(address: str | IPAddress) -> str | None:
    """Why ``address`` may not be fetched without permission, or None if it is public."""
    ip = ipaddress.ip_address(address) if isinstance(address, str) else address
    if isinstance(ip, ipaddress.IPv6Address):
        # An IPv4 address wrapped in IPv6 reaches the IPv4 host: judge that one.
        if ip.ipv4_mapped is not None:
            return address_problem(ip.ipv4_mapped)
        if ip.sixtofour is not None:
            return address_problem(ip.sixtofour)
        if ip.teredo is not None:
            return address_problem(ip.teredo[1])
        if ip in ipaddress.ip_network("64:ff9b::/96"):
            return address_problem(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    if ip in METADATA_ADDRESSES:
        return METADATA_ADDRESSES[ip]
    if ip.is_loopback:
        return "loopback address"
    if ip.is_unspecified:
        return "unspecified address"
    if ip.is_link_local:
        return "link-local address"
    if ip.is_multicast:
        return "multicast address"
    if isinstance(ip, ipaddress.IPv6Address) and ip.is_site_local:
        return "site-local address"
    for network, reason in _EXTRA_REFUSED:
        if ip.version == network.version and ip in network:
            return reason
    if ip.is_reserved:
        return "reserved address"
    if ip.is_private:
        return "private address"
    if not ip.is_global:
        return "non-public address"
    return None


Networks = typing.Iterable[str | ipaddress.IPv4Network | ipaddress.IPv6Network]


def check_address(
    address: str | IPAddress,
    host: str = "",
    allow_private: bool = False,
    allowed_networks: Networks = (),
) -> None:
    """Raise UrlRefused when ``address`` (resolved from ``host``) is not a public address.

    ``allowed_networks`` lets chosen non-public networks through (an intranet news server)
    while every other private address stays refused.
    """
    if allow_private:
        return
    ip = ipaddress.ip_address(address) if isinstance(address, str) else address
    for net in allowed_networks:
        network = ipaddress.ip_network(net, strict=False) if isinstance(net, str) else net
        if ip.version == network.version and ip in network:
            return
    problem = address_problem(ip)
    if problem:
        via = f" ({host} resolves to it)" if host and host != str(address) else ""
        raise UrlRefused(
            host or str(address),
            f"refused to fetch: {address} is a {problem}{via} "
            "(the operator can allow private addresses with --allow-private-urls)",
        )


def resolve(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to (IP literals resolve to themselves)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise IngestError(host, f"cannot resolve host: {exc.strerror or exc}") from exc
    except UnicodeError as exc:  # "a..b.com", a label over 63 characters
        raise BadUrl(host, f"not a valid host name: {exc}") from exc
    seen: list[str] = []
    for *_, sockaddr in infos:
        addr = str(sockaddr[0]).split("%", 1)[0]  # drop an IPv6 zone id
        if addr not in seen:
            seen.append(addr)
    return seen


class GuardedBackend(httpcore.SyncBackend):
    """httpcore network backend that connects only to addresses the guard accepts."""

    def __init__(self, allow_private: bool = False, allowed_networks: Networks = ()):
        self.allow_private = allow_private
        self.allowed_networks = list(allowed_networks)
        self._sockets: list[socket.socket] = []
        self._lock = threading.RLock()
        #: set when ``cut`` ended the fetch at its deadline
        self.expired = False

    def cut(self) -> None:
        """Shut every connection down: a read blocked on a server that drips its answer one
        header line at a time (each line resets the per-read timeout) ends at once."""
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = resolve(host, port)
        # Every answer must pass: otherwise which one we connect to would decide safety.
        for addr in addresses:
            check_address(addr, host, self.allow_private, self.allowed_networks)
        last: Exception | None = None
        for addr in addresses:
            try:
                stream = super().connect_tcp(addr, port, timeout, local_address, socket_options)
            except httpcore.ConnectError as exc:
                last = exc
                continue
            sock = stream.get_extra_info("socket")
            if sock is not None:
                with self._lock:
                    self._sockets.append(sock)
                    if self.expired:
                        self.cut()
            return stream
        raise last or httpcore.ConnectError(f"cannot connect to {host}")


@dataclass
class Fetched:
    """The body of a fetched URL and where it finally came from."""

    url: str
    status: int
    content_type: str
    content: bytes


def ascii_url(url: str) -> str:
    """``url`` as HTTP sends it: an internationalised host in IDNA ("xn--..."), other
    non-ASCII characters percent-encoded; BadUrl when it cannot be."""
    if url.isascii():
        return url
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        host = host.encode("idna").decode("ascii") if not host.isascii() else host
        port = parts.port
    except (ValueError, UnicodeError) as exc:
        raise BadUrl(url, f"not a valid URL: {exc}") from exc
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc += f":{port}"
    keep = "/%:@!$&'()*+,;=?~-._"
    return urlunsplit(
        (
            parts.scheme,
            netloc,
            quote(parts.path, safe=keep),
            quote(parts.query, safe=keep),
            quote(parts.fragment, safe=keep),
        )
    )


def check_url(url: str) -> tuple[str, str, int]:
    """Scheme, host and port of an http(s) URL; BadUrl for anything else."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise BadUrl(url, f"not a valid URL: {exc}") from exc
    if parts.scheme not in ("http", "https"):
        raise BadUrl(url, "only http and https URLs can be fetched")
    if not parts.hostname:
        raise BadUrl(url, "the URL has no host")
    if parts.username or parts.password:
        raise BadUrl(url, "URLs with credentials are not fetched")
    return parts.scheme, parts.hostname, port or (443 if parts.scheme == "https" else 80)


@contextlib.contextmanager
def _deadline(backend: GuardedBackend, seconds: float):
    """Cut the backend's connections when ``seconds`` have passed."""
    watchdog = threading.Timer(seconds, backend.cut)
    watchdog.daemon = True
    watchdog.start()
    try:
        yield
    finally:
        watchdog.cancel()


def fetch(
    url: str,
    *,
    allow_private: bool = False,
    timeout: float = 10.0,
    max_redirects: int = 5,
    max_bytes: int = 20_000_000,
    user_agent: str = "presslens",
    allowed_networks: Networks = (),
) -> Fetched:
    """GET ``url`` through the guard, following redirects by hand; IngestError on failure.

    ``timeout`` bounds each read and, through a watchdog that shuts the connection
    (``_deadline``), the whole fetch: redirects and a server that drips its answer included."""
    backend = GuardedBackend(allow_private, allowed_networks)
    ssl_context = ssl.create_default_context()
    current = url
    with (
        _deadline(backend, timeout),
        httpcore.ConnectionPool(ssl_context=ssl_context, network_backend=backend) as pool,
    ):
        for _hop in range(max_redirects + 1):
            current = ascii_url(current)
            check_url(current)
            headers = [
                (b"User-Agent", user_agent.encode()),
                (b"Accept", b"text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5"),
            ]
            ext = {"timeout": {k: timeout for k in ("connect", "read", "write", "pool")}}
            try:
                with pool.stream("GET", current, headers=headers, extensions=ext) as resp:
                    hdrs = {
                        k.decode("latin-1").lower(): v.decode("latin-1") for k, v in resp.headers
                    }
                    if resp.status in (301, 302, 303, 307, 308) and "location" in hdrs:
                        current = urljoin(current, hdrs["location"])
                        continue
                    if resp.status >= 400:
                        raise IngestError(url, f"the server answered HTTP {resp.status}")
                    declared = hdrs.get("content-length", "")
                    if declared.isdigit() and int(declared) > max_bytes:
                        raise IngestError(url, f"page is {declared} bytes; limit {max_bytes}")
                    body = bytearray()
                    for chunk in resp.iter_stream():
                        body += chunk
                        if len(body) > max_bytes:
                            raise IngestError(
                                url, f"page is larger than the {max_bytes}-byte limit"
                            )
                    return Fetched(current, resp.status, hdrs.get("content-type", ""), bytes(body))
            except httpcore.TimeoutException as exc:
                raise IngestError(url, f"timed out after {timeout:g} s") from exc
            except (httpcore.ConnectError, httpcore.NetworkError, httpcore.ProtocolError) as exc:
                if backend.expired:
                    raise IngestError(url, f"timed out after {timeout:g} s") from exc
                raise IngestError(url, f"cannot fetch: {exc or type(exc).__name__}") from exc
            except httpcore.UnsupportedProtocol as exc:
                raise IngestError(url, f"cannot fetch: {exc}") from exc
    raise IngestError(url, f"more than {max_redirects} redirects")
