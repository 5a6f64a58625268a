"""Exact and near-duplicate articles: MinHash over word shingles, LSH bands in SQL.

The LSH index lives in the database (table `article_bands`), not in memory, so it survives
restarts, is shared by every process writing the corpus and costs no RAM however large the corpus
grows. Signatures are computed where the article is extracted (a worker process); the writer only
looks up band keys and compares signatures of the few candidates.
"""

from __future__ import annotations

import functools
import hashlib
import re
import zlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice
from typing import Any

import numpy as np
from sqlalchemy import Connection, Row, bindparam, select, text

from newsdesk.corpus import schema as s
from newsdesk.corpus.db import run, run_many

NUM_PERM = 100
BANDS = 20  # 20 bands of 5 rows: pairs at Jaccard 0.7 become candidates 97.5% of the time
ROWS = NUM_PERM // BANDS
SHINGLE = 3  # words per shingle
MIN_WORDS = 30  # below this a body is too short to say anything about near-duplication
THRESHOLD = 0.7  # estimated Jaccard similarity of shingle sets that makes a near-duplicate

_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    words = _WORD.findall(text.casefold())
    # The i-th tail list starts i words in; zip stops at the shortest, the last whole shingle.
    return {" ".join(gram) for gram in zip(*(words[i:] for i in range(size)), strict=False)}


def _enough_words(text: str) -> bool:
    # Stops at the MIN_WORDS-th word instead of listing every word of a long body.
    return sum(1 for _ in islice(_WORD.finditer(text), MIN_WORDS)) == MIN_WORDS


def prepare() -> None:
    """Draw the permutations, so that processes forked afterwards inherit them."""
    _permutations()


SEED = 1
# MurmurHash3's 32-bit finalizer: shifts and multipliers.
_FMIX = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))


@functools.cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """(a, b) of the permutations h -> a*h + b (mod 2**32), a odd so that each is a bijection.

    This is datasketch's "affine32" MinHash scheme, drawn from the same seeded generator in the
    same order: signatures stored by versions that called datasketch stay comparable, and
    tests/corpus/test_dedup.py holds the two to equal output. We no longer import datasketch
    at run time because its package imports scipy (0.6 s of CPU in every ingest process, more
    than the signatures of a thousand pages cost) for LSH tuning we do not use.
    """
    draw = np.random.RandomState(SEED)
    a = draw.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = draw.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _premix(hashes: np.ndarray) -> np.ndarray:
    """Spread crc32's structure over all 32 bits before the affine permutations."""
    s1, m1, s2, m2, s3 = _FMIX
    hashes = (hashes ^ (hashes >> s1)) * m1
    hashes = (hashes ^ (hashes >> s2)) * m2
    return hashes ^ (hashes >> s3)


def signature(text: str) -> bytes | None:
    """The MinHash signature of a body, or None when the body is too short to compare."""
    if not _enough_words(text):
        return None
    a, b = _permutations()
    # shingles(text), UTF-8 encoded: each word encoded once rather than each shingle (UTF-8
    # encodes a joined string as the join of its parts' encodings).
    words = [word.encode() for word in _WORD.findall(text.casefold())]
    grams = map(b" ".join, zip(*(words[i:] for i in range(SHINGLE)), strict=False))
    # crc32 is C and plenty for set resemblance; the premix makes up for its weak avalanche.
    # Every shingle is hashed, repeats too, without making a set of them first: a repeat adds a
    # row equal to another, which changes no column's minimum.
    hashes = np.fromiter(map(zlib.crc32, grams), np.uint32, count=max(len(words) - SHINGLE + 1, 0))
    permuted = _premix(hashes)[:, np.newaxis] * a  # one row a shingle, wrapping mod 2**32
    permuted += b  # in place: one array of a row per shingle, not two
    return permuted.min(axis=0).astype(np.uint64).tobytes()


