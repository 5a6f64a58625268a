"""Named, versioned pipeline stages: order checked up front, failures handed to the handler."""

from __future__ import annotations

import pytest

from newsdesk.corpus.work import pipeline
from newsdesk.pipeline import Pipeline, PipelineError, Stage, StageFailure
from newsdesk.records import Capture


def test_a_stage_needing_what_nothing_adds_is_refused() -> None:
    with pytest.raises(PipelineError, match="'enrich' needs page"):
        Pipeline([Stage("enrich", "1", lambda p: p, needs=("page",))])


def test_failures_go_to_the_handler_with_stage_and_version() -> None:
    def explode(_item: object) -> object:
        raise ValueError("cannot read this")

    failures: list[StageFailure] = []
    stages = [
        Stage("double", "1", lambda x: x * 2, needs=("capture",), adds=("page",)),
        Stage("explode", "7", explode, needs=("page",)),
        Stage("never", "1", lambda x: x),
    ]
    assert Pipeline(stages).run(3, source="in.txt", on_error=failures.append) is None
    assert failures == [StageFailure("explode", "7", "in.txt", "in.txt: cannot read this")]
    assert Pipeline(stages[:1]).run(3, source="in.txt", on_error=failures.append) == 6


def test_ingest_pipeline_records_its_stage_versions() -> None:
    runner = pipeline(enrich=False)
    assert list(runner.versions) == ["extract"]
    failures: list[StageFailure] = []
    empty = Capture(source="empty.html", data=b"")
    assert runner.run(empty, source="empty.html", on_error=failures.append) is None
    assert failures[0].stage == "extract" and "empty" in failures[0].error
