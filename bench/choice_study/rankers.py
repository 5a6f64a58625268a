"""The rankers, judged out of fold by site: a conditional logit over a page's candidates (`cv`)
or over its stretch's edges moved (`edges-cv`)."""

from __future__ import annotations

import math

from choice_study import settings
from choice_study.moves import EDGE
from choice_study.scores import errors_of, micro

# Per page: its options as (features, score), the reading as it stands first.
Options = list[tuple[list[float], tuple[float, float, float]]]


def candidate_options(row: dict) -> Options:  # type: ignore[type-arg]
    """A page's candidates (the picked one first) with option_features' values."""
    opts = sorted(row["options"], key=lambda o: not o["picked"])
    return [
        ([0.0 if k in settings.WITHOUT else v for k, v in o["features"].items()], tuple(o["score"]))
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
    errors = [errors_of(o[1]) for o in options]
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
        gain = errors_of(r["now"]) - errors_of(chosen[i])
        acc[2] += gain > 0.005
        acc[3] += gain < -0.005
    print(f"penalty {penalty:g}, {len(rows)} page-renderings with options")
    for (set_name, renderer), (now, new, better, worse) in sorted(by.items()):
        print(f"  {set_name:6} {renderer:10} {micro(now):.4f} -> {micro(new):.4f}"
              f"  better {better} worse {worse}")  # fmt: skip
