"""`bounds` and `edges`: each page-rendering read with its picked stretch's edges moved (up to
SHIFT lines on the pages that err most, up to EDGE lines on every page)."""

from __future__ import annotations

import pickle

from choice_study import settings
from choice_study.pages import all_jobs, site_names
from choice_study.reading import as_read, forced, score

SHIFT = 15  # lines either way an edge is moved


def _marks_at(lines, weighed, i):  # type: ignore[no-untyped-def]
    """What stands at line i as an edge: a barrier, a headline, a header (byline or date)."""
    from newsdesk.extract.text import headers, line_marks, line_prose, region

    if not 0 <= i < len(lines):
        return {"edge": True}
    line = lines[i]
    return {
        "barrier": weighed[i] <= region._BARRIER,
        "heads": headers.heads_story(lines, i),
        "title": line_prose.is_title_like(line) and not line.chrome,
        "header": headers.is_header_fact(line),
        "list": bool(line_marks.marks(line) & (line_marks.LIST | line_marks.INSERT)),
        "prose": line_prose.is_prose(line),
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

    out = as_read(job, seen, look)
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
        {"span": span, "kind": kind, "score": score(ref, forced(name, dump, span))}
        for span, kind in spans.items()
    ]
    out.update(options=options, marks=seen["marks"])
    return out


def bounds(jobs_n: int, min_errors: float) -> None:
    """bounds_one over the page-renderings whose reading errs by `min_errors` or more."""
    from multiprocessing import Pool

    rows = pickle.loads(settings.TABLE.read_bytes())
    wanted = {(r["set"], r["renderer"], r["page"]) for r in rows
              if r["now"][1] + r["now"][2] >= min_errors}  # fmt: skip
    jobs = [j for j in all_jobs() if (j[0], j[1], j[2]) in wanted]
    with Pool(jobs_n) as pool:
        found = [r for r in pool.imap(bounds_one, jobs, chunksize=2) if r is not None]
    settings.BOUNDS.write_bytes(pickle.dumps(found))
    print(f"{len(found)} page-renderings, {sum(len(r.get('options', [])) for r in found)} options")


EDGE = 3  # lines either way


def _line_facts(lines, weighed, known, i):  # type: ignore[no-untyped-def]
    """What a line moved across an edge is, for the edge ranker."""
    from newsdesk.extract.text import captions, headers, line_prose, region

    if not 0 <= i < len(lines):
        return None
    line = lines[i]
    barrier = weighed[i] <= region._BARRIER
    return {
        "odds": 0.0 if barrier else known.log_odds(i),
        "words": line.words,
        "prose": line_prose.is_prose(line),
        "paragraph": line_prose.is_paragraph(line),
        "ends": line_prose.ends_sentence(line.text),
        "title": line_prose.is_title_like(line),
        "header": headers.is_header_fact(line),
        "chrome": line.chrome,
        "weighed": max(min(weighed[i], 120.0), -60.0),
        "barrier": barrier,
        "caption": captions.caption_credit(line.text) is not None,
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

    out = as_read(job, seen, look)
    if "picked" not in out:
        return out
    (s, e), n = out["picked"], out["lines"]
    options = []
    for kind, d in [(k, d) for k in ("start", "end") for d in range(-EDGE, EDGE + 1) if d]:
        span = (s + d, e) if kind == "start" else (s, e + d)
        if 0 <= span[0] < span[1] <= n:
            options.append({"kind": kind, "d": d, "score": score(ref, forced(name, dump, span))})
    out.update(options=options, facts=seen["facts"])
    return out


def edges(jobs_n: int) -> None:
    from multiprocessing import Pool

    with Pool(jobs_n) as pool:
        found = [r for r in pool.imap(edges_one, all_jobs(), chunksize=4) if r is not None]
    sites = site_names()
    for r in found:
        r["site"] = sites[(r["set"], r["page"])]
    settings.EDGES.write_bytes(pickle.dumps(found))
    print(f"{len(found)} page-renderings, {sum(len(r.get('options', [])) for r in found)} options")
