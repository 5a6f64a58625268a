"""The stories stage's own tables (`state.py`): registered as corpus migrations, and created on
demand for a store opened before this package registered them."""

from __future__ import annotations

from typing import Any

from newsdesk.corpus import register_migration
from newsdesk.corpus.stories.state import create_incremental_state, create_state_and_merges


def _migrate(conn: Any) -> None:
    create_state_and_merges(conn)


def _migrate_incremental(conn: Any) -> None:
    create_incremental_state(conn)


register_migration("stories_0001_state_and_merges", _migrate)
register_migration("stories_0002_incremental_state", _migrate_incremental)
_READY: set[int] = set()


def ensure_tables(store: Any) -> None:
    """Create our tables if the store was opened before this module registered its migrations."""
    if id(store.engine) not in _READY:
        with store.write() as conn:
            _migrate(conn)
            _migrate_incremental(conn)
        _READY.add(id(store.engine))
