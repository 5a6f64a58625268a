"""CI gate: the text reader on renderings of pages it was never tuned on (../shared/bench/dates),
scored against the HTML reader, must not fall below pinned floors (newsdesk.eval.unseen).

Both halves are gated: the even half may be studied, the odd half is held out, and a fall in
either is a fall on pages like those users bring. Skipped when the benchmark data is absent;
the w3m rendering is skipped where w3m is not installed (.ci/run installs it).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from newsdesk.eval.unseen import evaluate

DATES = Path(__file__).resolve().parents[2].parent / "shared" / "bench" / "dates"

# Measured 2026-11-21 (BENCHMARKS.md, "Text dumps of unseen pages"); floors a little under.
FLOORS = {
    ("inscriptis", "even"): 0.950,
    ("inscriptis", "odd"): 0.880,
    ("w3m", "even"): 0.935,
    ("w3m", "odd"): 0.870,
}

pytestmark = pytest.mark.skipif(not (DATES / "html").is_dir(), reason=f"absent: {DATES}")


@pytest.mark.parametrize(("renderer", "half"), sorted(FLOORS))
def test_unseen_text_agreement_stays_above_its_floor(renderer: str, half: str) -> None:
    if renderer == "w3m" and shutil.which("w3m") is None:
        pytest.skip("w3m not installed (apt-get install w3m)")
    result = evaluate(DATES, renderer, half)
    assert result.pages >= 80  # pages whose HTML reading has 50 words or more
    assert result.errors == 0, f"the text reader failed on {result.failed}"
    floor = FLOORS[(renderer, half)]
    assert result.f1 >= floor, f"{renderer} {half} F1 fell to {result.f1:.4f} (floor {floor})"
