"""Write captures, pages and errors. Every function takes an open write transaction.

A page is written whole in the caller's transaction (page row, articles, ticker sightings, links,
enrichment facts, duplicate links), so after a crash a page is either complete or absent.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, case, delete, select
from sqlalchemy.dialects import postgresql, sqlite

from newsdesk.corpus import schema as s
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


def _insert(conn: Connection, table: Any) -> Any:
    dialect = sqlite if conn.dialect.name == "sqlite" else postgresql
    return dialect.insert(table)


def insert_capture(conn: Connection, capture: Capture) -> tuple[str, bool]:
    """Store the raw bytes (content-addressed). Returns (sha256, whether they were new)."""
    sha = capture.sha256
    stmt = (
        _insert(conn, s.captures)
        .values(
            sha256=sha,
            data=capture.data,
            source=capture.source,
            url=capture.url,
            captured_at=_iso(capture.captured_at),
            content_type=capture.content_type,
            size=len(capture.data),
            stored_at=now(),
        )
        .on_conflict_do_nothing(index_elements=["sha256"])
        .returning(s.captures.c.sha256)
    )
    return sha, conn.execute(stmt).first() is not None


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


def resolve_errors(conn: Connection, capture_sha256: str, stages: list[str]) -> None:
    conn.execute(
        s.errors.update()
        .where(
            s.errors.c.capture_sha256 == capture_sha256,
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


def _facts(conn: Connection, aid: str, article: Article) -> None:
    if article.entities:
        conn.execute(
            s.entities.insert(),
            [
                {
                    "article_id": aid,
                    "entity_id": e.id,
                    "name": e.name,
                    "type": e.type,
                    "aliases": json.dumps(e.aliases, ensure_ascii=False),
                    "roles": json.dumps(getattr(e, "roles", []), ensure_ascii=False),
                    "mention_count": len(e.mentions),
                }
                for e in {e.id: e for e in article.entities}.values()
            ],
        )
        rows = [
            {"article_id": aid, "entity_id": e.id, "text": m.text, "start": m.start, "end": m.end}
            for e in article.entities
            for m in e.mentions
        ]
        if rows:
            conn.execute(s.mentions.insert(), [dict(r, position=i) for i, r in enumerate(rows)])
    for name in ("quotes", "counts", "places", "events", "labels"):
        items = getattr(article, name) or []
        if not items:
            continue
        table = s.FACT_TABLES[name]
        columns = set(table.c.keys())
        rows = []
        for position, item in enumerate(items):
            row = {k: v for k, v in dataclasses.asdict(item).items() if k in columns}
            for key in ("actors", "targets"):
                if key in row:
                    row[key] = json.dumps(row[key], ensure_ascii=False)
            rows.append(dict(row, article_id=aid, position=position))
        conn.execute(table.insert(), rows)


def _ticker(conn: Connection, sha: str, page: Page, when: str | None) -> None:
    if not page.ticker:
        return
    items = s.ticker_items
    seen: dict[str, dict] = {}
    for item in page.ticker:
        tid = ticker_id(item.text, item.attribution)
        seen.setdefault(tid, {"id": tid, "text": item.text, "attribution": item.attribution})
    stmt = _insert(conn, items).values(first_seen=when, last_seen=when)
    excluded = stmt.excluded
    stmt = stmt.on_conflict_do_update(
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
    for row in seen.values():
        conn.execute(stmt, row)
    conn.execute(
        s.ticker_sightings.insert(),
        [
            {
                "item_id": ticker_id(item.text, item.attribution),
                "capture_sha256": sha,
                "position": position,
                "site": page.site,
                "captured_at": when,
            }
            for position, item in enumerate(page.ticker)
        ],
    )


def write_page(
    conn: Connection,
    capture_sha256: str,
    page: Page,
    *,
    extract_version: str,
    enrich_version: str | None = None,
    signatures: dict[int, bytes | None] | None = None,
    captured_at: str | None = None,
) -> list[str]:
    """Replace the page of a stored capture with `page`; returns its article ids in order.

    `signatures` (position -> MinHash bytes) may come precomputed from a worker process.
    """
    kept_stories = delete_page(conn, capture_sha256)
    when = page.captured_at or captured_at
    conn.execute(
        s.pages.insert().values(
            capture_sha256=capture_sha256,
            source=page.source,
            format=page.format,
            kind=page.kind,
            site=page.site,
            captured_at=when,
            extract_version=extract_version,
            enrich_version=enrich_version,
            article_count=len(page.articles),
            stored_at=now(),
        )
    )
    ids: list[str] = []
    rows = []
    for position, article in enumerate(page.articles):
        aid = article_id(capture_sha256, position)
        ids.append(aid)
        rows.append(
            {
                "id": aid,
                "capture_sha256": capture_sha256,
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
                "images": json.dumps(
                    [dataclasses.asdict(i) for i in article.images], ensure_ascii=False
                ),
                "headings": json.dumps(article.headings, ensure_ascii=False),
                "body": article.body or "",
                "url": article.url,
                "language": article.language,
                "summary": article.summary,
                "enrichment": _enrichment_json(article),
                "body_sha256": hashlib.sha256((article.body or "").encode()).hexdigest(),
            }
        )
    if rows:
        conn.execute(s.articles.insert(), rows)
    for aid, article in zip(ids, page.articles, strict=True):
        _facts(conn, aid, article)
    _ticker(conn, capture_sha256, page, when)
    if page.links:
        conn.execute(
            s.links.insert(),
            [
                {
                    "capture_sha256": capture_sha256,
                    "position": position,
                    "list": link.list,
                    "title": link.title,
                    "section": link.section,
                    "date": link.date,
                    "url": link.url,
                }
                for position, link in enumerate(page.links)
            ],
        )
    for position, (aid, row) in enumerate(zip(ids, rows, strict=True)):
        sig = signatures.get(position) if signatures is not None else signature(row["body"])
        link_duplicates(
            conn,
            NewArticle(
                id=aid,
                outlet=row["outlet"],
                url=row["url"],
                title=row["title"],
                body_sha256=row["body_sha256"],
                has_body=bool(row["body"].strip()),
                signature=sig,
            ),
        )
    restored = [
        {"article_id": aid, "story_id": v[0], "score": v[1], "method_version": v[2]}
        for aid, v in kept_stories.items()
        if aid in set(ids)
    ]
    if restored:
        conn.execute(s.story_articles.insert(), restored)
    return ids
