"""A small time-to-live cache for the corpus-wide aggregates the home and chart pages show.

Aggregates over a 100,000-article corpus (most-covered entities, regions, coverage per outlet)
take tens to hundreds of milliseconds; they change only as fast as ingest runs. So a value is
computed once, then served from memory; when it is older than the TTL the stale value is still
served while one background thread recomputes it (stale-while-revalidate): no request waits
for an aggregate except the very first one.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Hashable
from typing import Any

log = logging.getLogger(__name__)
MAX_ENTRIES = 512  # keys include search filters: keep the cache bounded


class TTLCache:
    def __init__(self, seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds
        self._clock = clock  # tests pass their own, so a slow machine cannot age a value
        self._values: dict[Hashable, tuple[float, Any]] = {}
        self._refreshing: set[Hashable] = set()
        self._lock = threading.Lock()
        self._first: dict[Hashable, threading.Lock] = {}  # one computation of a missing key

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """The value for key: cached, or computed now if never seen (or caching is off)."""
        if self.seconds <= 0:
            return compute()
        with self._lock:
            hit = self._values.get(key)
            stale = hit is not None and self._clock() - hit[0] >= self.seconds
            start_refresh = stale and key not in self._refreshing
            if start_refresh:
                self._refreshing.add(key)
        if hit is None:
            return self._compute_once(key, compute)
        if start_refresh:
            threading.Thread(target=self._refresh, args=(key, compute), daemon=True).start()
        return hit[1]

    def _compute_once(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """Compute a missing key; concurrent requests for it wait for that one computation
        instead of all running it at once (a cold start under load would otherwise stampede)."""
        with self._lock:
            gate = self._first.setdefault(key, threading.Lock())
        with gate:
            with self._lock:
                hit = self._values.get(key)
            if hit is not None:
                return hit[1]
            value = compute()
            self._store(key, value)
        with self._lock:
            self._first.pop(key, None)
        return value

    def _store(self, key: Hashable, value: Any) -> None:
        with self._lock:
            if len(self._values) >= MAX_ENTRIES and key not in self._values:
                oldest = min(self._values, key=lambda k: self._values[k][0])
                del self._values[oldest]
            self._values[key] = (self._clock(), value)

    def _refresh(self, key: Hashable, compute: Callable[[], Any]) -> None:
        try:
            self._store(key, compute())
        except Exception:  # keep serving the stale value; the next expiry retries
            log.exception("refreshing cached %r failed", key)
        finally:
            with self._lock:
                self._refreshing.discard(key)

    def clear(self) -> None:
        """Forget everything (after a write through the API)."""
        with self._lock:
            self._values.clear()
