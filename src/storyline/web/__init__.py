"""The web UI and JSON API over a knowledge base (``storyline serve``)."""

from storyline.web.app import create_app

__all__ = ["create_app"]
