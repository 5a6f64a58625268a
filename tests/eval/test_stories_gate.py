"""CI gate: story clustering quality on ../shared/bench/stories, with pinned floors.

Measured 2026-11-21 (without enrichment): newsdesk B-cubed F1 0.9759 (P 0.9676, R 0.9843, 35
stories for 35 events), plain TF-IDF single pass with its best threshold 0.9442; the default
parameters on the halves of seed 0 alone: 0.9615 and 0.9495. What remains: one event (talks
offered by a leader) absorbed by a long-running missile story of the same country, and one event
that joins a March and a December airline story (label noise).
"""

from __future__ import annotations

import pytest

from newsdesk.corpus.stories.cluster import ClusterParams
from newsdesk.eval.stories import (
    DEFAULT_DIR,
    bcubed,
    cluster_baseline,
    cluster_newsdesk,
    load_bench,
    split_events,
)

F1_FLOOR = 0.975
PRECISION_FLOOR = 0.965
RECALL_FLOOR = 0.98
HELD_OUT_FLOOR = 0.945  # default parameters on each half of the events, scored alone

pytestmark = pytest.mark.skipif(
    not (DEFAULT_DIR / "labels.json").is_file(), reason="no ../shared/bench/stories"
)


@pytest.fixture(scope="module")
def bench():  # type: ignore[no-untyped-def]
    return load_bench()


def test_bcubed_floor_and_above_the_baseline(bench) -> None:  # type: ignore[no-untyped-def]
    gold = {x.file: x.event for x in bench}
    ours = bcubed(cluster_newsdesk(bench, ClusterParams()), gold)
    assert ours.f1 >= F1_FLOOR, ours
    assert ours.precision >= PRECISION_FLOOR, ours
    assert ours.recall >= RECALL_FLOOR, ours
    baseline = max(bcubed(cluster_baseline(bench, t), gold).f1 for t in (0.15, 0.175, 0.2, 0.25))
    assert ours.f1 > baseline + 0.015, (ours.f1, baseline)


def test_default_parameters_hold_on_each_half_of_the_events(bench) -> None:  # type: ignore[no-untyped-def]
    for half in split_events(bench, seed=0):
        gold = {x.file: x.event for x in half}
        score = bcubed(cluster_newsdesk(half, ClusterParams()), gold)
        assert score.f1 >= HELD_OUT_FLOOR, score


def test_publication_order_is_what_is_scored(bench) -> None:  # type: ignore[no-untyped-def]
    dates = [x.article.published or "" for x in bench]
    assert dates == sorted(dates)


def test_eval_command_prints_both_systems(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from typer.testing import CliRunner

    from newsdesk.cli import app

    result = CliRunner().invoke(app, ["eval", "stories", "--splits", "0", "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["articles"] == 204 and scores["events"] == 35
    assert scores["newsdesk"]["f1"] >= F1_FLOOR
    assert scores["baseline"]["f1"] < scores["newsdesk"]["f1"]
    missing = CliRunner().invoke(app, ["eval", "stories", "--dir", str(tmp_path)])
    assert missing.exit_code != 0
