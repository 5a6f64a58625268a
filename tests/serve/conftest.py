"""Fixtures for the reader: a fresh corpus per test, the app, a live server, real Chromium."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from serve_corpus import fill
from serve_harness import CHROMIUM, CHROMIUM_ARGS, TOKEN, LiveServer

from newsdesk.corpus import Store, open_store
from newsdesk.serve import create_app


@pytest.fixture(scope="session")
def filled_corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """One filled corpus file per session; each test gets its own copy (see `db_path`)."""
    path = tmp_path_factory.mktemp("serve-template") / "corpus.db"
    with open_store(path) as store:
        ids = fill(store)
    # Fold the WAL into the file, outside any transaction, so a copy of the file is complete.
    with sqlite3.connect(path, isolation_level=None) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path, ids


@pytest.fixture
def db_path(tmp_path: Path, filled_corpus: tuple[Path, dict[str, str]]) -> Path:
    """A fresh database for this test: a copy of the filled template, nothing shared."""
    path = tmp_path / "corpus.db"
    shutil.copyfile(filled_corpus[0], path)
    return path


@pytest.fixture
def ids(filled_corpus: tuple[Path, dict[str, str]]) -> dict[str, str]:
    """The ids of the items tests look at (the same in every copy)."""
    return filled_corpus[1]


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with open_store(db_path) as opened:
        yield opened


@pytest.fixture
def client(db_path: Path, ids: dict[str, str]) -> Iterator[TestClient]:
    app = create_app(str(db_path), cache_seconds=0)
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture
def writer(db_path: Path, ids: dict[str, str]) -> Iterator[TestClient]:
    app = create_app(str(db_path), token=TOKEN, cache_seconds=0)
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture
def live_server(db_path: Path, ids: dict[str, str]) -> Iterator[LiveServer]:
    with LiveServer(create_app(str(db_path), cache_seconds=0)) as server:
        yield server


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed at /usr/bin/chromium (.ci/run installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield launched
        launched.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    opened = context.new_page()
    yield opened
    context.close()
