"""Search for the reader: the corpus's full-text search, plus paging, an entity filter and facets.

The corpus ranks and returns the best hits (with snippets) for the page shown. Facets (outlet, kind,
entity) and the total come from counting the matches in index order, up to a cap, with the corpus's
own query parser, so the words mean the same in both. With no words, "search" browses the filtered
articles newest first, with facets from GROUP BY queries.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup
from sqlalchemy import column, func, literal_column, select, table

from newsdesk.corpus import QueryError, Store
from newsdesk.corpus import schema as t
from newsdesk.corpus.search import KINDS
from newsdesk.corpus.search_query import ParsedQuery, fts5_query, parse_query, pg_query
from newsdesk.serve.reader import KIND_OF_ROLE, Filters, Reader, Row, next_day

ENTITY_WINDOW = 1000  # the entity filter is applied after ranking, so look further
MAX_RESULTS = 1000  # deepest result a query pages to

Facet = tuple[str, str, list[tuple[str, int]]]  # (title, query field, [(value, count)])


@dataclass
class SearchResult:
    hits: list[Row] = field(default_factory=list)
    total: int = 0
    capped: bool = False  # more hits exist than the window counted
    facets: list[Facet] = field(default_factory=list)
    facets_partial: bool = False
    facet_window: int = 0
    error: str | None = None


FACET_MATCHES = 1000  # facets and the total count look at up to this many matches
FACET_ENTITY_MATCHES = 100  # entity facet: the entity table is large, look at fewer


def _entity_members(reader: Reader, name: str, article_ids: list[str]) -> set[str]:
    if not article_ids:
        return set()
    e = t.entities.c
    query = select(e.article_id).where(e.name == name, e.article_id.in_(article_ids))
    return {r["article_id"] for r in reader.rows(query)}


def _matches(reader: Reader, parsed: ParsedQuery, filters: Filters) -> Any:
    """Articles matching the words and filters, in index order (unranked: for counting)."""
    a = t.articles
    query = _text_matches(reader, select(a.c.id, a.c.outlet, a.c.role), a, "articles_fts", parsed)
    return filters.apply(query)


def _text_matches(reader: Reader, query: Any, rows: Any, fts_name: str, parsed: ParsedQuery) -> Any:
    """`query` kept to the `rows` whose text matches: by their FTS5 table `fts_name` in SQLite,
    by their `tsv` column in PostgreSQL."""
    if reader.engine.dialect.name == "sqlite":
        fts = table(fts_name, column("rowid"))
        return query.select_from(fts.join(rows, rows.c.num == fts.c.rowid)).where(
            literal_column(fts_name).op("MATCH")(fts5_query(parsed))
        )
    return query.where(literal_column(f"{rows.name}.tsv").op("@@")(pg_query(parsed)))


def _ticker_matches(reader: Reader, parsed: ParsedQuery, filters: Filters) -> Any:
    ti, ts = t.ticker_items, t.ticker_sightings
    query = _text_matches(reader, select(ti.c.id), ti, "ticker_fts", parsed)
    if filters.since:
        query = query.where(ti.c.last_seen >= filters.since.isoformat())
    if filters.until:
        query = query.where(ti.c.last_seen < next_day(filters.until))
    if filters.outlet:
        seen = select(ts.c.item_id).where(func.lower(ts.c.site) == filters.outlet.lower())
        query = query.where(ti.c.id.in_(seen))
    return query


def _count(reader: Reader, query: Any, cap: int) -> int:
    capped = query.limit(cap).subquery()
    return int(reader.scalar(select(func.count()).select_from(capped)) or 0)


def _facets(reader: Reader, q: str, filters: Filters) -> tuple[list[Facet], int, bool]:
    """Facets over the first FACET_MATCHES matches, and how many match (capped per kind)."""
    parsed = parse_query(q)
    tickers = 0
    if filters.kind in (None, "ticker") and not filters.entity:
        tickers = _count(reader, _ticker_matches(reader, parsed, filters), FACET_MATCHES + 1)
    if filters.kind == "ticker":
        return (
            [("Kind", "kind", [("ticker", tickers)] if tickers else [])],
            tickers,
            tickers > FACET_MATCHES,
        )
    matches = _matches(reader, parsed, filters)
    articles = _count(reader, matches, FACET_MATCHES + 1)
    window = matches.limit(FACET_MATCHES).subquery()

    def grouped(column: Any) -> list[tuple[str, int]]:
        query = (
            select(column.label("value"), func.count().label("n"))
            .group_by(column)
            .order_by(func.count().desc(), column)
            .limit(12)
        )
        return [(r["value"], r["n"]) for r in reader.rows(query) if r["value"]]

    e = t.entities.c
    few = select(matches.limit(FACET_ENTITY_MATCHES).subquery().c.id)
    entities = reader.rows(
        select(e.name.label("value"), func.count().label("n"))
        .where(e.article_id.in_(few))
        .group_by(e.name)
        .order_by(func.count().desc(), e.name)
        .limit(12)
    )
    kinds = [(KIND_OF_ROLE.get(v, v), n) for v, n in grouped(window.c.role)]
    if tickers:
        kinds.append(("ticker", tickers))
    facets = [
        ("Outlet", "outlet", grouped(window.c.outlet)),
        ("Kind", "kind", kinds),
        ("Entity", "entity", [(r["value"], r["n"]) for r in entities]),
    ]
    return facets, articles + tickers, max(articles, tickers) > FACET_MATCHES


def _hit_row(hit: Any) -> Row:
    row = hit.to_dict()
    row["snippet"] = Markup(row["snippet"])  # the corpus escapes the text and adds only <mark>
    return row


def _full_text(
    reader: Reader, store: Store, q: str, filters: Filters, limit: int, offset: int
) -> SearchResult:
    """One ranked page from the corpus search; facets and totals from counting the matches."""
    window = min(offset + limit, MAX_RESULTS)
    if filters.entity:  # the corpus ranks without the entity filter: rank more, then keep some
        window = ENTITY_WINDOW
    hits = store.search(
        q,
        outlet=filters.outlet,
        since=filters.since.isoformat() if filters.since else None,
        until=filters.until.isoformat() if filters.until else None,
        kind=filters.kind,
        limit=window,
    )
    if filters.entity:
        keep = _entity_members(reader, filters.entity, [h.id for h in hits if h.kind != "ticker"])
        hits = [h for h in hits if h.id in keep]
    facets, matched, capped = reader.cache.get(
        ("facets", q, filters.key()), lambda: _facets(reader, q, filters)
    )
    # With an entity filter only the ranked window was filtered: count what it kept.
    total = len(hits) if filters.entity else max(matched, len(hits))
    return SearchResult(
        hits=[_hit_row(h) for h in hits[offset : offset + limit]],
        total=min(total, MAX_RESULTS),
        capped=capped,
        facets=facets,
        facets_partial=capped,
        facet_window=FACET_MATCHES,
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