def band_keys(sig: bytes) -> list[tuple[int, str]]:
    values = np.frombuffer(sig, dtype=np.uint64)
    return [
        (
            band,
            hashlib.blake2b(
                values[band * ROWS : (band + 1) * ROWS].tobytes(), digest_size=8
            ).hexdigest(),
        )
        for band in range(BANDS)
    ]


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    return float(np.mean(np.frombuffer(a, dtype=np.uint64) == np.frombuffer(b, dtype=np.uint64)))


@dataclass
class NewArticle:
    id: str
    outlet: str
    url: str | None
    title: str
    body_sha256: str
    has_body: bool
    signature: bytes | None


def _relation(new: NewArticle, other: dict, same_body: bool) -> str:
    if new.outlet and other["outlet"] and new.outlet.casefold() != other["outlet"].casefold():
        return "syndicated"
    return "capture" if same_body else "version"


MAX_CANDIDATES = 64

# An OR of (band, key) pairs, not a row-value IN: SQLite answers the OR from the primary key,
# one lookup per band, but scans the whole table for the IN. Run with the driver's cursor
# (newsdesk.corpus.db.run): it is asked for every article that has no exact copy.
_NEAR = text(
    "SELECT m.article_id, m.signature FROM article_minhash m WHERE m.article_id IN "
    "(SELECT DISTINCT b.article_id FROM article_bands b WHERE "
    + " OR ".join(f'(b.band = :b{i} AND b."key" = :k{i})' for i in range(BANDS))
    + f") AND m.article_id <> :self LIMIT {MAX_CANDIDATES}"
)
# Asked once per batch of articles, for all of them.
_SAME_BODY = (
    select(s.articles.c.body_sha256, s.articles.c.id)
    .where(s.articles.c.body_sha256.in_(bindparam("values", expanding=True)))
    .order_by(s.articles.c.num)
)
_CANONICAL = select(s.duplicates.c.article_id, s.duplicates.c.canonical_id).where(
    s.duplicates.c.article_id.in_(bindparam("values", expanding=True))
)
_OUTLET = select(s.articles.c.id, s.articles.c.outlet, s.articles.c.body_sha256).where(
    s.articles.c.id.in_(bindparam("values", expanding=True))
)
_INSERT_DUPLICATE = s.duplicates.insert()
_INSERT_MINHASH = s.article_minhash.insert()
_INSERT_BANDS = s.article_bands.insert()
_IN_LIST = 500  # values per IN list: well under every backend's limit on parameters


def _rows(conn: Connection, statement: Any, values: Iterable[str]) -> list[Row]:
    """The rows of a batched lookup by a list of values, in lists of at most _IN_LIST."""
    values = sorted(set(values))
    rows: list[Row] = []
    for start in range(0, len(values), _IN_LIST):
        chunk = values[start : start + _IN_LIST]
        rows.extend(conn.execute(statement, {"values": chunk}))
    return rows


