"""Post-ingest hooks: code that runs after each batch of pages is committed.

A hook is `fn(store, article_ids)`; it gets the ids of the articles just written (new or rewritten)
and may write to the store itself (e.g. incremental story clustering). A run that writes no
article calls each hook once, at its end, with no ids: the hook's chance to finish what a killed
run left undone (the stories hook places articles written but not yet placed). A hook that raises is
recorded as an error of stage `hook:<name>`; ingest goes on.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

PostIngestHook = Callable[[Any, list[str]], None]

_HOOKS: dict[str, PostIngestHook] = {}

# Modules that register hooks when imported; imported lazily by `post_ingest_hooks()` so that
# the corpus works without them (and they may import the corpus freely).
HOOK_MODULES = ["newsdesk.corpus.stories"]


def register_post_ingest(name: str, hook: PostIngestHook) -> None:
    """Run `hook(store, article_ids)` after every committed ingest batch (one hook per name)."""
    _HOOKS[name] = hook


def unregister_post_ingest(name: str) -> None:
    _HOOKS.pop(name, None)


def post_ingest_hooks() -> dict[str, PostIngestHook]:
    for module in HOOK_MODULES:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name is None or not module.startswith(exc.name):
                raise
    return dict(_HOOKS)
