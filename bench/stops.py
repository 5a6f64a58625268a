"""Where the text reader's story stretch stops short of the reference, on the studied sets only.

    uv run python bench/stops.py                                # every studied set, 5 renderers
    uv run python bench/stops.py --sets fresh-a --renderers w3m --show list

For each rendering of a studied set (even, odd-a, fresh-a, more, aeb; never a held-out one) the
page is read as the reader does, keeping its lines, their weighed scores (weigh.py) and the
stretch the article was built from. Where two lines of the reference (unseen's silver: the HTML
reader's body on the same HTML; aeb: its gold), each of 8 words or more with 80% of its word
triples in the reference, stand within 6 lines of each other just past the stretch's end (or
above its start), the story went on and the stretch stopped: the lowest-weighed line between is
what stopped it, counted by kind (a list header, an insert header, an end-of-article label, a
drawn rule, another barrier, a list item, a short line, another line, nothing between). The
reference's text beyond is counted in words, so noise (a page printing its story twice, a
reference that keeps a list) shows as such; `--show KIND` prints each case's lines.

The reader is hooked by replacing read.weigh and read._article_at, so the checkout's pure Python
modules are used (NEWSDESK_PURE_PYTHON=1, set here): slower, same results.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

os.environ["NEWSDESK_PURE_PYTHON"] = "1"  # the hooks below replace module functions
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import study  # noqa: E402

from newsdesk.eval import unseen  # noqa: E402
from newsdesk.extract.core import ExtractError, extract  # noqa: E402
from newsdesk.extract.text import line_marks  # noqa: E402
from newsdesk.extract.text import read as reader  # noqa: E402
from newsdesk.extract.text.line_score import BARRIER  # noqa: E402
from newsdesk.extract.text.lines import Line  # noqa: E402
from newsdesk.records import Article, Capture  # noqa: E402

KINDS = ("list", "insert", "ending", "rule", "barrier", "item", "short", "other", "none")
REACH = 25  # lines past the stretch's edge the reference's lines are looked for in

_seen: dict[str, object] = {}
_weigh, _article_at = reader.weigh, reader._article_at


def _hooked_weigh(lines: list[Line], *rest: Any) -> list[float]:
    out = _weigh(lines, *rest)
    _seen["lines"], _seen["weighed"] = lines, list(out)
    return out


def _hooked_article_at(
    lines: list[Line], region: tuple[int, int] | None, *rest: Any
) -> tuple[Article | None, int, int]:
    _seen["region"] = region  # the last one asked: after the rescue, if there was one
    return _article_at(lines, region, *rest)


def _triples(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return set(zip(words, words[1:], words[2:], strict=False))


def _kind(line: Line, weight: float) -> str:
    marks = line_marks.marks(line)
    for bit, name in ((line_marks.LIST, "list"), (line_marks.INSERT, "insert"),
                      (line_marks.ENDING, "ending"), (line_marks.RULED, "rule")):  # fmt: skip
        if marks & bit:
            return name
    if weight <= BARRIER:
        return "barrier"
    if line.bullet:
        return "item"
    return "short" if line.words < 8 else "other"


def _stops(
    lines: list[Line], weighed: list[float], region: tuple[int, int], reference: str
) -> list[tuple[str, str, int, int]]:
    """(side, kind, words beyond, first line, last line between) where the stretch stopped."""
    ref = _triples(reference)

    def in_ref(i: int) -> bool:
        own = _triples(lines[i].text)
        return lines[i].words >= 8 and bool(own) and len(own & ref) >= 0.8 * len(own)

    start, end = region
    found = []
    for side, walk in (("end", range(end, min(len(lines), end + REACH))),
                       ("start", range(start - 1, max(-1, start - 1 - REACH), -1))):  # fmt: skip
        hits = [i for i in walk if in_ref(i)]
        if len(hits) < 2 or abs(hits[1] - hits[0]) > 6:
            continue
        between = range(end, hits[0]) if side == "end" else range(hits[0] + 1, start)
        worst = min(between, key=lambda i: weighed[i], default=None)
        kind = "none" if worst is None else _kind(lines[worst], weighed[worst])
        words = sum(lines[i].words for i in hits)
        found.append((side, kind, words, hits[0]))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", choices=study.STUDIED, default=list(study.STUDIED))
    parser.add_argument("--renderers", nargs="+", choices=unseen.RENDERERS,
                        default=list(unseen.RENDERERS))  # fmt: skip
    parser.add_argument("--show", choices=KINDS, help="print each case of this kind")
    args = parser.parse_args()
    reader.weigh, reader._article_at = _hooked_weigh, _hooked_article_at
    cases: Counter[tuple[str, str]] = Counter()
    words: Counter[tuple[str, str]] = Counter()
    for name in args.sets:
        pages = study.studied_pages(name)
        references = {
            page: ref for page, html in pages if (ref := study.reference(name, page, html))
        }
        for renderer in args.renderers:
            for page, html in pages:
                if page not in references:
                    continue
                # Read as bench/study.py reads it (the same source name, the same bytes).
                source = (page.split(".")[0] if name == "aeb" else page) + ".txt"
                _seen.clear()
                try:
                    extract(Capture(source=source, data=unseen.render(html, renderer)))
                except ExtractError:
                    continue
                region = _seen.get("region")
                if region is None:
                    continue
                lines, weighed = _seen["lines"], _seen["weighed"]
                assert isinstance(lines, list) and isinstance(weighed, list)
                assert isinstance(region, tuple)
                for side, kind, count, first in _stops(lines, weighed, region, references[page]):
                    cases[side, kind] += 1
                    words[side, kind] += count
                    if kind == args.show:
                        _print_case(name, renderer, page, side, lines, weighed, region, first)
    print(f"{'side':<6} {'kind':<8} {'cases':>6} {'words':>7}")
    for key in sorted(cases, key=lambda k: -words[k]):
        print(f"{key[0]:<6} {key[1]:<8} {cases[key]:>6} {words[key]:>7}")


def _print_case(
    name: str, renderer: str, page: str, side: str,
    lines: list[Line], weighed: list[float], region: tuple[int, int], first: int,
) -> None:  # fmt: skip
    start, end = region
    print(f"=== {name} {renderer} {page} stretch {start}-{end}, stops at its {side}")
    low, high = (end - 3, first + 3) if side == "end" else (first - 2, start + 3)
    for i in range(max(0, low), min(len(lines), high)):
        mark = " " if start <= i < end else ">"
        item = "•" if lines[i].bullet else " "
        print(f"{mark} {i:4} {weighed[i]:7.1f} {item} {lines[i].text[:110]}")


if __name__ == "__main__":
    main()
