"""The index of dormant stories: their strongest terms, looked up by a batch of new articles."""

from __future__ import annotations

from collections import deque

import numpy as np
from scipy import sparse

from newsdesk.corpus.stories.features import Vector
from newsdesk.corpus.stories.vectors import pack_vectors, rows_matrix, unpack_vectors


class DormantIndex:
    """Dormant stories' strongest terms as a term -> stories matrix, built in append-only chunks.

    Only the `dormant_max_stories` most recently active stay (`keep_newest`); older ones leave
    for good, so the index, and the cost of a lookup, is bounded by the flow of news.
    """

    def __init__(self) -> None:
        self._rows: list[tuple[int, Vector]] = []  # (key, unit vector of strongest terms)
        self._chunks: list[tuple[sparse.csr_matrix, np.ndarray]] | None = []  # terms x rows
        self._pending: list[tuple[int, Vector]] = []
        self.live: dict[int, str] = {}  # key -> story id, for rows still dormant
        self._by_age: deque[tuple[float, int]] = deque()  # (last news, key), oldest first
        self._dead = 0  # rows in the chunks that are no longer live
        self._next_key = 0

    def __getstate__(self) -> dict:
        # The chunks are a product of the rows: rebuilt after loading, not stored twice.
        state = dict(self.__dict__)
        rows = self._live()
        state["_rows"] = (
            np.array([k for k, _ in rows], dtype=np.int64),
            pack_vectors([v for _, v in rows]),
        )
        state["_pending"] = []
        state["_chunks"] = None
        state["_dead"] = 0
        return state

    def __setstate__(self, state: dict) -> None:
        if isinstance(state["_rows"], tuple):  # packed (lists in states saved before)
            keys, packed = state["_rows"]
            state["_rows"] = list(zip(keys.tolist(), unpack_vectors(packed), strict=True))
        self.__dict__.update(state)

    def _live(self) -> list[tuple[int, Vector]]:
        return [(k, v) for k, v in self._rows + self._pending if k in self.live]

    def live_rows(self) -> list[tuple[str, Vector]]:
        """(story id, vector) of each story still dormant, in the order of their keys' rows."""
        return [(self.live[k], v) for k, v in self._live()]

    @property
    def next_key(self) -> int:
        """The key the next dormant story gets (saved with the index's rows, set on loading)."""
        return self._next_key

    @next_key.setter
    def next_key(self, key: int) -> None:
        self._next_key = key

    def add(self, story_id: str, vector: Vector, last: float) -> int:
        key = self._next_key
        self._next_key += 1
        self.live[key] = story_id
        self._pending.append((key, vector))
        self._by_age.append((last, key))
        return key

    def restore(self, key: int, story_id: str, vector: Vector, last: float) -> None:
        """Add back a row saved before (in increasing key order), under its own key."""
        self.live[key] = story_id
        self._pending.append((key, vector))
        self._by_age.append((last, key))
        self._next_key = max(self._next_key, key + 1)

    def remove(self, key: int) -> None:
        if self.live.pop(key, None) is not None:
            self._dead += 1

    def keep_newest(self, limit: int) -> list[str]:
        """Drop the longest-dormant stories beyond `limit`; returns their ids."""
        gone = []
        while len(self.live) > limit and self._by_age:
            _, key = self._by_age.popleft()
            if key in self.live:
                gone.append(self.live[key])
                self.remove(key)
        return gone

    def _seal(self, width: int) -> None:
        if self._chunks is None:  # just unpickled
            self._chunks = [self._build(self._rows, width)] if self._rows else []
        if self._pending:
            self._rows.extend(self._pending)
            self._chunks.append(self._build(self._pending, width))
            self._pending = []
        # Rebuild when chunks are many (products per batch) or mostly dead rows (wasted work).
        if len(self._chunks) > 16 or self._dead > max(256, len(self.live)):
            self._rows = [(k, v) for k, v in self._rows if k in self.live]
            self._chunks = [self._build(self._rows, width)] if self._rows else []
            self._dead = 0

    @staticmethod
    def _build(rows: list[tuple[int, Vector]], width: int) -> tuple[sparse.csr_matrix, np.ndarray]:
        matrix = rows_matrix([v for _, v in rows], width).T.tocsr()  # terms x rows
        return matrix, np.array([k for k, _ in rows], dtype=np.int64)

    def candidates(self, batch: sparse.csr_matrix, floor: float) -> list[list[tuple[float, int]]]:
        """For each batch row, the (similarity, key) of live dormant rows at or above `floor`."""
        self._seal(batch.shape[1])
        found: list[list[tuple[float, int]]] = [[] for _ in range(batch.shape[0])]
        for matrix, keys in self._chunks or []:
            sims = (batch[:, : matrix.shape[0]] @ matrix).tocoo()
            keep = sims.data >= floor  # filtered in numpy: most products are far below
            rows, cols, data = sims.row[keep], keys[sims.col[keep]], sims.data[keep]
            for i, key, sim in zip(rows.tolist(), cols.tolist(), data.tolist(), strict=True):
                if key in self.live:
                    found[i].append((sim, key))
        return found
