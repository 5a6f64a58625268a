"""Open a database from a URL or path: SQLite (default) or PostgreSQL, one engine either way.

SQLite runs in WAL mode so readers keep reading while the one writer writes. Python's sqlite3
module opens transactions implicitly and late; we switch that off and issue BEGIN ourselves
(BEGIN IMMEDIATE for writers, so two writers queue on the lock instead of deadlocking on upgrade).
"""

from __future__ import annotations

import functools
import os
import re
import sqlite3
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, Dialect, Engine, create_engine, event, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.sql.expression import ClauseElement

from newsdesk.settings import setting

WRITE = {"newsdesk_write": True}


def engine_url(db: str | os.PathLike[str] | None = None) -> str:
    """The SQLAlchemy URL for a `--db` value: a path, a sqlite:// URL or a postgresql:// URL."""
    value = str(db) if db is not None else str(setting("db"))
    for prefix in ("postgresql://", "postgres://"):
        if value.startswith(prefix):
            return "postgresql+psycopg://" + value[len(prefix) :]
    if value.startswith(("postgresql+", "sqlite:")):
        try:
            make_url(value)
        except ArgumentError:
            raise ValueError(
                f"{value}: not a database URL (sqlite:///path/to/file.db, postgresql://...)"
            ) from None
        return value
    if "://" in value:
        raise ValueError(f"{value}: not a database newsdesk can open (a path or postgresql://)")
    return f"sqlite:///{value}"


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # we BEGIN ourselves (see module docstring)
    cursor = dbapi_connection.cursor()
    # New files only (a file's page size is fixed once it has tables). Raw captures run to
    # ~160 KB: in 16 KiB pages their overflow chains are a quarter as long, which saves the
    # writer ~0.2 ms a page; search latency on 100k articles measured the same (p95 ~25 ms).
    cursor.execute("PRAGMA page_size=16384")
    cursor.execute("PRAGMA journal_mode=WAL")
    # NORMAL in WAL mode loses nothing on a process crash (only on power loss), and is much faster.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=60000")
    cursor.execute("PRAGMA cache_size=-65536")
    cursor.close()


def _sqlite_begin(conn: Any) -> None:
    if conn.get_execution_options().get("newsdesk_write"):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


def make_engine(db: str | os.PathLike[str] | None = None) -> Engine:
    url = engine_url(db)
    if url.startswith("sqlite:"):
        engine = create_engine(url, connect_args={"timeout": 60})
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


# -- the driver's own cursor, for the writer's hot statements ---------------------------------
# SQLAlchemy Core costs 15-25 us a statement execution and a few more per row of an executemany
# (parameter processing) against ~1-2 us for the driver itself; ingest runs thousands of small
# statements. So the writer renders its hot statements' SQL once per dialect from the same
# SQLAlchemy tables and hands it, with plain rows, to the driver's cursor (sqlite3 or psycopg) of
# the caller's connection, inside the caller's transaction. Values must be what the driver takes
# as they are (str, int, float, bool, bytes, None): true of every column of the corpus schema.


@functools.cache
def _named(dialect_type: type[Dialect], paramstyle: str) -> Dialect:
    """A dialect of the same kind that renders named parameters (:name or %(name)s), so rows
    go to the driver as the dicts we build, not re-ordered into tuples."""
    if paramstyle in ("named", "pyformat"):
        return dialect_type(paramstyle=paramstyle)
    return dialect_type(paramstyle="named")


@functools.cache
def _render(
    statement: ClauseElement, dialect_type: type[Dialect], paramstyle: str, keys: tuple[str, ...]
) -> str:
    dialect = _named(dialect_type, paramstyle)
    if keys:
        return str(statement.compile(dialect=dialect, column_keys=list(keys)))
    return str(statement.compile(dialect=dialect))


def sql_text(conn: Connection, statement: ClauseElement, keys: Iterable[str] = ()) -> str:
    """The SQL of `statement` (built once, at import) for `conn`'s driver; for an INSERT,
    `keys` names the columns given."""
    dialect = conn.dialect
    return _render(statement, type(dialect), dialect.paramstyle, tuple(keys))


def driver_cursor(conn: Connection) -> Any:
    """A cursor of the driver connection under `conn`, in `conn`'s transaction."""
    return conn.connection.driver_connection.cursor()  # type: ignore[union-attr]


def run(conn: Connection, statement: ClauseElement, params: Mapping[str, Any]) -> Any:
    """Execute one statement with the driver; returns its cursor (for rows, if any)."""
    cursor = driver_cursor(conn)
    cursor.execute(sql_text(conn, statement, params if _is_insert(statement) else ()), params)
    return cursor


def run_many(conn: Connection, statement: ClauseElement, rows: list[dict[str, Any]]) -> None:
    """Execute an INSERT (or any statement) once per row with the driver's executemany. Rows
    that give other columns than the first row go in a statement of their own."""
    if not rows:
        return
    insert = _is_insert(statement)
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(tuple(row) if insert else (), []).append(row)
    cursor = driver_cursor(conn)
    for keys, group in groups.items():
        cursor.executemany(sql_text(conn, statement, keys), group)


def _is_insert(statement: ClauseElement) -> bool:
    return getattr(statement, "is_insert", False)


# -- many rows in one INSERT statement, on SQLite -----------------------------------------------
# SQLite runs each execution of an executemany as a statement of its own, and at the end of every
# statement in a transaction it syncs the virtual tables written so far: FTS5 (SQLite 3.40)
# writes its pending terms to a new index segment each time and merges segments as they pile up.
# With a full-text trigger on `articles`, one execution per article meant one segment per article
# (and the merging of them all). One statement of many rows flushes once.


_PARAM = re.compile(r":(\w+)")


@functools.cache
def _values_sql(single: str, count: int) -> tuple[str, tuple[str, ...]] | None:
    """A single-row INSERT's SQL (named parameters) as `count` rows of positional parameters,
    with the parameters' names in their order; None unless every value is a plain parameter and
    what follows the row (an ON CONFLICT clause) takes none."""
    head, sep, tail = single.partition(" VALUES (")
    values, close, rest = tail.partition(")")
    items = values.split(", ")
    names = tuple(m.group(1) for item in items if (m := _PARAM.fullmatch(item)))
    if not sep or not close or len(names) != len(items) or _PARAM.search(rest):
        return None
    row = "(" + ", ".join("?" * len(names)) + ")"
    return f"{head} VALUES {', '.join([row] * count)}{rest}", names


def insert_rows(conn: Connection, statement: ClauseElement, rows: list[dict[str, Any]]) -> None:
    """Execute an INSERT (no RETURNING) for every row, in row order, as `run_many` does; on SQLite
    the rows go in multi-row statements (as many as the driver's parameter limit allows): one
    statement for a batch of article rows. SQLite inserts a statement's rows one after the other,
    so an ON CONFLICT clause sees the rows before it, as it would in separate statements."""
    if conn.dialect.name != "sqlite" or len(rows) < 2:
        run_many(conn, statement, rows)
        return
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(tuple(row), []).append(row)
    driver = conn.connection.driver_connection  # type: ignore[union-attr]
    limit = driver.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    cursor = driver.cursor()
    for keys, group in groups.items():
        single = sql_text(conn, statement, keys)
        per = max(1, limit // max(len(keys), 1))
        for start in range(0, len(group), per):
            part = group[start : start + per]
            rendered = _values_sql(single, len(part))
            if rendered is None or len(rendered[1]) != len(keys):
                cursor.executemany(single, part)
                continue
            sql, names = rendered
            cursor.execute(sql, [row[name] for row in part for name in names])
