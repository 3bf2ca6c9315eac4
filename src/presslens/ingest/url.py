"""Fetching an article by URL: timeouts, a size cap, a redirect cap, HTML or text only.

Every hop (the first request and each redirect) is checked by ``urlguard`` so that a page
cannot send presslens to a loopback, private, link-local or metadata address unless the
operator allowed it (``Options.allow_private_urls``).
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urljoin

import httpx

from presslens.ingest import IngestError, RawDocument
from presslens.options import Options

USER_AGENT = "presslens/0.1 (+offline article analysis)"


def _guard(url: str, options: Options) -> None:
    from presslens.ingest import urlguard

    urlguard.check_url(url, allow_private=options.allow_private_urls)


def fetch(url: str, options: Options) -> tuple[bytes, str, str]:
    """(body, content type, final URL) of ``url``; IngestError on any failure."""
    current = url
    timeout = httpx.Timeout(options.url_timeout)
    with httpx.Client(timeout=timeout, follow_redirects=False,
                      headers={"User-Agent": USER_AGENT}) as client:
        for _hop in range(options.url_max_redirects + 1):
            _guard(current, options)
            try:
                with client.stream("GET", current) as response:
                    if response.is_redirect:
                        location = response.headers.get("location")
                        if not location:
                            raise IngestError(url, f"redirect without a Location from {current}")
                        current = urljoin(current, location)
                        continue
                    if response.status_code >= 400:
                        raise IngestError(url, f"HTTP {response.status_code} "
                                               f"{response.reason_phrase}".strip())
                    ctype = response.headers.get("content-type", "").split(";")[0].strip().lower()
                    if ctype and not (ctype.startswith("text/") or "html" in ctype
                                      or ctype in ("application/xml",)):
                        raise IngestError(url, f"not an article: content type {ctype}")
                    declared = response.headers.get("content-length")
                    if declared and declared.isdigit() and int(declared) > options.max_bytes:
                        raise IngestError(url, f"page is {int(declared) / 1e6:.1f} MB, over the "
                                               f"{options.max_bytes / 1e6:.1f} MB limit")
                    body = bytearray()
                    for chunk in response.iter_bytes():
                        body += chunk
                        if len(body) > options.max_bytes:
                            raise IngestError(url, f"page is over the "
                                                   f"{options.max_bytes / 1e6:.1f} MB limit")
                    return bytes(body), ctype, str(response.url)
            except httpx.TimeoutException:
                raise IngestError(url, f"timed out after {options.url_timeout:g} s") from None
            except httpx.HTTPError as exc:
                raise IngestError(url, f"cannot fetch: {exc}") from None
    raise IngestError(url, f"more than {options.url_max_redirects} redirects")


def read_url(url: str, options: Options) -> Iterator[RawDocument]:
    """The article at ``url`` (HTML extracted, plain text kept as it is)."""
    from presslens.ingest.sources import from_bytes

    body, ctype, final = fetch(url, options)
    kind = "text" if ctype == "text/plain" else ("html" if "html" in ctype else None)
    for raw in from_bytes(body, url, options, kind=kind, url=final):
        raw.url = raw.url or final
        yield raw
