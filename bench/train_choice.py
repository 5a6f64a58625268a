"""Is the text reader's choice among its candidate stretches learnable? (issue 2)

    uv run python bench/train_choice.py collect        # every page read once per candidate
    uv run python bench/train_choice.py oracle         # F1 now against the best candidate's
    uv run python bench/train_choice.py cv [--without net,top,rank,gap,value_share,log_value]
    uv run python bench/train_choice.py bounds         # the picked stretch's edges moved 15 lines
    uv run python bench/train_choice.py bounds-report
    uv run python bench/train_choice.py edges          # edges moved 3 lines, on every page
    uv run python bench/train_choice.py edges-cv       # a ranker of those moves, out of fold
    uv run python bench/train_choice.py ceiling        # the best stretch of labelled lines
    uv run python bench/train_choice.py model-options  # the line model's stretches as options

A dev script, never on the run-time path. `collect` reads each page-rendering of aeb (gold),
the even half and the odd-a quarter of ../shared/bench/dates (silver: the HTML reader's body)
by the five renderers (renders and references cached under --cache, by default
~/.cache/newsdesk/train-choice/cache), once as the reader stands and once for every other
stretch it could have taken: each candidate of region.candidate_regions over the weighed
scores, and the learned line model's net (model_choice._choose) where that differs. Each forced
reading goes on as the reader would (the model's growth, trims, rescue, the article's
assembly), so that each option's body is scored as the reader would print it. Options, their
features (option_features) and their scores go to pickles beside it.

`cv` and `edges-cv` fit a conditional logit (softmax over a page's options, the reading as it
stands first and learned unless another option errs 0.005 less) on the other folds' pages,
folds grouped by site (line_model_fit.fitting.folds), and read each fold's pages with the option it
rates highest.

Found (session 13, 1,098 page-renderings): the best candidate beats the choice made by 0.0000
to 0.0013 F1 per set and renderer (odd-a 0, aeb/even 18 page-renderings in all), so there is
nothing for a ranker to learn; out of fold one only loses (penalty 0.1 and 1: 0 better, 5 and 0
worse; without the hand value's own features, 0 better, 11 and 15 worse). The loss is in the
stretch's bounds: the picked stretch's start or end moved up to 15 lines gives odd-a 0.93-0.95
at best (now 0.905-0.926),
and the best stretch of labelled lines (line_model_fit.rows.Reference), joined raw, 0.953-0.968;
that stretch forced and read on by the reader (growth.py, the trims, build_article) gives only
0.918-0.945, 0.938-0.956 with no growth: on odd-a about 0.02 of F1 is in the stretch's edges,
0.01-0.02 in growth.py's growth of the right stretch (which, on the stretch chosen now, gains
0.003-0.006 on odd-a, 0.008-0.018 on aeb/even) and up to 0.02 in its assembly (few pages: a
story grown over 75 lines of what follows, a list story cut to its lead). The model's own
stretches as options (model-options) add at most 0.0025. A ranker of 3-line edge moves
(edges-cv) never moves out of fold; dropping the first line always: silver 88
page-renderings better, 205 worse, gold 33 better, 286 worse.

The odd-b quarter of dates and the fresh pages are held out: never read here.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import pickle
import sys
from pathlib import Path

os.environ.setdefault("NEWSDESK_PURE_PYTHON", "1")  # the sources, so the hook below is seen

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from line_model_fit.sites import site_of  # noqa: E402

from newsdesk.eval import unseen  # noqa: E402
from newsdesk.eval.extraction import load_bench, main_body, read_bytes  # noqa: E402
from newsdesk.eval.metrics import score_page  # noqa: E402
from newsdesk.extract.core import ExtractError, extract  # noqa: E402
from newsdesk.records import Capture  # noqa: E402

BENCH = REPO.parent / "shared" / "bench"
RENDERERS = unseen.RENDERERS
SETS = ("aeb", "even", "odd-a")
# Results and the renders' cache, outside the repository (NEWSDESK_TRAIN_CHOICE to move them).
WORK = Path(os.environ.get("NEWSDESK_TRAIN_CHOICE", Path.home() / ".cache/newsdesk/train-choice"))
TABLE = WORK / "table.pkl"
CACHE = WORK / "cache"  # renders and references by set and page (ref/, render/)


# ---- pages --------------------------------------------------------------------------------


def _pages(set_name: str) -> list[tuple[str, bytes]]:
    if set_name == "aeb":
        return [(p.id, read_bytes(p.path)) for p in load_bench(BENCH / "aeb", "html")]
    if set_name not in ("even", "odd-a"):
        raise ValueError(f"{set_name}: only the studied sets are read")
    return unseen.load_pages(BENCH / "dates", set_name)


def _reference(set_name: str, name: str, html: bytes) -> str | None:
    path = CACHE / "ref" / set_name / (name + ".json")
    if path.is_file():
        ref: str | None = json.loads(path.read_text())["ref"]
        return ref
    if set_name == "aeb":
        truth = json.loads((BENCH / "aeb" / "ground-truth.json").read_text())
        ref = str(truth[name]["articleBody"])
    else:
        ref = unseen._silver(name, html)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"ref": ref}))
    return ref


def _render(set_name: str, renderer: str, name: str, html: bytes) -> bytes:
    path = CACHE / "render" / set_name / renderer / (name + ".txt")
    if path.is_file():
        return path.read_bytes()
    data = unseen.render(html, renderer)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return data


def _site_names() -> dict[tuple[str, str], str]:
    """(set, page) -> site, from the sets' ground-truth urls (dates: even and odd-a pages only
    are ever asked)."""
    out: dict[tuple[str, str], str] = {}
    aeb = json.loads((BENCH / "aeb" / "ground-truth.json").read_text(encoding="utf-8"))
    dates = json.loads((BENCH / "dates" / "ground-truth.json").read_text(encoding="utf-8"))
    for set_name in SETS:
        truth = aeb if set_name == "aeb" else dates
        for name, _ in _pages(set_name):
            url = truth.get(name, {}).get("url")
            out[(set_name, name)] = site_of(url) if url else f"{set_name}/{name}"
    return out


def option_features(
    lines: list,
    scores: list[float],
    weighed: list[float],
    spans: list[tuple[int, int]],
    known: object,
    picked: tuple[int, int] | None,
) -> list[dict[str, float]]:
    """Per span: what may tell the story's stretch from the others on the page."""
    from newsdesk.extract.text import region, shapes

    n = max(len(lines), 1)
    comments_at = region._comments_at(lines)
    values = [region._value(lines, weighed, s, comments_at) for s in spans]
    best = max(values, default=0.0)
    order = sorted(range(len(spans)), key=lambda k: -values[k])
    rank = {k: r for r, k in enumerate(order)}
    out = []
    for k, (s, e) in enumerate(spans):
        part = lines[s:e]
        words = sum(x.words for x in part) or 1
        prose = sum(x.words for x in part if shapes.is_paragraph(x))
        ends = sum(x.words for x in part if shapes.ends_sentence(x.text))
        chrome = sum(x.words for x in part if x.chrome)
        bullets = sum(1 for x in part if x.bullet)
        raw = sum(weighed[s:e])
        odds = [known.log_odds(i) for i in range(s, e)]  # type: ignore[attr-defined]
        mean_odds = sum(o * x.words for o, x in zip(odds, part, strict=True)) / words
        mass = sum(known.value(i) for i in range(s, e))  # type: ignore[attr-defined]
        above = lines[max(0, s - 4) : s]
        out.append(
            {
                "log_raw": math.log1p(max(raw, 0.0)),
                "after_comments": 1.0 if s > comments_at else 0.0,
                "teaser": region._teaser_share(lines, (s, e)),
                "header": 1.0 if region._has_header(lines, s) else 0.0,
                "log_value": math.log1p(max(values[k], 0.0)),
                "value_share": values[k] / best if best > 0 else 0.0,
                "gap": math.log1p(max(best, 0.0)) - math.log1p(max(values[k], 0.0)),
                "top": 1.0 if rank[k] == 0 else 0.0,
                "rank": rank[k] / 5.0,
                "order": min(k, 6) / 5.0,
                "candidate": 1.0 if k < 6 else 0.0,
                "log_lines": math.log1p(e - s),
                "log_words": math.log1p(words),
                "prose_share": prose / words,
                "ends_share": ends / words,
                "chrome_share": chrome / words,
                "bullet_share": bullets / max(e - s, 1),
                "words_per_line": min(words / max(e - s, 1), 80.0) / 40.0,
                "start": s / n,
                "end": e / n,
                "title_above": 1.0 if any(shapes.is_title_like(x) for x in above) else 0.0,
                "heads_above": 1.0
                if any(region.heads_story(lines, i) for i in range(max(0, s - 4), s))
                else 0.0,
                "list_above": 1.0
                if any(shapes.marks(x) & (shapes.LIST | shapes.INSERT) for x in above)
                else 0.0,
                "mean_odds": max(min(mean_odds, 10.0), -10.0) / 5.0,
                "log_mass": math.copysign(math.log1p(abs(mass)), mass) / 5.0,
                "net": 1.0 if picked == (s, e) else 0.0,
                "candidates": len(spans) / 6.0,
            }
        )
    return out


