"""Write captures, pages and errors. Every function takes an open write transaction.

A page is written whole in the caller's transaction (page row, articles, ticker sightings, links,
enrichment facts, duplicate links), so after a crash a page is either complete or absent.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, case, delete, select, text
from sqlalchemy.dialects import postgresql, sqlite

from newsdesk.corpus import schema as s
from newsdesk.corpus.db import insert_rows, run, run_many
from newsdesk.corpus.dedup import NewArticle, link_duplicates, signature
from newsdesk.records import Article, Capture, Page


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def article_id(capture_sha256: str, position: int) -> str:
    """Stable id of the article at `position` on the page of a capture."""
    return f"{capture_sha256[:16]}-{position}"


_SPACE = re.compile(r"\s+")


def ticker_id(text: str, attribution: str | None) -> str:
    """One id per ticker item however often it is seen (case and spacing do not count)."""
    key = _SPACE.sub(" ", f"{attribution or ''}\x1f{text}").strip().casefold()
    return hashlib.sha256(key.encode()).hexdigest()[:20]


def _iso(value: datetime | str | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)


def _insert_for(dialect: str, table: Any) -> Any:
    """An INSERT of the dialect named, which knows its ON CONFLICT clauses."""
    return (sqlite if dialect == "sqlite" else postgresql).insert(table)


def _insert(conn: Connection, table: Any) -> Any:
    return _insert_for(conn.dialect.name, table)


@functools.cache
def _capture_insert(dialect: str) -> Any:
    # Built once per dialect: constructing the statement costs more than executing it.
    return (
        _insert_for(dialect, s.captures)
        .on_conflict_do_nothing(index_elements=["sha256"])
        .returning(s.captures.c.sha256)
    )


def insert_capture(conn: Connection, capture: Capture) -> tuple[str, bool]:
    """Store the raw bytes (content-addressed). Returns (sha256, whether they were new)."""
    sha = capture.sha256
    row = {
        "sha256": sha,
        "data": capture.data,
        "source": capture.source,
        "url": capture.url,
        "captured_at": _iso(capture.captured_at),
        "content_type": capture.content_type,
        "size": len(capture.data),
        "stored_at": now(),
    }
    return sha, bool(run(conn, _capture_insert(conn.dialect.name), row).fetchall())


def record_error(
    conn: Connection,
    *,
    source: str,
    stage: str,
    stage_version: str,
    error: str,
    capture_sha256: str | None = None,
) -> None:
    conn.execute(
        s.errors.insert().values(
            capture_sha256=capture_sha256,
            source=source,
            stage=stage,
            stage_version=stage_version,
            error=error,
            attempted_at=now(),
        )
    )


def resolve_errors(conn: Connection, capture_sha256s: list[str], stages: list[str]) -> None:
    """Mark the open errors of these stages on these captures as resolved (they succeeded)."""
    if not capture_sha256s:
        return
    conn.execute(
        s.errors.update()
        .where(
            s.errors.c.capture_sha256.in_(capture_sha256s),
            s.errors.c.stage.in_(stages),
            s.errors.c.resolved_at.is_(None),
        )
        .values(resolved_at=now())
    )


def delete_page(conn: Connection, capture_sha256: str) -> dict[str, tuple]:
    """Remove a capture's page and everything derived from it; the capture itself stays.

    Returns the story assignments of its articles so a rewrite can keep them.
    """
    ids = select(s.articles.c.id).where(s.articles.c.capture_sha256 == capture_sha256)
    kept = {
        row.article_id: (row.story_id, row.score, row.method_version)
        for row in conn.execute(
            select(s.story_articles).where(s.story_articles.c.article_id.in_(ids))
        )
    }
    for table in (
        *s.FACT_TABLES.values(),
        s.entities,
        s.article_bands,
        s.article_minhash,
        s.duplicates,
        s.story_articles,
    ):
        conn.execute(delete(table).where(table.c.article_id.in_(ids)))
    # Links naming one of these as canonical stay: article ids are stable across rewrites.
    for table in (s.articles, s.ticker_sightings, s.links):
        conn.execute(delete(table).where(table.c.capture_sha256 == capture_sha256))
    conn.execute(delete(s.pages).where(s.pages.c.capture_sha256 == capture_sha256))
    return kept


_ENRICHMENT = ("entities", "quotes", "counts", "places", "events", "labels")


def _enrichment_json(article: Article) -> str | None:
    lists = {name: getattr(article, name) for name in _ENRICHMENT}
    if all(v is None for v in lists.values()) and article.summary is None:
        return None
    data = {k: [dataclasses.asdict(i) for i in v] for k, v in lists.items() if v is not None}
    return json.dumps(data, ensure_ascii=False)


def _fact_rows(rows: dict[Any, list[dict]], aid: str, article: Article) -> None:
    """Queue the rows of one article's enrichment facts."""
    if article.entities:
        for e in {e.id: e for e in article.entities}.values():
            rows[s.entities].append(
                {
                    "article_id": aid,
                    "entity_id": e.id,
                    "name": e.name,
                    "type": e.type,
                    "aliases": json.dumps(e.aliases, ensure_ascii=False),
                    "roles": json.dumps(getattr(e, "roles", []), ensure_ascii=False),
                    "mention_count": len(e.mentions),
                }
            )
        position = 0
        for e in article.entities:
            for m in e.mentions:
                rows[s.mentions].append(
                    {"article_id": aid, "position": position, "entity_id": e.id,
                     "text": m.text, "start": m.start, "end": m.end}
                )  # fmt: skip
                position += 1
    for name in ("quotes", "counts", "places", "events", "labels"):
        table = s.FACT_TABLES[name]
        columns = set(table.c.keys())
        for position, item in enumerate(getattr(article, name) or []):
            row = {k: v for k, v in dataclasses.asdict(item).items() if k in columns}
            for key in ("actors", "targets"):
                if key in row:
                    row[key] = json.dumps(row[key], ensure_ascii=False)
            rows[table].append(dict(row, article_id=aid, position=position))


