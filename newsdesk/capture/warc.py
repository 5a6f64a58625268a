"""WARC / WARC.gz web archives (warcio): every HTML response record is one capture."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newsdesk.records import Capture, PageError

_PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


def is_warc(name: str, head: bytes) -> bool:
    lowered = name.lower()
    return lowered.endswith((".warc", ".warc.gz", ".arc", ".arc.gz")) or head.startswith(b"WARC/")


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def iter_warc(stream: BinaryIO, source: str, limit: int) -> Iterator[Capture | PageError]:
    """Captures for the HTML responses in a WARC stream; other records are skipped. An archive
    with no page in it at all is reported, so it does not pass silently."""
    pages = 0
    try:
        for record in ArchiveIterator(stream, arc2warc=True):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            url = record.rec_headers.get_header("WARC-Target-URI") or source
            status = record.http_headers.get_statuscode()
            ctype = record.http_headers.get_header("Content-Type") or ""
            if not ctype.split(";")[0].strip().lower().startswith(_PAGE_TYPES):
                continue
            if status and not status.startswith("2"):
                continue
            data = record.content_stream().read(limit + 1)
            if len(data) > limit:
                yield PageError(
                    source=url,
                    error=f"{url} in {source}: over the {limit:,}-byte limit",
                    stage="capture",
                )
                continue
            pages += 1
            yield Capture(
                source=url,
                data=data,
                url=url,
                captured_at=_date(record.rec_headers.get_header("WARC-Date")),
                content_type=ctype,
            )
    except ArchiveLoadFailed as exc:
        yield PageError(
            source=source, error=f"{source}: not a readable WARC ({exc})", stage="capture"
        )
        return
    if not pages:
        yield PageError(
            source=source,
            error=f"{source}: no HTML response records in the archive",
            stage="capture",
        )
