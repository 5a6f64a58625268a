"""`Store`: the one storage interface over SQLite and PostgreSQL.

    store = open_store()                      # NEWSDESK_DB or ./newsdesk.db
    store = open_store("postgresql://u@host/db")
    with store.write() as conn: ...           # one write transaction (BEGIN IMMEDIATE on SQLite)

Every method is a thin wrapper over a function in `write`, `read`, `search` or `facts`, which take
a connection or the engine, so stages can also compose them inside their own transactions.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, func, select

from newsdesk.corpus import facts, read, search, write
from newsdesk.corpus import schema as s
from newsdesk.corpus.db import WRITE, make_engine
from newsdesk.corpus.migrate import migrate
from newsdesk.records import Capture, Page


class Store:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.url = engine.url.render_as_string(hide_password=True)

    # -- transactions ------------------------------------------------------------------------
    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One write transaction; commits on success, rolls back on any exception."""
        with self.engine.connect().execution_options(**WRITE) as conn, conn.begin():
            yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """One read transaction (a consistent snapshot on both backends)."""
        with self.engine.connect() as conn, conn.begin():
            yield conn

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def backend(self) -> str:
        return self.engine.dialect.name  # "sqlite" | "postgresql"

    # -- writing -----------------------------------------------------------------------------
    def add_capture(self, capture: Capture) -> tuple[str, bool]:
        with self.write() as conn:
            return write.insert_capture(conn, capture)

    def add_page(
        self,
        capture_sha256: str,
        page: Page,
        *,
        extract_version: str,
        enrich_version: str | None = None,
    ) -> list[str]:
        with self.write() as conn:
            return write.write_page(
                conn,
                capture_sha256,
                page,
                extract_version=extract_version,
                enrich_version=enrich_version,
            )

    def add_error(
        self,
        *,
        source: str,
        stage: str,
        stage_version: str,
        error: str,
        capture_sha256: str | None = None,
    ) -> None:
        with self.write() as conn:
            write.record_error(
                conn,
                source=source,
                stage=stage,
                stage_version=stage_version,
                error=error,
                capture_sha256=capture_sha256,
            )

    def errors(
        self, *, stage: str | None = None, include_resolved: bool = False
    ) -> Iterator[dict[str, Any]]:
        """Recorded failures, oldest first: id, capture_sha256, source, stage, stage_version,
        error, attempted_at, resolved_at."""
        stmt = select(s.errors)
        if stage:
            stmt = stmt.where(s.errors.c.stage == stage)
        if not include_resolved:
            stmt = stmt.where(s.errors.c.resolved_at.is_(None))
        return read.iter_table(self.engine, stmt, s.errors.c.id)

    # -- captures and pages ------------------------------------------------------------------
    def get_capture(self, sha256: str) -> Capture | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(s.captures).where(s.captures.c.sha256 == sha256)).first()
        if row is None:
            return None
        return read_capture_row(row)

    def has_page(self, sha256: str) -> bool:
        with self.engine.connect() as conn:
            stmt = select(s.pages.c.capture_sha256).where(s.pages.c.capture_sha256 == sha256)
            return conn.execute(stmt).first() is not None

    def capture_ids(self, *, without_page: bool = False) -> Iterator[str]:
        """Every stored capture's sha256 (only those with no page yet, if asked)."""
        stmt = select(s.captures.c.sha256)
        if without_page:
            stmt = stmt.where(
                ~select(s.pages.c.capture_sha256)
                .where(s.pages.c.capture_sha256 == s.captures.c.sha256)
                .exists()
            )
        for row in read.iter_table(self.engine, stmt, s.captures.c.sha256):
            yield row["sha256"]

    # -- articles ----------------------------------------------------------------------------
    def get_article(self, article_id: str) -> read.StoredArticle | None:
        return read.get_article(self.engine, article_id)

    def articles(self, **filters: Any) -> Iterator[read.StoredArticle]:
        """Stored articles; filters: outlet, since, until, kind (role), story_id, ids,
        canonical_only, with_body, limit."""
        return read.iter_articles(self.engine, **filters)

    def duplicates(self, article_id: str) -> dict[str, Any]:
        """The article's duplicate group: canonical id and every linked copy."""
        return facts.duplicate_group(self.engine, article_id)

    # -- ticker, links, enrichment facts, stories ----------------------------------------------
    def ticker(self, **filters: Any) -> Iterator[dict[str, Any]]:
        """Ticker items once each (filters: since, until, outlet) with their sighting count."""
        return facts.iter_ticker(self.engine, **filters)

    def ticker_sightings(self, item_id: str) -> list[dict[str, Any]]:
        return facts.ticker_sightings(self.engine, item_id)

    def links(self, list_name: str | None = None) -> Iterator[dict[str, Any]]:
        return facts.iter_links(self.engine, list_name=list_name)

    def facts(self, table: str, /, **filters: Any) -> list[dict[str, Any]]:
        """Rows of a fact table: entities, mentions, quotes, counts, places, events, labels."""
        return facts.fact_rows(self.engine, table, **filters)

    def save_stories(self, stories: Iterable[dict[str, Any]]) -> None:
        with self.write() as conn:
            facts.save_stories(conn, stories)

    def assign_stories(
        self,
        assignments: Iterable[tuple[str, str, float | None]],
        *,
        method_version: str | None = None,
    ) -> None:
        with self.write() as conn:
            facts.assign_stories(conn, assignments, method_version=method_version)

    def stories(self) -> Iterator[dict[str, Any]]:
        return facts.iter_stories(self.engine)

    # -- search and stats --------------------------------------------------------------------
    def search(self, query: str, **filters: Any) -> list[search.Hit]:
        return search.search(self.engine, query, **filters)

    def stats(self) -> dict[str, Any]:
        with self.read() as conn:

            def count(table: Any) -> int:
                return int(conn.execute(select(func.count()).select_from(table)).scalar() or 0)

            first, last = conn.execute(
                select(func.min(s.articles.c.date), func.max(s.articles.c.date))
            ).one()
            return {
                "captures": count(s.captures),
                "pages": count(s.pages),
                "articles": count(s.articles),
                "outlets": int(
                    conn.execute(
                        select(func.count(func.distinct(s.articles.c.outlet))).where(
                            s.articles.c.outlet != ""
                        )
                    ).scalar()
                    or 0
                ),
                "ticker_items": count(s.ticker_items),
                "links": count(s.links),
                "duplicates": count(s.duplicates),
                "errors": int(
                    conn.execute(
                        select(func.count()).where(s.errors.c.resolved_at.is_(None))
                    ).scalar()
                    or 0
                ),
                "first_date": first,
                "last_date": last,
                "backend": self.backend,
            }


