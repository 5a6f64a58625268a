"""Read the corpus back: articles (as contract records plus where they came from), ticker, links.

Iterators page through the table by key (never OFFSET, never one huge result set), so reading a
corpus larger than memory costs constant memory on both backends.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Engine, Select, and_, func, select

from newsdesk.corpus import schema as s
from newsdesk.records import Article, Image, article_from_dict, article_to_dict


class QueryError(ValueError):
    """A filter or query the corpus cannot run; the message says what is wrong."""


@dataclass
class StoredArticle:
    """One stored article with its provenance, duplicate link and story."""

    id: str
    capture_sha256: str
    source: str  # path or URL of its capture
    site: str | None
    page_kind: str
    captured_at: str | None
    position: int
    date: str | None  # published, else captured
    article: Article
    canonical_id: str | None = None  # set when this article duplicates another
    relation: str | None = None  # "capture" | "version" | "syndicated"
    story_id: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "capture": self.capture_sha256,
            "site": self.site,
            "page_kind": self.page_kind,
            "captured_at": self.captured_at,
            "date": self.date,
            "canonical_id": self.canonical_id,
            "relation": self.relation,
            "story_id": self.story_id,
            **article_to_dict(self.article),
            **self.extra,
        }


def _next_day(value: str) -> str:
    return (date.fromisoformat(value) + timedelta(days=1)).isoformat()


def date_bounds(column: Any, since: str | None, until: str | None) -> list[Any]:
    """Conditions for since/until (inclusive; a bare date means the whole day)."""
    conds = []
    for name, value in (("since", since), ("until", until)):
        if not value:
            continue
        try:
            day = date.fromisoformat(value[:10])
        except ValueError as exc:
            raise QueryError(f"--{name} {value!r}: not a date (use YYYY-MM-DD)") from exc
        if name == "since":
            conds.append(column >= value)
        elif len(value) == 10:
            conds.append(column < _next_day(day.isoformat()))
        else:
            conds.append(column <= value)
    return conds


def article_select(*, with_body: bool = True) -> Select:
    a = s.articles
    columns = [c for c in a.c if with_body or c.name not in ("body", "enrichment")]
    return (
        select(
            *columns,
            s.pages.c.source.label("page_source"),
            s.pages.c.site.label("page_site"),
            s.pages.c.kind.label("page_kind"),
            s.pages.c.captured_at.label("page_captured_at"),
            s.duplicates.c.canonical_id,
            s.duplicates.c.relation,
            s.story_articles.c.story_id,
        )
        .select_from(a)
        .join(s.pages, s.pages.c.capture_sha256 == a.c.capture_sha256)
        .outerjoin(s.duplicates, s.duplicates.c.article_id == a.c.id)
        .outerjoin(s.story_articles, s.story_articles.c.article_id == a.c.id)
    )


def article_filters(
    *,
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
    kind: str | None = None,
    story_id: str | None = None,
    canonical_only: bool = False,
) -> list[Any]:
    a = s.articles
    conds = date_bounds(a.c.date, since, until)
    if outlet:
        conds.append(func.lower(a.c.outlet) == outlet.lower())
    if kind:
        conds.append(a.c.role == kind)
    if story_id:
        conds.append(s.story_articles.c.story_id == story_id)
    if canonical_only:
        conds.append(s.duplicates.c.canonical_id.is_(None))
    return conds


def row_to_article(row: Any) -> StoredArticle:
    m = row._mapping
    data: dict[str, Any] = {
        "role": m["role"],
        "title": m["title"],
        "body": m.get("body", ""),
        "standfirst": m["standfirst"],
        "authors": json.loads(m["authors"]),
        "outlet": m["outlet"],
        "credit": m["credit"],
        "published": m["published"],
        "published_text": m["published_text"],
        "reading_minutes": m["reading_minutes"],
        "shares": m["shares"],
        "section": m["section"],
        "tags": json.loads(m["tags"]),
        "headings": json.loads(m["headings"]),
        "url": m["url"],
        "language": m["language"],
        "summary": m["summary"],
    }
    if m.get("enrichment"):
        data.update(json.loads(m["enrichment"]))
    article = article_from_dict(data)
    article.images = [Image(**i) for i in json.loads(m["images"])]
    return StoredArticle(
        id=m["id"],
        capture_sha256=m["capture_sha256"],
        source=m["page_source"],
        site=m["page_site"],
        page_kind=m["page_kind"],
        captured_at=m["page_captured_at"],
        position=m["position"],
        date=m["date"],
        article=article,
        canonical_id=m["canonical_id"],
        relation=m["relation"],
        story_id=m["story_id"],
    )


def iter_articles(
    engine: Engine,
    *,
    ids: list[str] | None = None,
    with_body: bool = True,
    batch_size: int = 500,
    limit: int | None = None,
    **filters: Any,
) -> Iterator[StoredArticle]:
    """Stored articles in storage order, filtered; constant memory however many match."""
    conds = article_filters(**filters)
    if ids is not None:
        conds.append(s.articles.c.id.in_(ids))
    last = 0
    produced = 0
    while True:
        stmt = (
            article_select(with_body=with_body)
            .where(and_(s.articles.c.num > last, *conds))
            .order_by(s.articles.c.num)
            .limit(batch_size)
        )
        with engine.connect() as conn:
            rows = conn.execute(stmt).fetchall()
        for row in rows:
            yield row_to_article(row)
            produced += 1
            if limit is not None and produced >= limit:
                return
        if len(rows) < batch_size:
            return
        last = rows[-1].num


def get_article(engine: Engine, article_id: str) -> StoredArticle | None:
    with engine.connect() as conn:
        row = conn.execute(article_select().where(s.articles.c.id == article_id)).first()
    return row_to_article(row) if row is not None else None


def iter_table(
    engine: Engine, stmt: Select, key: Any, *, batch_size: int = 1000
) -> Iterator[dict[str, Any]]:
    """Rows of `stmt` paged by an increasing unique key column."""
    last: Any = None
    while True:
        page = stmt if last is None else stmt.where(key > last)
        with engine.connect() as conn:
            rows = conn.execute(page.order_by(key).limit(batch_size)).mappings().fetchall()
        for row in rows:
            yield dict(row)
        if len(rows) < batch_size:
            return
        last = rows[-1][key.name]