# ---- one page-rendering, read once per option ---------------------------------------------


def _score(ref: str, body: str) -> tuple[int, int, int]:
    s = score_page(ref, body)
    return s.tp, s.fp, s.fn


def _read(name: str, dump: bytes) -> str:
    try:
        return main_body(extract(Capture(source=name + ".txt", data=dump)))
    except ExtractError:
        return ""


def _hooked(name: str, dump: bytes, choose) -> str:  # type: ignore[no-untyped-def]
    """The page's body read with `choose` in place of model_choice.choose."""
    from newsdesk.extract.text import model_choice

    real = model_choice.choose
    model_choice.choose = choose
    try:
        return _read(name, dump)
    finally:
        model_choice.choose = real


def _recorded(name: str, dump: bytes, seen: dict, look) -> str:  # type: ignore[no-untyped-def,type-arg]
    """The page's body read as the reader stands; `look(lines, scores, weighed, hand, known,
    picked)` called at the choice (picked: model_choice._choose's stretch, before its growth),
    and `seen` given "picked" and "n" (the page's lines)."""
    from newsdesk.extract.text import model_choice

    def record(lines, scores, weighed, hand, known=None):  # type: ignore[no-untyped-def]
        known = known if known is not None else model_choice.page_values(lines, scores, weighed)
        picked = model_choice._choose(lines, scores, weighed, hand, known)
        seen["picked"], seen["n"] = picked, len(lines)
        look(lines, scores, weighed, hand, known, picked)
        return (
            None if picked is None else model_choice.extend(lines, scores, weighed, picked, known)
        )

    return _hooked(name, dump, record)


