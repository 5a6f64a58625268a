"""The line model's drift check (bench/line_model_fit/drift.py, `train_line_model.py drift`): the
model file keeps what its weights saw of each feature, and today's features are held against it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdesk.extract.text import line_features, line_model
from tests.extract.test_text_line_model import _training_script


def test_the_model_file_keeps_each_features_mean_and_spread() -> None:
    data = json.loads(line_model.MODEL_FILE.read_text(encoding="utf-8"))
    stats = data["feature_stats"]
    assert len(stats["mean"]) == len(stats["sd"]) == len(line_features.FEATURES)
    assert all(sd >= 0.0 for sd in stats["sd"])
    # The model loads as before: the statistics are the trainer's, not the reader's.
    assert line_model.load().intercept == data["intercept"]


def test_the_feature_moving_the_log_odds_most_comes_first(monkeypatch: pytest.MonkeyPatch) -> None:
    """A heavy feature whose mean moved a little outranks a light one that moved more, and a
    feature the model does not weigh (weight 0) moves no log-odds however far it went."""
    module = _training_script(monkeypatch).drift
    then = {"mean": [0.4, 0.1, 0.5], "sd": [0.3, 0.3, 0.5]}
    now = {"mean": [0.5, 0.3, 0.9], "sd": [0.3, 0.3, 0.5]}
    rows = module.shifts(["barriers", "header", "unweighed"], [-2.0, 0.5, 0.0], then, now)
    assert [r[0] for r in rows] == ["barriers", "header", "unweighed"]
    assert rows[0][6] == pytest.approx(-0.2)
    assert rows[1][6] == pytest.approx(0.1)
    assert rows[2][6] == 0.0


def test_feature_stats_are_each_columns_mean_and_sd(monkeypatch: pytest.MonkeyPatch) -> None:
    import numpy as np

    script = _training_script(monkeypatch)
    stats = script.drift.feature_stats(np.array([[0.0, 1.0], [2.0, 1.0]]))
    assert stats == {"mean": [1.0, 1.0], "sd": [1.0, 0.0]}


def test_a_model_file_without_statistics_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    script = _training_script(monkeypatch)
    old = json.loads(line_model.MODEL_FILE.read_text(encoding="utf-8"))
    del old["feature_stats"]
    path = tmp_path / "line_model.json"
    path.write_text(json.dumps(old), encoding="utf-8")
    now = {"mean": [0.0] * len(line_features.FEATURES), "sd": [1.0] * len(line_features.FEATURES)}
    with pytest.raises(SystemExit, match="no feature_stats"):
        script.drift.report(path, now)