@functools.cache
def _ticker_upsert(dialect: str) -> Any:
    items = s.ticker_items
    stmt = _insert_for(dialect, items)
    excluded = stmt.excluded
    return stmt.on_conflict_do_update(
        index_elements=["id"],
        set_={
            "first_seen": case(
                (items.c.first_seen.is_(None), excluded.first_seen),
                (excluded.first_seen < items.c.first_seen, excluded.first_seen),
                else_=items.c.first_seen,
            ),
            "last_seen": case(
                (items.c.last_seen.is_(None), excluded.last_seen),
                (excluded.last_seen > items.c.last_seen, excluded.last_seen),
                else_=items.c.last_seen,
            ),
        },
    )


def _ticker_rows(rows: dict[Any, list[dict]], sha: str, page: Page, when: str | None) -> None:
    seen: set[str] = set()
    for position, item in enumerate(page.ticker):
        tid = ticker_id(item.text, item.attribution)
        if tid not in seen:
            seen.add(tid)
            rows["ticker"].append(
                {"id": tid, "text": item.text, "attribution": item.attribution,
                 "first_seen": when, "last_seen": when}
            )  # fmt: skip
        rows[s.ticker_sightings].append(
            {"item_id": tid, "capture_sha256": sha, "position": position,
             "site": page.site, "captured_at": when}
        )  # fmt: skip


@dataclass
class PageWrite:
    """One page to store for a stored capture (signatures: position -> MinHash bytes, may come
    precomputed from a worker process)."""

    capture_sha256: str
    page: Page
    extract_version: str
    enrich_version: str | None = None
    signatures: dict[int, bytes | None] | None = None


def _article_row(sha: str, position: int, article: Article, page: Page, when: str | None) -> dict:
    return {
        "id": article_id(sha, position),
        "capture_sha256": sha,
        "position": position,
        "role": article.role,
        "title": article.title or "",
        "standfirst": article.standfirst,
        "authors": json.dumps(article.authors, ensure_ascii=False),
        "outlet": article.outlet or page.site or "",
        "credit": article.credit,
        "published": article.published,
        "published_text": article.published_text,
        "date": article.published or when,
        "reading_minutes": article.reading_minutes,
        "shares": article.shares,
        "section": article.section,
        "tags": json.dumps(article.tags, ensure_ascii=False),
        "images": json.dumps([dataclasses.asdict(i) for i in article.images], ensure_ascii=False),
        "headings": json.dumps(article.headings, ensure_ascii=False),
        "body": article.body or "",
        "url": article.url,
        "language": article.language,
        "summary": article.summary,
        "enrichment": _enrichment_json(article),
        "body_sha256": hashlib.sha256((article.body or "").encode()).hexdigest(),
    }


