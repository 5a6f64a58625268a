"""Read captures from files, directories and stdin; gzip is undone here, transparently."""

from __future__ import annotations

import gzip
import io
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsdesk.records import Capture, PageError
from newsdesk.settings import setting


class CaptureError(Exception):
    """A capture could not be read; the message names the input and the problem."""


def _limit() -> int:
    return int(setting("max_capture_bytes"))


def _gunzip(data: bytes, source: str, limit: int) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            out = stream.read(limit + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise CaptureError(f"{source}: corrupt gzip data ({exc})") from exc
    if len(out) > limit:
        raise CaptureError(
            f"{source}: larger than the {limit:,}-byte limit once decompressed "
            "(set NEWSDESK_MAX_CAPTURE_BYTES to raise it)"
        )
    return out


def decode_bytes(data: bytes, source: str, limit: int | None = None) -> bytes:
    """Undo gzip if the bytes are gzip; enforce the size limit either way."""
    limit = _limit() if limit is None else limit
    if len(data) > limit:
        raise CaptureError(
            f"{source}: {len(data):,} bytes is over the {limit:,}-byte limit "
            "(set NEWSDESK_MAX_CAPTURE_BYTES to raise it)"
        )
    if data[:2] == b"\x1f\x8b":
        return _gunzip(data, source, limit)
    return data


def read_capture(path: str | Path, limit: int | None = None) -> Capture:
    """One file (or `-` for stdin) as a Capture; raises CaptureError with a clear reason."""
    source = str(path)
    limit = _limit() if limit is None else limit
    if source == "-":
        data = sys.stdin.buffer.read(limit + 1)
        return Capture(source="-", data=decode_bytes(data, "<stdin>", limit))
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > limit:
            raise CaptureError(
                f"{source}: {size:,} bytes is over the {limit:,}-byte limit "
                "(set NEWSDESK_MAX_CAPTURE_BYTES to raise it)"
            )
        data = p.read_bytes()
    except FileNotFoundError as exc:
        raise CaptureError(f"{source}: no such file") from exc
    except IsADirectoryError as exc:
        raise CaptureError(f"{source}: is a directory") from exc
    except PermissionError as exc:
        raise CaptureError(f"{source}: permission denied") from exc
    return Capture(source=source, data=decode_bytes(data, source, limit))


def _is_documentation(path: Path) -> bool:
    """Files that travel with a folder of captures but are not captures: hidden files, READMEs,
    licences and Markdown notes. Only skipped when walking a directory; named files are read."""
    name = path.name.lower()
    return name.startswith(".") or name.endswith(".md") or name.startswith(("readme", "license"))


def expand_paths(paths: Iterable[str | Path]) -> Iterator[str]:
    """Files as given, directories recursed in sorted order, `-` kept as stdin."""
    for path in paths:
        source = str(path)
        p = Path(source)
        if source != "-" and p.is_dir():
            for child in sorted(p.rglob("*")):
                if child.is_file() and not _is_documentation(child):
                    yield str(child)
        else:
            yield source


def iter_captures(paths: Iterable[str | Path]) -> Iterator[Capture | PageError]:
    """Every input as a Capture, or a PageError naming why it could not be read."""
    for source in expand_paths(paths):
        try:
            yield read_capture(source)
        except CaptureError as exc:
            yield PageError(source=source, error=str(exc), stage="capture")
