"""HTTP-level protections: security headers, request size limit, host and origin checks.

Article text is untrusted, so the pages run only our own scripts (``script-src 'self'``, no
inline script), are never framed, and the browser is told not to sniff content types.  The
server listens on 127.0.0.1, but a web page the user visits can still aim requests at it: a
Host check stops DNS-rebinding pages, and an Origin check stops cross-site form posts from
making the server fetch or store anything.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from urllib.parse import urlsplit

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; "
    "frame-ancestors 'none'"
)

SECURITY_HEADERS: list[tuple[bytes, bytes]] = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]

#: Host names the app answers to by default (it is bound to 127.0.0.1).
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")

SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


async def _send_error(send: Send, status: int, message: str) -> None:
    body = json.dumps({"detail": message}).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        *SECURITY_HEADERS,
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _host_only(value: str) -> str:
    """``[::1]:8000`` -> ``::1``; ``example.org:80`` -> ``example.org``."""
    try:
        return (urlsplit("//" + value).hostname or "").lower()
    except ValueError:
        return ""


class Guard:
    """ASGI middleware: security headers on every response, plus host, origin and size checks."""

    def __init__(
        self,
        app: ASGIApp,
        max_body_bytes: int,
        allowed_hosts: Iterable[str] = LOCAL_HOSTS,
    ):
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.allowed_hosts = {h.lower().strip("[]") for h in allowed_hosts}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        host = headers.get("host", "")
        if "*" not in self.allowed_hosts and _host_only(host) not in self.allowed_hosts:
            await _send_error(send, 400, f"host {host!r} is not served here")
            return
        origin = headers.get("origin")
        if scope["method"] not in SAFE_METHODS and origin:
            if origin == "null":
                await _send_error(send, 403, "request from an opaque origin refused")
                return
            if urlsplit(origin).netloc.lower() != host.lower():
                await _send_error(send, 403, f"cross-origin request from {origin} refused")
                return
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_body_bytes:
            await _send_error(
                send, 413, f"request body is {declared} bytes; the limit is {self.max_body_bytes}"
            )
            return

        received = 0
        too_large = False

        async def limited_receive() -> Message:
            # A chunked body has no Content-Length: count as it arrives.
            nonlocal received, too_large
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body_bytes:
                    too_large = True
                    raise BodyTooLarge(self.max_body_bytes)
            return message

        started = False
        replaced = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started, replaced
            if replaced:
                return
            if message["type"] == "http.response.start":
                if too_large:
                    # The framework turned our exception into its own error: say what happened.
                    replaced = True
                    await _send_error(send, 413, too_large_message)
                    return
                started = True
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in SECURITY_HEADERS if k not in names]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        too_large_message = f"request body is over the {self.max_body_bytes}-byte limit"
        try:
            await self.app(scope, limited_receive, send_with_headers)
        except Exception:
            if not too_large:
                raise
            if not started and not replaced:
                await _send_error(send, 413, too_large_message)


class BodyTooLarge(Exception):
    """Raised inside the app when a request body passes the size limit."""
