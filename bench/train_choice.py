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
import pickle
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

# The package sets NEWSDESK_PURE_PYTHON (the sources, so the hooks are seen) before newsdesk loads.
from choice_study import settings  # noqa: E402
from choice_study.ceilings import ceiling, model_options  # noqa: E402
from choice_study.moves import EDGE, bounds, edges  # noqa: E402
from choice_study.options import collect  # noqa: E402
from choice_study.rankers import candidate_options, edge_options, ranker_cv  # noqa: E402
from choice_study.scores import bounds_report, oracle  # noqa: E402

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
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("step", choices=STEPS)
    parser.add_argument("--without", default="", help="cv: option features left out")
    parser.add_argument("--penalty", type=float, default=1.0, help="cv: the ranker's L2")
    parser.add_argument("--min-errors", type=float, default=0.05, help="bounds: pages erring so")
    parser.add_argument("--table", default=str(settings.TABLE))
    parser.add_argument("--cache", default=str(settings.CACHE))
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    settings.TABLE, settings.CACHE = Path(args.table), Path(args.cache)
    settings.WITHOUT = tuple(filter(None, args.without.split(",")))
    if args.step == "collect":
        collect(args.jobs)
    elif args.step == "oracle":
        rows = pickle.loads(settings.TABLE.read_bytes())
        oracle(rows)
    elif args.step == "bounds":
        bounds(args.jobs, args.min_errors)
    elif args.step == "cv":
        ranker_cv(pickle.loads(settings.TABLE.read_bytes()), candidate_options, args.penalty)
    elif args.step == "bounds-report":
        bounds_report(
            pickle.loads(settings.TABLE.read_bytes()), pickle.loads(settings.BOUNDS.read_bytes())
        )
    elif args.step == "edges":
        edges(args.jobs)
    elif args.step == "model-options":
        model_options(args.jobs)
    elif args.step == "ceiling":
        ceiling(args.jobs)
    elif args.step == "edges-cv":
        found = [r for r in pickle.loads(settings.EDGES.read_bytes()) if "options" in r]
        for kind in ("start", "end"):
            print(f"the stretch's {kind} moved up to {EDGE} lines:")
            ranker_cv(found, lambda r, kind=kind: edge_options(r, kind), args.penalty)


if __name__ == "__main__":
    main()
