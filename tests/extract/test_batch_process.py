"""`newsdesk extract` over many inputs readies its readers once, as ingest does."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import newsdesk

SAMPLES = Path(newsdesk.__file__).parent / "samples"

_PROBE = """
import gc, json, sys
from newsdesk.extract.batch import extract_paths
before = gc.get_freeze_count()
pages = list(extract_paths(sys.argv[1:], workers=1))
print(json.dumps({"before": before, "after": gc.get_freeze_count(), "pages": len(pages)}))
"""


def _probe(paths: list[str]) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, *paths], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout)


def test_many_inputs_settle_the_heap_once_before_reading():
    paths = [str(p) for p in sorted(SAMPLES.iterdir()) if p.is_file()]
    assert len(paths) >= 4
    report = _probe(paths)
    assert report["before"] == 0
    assert report["after"] > 0  # what the readers loaded is out of the collector's reach
    assert report["pages"] == len(paths)


def test_a_single_input_is_read_without_the_warm_up():
    report = _probe([str(next(p for p in sorted(SAMPLES.iterdir()) if p.is_file()))])
    assert report["after"] == 0 and report["pages"] == 1


def test_settle_heap_freezes_once_per_process():
    code = (
        "import gc; from newsdesk.extract import settle_heap\n"
        "settle_heap(); first = gc.get_freeze_count(); x = [[] for _ in range(1000)]\n"
        "settle_heap(); print(first, gc.get_freeze_count())"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    first, second = map(int, out.stdout.split())
    assert first > 0 and second == first  # later objects stay collectable


def test_warm_up_builds_what_the_first_dated_page_would():
    # Forked workers share what the parent built: htmldate's month-name table (all ~200 locales)
    # must be built by warm_up, or every worker builds its own on its first undated page.
    code = (
        "from htmldate.extractors import month_words\n"
        "from newsdesk.extract.core import warm_up\n"
        "before = month_words.cache_info().currsize; warm_up()\n"
        "print(before, month_words.cache_info().currsize)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "1"]


def test_many_pages_are_read_with_fewer_collections(tmp_path, monkeypatch) -> None:
    """`newsdesk extract` over many pages reads them as ingest's worker reads its chunk: the
    collector's youngest generation runs every EXTRACT_GC_THRESHOLD objects, and the threshold
    comes back when the run ends."""
    import gc

    from newsdesk.extract import batch, core

    seen: list[int] = []

    def spying(capture, **_kwargs):
        seen.append(gc.get_threshold()[0])
        raise core.ExtractError("not read")

    monkeypatch.setattr(batch, "extract", spying)
    for k in range(4):
        (tmp_path / f"page{k}.txt").write_text("A line of text.\n", encoding="utf-8")
    before = gc.get_threshold()
    results = list(batch.extract_paths([str(tmp_path)], workers=1, learn=False))
    assert len(results) == 4 and all(isinstance(r, batch.PageError) for r in results)
    assert seen == [max(before[0], core.EXTRACT_GC_THRESHOLD)] * 4
    assert gc.get_threshold() == before
