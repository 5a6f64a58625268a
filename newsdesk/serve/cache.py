"""A small time-to-live cache for the corpus-wide aggregates the home and chart pages show.

Aggregates over a 100,000-article corpus (sections, most-covered entities, coverage per outlet)
take tens to hundreds of milliseconds; they change only as fast as ingest runs, so a few seconds of
staleness buys pages that answer in a few milliseconds.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable
from typing import Any


class TTLCache:
    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._values: dict[Hashable, tuple[float, Any]] = {}
        self._lock = threading.Lock()

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """The cached value for key, computing it when missing or older than the TTL."""
        if self.seconds <= 0:
            return compute()
        now = time.monotonic()
        with self._lock:
            hit = self._values.get(key)
        if hit is not None and now - hit[0] < self.seconds:
            return hit[1]
        value = compute()
        with self._lock:
            if len(self._values) > 512:  # keys include filters: keep the cache bounded
                self._values.clear()
            self._values[key] = (now, value)
        return value

    def clear(self) -> None:
        with self._lock:
            self._values.clear()
