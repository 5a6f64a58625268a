"""Extract many inputs with every core, in bounded memory, in input order.

Workers get paths, not bytes, so the parent never holds more than a window of results; each
input's failure comes back as a PageError in its place and the run goes on.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import nullcontext
from datetime import datetime

from newsdesk.capture.files import CaptureError, expand_paths, read_capture
from newsdesk.extract.core import (
    ExtractError,
    extract,
    fewer_collections,
    settle_heap,
    warm_up,
)
from newsdesk.extract.profile import SiteProfile, learn_profile, site_key
from newsdesk.records import Page, PageError
from newsdesk.settings import setting

# Sites need this many captures in one run before a profile is learnt from them.
MIN_CAPTURES_FOR_PROFILE = 3


def extract_one(
    source: str,
    captured_at: datetime | None = None,
    profiles: dict[str, SiteProfile] | None = None,
) -> Page | PageError:
    """One input to a Page, or a PageError that names the input and the problem."""
    try:
        capture = read_capture(source)
        profile = _profile_for(capture.data, profiles) if profiles else None
        return extract(capture, captured_at=captured_at, profile=profile)
    except (CaptureError, ExtractError) as exc:
        return PageError(source=source, error=str(exc).removeprefix(f"{source}: "))
    except Exception as exc:  # a reader bug must not end the run; it is reported in its place
        return PageError(source=source, error=f"internal error: {type(exc).__name__}: {exc}")


def _profile_for(data: bytes, profiles: dict[str, SiteProfile]) -> SiteProfile | None:
    key = site_key(data)
    return profiles.get(key) if key else None


def learn_profiles(sources: Iterable[str]) -> dict[str, SiteProfile]:
    """Profiles for every site with enough text captures among the inputs."""
    by_site: dict[str, list[str]] = {}
    for source in sources:
        if source == "-" or source.lower().endswith((".html", ".htm", ".html.gz", ".json")):
            continue
        try:
            data = read_capture(source).data
        except CaptureError:
            continue
        key = site_key(data)
        if key:
            by_site.setdefault(key, []).append(source)
    profiles = {}
    for site, members in by_site.items():
        if len(members) >= MIN_CAPTURES_FOR_PROFILE:
            texts = (read_capture(s).data.decode("utf-8", "replace") for s in members)
            profiles[site] = learn_profile(site, texts)
    return profiles


def extract_paths(
    paths: Iterable[str],
    *,
    captured_at: datetime | None = None,
    profiles: dict[str, SiteProfile] | None = None,
    workers: int | None = None,
    learn: bool = True,
) -> Iterator[Page | PageError]:
    """Every input (files, directories recursed, `-`) as a Page or a PageError, in order."""
    sources = list(expand_paths(paths))
    if learn and len(sources) >= MIN_CAPTURES_FOR_PROFILE:
        learnt = learn_profiles(sources)
        profiles = {**learnt, **(profiles or {})}
    workers = workers or int(setting("workers")) or os.cpu_count() or 1
    sequential = workers == 1 or len(sources) < 4 or "-" in sources
    many = len(sources) >= 4
    if many and (sequential or multiprocessing.get_start_method() == "fork"):
        # Many pages: load the readers once (here, or in the parent the workers fork from, so
        # they share it) and settle the heap, rather than in every worker on its first pages.
        warm_up()
        settle_heap()
    # Many pages are read with fewer collections (core.fewer_collections), here or in the
    # workers forked within the block, which inherit it.
    with fewer_collections() if many else nullcontext():
        yield from _extract_all(sources, captured_at, profiles, workers, sequential)


def _extract_all(
    sources: list[str],
    captured_at: datetime | None,
    profiles: dict[str, SiteProfile] | None,
    workers: int,
    sequential: bool,
) -> Iterator[Page | PageError]:
    if sequential:
        for source in sources:
            yield extract_one(source, captured_at, profiles)
        return
    window: deque[Future] = deque()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for source in sources:
            window.append(pool.submit(extract_one, source, captured_at, profiles))
            if len(window) >= workers * 8:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()