def _as_read(job: tuple[str, str, str, bytes, str], seen: dict, look) -> dict:  # type: ignore[no-untyped-def,type-arg]
    """The page-rendering's row: its score as read now (_recorded, with `seen` and `look`),
    and the stretch picked ("picked", before its growth) and the page's lines, if any."""
    set_name, renderer, name, dump, ref = job
    body = _recorded(name, dump, seen, look)
    out = {"set": set_name, "renderer": renderer, "page": name, "now": _score(ref, body)}
    if seen.get("picked") is not None:
        out.update(picked=seen["picked"], lines=seen["n"])
    return out


def _forced(name: str, dump: bytes, span: tuple[int, int]) -> str:
    """The page's body read with `span` in place of the choice (grown by the model as the
    chosen stretch is, then read on as the reader would)."""
    from newsdesk.extract.text import model_choice

    def forced(lines, scores, weighed, hand, known=None):  # type: ignore[no-untyped-def]
        return model_choice.extend(lines, scores, weighed, span, known)

    return _hooked(name, dump, forced)


def collect_one(job: tuple[str, str, str, bytes, str]) -> dict | None:  # type: ignore[type-arg]
    """The page-rendering's options: for each, its span, features and score."""
    from newsdesk.extract.text import region

    _, _, name, dump, ref = job
    seen: dict = {}  # type: ignore[type-arg]

    def look(lines, scores, weighed, hand, known, picked):  # type: ignore[no-untyped-def]
        candidates = region.candidate_regions(weighed)
        spans = list(candidates)
        if picked is not None and picked not in spans:
            spans.append(picked)
        seen["spans"], seen["candidates"] = spans, len(candidates)
        seen["hand"] = hand(lines, weighed)
        seen["features"] = option_features(lines, scores, weighed, spans, known, picked)

    out = _as_read(job, seen, look)
    if "spans" not in seen:
        out["options"] = []  # a digest, or no lines
        return out
    options = []
    for span, feats in zip(seen["spans"], seen["features"], strict=True):
        picked, hand = span == seen["picked"], span == seen["hand"]
        got = out["now"] if picked else _score(ref, _forced(name, dump, span))
        options.append(
            {"span": span, "features": feats, "score": got, "picked": picked, "hand": hand}
        )
    out["options"] = options
    out["lines"] = seen["n"]
    out["candidates"] = seen["candidates"]
    return out


def _jobs() -> list[tuple[str, str, str, bytes, str]]:
    jobs = []
    for set_name in SETS:
        for name, html in _pages(set_name):
            ref = _reference(set_name, name, html)
            if ref is None:
                continue
            for renderer in RENDERERS:
                dump = _render(set_name, renderer, name, html)
                if set_name != "aeb":
                    text = dump.decode("utf-8", errors="replace")
                    if score_page(ref, text).recall < unseen.MIN_RENDERED_SHARE:
                        continue
                jobs.append((set_name, renderer, name, dump, ref))
    return jobs


def collect(jobs_n: int) -> None:
    from multiprocessing import Pool

    jobs = _jobs()
    with Pool(jobs_n) as pool:
        rows = [r for r in pool.imap(collect_one, jobs, chunksize=4) if r is not None]
    sites = _site_names()
    for r in rows:
        r["site"] = sites[(r["set"], r["page"])]
    TABLE.parent.mkdir(parents=True, exist_ok=True)
    TABLE.write_bytes(pickle.dumps(rows))
    print(f"{len(rows)} page-renderings, {sum(len(r['options']) for r in rows)} options: {TABLE}")


