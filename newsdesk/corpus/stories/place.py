"""Placing a batch of articles in stories, and writing the outcome.

The clusterer's state is kept in the database (`state.py`: a row per story, the vocabulary as
an append-only log), and each ingest batch writes only what it changed, in the same
transaction as its story assignments, merges and story records. Merges are recorded in
`story_merges`. Story rows and assignments use the corpus's own `stories` / `story_articles`
tables (notes/corpus-api.md).

A story's record (title, summary, outlets, articles, timeline, quotes, counts, places,
framing) is rebuilt from its members when it is new or small, when it merged, and otherwise
once a quarter more articles or ticker items have joined since it was last built: rebuilding a
large story for every batch that touches it cost time in proportion to the story. In between,
its row keeps an exact article count and first/last seen, and `records.get_story` and
`records.list_stories` complete the record from the members when they read it.
"""

from __future__ import annotations

import pickle
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from newsdesk.corpus import schema as s
from newsdesk.corpus.facts import story_row
from newsdesk.corpus.read import StoredArticle
from newsdesk.corpus.stories.cluster import (
    METHOD_VERSION,
    ClusterParams,
    StoryClusterer,
    story_id_for,
)
from newsdesk.corpus.stories.features import StoryItem, from_days, to_days
from newsdesk.corpus.stories.records import story_records
from newsdesk.corpus.stories.state import (
    id_taken,
    legacy_blob,
    load_state,
    save_state,
    state_stamp,
    story_clusters,
    story_merges,
    story_ticker,
    upsert,
)
from newsdesk.corpus.stories.tables import ensure_tables
from newsdesk.corpus.write import now

# A story's record is rebuilt when this many articles (and ticker items) joined per article it
# was built from (a quarter: each article is read back about five times over a story's life),
# and always while the story has at most SMALL_STORY articles.
REBUILD_FRACTION = 0.25
SMALL_STORY = 16


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
# loading it again, unless another process saved a newer one since (the stamp differs).
LAST_SAVED: dict[str, tuple[str, StoryClusterer]] = {}


def db_key(store: Any) -> str:
    return str(store.engine.url)


def load_clusterer(store: Any, params: ClusterParams | None = None) -> StoryClusterer:
    ensure_tables(store)
    with store.read() as conn:
        stamp = state_stamp(conn)
        cached = LAST_SAVED.get(db_key(store))
        if stamp is not None and cached is not None and cached[0] == stamp:
            return cached[1]
        clusterer = load_state(conn)
        if clusterer is None:
            blob = legacy_blob(conn)
            if blob is None:
                return StoryClusterer(params)
            # Our own table, written by earlier versions only; saved in the new form next time.
            clusterer = pickle.loads(blob)
            clusterer.legacy = True  # type: ignore[attr-defined]
    return clusterer


def _guard_ids(store: Any, clusterer: StoryClusterer, items: list[StoryItem]) -> None:
    """Story ids derive from the first article's id: the stories the database holds beyond
    those in memory (closed ones) must not be taken again by a new story."""
    first = [story_id_for(it.id) for it in items if it.kind != "ticker"]
    with store.read() as conn:
        held = id_taken(conn, first)

    def taken(sid: str) -> bool:
        if sid in held:
            return True
        if sid in first:
            return False
        with store.read() as conn:  # a second-generation id: very rare
            return bool(id_taken(conn, [sid]))

    clusterer.taken = taken


def place(
    store: Any,
    clusterer: StoryClusterer,
    articles: Iterable[StoredArticle],
    ticker: Iterable[dict[str, Any]] = (),
) -> ClusterReport:
    """Add articles (and ticker items) to the clusterer, oldest first, and write the outcome
    (assignments, merges, story records, the clusterer's state) in one transaction."""
    ensure_tables(store)
    report = ClusterReport()
    articles = list(articles)
    dates = {a.id: a.date for a in articles}
    items = [article_item(a) for a in articles]
    tickers = {("ticker:" + t["id"]): t for t in ticker}
    items += [ticker_item(t) for t in tickers.values()]
    # Oldest first; undated items last, where they count as arriving now.
    items.sort(key=lambda it: (it.time is None, it.time or 0.0, it.id))
    _guard_ids(store, clusterer, items)
    merges_before = len(clusterer.merges)
    assignments = list(clusterer.add(items))
    rows, ticker_rows = [], []
    for a in assignments:
        if a.item_id.startswith("ticker:"):
            ticker_rows.append({"item_id": a.item_id[7:], "story_id": a.story_id or None})
            report.ticker_items += bool(a.story_id)
            continue
        rows.append((a.item_id, a.story_id, a.score))
        report.placed += 1
        report.new_stories += a.new_story
    merges = clusterer.merges[merges_before:]
    report.merges = len(merges)
    assigned = [(aid, clusterer.resolve(sid), score) for aid, sid, score in rows]
    for row in ticker_rows:
        row["story_id"] = clusterer.resolve(row["story_id"]) if row["story_id"] else None
    changes: Counter[str] = Counter(sid for _, sid, _ in assigned)
    changes.update(r["story_id"] for r in ticker_rows if r["story_id"])
    live = {sid for sid in changes if sid in clusterer.stories}
    new_dates: dict[str, list[str]] = defaultdict(list)
    for aid, sid, _ in assigned:
        if dates.get(aid):
            new_dates[sid].append(dates[aid] or "")
    with store.write() as conn:
        stamp = save_state(conn, clusterer)
        # Story rows before what points at them (assignments, moved articles).
        missing = _insert_missing_rows(conn, clusterer, live)
        rebuild = {_record_merge(conn, clusterer, m) for m in merges}
        upsert(conn, story_ticker, "item_id", ticker_rows)
        _assign(conn, assigned)
        report.stories_updated = _refresh(
            conn, clusterer, live, changes, rebuild | missing, new_dates
        )
    LAST_SAVED[db_key(store)] = (stamp, clusterer)
    return report


