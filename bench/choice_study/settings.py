"""Where train_choice's results and renders go (NEWSDESK_TRAIN_CHOICE; --table and --cache set
TABLE and CACHE) and the run's options, read by the other modules as `settings.NAME`."""

from __future__ import annotations

import os
from pathlib import Path

# Results and the renders' cache, outside the repository (NEWSDESK_TRAIN_CHOICE to move them).
WORK = Path(os.environ.get("NEWSDESK_TRAIN_CHOICE", Path.home() / ".cache/newsdesk/train-choice"))
TABLE = WORK / "table.pkl"
CACHE = WORK / "cache"  # renders and references by set and page (ref/, render/)
BOUNDS = WORK / "bounds.pkl"
EDGES = WORK / "edges.pkl"
MODEL_OPTIONS = WORK / "model-options.pkl"
CEILING = WORK / "ceiling.pkl"

# option_features left out of the candidate ranker (--without): e.g. those that name the
# reader's own choice (net, top, rank, gap, value_share), to see whether a ranker learns it.
WITHOUT: tuple[str, ...] = ()
