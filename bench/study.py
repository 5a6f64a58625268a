"""Every text-reader figure at once, saved to compare one change against another.

    uv run python bench/study.py run OUT.json            # the studied sets, five renderers
    uv run python bench/study.py run OUT.json --held-out # and the held-out sets: once a change
    uv run python bench/study.py run OUT.json --sets fresh-a more --renderers w3m lynx
    uv run python bench/study.py compare BEFORE.json AFTER.json
    uv run python bench/study.py pages OUT.json fresh-a w3m   # a studied set, worst first
    uv run python bench/study.py dump OUT.jsonl               # every studied input's Page JSON
    uv run python bench/study.py dumpdiff BEFORE.jsonl AFTER.jsonl

A change to the text reader is judged on every set it could move: the studied ones (even and
odd-a of ../shared/bench/dates, fresh-a, the "more" pages, merc-a, the aeb gold) and the held-out
ones (odd-b, fresh-b, blind, merc-b). Held-out sets are kept to their aggregates here as everywhere
(newsdesk/eval/unseen.py): their page scores are never written, so `compare` and `pages` can only
name studied pages. The caches of bench/fresh_pages.py, bench/blind_pages.py,
bench/more_pages.py and bench/mercury_pages.py must be fetched first (`--fetch-only`, or a plain
run of more_pages.py and mercury_pages.py, in that order).

Each set is one job (its references, the HTML reader and trafilatura, are read once per set and
shared by the five renderings); jobs run in a process pool.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import blind_pages  # noqa: E402  (bench/: where the caches live)
import fresh_pages  # noqa: E402
import mercury_pages  # noqa: E402
import more_pages  # noqa: E402

from newsdesk.eval import unseen  # noqa: E402
from newsdesk.eval.extraction import main_body  # noqa: E402
from newsdesk.eval.metrics import PageScore, combine, score_page  # noqa: E402
from newsdesk.extract.core import ExtractError, extract  # noqa: E402
from newsdesk.records import Capture  # noqa: E402

BENCH = REPO.parent / "shared" / "bench"
HELD_OUT = ("odd-b", "fresh-b", "blind", "merc-b")
STUDIED = ("even", "odd-a", "fresh-a", "more", "merc-a", "aeb")
SETS = ("fresh-b", "odd-b", "blind", "merc-b", "even", "odd-a", "fresh-a", "aeb", "more", "merc-a")


def _cache(env: str, default: Path) -> Path:
    return Path(os.environ.get(env, default))


def where(name: str) -> tuple[Path, str]:
    """The folder and the half of `unseen.load_pages` a set is."""
    fresh = _cache("NEWSDESK_FRESH_PAGES", fresh_pages.DEFAULT_CACHE)
    return {
        "even": (BENCH / "dates", "even"),
        "odd-a": (BENCH / "dates", "odd-a"),
        "odd-b": (BENCH / "dates", "odd-b"),
        "fresh-a": (fresh, "even"),
        "fresh-b": (fresh, "odd"),
        "blind": (_cache("NEWSDESK_BLIND_PAGES", blind_pages.DEFAULT_CACHE), "all"),
        "more": (_cache("NEWSDESK_MORE_PAGES", more_pages.DEFAULT_CACHE), "all"),
        "merc-a": (mercury_pages.folder("a"), "all"),
        "merc-b": (mercury_pages.folder("b"), "all"),
        "aeb": (BENCH / "aeb", "all"),
    }[name]


def studied_pages(name: str) -> list[tuple[str, bytes]]:
    """A studied set's pages, (file name, HTML): a held-out set's are never read one by one."""
    if name not in STUDIED:
        raise SystemExit(f"{name} is held out: its pages are never read one by one")
    return unseen.load_pages(*where(name))


@lru_cache(maxsize=1)
def _aeb_gold() -> dict[str, str]:
    """aeb's gold bodies by page key (the file name before its first dot)."""
    gold = json.loads((BENCH / "aeb" / "ground-truth.json").read_text())
    return {key: entry["articleBody"] for key, entry in gold.items()}


def reference(name: str, page: str, html: bytes) -> str | None:
    """What a studied page's body is scored against: aeb's gold, else the HTML reader's body on
    the same HTML (None where it has none: unseen's silver)."""
    if name == "aeb":
        return _aeb_gold()[page.split(".")[0]]
    return unseen._silver(page, html)


def _summary(scores: list[PageScore], failed: int = 0) -> dict[str, float]:
    total = combine(scores)
    return {"pages": total.pages, "f1": total.f1, "precision": total.precision,
            "recall": total.recall, "failed": failed}  # fmt: skip


