"""The `newsdesk` command: each sub-command is a thin wrapper over one library function.

Command modules register themselves on the shared app when imported; one module per stage.
"""

from __future__ import annotations

from newsdesk.cli import (
    corpus_cmd,  # noqa: F401  (registers commands)
    enrich_cmd,  # noqa: F401  (registers commands)
    eval_dates_cmd,  # noqa: F401  (registers commands)
    eval_extraction_cmd,  # noqa: F401  (registers commands)
    eval_unseen_cmd,  # noqa: F401  (registers commands)
    extract_cmd,  # noqa: F401  (registers commands)
    serve_cmd,  # noqa: F401  (registers commands)
    stories_cmd,  # noqa: F401  (registers commands)
)
from newsdesk.cli._app import app


def main() -> None:
    app()