# ---- bounds: the chosen stretch's edges moved ---------------------------------------------

SHIFT = 15  # lines either way an edge is moved
BOUNDS = WORK / "bounds.pkl"


def _marks_at(lines, weighed, i):  # type: ignore[no-untyped-def]
    """What stands at line i as an edge: a barrier, a headline, a header (byline or date)."""
    from newsdesk.extract.text import region, shapes

    if not 0 <= i < len(lines):
        return {"edge": True}
    line = lines[i]
    return {
        "barrier": weighed[i] <= region._BARRIER,
        "heads": region.heads_story(lines, i),
        "title": shapes.is_title_like(line) and not line.chrome,
        "header": region._is_header_fact(line),
        "list": bool(shapes.marks(line) & (shapes.LIST | shapes.INSERT)),
        "prose": region.is_prose(line),
        "words": line.words,
    }


def bounds_one(job: tuple[str, str, str, bytes, str]) -> dict | None:  # type: ignore[type-arg]
    """The page-rendering read with the picked stretch's start, then its end, moved up to SHIFT
    lines either way, and merged with each other candidate; each option's score."""
    from newsdesk.extract.text import region

    _, _, name, dump, ref = job
    seen: dict = {}  # type: ignore[type-arg]

    def look(lines, scores, weighed, hand, known, picked):  # type: ignore[no-untyped-def]
        seen["candidates"] = region.candidate_regions(weighed)
        first, last = picked or (0, 0)
        seen["marks"] = {
            i: _marks_at(lines, weighed, i) for i in range(first - SHIFT - 1, last + SHIFT + 1)
        }

    out = _as_read(job, seen, look)
    if "picked" not in out:
        return out
    picked = out["picked"]
    (s, e), n = picked, out["lines"]
    spans: dict[tuple[int, int], str] = {}
    for d in range(-SHIFT, SHIFT + 1):
        if d and 0 <= s + d < e:
            spans[(s + d, e)] = "start"
        if d and s < e + d <= n:
            spans[(s, e + d)] = "end"
    for c in seen["candidates"]:
        if c != picked:
            spans.setdefault((min(s, c[0]), max(e, c[1])), "merge")
    options = [
        {"span": span, "kind": kind, "score": _score(ref, _forced(name, dump, span))}
        for span, kind in spans.items()
    ]
    out.update(options=options, marks=seen["marks"])
    return out


def bounds(jobs_n: int, min_errors: float) -> None:
    """bounds_one over the page-renderings whose reading errs by `min_errors` or more."""
    from multiprocessing import Pool

    rows = pickle.loads(TABLE.read_bytes())
    wanted = {(r["set"], r["renderer"], r["page"]) for r in rows
              if r["now"][1] + r["now"][2] >= min_errors}  # fmt: skip
    jobs = [j for j in _jobs() if (j[0], j[1], j[2]) in wanted]
    with Pool(jobs_n) as pool:
        found = [r for r in pool.imap(bounds_one, jobs, chunksize=2) if r is not None]
    BOUNDS.write_bytes(pickle.dumps(found))
    print(f"{len(found)} page-renderings, {sum(len(r.get('options', [])) for r in found)} options")


# ---- edges: the chosen stretch's start or end moved a few lines, on every page ---------------

EDGE = 3  # lines either way
EDGES = WORK / "edges.pkl"


def _line_facts(lines, weighed, known, i):  # type: ignore[no-untyped-def]
    """What a line moved across an edge is, for the edge ranker."""
    from newsdesk.extract.text import region, shapes

    if not 0 <= i < len(lines):
        return None
    line = lines[i]
    barrier = weighed[i] <= region._BARRIER
    return {
        "odds": 0.0 if barrier else known.log_odds(i),
        "words": line.words,
        "prose": region.is_prose(line),
        "paragraph": shapes.is_paragraph(line),
        "ends": shapes.ends_sentence(line.text),
        "title": shapes.is_title_like(line),
        "header": region._is_header_fact(line),
        "chrome": line.chrome,
        "weighed": max(min(weighed[i], 120.0), -60.0),
        "barrier": barrier,
        "caption": shapes.caption_credit(line.text) is not None
        if hasattr(shapes, "caption_credit")
        else False,
    }


