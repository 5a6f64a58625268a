"""Stories in the corpus: incremental clustering after each ingest, rebuild, listing.

The clusterer's state (vocabulary, document frequencies, active stories, dormant index) is kept
in the `story_state` table between runs, so each ingest batch only places its own articles.
Merges are recorded in `story_merges`. Story rows and assignments use the corpus's own
`stories` / `story_articles` tables (notes/corpus-api.md).
"""

from __future__ import annotations

import json
import pickle
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Column,
    Float,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    delete,
    insert,
    select,
    update,
)

from newsdesk.corpus import register_migration
from newsdesk.corpus import schema as s
from newsdesk.corpus.facts import assign_stories, clear_stories, save_stories
from newsdesk.corpus.read import StoredArticle
from newsdesk.corpus.stories.cluster import METHOD_VERSION, ClusterParams, StoryClusterer
from newsdesk.corpus.stories.features import StoryItem, from_days, to_days
from newsdesk.corpus.stories.summary import build_story

metadata = MetaData()
story_state = Table(
    "story_state",
    metadata,
    Column("name", String(40), primary_key=True),
    Column("data", LargeBinary, nullable=False),
    Column("updated_at", Text),
)
story_merges = Table(
    "story_merges",
    metadata,
    Column("absorbed_id", String(40), primary_key=True),
    Column("into_id", String(40), nullable=False, index=True),
    Column("merged_at", Text),
    Column("similarity", Float),
    Column("method_version", Text),
)


def _migrate(conn: Any) -> None:
    metadata.create_all(conn, tables=[story_state, story_merges], checkfirst=True)


register_migration("stories_0001_state_and_merges", _migrate)
_READY: set[int] = set()


def ensure_tables(store: Any) -> None:
    """Create our tables if the store was opened before this module registered its migration."""
    if id(store.engine) not in _READY:
        with store.write() as conn:
            _migrate(conn)
        _READY.add(id(store.engine))


STATE_NAME = "clusterer"


@dataclass
class ClusterReport:
    placed: int = 0
    new_stories: int = 0
    merges: int = 0
    ticker_items: int = 0
    stories_updated: int = 0
    skipped: list[str] = field(default_factory=list)  # already placed


def article_item(art: StoredArticle) -> StoryItem:
    a = art.article
    names = [e.name for e in a.entities or []] + [p.name for p in a.places or []]
    return StoryItem(
        id=art.id,
        time=to_days(art.date) or to_days(art.captured_at),
        title=a.title,
        body=a.body,
        outlet=a.outlet or art.site or "",
        entities=names,
        kind=a.role,
        url=a.url or (art.source if art.source.startswith(("http://", "https://")) else ""),
    )


def ticker_item(row: dict[str, Any]) -> StoryItem:
    return StoryItem(
        id="ticker:" + row["id"],
        time=to_days(row.get("first_seen")),
        title=row.get("text") or "",
        body="",
        outlet="",
        kind="ticker",
    )


# The last state this process saved, per database: the next ingest batch reuses it instead of
# unpickling it again, unless another process saved a newer one since (the stamp differs).
_LAST_SAVED: dict[str, tuple[str, StoryClusterer]] = {}


def _db_key(store: Any) -> str:
    return str(store.engine.url)


def load_clusterer(store: Any, params: ClusterParams | None = None) -> StoryClusterer:
    ensure_tables(store)
    with store.read() as conn:
        stamp = conn.execute(
            select(story_state.c.updated_at).where(story_state.c.name == STATE_NAME)
        ).scalar()
        cached = _LAST_SAVED.get(_db_key(store))
        if stamp is not None and cached is not None and cached[0] == stamp:
            return cached[1]
        data = conn.execute(
            select(story_state.c.data).where(story_state.c.name == STATE_NAME)
        ).scalar()
    if data is None:
        return StoryClusterer(params)
    return pickle.loads(data)  # our own table, written by save_clusterer only


def save_clusterer(conn: Any, clusterer: StoryClusterer, key: str) -> None:
    blob = pickle.dumps(clusterer, protocol=pickle.HIGHEST_PROTOCOL)
    stamp = f"{datetime.now(UTC).isoformat(timespec='microseconds')} {uuid.uuid4().hex[:8]}"
    conn.execute(delete(story_state).where(story_state.c.name == STATE_NAME))
    conn.execute(insert(story_state).values(name=STATE_NAME, data=blob, updated_at=stamp))
    _LAST_SAVED[key] = (stamp, clusterer)


