"""`model-options` and `ceiling`: the model's own stretches as options, and the best any choice
of one stretch (then any reading of lines) could do."""

from __future__ import annotations

import pickle
from pathlib import Path

from choice_study import settings
from choice_study.pages import all_jobs
from choice_study.reading import as_read, forced, hooked, score
from choice_study.scores import by_set, errors_of, micro


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

    out = as_read(job, seen, look)
    out["options"] = [
        {"span": span, "kind": kind, "score": score(ref, forced(name, dump, span))}
        for span, kind in seen.get("spans", {}).items()
    ]
    return out


def _read_all(one, path: Path, jobs_n: int) -> dict[tuple[str, str], list[dict]]:  # type: ignore[no-untyped-def,type-arg]
    """`one` over every page-rendering (in `jobs_n` processes), its rows kept in `path`; the
    rows by set and renderer."""
    from multiprocessing import Pool

    with Pool(jobs_n) as pool:
        rows = list(pool.imap(one, all_jobs(), chunksize=4))
    path.write_bytes(pickle.dumps(rows))
    return by_set(rows)


def model_options(jobs_n: int) -> None:
    groups = _read_all(model_options_one, settings.MODEL_OPTIONS, jobs_n)
    kinds = ("model", "cut", "inside")
    print(f"{'set':6} {'renderer':10}   now " + " ".join(f"{k:>8}" for k in kinds) + "      any")
    for (set_name, renderer), found in sorted(groups.items()):
        line = f"{set_name:6} {renderer:10} {micro([tuple(r['now']) for r in found]):.4f}"
        for want in (*kinds, None):
            best = [
                min([tuple(r["now"])] + [tuple(o["score"]) for o in r["options"]
                                          if want in (None, o["kind"])], key=errors_of)
                for r in found
            ]  # fmt: skip
            line += f" {micro(best):8.4f}"
        print(line)


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

    out = as_read(job, seen, look)
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
    out["stretch"] = score(ref, "\n\n".join(texts[best_span[0] : best_span[1]]))
    said = [t for t, label in zip(texts, labels, strict=True) if label]
    out["labelled"] = score(ref, "\n\n".join(said))
    # That stretch read by the reader (grown by the model, its head trimmed, assembled), and
    # read with no growth by the model.
    out["stretch_read"] = score(ref, forced(job[2], job[3], best_span)) if texts else out["now"]
    out["stretch_kept"] = (
        score(ref, hooked(job[2], job[3], lambda *_: best_span)) if texts else out["now"]
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
        return score(job[4], hooked(job[2], job[3], lambda *_: span))
    finally:
        read._grown = real  # type: ignore[assignment]


def ceiling(jobs_n: int) -> None:
    groups = _read_all(ceiling_one, settings.CEILING, jobs_n)
    keys = ("now", "stretch_read", "stretch_kept", "stretch_bare", "stretch", "labelled")
    print(f"{'set':6} {'renderer':10} " + " ".join(f"{k:>12}" for k in keys))
    for (set_name, renderer), found in sorted(groups.items()):
        figures = " ".join(f"{micro([tuple(r[k]) for r in found]):12.4f}" for k in keys)
        print(f"{set_name:6} {renderer:10} {figures}")
