"""Named schema migrations, recorded in the database; opening an older database migrates it.

Each migration is idempotent (tables are created only if missing, columns added only if missing),
so a fresh database built from the current table definitions and an old database brought forward
step by step end in the same schema. Other stages may append their own migrations with
`register_migration` (names must be unique and are applied in registration order).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import Column, Connection, Engine, inspect, select, text

from newsdesk.corpus import schema as s
from newsdesk.corpus.db import WRITE

Migration = Callable[[Connection], None]


def _create(*tables: object) -> Migration:
    def run(conn: Connection) -> None:
        s.metadata.create_all(conn, tables=list(tables), checkfirst=True)

    return run


def add_column_if_missing(conn: Connection, table: str, column: Column) -> None:
    """ALTER TABLE ... ADD COLUMN, unless the column is there already."""
    present = {c["name"] for c in inspect(conn).get_columns(table)}
    if column.name in present:
        return
    ddl = column.type.compile(dialect=conn.dialect)
    conn.execute(text(f'ALTER TABLE {table} ADD COLUMN "{column.name}" {ddl}'))


_SQLITE_SEARCH = [
    """CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
        title, standfirst, body, content='articles', content_rowid='num',
        tokenize='porter unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER IF NOT EXISTS articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, standfirst, body)
        VALUES (new.num, new.title, new.standfirst, new.body); END""",
    """CREATE TRIGGER IF NOT EXISTS articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, standfirst, body)
        VALUES ('delete', old.num, old.title, old.standfirst, old.body); END""",
    """CREATE TRIGGER IF NOT EXISTS articles_fts_update
        AFTER UPDATE OF title, standfirst, body ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, standfirst, body)
        VALUES ('delete', old.num, old.title, old.standfirst, old.body);
        INSERT INTO articles_fts(rowid, title, standfirst, body)
        VALUES (new.num, new.title, new.standfirst, new.body); END""",
    """CREATE VIRTUAL TABLE IF NOT EXISTS ticker_fts USING fts5(
        text, attribution, content='ticker_items', content_rowid='num',
        tokenize='porter unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER IF NOT EXISTS ticker_fts_insert AFTER INSERT ON ticker_items BEGIN
        INSERT INTO ticker_fts(rowid, text, attribution)
        VALUES (new.num, new.text, new.attribution); END""",
    """CREATE TRIGGER IF NOT EXISTS ticker_fts_delete AFTER DELETE ON ticker_items BEGIN
        INSERT INTO ticker_fts(ticker_fts, rowid, text, attribution)
        VALUES ('delete', old.num, old.text, old.attribution); END""",
]

_PG_SEARCH = [
    """ALTER TABLE articles ADD COLUMN IF NOT EXISTS tsv tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(standfirst, '')), 'B') ||
        setweight(to_tsvector('english', left(body, 200000)), 'C')) STORED""",
    "CREATE INDEX IF NOT EXISTS ix_articles_tsv ON articles USING GIN (tsv)",
    """ALTER TABLE ticker_items ADD COLUMN IF NOT EXISTS tsv tsvector GENERATED ALWAYS AS (
        to_tsvector('english', text || ' ' || coalesce(attribution, ''))) STORED""",
    "CREATE INDEX IF NOT EXISTS ix_ticker_tsv ON ticker_items USING GIN (tsv)",
]


def _search_indexes(conn: Connection) -> None:
    statements = _SQLITE_SEARCH if conn.dialect.name == "sqlite" else _PG_SEARCH
    for statement in statements:
        conn.execute(text(statement))


def _search_rank(conn: Connection) -> None:
    """Title and standfirst weigh more than body; stored in FTS5 so `ORDER BY rank` uses it."""
    if conn.dialect.name == "sqlite":
        weights = "bm25(10.0, 4.0, 1.0)"
        conn.execute(
            text("INSERT INTO articles_fts(articles_fts, rank) VALUES ('rank', :w)"), {"w": weights}
        )


def _narrow_rows(conn: Connection) -> None:
    """PostgreSQL: move bodies and tsvectors out of line (TOAST) even when short, so a search
    that walks many matching rows for their dates reads narrow heap rows, not whole articles.
    Applies to rows written from now on (VACUUM FULL rewrites older ones)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("ALTER TABLE articles SET (toast_tuple_target = 128)"))


def _pg_title_search(conn: Connection) -> None:
    """PostgreSQL: a title-only tsvector and its index, so that search can add the articles
    whose headline matches to the newest matches it ranks (see search._pg_article_candidates)."""
    if conn.dialect.name != "postgresql":
        return
    conn.execute(
        text(
            """ALTER TABLE articles ADD COLUMN IF NOT EXISTS title_tsv tsvector GENERATED ALWAYS
            AS (to_tsvector('english', coalesce(title, ''))) STORED"""
        )
    )
    conn.execute(
        text("CREATE INDEX IF NOT EXISTS ix_articles_title_tsv ON articles USING GIN (title_tsv)")
    )


MIGRATIONS: list[tuple[str, Migration]] = [
    (
        "0001_core",
        _create(
            s.captures, s.pages, s.articles, s.ticker_items, s.ticker_sightings, s.links, s.errors
        ),
    ),
    ("0002_search", _search_indexes),
    ("0003_duplicates", _create(s.article_minhash, s.article_bands, s.duplicates)),
    (
        "0004_enrichment",
        _create(s.entities, s.mentions, s.quotes, s.counts, s.places, s.events, s.labels),
    ),
    ("0005_stories", _create(s.stories, s.story_articles)),
    ("0006_search_rank", _search_rank),
    ("0007_pg_narrow_article_rows", _narrow_rows),
    ("0008_site_profiles", _create(s.site_profiles)),
    ("0009_pg_title_search", _pg_title_search),
    (
        "0010_site_profile_stories",
        lambda conn: add_column_if_missing(conn, "site_profiles", s.site_profiles.c.stories),
    ),
]


def register_migration(name: str, migration: Migration) -> None:
    """Add a named migration (run after the built-in ones on the next open)."""
    if any(existing == name for existing, _ in MIGRATIONS):
        return
    MIGRATIONS.append((name, migration))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def applied_migrations(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        if not inspect(conn).has_table(s.migrations.name):
            return []
        return list(conn.scalars(select(s.migrations.c.name).order_by(s.migrations.c.name)))


def migrate(engine: Engine) -> list[str]:
    """Apply every migration not yet recorded; returns the names applied now."""
    applied_now: list[str] = []
    done = set(applied_migrations(engine))
    if len(done) >= len(MIGRATIONS) and all(name in done for name, _ in MIGRATIONS):
        return applied_now
    with engine.connect().execution_options(**WRITE) as conn, conn.begin():
        if conn.dialect.name == "postgresql":
            # Two processes opening a new database at once: one migrates, the other waits.
            conn.execute(text("SELECT pg_advisory_xact_lock(4242001)"))
        s.metadata.create_all(conn, tables=[s.migrations], checkfirst=True)
        done = set(conn.scalars(select(s.migrations.c.name)))
        for name, migration in MIGRATIONS:
            if name in done:
                continue
            migration(conn)
            conn.execute(s.migrations.insert().values(name=name, applied_at=_now()))
            applied_now.append(name)
    return applied_now
