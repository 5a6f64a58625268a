"""Ingest: sources -> raw captures stored first -> extract (+ enrich) in worker processes ->
pages written by the one writer -> post-ingest hooks. Also `reprocess` over stored captures.

Crash safety comes from the order and the transactions: a chunk of captures is committed before
any of it is parsed, and each written batch of pages is one transaction. Killed at any moment,
a re-run finds the stored captures (content-addressed: nothing is stored twice), skips those with
a page or a recorded error, and parses the rest.
"""

from __future__ import annotations

import dataclasses
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from itertools import chain
from pathlib import Path
from typing import Any

from sqlalchemy import select

from newsdesk.capture.sources import SourceOptions, iter_source_captures
from newsdesk.corpus import schema as s
from newsdesk.corpus import write
from newsdesk.corpus.db import engine_url
from newsdesk.corpus.hooks import post_ingest_hooks
from newsdesk.corpus.profiles import record_lines, stored_profiles
from newsdesk.corpus.store import Store, open_store, read_capture_row
from newsdesk.corpus.work import (
    WorkResult,
    current_profiles,
    preload,
    process_chunk,
    use_profiles,
)
from newsdesk.pipeline import describe_error
from newsdesk.records import Capture, PageError
from newsdesk.settings import setting

CHUNK = 16  # captures per worker task
# Captures per capture transaction, parsed captures per page transaction. A commit's cost is
# mostly the database pages it writes, and consecutive chunks share many of them (index leaves,
# the FTS segment): on the bench HTML, pages of two chunks a transaction write 2.9 WAL frames a
# page against 4.5 for one chunk. Workers still get CHUNK at a time, to share the work evenly.
BATCH = 2 * CHUNK


@dataclass
class IngestReport:
    captures: int = 0  # captures read from the sources
    new_captures: int = 0  # of which were not stored before
    skipped: int = 0  # already stored with a page (or a recorded error): nothing to do
    pages: int = 0
    articles: int = 0
    errors: int = 0
    started: float = field(default_factory=time.monotonic)
    finished: float | None = None

    @property
    def elapsed(self) -> float:
        return (self.finished or time.monotonic()) - self.started

    @property
    def rate(self) -> float:
        """Pages written per second."""
        return self.pages / self.elapsed if self.elapsed > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "captures": self.captures,
            "new_captures": self.new_captures,
            "skipped": self.skipped,
            "pages": self.pages,
            "articles": self.articles,
            "errors": self.errors,
            "seconds": round(self.elapsed, 3),
            "pages_per_second": round(self.rate, 1),
        }


Progress = Callable[[IngestReport], None]


def worker_count(workers: int | None) -> int:
    configured = int(setting("workers")) if workers is None else workers
    return configured if configured > 0 else (os.cpu_count() or 1)


