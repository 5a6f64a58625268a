"""Text dumps of pages the text reader was never tuned on, and how fast it reads unseen lines.

    uv run python bench/text_heldout.py            # measure and write the section to BENCHMARKS.md
    uv run python bench/text_heldout.py --no-write # measure and print only

The text reader's rules were worked out on the aeb dumps, so its aeb F1 flatters it. Here the
200 pages of ../shared/bench/dates (other sites, many languages, no gold article text) are
rendered to text with inscriptis and with w3m (Debian; skipped where absent) and read by the text
reader, scored against newsdesk's HTML reader on the same HTML ("silver"): `newsdesk eval
unseen`, newsdesk/eval/unseen.py, which says which pages are left out and why. The same is done
for the aeb HTML pages, so the figures compare like with like: a large gap between aeb and dates
would mean the rules fit aeb rather than pages in general. The dates pages are split in two: the
even ones may be studied to find where the reader fails; the odd ones were never looked at and
kept the figure honest until the twelfth session, when the odd half was split again by place:
odd-a may be studied since, odd-b is still never looked at (see also bench/fresh_pages.py).

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
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from _machine import describe  # bench/ is on sys.path when a bench runs
from _sections import write_section

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from newsdesk.eval import unseen  # noqa: E402  (the repo must be importable first)
from newsdesk.eval.extraction import main_body  # noqa: E402
from newsdesk.eval.metrics import combine, score_page  # noqa: E402
from newsdesk.extract.core import extract  # noqa: E402
from newsdesk.records import Capture  # noqa: E402

BENCH = REPO.parent / "shared" / "bench"
BEGIN = "<!-- bench/text_heldout.py: begin -->"
END = "<!-- bench/text_heldout.py: end -->"


def gold_f1(renderer: str) -> float:
    """Text reader on our rendering of the aeb HTML, against the aeb gold."""
    gold = json.loads((BENCH / "aeb" / "ground-truth.json").read_text())
    scores = []
    for name, html in unseen.load_pages(BENCH / "aeb", "all"):
        key = name.split(".")[0]
        body = main_body(extract(Capture(source=key + ".txt", data=unseen.render(html, renderer))))
        scores.append(score_page(gold[key]["articleBody"], body))
    return combine(scores).f1


def renderers() -> list[str]:
    return [r for r in unseen.RENDERERS if r != "w3m" or shutil.which("w3m")]


def _clear_caches() -> None:
    from newsdesk.extract import bylines, facts
    from newsdesk.extract.text import kept, lines

    for obj in gc.get_objects():
        if isinstance(obj, functools._lru_cache_wrapper) and obj.__module__.startswith("newsdesk"):
            obj.cache_clear()
    lines.clear_caches()  # plain dicts, not lru_cache
    kept.clear_caches()
    bylines.clear_caches()
    facts.clear_caches()


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


def render_section(
    results: list[unseen.UnseenResult],
    sound: list[unseen.UnseenResult],
    gold: dict[str, float],
    rates: dict,
) -> str:
    label = {"all": "aeb (rules tuned on their dumps)",
             "even": "dates, even pages (studied when working out rules)",
             "odd-a": "dates, odd pages, first of each pair (studied since the twelfth session)",
             "odd-b": "dates, odd pages, second of each pair (never looked at)"}  # fmt: skip
    rows = "\n".join(
        f"| {label[r.half]} | {r.renderer} | {r.pages} | {r.f1:.4f} | {r.precision:.4f} | "
        f"{r.recall:.4f} | {r.errors} | {len(r.lost_by_renderer)} |"
        for r in results
    )
    sound_rows = "\n".join(
        f"| {label[r.half]} | {r.renderer} | {r.pages} | {r.f1:.4f} | {r.precision:.4f} | "
        f"{r.recall:.4f} |"
        for r in sound
    )
    golds = ", ".join(f"{name} {f1:.4f}" for name, f1 in gold.items())
    today = dt.date.today().isoformat()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return f"""{BEGIN}
## Text dumps of unseen pages (bench/text_heldout.py, {today})

Machine: {describe()}; load average at the end {load}. Pages rendered to text with inscriptis
and with w3m (`-dump` at 10,000 columns, as the aeb text-w3m files were made); reference
("silver") is newsdesk's HTML reader on the same HTML (`newsdesk eval unseen`). Left out: pages
whose reference has under 50 words (listings, stubs) and pages whose rendering holds under half
of the reference's text (the last column: w3m stops early on a few pages).

| pages | rendering | scored | F1 vs silver | P | R | reader errors | rendering lost text |
|---|---|---|---|---|---|---|---|
{rows}

Where the reference is sound: the same pages, scored only where trafilatura, reading the same
HTML on its own, agrees with newsdesk's HTML reader (F1 >= {unseen.SOUND_AGREEMENT} between them;
`newsdesk eval unseen --sound-only`). Where the two extractors differ the page is often no single
story (a front page, a gallery) and the reference itself is in doubt; the figures above count
those pages too.

| pages | rendering | scored | F1 vs silver | P | R |
|---|---|---|---|---|---|
{sound_rows}

Against the aeb gold, the same renderings of the aeb HTML score F1 {golds}.

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
    results = []
    for renderer in renderers():
        results.append(unseen.evaluate(BENCH / "aeb", renderer, "all"))
    for half in ("even", "odd-a", "odd-b"):
        for renderer in renderers():
            results.append(unseen.evaluate(BENCH / "dates", renderer, half))
    sound = [
        unseen.evaluate(BENCH / "dates", renderer, half, sound_only=True)
        for half in ("even", "odd-a", "odd-b")
        for renderer in renderers()
    ]
    gold = {renderer: gold_f1(renderer) for renderer in renderers()}
    section = render_section(results, sound, gold, speed(args.rounds))
    print(section)
    if not args.no_write:
        write_section(REPO / "BENCHMARKS.md", BEGIN, END, section)


if __name__ == "__main__":
    main()
