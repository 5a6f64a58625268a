"""What the story clusterer compares: one unit-length TF-IDF vector per article.

The vector is the sum of three separately normalised parts, so that no part drowns the others
whatever its length: the headline (weighted by `title_weight`, because a headline is the
outlet's own one-line summary of the event, and often the only clean text when a capture's body
is boilerplate; the headline words of the article's URL count with it, see `url_slug`), the
body, and - when enrichment ran - the canonical entities and places
(weighted by `entity_weight`). IDF is incremental: document frequencies grow as articles arrive,
so a vector is fixed at the moment its article is seen and nothing is recomputed over the corpus.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
import regex
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

# Words of two or more characters; inner apostrophes, dots and hyphens stay ("u.s.", "g-league").
# A letter's marks belong to it (Devanagari vowel signs, combining accents), which \w alone
# would take for word breaks, leaving Hindi as one-letter fragments that carry no topic.
_WORD = regex.compile(r"[^\W_][\w\p{M}'’.\-]*[^\W_\p{M}]\p{M}*|[^\W_]\p{M}*")
_STOP = frozenset(ENGLISH_STOP_WORDS) | {"said", "says", "say", "told", "according", "just"}


def _normal(word: str) -> str:
    """One lower-cased word as a term, or "" when it carries no topic (stop word, 1 letter)."""
    if word.endswith("'s"):
        word = word[:-2]
    if word in _STOP:  # before dots go, so "U.S." stays while "us" goes
        return ""
    word = word.replace(".", "")
    if len(word) < 2:
        return ""
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    return word


# Word types repeat endlessly in news: normalise each once (bounded, cleared when full).
_NORMAL_CACHE: dict[str, str] = {}
_CACHE_LIMIT = 1_000_000


def tokenize(text: str) -> list[str]:
    """Lower-cased content words, plurals and possessives folded ("missiles" -> "missile")."""
    cache = _NORMAL_CACHE
    words = _WORD.findall(text.lower().replace("’", "'"))
    terms = list(map(cache.get, words))
    if None in terms:
        if len(cache) >= _CACHE_LIMIT:
            cache.clear()
        for n, term in enumerate(terms):
            if term is None:
                terms[n] = cache[words[n]] = _normal(words[n])
    return [t for t in terms if t]


@dataclass
class StoryItem:
    """One thing to place in a story: an article, digest entry, related article or ticker item."""

    id: str
    time: float | None  # days since the Unix epoch (`to_days`); None: undated, taken as now
    title: str
    body: str = ""
    outlet: str = ""
    entities: list[str] = field(default_factory=list)  # canonical entity names and places
    kind: str = "article"  # "article" | "related" | "digest-entry" | "ticker"
    url: str = ""  # where it was published: its slug is a second headline (`url_slug`)


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
        self.df = np.zeros(1024, dtype=np.int64)
        self.documents = 0

    def __len__(self) -> int:
        return len(self.terms)

    def observe(self, terms: Iterable[str]) -> None:
        """Count one more document containing `terms` (each counted once). New terms take ids
        in the order they first appear: a set's order changes with the process's hash seed, and
        with it which of equally weighted terms `_strongest` keeps, so the stories did too."""
        self.documents += 1
        unique = list(dict.fromkeys(terms))
        ids = [self.ids.get(t) for t in unique]
        if None in ids:
            for n, (term, tid) in enumerate(zip(unique, ids, strict=True)):
                if tid is None:
                    ids[n] = self.ids[term] = len(self.terms)
                    self.terms.append(term)
            if len(self.terms) > len(self.df):
                grown = np.zeros(2 * len(self.terms), dtype=np.int64)
                grown[: len(self.df)] = self.df
                self.df = grown
        self.df[np.fromiter(ids, dtype=np.int64, count=len(ids))] += 1

    def idf(self, tids: np.ndarray) -> np.ndarray:
        # The smoothed IDF of scikit-learn, over the documents seen so far.
        return np.log((self.documents + 1) / (self.df[tids] + 1.0)) + 1.0


@dataclass(frozen=True)
class FeatureWeights:
    title_weight: float = 1.0
    entity_weight: float = 1.0


def _weighted(vocab: Vocabulary, tokens: list[str], scale: float) -> Vector | None:
    """The unit-length sublinear TF-IDF vector of `tokens`, times `scale`."""
    if not tokens or scale <= 0:
        return None
    counts = Counter(tokens)
    n = len(counts)
    ids = np.fromiter(map(vocab.ids.__getitem__, counts.keys()), dtype=np.int64, count=n)
    tf = np.fromiter(counts.values(), dtype=np.float64, count=n)
    weights = (1.0 + np.log(tf)) * vocab.idf(ids)
    weights *= scale / (np.linalg.norm(weights) or 1.0)
    return Vector(ids, weights)


# A path segment's file extension (".html", ".cms", ".cnn").
_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,5}$")


def _slug_word(word: str) -> bool:
    """Not an id: CMSs put ids around slugs ("a7394706", "59a4874fe4b0", "1510268187")."""
    return bool(word) and not (len(word) > 4 and any(c.isdigit() for c in word))


def url_slug(url: str) -> str:
    """The headline words in a URL's path ("/2017/12/29/russian-experts-regain-control.html").

    Many sites put the headline in the address; when a capture's own title is the site's name
    and its body is boilerplate, the slug is what still says which event the page is about. The
    slug is the path segment with the most words (at least three), ids dropped.
    """
    path = url.split("?", 1)[0].split("#", 1)[0]
    if "://" in path:
        path = path.split("://", 1)[1].partition("/")[2]
    best: list[str] = []
    for segment in path.split("/"):
        words = [w for w in re.split(r"[-_+]+", _EXTENSION.sub("", segment)) if _slug_word(w)]
        if len(words) >= 3 and len(words) > len(best):
            best = words
    return " ".join(best)


def entity_terms(names: Iterable[str]) -> list[str]:
    """Entity names as single terms, kept apart from words ("ent:kim jong un")."""
    return ["ent:" + " ".join(name.lower().split()) for name in names if name.strip()]


def vectorize(vocab: Vocabulary, item: StoryItem, weights: FeatureWeights) -> Vector:
    """The item's unit vector; counts it in the document frequencies first."""
    title = tokenize(item.title) + tokenize(url_slug(item.url))
    body = tokenize(item.body)
    ents = entity_terms(item.entities)
    vocab.observe([*title, *body, *ents])
    parts = [
        v
        for v in (
            _weighted(vocab, title, weights.title_weight),
            _weighted(vocab, body, 1.0),
            _weighted(vocab, ents, weights.entity_weight),
        )
        if v is not None
    ]
    if not parts:
        return Vector(np.zeros(0, dtype=np.int64), np.zeros(0))
    ids = np.concatenate([v.indices for v in parts])
    values = np.concatenate([v.values for v in parts])
    indices, inverse = np.unique(ids, return_inverse=True)  # sorted, shared terms summed
    summed = np.bincount(inverse, weights=values, minlength=len(indices))
    summed /= np.linalg.norm(summed) or 1.0
    return Vector(indices, summed)


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