class _Writer:
    """The single writer: captures, pages, errors and hooks, in batched transactions."""

    def __init__(
        self,
        store: Store,
        report: IngestReport,
        progress: Progress | None,
        run_hooks: bool = True,
    ) -> None:
        self.store = store
        self.report = report
        self.progress = progress
        self.run_hooks = run_hooks
        self.hooks = post_ingest_hooks() if run_hooks else {}
        self.in_flight: set[str] = set()
        self.first_seen: set[str] = set()  # captures stored for the first time in this run
        self.pending: list[WorkResult] = []  # parsed, to be written with the next batch
        self.hooks_ran = False

    def errors(self, failures: Iterable[PageError]) -> None:
        failures = list(failures)
        if not failures:
            return
        with self.store.write() as conn:
            for failure in failures:
                write.record_error(
                    conn,
                    source=failure.source,
                    stage=failure.stage,
                    stage_version="capture",
                    error=failure.error,
                )
        self.report.errors += len(failures)
        self._tick()

    def captures(self, captures: list[Capture]) -> list[tuple[str, Capture]]:
        """Store raw bytes first; return the captures that still need parsing."""
        todo: list[tuple[str, Capture]] = []
        with self.store.write() as conn:
            shas = []
            for capture in captures:
                sha, new = write.insert_capture(conn, capture)
                self.report.captures += 1
                self.report.new_captures += int(new)
                if new:
                    self.first_seen.add(sha)
                shas.append(sha)
            done = set(
                conn.scalars(
                    select(s.pages.c.capture_sha256).where(s.pages.c.capture_sha256.in_(shas))
                )
            ) | set(
                conn.scalars(
                    select(s.errors.c.capture_sha256).where(
                        s.errors.c.capture_sha256.in_(shas), s.errors.c.resolved_at.is_(None)
                    )
                )
            )
        for sha, capture in zip(shas, captures, strict=True):
            if sha in done or sha in self.in_flight:
                self.report.skipped += 1
                continue
            self.in_flight.add(sha)
            todo.append((sha, capture))
        self._tick()
        return todo

    def results(self, results: list[WorkResult]) -> None:
        """Queue parsed captures; written in one transaction once BATCH are queued (or at
        `flush`). Until then they are in flight: a kill loses only work a re-run redoes."""
        self.pending.extend(results)
        if len(self.pending) >= BATCH:
            self.flush()

    def flush(self) -> None:
        """Write the queued results: their pages, errors and site lines in one transaction."""
        results, self.pending = self.pending, []
        if results:
            self._write(results)

    def _write(self, results: list[WorkResult]) -> None:
        writes = [
            write.PageWrite(
                r.sha256,
                r.page,
                extract_version=r.versions.get("extract", "?"),
                enrich_version=r.versions.get("enrich"),
                signatures=r.signatures,
            )
            for r in results
            if r.page is not None
        ]
        with self.store.write() as conn:
            # Earlier failures of captures that now have a page are resolved first: a stage
            # failing this time (an enrich failure keeps the extracted page) stays open.
            write.resolve_errors(conn, [w.capture_sha256 for w in writes], ["extract", "enrich"])
            for result in results:
                for failure in result.failures:
                    write.record_error(
                        conn,
                        source=failure.source,
                        stage=failure.stage,
                        stage_version=failure.version,
                        error=failure.error,
                        capture_sha256=result.sha256,
                    )
                self.report.errors += len(result.failures)
            ids = write.write_pages(conn, writes) if writes else {}
            # A site's profile counts each capture once: the first time it is stored.
            learnt = (r.site_lines for r in results if r.sha256 in self.first_seen)
            record_lines(conn, [lines for lines in learnt if lines])
        article_ids = [aid for group in ids.values() for aid in group]
        self.report.pages += len(ids)
        self.report.articles += len(article_ids)
        for result in results:
            self.in_flight.discard(result.sha256)
            self.first_seen.discard(result.sha256)
        if self.run_hooks:
            self._run_hooks(article_ids)
        self._tick()

    def finish(self) -> None:
        """The end of a run that wrote no article: each hook is called once with none, to finish
        what a killed run left (its last batch written, not yet placed in stories), which a
        run's first hook call does and this run made none."""
        if self.run_hooks and not self.hooks_ran:
            self._call_hooks([])

    def _run_hooks(self, article_ids: list[str]) -> None:
        if article_ids:
            self._call_hooks(article_ids)

    def _call_hooks(self, article_ids: list[str]) -> None:
        self.hooks_ran = True
        for name, hook in self.hooks.items():
            try:
                hook(self.store, article_ids)
            except Exception as exc:
                self.store.add_error(
                    source=f"{len(article_ids)} articles",
                    stage=f"hook:{name}",
                    stage_version="hook",
                    error=describe_error(exc, ""),
                )
                self.report.errors += 1

    def _tick(self) -> None:
        if self.progress is not None:
            self.progress(self.report)


def _run_chunks(
    chunks: Iterator[list[tuple[str, Capture]]],
    writer: _Writer,
    *,
    enrich: bool,
    workers: int,
) -> None:
    """Parse chunks in a process pool (in-process for one worker or one chunk), writing as they
    finish."""
    first = next(chunks, None)
    second = next(chunks, None) if workers > 1 and first is not None else None
    if second is None:
        # One worker; or one chunk, which keeps one worker busy: forking a pool and warming
        # every reader up before it (~0.5 s of CPU) costs more than reading the chunk here.
        for chunk in chain([first] if first is not None else [], chunks):
            writer.results(process_chunk(chunk, enrich))
        writer.flush()
        return
    chunks = chain([first, second], chunks)
    preload()  # once here, before the pool forks, rather than once in every worker
    window: deque[Future[list[WorkResult]]] = deque()
    pool_options = {"initializer": use_profiles, "initargs": (current_profiles(),)}
    with ProcessPoolExecutor(max_workers=workers, **pool_options) as pool:
        for chunk in chunks:
            window.append(pool.submit(process_chunk, chunk, enrich))
            # Bounded look-ahead keeps memory flat: write the oldest results before going on.
            while len(window) > workers * 2 or (window and window[0].done()):
                writer.results(window.popleft().result())
        while window:
            writer.results(window.popleft().result())
    writer.flush()


def _capture_chunks(
    items: Iterable[Capture | PageError], writer: _Writer, captured_at: datetime | None
) -> Iterator[list[tuple[str, Capture]]]:
    """Store captures BATCH at a time; yield those still to parse, CHUNK at a time."""
    buffer: list[Capture] = []
    for item in items:
        if isinstance(item, PageError):
            writer.errors([item])
            continue
        if captured_at is not None and item.captured_at is None:
            item.captured_at = captured_at
        buffer.append(item)
        if len(buffer) >= BATCH:
            yield from _chunked(writer.captures(buffer))
            buffer = []
    if buffer:
        yield from _chunked(writer.captures(buffer))


def _chunked(todo: list[tuple[str, Capture]]) -> Iterator[list[tuple[str, Capture]]]:
    for start in range(0, len(todo), CHUNK):
        yield todo[start : start + CHUNK]


