"""POST /api/captures: read one uploaded capture (bounded in size) and hand it to corpus ingest."""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any

from fastapi import HTTPException, Request
from starlette.datastructures import UploadFile

from newsdesk.corpus import Store
from newsdesk.records import Capture
from newsdesk.settings import setting


async def _read_bounded(chunks: Any, limit: int) -> bytes:
    data = bytearray()
    async for chunk in chunks:
        data.extend(chunk)
        if len(data) > limit:
            raise HTTPException(
                413, f"capture larger than {limit} bytes (NEWSDESK_MAX_CAPTURE_BYTES)"
            )
    return bytes(data)


async def _upload_chunks(upload: UploadFile) -> Any:
    while chunk := await upload.read(1 << 16):
        yield chunk


def _when(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise HTTPException(
            422, f"captured_at: {value!r} is not an ISO-8601 date or datetime"
        ) from None


async def read_upload(request: Request) -> Capture:
    """The capture in the request: a raw body or a multipart `file` field, with provenance."""
    limit = int(setting("max_capture_bytes"))
    params = request.query_params
    ctype = request.headers.get("content-type", "")
    if ctype.startswith("multipart/form-data"):
        form = await request.form(max_files=1, max_fields=10)
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            raise HTTPException(422, "file: the multipart form needs a 'file' field with the page")
        data = await _read_bounded(_upload_chunks(upload), limit)
        fields = {k: v for k, v in form.items() if isinstance(v, str)}
        source = fields.get("source") or params.get("source") or upload.filename or ""
        url = fields.get("url") or params.get("url")
        when = fields.get("captured_at") or params.get("captured_at")
        content_type = upload.content_type
    else:
        data = await _read_bounded(request.stream(), limit)
        source, url, when = params.get("source", ""), params.get("url"), params.get("captured_at")
        content_type = ctype or None
    if not data.strip():
        raise HTTPException(422, "the capture is empty: send the page as the request body")
    source = source or url or "upload"
    return Capture(source=source, data=data, url=url, captured_at=_when(when),
                   content_type=content_type)  # fmt: skip


def ingest_capture(store: Store, capture: Capture) -> dict[str, Any]:
    """Store one capture through the corpus ingest pipeline (raw bytes first, then extract,
    enrich, write and the post-ingest hooks such as story clustering); report what came of it."""
    from newsdesk.corpus.ingest import ingest_captures

    report = ingest_captures([capture], store=store, workers=1)
    return {"sha256": capture.sha256, "source": capture.source, **report.to_dict()}


async def ingest_upload(request: Request) -> dict[str, Any]:
    capture = await read_upload(request)
    # Ingest parses and may enrich: off the event loop, so other requests keep being served.
    return await asyncio.to_thread(ingest_capture, request.app.state.store, capture)
