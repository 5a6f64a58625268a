"""The worker side of ingest: run the pipeline stages over captures, in any process.

Everything here is picklable and free of database handles, so chunks of captures go to a
process pool and come back as `WorkResult`s for the single writer.
"""

from __future__ import annotations

import copy
import importlib
import multiprocessing
from dataclasses import dataclass, field
from typing import Any

from newsdesk.capture.feeds import feed_page, looks_like_feed
from newsdesk.corpus.dedup import prepare as prepare_dedup
from newsdesk.corpus.dedup import signature
from newsdesk.corpus.profiles import capture_lines
from newsdesk.extract.core import fewer_collections, settle_heap, warm_up
from newsdesk.extract.decode import decode
from newsdesk.extract.profile import SiteProfile, site_key
from newsdesk.pipeline import Pipeline, Stage, StageFailure, describe_error
from newsdesk.records import Capture, Page

ENRICH_ADDS = ("entities", "quotes", "counts", "places", "events", "labels", "summary")


@dataclass
class WorkResult:
    sha256: str
    source: str
    page: Page | None
    signatures: dict[int, bytes | None] = field(default_factory=dict)
    failures: list[StageFailure] = field(default_factory=list)
    versions: dict[str, str] = field(default_factory=dict)
    # A text capture's site, story key and short lines, for the site's profile in the store.
    site_lines: tuple[str, str, list[str]] | None = None


def extract_version() -> str:
    from newsdesk.extract.core import EXTRACT_VERSION

    return EXTRACT_VERSION


# The site profiles the text reader uses in this process: the store's, loaded when an ingest
# starts (`use_profiles`, also the pool's initializer so that every worker has them).
_PROFILES: dict[str, SiteProfile] = {}


def use_profiles(profiles: dict[str, SiteProfile]) -> None:
    _PROFILES.clear()
    _PROFILES.update(profiles)


def current_profiles() -> dict[str, SiteProfile]:
    return dict(_PROFILES)


def extract_stage(capture: Capture) -> Page:
    """Feeds become listing pages; everything else goes to `newsdesk.extract.extract`."""
    if looks_like_feed(capture.data):
        return feed_page(capture)
    from newsdesk.extract import extract

    key = site_key(capture.data) if _PROFILES else None
    return extract(capture, profile=_PROFILES.get(key) if key else None)


def enrich_module() -> Any | None:
    """`newsdesk.enrich` when it offers `enrich_page` or `enrich_pages`, else None."""
    try:
        module = importlib.import_module("newsdesk.enrich")
    except ModuleNotFoundError as exc:
        if exc.name in ("newsdesk.enrich", "newsdesk"):
            return None
        raise
    if hasattr(module, "enrich_page") or hasattr(module, "enrich_pages"):
        return module
    return None


def enrich_version() -> str | None:
    module = enrich_module()
    if module is None:
        return None
    return str(getattr(module, "ENRICH_VERSION", getattr(module, "__version__", "unversioned")))


def _enrich_one(page: Page) -> Page:
    module = enrich_module()
    assert module is not None
    if hasattr(module, "enrich_page"):
        return module.enrich_page(page)
    return module.enrich_pages([page])[0]


def pipeline(*, enrich: bool) -> Pipeline:
    stages = [Stage("extract", extract_version(), extract_stage, ("capture",), ("page",))]
    version = enrich_version() if enrich else None
    if version is not None:
        stages.append(Stage("enrich", version, _enrich_one, ("page",), ENRICH_ADDS))
    return Pipeline(stages)


def preload() -> None:
    """Import what every worker needs (the extractors, dateparser's languages, the MinHash
    permutations) in the process about to fork the pool: forked workers then share it instead of
    each importing it again (about 1.3 s of CPU per worker). Pointless where workers are
    spawned, not forked."""
    if multiprocessing.get_start_method(allow_none=False) != "fork":
        return
    warm_up()
    prepare_dedup()
    settle_heap()


def _signatures(page: Page) -> dict[int, bytes | None]:
    return {i: signature(a.body or "") for i, a in enumerate(page.articles)}


def _enrich_failed(result: WorkResult, version: str, exc: Exception) -> None:
    # The extracted page is kept (not enriched); the failure is recorded against the capture.
    result.failures.append(
        StageFailure("enrich", version, result.source, describe_error(exc, result.source))
    )


def process_chunk(items: list[tuple[str, Capture]], enrich: bool) -> list[WorkResult]:
    """Extract (and enrich) a chunk of stored captures; failures come back as data.

    An enrich failure keeps the extracted page, unenriched, with the failure recorded.
    """
    results: list[WorkResult] = []
    extract_only = pipeline(enrich=False)
    version = enrich_version() if enrich else None
    with fewer_collections():
        for sha, capture in items:
            result = WorkResult(sha256=sha, source=capture.source, page=None)
            result.page = extract_only.run(
                capture, source=capture.source, on_error=result.failures.append
            )
            result.versions = dict(extract_only.versions)
            results.append(result)
    extracted = [r for r in results if r.page is not None and r.page.articles]
    if version is not None and extracted:
        _enrich(extracted, version)
    if version is not None:
        for result in results:  # nothing to enrich on a page without articles: it is done
            if result.page is not None and not result.page.articles:
                result.versions["enrich"] = version
    with fewer_collections():
        for result, (_, capture) in zip(results, items, strict=True):
            if result.page is not None:
                result.signatures = _signatures(result.page)
                if result.page.format == "text":
                    text = decode(capture.data)[0]
                    main = next((a for a in result.page.articles if a.role == "main"), None)
                    # No headline (a listing, a digest): the capture's own text stands for its
                    # story.
                    story = main.title if main and main.title else text[:2000]
                    result.site_lines = capture_lines(capture.data, text, story)
    return results


def _enrich(results: list[WorkResult], version: str) -> None:
    """Batch `enrich_pages` when offered (if the batch fails, page by page to isolate the
    culprit), else `enrich_page` one by one."""
    module = enrich_module()
    if hasattr(module, "enrich_pages"):
        try:
            pages = module.enrich_pages([copy.deepcopy(r.page) for r in results])
            for result, page in zip(results, pages, strict=True):
                result.page = page
                result.versions["enrich"] = version
            return
        except Exception:
            pass  # some page broke the batch: go page by page below to find which
    for result in results:
        try:
            result.page = _enrich_one(copy.deepcopy(result.page))
            result.versions["enrich"] = version
        except Exception as exc:
            _enrich_failed(result, version, exc)
