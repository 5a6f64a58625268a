"""Article extraction scored on ../shared/bench/aeb with the shingle metric of DESIGN.md.

The same 93 pages come as HTML and as two whole-page text renderings (w3m, inscriptis); each is run
through `newsdesk.extract.extract` and the main article's body is compared with the gold body.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from newsdesk.eval.metrics import PageScore, combine, score_page
from newsdesk.extract.core import ExtractError, collect_less, extract, settle_heap, warm_up
from newsdesk.records import Capture, Page

DEFAULT_DIR = Path(__file__).resolve().parents[3] / "shared" / "bench" / "aeb"
FORMATS = ("html", "text-w3m", "text-inscriptis")
_SUFFIX = {"html": ".html.gz", "text-w3m": ".txt", "text-inscriptis": ".txt"}


@dataclass(frozen=True)
class BenchPage:
    id: str
    url: str
    gold: str
    path: Path


@dataclass
class FormatResult:
    format: str
    pages: int
    precision: float
    recall: float
    f1: float
    seconds: float  # wall-clock time spent extracting
    cpu_seconds: float  # process CPU time spent extracting (one core)
    errors: int = 0
    per_page: dict[str, PageScore] = field(default_factory=dict, repr=False)

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0

    @property
    def pages_per_cpu_second(self) -> float:
        return self.pages / self.cpu_seconds if self.cpu_seconds else 0.0

    def to_dict(self) -> dict[str, object]:
        data = asdict(self)
        data.pop("per_page")
        data["pages_per_second"] = round(self.pages_per_second, 1)
        data["pages_per_cpu_second"] = round(self.pages_per_cpu_second, 1)
        return data


def load_bench(directory: Path, fmt: str) -> list[BenchPage]:
    """The benchmark pages of one format, in a stable order."""
    truth_file = directory / "ground-truth.json"
    if not truth_file.is_file():
        raise FileNotFoundError(f"{directory}: no ground-truth.json (the aeb benchmark is missing)")
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    pages = []
    for page_id in sorted(truth):
        path = directory / fmt / f"{page_id}{_SUFFIX[fmt]}"
        if path.is_file():
            entry = truth[page_id]
            pages.append(BenchPage(page_id, entry.get("url") or "", entry["articleBody"], path))
    if not pages:
        raise FileNotFoundError(f"{directory / fmt}: no pages")
    return pages


def read_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def main_body(page: Page) -> str:
    """The text scored: the main article's body, or every article's body when none is main."""
    main = [a for a in page.articles if a.role == "main"]
    return "\n\n".join(a.body for a in (main or page.articles))


def with_standfirst(page: Page) -> str:
    """The main article's standfirst (its lede, when the page sets one apart) over its body:
    the story's text as a reader sees it, for checks of what the story says (phrases)."""
    main = [a for a in page.articles if a.role == "main"] or page.articles
    return "\n\n".join(part for a in main for part in (a.standfirst, a.body) if part)


def newsdesk_extractor(fmt: str, standfirst: bool = False) -> Callable[[BenchPage, bytes], str]:
    """newsdesk as a scorer's extractor, readied as `newsdesk extract` and ingest ready their
    readers: what the readers load once (dateparser's languages) is a cost of starting, left out
    of the timing as imports are, and the heap is settled after it; the pages are then read
    with fewer collections, as `newsdesk extract` and ingest's worker read theirs. The text is
    the main body (what the benchmarks score), with the standfirst over it if ``standfirst``."""
    suffix = ".html" if fmt == "html" else ".txt"
    warm_up()
    settle_heap()
    # The rest of the process reads pages, as `newsdesk extract` reads many (batch.extract_paths):
    # with fewer collections.
    collect_less()

    def run(page: BenchPage, data: bytes) -> str:
        capture = Capture(source=page.id + suffix, data=data, url=page.url or None)
        read = extract(capture)
        return with_standfirst(read) if standfirst else main_body(read)

    return run


def score_format(
    directory: Path,
    fmt: str,
    extractor: Callable[[BenchPage, bytes], str] | None = None,
    pages: list[BenchPage] | None = None,
) -> FormatResult:
    """Score one extractor (newsdesk by default) on one format of the benchmark."""
    pages = pages if pages is not None else load_bench(directory, fmt)
    run = extractor or newsdesk_extractor(fmt)
    inputs = [(p, read_bytes(p.path)) for p in pages]  # reading files is not extraction time
    if inputs:  # warm up: imports and first-call caches are not per-page cost
        with contextlib.suppress(ExtractError):
            run(*inputs[0])
    per_page: dict[str, PageScore] = {}
    errors = 0
    wall = cpu = 0.0
    for page, data in inputs:
        start, start_cpu = time.perf_counter(), time.process_time()
        try:
            text = run(page, data)
        except ExtractError:
            text, errors = "", errors + 1
        wall += time.perf_counter() - start
        cpu += time.process_time() - start_cpu
        per_page[page.id] = score_page(page.gold, text)
    total = combine(per_page.values())
    return FormatResult(
        format=fmt,
        pages=total.pages,
        precision=total.precision,
        recall=total.recall,
        f1=total.f1,
        seconds=wall,
        cpu_seconds=cpu,
        errors=errors,
        per_page=per_page,
    )


def evaluate(
    directory: Path = DEFAULT_DIR, formats: tuple[str, ...] = FORMATS
) -> Iterator[FormatResult]:
    """newsdesk's score on each requested format, one result at a time."""
    for fmt in formats:
        yield score_format(directory, fmt)
