"""CI gate for quote finding on PolNeAR dev: floors pinned just under the measured figures.

The default run scores a fixed sample (one annotation file in five, sorted by name: 19 files
across the publishers); the whole split runs under ``-m slow``. Measured 2026-11-21: sample
content F1 0.844 (precision 0.935), speaker accuracy 0.883; whole dev content F1 0.835,
speaker accuracy 0.860 (see BENCHMARKS.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.eval.quotes import evaluate_quotes

POLNEAR = Path(__file__).resolve().parents[3] / "shared" / "bench" / "polnear"

pytestmark = pytest.mark.skipif(not POLNEAR.is_dir(), reason="PolNeAR not present")


def test_quotes_gate_on_fixed_dev_sample() -> None:
    scores = evaluate_quotes(POLNEAR, "dev", every=5)
    assert scores.documents == 19
    assert scores.token_f1 >= 0.83
    assert scores.token_precision >= 0.92
    assert scores.speaker_accuracy >= 0.87


@pytest.mark.slow
def test_quotes_gate_on_whole_dev_split() -> None:
    scores = evaluate_quotes(POLNEAR, "dev")
    assert scores.token_f1 >= 0.825
    assert scores.speaker_accuracy >= 0.85
