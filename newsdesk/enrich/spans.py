"""Sorted spans asked "what lies here?" in logarithmic time, so that every finder stays about
linear in the length of an article (a long transcript may hold thousands of quotes and names)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from itertools import accumulate
from typing import Generic, TypeVar

Interval = tuple[int, int]
T = TypeVar("T")


class SpanIndex:
    """Intervals asked whether any overlaps, or contains, a given one."""

    def __init__(self, spans: Iterable[Interval]) -> None:
        self.spans = sorted(spans)
        self.starts = [a for a, _b in self.spans]
        self.reach = list(accumulate((b for _a, b in self.spans), max))

    def overlaps(self, span: Interval) -> bool:
        i = bisect_left(self.starts, span[1])
        return i > 0 and self.reach[i - 1] > span[0]

    def contains(self, span: Interval) -> bool:
        i = bisect_right(self.starts, span[0])
        return i > 0 and self.reach[i - 1] >= span[1]


class ByStart(Generic[T]):
    """Items sorted by where they start, listed by a range of start offsets."""

    def __init__(self, items: Iterable[T], start: Callable[[T], int]) -> None:
        self.items = sorted(items, key=start)
        self.starts = [start(item) for item in self.items]

    def between(self, low: int, high: int) -> list[T]:
        """Items starting at ``low`` or later and before ``high``."""
        return self.items[bisect_left(self.starts, low) : bisect_left(self.starts, high)]
