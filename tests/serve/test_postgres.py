"""The reader over PostgreSQL: the same pages and API answers as over SQLite."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from serve_corpus import fill

from newsdesk.corpus import open_store
from newsdesk.serve import create_app

pytestmark = pytest.mark.postgres


def test_pages_and_api_over_postgresql(postgres_url: str) -> None:
    with open_store(postgres_url) as store:
        ids = fill(store)
    capture = ids["hostile_capture"]
    with TestClient(create_app(postgres_url, cache_seconds=0)) as client:
        pages = ["/", "/stories", "/stories/s-brask", f"/articles/{ids['enriched']}",
                 "/search?q=Brask", "/search?q=Brask&kind=ticker", "/search?entity=Lev+Orsolin",
                 "/search", "/entities", "/entities/Lev%20Orsolin", "/outlets",
                 "/outlets/Hollow%20Bay%20Herald", "/failed", "/charts",
                 f"/captures/{capture}", f"/captures/{capture}/raw"]  # fmt: skip
        for path in pages:
            assert client.get(path).status_code == 200, path
        assert "Shelling of Brask market" in client.get("/").text
        assert "rebels" in client.get("/stories/s-brask").text
        search = client.get("/api/search", params={"q": "Brask"}).json()
        assert search["total"] >= 3 and "Hollow Bay Herald" in search["facets"]["outlet"]
        articles = client.get("/api/articles", params={"entity": "Lev Orsolin"}).json()
        assert articles["total"] == 1
        for path in ("/api/stories", "/api/entities", "/api/quotes", "/api/counts", "/api/events",
                     "/api/captures?failed=true"):  # fmt: skip
            assert client.get(path).json()["total"] >= 1, path
        assert client.get("/api/entities", params={"q": "Lev"}).json()["total"] == 1
