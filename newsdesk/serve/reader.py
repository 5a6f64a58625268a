"""What the reader site and the API ask of the corpus: read-only queries over its tables.

serve never parses a page: everything here reads what ingest, enrichment and the stories stage
stored (newsdesk.corpus.schema). Rows come back as plain dicts ready for a template or for JSON.
Queries that scan the whole corpus go through the TTL cache; per-item queries use indexes.
"""

from __future__ import annotations

import functools
import json
import math
import threading
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, and_, func, literal_column, select
from sqlalchemy.sql import Select

from newsdesk.corpus import schema as t
from newsdesk.serve.cache import TTLCache

T = TypeVar("T")

Row = dict[str, Any]

ARTICLE_LIST_COLUMNS = (
    t.articles.c.id,
    t.articles.c.title,
    t.articles.c.outlet,
    t.articles.c.role,
    t.articles.c.published,
    t.articles.c.published_text,
    t.articles.c.date,
    t.articles.c.section,
    t.articles.c.standfirst,
    t.articles.c.reading_minutes,
    t.articles.c.authors,
    t.articles.c.capture_sha256,
)
ROLE_OF_KIND = {"article": "main", "related": "related", "digest-entry": "digest-entry"}
KIND_OF_ROLE = {role: kind for kind, role in ROLE_OF_KIND.items()}
_JSON_LISTS = ("authors", "tags", "images", "headings", "aliases", "roles", "actors", "targets")


