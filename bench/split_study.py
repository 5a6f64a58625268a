"""Where the story's head is lost above the stretch read: a census of the STUDIED sets only.

    uv run python bench/split_study.py SET [RENDERER ...]          # the renderings, a summary
    uv run python bench/split_study.py SET RENDERER --page NAME    # one page's lines around it

For each rendering of a studied set (even, odd-a, fresh-a, more, aeb): the candidate stretches
region.choose_region weighed, the one the hand chose, the one model_choice.choose kept, the
stretch grown (read._grown) and the stretch read (the one build_article got), and how many of the
reference's words the body lacks stand in lines above the stretch read (a line counts when half
of its shingles or more are shingles of the reference the body does not hold, and it has four
words or more). Listed: renderings with `--min` such words or more, how far above the nearest
such line stands ("gap"; 1 is the line right above: mostly a standfirst or a headline the
reference keeps) and the unchosen candidate it lies in, if any. The reference is unseen's silver
(the HTML reader's body on the same HTML), or aeb's gold.

The reader runs as pure Python here (NEWSDESK_PURE_PYTHON=1): its functions are wrapped to see
the stretches it went through. Held-out sets are refused: they are measured by bench/study.py,
in aggregate only. Dumps are cached under $TMPDIR/split_study.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ["NEWSDESK_PURE_PYTHON"] = "1"  # before newsdesk is imported: wrappable functions
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import study  # noqa: E402

from newsdesk.eval import unseen  # noqa: E402
from newsdesk.eval.extraction import main_body  # noqa: E402
from newsdesk.eval.metrics import score_page, shingles, tokens  # noqa: E402
from newsdesk.extract.core import ExtractError, extract  # noqa: E402
from newsdesk.extract.text import read, region  # noqa: E402
from newsdesk.records import Capture  # noqa: E402

CACHE = Path(tempfile.gettempdir()) / "split_study"
_SEEN: dict = {}  # what the wrapped stages saw of the page being read


def _wrap() -> None:
    """Wrap the stages of read._read that choose, grow and read the story's stretch."""
    choose_region, grown, article_at = read.choose_region, read._grown, read._article_at
    choose = read.model_choice.choose

    def seen_choose_region(lines, scores):
        if "candidates" not in _SEEN:  # the hand's first call: over the weighed scores
            found = region.candidate_regions(scores, floor=region._FLOOR)
            _SEEN["candidates"] = [(c, region.stretch_value(lines, scores, c)) for c in found]
            _SEEN["weighed"] = list(scores)
        out = choose_region(lines, scores)
        _SEEN.setdefault("hand", out)
        return out

    def seen_choose(lines, scores, weighed, hand, known=None):
        out = _SEEN["chosen"] = choose(lines, scores, weighed, hand, known)
        _SEEN["lines"] = lines
        return out

    def seen_grown(lines, scores, span, known=None):
        out = grown(lines, scores, span, known)
        _SEEN.setdefault("grown", out)
        return out

    def seen_article_at(lines, span, *rest):
        _SEEN["read"] = span
        return article_at(lines, span, *rest)

    read.choose_region = seen_choose_region
    read.model_choice.choose = seen_choose
    read._grown = seen_grown
    read._article_at = seen_article_at


def _dump(set_name: str, name: str, html: bytes, renderer: str) -> bytes:
    path = CACHE / set_name / renderer / (name + ".txt")
    if path.exists():
        return path.read_bytes()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = unseen.render(html, renderer)
    path.write_bytes(data)
    return data


def _lacking_share(text: str, lacking: set) -> float:
    """The share of the line's shingles that are the reference's and not the body's."""
    found = list(shingles(text))
    return sum(1 for s in found if s in lacking) / len(found) if found else 0.0


