"""Fit the text reader's learned line scorer (newsdesk/extract/text/line_model.json).

    uv run python bench/train_line_model.py cache   # render the training dumps once (slow)
    uv run python bench/train_line_model.py cv      # grouped cross-validation, no file written
    uv run python bench/train_line_model.py fit     # fit on everything, write the model file
    uv run python bench/train_line_model.py score   # the reader as it stands on the training dumps
    uv run python bench/train_line_model.py drift --fresh  # today's features against the fit's
    uv run python bench/train_line_model.py cv --set THRESHOLD=0.35   # another line_model setting
    uv run python bench/train_line_model.py cv --modes base,model,cut-head-base,cut-head-extend
    uv run python bench/train_line_model.py cv --with odd-a,fresh-a --no-train odd-a --save B.json
    uv run python bench/train_line_model.py compare A.json B.json --modes model,wrong-model

The dumps and the lines' features are kept in /tmp/newsdesk-line-model (LINE_MODEL_CACHE names
the dumps' file); `cv --fresh` computes the features again after line_features.py changed them.
`drift --fresh` says how far they moved from those the shipped weights were fitted on (the mean
and spread of each feature that `fit` keeps in the model file, "feature_stats"; run it with the
data options of the model's own command), ranked by the log-odds each move costs a line.

A dev script, never on the run-time path. The training set is every line the text reader
produces on:
- the aeb pages (../shared/bench/aeb): the text-w3m and text-inscriptis dumps shipped with the
  set, and the aeb HTML rendered by w3m at 80 columns, lynx and elinks, labelled by the gold
  article body;
- the EVEN half of ../shared/bench/dates, rendered by all five renderers of `newsdesk eval
  unseen`, labelled by the HTML reader's body on the same HTML ("silver"), with the pages that
  eval leaves out (no reference, or a rendering that lost the article) left out here too;
- with `--with SET,...` (EXTRA_SETS), more studied pages: "odd-a", the odd-a quarter of dates
  (unseen.load_pages(..., "odd-a"), labelled and filtered as the even half, its sites from the
  urls of its own entries of ground-truth.json; `--with-odd-a` says the same), and "fresh-a",
  the fresh set's studied half (bench/fresh_pages.py's pages at even places in name order,
  labelled and filtered the same, its sites from the hosts in the file names, fresh_site); and
  "more", other packages' test pages (bench/more_pages.py: no page of another set, no page of a
  held-out set's site; all its pages, labelled and filtered the same, its sites as more_pages
  wrote them).
  Each part's dumps, lines' features and pages' soundness are kept in their own cache files.
The odd-b quarter of dates and the fresh set's odd half (fresh-b) are held out: this script
never reads them, nor odd-b's entries of ground-truth.json.

Silver references are in doubt where another extractor disagrees with them (a shop, a front
page): the lines of a set named by `--sound-only` (fresh-a and more by default; "dates" is the
even half) are fitted on only where the page's reference is sound (unseen.sound_reference), while
the reader CV still reads all of the fold's pages. `cv --no-train SET,...` reads the same pages in
the same folds with each fold's model fitted without those sets' lines (the data as it was, on
the larger data's pages); `--save` keeps each run's page scores and `compare A.json B.json`
prints two runs' F1 per set and renderer, the sound pages apart, and the page-renderings
better and worse. `cv --shipped` reads with line_model.json in place of the folds' models
(in-sample on the data it was fitted on). `--weighting` (sqrt of words, words, one) and
`--part-weight SET=F` set the fits' sample weights.

A line's label is whether it is in the story: the share of its shingles (the metric's own,
newsdesk/eval/metrics.py) found in the reference is at least one half; a line too short for one
shingle is in if its words occur in that order in the reference. The features are the ones the
reader computes at run time (line_model.features), so that training and reading agree.

Cross-validation is grouped by site (the page's domain, from the sets' ground-truth.json urls; a
page's five renderings and the site's other pages fall in one fold; `--group page` by page), and
measures
both the line classifier (log loss, accuracy) and the reader's F1 with the fold's model in
place, on the pages of the fold it was not fitted on: by the hand scores alone, with the
model's net (model_choice.choose), and both again with the hand's choice replaced by its
second-best stretch (a choice gone wrong, as on pages the rules never saw), to see how much of
that the net recovers. The training pages themselves no longer show outright failures, so the
first comparison can only show harm; the second shows whether the net is of use.

`--modes` picks the readings (MODES): "base" is the reader with its stretch's growth by the
model (model_choice.extend) turned off, "model" as it stands; "cut-head-*" and "cut-tail-*" read
with the hand's stretch cut at its weakest line in its middle third (a story stopped short at
a box or a caption), keeping the part above or below the cut, with the growth off ("-base") and
on ("-extend"), to see how much of the story the growth recovers and on how many pages it takes
in more than it recovers. "notrim" is the reader with the trim of its stretch's head by the model
(model_trim.trim_head) turned off ("hand" and "base" read without it too); "wide-notrim" and
"wide" read with the hand's stretch widened by three lines either side (some of the page around
the story taken in), without and with the trim, to see how much of that the trim gives back.

Words (`--words all`, or some of line_features.WORD_FEATURES): each fold learns a lexicon from its
own sites only (learn_lexicon: words seen on --min-sites sites or more, valued by how much more
often they stand outside the story than in it, per site), and its training lines' word features
are cross-fitted (valued by the lexicon of the other sites of the fold), so that no word's value
saw the line it is asked about; `fit` ships the lexicon of all sites in line_model.json.
`--without NAME,...` leaves features out (their columns 0: e.g. `--without cohesion`); `--save
FILE` writes each mode's page scores, to compare runs (the old and the new features, settings).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

# The package sets NEWSDESK_PURE_PYTHON (the sources, so the hooks are seen) before newsdesk loads.
# sites, drift: unused here; the tests reach every part through the script.
from line_model_fit import crossval, data, drift, fitting, reader, settings, sites  # noqa: E402, F401
from line_model_fit.data import EXTRA_SETS  # noqa: E402
from line_model_fit.reader import MODES  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("step", choices=("cache", "cv", "fit", "score", "compare", "drift"))
    parser.add_argument("files", nargs="*", help="compare: two files of cv --save")
    parser.add_argument("-c", type=float, default=1.0, help="inverse regularisation")
    parser.add_argument("--boosted", action="store_true", help="also cross-validate trees")
    parser.add_argument("--fresh", action="store_true", help="compute the features again")
    parser.add_argument("--lines-only", action="store_true", help="no reader CV (faster)")
    parser.add_argument(
        "--modes",
        default="hand,model,wrong-hand,wrong-model",
        help="the reader CV's modes, comma-separated (" + ", ".join(MODES) + ")",
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a constant of the line model (line_model.py, model_choice.py, model_trim.py) set "
        "otherwise for this run (to cross-validate it)",
    )
    parser.add_argument("--words", default="", help="the word features fitted (comma-separated "
                        "of line_features.WORD_FEATURES, or 'all'; none by default)")  # fmt: skip
    parser.add_argument(
        "--min-sites", type=int, default=settings.MIN_SITES, help="a lexicon word's sites"
    )
    parser.add_argument(
        "--smooth", type=float, default=settings.SMOOTH, help="the lexicon's smoothing"
    )
    parser.add_argument("--group", choices=("site", "page"), default="site", help="fold by")
    parser.add_argument("--without", default="", help="features left out, comma-separated")
    parser.add_argument(
        "--with",
        default="",
        dest="with_sets",
        help="studied sets in the data too, comma-separated (" + ", ".join(EXTRA_SETS) + ")",
    )
    parser.add_argument("--with-odd-a", action="store_true", help="as --with odd-a")
    parser.add_argument("--no-train", default="", help="cv: sets read, never in a fold's fit")
    parser.add_argument("--no-train-odd-a", action="store_true", help="as --no-train odd-a")
    parser.add_argument(
        "--sound-only",
        default=",".join(settings.SOUND_ONLY),
        help="sets fitted on their sound pages only (dates: the even half)",
    )
    parser.add_argument("--weighting", choices=("sqrt", "words", "one"), default=settings.WEIGHTING)
    parser.add_argument("--part-weight", default="", help="SET=F,...: a set's lines' weight")
    parser.add_argument("--shipped", action="store_true", help="cv: read with line_model.json")
    parser.add_argument("--save", default="", help="a JSON file for the reader CV's page scores")
    args = parser.parse_args()
    from newsdesk.extract.text import line_features as _lm

    chosen = (
        tuple(_lm.WORD_FEATURES)
        if args.words == "all"
        else tuple(filter(None, args.words.split(",")))
    )
    unknown = set(chosen) - set(_lm.WORD_FEATURES)
    if unknown:
        raise SystemExit(f"no word feature {', '.join(sorted(unknown))}")
    settings.WORDS_USED, settings.MIN_SITES, settings.SMOOTH, settings.GROUP_BY = (
        chosen,
        args.min_sites,
        args.smooth,
        args.group,
    )
    settings.SAVE = args.save
    settings.WITH = tuple(filter(None, args.with_sets.split(","))) + (
        ("odd-a",) if args.with_odd_a else ()
    )
    settings.NO_TRAIN = tuple(filter(None, args.no_train.split(","))) + (
        ("odd-a",) if args.no_train_odd_a else ()
    )
    settings.SOUND_ONLY = tuple(filter(None, args.sound_only.split(",")))
    if set(settings.WITH) - set(EXTRA_SETS):
        raise SystemExit(f"--with: one of {', '.join(EXTRA_SETS)}")
    if set(settings.NO_TRAIN) - set(settings.WITH) - {"aeb", "dates"}:
        raise SystemExit("--no-train names a set not in the data (--with)")
    settings.WEIGHTING, settings.SHIPPED = args.weighting, args.shipped
    settings.PART_WEIGHT = {
        k: float(v) for k, v in (x.split("=") for x in filter(None, args.part_weight.split(",")))
    }
    settings.WITHOUT = tuple(filter(None, args.without.split(",")))
    if set(settings.WITHOUT) - set(_lm.FEATURES):
        raise SystemExit(
            f"no feature {', '.join(sorted(set(settings.WITHOUT) - set(_lm.FEATURES)))}"
        )
    if args.set:
        from newsdesk.extract.text import line_features, line_model, model_choice, model_trim

        # A constant is set in every module of the model that holds it (model_trim reads
        # model_choice's THRESHOLD as its own).
        modules = (line_features, line_model, model_choice, model_trim)
        for setting in args.set:
            name, value = setting.split("=")
            holding = [module for module in modules if hasattr(module, name)]
            if not holding:
                raise SystemExit(f"the line model's modules have no {name}")
            for module in holding:
                setattr(module, name, type(getattr(module, name))(value))
    if args.step == "cache":
        data.cache()
    elif args.step == "cv":
        crossval.cv(
            args.c, args.boosted, args.fresh, not args.lines_only, tuple(args.modes.split(","))
        )
    elif args.step == "fit":
        fitting.fit(args.c)
    elif args.step == "drift":
        fitting.drift(args.fresh)
    elif args.step == "compare":
        crossval.compare(*args.files, modes=tuple(args.modes.split(",")))
    elif args.step == "score":
        reader.report(reader.reader_scores(data.load_dumps()))


if __name__ == "__main__":
    main()
