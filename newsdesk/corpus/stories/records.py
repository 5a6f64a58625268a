"""Story records (title, summary, outlets, timeline, ...): built from a story's members, and
read back for listing and for one story, completed from the members when a rebuild waits."""

from __future__ import annotations

import json
import weakref
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Connection, Engine, inspect, select

from newsdesk.corpus import schema as s
from newsdesk.corpus.read import StoredArticle, article_select, row_to_article
from newsdesk.corpus.stories.state import stale_ids, story_clusters, story_merges, story_ticker
from newsdesk.corpus.stories.summary import build_story
from newsdesk.corpus.stories.tables import ensure_tables


def story_records(conn: Connection, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Each story's record, built from its members as the connection sees them."""
    ids = sorted(ids)
    if not ids:
        return {}
    members: dict[str, list[StoredArticle]] = defaultdict(list)
    for start in range(0, len(ids), 200):
        chunk = ids[start : start + 200]
        stmt = article_select().where(s.story_articles.c.story_id.in_(chunk))
        for row in conn.execute(stmt.order_by(s.articles.c.num)):
            art = row_to_article(row)
            members[art.story_id or ""].append(art)
    t, ti = story_ticker.c, s.ticker_items.c
    ticker: dict[str, list[dict[str, Any]]] = defaultdict(list)
    rows = conn.execute(
        select(t.story_id, ti.id, ti.text, ti.attribution, ti.first_seen, ti.last_seen)
        .join(s.ticker_items, ti.id == t.item_id)
        .where(t.story_id.in_(ids))
        .order_by(ti.num)
    ).mappings()
    for row in rows:
        item = dict(row)
        ticker[item.pop("story_id")].append(item)
    merged_from: dict[str, list[dict[str, Any]]] = defaultdict(list)
    m = story_merges.c
    for row in conn.execute(select(story_merges).where(m.into_id.in_(ids)).order_by(m.merged_at)):
        merged_from[row.into_id].append(
            {"story": row.absorbed_id, "at": row.merged_at, "similarity": row.similarity}
        )
    return {
        sid: build_story(sid, members[sid], ticker=ticker[sid], merged_from=merged_from[sid])
        for sid in ids
        if members[sid]
    }


# Engines whose database has the clusterer's state table. Only a yes is remembered: an ingest
# may migrate the database while a reader site keeps its engine open.
_WITH_CLUSTERS: weakref.WeakSet[Engine] = weakref.WeakSet()


def fresh_record(conn: Connection, story_id: str) -> dict[str, Any] | None:
    """The story's record built from its members now, if articles or ticker items joined it
    since its stored record was built (large stories are rebuilt only every so often during
    ingest); None when the stored record is current."""
    if conn.engine not in _WITH_CLUSTERS:
        if not inspect(conn).has_table(story_clusters.name):
            return None  # a corpus written before the stories stage kept its state in tables
        _WITH_CLUSTERS.add(conn.engine)
    c = story_clusters.c
    pending = conn.execute(select(c.pending).where(c.id == story_id)).scalar()
    if not pending:
        return None
    return story_records(conn, [story_id]).get(story_id)


def list_stories(
    store: Any,
    *,
    since: str | None = None,
    entity: str | None = None,
    outlet: str | None = None,
    limit: int | None = None,
) -> Iterator[dict[str, Any]]:
    """Stored stories, latest news first, filtered by date, entity (actor or place) and outlet.
    A record that waits for a rebuild is completed from its members here."""
    ensure_tables(store)
    rows = sorted(store.stories(), key=lambda r: (r.get("last_seen") or "", r["id"]), reverse=True)
    with store.read() as conn:
        stale = stale_ids(conn)
    count = 0
    for row in rows:
        if since and (row.get("last_seen") or "") < since:
            continue
        if row["id"] in stale:
            with store.read() as conn:
                row = {**row, **story_records(conn, [row["id"]]).get(row["id"], {})}
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
        if story_id in stale_ids(conn):  # joined by more since its record was built
            extra = story_records(conn, [story_id]).get(story_id, extra)
    return {**record, **extra}
