"""Online story clustering: each new article joins the story it fits best, or starts one.

A story is the sum (centroid) of its members' unit vectors (`features.vectorize`). An article
joins the story whose centroid it is most similar to (cosine), if that similarity reaches
`threshold`; otherwise it starts a story. Candidates are limited in time:

- *active* stories, with news in the last `window_days` (4, as Event Registry), are compared in
  full;
- *dormant* stories (older) keep their `dormant_terms` strongest terms in an inverted index and
  are revived only by an article at least `dormant_threshold` similar to them, so a long-running
  story (a missile programme, a breach that keeps growing) is picked up again weeks later
  without anything older than the window costing more than a sparse lookup. The index holds
  the `dormant_max_stories` most recently active of them, so its cost follows the flow of news.

When an article fits two active stories and their centroids turn out to be similar
(`merge_threshold`), the smaller story is merged into the larger and the merge is recorded.

Work is done in batches of `batch_size` articles with sparse matrix products, with the result of
adding the articles one by one: inside a batch, each assignment updates the similarity of the
later articles through the batch's own Gram matrix, and a story that goes quiet in the middle of
a batch is compared from then on as a dormant one (strongest terms, dormant threshold), so the
stories do not depend on how ingest happened to batch the articles. Cost per article is bounded
by the number of active stories and the (capped) dormant index, never the corpus size.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse

# DormantIndex is imported here also for the states pickled by earlier versions, which name it
# as newsdesk.corpus.stories.cluster.DormantIndex (store.load_clusterer unpickles them).
from newsdesk.corpus.stories.dormant import DormantIndex
from newsdesk.corpus.stories.features import (
    FeatureWeights,
    StoryItem,
    Vector,
    Vocabulary,
    vectorize,
)
from newsdesk.corpus.stories.vectors import (
    dot_product,
    pack_vectors,
    rows_matrix,
    strongest_terms,
    sum_vectors,
    unpack_vectors,
)
from newsdesk.settings import setting

METHOD_VERSION = "stories-1"


@dataclass(frozen=True)
class ClusterParams:
    threshold: float = 0.2  # cosine to an active story's centroid, to join it
    dormant_threshold: float = 0.2  # cosine to a dormant story's strongest terms, to revive it
    window_days: float = 4.0  # a story without news for this long leaves the active set
    merge_threshold: float = 0.5  # centroid cosine at which two active stories are one
    title_weight: float = 1.0
    # Enrichment's canonical entities as extra terms. Measured on the bench set (spaCy
    # enrichment) they lower B-cubed F1 (0.9759 -> 0.9715 at weight 0.5, 2026-11-21: the entity set
    # adds outlet names and bylines, and the words are in the text already), so off by default.
    entity_weight: float = 0.0
    dormant_terms: int = 64
    dormant_query_terms: int = 64
    centroid_terms: int = 2000  # a story's centroid keeps at most this many (strongest) terms
    # The dormant index keeps this many stories, the most recently active: it bounds the cost
    # of a lookup by the flow of news (about a season of a large newsroom), not the corpus size.
    dormant_max_stories: int = 20_000
    batch_size: int = 64

    @classmethod
    def from_settings(cls) -> ClusterParams:
        return cls(
            threshold=setting("story_threshold"),
            dormant_threshold=setting("story_threshold"),
            window_days=setting("story_window_days"),
        )


@dataclass
class Story:
    id: str
    first: float
    last: float
    norm2: float  # |centroid|^2
    members: list[str] = field(default_factory=list)  # those placed by this process (or pickled)
    # The centroid (sum of member vectors): sorted arrays, plus vectors added since they were
    # last summed (summing in numpy once per batch, not term by term in Python per article).
    # None once the story is closed for good.
    _centroid: Vector | None = None
    _added: list[Vector] = field(default_factory=list)
    size: int = -1  # articles in the story (a story loaded from the database has no members list)
    active_seq: int = 0  # when it (last) became active: the order of the active set
    dormant_vector: Vector | None = None  # what it is compared by while dormant

    def __post_init__(self) -> None:
        if self.size < 0:
            self.size = len(self.members)

    def add(self, vec: Vector) -> None:
        self._added.append(vec)

    def centroid(self, max_terms: int = 0) -> Vector:
        if self._added:
            base = [self._centroid] if self._centroid is not None else []
            self._centroid = sum_vectors(base + self._added)
            self._added = []
            if max_terms and len(self._centroid.values) > max_terms:
                # A long story keeps its strongest terms: the weak tail hardly moves a cosine
                # and would make every comparison with the story cost more as it grows.
                self._centroid = strongest_terms(self._centroid, max_terms)
                self.norm2 = float(self._centroid.values @ self._centroid.values)
        if self._centroid is None:
            return Vector(np.zeros(0, dtype=np.int64), np.zeros(0))
        return self._centroid

    def summed(self, max_terms: int = 0) -> Vector | None:
        """The centroid as it is saved: the vectors added since summed in (as the next batch
        would sum them, keeping `max_terms`); None once the story is closed for good."""
        if self._added:
            self.centroid(max_terms)
        return self._centroid

    def compact(self) -> None:
        """Smaller arrays while dormant (float32 is plenty for revival)."""
        c = self.centroid()
        self._centroid = Vector(c.indices.astype(np.int32), c.values.astype(np.float32))

    def close(self) -> None:
        self._centroid, self._added, self.dormant_vector = None, [], None


@dataclass
class Assignment:
    item_id: str
    story_id: str
    score: float  # cosine that placed it (1.0 for the first article of a story)
    new_story: bool


@dataclass
class Merge:
    absorbed: str
    into: str
    at: float  # days since epoch
    similarity: float


def story_id_for(first_item_id: str) -> str:
    """A stable story id: derived from the story's first article, so a rebuild finds the same."""
    return "st-" + hashlib.sha1(first_item_id.encode()).hexdigest()[:12]