def edges_one(job: tuple[str, str, str, bytes, str]) -> dict | None:  # type: ignore[type-arg]
    """The page-rendering read with the picked stretch's start, then its end, moved up to EDGE
    lines either way; each option's score and the facts of the lines around the edges."""
    _, _, name, dump, ref = job
    seen: dict = {}  # type: ignore[type-arg]

    def look(lines, scores, weighed, hand, known, picked):  # type: ignore[no-untyped-def]
        first, last = picked or (0, 0)
        around = [*range(first - EDGE, first + EDGE), *range(last - EDGE, last + EDGE)]
        seen["facts"] = {i: _line_facts(lines, weighed, known, i) for i in around}

    out = _as_read(job, seen, look)
    if "picked" not in out:
        return out
    (s, e), n = out["picked"], out["lines"]
    options = []
    for kind, d in [(k, d) for k in ("start", "end") for d in range(-EDGE, EDGE + 1) if d]:
        span = (s + d, e) if kind == "start" else (s, e + d)
        if 0 <= span[0] < span[1] <= n:
            options.append({"kind": kind, "d": d, "score": _score(ref, _forced(name, dump, span))})
    out.update(options=options, facts=seen["facts"])
    return out


def edges(jobs_n: int) -> None:
    from multiprocessing import Pool

    with Pool(jobs_n) as pool:
        found = [r for r in pool.imap(edges_one, _jobs(), chunksize=4) if r is not None]
    sites = _site_names()
    for r in found:
        r["site"] = sites[(r["set"], r["page"])]
    EDGES.write_bytes(pickle.dumps(found))
    print(f"{len(found)} page-renderings, {sum(len(r.get('options', [])) for r in found)} options")


# ---- the model's stretches as options ------------------------------------------------------

MODEL_OPTIONS = WORK / "model-options.pkl"


def model_options_one(job: tuple[str, str, str, bytes, str]) -> dict:  # type: ignore[type-arg]
    """The page-rendering read with each stretch the learned line model finds (candidate_regions
    over its stretch_values), that stretch cut to the picked one, and the model's best stretch
    inside the picked one; each option's score."""
    from newsdesk.extract.text import region

    _, _, name, dump, ref = job
    seen: dict = {}  # type: ignore[type-arg]

    def look(lines, scores, weighed, hand, known, picked):  # type: ignore[no-untyped-def]
        values = [known.value(i) for i in range(len(lines))]
        spans: dict[tuple[int, int], str] = {}
        for c in region.candidate_regions(values):
            spans.setdefault(c, "model")
        if picked is not None:
            s, e = picked
            for c in list(spans):
                if c[0] < e and s < c[1]:
                    spans.setdefault((max(s, c[0]), min(e, c[1])), "cut")
            inside = region.best_region([*[region._BARRIER] * s, *values[s:e]])
            if inside is not None:
                spans.setdefault(inside, "inside")
            spans.pop(picked, None)
        seen["spans"] = spans

    out = _as_read(job, seen, look)
    out["options"] = [
        {"span": span, "kind": kind, "score": _score(ref, _forced(name, dump, span))}
        for span, kind in seen.get("spans", {}).items()
    ]
    return out


def _read_all(one, path: Path, jobs_n: int) -> dict[tuple[str, str], list[dict]]:  # type: ignore[no-untyped-def,type-arg]
    """`one` over every page-rendering (in `jobs_n` processes), its rows kept in `path`; the
    rows by set and renderer."""
    from multiprocessing import Pool

    with Pool(jobs_n) as pool:
        rows = list(pool.imap(one, _jobs(), chunksize=4))
    path.write_bytes(pickle.dumps(rows))
    return _by_set(rows)


def _by_set(rows: list[dict]) -> dict[tuple[str, str], list[dict]]:  # type: ignore[type-arg]
    groups: dict[tuple[str, str], list[dict]] = {}  # type: ignore[type-arg]
    for r in rows:
        groups.setdefault((r["set"], r["renderer"]), []).append(r)
    return groups


def model_options(jobs_n: int) -> None:
    groups = _read_all(model_options_one, MODEL_OPTIONS, jobs_n)
    kinds = ("model", "cut", "inside")
    print(f"{'set':6} {'renderer':10}   now " + " ".join(f"{k:>8}" for k in kinds) + "      any")
    for (set_name, renderer), found in sorted(groups.items()):
        line = f"{set_name:6} {renderer:10} {micro([tuple(r['now']) for r in found]):.4f}"
        for want in (*kinds, None):
            best = [
                min([tuple(r["now"])] + [tuple(o["score"]) for o in r["options"]
                                          if want in (None, o["kind"])], key=_errors)
                for r in found
            ]  # fmt: skip
            line += f" {micro(best):8.4f}"
        print(line)


# ---- the ceiling of any selection of the page's lines -------------------------------------


CEILING = WORK / "ceiling.pkl"


