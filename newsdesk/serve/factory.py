"""An app factory for uvicorn's multi-process mode, which builds the app inside each worker."""

from __future__ import annotations

from fastapi import FastAPI

from newsdesk.serve.app import create_app
from newsdesk.settings import setting


def app_from_settings() -> FastAPI:
    """The reader over NEWSDESK_DB, with writes enabled by NEWSDESK_TOKEN."""
    return create_app(str(setting("db")), str(setting("token")) or None)
