"""Publication dates scored on ../shared/bench/dates: exact-day accuracy of the HTML reader.

200 news pages in many languages with the day each was published (from htmldate's own
evaluation). A page counts as right when the main article's `published` date is that day, or
when the page has no gold date and newsdesk claims none. htmldate alone (`find_date` with its
extensive search, the way it is evaluated) runs on the same pages as the peer.
"""

from __future__ import annotations

import gzip
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from newsdesk.extract.core import ExtractError, extract
from newsdesk.records import Capture

DEFAULT_DIR = Path(__file__).resolve().parents[3] / "shared" / "bench" / "dates"


@dataclass
class DateResult:
    name: str  # "newsdesk" or the peer's name
    pages: int
    correct: int
    cpu_seconds: float
    wrong: dict[str, tuple[str, str]] = field(default_factory=dict, repr=False)  # got, want

    @property
    def accuracy(self) -> float:
        return self.correct / self.pages if self.pages else 0.0

    def to_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "pages": self.pages,
            "correct": self.correct,
            "accuracy": round(self.accuracy, 4),
            "cpu_seconds": round(self.cpu_seconds, 3),
        }


def load_pages(directory: Path) -> list[tuple[str, str | None, str, bytes]]:
    """(file name, URL, gold day or "" when the page has none, HTML bytes) for every page."""
    truth_path = directory / "ground-truth.json"
    if not truth_path.is_file():
        raise FileNotFoundError(f"{truth_path}: no such file (the dates benchmark is absent)")
    truth = json.loads(truth_path.read_text())
    pages = []
    for name, entry in sorted(truth.items()):
        path = directory / "html" / name
        if not path.is_file():
            raise FileNotFoundError(f"{path}: listed in ground-truth.json but missing")
        data = path.read_bytes()
        data = gzip.decompress(data) if name.endswith(".gz") else data
        gold = entry.get("date")
        day = gold[:10] if isinstance(gold, str) else ""  # NaN in the file: no date
        pages.append((name, entry.get("url"), day, data))
    return pages


def newsdesk_day(name: str, url: str | None, data: bytes) -> str:
    """The main article's publication day as newsdesk reads the page ("" for none)."""
    try:
        page = extract(Capture(source=name, data=data, content_type="text/html", url=url))
    except ExtractError:
        return ""
    main = [a for a in page.articles if a.role == "main"] or page.articles
    return (main[0].published or "")[:10] if main else ""


def htmldate_day(name: str, url: str | None, data: bytes) -> str:
    from htmldate import find_date

    # As shipped: newsdesk narrows htmldate's languages only inside its own calls.
    try:
        found = find_date(data.decode("utf-8", errors="replace"), url=url, original_date=True)
    except (ValueError, TypeError):  # htmldate rejects some documents outright
        return ""
    return (found or "")[:10]


def score(
    pages: list[tuple[str, str | None, str, bytes]],
    reader: Callable[[str, str | None, bytes], str],
    name: str,
) -> DateResult:
    result = DateResult(name=name, pages=len(pages), correct=0, cpu_seconds=0.0)
    start = time.process_time()
    for file, url, want, data in pages:
        got = reader(file, url, data)
        if got == want:
            result.correct += 1
        else:
            result.wrong[file] = (got, want)
    result.cpu_seconds = time.process_time() - start
    return result


def evaluate(directory: Path = DEFAULT_DIR, peer: bool = True) -> list[DateResult]:
    """newsdesk's accuracy, then htmldate's on the same pages (unless `peer` is False)."""
    pages = load_pages(directory)
    results = [score(pages, newsdesk_day, "newsdesk")]
    if peer:
        results.append(score(pages, htmldate_day, "htmldate"))
    return results