def _aeb_job(renderers: list[str]) -> dict[str, dict]:
    """The aeb pages against their gold, as bench/text_heldout.py's gold_f1 scores them."""
    gold = _aeb_gold()
    pages = unseen.load_pages(BENCH / "aeb", "all")
    out: dict[str, dict] = {}
    for renderer in renderers:
        per_page: dict[str, list[float]] = {}
        for name, html in pages:
            key = name.split(".")[0]
            capture = Capture(source=key + ".txt", data=unseen.render(html, renderer))
            try:
                body = main_body(extract(capture))
            except ExtractError:
                body = ""
            score = score_page(gold[key], body)
            per_page[key] = [score.tp, score.fp, score.fn]
        scores = [PageScore(*v) for v in per_page.values()]
        out[renderer] = {"all": _summary(scores), "pages": per_page}
    return out


def _set_job(name: str, renderers: list[str]) -> dict[str, dict]:
    if name == "aeb":
        return _aeb_job(renderers)
    directory, half = where(name)
    pages = unseen.load_pages(directory, half)
    sound = {page: unseen.sound_reference(page, html) for page, html in pages}
    out: dict[str, dict] = {}
    for renderer in renderers:
        outcomes = {page: unseen.score_rendering(page, html, renderer) for page, html in pages}
        scored = {page: o for page, o in outcomes.items() if o.score is not None}
        failed = sum(o.reader_failed for o in scored.values())
        result: dict[str, object] = {
            "all": _summary([o.score for o in scored.values()], failed),
            "sound": _summary([o.score for p, o in scored.items() if sound[p]]),
            "lost_by_renderer": sum(o.lost_by_renderer for o in outcomes.values()),
        }
        if name in STUDIED:  # held-out sets: aggregates only, never a page's score
            result["pages"] = {p: [o.score.tp, o.score.fp, o.score.fn] for p, o in scored.items()}
        out[renderer] = result
    return out


def run(out: Path, sets: list[str], renderers: list[str], jobs: int) -> dict:
    commit = subprocess.run(["git", "-C", str(REPO), "describe", "--always", "--dirty"],
                            capture_output=True, text=True).stdout.strip()  # fmt: skip
    # The largest sets first, so that two workers end together.
    order = sorted(sets, key=lambda s: -len(unseen.load_pages(*where(s))))
    with ProcessPoolExecutor(jobs) as pool:
        futures = {name: pool.submit(_set_job, name, renderers) for name in order}
        results = {name: futures[name].result() for name in sets}
    data = {"commit": commit, "renderers": renderers, "sets": results}
    out.write_text(json.dumps(data, indent=1, sort_keys=True))
    print_table(data)
    return data


def print_table(data: dict, before: dict | None = None) -> None:
    renderers = data["renderers"]
    print(f"{'set':<14}" + "".join(f"{r:>17}" for r in renderers))
    for name, per_renderer in data["sets"].items():
        for kind in ("all", "sound"):
            if kind not in per_renderer[renderers[0]]:
                continue
            cells = []
            for r in renderers:
                f1 = per_renderer[r][kind]["f1"]
                cell = f"{f1:.4f}"
                if before and name in before["sets"] and r in before["sets"][name]:
                    delta = f1 - before["sets"][name][r][kind]["f1"]
                    cell += f" ({delta:+.4f})" if abs(delta) >= 5e-5 else " (=)      "
                cells.append(f"{cell:>17}")
            label = name if kind == "all" else "  sound"
            print(f"{label:<14}" + "".join(cells))


def compare(before_path: Path, after_path: Path, threshold: float) -> None:
    before, after = json.loads(before_path.read_text()), json.loads(after_path.read_text())
    print(f"{before['commit']} -> {after['commit']}")
    print_table(after, before)
    for name, per_renderer in after["sets"].items():
        if name not in STUDIED or name not in before["sets"]:
            continue
        for renderer, result in per_renderer.items():
            old = before["sets"][name].get(renderer, {}).get("pages", {})
            for page, counts in sorted(result.get("pages", {}).items()):
                if page not in old:
                    continue
                was, now = PageScore(*old[page]).f1, PageScore(*counts).f1
                if abs(now - was) >= threshold:
                    print(f"  {name:<8} {renderer:<10} {page:<48} {was:.3f} -> {now:.3f}")


def pages(path: Path, name: str, renderer: str) -> None:
    if name not in STUDIED:
        raise SystemExit(f"{name} is held out: only its aggregates are kept")
    result = json.loads(path.read_text())["sets"][name][renderer]["pages"]
    rows = sorted(result.items(), key=lambda kv: -(kv[1][1] + kv[1][2]))
    for page, counts in rows:
        score = PageScore(*counts)
        print(f"{score.f1:.3f}  P {score.precision:.3f}  R {score.recall:.3f}  {page}")


