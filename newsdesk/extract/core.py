"""Sniff a capture's format and hand it to the reader for that format."""

from __future__ import annotations

import gc
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from newsdesk.extract.composed import composed
from newsdesk.extract.decode import decode
from newsdesk.extract.profile import SiteProfile
from newsdesk.records import Capture, Page

EXTRACT_VERSION = "0.2.0"

_HTML_SNIFF = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<html|<head|<body|<meta|<div|<article|<title)",
    re.IGNORECASE | re.DOTALL,
)
_FEED_SNIFF = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)


# C0 control bytes other than tab, newlines, vertical tab, form feed and carriage return.
_CONTROL_BYTES = bytes([*range(9), *range(14, 32)])


def warm_up() -> None:
    """Load now what the readers would otherwise load on first use: both readers and
    dateparser's patterns for the languages we read (about 0.4 s of CPU, 0.3 s of it
    dateparser's). A cost of starting, not of pages: paid once by a process, or once by a parent
    before it forks workers, which then share what it loaded."""
    from newsdesk.extract import html, text  # noqa: F401  (imported for their side: loading)
    from newsdesk.extract.date_parsers import prepare

    prepare()


def settle_heap() -> None:
    """After `warm_up`, in a process that will read many pages (or a parent about to fork the
    processes that will): what is alive now (modules, their tables and caches) lives as long as
    the process, so it is moved out of the cyclic collector's reach. A full collection otherwise
    walks all of it, every few hundred pages, at 30-40 ms a time; forked workers would also copy
    the pages it touches. Once per process: a long-lived caller's later objects stay collectable.
    """
    if gc.get_freeze_count() == 0:
        gc.collect()
        gc.freeze()


# CPython runs its cyclic collector every 700 new container objects; reading one page makes tens
# of thousands (lines, their traits and word lists; element proxies and blocks for HTML), and
# each collection walks those still in use, the readers' caches as they fill among them: about
# 60 collections over the bench's 94 text pages. None of them is in a reference cycle (the
# reader's tests hold it to that), so the collector has nothing to find: while pages are read,
# it runs every 100,000 objects instead (aeb text-w3m, callgrind: 27 M instructions of
# collection on the first pass at 700, 12 M at 10,000; at 100,000 the pass costs 13 M fewer than
# at 10,000, with the same peak RSS for HTML and text).
EXTRACT_GC_THRESHOLD = 100_000


def collect_less() -> tuple[int, int, int]:
    """Run the youngest generation's collection every EXTRACT_GC_THRESHOLD objects (or as
    rarely as it already ran) from now on; returns the thresholds it replaced."""
    threshold = gc.get_threshold()
    gc.set_threshold(max(threshold[0], EXTRACT_GC_THRESHOLD), *threshold[1:])
    return threshold


@contextmanager
def fewer_collections() -> Iterator[None]:
    """collect_less for the duration of the block: a run of `newsdesk extract` over many pages
    (batch.extract_paths), a chunk of ingest's worker (enrichment's libraries, which may make
    cycles worth collecting promptly, run outside it)."""
    threshold = collect_less()
    try:
        yield
    finally:
        gc.set_threshold(*threshold)


class ExtractError(Exception):
    """The capture is not a page newsdesk can read; the message says why."""


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        # UTF-16/32 text carries NULs too; those arrive with a BOM, which decode() honours.
        return not sample.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf"))
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > len(sample) * 0.05


def sniff_format(capture: Capture, text: str) -> str:
    ctype = (capture.content_type or "").lower()
    name = capture.source.lower().removesuffix(".gz")
    head = text[:2048]
    if _FEED_SNIFF.match(head):
        return "feed"
    if "html" in ctype or name.endswith((".html", ".htm", ".xhtml")) or _HTML_SNIFF.match(head):
        return "html"
    stripped = head.lstrip()
    if stripped.startswith("{") and (name.endswith(".json") or '"' in stripped[:20]):
        return "newsplease"
    if name.endswith(".txt"):
        # A dump says it is text; tags in its first lines are a page showing markup as text
        # (an embed code, a tutorial), not a page of markup. Real HTML was caught above.
        return "text"
    if re.search(r"<(?:p|div|article|br)\b[^>]*>", head, re.IGNORECASE) and head.count("<") > 20:
        return "html"
    return "text"


def extract(
    capture: Capture,
    *,
    captured_at: datetime | None = None,
    profile: SiteProfile | None = None,
) -> Page:
    """One capture to one Page, its strings in Unicode NFC (composed.py). Raises ExtractError
    with a clear reason for non-pages."""
    data = capture.data
    if not data or data.isspace():  # isspace: no copy of a large capture, as strip() made
        raise ExtractError(f"{capture.source}: empty file")
    if _looks_binary(data):
        raise ExtractError(f"{capture.source}: binary data, not a web page or text dump")
    text, encoding = decode(data, capture.content_type)
    when = captured_at or capture.captured_at
    fmt = sniff_format(capture, text)
    if fmt == "html":
        from newsdesk.extract.html import read_html

        return composed(
            read_html(
                text,
                source=capture.source,
                url=capture.url,
                captured_at=when,
                profile=profile,
                utf8=data if encoding == "utf-8" else None,
            )
        )
    if fmt == "newsplease":
        from newsdesk.extract.newsplease import read_newsplease

        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ExtractError(f"{capture.source}: invalid JSON ({exc})") from exc
        return composed(read_newsplease(obj, source=capture.source))
    if fmt == "feed":
        raise ExtractError(
            f"{capture.source}: an RSS/Atom feed, not a page (use `newsdesk ingest` to follow it)"
        )
    return extract_text_page(text, source=capture.source, captured_at=when, profile=profile)


def extract_text_page(
    text: str,
    *,
    source: str = "-",
    captured_at: datetime | None = None,
    profile: SiteProfile | None = None,
) -> Page:
    from newsdesk.extract.text import read_text

    return composed(read_text(text, source=source, captured_at=captured_at, profile=profile))