def study_page(set_name: str, name: str, html: bytes, renderer: str, show: bool) -> dict | None:
    ref = study.reference(set_name, name, html)
    if ref is None:
        return None
    dump = _dump(set_name, name, html, renderer)
    _SEEN.clear()
    try:
        body = main_body(extract(Capture(source=name + ".txt", data=dump)))
    except ExtractError:
        body = ""
    score = score_page(ref, body)
    lines, got = _SEEN.get("lines"), _SEEN.get("read")
    if lines is None or got is None:
        return {"name": name, "f1": score.f1, "above": 0}
    lacking = set(shingles(ref) - shingles(body))
    missed = [line.words >= 4 and _lacking_share(line.text, lacking) >= 0.5 for line in lines]
    above = [i for i in range(got[0]) if missed[i]]
    candidates = _SEEN.get("candidates") or []
    nearest = max(above) if above else None
    row = {
        "name": name,
        "f1": score.f1,
        "above": sum(lines[i].words for i in above),
        "ref_words": len(tokens(ref)),
        "read": got,
        "chosen": _SEEN.get("chosen"),
        "hand": _SEEN.get("hand"),
        "grown": _SEEN.get("grown"),
        "nearest": nearest,
        "gap": None if nearest is None else got[0] - nearest,
        "in": [c for c, _ in candidates if nearest is not None and c[0] <= nearest < c[1]],
    }
    if show:
        _show(set_name, renderer, row, lines, missed, candidates, score.f1)
    return row


def _show(set_name, renderer, row, lines, missed, candidates, f1) -> None:
    got = row["read"]
    weighed = _SEEN.get("weighed") or [0.0] * len(lines)
    above = [i for i in range(got[0]) if missed[i]]
    print(f"== {set_name} {renderer} {row['name']} f1={f1:.3f} "
          f"above={row['above']}/{row['ref_words']}")  # fmt: skip
    print(f"   hand={row['hand']} chosen={row['chosen']} grown={row['grown']} read={got}")
    print(f"   candidates={[(c, round(v, 1)) for c, v in candidates]}")
    print("   (> read, R reference text the body lacks, C in a candidate; weighed score, words)")
    lo = max(0, (min(above) if above else got[0]) - 5)
    for i in range(lo, min(len(lines), got[0] + 12)):
        mark = ">" if got[0] <= i < got[1] else " "
        tag = "R" if missed[i] else " "
        cand = "C" if any(c[0] <= i < c[1] for c, _ in candidates) else " "
        line = lines[i]
        print(f"{i:4d} {mark}{tag}{cand} {weighed[i]:7.1f} {line.words:3d} {line.text[:110]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("set", choices=study.STUDIED)  # held-out sets: never one page at a time
    ap.add_argument("renderers", nargs="*", default=list(unseen.RENDERERS))
    ap.add_argument("--page", action="append", help="a part of a page's name: show its lines")
    ap.add_argument("--min", type=int, default=20, help="words above to list a rendering")
    args = ap.parse_args()
    if args.set not in study.STUDIED or set(study.STUDIED) & set(study.HELD_OUT):
        raise SystemExit("studied sets only")
    _wrap()
    pages = study.studied_pages(args.set)
    listed = headless = 0
    for renderer in args.renderers:
        for name, html in pages:
            if args.page and not any(part in name for part in args.page):
                continue
            row = study_page(args.set, name, html, renderer, show=bool(args.page))
            if row is None or args.page or row["above"] < args.min:
                continue
            listed += 1
            headless += row["gap"] > 1
            print(f"{renderer:10} {name[:40]:40} f1={row['f1']:.3f} "
                  f"above={row['above']:4d}/{row['ref_words']:4d} read={row['read']} "
                  f"chosen={row['chosen']} gap={row['gap']} in={row['in']}",
                  flush=True)  # fmt: skip
    if not args.page:
        print(f"{listed} renderings with {args.min}+ reference words above the stretch read, "
              f"{headless} of them more than one line above it")  # fmt: skip


if __name__ == "__main__":
    main()