def _loads(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except ValueError:
        return []


def plain_rows(result: Any) -> list[Row]:
    """Result rows as dicts, with the JSON list columns decoded (looked up once per result)."""
    keys = list(result.keys())
    json_at = [i for i, key in enumerate(keys) if key in _JSON_LISTS]
    rows = []
    for raw in result:
        values = list(raw)
        for i in json_at:
            values[i] = _loads(values[i])
        rows.append(dict(zip(keys, values, strict=True)))
    return rows


def day_of(column: Any) -> Any:
    """The YYYY-MM-DD prefix of an ISO date column. Literal (not bound) arguments, so the same
    expression in SELECT and GROUP BY compares equal on PostgreSQL too."""
    return func.substr(column, literal_column("1"), literal_column("10"))


def next_day(day: date) -> str:
    """ISO text just past `day`: ISO dates and datetimes of that day all sort below it."""
    return (day + timedelta(days=1)).isoformat()


class Filters:
    """The filters shared by lists, search and the API (outlet, date range, kind, entity)."""

    def __init__(
        self,
        outlet: str | None = None,
        since: date | None = None,
        until: date | None = None,
        kind: str | None = None,
        entity: str | None = None,
    ) -> None:
        self.outlet = outlet or None
        self.since = since
        self.until = until
        self.kind = kind or None
        self.entity = entity or None

    def key(self) -> tuple[Any, ...]:
        return (self.outlet, self.since, self.until, self.kind, self.entity)

    def apply(self, query: Select) -> Select:
        """Restrict a query over `articles` to the filtered articles."""
        a = t.articles.c
        if self.outlet:
            query = query.where(a.outlet == self.outlet)
        if self.since:
            query = query.where(a.date >= self.since.isoformat())
        if self.until:
            query = query.where(a.date < next_day(self.until))
        if self.kind:  # the search kinds name roles: "article" is a main article
            query = query.where(a.role == ROLE_OF_KIND.get(self.kind, self.kind))
        if self.entity:
            query = query.where(
                a.id.in_(select(t.entities.c.article_id).where(t.entities.c.name == self.entity))
            )
        return query


class Reader:
    """Read-only access to one corpus database for pages and API routes."""

    def __init__(self, engine: Engine, cache_seconds: float = 30.0) -> None:
        self.engine = engine
        self.cache = TTLCache(cache_seconds)
        self._local = threading.local()

    @contextmanager
    def session(self) -> Iterator[None]:
        """Run the queries of one request on one connection (one read snapshot, one BEGIN)."""
        if getattr(self._local, "conn", None) is not None:
            yield
            return
        with self.engine.connect() as conn:
            self._local.conn = conn
            try:
                yield
            finally:
                self._local.conn = None

    @contextmanager
    def _connection(self) -> Iterator[Connection]:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            yield conn
            return
        with self.engine.connect() as fresh:
            yield fresh

    def rows(self, query: Any) -> list[Row]:
        with self._connection() as conn:
            return plain_rows(conn.execute(query))

    def one(self, query: Any) -> Row | None:
        found = self.rows(query.limit(1) if isinstance(query, Select) else query)
        return found[0] if found else None

    def scalar(self, query: Any) -> Any:
        with self._connection() as conn:
            return conn.execute(query).scalar()

    def run(self, read: Callable[[Connection], T]) -> T:
        """A library read (another stage's) on this request's connection and snapshot."""
        with self._connection() as conn:
            return read(conn)

    # --- the corpus at a glance -------------------------------------------------------------

    def stats(self) -> Row:
        def compute() -> Row:
            count = func.count()
            unresolved = t.errors.c.resolved_at.is_(None)
            return {
                "captures": self.scalar(select(count).select_from(t.captures)),
                "pages": self.scalar(select(count).select_from(t.pages)),
                "articles": self.scalar(select(count).select_from(t.articles)),
                "outlets": self.scalar(select(func.count(t.articles.c.outlet.distinct()))),
                "stories": self.scalar(select(count).select_from(t.stories)),
                "errors": self.scalar(select(count).select_from(t.errors).where(unresolved)),
                "first": self.scalar(select(func.min(t.articles.c.date))),
                "last": self.scalar(select(func.max(t.articles.c.date))),
            }

        return self.cache.get("stats", compute)

    def newest_day(self) -> date | None:
        last = self.stats()["last"]
        try:
            return date.fromisoformat(last[:10]) if last else None
        except ValueError:
            return None

    def recent_since(self, days: int) -> str | None:
        """ISO day `days` before the newest article: "recent" follows the corpus, not the clock."""
        newest = self.newest_day()
        return (newest - timedelta(days=days)).isoformat() if newest else None

    # --- lists of articles ------------------------------------------------------------------

    def articles(self, filters: Filters, limit: int, offset: int = 0) -> tuple[list[Row], int]:
        a = t.articles.c
        base = filters.apply(select(*ARTICLE_LIST_COLUMNS))
        items = self.rows(
            base.order_by(a.date.desc().nullslast(), a.num.desc()).limit(limit).offset(offset)
        )
        total = self.scalar(filters.apply(select(func.count()).select_from(t.articles)))
        return items, total or 0

    def latest_articles(self, limit: int = 12) -> list[Row]:
        return self.articles(Filters(), limit)[0]

    # --- ticker, sections, regions, outlets, entities for the home page ---------------------

    def ticker(self, limit: int = 20, offset: int = 0) -> list[Row]:
        """Ticker items newest first, each with the site (outlet) it was last seen on."""
        ti, ts = t.ticker_items.c, t.ticker_sightings.c
        site = (
            select(ts.site)
            .where(ts.item_id == ti.id)
            .order_by(ts.captured_at.desc().nullslast())
            .limit(1)
            .scalar_subquery()
        )
        query = (
            select(ti.id, ti.text, ti.attribution, ti.first_seen, ti.last_seen, site.label("site"))
            .order_by(ti.last_seen.desc().nullslast(), ti.num.desc())
            .limit(limit)
            .offset(offset)
        )

        def compute() -> list[Row]:
            items = self.rows(query)
            for item in items:  # some pages print the attribution inside the item text too
                who = item["attribution"]
                if who and item["text"].startswith(who + ":"):
                    item["text"] = item["text"][len(who) + 1 :].lstrip()
            return items

        return self.cache.get(("ticker", limit, offset), compute)

    def sections(self, limit: int = 16) -> list[Row]:
        """The outlets' own sections and the most used tags over the recent window."""

        def compute() -> list[Row]:
            a = t.articles.c
            since = self.recent_since(30) or ""
            query = (
                select(a.section.label("name"), func.count().label("n"))
                .where(a.section.is_not(None), a.section != "", a.date >= since)
                .group_by(a.section)
                .order_by(func.count().desc())
                .limit(limit)
            )
            found = {r["name"]: r["n"] for r in self.rows(query)}
            tags: dict[str, int] = defaultdict(int)
            tagged = select(a.tags).where(a.tags != "[]", a.date >= since).limit(5000)
            for row in self.rows(tagged):
                for tag in row["tags"][:8]:
                    tags[tag] += 1
            for tag, n in tags.items():
                found[tag] = max(found.get(tag, 0), n)
            ranked = sorted(found.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
            return [{"name": name, "n": n} for name, n in ranked]

        return self.cache.get(("sections", limit), compute)

    def regions(self, limit: int = 16, days: int = 7) -> list[Row]:
        """The places most written about over the recent window, with their country."""

        def compute() -> list[Row]:
            p = t.places.c
            query = (
                select(p.name, func.max(p.country).label("country"),
                       func.count(p.article_id.distinct()).label("n"))
                .where(p.article_id.in_(self.recent_ids(days)))
                .group_by(p.name)
                .order_by(func.count(p.article_id.distinct()).desc(), p.name)
                .limit(limit)
            )  # fmt: skip
            return self.rows(query)

        return self.cache.get(("regions", limit, days), compute)

    def outlets(self, limit: int = 200) -> list[Row]:
        def compute() -> list[Row]:
            a = t.articles.c
            query = (
                select(a.outlet.label("name"), func.count().label("n"),
                       func.min(a.date).label("first"), func.max(a.date).label("last"))
                .where(a.outlet != "")
                .group_by(a.outlet)
                .order_by(func.count().desc(), a.outlet)
                .limit(limit)
            )  # fmt: skip
            return self.rows(query)

        return self.cache.get(("outlets", limit), compute)

    def top_entities(self, limit: int = 15, days: int | None = 7) -> list[Row]:
        """Entities in the most articles (over the recent window when `days` is given)."""

        def compute() -> list[Row]:
            e = t.entities.c
            query = select(e.name, func.max(e.type).label("type"), func.count().label("n"))
            if days is not None:
                query = query.where(e.article_id.in_(self.recent_ids(days)))
            query = query.group_by(e.name).order_by(func.count().desc(), e.name).limit(limit)
            return self.rows(query)

        return self.cache.get(("top_entities", limit, days), compute)

    def recent_ids(self, days: int) -> Select:
        """Ids of the articles of the last `days` days of the corpus (uses the date index)."""
        a = t.articles.c
        return select(a.id).where(a.date >= (self.recent_since(days) or ""))

    # --- stories ----------------------------------------------------------------------------

    def story_outlets(self, story_ids: list[str]) -> dict[str, list[str]]:
        if not story_ids:
            return {}
        sa, a = t.story_articles.c, t.articles.c
        query = (
            select(sa.story_id, a.outlet, func.count().label("n"))
            .join(t.articles, a.id == sa.article_id)
            .where(sa.story_id.in_(story_ids))
            .group_by(sa.story_id, a.outlet)
            .order_by(func.count().desc())
        )
        found: dict[str, list[str]] = defaultdict(list)
        for row in self.rows(query):
            found[row["story_id"]].append(row["outlet"])
        return found

    def stories(self, filters: Filters, limit: int, offset: int = 0) -> tuple[list[Row], int]:
        s = t.stories.c
        query = select(s.id, s.title, s.first_seen, s.last_seen, s.article_count, s.data)
        count = select(func.count()).select_from(t.stories)
        conditions = []
        if filters.since:
            conditions.append(s.last_seen >= filters.since.isoformat())
        if filters.until:
            conditions.append(s.first_seen < next_day(filters.until))
        if filters.outlet or filters.entity:
            member = filters.apply(
                select(t.story_articles.c.story_id).join(
                    t.articles, t.articles.c.id == t.story_articles.c.article_id
                )
            )
            conditions.append(s.id.in_(member))
        if conditions:
            query, count = query.where(and_(*conditions)), count.where(and_(*conditions))
        rows = self.rows(
            query.order_by(s.last_seen.desc().nullslast(), s.id).limit(limit).offset(offset)
        )
        outlets = self.story_outlets([r["id"] for r in rows])
        for row in rows:
            row["outlets"] = outlets.get(row["id"], [])
            row["summary"] = _story_data(row.pop("data")).get("summary")
        return rows, self.scalar(count) or 0

    def top_stories(self, limit: int = 10) -> list[Row]:
        """Stories ranked by coverage (articles, outlets) decayed by age, newest corpus day = 0."""

        def compute() -> list[Row]:
            candidates, _ = self.stories(Filters(), 120)
            newest = self.newest_day()

            def score(row: Row) -> float:
                try:
                    seen = date.fromisoformat((row["last_seen"] or "")[:10])
                    age = max(0, (newest - seen).days) if newest else 0
                except ValueError:
                    age = 30
                coverage = math.log2(1 + row["article_count"]) + len(row["outlets"])
                return coverage * 0.5 ** (age / 3)

            return sorted(candidates, key=score, reverse=True)[:limit]

        return self.cache.get(("top_stories", limit), compute)


F = TypeVar("F", bound=Callable[..., Any])


def in_session(route: F) -> F:
    """Run a (sync) route's queries on one connection: `request.app.state.reader.session()`."""

    @functools.wraps(route)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        request = kwargs.get("request")
        if request is None:
            return route(*args, **kwargs)
        with request.app.state.reader.session():
            return route(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


def _story_data(raw: str | None) -> Row:
    if not raw:
        return {}
    try:
        data = json.loads(raw)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def story_data(raw: str | None) -> Row:
    return _story_data(raw)
