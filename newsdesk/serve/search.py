"""Search for the reader: the corpus's full-text search, plus paging, an entity filter and facets.

The corpus ranks and returns the best N hits; the reader asks for one window of hits large enough
for the page shown and for facets (outlet, kind, entity), so one search call serves both. With no
words, "search" browses the filtered articles newest first, with facets from GROUP BY queries.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup
from sqlalchemy import func, select

from newsdesk.corpus import QueryError, Store
from newsdesk.corpus import schema as t
from newsdesk.corpus.search import KINDS
from newsdesk.serve.reader import KIND_OF_ROLE, Filters, Reader, Row

FACET_WINDOW = 200  # hits fetched for one page of results and its facets
ENTITY_WINDOW = 1000  # the entity filter is applied after ranking, so look further
MAX_RESULTS = 1000

Facet = tuple[str, str, list[tuple[str, int]]]  # (title, query field, [(value, count)])


@dataclass
class SearchResult:
    hits: list[Row] = field(default_factory=list)
    total: int = 0
    capped: bool = False  # more hits exist than the window counted
    facets: list[Facet] = field(default_factory=list)
    facets_partial: bool = False
    facet_window: int = FACET_WINDOW
    error: str | None = None


def _entity_members(reader: Reader, name: str, article_ids: list[str]) -> set[str]:
    if not article_ids:
        return set()
    e = t.entities.c
    query = select(e.article_id).where(e.name == name, e.article_id.in_(article_ids))
    return {r["article_id"] for r in reader.rows(query)}


def _entity_facet(reader: Reader, article_ids: list[str]) -> list[tuple[str, int]]:
    if not article_ids:
        return []
    e = t.entities.c
    query = (
        select(e.name, func.count().label("n"))
        .where(e.article_id.in_(article_ids))
        .group_by(e.name)
        .order_by(func.count().desc(), e.name)
        .limit(12)
    )
    return [(r["name"], r["n"]) for r in reader.rows(query)]


def _hit_row(hit: Any) -> Row:
    row = hit.to_dict()
    row["snippet"] = Markup(row["snippet"])  # the corpus escapes the text and adds only <mark>
    return row


def _full_text(
    reader: Reader, store: Store, q: str, filters: Filters, limit: int, offset: int
) -> SearchResult:
    window = min(max(FACET_WINDOW, offset + limit), MAX_RESULTS)
    if filters.entity:
        window = max(window, ENTITY_WINDOW)
    hits = store.search(
        q,
        outlet=filters.outlet,
        since=filters.since.isoformat() if filters.since else None,
        until=filters.until.isoformat() if filters.until else None,
        kind=filters.kind,
        limit=window,
    )
    capped = len(hits) >= window
    if filters.entity:
        keep = _entity_members(reader, filters.entity, [h.id for h in hits if h.kind != "ticker"])
        hits = [h for h in hits if h.id in keep]
    counted = hits[:FACET_WINDOW]
    outlets = Counter(h.outlet for h in counted if h.outlet)
    kinds = Counter(h.kind for h in counted)
    article_ids = [h.id for h in counted if h.kind != "ticker"]
    return SearchResult(
        hits=[_hit_row(h) for h in hits[offset : offset + limit]],
        total=len(hits),
        capped=capped,
        facets=[
            ("Outlet", "outlet", outlets.most_common(12)),
            ("Kind", "kind", kinds.most_common()),
            ("Entity", "entity", _entity_facet(reader, article_ids)),
        ],
        facets_partial=len(hits) > FACET_WINDOW or capped,
    )


def _browse(reader: Reader, filters: Filters, limit: int, offset: int) -> SearchResult:
    """No words: the filtered articles, newest first, with exact facets."""
    rows, total = reader.articles(filters, limit, offset)
    for row in rows:
        row.update(kind=_kind_of_role(row["role"]), published=row["published"] or row["date"],
                   snippet=row.get("standfirst") or "")  # fmt: skip

    def facet(column: Any) -> list[tuple[str, int]]:
        query = filters.apply(select(column.label("value"), func.count().label("n")))
        query = query.group_by(column).order_by(func.count().desc()).limit(12)
        return [(r["value"], r["n"]) for r in reader.rows(query) if r["value"]]

    def compute() -> list[Facet]:
        a = t.articles.c
        kinds = [(_kind_of_role(v), n) for v, n in facet(a.role)]
        entity_query = filters.apply(
            select(t.entities.c.name.label("value"), func.count().label("n")).join(
                t.articles, a.id == t.entities.c.article_id
            )
        )
        if not (filters.outlet or filters.since or filters.until or filters.entity):
            since = reader.recent_since(30) or ""  # unfiltered: the recent window, like home
            entity_query = entity_query.where(a.date >= since)
        entity_query = (
            entity_query.group_by(t.entities.c.name).order_by(func.count().desc()).limit(12)
        )
        entities = [(r["value"], r["n"]) for r in reader.rows(entity_query)]
        return [("Outlet", "outlet", facet(a.outlet)), ("Kind", "kind", kinds),
                ("Entity", "entity", entities)]  # fmt: skip

    return SearchResult(
        hits=rows, total=total, facets=reader.cache.get(("browse-facets", filters.key()), compute)
    )


def _kind_of_role(role: str) -> str:
    return KIND_OF_ROLE.get(role, role)


def search(
    reader: Reader, store: Store, q: str, filters: Filters, limit: int, offset: int = 0
) -> SearchResult:
    """One page of results for the query and filters; a bad query comes back as `error`."""
    try:
        if q.strip():
            return _full_text(reader, store, q, filters, limit, offset)
        if filters.kind == "ticker":
            return SearchResult(error="kind 'ticker' needs words to search for")
        return _browse(reader, filters, limit, offset)
    except QueryError as exc:
        return SearchResult(error=str(exc))


__all__ = ["KINDS", "SearchResult", "search"]
