"""bench/train_choice.py's parts: where results go and the run's options (settings), the pages
and their jobs (pages), a page read with a choice in place (reading), the candidates as options
(options), the stretch's edges moved (moves), the ceilings (ceilings), the reports (scores) and
the rankers judged out of fold (rankers)."""

import os

os.environ.setdefault("NEWSDESK_PURE_PYTHON", "1")  # the sources, so the hooks are seen
