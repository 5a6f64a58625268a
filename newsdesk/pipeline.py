"""Named pipeline stages with versions, and a runner that sends failures to an error handler.

A stage is a plain callable from one record to the next (Capture -> Page -> Page), with the name
and version recorded next to anything it produced or failed on, and the names of the facts it
needs and adds so a pipeline can check its order before running. The runner never lets a stage's
exception escape: it hands a `StageFailure` to the error handler and stops that item there.

The same `Pipeline` runs in the ingest worker processes, in `reprocess`, and (stage by stage) as
map functions in the Ray runner: stages hold no state beyond what their module caches.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Stage:
    name: str
    version: str
    fn: Callable[[Any], Any]
    needs: tuple[str, ...] = ()
    adds: tuple[str, ...] = ()


@dataclass
class StageFailure:
    stage: str
    version: str
    source: str
    error: str


ErrorHandler = Callable[[StageFailure], None]


class PipelineError(ValueError):
    """The stages cannot run in this order (a stage needs what no earlier stage adds)."""


@dataclass
class Pipeline:
    stages: Sequence[Stage]
    provided: tuple[str, ...] = ("capture",)
    versions: dict[str, str] = field(init=False)

    def __post_init__(self) -> None:
        available = set(self.provided)
        for stage in self.stages:
            missing = [n for n in stage.needs if n not in available]
            if missing:
                raise PipelineError(
                    f"stage {stage.name!r} needs {', '.join(missing)}, which no earlier stage adds"
                )
            available.update(stage.adds)
        self.versions = {stage.name: stage.version for stage in self.stages}

    def run(self, item: Any, *, source: str, on_error: ErrorHandler) -> Any | None:
        """Run every stage in order; on a failure, report it and return None."""
        for stage in self.stages:
            try:
                item = stage.fn(item)
            except Exception as exc:  # a stage's failure is data, not a crash
                on_error(
                    StageFailure(
                        stage=stage.name,
                        version=stage.version,
                        source=source,
                        error=describe_error(exc, source),
                    )
                )
                return None
        return item


def describe_error(exc: BaseException, source: str) -> str:
    """A one-line reason naming the input; stage errors usually name it already."""
    message = str(exc).strip() or type(exc).__name__
    if source and source not in message:
        message = f"{source}: {message}"
    if not isinstance(exc, ValueError | LookupError | OSError) and "Error" not in message:
        message = f"{message} ({type(exc).__name__})"
    return message
