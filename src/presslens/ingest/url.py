"""Fetching an article by URL: timeouts, a size cap, a redirect cap, HTML or text only.

The fetch itself is ``urlguard.fetch``: every hop is checked on its resolved addresses, so a
page cannot send presslens to a loopback, private, link-local or metadata address unless the
operator allowed it (``Options.allow_private_urls``).
"""

from __future__ import annotations

from collections.abc import Iterator

from presslens.ingest import IngestError, RawDocument, urlguard
from presslens.options import Options

USER_AGENT = "presslens/0.1 (+offline article analysis)"


def read_url(url: str, options: Options) -> Iterator[RawDocument]:
    """The article at ``url`` (HTML extracted, plain text kept as it is)."""
    from presslens.ingest.sources import from_bytes

    page = urlguard.fetch(
        url,
        allow_private=options.allow_private_urls,
        timeout=options.url_timeout,
        max_redirects=options.url_max_redirects,
        max_bytes=options.max_bytes,
        user_agent=USER_AGENT,
    )
    ctype = page.content_type.split(";")[0].strip().lower()
    if ctype and not (ctype.startswith("text/") or "html" in ctype or "xml" in ctype):
        raise IngestError(url, f"not an article: content type {ctype}")
    kind = "text" if ctype == "text/plain" else ("html" if "html" in ctype else None)
    for raw in from_bytes(page.content, url, options, kind=kind, url=page.url):
        raw.url = raw.url or page.url
        yield raw