def _assigned(store: Any, ids: list[str]) -> set[str]:
    found: set[str] = set()
    with store.read() as conn:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            found.update(
                conn.scalars(
                    select(s.story_articles.c.article_id).where(
                        s.story_articles.c.article_id.in_(chunk)
                    )
                )
            )
    return found


def place(
    store: Any,
    clusterer: StoryClusterer,
    articles: Iterable[StoredArticle],
    ticker: Iterable[dict[str, Any]] = (),
    *,
    save_state: bool = True,
) -> ClusterReport:
    """Add articles (and ticker items) to the clusterer, oldest first, and write the outcome."""
    report = ClusterReport()
    items = [article_item(a) for a in articles]
    tickers = {("ticker:" + t["id"]): t for t in ticker}
    items += [ticker_item(t) for t in tickers.values()]
    # Oldest first; undated items last, where they count as arriving now.
    items.sort(key=lambda it: (it.time is None, it.time or 0.0, it.id))
    merges_before = len(clusterer.merges)
    assignments = list(clusterer.add(items))
    touched: set[str] = set()
    rows = []
    ticker_of = getattr(clusterer, "ticker_items", None)
    if ticker_of is None:
        ticker_of = clusterer.ticker_items = {}  # type: ignore[attr-defined]
    for a in assignments:
        if a.item_id.startswith("ticker:"):
            if a.story_id:
                ticker_of.setdefault(a.story_id, []).append(tickers[a.item_id])
                report.ticker_items += 1
                touched.add(a.story_id)
            continue
        rows.append((a.item_id, a.story_id, a.score))
        touched.add(a.story_id)
        report.placed += 1
        report.new_stories += a.new_story
    merges = clusterer.merges[merges_before:]
    report.merges = len(merges)
    with store.write() as conn:
        # Story rows first (assignments point at them), with placeholders the summary replaces.
        live = {clusterer.resolve(sid) for sid in touched}
        save_stories(conn, [_stub(clusterer, sid) for sid in live if sid in clusterer.stories])
        assign_stories(
            conn,
            [(aid, clusterer.resolve(sid), score) for aid, sid, score in rows],
            method_version=METHOD_VERSION,
        )
        for m in merges:
            into = clusterer.resolve(m.into)
            save_stories(conn, [_stub(clusterer, into)])
            conn.execute(
                update(s.story_articles)
                .where(s.story_articles.c.story_id == m.absorbed)
                .values(story_id=into)
            )
            conn.execute(delete(s.stories).where(s.stories.c.id == m.absorbed))
            conn.execute(delete(story_merges).where(story_merges.c.absorbed_id == m.absorbed))
            conn.execute(
                insert(story_merges).values(
                    absorbed_id=m.absorbed,
                    into_id=into,
                    merged_at=from_days(m.at),
                    similarity=m.similarity,
                    method_version=METHOD_VERSION,
                )
            )
            live.add(into)
            if m.absorbed in ticker_of:
                ticker_of.setdefault(into, []).extend(ticker_of.pop(m.absorbed))
        if save_state:
            save_clusterer(conn, clusterer, _db_key(store))
    report.stories_updated = refresh_summaries(store, clusterer, live)
    return report


def _stub(clusterer: StoryClusterer, sid: str) -> dict[str, Any]:
    story = clusterer.stories[sid]
    return {
        "id": sid,
        "title": "",
        "first_seen": from_days(story.first),
        "last_seen": from_days(story.last),
        "article_count": len(story.members),
    }


def refresh_summaries(store: Any, clusterer: StoryClusterer, story_ids: Iterable[str]) -> int:
    """Rebuild the stored record of each story from its members."""
    ticker_of = getattr(clusterer, "ticker_items", {})
    merged_from: dict[str, list[dict[str, Any]]] = {}
    for m in clusterer.merges:
        merged_from.setdefault(clusterer.resolve(m.into), []).append(
            {"story": m.absorbed, "at": from_days(m.at), "similarity": m.similarity}
        )
    records = []
    for sid in story_ids:
        members = list(store.articles(story_id=sid))
        if not members:
            continue
        records.append(
            build_story(
                sid, members, ticker=ticker_of.get(sid, []), merged_from=merged_from.get(sid, [])
            )
        )
    if records:
        store.save_stories(records)
    return len(records)


