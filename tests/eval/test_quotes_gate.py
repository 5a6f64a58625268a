"""CI gate for quote finding on PolNeAR dev: floors pinned just under the measured figures.

The default run scores a fixed subset (the first 20 annotation files, sorted by name); the
whole split runs under ``-m slow``. Measured 2026-11-21: subset content F1 0.848, speaker 0.776;
whole dev content F1 0.822, speaker 0.831 (see BENCHMARKS.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.eval.quotes import evaluate_quotes

POLNEAR = Path(__file__).resolve().parents[3] / "shared" / "bench" / "polnear"

pytestmark = pytest.mark.skipif(not POLNEAR.is_dir(), reason="PolNeAR not present")


def test_quotes_gate_on_fixed_dev_subset() -> None:
    scores = evaluate_quotes(POLNEAR, "dev", limit=20)
    assert scores.documents == 20
    assert scores.token_f1 >= 0.83
    assert scores.token_precision >= 0.92
    assert scores.speaker_accuracy >= 0.76


@pytest.mark.slow
def test_quotes_gate_on_whole_dev_split() -> None:
    scores = evaluate_quotes(POLNEAR, "dev")
    assert scores.token_f1 >= 0.81
    assert scores.speaker_accuracy >= 0.82