def _record_merge(conn: Connection, clusterer: StoryClusterer, m: Any) -> str:
    into = clusterer.resolve(m.into)
    sa = s.story_articles
    conn.execute(update(sa).where(sa.c.story_id == m.absorbed).values(story_id=into))
    conn.execute(delete(s.stories).where(s.stories.c.id == m.absorbed))
    conn.execute(delete(story_merges).where(story_merges.c.absorbed_id == m.absorbed))
    # Earlier merges into the absorbed story now lead to the survivor (its record lists them).
    conn.execute(
        update(story_merges).where(story_merges.c.into_id == m.absorbed).values(into_id=into)
    )
    conn.execute(
        insert(story_merges).values(
            absorbed_id=m.absorbed,
            into_id=into,
            merged_at=from_days(m.at),
            similarity=m.similarity,
            method_version=METHOD_VERSION,
        )
    )
    conn.execute(
        update(story_ticker).where(story_ticker.c.story_id == m.absorbed).values(story_id=into)
    )
    return into


def _insert_missing_rows(conn: Connection, clusterer: StoryClusterer, ids: set[str]) -> set[str]:
    """Placeholder rows for the stories that have none yet (their record is built next)."""
    st = s.stories.c
    held = set(conn.scalars(select(st.id).where(st.id.in_(sorted(ids))))) if ids else set()
    missing = ids - held
    _save_records(conn, [_stub(clusterer, sid) for sid in sorted(missing)])
    return missing


def _save_records(conn: Connection, records: Iterable[dict[str, Any]]) -> None:
    """Insert or replace story rows (as `facts.save_stories`, in one executemany)."""
    stamp = now()
    upsert(conn, s.stories, "id", [story_row(record, stamp) for record in records])


def _stub(clusterer: StoryClusterer, sid: str) -> dict[str, Any]:
    story = clusterer.stories[sid]
    return {
        "id": sid,
        "title": "",
        "first_seen": from_days(story.first),
        "last_seen": from_days(story.last),
        "article_count": story.size,
    }


def _assign(conn: Connection, rows: list[tuple[str, str, float]]) -> None:
    upsert(
        conn,
        s.story_articles,
        "article_id",
        [
            {"article_id": aid, "story_id": sid, "score": score, "method_version": METHOD_VERSION}
            for aid, sid, score in rows
        ],
    )


def _refresh(
    conn: Connection,
    clusterer: StoryClusterer,
    live: set[str],
    changes: Counter[str],
    forced: set[str],
    new_dates: dict[str, list[str]],
) -> int:
    """Rebuild the records that are due; keep the others' counts and dates exact."""
    if not live:
        return 0
    c = story_clusters.c
    marks = {
        r.id: (r.summarized, r.pending)
        for r in conn.execute(select(c.id, c.summarized, c.pending).where(c.id.in_(sorted(live))))
    }
    due, later = [], []
    for sid in sorted(live):
        size = clusterer.stories[sid].size
        summarized, pending = marks.get(sid, (0, 0))
        pending += changes[sid]
        if sid in forced or size <= SMALL_STORY or pending >= REBUILD_FRACTION * summarized:
            due.append(sid)
        else:
            later.append((sid, pending))
    records = story_records(conn, due)
    _save_records(conn, records.values())
    done = [
        {"b_id": sid, "b_summarized": r["article_count"], "b_pending": 0}
        for sid, r in records.items()
    ]
    done += [
        {"b_id": sid, "b_summarized": marks[sid][0], "b_pending": pending} for sid, pending in later
    ]
    if done:
        conn.execute(
            update(story_clusters)
            .where(c.id == bindparam("b_id"))
            .values(summarized=bindparam("b_summarized"), pending=bindparam("b_pending")),
            done,
        )
    _update_counts(conn, clusterer, [sid for sid, _ in later], new_dates)
    return len(records)


def _update_counts(
    conn: Connection,
    clusterer: StoryClusterer,
    ids: list[str],
    new_dates: dict[str, list[str]],
) -> None:
    """Article count and first/last seen of stories whose record waits: as a rebuild gives."""
    if not ids:
        return
    st = s.stories.c
    current = {
        r.id: r
        for r in conn.execute(select(st.id, st.first_seen, st.last_seen).where(st.id.in_(ids)))
    }
    params = []
    for sid in ids:
        row = current.get(sid)
        seen = [d for d in (row.first_seen, row.last_seen) if d] if row is not None else []
        seen += new_dates.get(sid, [])
        params.append(
            {
                "b_id": sid,
                "b_count": clusterer.stories[sid].size,
                "b_first": min(seen) if seen else None,
                "b_last": max(seen) if seen else None,
            }
        )
    conn.execute(
        update(s.stories)
        .where(st.id == bindparam("b_id"))
        .values(
            article_count=bindparam("b_count"),
            first_seen=bindparam("b_first"),
            last_seen=bindparam("b_last"),
        ),
        params,
    )
