"""Text dumps of pages the text reader was never tuned on, and how fast it reads unseen lines.

    uv run python bench/text_heldout.py            # measure and write the section to BENCHMARKS.md
    uv run python bench/text_heldout.py --no-write # measure and print only

The text reader's rules were worked out on the aeb dumps, so its aeb F1 flatters it. Here the
200 pages of ../shared/bench/dates (other sites, many languages, no gold article text) are
rendered to text with inscriptis (a dev dependency) and read by the text reader. With no gold
body, the reference is newsdesk's own HTML reader on the same HTML ("silver": 0.98 F1 against the
aeb gold). The same is done for the aeb HTML pages, so the two figures compare like with like:
a large gap between aeb and dates would mean the rules fit aeb rather than pages in general.
The dates pages are split in two: the even ones may be studied to find where the reader fails;
the odd ones are never looked at, and keep the figure honest.

Speed is pages per CPU-second of one process (per core) in three settings: the first pages a
fresh process reads (imports done, date-parser locales and caches cold), a warm process reading
lines it has never seen (caches emptied), and a warm process reading pages whose lines it has
seen before (the same pages rendered by another converter, as pages of one site share chrome).
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import gc
import gzip
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from _machine import describe  # bench/ is on sys.path when a bench runs
from _sections import write_section

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from newsdesk.eval.extraction import main_body  # noqa: E402  (the repo must be importable first)
from newsdesk.eval.metrics import combine, score_page  # noqa: E402
from newsdesk.extract.core import extract  # noqa: E402
from newsdesk.extract.decode import decode  # noqa: E402
from newsdesk.records import Capture  # noqa: E402

BENCH = REPO.parent / "shared" / "bench"
BEGIN = "<!-- bench/text_heldout.py: begin -->"
END = "<!-- bench/text_heldout.py: end -->"


def _html_pages(folder: Path) -> list[tuple[str, bytes]]:
    pages = []
    for path in sorted(folder.glob("*.html*")):
        data = path.read_bytes()
        pages.append((path.name, gzip.decompress(data) if path.suffix == ".gz" else data))
    return pages


def _render(html: bytes) -> str:
    from inscriptis import get_text

    text, _ = decode(html)
    return get_text(text)


def agreement(pages: list[tuple[str, bytes]]) -> dict[str, float]:
    """Text reader on the inscriptis rendering against the HTML reader on the HTML."""
    scores, errors = [], 0
    for name, html in pages:
        try:
            silver = main_body(extract(Capture(source=name, data=html, content_type="text/html")))
        except Exception:  # a page the HTML reader rejects has no reference
            continue
        if len(silver.split()) < 50:
            continue  # listings and stubs: nothing to agree on
        try:
            rendered = _render(html).encode("utf-8")
            body = main_body(extract(Capture(source=name + ".txt", data=rendered)))
        except Exception:  # counted: the text reader must not fail
            errors, body = errors + 1, ""
        scores.append(score_page(silver, body))
    total = combine(scores)
    return {"pages": len(scores), "errors": errors, "f1": total.f1, "p": total.precision,
            "r": total.recall}  # fmt: skip


def gold_f1(pages: list[tuple[str, bytes]]) -> float:
    """Text reader on our inscriptis rendering of aeb, against the aeb gold."""
    gold = json.loads((BENCH / "aeb" / "ground-truth.json").read_text())
    scores = []
    for name, html in pages:
        key = name.split(".")[0]
        rendered = _render(html).encode("utf-8")
        body = main_body(extract(Capture(source=key + ".txt", data=rendered)))
        scores.append(score_page(gold[key]["articleBody"], body))
    return combine(scores).f1


def _clear_caches() -> None:
    for obj in gc.get_objects():
        if isinstance(obj, functools._lru_cache_wrapper) and obj.__module__.startswith("newsdesk"):
            obj.cache_clear()


def _rate(captures: list[Capture]) -> float:
    start = time.process_time()
    for capture in captures:
        extract(capture)
    return len(captures) / (time.process_time() - start)


def speed_worker() -> dict[str, float]:
    """Runs in a fresh process: the three settings of the module docstring."""

    def dumps(fmt: str) -> list[Capture]:
        folder = BENCH / "aeb" / fmt
        return [Capture(source=p.name, data=p.read_bytes()) for p in sorted(folder.glob("*.txt"))]

    w3m, inscriptis = dumps("text-w3m"), dumps("text-inscriptis")
    cold = _rate(inscriptis)
    _clear_caches()
    unseen = _rate(w3m)
    _clear_caches()
    _rate(inscriptis)
    seen = _rate(w3m)
    return {"cold": cold, "unseen": unseen, "seen": seen}


def speed(rounds: int) -> dict[str, float]:
    best: dict[str, float] = {}
    for _ in range(rounds):
        out = subprocess.run(
            [sys.executable, __file__, "--speed-worker"], capture_output=True, text=True, check=True
        )
        for key, value in json.loads(out.stdout.strip().splitlines()[-1]).items():
            best[key] = max(best.get(key, 0.0), value)
    return best


def render_section(aeb: dict, halves: tuple[dict, dict], aeb_gold: float, rates: dict) -> str:
    labelled = [
        ("aeb (rules tuned on their dumps)", aeb),
        ("dates, even pages (looked at when working out rules)", halves[0]),
        ("dates, odd pages (never looked at)", halves[1]),
    ]
    rows = "\n".join(
        f"| {label} | {r['pages']} | {r['f1']:.4f} | {r['p']:.4f} | {r['r']:.4f} | {r['errors']} |"
        for label, r in labelled
    )
    today = dt.date.today().isoformat()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return f"""{BEGIN}
## Text dumps of unseen pages (bench/text_heldout.py, {today})

Machine: {describe()}; load average at the end {load}. Pages rendered to text with inscriptis;
reference ("silver") is newsdesk's HTML reader on the same HTML; pages whose reference has under
50 words (listings, stubs) are left out.

| pages | scored | text reader vs silver F1 | P | R | reader errors |
|---|---|---|---|---|---|
{rows}

Against the aeb gold, the same renderings score F1 {aeb_gold:.4f}.

Text reader speed, pages per CPU-second of one process, best of the rounds:

| setting | pages/s per core |
|---|---|
| fresh process, first 93 pages (date-parser locales load) | {rates["cold"]:.0f} |
| warm process, lines never seen (caches emptied) | {rates["unseen"]:.0f} |
| warm process, lines seen before on other pages | {rates["seen"]:.0f} |
{END}
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true", help="print, do not touch BENCHMARKS.md")
    parser.add_argument("--rounds", type=int, default=3, help="speed rounds (best is kept)")
    parser.add_argument("--speed-worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.speed_worker:
        print(json.dumps(speed_worker()))
        return
    aeb_pages = _html_pages(BENCH / "aeb" / "html")
    dates_pages = _html_pages(BENCH / "dates" / "html")
    aeb = agreement(aeb_pages)
    # Even pages may be looked at when a rule is worked out; odd pages never are.
    halves = agreement(dates_pages[0::2]), agreement(dates_pages[1::2])
    section = render_section(aeb, halves, gold_f1(aeb_pages), speed(args.rounds))
    print(section)
    if not args.no_write:
        write_section(REPO / "BENCHMARKS.md", BEGIN, END, section)


if __name__ == "__main__":
    main()