def ceiling_one(job: tuple[str, str, str, bytes, str]) -> dict:  # type: ignore[type-arg]
    """The page-rendering's score now, with the best stretch of lines (by the lines' labels:
    line_model_fit.rows.Reference, as the line model learns them), and with every labelled line
    wherever it stands: what no choice of one stretch, and then no reading of lines, can pass."""
    from line_model_fit.rows import Reference

    ref = job[4]
    seen: dict = {}  # type: ignore[type-arg]

    def look(lines, scores, weighed, hand, known, picked):  # type: ignore[no-untyped-def]
        from newsdesk.extract.text import region

        seen["texts"] = [line.text for line in lines]
        seen["candidates"] = region.candidate_regions(weighed)

    out = _as_read(job, seen, look)
    texts = seen.get("texts", [])
    reference = Reference(ref)
    labels = [reference.covers(t) for t in texts]
    # The stretch of most labelled lines less unlabelled ones (maximum subarray, by words).
    best, best_span, run, start = 0.0, (0, 0), 0.0, 0
    for i, (t, label) in enumerate(zip(texts, labels, strict=True)):
        if run <= 0:
            run, start = 0.0, i
        run += (1 if label else -1) * max(1, len(t.split()))
        if run > best:
            best, best_span = run, (start, i + 1)
    out["stretch"] = _score(ref, "\n\n".join(texts[best_span[0] : best_span[1]]))
    said = [t for t, label in zip(texts, labels, strict=True) if label]
    out["labelled"] = _score(ref, "\n\n".join(said))
    # That stretch read by the reader (grown by the model, its head trimmed, assembled), and
    # read with no growth by the model.
    out["stretch_read"] = _score(ref, _forced(job[2], job[3], best_span)) if texts else out["now"]
    out["stretch_kept"] = (
        _score(ref, _hooked(job[2], job[3], lambda *_: best_span)) if texts else out["now"]
    )
    out["stretch_bare"] = _bare(job, best_span) if texts else out["now"]
    out.update(best_span=best_span, candidates=seen.get("candidates", []))
    return out


def _bare(job: tuple[str, str, str, bytes, str], span: tuple[int, int]) -> tuple:  # type: ignore[type-arg]
    """The score of `span` read with no growth at all: neither the model's (model_choice.extend)
    nor growth.py's (read._grown), so that only the trims and the article's assembly act."""
    from newsdesk.extract.text import read

    real = read._grown
    read._grown = lambda lines, scores, region, known=None: region  # type: ignore[assignment]
    try:
        return _score(job[4], _hooked(job[2], job[3], lambda *_: span))
    finally:
        read._grown = real  # type: ignore[assignment]


def ceiling(jobs_n: int) -> None:
    groups = _read_all(ceiling_one, CEILING, jobs_n)
    keys = ("now", "stretch_read", "stretch_kept", "stretch_bare", "stretch", "labelled")
    print(f"{'set':6} {'renderer':10} " + " ".join(f"{k:>12}" for k in keys))
    for (set_name, renderer), found in sorted(groups.items()):
        figures = " ".join(f"{micro([tuple(r[k]) for r in found]):12.4f}" for k in keys)
        print(f"{set_name:6} {renderer:10} {figures}")


# ---- the oracle ---------------------------------------------------------------------------


