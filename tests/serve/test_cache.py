"""The aggregate cache: computed once, served stale while one background refresh runs."""

from __future__ import annotations

import threading
import time

from newsdesk.serve.cache import TTLCache


class FakeClock:
    """Time that moves only when the test says: a loaded machine cannot make a value stale."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_values_are_cached_then_refreshed_in_the_background() -> None:
    clock = FakeClock()
    cache = TTLCache(0.5, clock=clock)
    calls: list[int] = []
    release = threading.Event()

    def compute() -> int:
        calls.append(1)
        if len(calls) > 1:
            release.wait(10)
        return len(calls)

    assert cache.get("k", compute) == 1
    clock.now += 0.4
    assert cache.get("k", compute) == 1 and len(calls) == 1  # fresh: no recompute
    clock.now += 0.2
    assert cache.get("k", compute) == 1  # stale: served at once, refresh started
    assert cache.get("k", compute) == 1  # only one refresh at a time
    release.set()
    deadline = time.monotonic() + 10
    while cache.get("k", compute) != 2:
        assert time.monotonic() < deadline
        time.sleep(0.01)
    assert len(calls) == 2  # the refreshed value is fresh: the clock has not moved since


def test_zero_seconds_means_no_cache_and_clear_forgets() -> None:
    counter = iter(range(100))
    assert TTLCache(0).get("k", lambda: next(counter)) == 0
    assert TTLCache(0).get("k", lambda: next(counter)) == 1
    cache = TTLCache(60)
    assert cache.get("k", lambda: "a") == "a"
    cache.clear()
    assert cache.get("k", lambda: "b") == "b"


def test_a_failed_refresh_keeps_the_stale_value() -> None:
    clock = FakeClock()
    cache = TTLCache(0.01, clock=clock)
    cache.get("k", lambda: "old")
    clock.now += 0.02

    failed = threading.Event()

    def broken() -> str:
        failed.set()
        raise RuntimeError("database gone")

    assert cache.get("k", broken) == "old"  # stale: served, and a refresh starts
    assert failed.wait(10)
    # The failed refresh dropped nothing: the stale value is still served (a dropped key would
    # be computed at once, in the request), and the next refresh that works replaces it.
    assert cache.get("k", lambda: "new") == "old"
    deadline = time.monotonic() + 10
    while cache.get("k", lambda: "new") != "new":
        assert time.monotonic() < deadline
        time.sleep(0.01)


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
