"""Shingle overlap scores, as the article-extraction benchmark defines them (DESIGN.md).

Text is split into ``\\w+`` tokens; each text becomes a multiset of 4-token shingles. Per page the
true positives, false positives and false negatives are counted and normalised to sum to 1, so every
page weighs the same however long it is. Precision and recall come from those per-page shares summed
over all pages, and F1 is their harmonic mean.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+")
SHINGLE_SIZE = 4


def tokens(text: str | None) -> list[str]:
    return _TOKEN.findall(text or "")


def shingles(text: str | None, size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """The multiset of ``size``-token shingles; a text shorter than ``size`` is one shingle."""
    words = tokens(text)
    if not words:
        return Counter()
    if len(words) < size:
        return Counter([tuple(words)])
    return Counter(tuple(words[i : i + size]) for i in range(len(words) - size + 1))


@dataclass(frozen=True)
class PageScore:
    """One page's shingle counts, normalised so tp + fp + fn == 1 (all 0 when both are empty)."""

    tp: float
    fp: float
    fn: float

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0


def score_page(gold: str | None, predicted: str | None) -> PageScore:
    true = shingles(gold)
    pred = shingles(predicted)
    tp = sum((true & pred).values())
    fp = sum(pred.values()) - tp
    fn = sum(true.values()) - tp
    total = tp + fp + fn
    if not total:
        return PageScore(0.0, 0.0, 0.0)
    return PageScore(tp / total, fp / total, fn / total)


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float
    pages: int


def combine(scores: Iterable[PageScore]) -> Score:
    """Precision and recall over all pages (each page weighing the same), and their F1."""
    tp = fp = fn = 0.0
    count = 0
    for s in scores:
        tp, fp, fn, count = tp + s.tp, fp + s.fp, fn + s.fn, count + 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(precision=precision, recall=recall, f1=f1, pages=count)
