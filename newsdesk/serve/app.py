"""The reader application: `create_app(db_url, token=None)` builds the site and its JSON API."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import anyio.to_thread
from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsdesk.corpus import open_store
from newsdesk.serve import api, pages
from newsdesk.serve.reader import Reader
from newsdesk.serve.security import SecurityHeaders
from newsdesk.serve.views import templates

STATIC_DIR = Path(__file__).parent / "static"
# Worker threads for the sync routes: one per core (at least 2, so SQLite waits overlap).
SERVER_THREADS = max(2, os.cpu_count() or 2)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for error in exc.errors():
        where = ".".join(str(p) for p in error.get("loc", ()) if p not in ("query", "path", "body"))
        parts.append(f"{where or 'request'}: {error.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def error_response(
    request: Request, status: int, message: str, headers: dict | None = None
) -> Response:
    """Errors as JSON ({"error": {...}}) under /api, as a page everywhere else."""
    if _wants_json(request):
        return JSONResponse(
            {"error": {"status": status, "message": message}}, status_code=status, headers=headers
        )
    return templates.TemplateResponse(
        request, "error.html", {"status": status, "message": message}, status_code=status
    )


def create_app(db_url: str, token: str | None = None, *, cache_seconds: float = 30.0) -> FastAPI:
    """The reader site and API over the corpus at `db_url`.

    `token` enables writes (POST /api/captures) for requests carrying it as a bearer token;
    without one, writes answer 403. The database is migrated on open, so a fresh path works.
    """
    store = open_store(db_url)
    engine = store.engine

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # Pages are CPU-bound Python between short SQLite calls: a thread per core keeps the
        # cores busy, more only fight over the GIL (bench/serve.py, 8 connections, 2 cores:
        # story pages 58 req/s with anyio's default 40 threads, 70 with 4, 84 with 2).
        anyio.to_thread.current_default_thread_limiter().total_tokens = SERVER_THREADS
        yield
        engine.dispose()

    app = FastAPI(
        lifespan=lifespan,
        title="newsdesk",
        summary="A cross-outlet record of captured news: articles, stories, quotes, counts.",
        version="0.1.0",
        docs_url=None,  # the Swagger and ReDoc pages load their assets from a CDN
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.db_url = db_url
    app.state.store = store
    app.state.reader = Reader(engine, cache_seconds=cache_seconds)
    app.state.token = token or None
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}"
        return error_response(request, exc.status_code, message, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        return error_response(request, 422, _validation_message(exc))

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception) -> Response:
        # Never a stack trace to the client: the type names the problem for whoever reads the log.
        return error_response(request, 500, f"internal error ({type(exc).__name__})")

    return app


__all__ = ["HTTPException", "create_app"]
