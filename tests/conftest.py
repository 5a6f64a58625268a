"""Shared fixtures: a fresh SQLite database per test, and a real PostgreSQL server per session.

The PostgreSQL server is started from the Debian binaries (initdb + pg_ctl, see
newsdesk.corpus.pgtemp) in a temporary directory on a free loopback port; tests that need it are
skipped, with the reason, when the binaries are missing or the server will not start.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsdesk.corpus.pgtemp import PostgresUnavailable, TempPostgres


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[TempPostgres]:
    server = TempPostgres()
    try:
        server.start()
    except PostgresUnavailable as exc:
        pytest.skip(str(exc))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def _migrated_template(postgres_server: TempPostgres) -> str:
    """A database with every migration applied, copied for each test (much faster than
    migrating a fresh database every time)."""
    from newsdesk.corpus import open_store

    url = postgres_server.create_database()
    open_store(url).close()
    return url.rsplit("/", 1)[1]


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A fresh SQLite database file for one test."""
    return str(tmp_path / "corpus.db")


@pytest.fixture
def postgres_url(postgres_server: TempPostgres, _migrated_template: str) -> str:
    """A fresh, migrated PostgreSQL database for one test."""
    return postgres_server.create_database(template=_migrated_template)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> str:
    """A fresh database URL, once per backend."""
    if request.param == "sqlite":
        return str(request.getfixturevalue("sqlite_url"))
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def store(db_url: str) -> Iterator[object]:
    """An open, migrated corpus store on a fresh database, once per backend."""
    from newsdesk.corpus import open_store

    opened = open_store(db_url)
    yield opened
    opened.close()