class StoryClusterer:
    """The clustering state: feed it items in time order with `add`; it can be pickled."""

    def __init__(self, params: ClusterParams | None = None) -> None:
        self.params = params or ClusterParams.from_settings()
        self.weights = FeatureWeights(self.params.title_weight, self.params.entity_weight)
        self.vocab = Vocabulary()
        self.stories: dict[str, Story] = {}
        self.active: dict[str, None] = {}  # insertion-ordered set of active story ids
        self.dormant = DormantIndex()
        self.dormant_key: dict[str, int] = {}  # story id -> its live dormant key
        self.merges: list[Merge] = []
        self.merged_into: dict[str, str] = {}
        self.now = 0.0
        self.active_seq = 0  # stories made active so far
        # What changed since the owner last saved (`take_changes`): stories to write again,
        # stories merged away.
        self.changed: set[str] = set()
        self.removed: set[str] = set()
        # Ids taken by stories not held in memory (closed ones, when loaded from a database).
        self.taken: Callable[[str], bool] | None = None

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state.pop("taken", None)
        stories = list(self.stories.values())
        centroids = [story.summed(self.params.centroid_terms) for story in stories]
        state["stories"] = {
            "ids": [st.id for st in stories],
            "times": np.array([(st.first, st.last, st.norm2) for st in stories], dtype=np.float64),
            "members": [m for st in stories for m in st.members],
            "counts": np.array([len(st.members) for st in stories], dtype=np.int64),
            "sizes": np.array([st.size for st in stories], dtype=np.int64),
            "seqs": np.array([st.active_seq for st in stories], dtype=np.int64),
            "centroids": pack_vectors(centroids),
        }
        return state

    def __setstate__(self, state: dict) -> None:
        packed = state["stories"]
        if "ids" in packed and isinstance(packed.get("counts"), np.ndarray):
            members: list[str] = packed["members"]
            ends = np.cumsum(packed["counts"]).tolist()
            starts = [0, *ends[:-1]]
            state["stories"] = {
                sid: Story(sid, first, last, norm2, members[a:b], centroid)
                for sid, (first, last, norm2), a, b, centroid in zip(
                    packed["ids"],
                    packed["times"].tolist(),
                    starts,
                    ends,
                    unpack_vectors(packed["centroids"]),
                    strict=True,
                )
            }
            for name in ("sizes", "seqs"):  # states saved before had neither
                for story, value in zip(
                    state["stories"].values(), packed.get(name, ()), strict=False
                ):
                    setattr(story, "size" if name == "sizes" else "active_seq", int(value))
        state.setdefault("active_seq", 0)
        state.setdefault("changed", set())
        state.setdefault("removed", set())
        state["taken"] = None
        self.__dict__.update(state)
        if not any(st.active_seq for st in self.stories.values()):
            for seq, sid in enumerate(self.active, 1):  # the active set's order, as numbers
                self.stories[sid].active_seq = seq
            self.active_seq = len(self.active)
        for story_id, vec in self.dormant.live_rows():
            self.stories[story_id].dormant_vector = vec

    def take_changes(self) -> tuple[set[str], set[str]]:
        """The stories changed and the stories merged away since the last call."""
        changed, removed = self.changed, self.removed
        self.changed, self.removed = set(), set()
        return changed - removed, removed

    # -- public ---------------------------------------------------------------------------------
    def add(self, items: Iterable[StoryItem]) -> Iterator[Assignment]:
        """Place each item in a story, in the order given; yields one assignment per item."""
        batch: list[StoryItem] = []
        for item in items:
            batch.append(item)
            if len(batch) >= self.params.batch_size:
                yield from self._add_batch(batch)
                batch = []
        if batch:
            yield from self._add_batch(batch)

    def resolve(self, story_id: str) -> str:
        """The story a (possibly merged-away) story id now lives in."""
        while story_id in self.merged_into:
            story_id = self.merged_into[story_id]
        return story_id

    # -- internals ------------------------------------------------------------------------------
    def _dormant_vector(self, story: Story) -> Vector:
        """What a quiet story is compared by: its strongest terms, as a unit vector."""
        vec = strongest_terms(story.centroid(self.params.centroid_terms), self.params.dormant_terms)
        return Vector(vec.indices, vec.values / (np.linalg.norm(vec.values) or 1.0))

    def _retire(self, now: float) -> None:
        horizon = now - self.params.window_days
        for sid in [s for s in self.active if self.stories[s].last < horizon]:
            del self.active[sid]
            story = self.stories[sid]
            story.dormant_vector = self._dormant_vector(story)
            self.dormant_key[sid] = self.dormant.add(sid, story.dormant_vector, story.last)
            story.compact()
            self.changed.add(sid)
        for sid in self.dormant.keep_newest(self.params.dormant_max_stories):
            self.dormant_key.pop(sid, None)
            self.stories[sid].close()  # closed for good: its centroid is not needed
            self.changed.add(sid)

    def _taken(self, sid: str) -> bool:
        if sid in self.stories or sid in self.merged_into:
            return True
        return self.taken is not None and self.taken(sid)

    def _activate(self, sid: str) -> None:
        self.active[sid] = None
        self.active_seq += 1
        self.stories[sid].active_seq = self.active_seq
        self.changed.add(sid)

    def _add_batch(self, items: list[StoryItem]) -> list[Assignment]:
        p = self.params
        # An undated item arrives "now": the newest time seen, else the wall clock.
        dated = [it.time for it in items if it.time is not None]
        now = max([self.now, *dated]) or time.time() / 86400.0
        times = [it.time if it.time is not None else now for it in items]
        # The active set follows the clock (the newest news seen): an article that arrives late
        # (a crawl of an archive, out of date order) meets the stories of its own days in the
        # dormant index, and does not keep every story it could touch active for all later ones.
        self._retire(max(self.now, min(times)))
        vectors = [vectorize(self.vocab, item, self.weights) for item in items]
        width = len(self.vocab)
        a = rows_matrix(vectors, width)
        gram = (a @ a.T).toarray()
        n_items = len(items)

        # Columns: the active stories now, then room for one new or revived story per item.
        col_sid: list[str] = list(self.active)
        cap = len(col_sid) + n_items
        num = np.zeros((n_items, cap))  # dot(item, centroid) for every column
        if col_sid:
            terms = p.centroid_terms
            cents = rows_matrix([self.stories[s].centroid(terms) for s in col_sid], width)
            # stories x items, then transposed: converts the small item matrix, not the big one
            num[:, : len(col_sid)] = (cents @ a.T).toarray().T
        norm2 = np.ones(cap)
        last = np.full(cap, -np.inf)
        alive = np.ones(cap, dtype=bool)  # False once a column's story is merged away
        for c, sid in enumerate(col_sid):
            norm2[c] = self.stories[sid].norm2
            last[c] = self.stories[sid].last
        col_of = {sid: c for c, sid in enumerate(col_sid)}
        # Dormant stories are looked up by each item's strongest terms only: the long postings
        # of everyday words cost the most and decide the least.
        query = rows_matrix([strongest_terms(v, p.dormant_query_terms) for v in vectors], width)
        dormant = self.dormant.candidates(query, p.dormant_threshold)
        # A story that goes quiet while the batch is placed is compared as a dormant one (its
        # strongest terms, at the dormant threshold), so batching does not change the result.
        quiet_sims: dict[int, np.ndarray] = {}  # column -> each item's similarity, that way

        def quiet(cols: list[int]) -> None:
            if cols:
                d = rows_matrix(
                    [self._dormant_vector(self.stories[col_sid[c]]) for c in cols], width
                )
                sims_d = (query @ d.T).toarray()
                quiet_sims.update((c, sims_d[:, k]) for k, c in enumerate(cols))

        out: list[Assignment] = []
        for i, item in enumerate(items):
            t = times[i]
            self.now = max(self.now, t)
            m = len(col_sid)
            sims = num[i, :m] / np.sqrt(np.maximum(norm2[:m], 1e-12))  # empty story: 0
            stale = last[:m] < t - p.window_days
            stale_cols = np.flatnonzero(stale & alive[:m]).tolist()
            quiet([c for c in stale_cols if c not in quiet_sims])
            for c in stale_cols:
                sims[c] = quiet_sims[c][i]
            eligible = alive[:m] & (sims >= np.where(stale, p.dormant_threshold, p.threshold))
            sims[~eligible] = -1.0
            best_col = int(np.argmax(sims)) if m and eligible.any() else -1
            best_sim = float(sims[best_col]) if best_col >= 0 else -1.0
            # Merges are looked for among the two most similar active stories.
            order = np.argsort(np.where(stale, 1.0, -sims))[:2] if m else np.zeros(0, np.int64)
            revive = max(((s, k) for s, k in dormant[i] if k in self.dormant.live), default=None)
            if revive is not None and revive[0] > best_sim:
                best_sim = revive[0]
                best_col = self._revive(self.dormant.live[revive[1]], a, num, col_sid, col_of)
                norm2[best_col] = self.stories[col_sid[best_col]].norm2
                last[best_col] = self.stories[col_sid[best_col]].last
            if best_col < 0 and item.kind == "ticker":
                out.append(Assignment(item.id, "", 0.0, False))
                continue
            if item.kind == "ticker":  # ticker items join a story's timeline, not its centroid
                out.append(Assignment(item.id, col_sid[best_col], round(best_sim, 4), False))
                continue
            if best_col < 0:
                sid = story_id_for(item.id)
                while self._taken(sid):
                    sid = story_id_for(sid)  # the same first article id seen again
                self.stories[sid] = Story(sid, t, t, 0.0)
                self._activate(sid)
                best_col = len(col_sid)
                col_sid.append(sid)
                col_of[sid] = best_col
                norm2[best_col] = 0.0
                best_sim = 1.0
                new = True
            else:
                new = False
            sid = col_sid[best_col]
            self._join(sid, vectors[i], item, t, float(num[i, best_col]))
            quiet_sims.pop(best_col, None)  # its centroid changed
            num[:, best_col] += gram[:, i]
            norm2[best_col] = self.stories[sid].norm2
            last[best_col] = self.stories[sid].last
            out.append(Assignment(item.id, sid, round(best_sim, 4), new))
            others = [int(c) for c in order if int(c) != best_col and not stale[c] and eligible[c]]
            if not new and others:
                self._maybe_merge(best_col, others[0], col_sid, num, norm2, last, alive, t)
                quiet_sims.pop(others[0], None)
        for assignment in out:
            if assignment.story_id:
                assignment.story_id = self.resolve(assignment.story_id)
        return out

    def _join(self, sid: str, vec: Vector, item: StoryItem, t: float, dot: float) -> None:
        story = self.stories[sid]
        story.add(vec)
        # |c + v|^2 = |c|^2 + 2 c.v + |v|^2, with |v| = 1 (or 0 for an empty vector).
        story.norm2 += 2.0 * dot + float(vec.values @ vec.values)
        story.first = min(story.first, t)
        story.last = max(story.last, t)
        story.members.append(item.id)
        story.size += 1
        self.changed.add(sid)

    def _revive(
        self,
        sid: str,
        a: sparse.csr_matrix,
        num: np.ndarray,
        col_sid: list[str],
        col_of: dict[str, int],
    ) -> int:
        story = self.stories[sid]
        self.dormant.remove(self.dormant_key.pop(sid))
        story.dormant_vector = None
        self._activate(sid)
        col = len(col_sid)
        col_sid.append(sid)
        col_of[sid] = col
        cent = rows_matrix([story.centroid()], a.shape[1])
        num[:, col] = (a @ cent.T).toarray()[:, 0]
        return col

    def _maybe_merge(
        self,
        c1: int,
        c2: int,
        col_sid: list[str],
        num: np.ndarray,
        norm2: np.ndarray,
        last: np.ndarray,
        alive: np.ndarray,
        t: float,
    ) -> None:
        s1, s2 = self.stories[col_sid[c1]], self.stories[col_sid[c2]]
        dot = dot_product(s1.centroid(), s2.centroid())
        similarity = dot / float(np.sqrt(s1.norm2 * s2.norm2) or 1.0)
        if similarity < self.params.merge_threshold:
            return
        keep_c, gone_c = (c1, c2) if s1.size >= s2.size else (c2, c1)
        keep, gone = self.stories[col_sid[keep_c]], self.stories[col_sid[gone_c]]
        keep.add(gone.centroid())
        keep.norm2 = keep.norm2 + gone.norm2 + 2.0 * dot
        keep.members.extend(gone.members)
        keep.size += gone.size
        self.changed.add(keep.id)
        self.removed.add(gone.id)
        keep.first, keep.last = min(keep.first, gone.first), max(keep.last, gone.last)
        num[:, keep_c] += num[:, gone_c]
        norm2[keep_c], last[keep_c] = keep.norm2, keep.last
        alive[gone_c] = False  # the column stays, but no later item can pick it
        del self.stories[gone.id]
        self.active.pop(gone.id, None)
        self.merged_into[gone.id] = keep.id
        self.merges.append(Merge(gone.id, keep.id, t, round(similarity, 4)))