def _dump_inputs() -> list[tuple[str, str, bytes]]:
    """(set, name, input) of every studied input: aeb's HTML and its two text dumps as shipped,
    and each studied set's pages as HTML and in the five renderings."""
    inputs = []
    for folder in ("html", "text-w3m", "text-inscriptis"):
        for path in sorted((BENCH / "aeb" / folder).iterdir()):
            inputs.append(("aeb", f"{folder}/{path.name}", path.read_bytes()))
    for name in STUDIED:
        if name == "aeb":
            continue
        for page, html in unseen.load_pages(*where(name)):
            inputs.append((name, f"{page}", html))
            for renderer in unseen.RENDERERS:
                inputs.append((name, f"{page}.{renderer}.txt", unseen.render(html, renderer)))
    return inputs


def _page_json(item: tuple[str, str, bytes]) -> str:
    set_name, name, data = item
    is_html = not name.endswith(".txt")
    capture = Capture(source=name, data=data, content_type="text/html" if is_html else None)
    try:
        page = extract(capture).to_dict()
    except ExtractError as error:
        page = {"error": str(error)}
    return json.dumps({"set": set_name, "input": name, "page": page}, sort_keys=True)


def dump(out: Path, jobs: int) -> None:
    """Every studied input's Page JSON, one line each: to hold a refactor or a speed-up to the
    same reading (`dumpdiff`), compiled against pure Python (NEWSDESK_PURE_PYTHON=1) too."""
    inputs = _dump_inputs()
    with ProcessPoolExecutor(jobs) as pool, out.open("w") as file:
        for line in pool.map(_page_json, inputs, chunksize=16):
            file.write(line + "\n")
    print(f"{len(inputs)} inputs -> {out}")


def dumpdiff(before: Path, after: Path, show: int) -> None:
    """Which inputs read differently, and in which fields."""
    old = {(r["set"], r["input"]): r["page"] for r in map(json.loads, before.open())}
    differ = 0
    for row in map(json.loads, after.open()):
        key = (row["set"], row["input"])
        if key not in old or old[key] == row["page"]:
            continue
        differ += 1
        if differ <= show:
            was, now = old[key], row["page"]
            fields = sorted(k for k in set(was) | set(now) if was.get(k) != now.get(k))
            if "articles" in fields:
                a, b = was.get("articles") or [{}], now.get("articles") or [{}]
                fields += [f"articles[0].{k}" for k in sorted(set(a[0]) | set(b[0]))
                           if a[0].get(k) != b[0].get(k)]  # fmt: skip
            print(f"  {key[0]:<8} {key[1]:<60} {', '.join(fields)}")
    print(f"{differ} of {len(old)} inputs differ")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run_cmd = commands.add_parser("run", help="measure and save")
    run_cmd.add_argument("out", type=Path)
    run_cmd.add_argument("--sets", nargs="+", choices=SETS, default=list(STUDIED))
    run_cmd.add_argument("--held-out", action="store_true",
                         help=f"add the held-out sets ({', '.join(HELD_OUT)}): to confirm a change "
                         "decided on the studied ones, not to tune it")  # fmt: skip
    run_cmd.add_argument("--renderers", nargs="+", choices=unseen.RENDERERS,
                         default=list(unseen.RENDERERS))  # fmt: skip
    run_cmd.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    cmp_cmd = commands.add_parser("compare", help="two saved runs: figures and studied pages")
    cmp_cmd.add_argument("before", type=Path)
    cmp_cmd.add_argument("after", type=Path)
    cmp_cmd.add_argument("--threshold", type=float, default=0.005, help="page F1 change shown")
    pages_cmd = commands.add_parser("pages", help="a studied set's pages, worst first")
    pages_cmd.add_argument("saved", type=Path)
    pages_cmd.add_argument("set", choices=STUDIED)
    pages_cmd.add_argument("renderer", choices=unseen.RENDERERS)
    dump_cmd = commands.add_parser("dump", help="every studied input's Page JSON (JSON lines)")
    dump_cmd.add_argument("out", type=Path)
    dump_cmd.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    diff_cmd = commands.add_parser("dumpdiff", help="inputs whose Page JSON differs, by field")
    diff_cmd.add_argument("before", type=Path)
    diff_cmd.add_argument("after", type=Path)
    diff_cmd.add_argument("--show", type=int, default=40, help="inputs listed")
    args = parser.parse_args()
    if args.command == "run":
        sets = [*HELD_OUT, *args.sets] if args.held_out else args.sets
        run(args.out, list(dict.fromkeys(sets)), args.renderers, args.jobs)
    elif args.command == "compare":
        compare(args.before, args.after, args.threshold)
    elif args.command == "pages":
        pages(args.saved, args.set, args.renderer)
    elif args.command == "dump":
        dump(args.out, args.jobs)
    else:
        dumpdiff(args.before, args.after, args.show)


if __name__ == "__main__":
    main()