_ORDER = (s.pages, s.articles, s.entities, *s.FACT_TABLES.values(), "ticker",
          s.ticker_sightings, s.links)  # fmt: skip
# Built once: the driver-level statements are cached by statement (see db.run_many).
_INSERT = {table: table.insert() for table in _ORDER if table != "ticker"}
# Tables with full-text triggers on SQLite (articles_fts, ticker_fts): one flush a statement.
_FULL_TEXT = (s.articles, "ticker")


def write_pages(conn: Connection, writes: list[PageWrite]) -> dict[str, list[str]]:
    """Store (or replace) the pages of stored captures, batched: one executemany per table.
    Returns each capture's article ids in page order."""
    writes = list({w.capture_sha256: w for w in writes}.values())
    if conn.dialect.name == "postgresql":
        # One page writer at a time, as SQLite's BEGIN IMMEDIATE gives: two ingests of the same
        # captures would otherwise both find no page and both insert one.
        conn.execute(text("SELECT pg_advisory_xact_lock(4242002)"))
    shas = [w.capture_sha256 for w in writes]
    existing = set(
        conn.scalars(select(s.pages.c.capture_sha256).where(s.pages.c.capture_sha256.in_(shas)))
    )
    kept_stories: dict[str, tuple] = {}
    for sha in existing:
        kept_stories.update(delete_page(conn, sha))
    rows: dict[Any, list[dict]] = defaultdict(list)
    ids: dict[str, list[str]] = {}
    pending: list[tuple[dict, bytes | None]] = []
    stamp = now()
    for w in writes:
        sha, page = w.capture_sha256, w.page
        when = page.captured_at
        rows[s.pages].append(
            {"capture_sha256": sha, "source": page.source, "format": page.format,
             "kind": page.kind, "site": page.site, "captured_at": when,
             "extract_version": w.extract_version, "enrich_version": w.enrich_version,
             "article_count": len(page.articles), "stored_at": stamp}
        )  # fmt: skip
        ids[sha] = []
        for position, article in enumerate(page.articles):
            row = _article_row(sha, position, article, page, when)
            rows[s.articles].append(row)
            ids[sha].append(row["id"])
            _fact_rows(rows, row["id"], article)
            if w.signatures is not None:
                pending.append((row, w.signatures.get(position)))
            else:
                pending.append((row, signature(row["body"])))
        _ticker_rows(rows, sha, page, when)
        for position, link in enumerate(page.links):
            rows[s.links].append(
                {"capture_sha256": sha, "position": position, "list": link.list,
                 "title": link.title, "section": link.section, "date": link.date, "url": link.url}
            )  # fmt: skip
    for table in _ORDER:
        if rows.get(table):
            stmt = _ticker_upsert(conn.dialect.name) if table == "ticker" else _INSERT[table]
            # The full-text indexed tables: a statement for all their rows (see db.insert_rows).
            (insert_rows if table in _FULL_TEXT else run_many)(conn, stmt, rows[table])
    link_duplicates(
        conn,
        [
            NewArticle(
                id=row["id"],
                outlet=row["outlet"],
                url=row["url"],
                title=row["title"],
                body_sha256=row["body_sha256"],
                has_body=bool(row["body"].strip()),
                signature=sig,
            )
            for row, sig in pending
        ],
    )
    written = {aid for group in ids.values() for aid in group}
    restored = [
        {"article_id": aid, "story_id": v[0], "score": v[1], "method_version": v[2]}
        for aid, v in kept_stories.items()
        if aid in written
    ]
    if restored:
        conn.execute(s.story_articles.insert(), restored)
    return ids


def write_page(
    conn: Connection,
    capture_sha256: str,
    page: Page,
    *,
    extract_version: str,
    enrich_version: str | None = None,
    signatures: dict[int, bytes | None] | None = None,
) -> list[str]:
    """Replace the page of one stored capture with `page`; returns its article ids in order."""
    write = PageWrite(capture_sha256, page, extract_version, enrich_version, signatures)
    return write_pages(conn, [write])[capture_sha256]
