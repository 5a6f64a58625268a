"""The clusterer's state in the corpus database, saved piece by piece with each ingest batch.

Saving the whole state after every batch cost time in proportion to the corpus (vocabulary,
every story); here a batch writes only what it changed, in the transaction that writes its
story assignments, so a kill at any moment leaves state and stories consistent:

- `story_clusters`: one row per story (times, size, place in the active set or the dormant
  index, centroid and dormant vector as packed arrays), rewritten when the story changed;
- `story_vocab`: the vocabulary as an append-only log, one row per batch (its new terms and
  the document-frequency increments), folded into one row when the log grows long;
- `story_state` row `clusterer-v2`: the few scalars (clock, counters, parameters) and a stamp.

A database saved by an earlier version holds one pickled state (row `clusterer`); it still
opens (`load_state` returns None for it, the caller unpickles it) and the next save writes it
out in full in the new form and deletes the pickle.
"""

from __future__ import annotations

import dataclasses
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import numpy as np
from sqlalchemy import (
    Column,
    Connection,
    Float,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    bindparam,
    delete,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite

from newsdesk.corpus.stories.cluster import ClusterParams, Story, StoryClusterer
from newsdesk.corpus.stories.features import Vector

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
story_clusters = Table(
    "story_clusters",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("status", String(8), nullable=False),  # active | dormant | closed
    Column("first_day", Float, nullable=False),  # days since the epoch
    Column("last_day", Float, nullable=False),
    Column("norm2", Float, nullable=False),
    Column("size", Integer, nullable=False),
    Column("active_seq", Integer, nullable=False),
    Column("dormant_key", Integer),
    Column("centroid", LargeBinary),  # null once closed
    Column("dormant_vector", LargeBinary),
    # The stored story record was built from this many articles; `pending` articles and ticker
    # items joined since (a record with pending > 0 is completed when read).
    Column("summarized", Integer, nullable=False),
    Column("pending", Integer, nullable=False),
    Index("ix_story_clusters_status", "status"),
)
story_vocab = Table(
    "story_vocab",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("first_id", Integer, nullable=False),  # id of the first new term
    Column("terms", Text, nullable=False),  # the new terms, "\n"-joined (terms hold no space)
    Column("df_ids", LargeBinary, nullable=False),  # int32 term ids
    Column("df_counts", LargeBinary, nullable=False),  # int64 increments of their frequencies
    Column("documents", Integer, nullable=False),  # increment of the document count
)
# Ticker items the stories stage has seen, and the story each joined (null: none fitted).
story_ticker = Table(
    "story_ticker",
    metadata,
    Column("item_id", String(40), primary_key=True),
    Column("story_id", String(40), index=True),
)

STATE_NAME = "clusterer-v2"
LEGACY_NAME = "clusterer"  # the pickled state of earlier versions
VOCAB_LOG_ROWS = 64  # log rows before they are folded into one


def create_state_and_merges(conn: Connection) -> None:
    metadata.create_all(conn, tables=[story_state, story_merges], checkfirst=True)


def create_incremental_state(conn: Connection) -> None:
    metadata.create_all(conn, tables=[story_clusters, story_vocab, story_ticker], checkfirst=True)


def upsert(conn: Connection, table: Table, key: str, rows: list[dict[str, Any]]) -> None:
    """Insert rows, replacing the columns they carry where the key exists (one executemany)."""
    if not rows:
        return
    dialect = sqlite if conn.dialect.name == "sqlite" else postgresql
    stmt = dialect.insert(table)
    columns = [c for c in rows[0] if c != key]
    stmt = stmt.on_conflict_do_update(
        index_elements=[key], set_={c: stmt.excluded[c] for c in columns}
    )
    conn.execute(stmt, rows)


def _update(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Rewrite the state columns of stories saved before (their summary marks stay)."""
    if not rows:
        return
    columns = [c for c in rows[0] if c not in ("id", "summarized", "pending")]
    stmt = (
        update(story_clusters)
        .where(story_clusters.c.id == bindparam("b_id"))
        .values({c: bindparam("b_" + c) for c in columns})
    )
    conn.execute(stmt, [{"b_" + k: v for k, v in row.items()} for row in rows])


# -- vectors as bytes ---------------------------------------------------------------------------
def pack_vector(vec: Vector | None) -> bytes | None:
    """One byte for the value width (4 or 8), int32 term ids, then the values."""
    if vec is None:
        return None
    width = 4 if vec.values.dtype == np.float32 else 8
    values = vec.values.astype(np.float32 if width == 4 else np.float64)
    return bytes([width]) + vec.indices.astype(np.int32).tobytes() + values.tobytes()


def unpack_vector(blob: bytes | None) -> Vector | None:
    """As the pickled state restored them: float32 with int32 ids (a compacted centroid),
    float64 with int64 ids."""
    if blob is None:
        return None
    blob = bytes(blob)
    width = blob[0]
    n = (len(blob) - 1) // (4 + width)
    ids = np.frombuffer(blob, dtype=np.int32, count=n, offset=1)
    values = np.frombuffer(blob, np.float32 if width == 4 else np.float64, n, 1 + 4 * n)
    return Vector(ids.copy() if width == 4 else ids.astype(np.int64), values.copy())


# -- save ---------------------------------------------------------------------------------------
@dataclass
class _SavedVocab:
    """What the database holds of the vocabulary, to write only the difference."""

    terms: int = 0
    df: np.ndarray = dataclasses.field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    documents: int = 0
    log_rows: int = 0
    next_seq: int = 1


def _saved(clusterer: StoryClusterer) -> _SavedVocab:
    saved = getattr(clusterer, "saved_vocab", None)
    if saved is None:
        saved = clusterer.saved_vocab = _SavedVocab()  # type: ignore[attr-defined]
    return saved


def _status(clusterer: StoryClusterer, sid: str) -> str:
    if sid in clusterer.active:
        return "active"
    return "dormant" if sid in clusterer.dormant_key else "closed"


def _story_row(clusterer: StoryClusterer, story: Story) -> dict[str, Any]:
    centroid = story.summed(clusterer.params.centroid_terms)  # before norm2: summing may set it
    return {
        "id": story.id,
        "status": _status(clusterer, story.id),
        "first_day": story.first,
        "last_day": story.last,
        "norm2": story.norm2,
        "size": story.size,
        "active_seq": story.active_seq,
        "dormant_key": clusterer.dormant_key.get(story.id),
        "centroid": pack_vector(centroid),
        "dormant_vector": pack_vector(story.dormant_vector),
    }


def _save_vocab(conn: Connection, clusterer: StoryClusterer, saved: _SavedVocab) -> None:
    vocab = clusterer.vocab
    n = len(vocab)
    df = vocab.df[:n]
    delta = df.copy()
    delta[: len(saved.df)] -= saved.df
    ids = np.flatnonzero(delta)
    if n == saved.terms and not len(ids) and vocab.documents == saved.documents:
        return
    if saved.log_rows >= VOCAB_LOG_ROWS:  # fold the log into one row
        conn.execute(delete(story_vocab))
        saved.log_rows, saved.terms, saved.documents = 0, 0, 0
        ids = np.flatnonzero(df)
        delta = df
    conn.execute(
        story_vocab.insert().values(
            seq=saved.next_seq,
            first_id=saved.terms,
            terms="\n".join(vocab.terms[saved.terms :]),
            df_ids=ids.astype(np.int32).tobytes(),
            df_counts=delta[ids].astype(np.int64).tobytes(),
            documents=vocab.documents - saved.documents,
        )
    )
    saved.next_seq += 1
    saved.log_rows += 1
    saved.terms, saved.df, saved.documents = n, df.copy(), vocab.documents


def save_state(conn: Connection, clusterer: StoryClusterer) -> str:
    """Write what changed since the last save; returns the new stamp."""
    changed, removed = clusterer.take_changes()
    full = bool(getattr(clusterer, "legacy", False))
    if full:  # a pickled state: everything, once, then the pickle goes
        changed = set(clusterer.stories)
        conn.execute(delete(story_clusters))
        conn.execute(delete(story_vocab))
        conn.execute(delete(story_state).where(story_state.c.name == LEGACY_NAME))
        clusterer.saved_vocab = _SavedVocab()  # type: ignore[attr-defined]
        clusterer.legacy = False  # type: ignore[attr-defined]
    saved = _saved(clusterer)
    rows = [_story_row(clusterer, clusterer.stories[sid]) for sid in sorted(changed)]
    known: set[str] = set()
    if rows and not full:
        ids = [r["id"] for r in rows]
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            known.update(
                conn.scalars(select(story_clusters.c.id).where(story_clusters.c.id.in_(chunk)))
            )
    for row in rows:  # a record built from every member so far (a pickled state's were)
        row["summarized"] = row["size"] if full else 0
        row["pending"] = 0
    upsert(conn, story_clusters, "id", [r for r in rows if r["id"] not in known])
    _update(conn, [r for r in rows if r["id"] in known])
    if removed:
        conn.execute(delete(story_clusters).where(story_clusters.c.id.in_(sorted(removed))))
    _save_vocab(conn, clusterer, saved)
    meta = {
        "format": 2,
        "now": clusterer.now,
        "active_seq": clusterer.active_seq,
        "next_key": clusterer.dormant.next_key,
        "vocab_rows": saved.log_rows,
        "vocab_seq": saved.next_seq,
        "params": dataclasses.asdict(clusterer.params),
    }
    stamp = f"{datetime.now(UTC).isoformat(timespec='microseconds')} {uuid.uuid4().hex[:8]}"
    upsert(
        conn,
        story_state,
        "name",
        [{"name": STATE_NAME, "data": json.dumps(meta).encode(), "updated_at": stamp}],
    )
    return stamp


# -- load ---------------------------------------------------------------------------------------
def state_stamp(conn: Connection) -> str | None:
    return conn.execute(
        select(story_state.c.updated_at).where(story_state.c.name == STATE_NAME)
    ).scalar()


def legacy_blob(conn: Connection) -> bytes | None:
    return conn.execute(
        select(story_state.c.data).where(story_state.c.name == LEGACY_NAME)
    ).scalar()


def load_state(conn: Connection) -> StoryClusterer | None:
    """The clusterer as saved by `save_state`, or None when there is none in this form.

    Closed stories stay in the database (only their ids matter, see `id_taken`)."""
    raw = conn.execute(select(story_state.c.data).where(story_state.c.name == STATE_NAME)).scalar()
    if raw is None:
        return None
    meta = json.loads(bytes(raw))
    fields = {f.name for f in dataclasses.fields(ClusterParams)}
    clusterer = StoryClusterer(
        ClusterParams(**{k: v for k, v in meta["params"].items() if k in fields})
    )
    clusterer.now = meta["now"]
    clusterer.active_seq = meta["active_seq"]
    saved = _SavedVocab(log_rows=meta["vocab_rows"], next_seq=meta["vocab_seq"])
    _load_vocab(conn, clusterer, saved)
    clusterer.saved_vocab = saved  # type: ignore[attr-defined]
    rows = conn.execute(
        select(story_clusters).where(story_clusters.c.status != "closed")
    ).mappings()
    active, dormant = [], []
    for row in rows:
        story = Story(
            row["id"],
            row["first_day"],
            row["last_day"],
            row["norm2"],
            _centroid=unpack_vector(row["centroid"]),
            size=row["size"],
            active_seq=row["active_seq"],
            dormant_vector=unpack_vector(row["dormant_vector"]),
        )
        clusterer.stories[story.id] = story
        if row["status"] == "active":
            active.append(story)
        else:
            dormant.append((row["dormant_key"], story))
    for story in sorted(active, key=lambda st: st.active_seq):
        clusterer.active[story.id] = None
    for key, story in sorted(dormant, key=lambda kv: kv[0]):
        assert story.dormant_vector is not None
        clusterer.dormant.restore(key, story.id, story.dormant_vector, story.last)
        clusterer.dormant_key[story.id] = key
    clusterer.dormant.next_key = meta["next_key"]
    merges = conn.execute(select(story_merges.c.absorbed_id, story_merges.c.into_id)).all()
    clusterer.merged_into = {absorbed: into for absorbed, into in merges}
    return clusterer


def _load_vocab(conn: Connection, clusterer: StoryClusterer, saved: _SavedVocab) -> None:
    vocab = clusterer.vocab
    parts: list[tuple[np.ndarray, np.ndarray]] = []
    for row in conn.execute(select(story_vocab).order_by(story_vocab.c.seq)).mappings():
        if row["terms"]:
            new = row["terms"].split("\n")
            if row["first_id"] != len(vocab.terms):
                raise ValueError("story_vocab: the vocabulary log has a gap")
            vocab.terms.extend(new)
        parts.append(
            (
                np.frombuffer(bytes(row["df_ids"]), dtype=np.int32),
                np.frombuffer(bytes(row["df_counts"]), dtype=np.int64),
            )
        )
        vocab.documents += row["documents"]
    n = len(vocab.terms)
    vocab.ids = {term: i for i, term in enumerate(vocab.terms)}
    vocab.df = np.zeros(max(1024, 2 * n), dtype=np.int64)
    for ids, counts in parts:
        vocab.df[ids] += counts  # ids are unique within a row
    saved.terms, saved.df, saved.documents = n, vocab.df[:n].copy(), vocab.documents


def id_taken(conn: Connection, ids: list[str]) -> set[str]:
    """Which of these story ids the database holds already (closed stories included)."""
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        found.update(
            conn.scalars(select(story_clusters.c.id).where(story_clusters.c.id.in_(chunk)))
        )
    return found


def stale_ids(conn: Connection) -> set[str]:
    """Stories whose stored record misses articles or ticker items that joined since."""
    return set(conn.scalars(select(story_clusters.c.id).where(story_clusters.c.pending > 0)))
