"""Filtered, paginated lists of facts (quotes, counts, events, entities), captures, chart data."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, func, select

from newsdesk.corpus import schema as t
from newsdesk.serve.reader import Filters, Reader, Row, day_of

a = t.articles.c
Page = tuple[list[Row], int]


def _paged(reader: Reader, query: Any, order: list[Any], limit: int, offset: int) -> Page:
    items = reader.rows(query.order_by(*order).limit(limit).offset(offset))
    total = reader.scalar(select(func.count()).select_from(query.order_by(None).subquery()))
    return items, total or 0


def _fact_query(table: Any, filters: Filters) -> Any:
    query = select(
        table, a.outlet, a.date.label("article_date"), a.title.label("article_title")
    ).join(t.articles, a.id == table.c.article_id)
    return filters.apply(query)


def _fact_list(
    reader: Reader,
    table: Table,
    filters: Filters,
    column: str,
    value: str | None,
    limit: int,
    offset: int,
) -> Page:
    """One fact table's rows, filtered, optionally on one column, newest articles first."""
    query = _fact_query(table, filters)
    if value:
        query = query.where(table.c[column] == value)
    order = [a.date.desc().nullslast(), table.c.article_id, table.c.position]
    return _paged(reader, query, order, limit, offset)


def quotes(
    reader: Reader, filters: Filters, speaker: str | None, limit: int, offset: int = 0
) -> Page:
    return _fact_list(reader, t.quotes, filters, "speaker", speaker, limit, offset)


def counts(
    reader: Reader, filters: Filters, count_kind: str | None, limit: int, offset: int = 0
) -> Page:
    return _fact_list(reader, t.counts, filters, "kind", count_kind, limit, offset)


def events(
    reader: Reader, filters: Filters, event_type: str | None, limit: int, offset: int = 0
) -> Page:
    return _fact_list(reader, t.events, filters, "type", event_type, limit, offset)


def entities(
    reader: Reader, name_prefix: str | None, entity_type: str | None, limit: int, offset: int = 0
) -> Page:
    """Canonical entities by the number of articles naming them."""
    e = t.entities.c
    query = select(e.name, func.max(e.type).label("type"), func.count().label("articles"))
    if name_prefix:
        query = query.where(e.name.like(_like_prefix(name_prefix), escape="\\"))
    if entity_type:
        query = query.where(e.type == entity_type)
    query = query.group_by(e.name)
    return _paged(reader, query, [func.count().desc(), e.name], limit, offset)


def _like_prefix(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%"


CAPTURE_COLUMNS = (
    t.captures.c.sha256,
    t.captures.c.source,
    t.captures.c.url,
    t.captures.c.captured_at,
    t.captures.c.content_type,
    t.captures.c.size,
    t.captures.c.stored_at,
)


def captures(reader: Reader, failed: bool | None, limit: int, offset: int = 0) -> Page:
    """Stored captures with their page (if extracted) and open errors."""
    c, p, err = t.captures.c, t.pages.c, t.errors.c
    open_errors = (
        select(func.count())
        .where(err.capture_sha256 == c.sha256, err.resolved_at.is_(None))
        .scalar_subquery()
    )
    query = select(
        *CAPTURE_COLUMNS, p.kind, p.site, p.article_count, open_errors.label("open_errors")
    ).outerjoin(t.pages, p.capture_sha256 == c.sha256)
    if failed is True:
        query = query.where(open_errors > 0)
    elif failed is False:
        query = query.where(open_errors == 0)
    return _paged(reader, query, [c.stored_at.desc(), c.sha256], limit, offset)


def capture(reader: Reader, sha256: str) -> Row | None:
    c = t.captures.c
    row = reader.one(select(*CAPTURE_COLUMNS).where(c.sha256 == sha256))
    if row is None:
        return None
    row["page"] = reader.one(select(t.pages).where(t.pages.c.capture_sha256 == sha256))
    row["errors"] = reader.rows(
        select(t.errors).where(t.errors.c.capture_sha256 == sha256).order_by(t.errors.c.id)
    )
    row["articles"] = reader.rows(
        select(a.id, a.title, a.outlet, a.role, a.date)
        .where(a.capture_sha256 == sha256)
        .order_by(a.position)
    )
    return row


def capture_bytes(reader: Reader, sha256: str) -> bytes | None:
    return reader.scalar(select(t.captures.c.data).where(t.captures.c.sha256 == sha256))


def failures(reader: Reader, limit: int, offset: int = 0) -> Page:
    """Stage failures not yet resolved by a later run, newest first."""
    err = t.errors.c
    query = select(t.errors).where(err.resolved_at.is_(None))
    return _paged(reader, query, [err.attempted_at.desc(), err.id.desc()], limit, offset)


def coverage_points(reader: Reader) -> list[tuple[str, str, int]]:
    """(outlet, day, articles) over the whole corpus: the coverage chart's data."""

    def compute() -> list[tuple[str, str, int]]:
        day = day_of(a.date)
        query = (
            select(a.outlet, day.label("day"), func.count().label("n"))
            .where(a.date.is_not(None))
            .group_by(a.outlet, day)
        )
        return [(r["outlet"], r["day"], r["n"]) for r in reader.rows(query)]

    return reader.cache.get("coverage_points", compute)


def count_points(reader: Reader) -> list[tuple[str, str, int]]:
    """(kind, day, largest figure reported that day): counts over time without double counting.

    Several articles report the same toll; summing them would inflate it, so each day shows the
    largest figure of each kind any outlet reported.
    """

    def compute() -> list[tuple[str, str, int]]:
        day = day_of(a.date)
        k = t.counts.c
        query = (
            select(k.kind, day.label("day"), func.max(k.number).label("n"))
            .join(t.articles, a.id == k.article_id)
            .where(a.date.is_not(None))
            .group_by(k.kind, day)
        )
        return [(r["kind"], r["day"], r["n"]) for r in reader.rows(query)]

    return reader.cache.get("count_points", compute)
