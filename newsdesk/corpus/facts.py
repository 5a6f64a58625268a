"""Queries over what the corpus knows beyond article text: duplicates, ticker, links, enrichment
facts (entities, quotes, counts, places, events, labels) and story assignments."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, select

from newsdesk.corpus import schema as s
from newsdesk.corpus.read import date_bounds, iter_table
from newsdesk.corpus.write import _insert, now


def duplicate_group(engine: Engine, article_id: str) -> dict[str, Any]:
    """{"canonical": id, "members": [{"id", "outlet", "title", "source", "relation",
    "similarity", "date"}]} for the group the article belongs to (members exclude the canonical)."""
    a, d = s.articles, s.duplicates
    with engine.connect() as conn:
        canonical = (
            conn.execute(select(d.c.canonical_id).where(d.c.article_id == article_id)).scalar()
            or article_id
        )
        rows = conn.execute(
            select(
                a.c.id,
                a.c.outlet,
                a.c.title,
                a.c.date,
                s.pages.c.source,
                d.c.relation,
                d.c.similarity,
            )
            .join(d, d.c.article_id == a.c.id)
            .join(s.pages, s.pages.c.capture_sha256 == a.c.capture_sha256)
            .where(d.c.canonical_id == canonical)
            .order_by(a.c.date, a.c.id)
        ).mappings()
        members = [dict(r) for r in rows]
    return {
        "canonical": canonical,
        "also_published_by": sorted(
            {m["outlet"] for m in members if m["relation"] == "syndicated"}
        ),
        "versions": [m for m in members if m["relation"] == "version"],
        "members": members,
    }


def iter_ticker(
    engine: Engine,
    *,
    since: str | None = None,
    until: str | None = None,
    outlet: str | None = None,
) -> Iterator[dict[str, Any]]:
    """Ticker items once each: id, text, attribution, first_seen, last_seen, sightings (count)."""
    t, sight = s.ticker_items, s.ticker_sightings
    count = (
        select(func.count()).where(sight.c.item_id == t.c.id).scalar_subquery().label("sightings")
    )
    stmt = select(
        t.c.num, t.c.id, t.c.text, t.c.attribution, t.c.first_seen, t.c.last_seen, count
    ).where(*date_bounds(t.c.last_seen, since, until))
    if outlet:
        stmt = stmt.where(
            select(sight.c.item_id)
            .where(sight.c.item_id == t.c.id, func.lower(sight.c.site) == outlet.lower())
            .exists()
        )
    for row in iter_table(engine, stmt, t.c.num):
        row.pop("num")
        yield row


def ticker_sightings(engine: Engine, item_id: str) -> list[dict[str, Any]]:
    sight = s.ticker_sightings
    stmt = (
        select(
            sight.c.capture_sha256,
            sight.c.position,
            sight.c.site,
            sight.c.captured_at,
            s.pages.c.source,
        )
        .join(s.pages, s.pages.c.capture_sha256 == sight.c.capture_sha256)
        .where(sight.c.item_id == item_id)
        .order_by(sight.c.captured_at)
    )
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(stmt).mappings()]


def iter_links(engine: Engine, *, list_name: str | None = None) -> Iterator[dict[str, Any]]:
    """Link-list entries ("Most Read", "Related Articles", ...) with the page they were on."""
    link = s.links
    stmt = select(link, s.pages.c.source, s.pages.c.site, s.pages.c.captured_at).join(
        s.pages, s.pages.c.capture_sha256 == link.c.capture_sha256
    )
    if list_name:
        stmt = stmt.where(link.c.list == list_name)
    last: tuple[str, int] | None = None
    while True:
        page = stmt
        if last is not None:
            page = page.where(
                (link.c.capture_sha256 > last[0])
                | ((link.c.capture_sha256 == last[0]) & (link.c.position > last[1]))
            )
        with engine.connect() as conn:
            rows = (
                conn.execute(page.order_by(link.c.capture_sha256, link.c.position).limit(1000))
                .mappings()
                .fetchall()
            )
        for row in rows:
            yield dict(row)
        if len(rows) < 1000:
            return
        last = (rows[-1]["capture_sha256"], rows[-1]["position"])


def _json_columns(row: dict[str, Any], *names: str) -> dict[str, Any]:
    for name in names:
        if name in row and isinstance(row[name], str):
            row[name] = json.loads(row[name])
    return row


def fact_rows(
    engine: Engine, name: str, /, *, article_ids: list[str] | None = None, **equals: Any
) -> list[dict[str, Any]]:
    """Rows of one fact table ("entities", "mentions", "quotes", "counts", "places", "events",
    "labels"), optionally for some articles and with column == value filters."""
    if name != "entities" and name not in s.FACT_TABLES:
        raise ValueError(f"{name!r}: not a fact table ({', '.join(['entities', *s.FACT_TABLES])})")
    table = s.entities if name == "entities" else s.FACT_TABLES[name]
    stmt = select(table)
    if article_ids is not None:
        stmt = stmt.where(table.c.article_id.in_(article_ids))
    for column, value in equals.items():
        stmt = stmt.where(table.c[column] == value)
    with engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(stmt).mappings()]
    return [_json_columns(r, "aliases", "roles", "actors", "targets") for r in rows]


# -- stories (written by newsdesk.corpus.stories) -----------------------------------------------
STORY_COLUMNS = ("id", "title", "first_seen", "last_seen", "article_count")


def story_row(story: dict[str, Any], stamp: str) -> dict[str, Any]:
    """A `stories` row of a story dict: its columns, any other keys as JSON in `data`."""
    row = {k: story.get(k) for k in STORY_COLUMNS}
    row["article_count"] = row["article_count"] or 0
    extra = {k: v for k, v in story.items() if k not in STORY_COLUMNS}
    row["data"] = json.dumps(extra, ensure_ascii=False) if extra else None
    row["updated_at"] = stamp
    return row


def save_stories(conn: Connection, stories: Iterable[dict[str, Any]]) -> None:
    """Insert or replace stories: dicts with id, title, first_seen, last_seen, article_count and
    any other keys (kept as JSON in `data`)."""
    table = s.stories
    for story in stories:
        row = story_row(story, now())
        stmt = _insert(conn, table).values(**row)
        stmt = stmt.on_conflict_do_update(
            index_elements=["id"], set_={k: stmt.excluded[k] for k in row if k != "id"}
        )
        conn.execute(stmt)


def assign_stories(
    conn: Connection,
    assignments: Iterable[tuple[str, str, float | None]],
    *,
    method_version: str | None = None,
) -> None:
    """Set (article_id, story_id, score) assignments, replacing earlier ones for those articles."""
    table = s.story_articles
    for article_id, story_id, score in assignments:
        stmt = _insert(conn, table).values(
            article_id=article_id, story_id=story_id, score=score, method_version=method_version
        )
        stmt = stmt.on_conflict_do_update(
            index_elements=["article_id"],
            set_={"story_id": story_id, "score": score, "method_version": method_version},
        )
        conn.execute(stmt)


def clear_stories(conn: Connection) -> None:
    conn.execute(delete(s.story_articles))
    conn.execute(delete(s.stories))


def iter_stories(engine: Engine) -> Iterator[dict[str, Any]]:
    for row in iter_table(engine, select(s.stories), s.stories.c.id):
        extra = json.loads(row.pop("data") or "{}")
        yield {**row, **extra}
