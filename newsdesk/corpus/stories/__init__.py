"""Stories across outlets: online clustering of articles that report the same event.

Importing this package registers the post-ingest hook, so every ingest batch is placed in
stories as it is stored (notes/corpus-api.md).
"""

from __future__ import annotations

from typing import Any

from newsdesk.corpus import register_post_ingest
from newsdesk.corpus.stories.cluster import ClusterParams, StoryClusterer
from newsdesk.corpus.stories.features import StoryItem
from newsdesk.corpus.stories.place import ClusterReport
from newsdesk.corpus.stories.records import get_story, list_stories
from newsdesk.corpus.stories.store import cluster_new, recluster


def _post_ingest(store: Any, article_ids: list[str]) -> None:
    cluster_new(store, article_ids)


register_post_ingest("stories", _post_ingest)

__all__ = [
    "ClusterParams",
    "ClusterReport",
    "StoryClusterer",
    "StoryItem",
    "cluster_new",
    "get_story",
    "list_stories",
    "recluster",
]
