"""The reader: a news site over the corpus and its JSON API (`create_app`)."""

from newsdesk.serve.app import create_app

__all__ = ["create_app"]
