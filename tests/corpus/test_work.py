"""The ingest worker (newsdesk.corpus.work): what a chunk of captures does to its process."""

from __future__ import annotations

import gc

import pytest

from newsdesk.corpus import work
from newsdesk.extract import core
from newsdesk.records import Capture
from tests.corpus.fictional import RIVER_BODY, html_page

SENTENCES = [s.strip() + "." for s in RIVER_BODY.split(". ") if s.strip()]


def _chunk() -> list[tuple[str, Capture]]:
    html = html_page("Varn floods Castellor market", SENTENCES)
    text = f"Castellor Post\n\nVarn floods Castellor market\n\n{RIVER_BODY}\n".encode()
    return [
        ("a" * 64, Capture(source="ledger/flood.html", data=html)),
        ("b" * 64, Capture(source="post/flood.txt", data=text)),
    ]


def test_extraction_runs_the_collector_less_often_and_restores_its_threshold(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[int] = []
    extract = work.extract_stage

    def spying(capture: Capture):
        seen.append(gc.get_threshold()[0])
        return extract(capture)

    monkeypatch.setattr(work, "extract_stage", spying)
    before = gc.get_threshold()
    results = work.process_chunk(_chunk(), False)
    assert all(r.page is not None and r.page.articles for r in results)
    assert seen == [core.EXTRACT_GC_THRESHOLD] * 2
    assert gc.get_threshold() == before


def test_the_threshold_comes_back_when_the_block_raises() -> None:
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), core.fewer_collections():
        assert gc.get_threshold()[0] == core.EXTRACT_GC_THRESHOLD
        raise RuntimeError("a stage broke")
    assert gc.get_threshold() == before


def test_a_chunk_leaves_nothing_for_the_cyclic_collector() -> None:
    """What makes collecting less often harmless: reading pages makes no reference cycles, so
    every page's objects (its tree among them) are freed as soon as they are done with."""
    work.process_chunk(_chunk(), False)  # first use: imports, caches
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        results = work.process_chunk(_chunk(), False)
        assert all(r.page is not None and r.page.articles for r in results)
        del results
        assert gc.collect() == 0
    finally:
        if enabled:
            gc.enable()