def f1_of(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _errors(score: tuple[int, int, int]) -> int:
    return score[1] + score[2]


def micro(scores: list[tuple[int, int, int]]) -> float:
    tp = sum(s[0] for s in scores)
    fp = sum(s[1] for s in scores)
    fn = sum(s[2] for s in scores)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def best_option(row: dict) -> int | None:  # type: ignore[type-arg]
    """The option of the fewest errors (fp + fn; the picked one on a tie)."""
    opts = row["options"]
    if not opts:
        return None
    return min(range(len(opts)), key=lambda k: (_errors(opts[k]["score"]), not opts[k]["picked"]))


def oracle(rows: list[dict], only_candidates: bool = False) -> None:  # type: ignore[type-arg]
    groups = _by_set(rows)
    print(f"{'set':6} {'renderer':10} pages  F1 now  oracle  hand-only  missed  (multi)")
    for key in sorted(groups):
        now, best, hand, missed, multi = [], [], [], 0, 0
        for r in groups[key]:
            now.append(tuple(r["now"]))
            opts = r["options"]
            if only_candidates:
                opts = [o for o in opts if o["hand"] or o["span"] in _cands(r)]
            if not opts:
                best.append(tuple(r["now"]))
                hand.append(tuple(r["now"]))
                continue
            multi += len(opts) > 1
            k = best_option({"options": opts}) or 0
            best.append(tuple(opts[k]["score"]))
            h = [o for o in opts if o["hand"]]
            hand.append(tuple(h[0]["score"]) if h else tuple(r["now"]))
            if _errors(opts[k]["score"]) < _errors(r["now"]) - 0.02:
                missed += 1
        print(f"{key[0]:6} {key[1]:10} {len(groups[key]):5}  {micro(now):.4f}  {micro(best):.4f}"
              f"  {micro(hand):.4f}  {missed:6}  ({multi})")  # fmt: skip


def _cands(row: dict) -> list:  # type: ignore[type-arg]
    return [o["span"] for o in row["options"][: row.get("candidates", len(row["options"]))]]


def bounds_report(rows: list[dict], found: list[dict]) -> None:  # type: ignore[type-arg]
    """Per set and renderer: F1 now and with the best of each kind of moved edge (pages not
    read by `bounds` keep their score)."""
    by_page = {(b["set"], b["renderer"], b["page"]): b for b in found if "options" in b}
    kinds = {
        "start+-15": lambda b, o: o["kind"] == "start",
        "start+-5": lambda b, o: o["kind"] == "start" and abs(o["span"][0] - b["picked"][0]) <= 5,
        "start@edge": lambda b, o: o["kind"] == "start" and _at_edge(b["marks"], o["span"][0]),
        "end+-15": lambda b, o: o["kind"] == "end",
        "end+-5": lambda b, o: o["kind"] == "end" and abs(o["span"][1] - b["picked"][1]) <= 5,
        "merge": lambda b, o: o["kind"] == "merge",
        "any": lambda b, o: True,
    }
    groups = _by_set(rows)
    print(f"{'set':6} {'renderer':10}   now " + " ".join(f"{k:>10}" for k in kinds))
    for key in sorted(groups):
        line = f"{key[0]:6} {key[1]:10} {micro([tuple(r['now']) for r in groups[key]]):.4f}"
        for test in kinds.values():
            scores = []
            for r in groups[key]:
                b = by_page.get((r["set"], r["renderer"], r["page"]))
                opts = [o["score"] for o in b["options"] if test(b, o)] if b else []
                scores.append(min([tuple(r["now"]), *opts], key=_errors))
            line += f" {micro(scores):10.4f}"
        print(line)


def _at_edge(marks: dict, i: int) -> bool:  # type: ignore[type-arg]
    """A start where a story may begin: below a barrier, a headline, a header or a list."""
    above, here = marks.get(i - 1, {}), marks.get(i, {})
    edge = ("barrier", "edge", "heads", "header", "title", "list")
    return any(above.get(k) for k in edge) or bool(here.get("heads"))


# ---- the rankers, judged out of fold by site ----------------------------------------------

# Per page: its options as (features, score), the reading as it stands first.
Options = list[tuple[list[float], tuple[float, float, float]]]


# option_features left out of the candidate ranker (--without): e.g. those that name the
# reader's own choice (net, top, rank, gap, value_share), to see whether a ranker learns it.
WITHOUT: tuple[str, ...] = ()


def candidate_options(row: dict) -> Options:  # type: ignore[type-arg]
    """A page's candidates (the picked one first) with option_features' values."""
    opts = sorted(row["options"], key=lambda o: not o["picked"])
    return [
        ([0.0 if k in WITHOUT else v for k, v in o["features"].items()], tuple(o["score"]))
        for o in opts
    ]


_FACTS = ("prose", "ends", "title", "header", "chrome", "caption", "barrier")


def _moved(facts: list[dict]) -> list[float]:  # type: ignore[type-arg]
    """What the lines moved across an edge are: their count, words, prose share, the model's
    log-odds (mean by words, max, min), their hand weight and whether any is of each _FACTS."""
    words = sum(f["words"] for f in facts) or 1
    odds = [f["odds"] for f in facts]
    return [
        1.0,
        len(facts) / EDGE,
        math.log1p(words) / 4,
        sum(f["words"] for f in facts if f["prose"]) / words,
        sum(f["odds"] * f["words"] for f in facts) / words / 5,
        max(odds) / 5,
        min(odds) / 5,
        sum(f["weighed"] for f in facts) / 100,
    ] + [float(any(f[k] for f in facts)) for k in _FACTS]


def edge_options(row: dict, kind: str) -> Options:  # type: ignore[type-arg]
    """A page's stretch as picked, then with its `kind` edge moved (see edges_one); the lines
    taken out and the lines taken in described apart (_moved)."""
    s, e = row["picked"]
    width = 8 + len(_FACTS)
    out: Options = [([0.0] * 2 * width, tuple(row["now"]))]
    for o in row["options"]:
        if o["kind"] != kind:
            continue
        d = o["d"]
        at = s if kind == "start" else e
        span = range(at, at + d) if d > 0 else range(at + d, at)
        facts = [row["facts"].get(i) for i in span]
        if any(f is None for f in facts):
            continue
        shrinks = (d > 0) == (kind == "start")
        moved, none = _moved(facts), [0.0] * width
        out.append((moved + none if shrinks else none + moved, tuple(o["score"])))
    return out


def _target(options: Options) -> int:
    """The option to learn: the reading as it stands unless another errs 0.005 less."""
    errors = [_errors(o[1]) for o in options]
    least = min(errors)
    if errors[0] <= least + 0.005:
        return 0
    return min(k for k in range(len(options)) if errors[k] <= least + 0.005)


def fit_ranker(pages: list[Options], penalty: float):  # type: ignore[no-untyped-def]
    """A conditional logit over each page's options (softmax of a dot product), L2 `penalty`."""
    import numpy as np
    from scipy.optimize import minimize

    xs = [np.array([o[0] for o in p]) for p in pages]
    targets = [_target(p) for p in pages]

    def loss(w):  # type: ignore[no-untyped-def]
        total, grad = penalty * w @ w, 2 * penalty * w
        for x, t in zip(xs, targets, strict=True):
            z = x @ w
            p = np.exp(z - z.max())
            p /= p.sum()
            total -= math.log(p[t] + 1e-12)
            grad = grad - (x[t] - p @ x)
        return total, grad

    return minimize(loss, np.zeros(xs[0].shape[1]), jac=True, method="L-BFGS-B").x


def ranker_cv(rows: list[dict], make, penalty: float) -> None:  # type: ignore[no-untyped-def,type-arg]
    """Each fold's pages (grouped by site: line_model_fit.fitting.folds) read with the option the
    ranker fitted on the other folds rates highest; F1 per set and renderer, pages better and
    worse (by 0.005 of errors or more)."""
    import numpy as np
    from line_model_fit.fitting import folds

    rows = [r for r in rows if len(make(r)) > 1]
    groups = np.array([r["site"] for r in rows])
    chosen: dict[int, tuple[float, float, float]] = {}
    for train, test in folds(groups):
        w = fit_ranker([make(rows[i]) for i in train], penalty)
        for i in test:
            options = make(rows[i])
            chosen[i] = options[int(np.argmax([np.array(o[0]) @ w for o in options]))][1]
    by: dict[tuple[str, str], list] = {}  # type: ignore[type-arg]
    for i, r in enumerate(rows):
        acc = by.setdefault((r["set"], r["renderer"]), [[], [], 0, 0])
        acc[0].append(tuple(r["now"]))
        acc[1].append(chosen[i])
        gain = _errors(r["now"]) - _errors(chosen[i])
        acc[2] += gain > 0.005
        acc[3] += gain < -0.005
    print(f"penalty {penalty:g}, {len(rows)} page-renderings with options")
    for (set_name, renderer), (now, new, better, worse) in sorted(by.items()):
        print(f"  {set_name:6} {renderer:10} {micro(now):.4f} -> {micro(new):.4f}"
              f"  better {better} worse {worse}")  # fmt: skip


STEPS = (
    "collect",
    "oracle",
    "cv",
    "bounds",
    "bounds-report",
    "edges",
    "edges-cv",
    "ceiling",
    "model-options",
)


def main() -> None:
    global TABLE, CACHE, WITHOUT
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("step", choices=STEPS)
    parser.add_argument("--without", default="", help="cv: option features left out")
    parser.add_argument("--penalty", type=float, default=1.0, help="cv: the ranker's L2")
    parser.add_argument("--min-errors", type=float, default=0.05, help="bounds: pages erring so")
    parser.add_argument("--table", default=str(TABLE))
    parser.add_argument("--cache", default=str(CACHE))
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    TABLE, CACHE = Path(args.table), Path(args.cache)
    WITHOUT = tuple(filter(None, args.without.split(",")))
    if args.step == "collect":
        collect(args.jobs)
    elif args.step == "oracle":
        rows = pickle.loads(TABLE.read_bytes())
        oracle(rows)
    elif args.step == "bounds":
        bounds(args.jobs, args.min_errors)
    elif args.step == "cv":
        ranker_cv(pickle.loads(TABLE.read_bytes()), candidate_options, args.penalty)
    elif args.step == "bounds-report":
        bounds_report(pickle.loads(TABLE.read_bytes()), pickle.loads(BOUNDS.read_bytes()))
    elif args.step == "edges":
        edges(args.jobs)
    elif args.step == "model-options":
        model_options(args.jobs)
    elif args.step == "ceiling":
        ceiling(args.jobs)
    elif args.step == "edges-cv":
        found = [r for r in pickle.loads(EDGES.read_bytes()) if "options" in r]
        for kind in ("start", "end"):
            print(f"the stretch's {kind} moved up to {EDGE} lines:")
            ranker_cv(found, lambda r, kind=kind: edge_options(r, kind), args.penalty)


if __name__ == "__main__":
    main()
