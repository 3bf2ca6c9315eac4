"""HTTP API and web UI over the store (``presslens serve``)."""

from presslens.web.app import create_app

__all__ = ["create_app"]