def read_capture_row(row: Any) -> Capture:
    from datetime import datetime

    m = row._mapping
    when = None
    if m["captured_at"]:
        try:
            when = datetime.fromisoformat(m["captured_at"])
        except ValueError:
            when = None
    return Capture(
        source=m["source"],
        data=bytes(m["data"]),
        url=m["url"],
        captured_at=when,
        content_type=m["content_type"],
    )


def open_store(
    db: str | os.PathLike[str] | None = None,
    *,
    migrate_schema: bool = True,
    must_exist: bool = False,
) -> Store:
    """Open (creating and migrating as needed) the corpus at a path or URL.

    `must_exist`, for commands that only read or rework what is stored: a SQLite file that is not
    there, or holds no corpus, is an error rather than a new empty corpus (a mistyped path would
    otherwise answer "no matches"). Whatever the command, a SQLite file that is not a database,
    or that holds another program's tables, is refused (ValueError naming it) and left as it is.
    """
    engine = make_engine(db)
    try:
        if engine.dialect.name == "sqlite":
            _check_sqlite_file(engine, must_exist)
        if migrate_schema:
            migrate(engine)
    except BaseException:
        engine.dispose()
        raise
    return Store(engine)


def _check_sqlite_file(engine: Engine, must_exist: bool) -> None:
    path = engine.url.database
    if not path or path == ":memory:" or path.startswith("file:"):
        return
    if os.path.isdir(path):
        raise ValueError(f"{path}: a folder, not a database file")
    if must_exist and not os.path.isfile(path):
        raise ValueError(f"{path}: no such database (`newsdesk ingest ... --db {path}` makes one)")
    if not os.path.isfile(path):
        return  # a new corpus
    # Read-only and without the engine's pragmas: looking must not turn a stranger's file to WAL.
    try:
        with closing(sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)) as raw:
            tables = {row[0] for row in raw.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as exc:
        problem = "not a SQLite database" if "not a database" in str(exc) else "cannot read it"
        raise ValueError(f"{path}: {problem} ({exc})") from None
    if s.migrations.name in tables:
        return
    if tables:
        shown = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")
        raise ValueError(
            f"{path}: not a newsdesk corpus (it holds other tables: {shown}); "
            "give a new path or a newsdesk database"
        )
    if must_exist:
        raise ValueError(f"{path}: an empty database, no newsdesk corpus in it yet")
