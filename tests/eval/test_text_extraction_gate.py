"""CI gate: text-dump extraction quality on ../shared/bench/aeb must not fall below pinned floors.

Both renderings of the same 93 pages (w3m and inscriptis dumps). Floors sit a little under the
figures measured when they were pinned (BENCHMARKS.md). Skipped when the benchmark data is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.eval.extraction import score_format

AEB = Path(__file__).resolve().parents[2].parent / "shared" / "bench" / "aeb"

# Measured 2026-11-22 (fourteenth session): text-w3m F1 0.9665 (P 0.974, R 0.959);
# text-inscriptis F1 0.9693 (P 0.971, R 0.968); the tenth session's 0.9649 and 0.9653 pinned
# 0.962 on both. The target is 0.95 on both; the floors leave room for one page's noise.
FLOORS = {"text-w3m": 0.963, "text-inscriptis": 0.965}

pytestmark = pytest.mark.skipif(
    not (AEB / "ground-truth.json").is_file(), reason=f"benchmark data absent: {AEB}"
)


@pytest.mark.parametrize("fmt", sorted(FLOORS))
def test_text_dump_extraction_stays_above_its_floor(fmt: str) -> None:
    result = score_format(AEB, fmt)
    assert result.pages == 93
    assert result.errors == 0
    assert result.f1 >= FLOORS[fmt], f"{fmt} F1 fell to {result.f1:.4f}"
