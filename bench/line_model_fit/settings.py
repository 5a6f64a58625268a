"""The run's options, set by the command line (bench/train_line_model.py main) and read by the
other modules as `settings.NAME` when they run."""

from __future__ import annotations

# The studied sets in the data beside the base (--with SET,...: odd-a, fresh-a).
WITH: tuple[str, ...] = ()
# Sets read by the reader CV but never in a fold's fit (--no-train SET,...), and sets whose
# lines are fitted on only where the page's reference is sound (--sound-only SET,...:
# unseen.sound_reference, trafilatura agrees with the HTML reader).
NO_TRAIN: tuple[str, ...] = ()
SOUND_ONLY: tuple[str, ...] = ("fresh-a", "more")

# The least number of sites a word must be seen on to enter the lexicon (--min-sites), and the
# rate (per word of a site's lines) added to both sides of a word's odds (--smooth).
MIN_SITES = 5
SMOOTH = 1e-5

# Which of line_features.WORD_FEATURES the fits use (--words; "" none: the model of shapes alone).
WORDS_USED: tuple[str, ...] = ()

# A line's sample weight in the fits by its words (--weighting: "sqrt", "words" or "one"), and
# each set's lines' weight times that (--part-weight SET=F,...; 1 unless named).
WEIGHTING = "sqrt"
PART_WEIGHT: dict[str, float] = {}

# Whether the reader CV reads with the shipped model (line_model.json) instead of the folds'
# (--shipped: the model as it stands, on the same pages; in-sample on the data it was fitted on).
SHIPPED = False

# Features of line_features.FEATURES left out of the fits (--without), to see what they bring.
WITHOUT: tuple[str, ...] = ()

# Where reader_cv writes each mode's page scores (--save; to compare runs), if anywhere.
SAVE = ""
# What the folds group by: "site" (a page's domain: a word learned on a site is never judged on
# it) or "page" (a page's five renderings).
GROUP_BY = "site"
