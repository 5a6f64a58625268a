"""What the story clusterer compares: one unit-length TF-IDF vector per article.

The vector is the sum of three separately normalised parts, so that no part drowns the others
whatever its length: the headline (weighted by `title_weight`, because a headline is the
outlet's own one-line summary of the event, and often the only clean text when a capture's body
is boilerplate), the body, and - when enrichment ran - the canonical entities and places
(weighted by `entity_weight`). IDF is incremental: document frequencies grow as articles arrive,
so a vector is fixed at the moment its article is seen and nothing is recomputed over the corpus.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

# Words of two or more characters; inner apostrophes, dots and hyphens stay ("u.s.", "g-league").
_WORD = re.compile(r"[^\W_][\w'’.\-]*[^\W_]|[^\W_]")
_STOP = frozenset(ENGLISH_STOP_WORDS) | {"said", "says", "say", "told", "according", "just"}


def tokenize(text: str) -> list[str]:
    """Lower-cased content words, plurals and possessives folded ("missiles" -> "missile")."""
    out: list[str] = []
    for match in _WORD.finditer(text):
        word = match.group().lower().replace("’", "'")
        if word.endswith("'s"):
            word = word[:-2]
        if word in _STOP:  # before dots go, so "U.S." stays while "us" goes
            continue
        word = word.replace(".", "")
        if len(word) < 2:
            continue
        if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
            word = word[:-1]
        out.append(word)
    return out


@dataclass
class StoryItem:
    """One thing to place in a story: an article, digest entry, related article or ticker item."""

    id: str
    time: float  # days since the Unix epoch (see `to_days`)
    title: str
    body: str = ""
    outlet: str = ""
    entities: list[str] = field(default_factory=list)  # canonical entity names and places
    kind: str = "article"  # "article" | "related" | "digest-entry" | "ticker"


@dataclass
class Vector:
    """A sparse unit vector: sorted term ids and their weights."""

    indices: np.ndarray  # int64
    values: np.ndarray  # float64


class Vocabulary:
    """Term ids and document frequencies, both growing as articles arrive."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.terms: list[str] = []
        self.df: list[int] = []
        self.documents = 0

    def __len__(self) -> int:
        return len(self.terms)

    def observe(self, terms: Iterable[str]) -> None:
        """Count one more document containing `terms` (each counted once)."""
        self.documents += 1
        for term in set(terms):
            tid = self.ids.get(term)
            if tid is None:
                tid = self.ids[term] = len(self.terms)
                self.terms.append(term)
                self.df.append(0)
            self.df[tid] += 1

    def idf(self, tid: int) -> float:
        # The smoothed IDF of scikit-learn, over the documents seen so far.
        return math.log((self.documents + 1) / (self.df[tid] + 1)) + 1.0


@dataclass(frozen=True)
class FeatureWeights:
    title_weight: float = 1.0
    entity_weight: float = 1.0


def _weighted(vocab: Vocabulary, tokens: list[str], scale: float, into: dict[int, float]) -> None:
    """Add the unit-length sublinear TF-IDF vector of `tokens`, times `scale`, into `into`."""
    if not tokens or scale <= 0:
        return
    part = {}
    for term, n in Counter(tokens).items():
        tid = vocab.ids[term]
        part[tid] = (1.0 + math.log(n)) * vocab.idf(tid)
    norm = math.sqrt(sum(w * w for w in part.values())) or 1.0
    for tid, w in part.items():
        into[tid] = into.get(tid, 0.0) + scale * w / norm


def entity_terms(names: Iterable[str]) -> list[str]:
    """Entity names as single terms, kept apart from words ("ent:kim jong un")."""
    return ["ent:" + " ".join(name.lower().split()) for name in names if name.strip()]


def vectorize(vocab: Vocabulary, item: StoryItem, weights: FeatureWeights) -> Vector:
    """The item's unit vector; counts it in the document frequencies first."""
    title = tokenize(item.title)
    body = tokenize(item.body)
    ents = entity_terms(item.entities)
    vocab.observe([*title, *body, *ents])
    combined: dict[int, float] = {}
    _weighted(vocab, title, weights.title_weight, combined)
    _weighted(vocab, body, 1.0, combined)
    _weighted(vocab, ents, weights.entity_weight, combined)
    if not combined:
        return Vector(np.zeros(0, dtype=np.int64), np.zeros(0))
    indices = np.fromiter(sorted(combined), dtype=np.int64, count=len(combined))
    values = np.array([combined[int(i)] for i in indices])
    values /= np.linalg.norm(values) or 1.0
    return Vector(indices, values)


def to_days(iso: str | None) -> float | None:
    """An ISO-8601 date or datetime as days since the epoch (naive times taken as UTC)."""
    if not iso:
        return None
    from datetime import UTC, datetime

    text = iso.strip().replace("Z", "+00:00")
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        try:
            moment = datetime.fromisoformat(text[:10])
        except ValueError:
            return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp() / 86400.0


def from_days(days: float) -> str:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(days * 86400.0, tz=UTC).strftime("%Y-%m-%dT%H:%M:%S")
