"""`collect`: each page-rendering read once per candidate stretch, with the features that may
tell the story's stretch from the others (option_features)."""

from __future__ import annotations

import math
import pickle

from choice_study import settings
from choice_study.pages import all_jobs, site_names
from choice_study.reading import as_read, forced, score


def option_features(
    lines: list,
    scores: list[float],
    weighed: list[float],
    spans: list[tuple[int, int]],
    known: object,
    picked: tuple[int, int] | None,
) -> list[dict[str, float]]:
    """Per span: what may tell the story's stretch from the others on the page."""
    from newsdesk.extract.text import comments_thread, headers, line_marks, line_prose, region

    n = max(len(lines), 1)
    comments_at = comments_thread.comments_at(lines)
    values = [region._value(lines, weighed, s, comments_at) for s in spans]
    best = max(values, default=0.0)
    order = sorted(range(len(spans)), key=lambda k: -values[k])
    rank = {k: r for r, k in enumerate(order)}
    out = []
    for k, (s, e) in enumerate(spans):
        part = lines[s:e]
        words = sum(x.words for x in part) or 1
        prose = sum(x.words for x in part if line_prose.is_paragraph(x))
        ends = sum(x.words for x in part if line_prose.ends_sentence(x.text))
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
                "title_above": 1.0 if any(line_prose.is_title_like(x) for x in above) else 0.0,
                "heads_above": 1.0
                if any(headers.heads_story(lines, i) for i in range(max(0, s - 4), s))
                else 0.0,
                "list_above": 1.0
                if any(line_marks.marks(x) & (line_marks.LIST | line_marks.INSERT) for x in above)
                else 0.0,
                "mean_odds": max(min(mean_odds, 10.0), -10.0) / 5.0,
                "log_mass": math.copysign(math.log1p(abs(mass)), mass) / 5.0,
                "net": 1.0 if picked == (s, e) else 0.0,
                "candidates": len(spans) / 6.0,
            }
        )
    return out


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

    out = as_read(job, seen, look)
    if "spans" not in seen:
        out["options"] = []  # a digest, or no lines
        return out
    options = []
    for span, feats in zip(seen["spans"], seen["features"], strict=True):
        picked, hand = span == seen["picked"], span == seen["hand"]
        got = out["now"] if picked else score(ref, forced(name, dump, span))
        options.append(
            {"span": span, "features": feats, "score": got, "picked": picked, "hand": hand}
        )
    out["options"] = options
    out["lines"] = seen["n"]
    out["candidates"] = seen["candidates"]
    return out


def collect(jobs_n: int) -> None:
    from multiprocessing import Pool

    jobs = all_jobs()
    with Pool(jobs_n) as pool:
        rows = [r for r in pool.imap(collect_one, jobs, chunksize=4) if r is not None]
    sites = site_names()
    for r in rows:
        r["site"] = sites[(r["set"], r["page"])]
    settings.TABLE.parent.mkdir(parents=True, exist_ok=True)
    settings.TABLE.write_bytes(pickle.dumps(rows))
    options = sum(len(r["options"]) for r in rows)
    print(f"{len(rows)} page-renderings, {options} options: {settings.TABLE}")
