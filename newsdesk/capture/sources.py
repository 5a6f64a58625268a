"""Turn every SOURCE given to `newsdesk ingest` into captures: files, directories, globs, gzip,
stdin, news-please JSON/JSONL, RSS/Atom feeds (file or URL, entry links followed), WARC archives
and URLs. Whatever cannot be read becomes a PageError naming the source and the reason, and the
other sources go on.
"""

from __future__ import annotations

import functools
import glob
import gzip
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from newsdesk.capture.feeds import looks_like_feed, parse_feed
from newsdesk.capture.fetch import FetchError, Resolver, fetch, make_client, resolve_host
from newsdesk.capture.files import CaptureError, expand_paths, read_capture
from newsdesk.capture.newsplease import (
    is_newsplease_file,
    iter_newsplease,
    iter_newsplease_lines,
)
from newsdesk.capture.warc import is_warc, iter_warc
from newsdesk.records import Capture, PageError
from newsdesk.settings import setting


@dataclass
class SourceOptions:
    follow: bool = True  # fetch the link of every feed entry
    allow_private: bool = False
    transport: httpx.BaseTransport | None = None  # seam for tests (httpx.MockTransport)
    resolve: Resolver = field(default=resolve_host)
    exclude: frozenset[str] = frozenset()  # resolved paths never read (the database's own files)


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def _expand(sources: Iterable[str]) -> Iterator[str]:
    for source in sources:
        if source == "-" or is_url(source) or Path(source).exists():
            yield from expand_paths([source])
        elif glob.has_magic(source):
            matches = sorted(glob.glob(source, recursive=True))
            if not matches:
                yield source  # read_capture will report "no such file"
            yield from expand_paths(matches)
        else:
            yield source


class _Fetcher:
    def __init__(self, options: SourceOptions) -> None:
        self.options = options
        self._client: httpx.Client | None = None

    def __call__(self, url: str) -> Capture | PageError:
        if self._client is None:
            self._client = make_client(self.options.transport)
        try:
            return fetch(
                url,
                self._client,
                allow_private=self.options.allow_private,
                resolve=self.options.resolve,
            )
        except FetchError as exc:
            return PageError(source=url, error=str(exc), stage="fetch")

    def close(self) -> None:
        if self._client is not None:
            self._client.close()


def _from_bytes(
    capture: Capture, fetcher: _Fetcher, options: SourceOptions
) -> Iterator[Capture | PageError]:
    """A capture read whole; feeds, JSON and WARC data are opened up into their parts."""
    head = capture.data[:4096]
    name = capture.source
    if is_warc(name, head):
        import io

        yield from iter_warc(io.BytesIO(capture.data), name, int(setting("max_capture_bytes")))
        return
    json_on_stdin = name == "-" and head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"[")
    if is_newsplease_file(name, head) or json_on_stdin:
        yield from iter_newsplease(capture.data, name)
        return
    yield capture
    if looks_like_feed(capture.data) and options.follow:
        try:
            _title, entries = parse_feed(capture.data, capture.url)
        except ValueError as exc:
            yield PageError(source=name, error=f"{name}: {exc}", stage="capture")
            return
        for entry in entries:
            if entry.link and is_url(entry.link):
                # Stored as fetched; a feed that links to a feed is not followed further.
                yield fetcher(entry.link)


def _jsonl_file(source: str) -> Iterator[Capture | PageError]:
    opener = gzip.open if source.lower().endswith(".gz") else open
    try:
        with opener(source, "rb") as lines:
            yield from iter_newsplease_lines(lines, source)
    except (OSError, EOFError) as exc:
        yield PageError(source=source, error=f"{source}: cannot read ({exc})", stage="capture")


@functools.cache
def _names(paths: frozenset[str]) -> frozenset[str]:
    return frozenset(Path(p).name for p in paths)


def _excluded(source: str, exclude: frozenset[str]) -> bool:
    if not exclude or source == "-" or is_url(source):
        return False
    path = Path(source)
    # Resolving costs a system call per path component; only a file of an excluded name, or a
    # symlink (which may point at one), can resolve to an excluded path.
    if path.name not in _names(exclude) and not path.is_symlink():
        return False
    return str(path.resolve()) in exclude


def iter_source_captures(
    sources: Iterable[str], options: SourceOptions | None = None
) -> Iterator[Capture | PageError]:
    """Every capture behind the given sources, in order, or a PageError for each failure."""
    options = options or SourceOptions()
    fetcher = _Fetcher(options)
    limit = int(setting("max_capture_bytes"))
    try:
        for source in _expand(sources):
            if _excluded(source, options.exclude):
                continue
            if is_url(source):
                fetched = fetcher(source)
                if isinstance(fetched, PageError):
                    yield fetched
                else:
                    yield from _from_bytes(fetched, fetcher, options)
                continue
            if source.lower().removesuffix(".gz").endswith((".jsonl", ".ndjson")):
                yield from _jsonl_file(source)
                continue
            if source != "-" and is_warc(source, b""):
                # Archives can be far larger than one capture: stream them record by record.
                try:
                    with open(source, "rb") as stream:
                        yield from iter_warc(stream, source, limit)
                except OSError as exc:
                    yield PageError(
                        source=source, error=f"{source}: {exc.strerror}", stage="capture"
                    )
                continue
            try:
                capture = read_capture(source)
            except CaptureError as exc:
                yield PageError(source=source, error=str(exc), stage="capture")
                continue
            yield from _from_bytes(capture, fetcher, options)
    finally:
        fetcher.close()


__all__ = ["SourceOptions", "iter_source_captures"]
