"""The aggregate cache: computed once, served stale while one background refresh runs."""

from __future__ import annotations

import threading
import time

from newsdesk.serve.cache import TTLCache


def test_values_are_cached_then_refreshed_in_the_background() -> None:
    cache = TTLCache(0.5)  # long enough that the refreshed value is still fresh when checked
    calls: list[int] = []
    release = threading.Event()

    def compute() -> int:
        calls.append(1)
        if len(calls) > 1:
            release.wait(2)
        return len(calls)

    assert cache.get("k", compute) == 1
    assert cache.get("k", compute) == 1 and len(calls) == 1  # fresh: no recompute
    time.sleep(0.55)
    assert cache.get("k", compute) == 1  # stale: served at once, refresh started
    assert cache.get("k", compute) == 1  # only one refresh at a time
    release.set()
    deadline = time.monotonic() + 2
    while cache.get("k", compute) != 2:
        assert time.monotonic() < deadline
        time.sleep(0.01)
    assert len(calls) == 2


def test_zero_seconds_means_no_cache_and_clear_forgets() -> None:
    counter = iter(range(100))
    assert TTLCache(0).get("k", lambda: next(counter)) == 0
    assert TTLCache(0).get("k", lambda: next(counter)) == 1
    cache = TTLCache(60)
    assert cache.get("k", lambda: "a") == "a"
    cache.clear()
    assert cache.get("k", lambda: "b") == "b"


def test_a_failed_refresh_keeps_the_stale_value() -> None:
    cache = TTLCache(0.01)
    cache.get("k", lambda: "old")
    time.sleep(0.02)

    def broken() -> str:
        raise RuntimeError("database gone")

    assert cache.get("k", broken) == "old"
    time.sleep(0.05)
    assert cache.get("k", lambda: "old-again") in {"old", "old-again"}


def test_concurrent_misses_compute_once() -> None:
    cache = TTLCache(60)
    calls: list[int] = []

    def slow() -> str:
        calls.append(1)
        time.sleep(0.1)
        return "value"

    threads = [threading.Thread(target=cache.get, args=("k", slow)) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(calls) == 1 and cache.get("k", slow) == "value"