class _Links:
    """What linking a batch reads, looked up for the whole batch at once where the answers
    cannot change while it is linked, and the links made so far in the batch (which its later
    articles see, as they would in the table)."""

    def __init__(self, conn: Connection, articles: list[NewArticle]) -> None:
        self.conn = conn
        self.batch = {a.id: a for a in articles}
        # Stored articles by body, oldest first (the articles table is not written meanwhile).
        self.same_body: dict[str, list[str]] = defaultdict(list)
        bodies = (a.body_sha256 for a in articles if a.has_body)
        for body_sha256, aid in _rows(conn, _SAME_BODY, bodies):
            self.same_body[body_sha256].append(aid)
        self.made: dict[str, str] = {}  # article id -> canonical id, linked in this batch
        # Read from the tables, for articles stored before the batch:
        self.stored: dict[str, str | None] = {}  # article id -> canonical id (a stored link)
        self.outlets: dict[str, tuple[str, str] | None] = {}  # id -> (outlet, body_sha256)

    def exact(self, article: NewArticle) -> str | None:
        # The oldest other article with the same body. Any would do: every copy already
        # points at the same canonical article.
        return next((aid for aid in self.same_body[article.body_sha256] if aid != article.id), None)

    def prefetch(self, ids: Iterable[str]) -> None:
        """Read the stored links of these articles and the outlets of their canonicals."""
        todo = {aid for aid in ids if aid not in self.batch and aid not in self.stored}
        self.stored.update(dict.fromkeys(todo))
        self.stored.update(tuple(row) for row in _rows(self.conn, _CANONICAL, todo))
        self._read_outlets(self.stored[aid] or aid for aid in todo)

    def _read_outlets(self, ids: Iterable[str]) -> None:
        todo = {aid for aid in ids if aid not in self.batch and aid not in self.outlets}
        self.outlets.update(dict.fromkeys(todo))
        for aid, outlet, body_sha256 in _rows(self.conn, _OUTLET, todo):
            self.outlets[aid] = (outlet, body_sha256)

    def canonical(self, best: str) -> str:
        if best in self.made:
            return self.made[best]
        if best in self.batch:
            return best  # just written: its only links are those made in this batch
        if best not in self.stored:
            self.prefetch([best])
        return self.stored[best] or best

    def outlet(self, aid: str) -> tuple[str, str] | None:
        """(outlet, body_sha256) of a stored article; None if there is no such article."""
        if aid in self.batch:
            return self.batch[aid].outlet, self.batch[aid].body_sha256
        if aid not in self.outlets:
            self._read_outlets([aid])
        return self.outlets[aid]


def _near_match(conn: Connection, article: NewArticle) -> tuple[str, float] | None:
    """The closest indexed (canonical) article sharing an LSH band, if similar enough."""
    if article.signature is None:
        return None
    params: dict[str, object] = {"self": article.id}
    for band, key in band_keys(article.signature):
        params[f"b{band}"], params[f"k{band}"] = band, key
    rows = run(conn, _NEAR, params).fetchall()
    scored = [(similarity(article.signature, bytes(sig)), aid) for aid, sig in rows]
    scored = [pair for pair in scored if pair[0] >= THRESHOLD]
    if not scored:
        return None
    score, best = max(scored)
    return best, score


def link_duplicates(conn: Connection, articles: list[NewArticle]) -> None:
    """Link each stored article, in order, to the canonical article it duplicates; one that
    duplicates none is canonical and joins the LSH index (only canonical articles are indexed,
    so band buckets stay small however many copies of a story arrive).

    The articles are already in the table. Lookups are made for the whole batch where the
    answers cannot change while it is linked (same bodies; stored links and outlets); the
    links made are seen by the later articles of the batch and written at the end."""
    links = _Links(conn, articles)
    exact = {a.id: first for a in articles if a.has_body and (first := links.exact(a))}
    links.prefetch(exact.values())
    rows: list[dict[str, Any]] = []
    for article in articles:
        first = exact.get(article.id)
        match = (first, 1.0) if first else _near_match(conn, article)
        if match is not None:
            best, score = match
            canonical = links.canonical(best)
            other = links.outlet(canonical)
            if other is not None and canonical != article.id:
                outlet, body_sha256 = other
                same_body = body_sha256 == article.body_sha256
                relation = _relation(article, {"outlet": outlet}, same_body)
                links.made[article.id] = canonical
                rows.append(
                    {
                        "article_id": article.id,
                        "canonical_id": canonical,
                        "relation": relation,
                        "similarity": score,
                    }
                )
                continue
        if article.signature is not None:
            run(conn, _INSERT_MINHASH, {"article_id": article.id, "signature": article.signature})
            run_many(
                conn,
                _INSERT_BANDS,
                [
                    {"band": b, "key": k, "article_id": article.id}
                    for b, k in band_keys(article.signature)
                ],
            )
    run_many(conn, _INSERT_DUPLICATE, rows)