def cluster_new(store: Any, article_ids: list[str]) -> ClusterReport:
    """The post-ingest hook: place the articles just written that have no story yet."""
    done = _assigned(store, article_ids)
    todo = [i for i in article_ids if i not in done]
    report = ClusterReport(skipped=sorted(done))
    if not todo:
        return report
    clusterer = load_clusterer(store)
    articles = list(store.articles(ids=todo))
    dates = [a.date for a in articles if a.date]
    seen = getattr(clusterer, "ticker_seen", None)
    if seen is None:
        seen = clusterer.ticker_seen = set()  # type: ignore[attr-defined]
    try:
        since = min(dates)[:10] if dates else None
        ticker = [t for t in store.ticker(since=since) if t["id"] not in seen] if dates else []
        seen.update(t["id"] for t in ticker)
        placed = place(store, clusterer, articles, ticker)
    except BaseException:
        _LAST_SAVED.pop(_db_key(store), None)  # the in-memory state ran ahead of the database
        raise
    placed.skipped = report.skipped
    return placed


def recluster(store: Any, params: ClusterParams | None = None, batch: int = 2000) -> ClusterReport:
    """Forget every story and cluster the whole corpus again, oldest article first."""
    ensure_tables(store)
    with store.read() as conn:
        order = conn.execute(select(s.articles.c.id, s.articles.c.date)).all()
    order.sort(key=lambda r: (r.date or "", r.id))
    with store.write() as conn:
        clear_stories(conn)
        conn.execute(delete(story_merges))
        conn.execute(delete(story_state))
    clusterer = StoryClusterer(params)
    clusterer.ticker_seen = set()  # type: ignore[attr-defined]
    total = ClusterReport()
    ticker = list(store.ticker())
    clusterer.ticker_seen.update(t["id"] for t in ticker)  # type: ignore[attr-defined]
    for start in range(0, max(len(order), 1), batch):
        ids = [r.id for r in order[start : start + batch]]
        arts = list(store.articles(ids=ids)) if ids else []
        newest = order[start + len(ids) - 1].date or "" if ids else ""
        final = start + batch >= len(order)
        due = [t for t in ticker if final or (t.get("first_seen") or "") <= newest]
        due_ids = {t["id"] for t in due}
        ticker = [t for t in ticker if t["id"] not in due_ids]
        r = place(store, clusterer, arts, due, save_state=final)
        total.placed += r.placed
        total.new_stories += r.new_stories
        total.merges += r.merges
        total.ticker_items += r.ticker_items
        total.stories_updated += r.stories_updated
    return total


def list_stories(
    store: Any,
    *,
    since: str | None = None,
    entity: str | None = None,
    outlet: str | None = None,
    limit: int | None = None,
) -> Iterator[dict[str, Any]]:
    """Stored stories, latest news first, filtered by date, entity (actor or place) and outlet."""
    rows = sorted(store.stories(), key=lambda r: (r.get("last_seen") or "", r["id"]), reverse=True)
    count = 0
    for row in rows:
        if since and (row.get("last_seen") or "") < since:
            continue
        if outlet and not any(outlet.lower() in o.lower() for o in row.get("outlets") or []):
            continue
        if entity:
            names = [*(row.get("actors") or []), *(p["name"] for p in row.get("places") or [])]
            names += list(row.get("framing") or {})
            if (
                not any(entity.lower() in n.lower() for n in names)
                and entity.lower() not in (row.get("title") or "").lower()
            ):
                continue
        yield row
        count += 1
        if limit is not None and count >= limit:
            return


def get_story(store: Any, story_id: str) -> dict[str, Any] | None:
    """One story by id (a merged-away id leads to the story it was merged into)."""
    ensure_tables(store)
    with store.read() as conn:
        for _ in range(32):
            into = conn.execute(
                select(story_merges.c.into_id).where(story_merges.c.absorbed_id == story_id)
            ).scalar()
            if into is None:
                break
            story_id = into
        row = conn.execute(select(s.stories).where(s.stories.c.id == story_id)).mappings().first()
    if row is None:
        return None
    record = dict(row)
    extra = json.loads(record.pop("data") or "{}")
    return {**record, **extra}
