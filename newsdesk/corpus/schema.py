"""The corpus schema, as SQLAlchemy Core tables shared by the SQLite and PostgreSQL backends.

Dates are ISO-8601 text on both backends: they sort as text, survive any precision the page gave
("2024-11-29" or "2024-12-12T05:45:00") and read back exactly as written. Lists that are only ever
read whole (authors, tags, images) are JSON text; lists that are queried (entities, quotes, counts,
places, events, labels, ticker sightings, links) have their own tables.

Integer `num` columns are surrogate keys for the full-text indexes (FTS5 needs an integer rowid);
the public ids are the text `id`/`sha256` columns.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

migrations = Table(
    "schema_migrations",
    metadata,
    Column("name", String(200), primary_key=True),
    Column("applied_at", String(40), nullable=False),
)

captures = Table(
    "captures",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("data", LargeBinary, nullable=False),
    Column("source", Text, nullable=False),  # path or URL as given
    Column("url", Text),
    Column("captured_at", String(40)),
    Column("content_type", String(200)),
    Column("size", Integer, nullable=False),
    Column("stored_at", String(40), nullable=False),
)

pages = Table(
    "pages",
    metadata,
    Column("capture_sha256", String(64), ForeignKey("captures.sha256"), primary_key=True),
    Column("source", Text, nullable=False),
    Column("format", String(40), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("site", Text),
    Column("captured_at", String(40)),
    Column("extract_version", String(40), nullable=False),
    Column("enrich_version", String(40)),  # null: not enriched
    Column("article_count", Integer, nullable=False),
    Column("stored_at", String(40), nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("num", Integer, primary_key=True, autoincrement=True),
    Column("id", String(40), nullable=False, unique=True),  # <capture sha256[:16]>-<position>
    Column(
        "capture_sha256",
        String(64),
        ForeignKey("pages.capture_sha256", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("position", Integer, nullable=False),
    Column("role", String(20), nullable=False),
    Column("title", Text, nullable=False),
    Column("standfirst", Text),
    Column("authors", Text, nullable=False),  # JSON list
    Column("outlet", Text, nullable=False),
    Column("credit", Text),
    Column("published", String(40)),
    Column("published_text", Text),
    # published, else the capture time: what date filters and the recency boost use.
    Column("date", String(40)),
    Column("reading_minutes", Integer),
    Column("shares", Integer),
    Column("section", Text),
    Column("tags", Text, nullable=False),  # JSON list
    Column("images", Text, nullable=False),  # JSON list of {caption, credit}
    Column("headings", Text, nullable=False),  # JSON list
    Column("body", Text, nullable=False),
    Column("url", Text),
    Column("language", String(20)),
    Column("summary", Text),
    # The enrichment lists as enrich produced them (JSON object), for a lossless read-back;
    # the queryable copies live in the fact tables below. Null: not enriched.
    Column("enrichment", Text),
    Column("body_sha256", String(64), nullable=False),
    Index("ix_articles_capture", "capture_sha256", "position"),
    Index("ix_articles_outlet_date", "outlet", "date"),
    Index("ix_articles_date", "date"),
    Index("ix_articles_body_sha", "body_sha256"),
)

ticker_items = Table(
    "ticker_items",
    metadata,
    Column("num", Integer, primary_key=True, autoincrement=True),
    Column("id", String(40), nullable=False, unique=True),  # hash of normalised text+attribution
    Column("text", Text, nullable=False),
    Column("attribution", Text),
    Column("first_seen", String(40)),
    Column("last_seen", String(40)),
)

ticker_sightings = Table(
    "ticker_sightings",
    metadata,
    Column("item_id", String(40), ForeignKey("ticker_items.id"), primary_key=True),
    Column(
        "capture_sha256",
        String(64),
        ForeignKey("pages.capture_sha256", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("position", Integer, primary_key=True),
    Column("site", Text),
    Column("captured_at", String(40)),
    Index("ix_ticker_sightings_capture", "capture_sha256"),
)

links = Table(
    "links",
    metadata,
    Column(
        "capture_sha256",
        String(64),
        ForeignKey("pages.capture_sha256", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("position", Integer, primary_key=True),
    Column("list", Text, nullable=False),
    Column("title", Text, nullable=False),
    Column("section", Text),
    Column("date", Text),
    Column("url", Text),
)

errors = Table(
    "errors",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("capture_sha256", String(64)),  # null when nothing could be captured (a failed fetch)
    Column("source", Text, nullable=False),
    Column("stage", String(40), nullable=False),
    Column("stage_version", String(40), nullable=False),
    Column("error", Text, nullable=False),
    Column("attempted_at", String(40), nullable=False),
    Column("resolved_at", String(40)),  # set when a later run of the stage succeeded
    Index("ix_errors_capture_stage", "capture_sha256", "stage"),
)

# Near-duplicate detection: each article's MinHash signature and its LSH band keys.
article_minhash = Table(
    "article_minhash",
    metadata,
    Column(
        "article_id", String(40), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("signature", LargeBinary, nullable=False),
)

article_bands = Table(
    "article_bands",
    metadata,
    Column("band", Integer, primary_key=True),
    Column("key", String(32), primary_key=True),
    Column(
        "article_id",
        String(40),
        ForeignKey("articles.id", ondelete="CASCADE"),
        primary_key=True,
    ),
)

# One row per non-canonical article: it duplicates `canonical_id`. Never deletes anything.
duplicates = Table(
    "duplicates",
    metadata,
    Column(
        "article_id", String(40), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("canonical_id", String(40), nullable=False),
    # "capture": same article captured again; "version": same outlet, text changed;
    # "syndicated": another outlet published it.
    Column("relation", String(20), nullable=False),
    Column("similarity", Float, nullable=False),
    Index("ix_duplicates_canonical", "canonical_id"),
)


def _fact(name: str, *columns: Column) -> Table:
    """An enrichment fact table: rows belong to one article, ordered by position."""
    return Table(
        name,
        metadata,
        Column(
            "article_id",
            String(40),
            ForeignKey("articles.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        Column("position", Integer, primary_key=True),
        *columns,
        Column("start", Integer),
        Column("end", Integer),
    )


entities = Table(
    "entities",
    metadata,
    Column(
        "article_id", String(40), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("entity_id", String(200), primary_key=True),  # enrich's id, unique within the article
    Column("name", Text, nullable=False),
    Column("type", String(40), nullable=False),
    Column("aliases", Text, nullable=False),  # JSON list
    Column("roles", Text, nullable=False),  # JSON list
    Column("mention_count", Integer, nullable=False),
    Index("ix_entities_name", "name"),
    Index("ix_entities_type_name", "type", "name"),
)

mentions = _fact(
    "mentions",
    Column("entity_id", String(200), nullable=False),
    Column("text", Text, nullable=False),
)

quotes = _fact(
    "quotes",
    Column("speaker", Text),
    Column("speaker_text", Text),
    Column("cue", Text),
    Column("content", Text, nullable=False),
    Column("direct", Boolean, nullable=False),
)
Index("ix_quotes_speaker", quotes.c.speaker)

counts = _fact(
    "counts",
    Column("kind", String(40), nullable=False),
    Column("number", Integer, nullable=False),
    Column("number_text", Text),
    Column("qualifier", Text),
    Column("group", Text),
    Column("place", Text),
    Column("reporter", Text),
)
Index("ix_counts_kind", counts.c.kind)

places = _fact(
    "places",
    Column("name", Text, nullable=False),
    Column("lat", Float),
    Column("lon", Float),
    Column("country", Text),
)
Index("ix_places_name", places.c.name)

events = _fact(
    "events",
    Column("type", String(80), nullable=False),
    Column("actors", Text, nullable=False),  # JSON list
    Column("targets", Text, nullable=False),  # JSON list
    Column("place", Text),
    Column("date", String(40)),
    Column("dead", Integer),
    Column("wounded", Integer),
)
Index("ix_events_type", events.c.type)

labels = _fact(
    "labels",
    Column("entity", Text, nullable=False),
    Column("label", Text, nullable=False),
    Column("kind", String(20), nullable=False),
)

# Story assignments, written by newsdesk.corpus.stories (see notes/corpus-api.md).
stories = Table(
    "stories",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("title", Text, nullable=False),
    Column("first_seen", String(40)),
    Column("last_seen", String(40)),
    Column("article_count", Integer, nullable=False, default=0),
    Column("data", Text),  # JSON object: whatever else the stories stage wants to keep
    Column("updated_at", String(40), nullable=False),
)

story_articles = Table(
    "story_articles",
    metadata,
    Column(
        "article_id", String(40), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("story_id", String(40), ForeignKey("stories.id", ondelete="CASCADE"), nullable=False),
    Column("score", Float),
    Column("method_version", String(40)),
    Index("ix_story_articles_story", "story_id"),
)

FACT_TABLES = {
    "mentions": mentions,
    "quotes": quotes,
    "counts": counts,
    "places": places,
    "events": events,
    "labels": labels,
}

# What the text reader has learnt about each site from its captures: how many captures were seen
# and, for each short line (normalised by newsdesk.extract.profile), in how many of them it was.
site_profiles = Table(
    "site_profiles",
    metadata,
    Column("site", String(200), primary_key=True),
    Column("captures", Integer, nullable=False, default=0),
    Column("lines", Text, nullable=False),  # JSON object: line key -> captures it was in
    Column("updated_at", String(40), nullable=False),
    # JSON list: the stories counted (a key per headline), so another capture or version of the
    # same story does not teach its own lines as the site's chrome.
    Column("stories", Text),
)
