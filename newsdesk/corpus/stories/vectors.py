"""Sparse vectors of the story clusterer (`features.Vector`): sums, matrices of rows, strongest
terms, and packing many small vectors into a few arrays for saving."""

from __future__ import annotations

import numpy as np
from scipy import sparse

from newsdesk.corpus.stories.features import Vector


def sum_vectors(vectors: list[Vector]) -> Vector:
    """The sparse sum, with sorted term ids."""
    if len(vectors) == 1:
        return Vector(vectors[0].indices.astype(np.int64), vectors[0].values.astype(np.float64))
    ids = np.concatenate([v.indices for v in vectors]).astype(np.int64)
    values = np.concatenate([v.values for v in vectors]).astype(np.float64)
    indices, inverse = np.unique(ids, return_inverse=True)
    return Vector(indices, np.bincount(inverse, weights=values, minlength=len(indices)))


def rows_matrix(vectors: list[Vector], width: int) -> sparse.csr_matrix:
    indptr = np.zeros(len(vectors) + 1, dtype=np.int64)
    np.cumsum([len(v.indices) for v in vectors], out=indptr[1:])
    indices = np.concatenate([v.indices for v in vectors]) if vectors else np.zeros(0, np.int64)
    data = np.concatenate([v.values for v in vectors]) if vectors else np.zeros(0)
    return sparse.csr_matrix((data, indices, indptr), shape=(len(vectors), width))


def strongest_terms(vec: Vector, k: int) -> Vector:
    if len(vec.values) <= k:
        return vec
    top = np.argpartition(-vec.values, k - 1)[:k]
    top.sort()
    return Vector(vec.indices[top], vec.values[top])


def dot_product(a: Vector, b: Vector) -> float:
    _, ia, ib = np.intersect1d(a.indices, b.indices, assume_unique=True, return_indices=True)
    return float(a.values[ia] @ b.values[ib])


def pack_vectors(vectors: list[Vector | None]) -> tuple[np.ndarray | None, ...]:
    """Many small vectors as a few arrays: pickling thousands of small arrays one by one costs
    far more than their bytes (the clusterer's state is saved after every ingest batch).
    Compacted (float32) and full (float64) vectors keep their precision."""
    lengths = np.array([0 if v is None else len(v.indices) for v in vectors], dtype=np.int64)
    kinds = np.array(
        [0 if v is None else 1 if v.values.dtype == np.float32 else 2 for v in vectors], np.int8
    )

    def joined(kind: int, dtype: type) -> np.ndarray | None:
        parts = [v for v, k in zip(vectors, kinds.tolist(), strict=True) if k == kind]
        if not parts:
            return None
        return (
            np.concatenate([v.indices for v in parts]).astype(np.int32),  # term ids < 2**31
            np.concatenate([v.values for v in parts]).astype(dtype),
        )

    return lengths, kinds, joined(1, np.float32), joined(2, np.float64)


def unpack_vectors(packed: tuple[np.ndarray | None, ...]) -> list[Vector | None]:
    lengths, kinds, compact, full = packed
    out: list[Vector | None] = []
    start = {1: 0, 2: 0}
    for n, kind in zip(lengths.tolist(), kinds.tolist(), strict=True):
        if kind == 0:
            out.append(None)
            continue
        indices, values = compact if kind == 1 else full
        a = start[kind]
        start[kind] = a + n
        ids = indices[a : a + n]
        out.append(Vector(ids if kind == 1 else ids.astype(np.int64), values[a : a + n]))
    return out
