"""The corpus: store, search, deduplicate and export what was ingested (notes/corpus-api.md)."""

from newsdesk.corpus.hooks import register_post_ingest
from newsdesk.corpus.migrate import register_migration
from newsdesk.corpus.read import QueryError, StoredArticle
from newsdesk.corpus.search import Hit
from newsdesk.corpus.store import Store, open_store

__all__ = [
    "Hit",
    "QueryError",
    "Store",
    "StoredArticle",
    "open_store",
    "register_migration",
    "register_post_ingest",
]
