"""Stories in the corpus: the post-ingest hook that places each batch (`cluster_new`, with the
tail a killed ingest left) and the rebuild of every story (`recluster`).

Placing a batch and writing its outcome: `place.py`; story records and reading them back:
`records.py`; the stage's tables: `tables.py` (schema in `state.py`).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, exists, func, select

from newsdesk.corpus import schema as s
from newsdesk.corpus.facts import clear_stories
from newsdesk.corpus.stories.cluster import ClusterParams, StoryClusterer
from newsdesk.corpus.stories.place import LAST_SAVED, ClusterReport, db_key, load_clusterer, place
from newsdesk.corpus.stories.state import (
    story_clusters,
    story_merges,
    story_state,
    story_ticker,
    story_vocab,
)
from newsdesk.corpus.stories.tables import ensure_tables


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


# An ingest killed between committing a batch and placing it leaves that batch without
# stories; the first hook call of the next ingest places such a tail, up to this many articles.
# (More than that were written with --no-hooks: `newsdesk recluster` places them.)
MAX_TAIL = 2000
_TAIL_CHECKED: set[str] = set()


def _unplaced_tail(store: Any) -> list[str]:
    """Articles written after the last placed one that have no story, oldest first."""
    a, sa = s.articles.c, s.story_articles.c
    with store.read() as conn:
        last = conn.execute(
            select(func.max(a.num)).select_from(s.articles.join(s.story_articles))
        ).scalar()
        stmt = select(a.id).where(~exists().where(sa.article_id == a.id))
        if last is not None:
            stmt = stmt.where(a.num > last)
        tail = list(conn.scalars(stmt.order_by(a.num).limit(MAX_TAIL + 1)))
    return tail if len(tail) <= MAX_TAIL else []


def cluster_new(store: Any, article_ids: list[str]) -> ClusterReport:
    """The post-ingest hook: place the articles just written that have no story yet (and, on
    the first call in a process, those a killed ingest left unplaced)."""
    if db_key(store) not in _TAIL_CHECKED:
        _TAIL_CHECKED.add(db_key(store))
        ensure_tables(store)
        fresh = set(article_ids)
        article_ids = [i for i in _unplaced_tail(store) if i not in fresh] + article_ids
    done = _assigned(store, article_ids)
    todo = [i for i in article_ids if i not in done]
    report = ClusterReport(skipped=sorted(done))
    if not todo:
        return report
    clusterer = load_clusterer(store)
    articles = list(store.articles(ids=todo))
    dates = [a.date for a in articles if a.date]
    try:
        ticker = _unseen_ticker(store, min(dates)[:10]) if dates else []
        placed = place(store, clusterer, articles, ticker)
    except BaseException:
        LAST_SAVED.pop(db_key(store), None)  # the in-memory state ran ahead of the database
        raise
    placed.skipped = report.skipped
    return placed


def _unseen_ticker(store: Any, since: str) -> list[dict[str, Any]]:
    """Ticker items seen since `since` that the stories stage has not placed yet."""
    ti, t = s.ticker_items.c, story_ticker.c
    seen = select(t.item_id).where(t.item_id == ti.id).exists()
    stmt = (
        select(ti.id, ti.text, ti.attribution, ti.first_seen, ti.last_seen)
        .where(ti.last_seen >= since, ~seen)
        .order_by(ti.num)
    )
    with store.read() as conn:
        return [dict(r) for r in conn.execute(stmt).mappings()]


def recluster(store: Any, params: ClusterParams | None = None, batch: int = 2000) -> ClusterReport:
    """Forget every story and cluster the whole corpus again, oldest article first."""
    ensure_tables(store)
    with store.read() as conn:
        order = conn.execute(select(s.articles.c.id, s.articles.c.date)).all()
    order.sort(key=lambda r: (r.date or "", r.id))
    with store.write() as conn:
        clear_stories(conn)
        for table in (story_merges, story_state, story_clusters, story_vocab, story_ticker):
            conn.execute(delete(table))
    LAST_SAVED.pop(db_key(store), None)
    clusterer = StoryClusterer(params)
    total = ClusterReport()
    ticker = list(store.ticker())
    for start in range(0, max(len(order), 1), batch):
        ids = [r.id for r in order[start : start + batch]]
        arts = list(store.articles(ids=ids)) if ids else []
        newest = order[start + len(ids) - 1].date or "" if ids else ""
        final = start + batch >= len(order)
        due = [t for t in ticker if final or (t.get("first_seen") or "") <= newest]
        due_ids = {t["id"] for t in due}
        ticker = [t for t in ticker if t["id"] not in due_ids]
        r = place(store, clusterer, arts, due)
        total.placed += r.placed
        total.new_stories += r.new_stories
        total.merges += r.merges
        total.ticker_items += r.ticker_items
        total.stories_updated += r.stories_updated
    return total
