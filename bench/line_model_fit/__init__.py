"""bench/train_line_model.py's parts: the training data (data), the lines' rows (rows), sites and
their words (sites), the fits (fitting), the reader with a model in place (reader), the
cross-validation (crossval) and the run's options (settings)."""

import os

os.environ.setdefault("NEWSDESK_PURE_PYTHON", "1")  # the sources, so the hooks are seen