@contextmanager
def _session(
    db: str | None, store: Store | None, progress: Progress | None, hooks: bool
) -> Iterator[_Writer]:
    """A writer over `store` (or over `db`, opened and closed here), timing the report."""
    own = store is None
    store = store or open_store(db)
    writer = _Writer(store, IngestReport(), progress, run_hooks=hooks)
    # What the text reader has learnt about each site so far (in-process and for the pool).
    use_profiles(stored_profiles(store))
    try:
        yield writer
        writer.finish()
    finally:
        writer.report.finished = time.monotonic()
        if own:
            store.close()


def ingest_captures(
    captures: Iterable[Capture | PageError],
    *,
    db: str | None = None,
    store: Store | None = None,
    captured_at: datetime | None = None,
    enrich: bool = True,
    workers: int | None = None,
    progress: Progress | None = None,
    hooks: bool = True,
) -> IngestReport:
    """Ingest Capture records (a PageError in the stream is recorded as such); returns counts.
    Failures are recorded, not raised. `hooks=False` skips the post-ingest hooks this run."""
    with _session(db, store, progress, hooks) as writer:
        chunks = _capture_chunks(captures, writer, captured_at)
        _run_chunks(chunks, writer, enrich=enrich, workers=worker_count(workers))
    return writer.report


def ingest(
    sources: Iterable[str],
    *,
    options: SourceOptions | None = None,
    **kwargs: Any,
) -> IngestReport:
    """Ingest every source (files, dirs, globs, stdin, JSON/JSONL, feeds, WARC, URLs) into the
    corpus; keyword arguments as for `ingest_captures`. The SQLite database's own files are
    never ingested, even when they sit in a directory being ingested."""
    options = dataclasses.replace(options or SourceOptions())
    store = kwargs.get("store")
    database = store.engine.url.database if store is not None else None
    if store is None:
        url = engine_url(kwargs.get("db"))
        database = url.removeprefix("sqlite:///") if url.startswith("sqlite:///") else None
    if database and (store is None or store.backend == "sqlite"):
        base = str(Path(database).resolve())
        options.exclude = options.exclude | {base + s for s in ("", "-wal", "-shm", "-journal")}
    return ingest_captures(iter_source_captures(sources, options), **kwargs)


def reprocess(
    *,
    db: str | None = None,
    store: Store | None = None,
    stage: str = "extract",
    everything: bool = False,
    enrich: bool = True,
    workers: int | None = None,
    progress: Progress | None = None,
    hooks: bool = True,
) -> IngestReport:
    """Re-run stages over stored captures: those whose stored page is from another stage
    version, has no page, or has an unresolved error (or every capture with `everything`).

    `stage="extract"` re-extracts from the raw bytes (and enriches, unless `enrich=False`);
    `stage="enrich"` does the same for captures whose enrichment is stale or missing.
    """
    from newsdesk.corpus.work import enrich_version, extract_version

    if stage not in ("extract", "enrich"):
        raise ValueError(f"--stage {stage!r}: not one of extract, enrich")
    current = extract_version() if stage == "extract" else enrich_version()
    if stage == "enrich" and current is None:
        raise ValueError("no enrichment stage is installed (newsdesk.enrich.enrich_page)")
    with _session(db, store, progress, hooks) as writer:
        stale = _stale_captures(writer.store, stage, current, everything)
        _run_chunks(
            _load_chunks(writer.store, stale, writer),
            writer,
            enrich=enrich or stage == "enrich",
            workers=worker_count(workers),
        )
    return writer.report


def _stale_captures(
    store: Store, stage: str, version: str | None, everything: bool
) -> Iterator[str]:
    column = s.pages.c.extract_version if stage == "extract" else s.pages.c.enrich_version
    stmt = select(s.captures.c.sha256).outerjoin(
        s.pages, s.pages.c.capture_sha256 == s.captures.c.sha256
    )
    if not everything:
        stmt = stmt.where(
            s.pages.c.capture_sha256.is_(None)
            | column.is_(None)
            | (column != version)
            | select(s.errors.c.id)
            .where(
                s.errors.c.capture_sha256 == s.captures.c.sha256, s.errors.c.resolved_at.is_(None)
            )
            .exists()
        )
    from newsdesk.corpus.read import iter_table

    for row in iter_table(store.engine, stmt, s.captures.c.sha256):
        yield row["sha256"]


def _load_chunks(
    store: Store, shas: Iterator[str], writer: _Writer
) -> Iterator[list[tuple[str, Capture]]]:
    chunk: list[str] = []

    def load(batch: list[str]) -> list[tuple[str, Capture]]:
        with store.engine.connect() as conn:
            rows = conn.execute(select(s.captures).where(s.captures.c.sha256.in_(batch)))
            loaded = [(row.sha256, read_capture_row(row)) for row in rows]
        writer.report.captures += len(loaded)
        return loaded

    for sha in shas:
        chunk.append(sha)
        if len(chunk) >= CHUNK:
            yield load(chunk)
            chunk = []
    if chunk:
        yield load(chunk)
