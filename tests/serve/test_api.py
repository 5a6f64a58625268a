"""The JSON API: every endpoint, its filters and pagination, bad parameters, and writes."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from serve_harness import TOKEN

LISTS = ("/api/articles", "/api/stories", "/api/entities", "/api/quotes", "/api/counts",
         "/api/events", "/api/captures")  # fmt: skip


def error_of(response) -> str:
    body = response.json()
    assert set(body) == {"error"} and body["error"]["status"] == response.status_code
    return body["error"]["message"]


@pytest.mark.parametrize("path", LISTS)
def test_lists_are_paginated(client: TestClient, path: str) -> None:
    first = client.get(path, params={"limit": 1}).json()
    assert set(first) >= {"items", "total", "limit", "offset", "next"}
    assert first["limit"] == 1 and len(first["items"]) == min(1, first["total"])
    assert first["total"] >= 1, path
    if first["total"] > 1:
        assert "offset=1" in first["next"]
        second = client.get(first["next"]).json()
        assert second["offset"] == 1 and second["items"] != first["items"]
    else:
        assert first["next"] is None


@pytest.mark.parametrize("path", [*LISTS, "/api/search"])
@pytest.mark.parametrize(
    ("params", "field"),
    [({"limit": 0}, "limit"), ({"limit": 201}, "limit"), ({"offset": -1}, "offset"),
     ({"limit": "ten"}, "limit")],
)  # fmt: skip
def test_bad_paging_is_a_clear_422(client: TestClient, path: str, params, field: str) -> None:
    words = {"q": "Brask"} if path == "/api/search" else {}
    response = client.get(path, params={**words, **params})
    assert response.status_code == 422
    assert error_of(response).startswith(f"{field}:")


def test_articles_filters(client: TestClient) -> None:
    everything = client.get("/api/articles", params={"limit": 200}).json()
    by_outlet = client.get("/api/articles", params={"outlet": "Radio Ardent"}).json()
    assert 0 < by_outlet["total"] < everything["total"]
    assert {a["outlet"] for a in by_outlet["items"]} == {"Radio Ardent"}
    dated = client.get("/api/articles", params={"since": "2026-01-01", "until": "2026-12-31"})
    assert {a["outlet"] for a in dated.json()["items"]} >= {"Hollow Bay Herald"}
    assert all(a["date"] >= "2026" for a in dated.json()["items"])
    digest = client.get("/api/articles", params={"kind": "digest-entry"}).json()
    assert digest["total"] >= 1 and {a["role"] for a in digest["items"]} == {"digest-entry"}
    named = client.get("/api/articles", params={"entity": "Lev Orsolin"}).json()
    assert [a["title"] for a in named["items"]] == [
        "Brask market toll rises as Northern Front denies shelling"
    ]


def test_bad_filters(client: TestClient) -> None:
    for params, text in (
        ({"since": "last week"}, "since:"),
        ({"since": "2026-02-30"}, "since:"),
        ({"kind": "opinion"}, "kind:"),
    ):
        response = client.get("/api/articles", params=params)
        assert response.status_code == 422, params
        assert text in error_of(response)
    response = client.get("/api/articles", params={"since": "2026-03-02", "until": "2026-03-01"})
    assert response.status_code == 400 and "after until" in error_of(response)
    response = client.get("/api/articles", params={"kind": "ticker"})
    assert response.status_code == 400 and "/api/search" in error_of(response)


def test_one_article_has_contract_fields_and_enrichment(client: TestClient, ids) -> None:
    article = client.get(f"/api/articles/{ids['enriched']}").json()
    assert article["title"] == "Brask market toll rises as Northern Front denies shelling"
    assert article["story_id"] == "s-brask"
    assert article["quotes"][0]["speaker"] == "Lev Orsolin"
    assert article["counts"][0]["number"] == 57
    assert article["raw_url"].startswith("/captures/")
    assert client.get(article["raw_url"]).content == b"{enriched}"
    response = client.get("/api/articles/does-not-exist")
    assert response.status_code == 404 and "does-not-exist" in error_of(response)


def test_stories(client: TestClient) -> None:
    stories = client.get("/api/stories").json()
    assert [s["id"] for s in stories["items"]][:1] == ["s-brask"]
    brask = client.get("/api/stories/s-brask").json()
    assert brask["article_count"] == len(brask["articles"]) >= 4
    assert "Hollow Bay Herald" in brask["coverage"]
    assert brask["framing"]["Northern Front"]["Hollow Bay Herald"] == ["rebels", "terrorists"]
    assert brask["quotes"]["Lev Orsolin"][0]["content"].startswith("The Front did not")
    by_outlet = client.get("/api/stories", params={"outlet": "Hollow Bay Herald"}).json()
    assert [s["id"] for s in by_outlet["items"]] == ["s-brask"]
    assert client.get("/api/stories/nope").status_code == 404


def test_search(client: TestClient) -> None:
    result = client.get("/api/search", params={"q": "Brask"}).json()
    assert result["total"] >= 3
    hit = result["items"][0]
    assert set(hit) >= {"id", "title", "outlet", "published", "source", "snippet", "score", "kind"}
    assert "Radio Ardent" in result["facets"]["outlet"]
    tickers = client.get("/api/search", params={"q": "Brask", "kind": "ticker"}).json()
    assert tickers["total"] >= 1 and {h["kind"] for h in tickers["items"]} == {"ticker"}
    named = client.get("/api/search", params={"q": "Brask", "entity": "Lev Orsolin"}).json()
    assert [h["id"] for h in named["items"]] == [
        h["id"] for h in result["items"] if h["title"].startswith("Brask market toll")
    ]


def test_bad_search(client: TestClient) -> None:
    assert client.get("/api/search").status_code == 422  # q is required
    response = client.get("/api/search", params={"q": '"open'})
    assert response.status_code == 400 and "unbalanced double quote" in error_of(response)
    response = client.get("/api/search", params={"q": "-only"})
    assert response.status_code == 400 and "nothing to search for" in error_of(response)
    response = client.get("/api/search", params={"q": "x" * 501})
    assert response.status_code == 422


def test_entities_quotes_counts_events(client: TestClient) -> None:
    entities = client.get("/api/entities", params={"q": "Lev"}).json()
    assert [e["name"] for e in entities["items"]] == ["Lev Orsolin"]
    assert client.get("/api/entities", params={"q": "%"}).json()["total"] == 0  # LIKE-escaped
    entity = client.get("/api/entities/Northern Front").json()
    assert entity["labels"]["Hollow Bay Herald"][0]["label"] in {"rebels", "terrorists"}
    assert client.get("/api/entities/Nobody").status_code == 404
    quotes = client.get("/api/quotes", params={"speaker": "Lev Orsolin"}).json()
    assert quotes["total"] == 1 and quotes["items"][0]["outlet"] == "Hollow Bay Herald"
    counts = client.get("/api/counts", params={"kind": "killed", "outlet": "Hollow Bay Herald"})
    assert [c["number"] for c in counts.json()["items"]] == [57]
    events = client.get("/api/events", params={"type": "shelling"}).json()
    assert events["total"] == 1 and events["items"][0]["place"] == "Brask"
    assert client.get("/api/events", params={"since": "soon"}).status_code == 422


def test_captures(client: TestClient, ids) -> None:
    failed = client.get("/api/captures", params={"failed": "true"}).json()
    assert ids["broken_sha"] in {c["sha256"] for c in failed["items"]}
    clean = client.get("/api/captures", params={"failed": "false"}).json()
    assert ids["broken_sha"] not in {c["sha256"] for c in clean["items"]}
    one = client.get(f"/api/captures/{ids['broken_sha']}").json()
    assert one["errors"][0]["stage"] == "extract" and "empty" in one["errors"][0]["error"]
    assert client.get("/api/captures", params={"failed": "maybe"}).status_code == 422
    assert client.get("/api/captures/0000").status_code == 404


def test_stats_and_openapi(client: TestClient) -> None:
    stats = client.get("/api/stats").json()
    assert stats["articles"] >= 20 and stats["errors"] >= 1
    spec = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    assert {"/api/articles", "/api/articles/{article_id}", "/api/stories", "/api/search",
            "/api/entities", "/api/quotes", "/api/counts", "/api/events", "/api/captures",
            "/api/captures/{sha256}"} <= paths  # fmt: skip
    assert "post" in spec["paths"]["/api/captures"]
    assert not any(p.startswith(("/articles", "/search")) for p in paths)  # pages stay out
    assert client.get("/docs").status_code == 404  # no CDN-backed Swagger page


PAGE = (b"<html><head><title>Sarnet bridge reopens</title></head><body><article>"
        b"<h1>Sarnet bridge reopens after repairs</h1><p class='byline'>By Ana Lind</p>"
        + b"<p>The bridge over the Aun river at Sarnet reopened on Tuesday after three weeks of "
        b"repairs, the provincial council said, and traffic resumed by the afternoon.</p>" * 4
        + b"</article></body></html>")  # fmt: skip


def test_writes_are_off_without_a_token(client: TestClient) -> None:
    response = client.post("/api/captures", content=PAGE, headers={"content-type": "text/html"})
    assert response.status_code == 403
    assert "NEWSDESK_TOKEN" in error_of(response)


def test_writes_need_the_right_bearer_token(writer: TestClient) -> None:
    for headers in ({}, {"authorization": "Bearer wrong"}, {"authorization": f"Basic {TOKEN}"}):
        response = writer.post("/api/captures?source=x.html", content=PAGE, headers=headers)
        assert response.status_code == 401, headers
        assert response.headers["www-authenticate"] == "Bearer"
        error_of(response)


def test_post_capture_ingests_it(writer: TestClient) -> None:
    auth = {"authorization": f"Bearer {TOKEN}", "content-type": "text/html"}
    response = writer.post(
        "/api/captures",
        params={"source": "https://sarnet.example/bridge", "captured_at": "2025-03-12T10:00:00"},
        content=PAGE,
        headers=auth,
    )
    assert response.status_code == 201, response.text
    report = response.json()
    assert report["pages"] == 1 and report["articles"] == 1 and report["new_captures"] == 1
    found = writer.get("/api/search", params={"q": "Sarnet bridge"}).json()
    assert found["items"][0]["title"] == "Sarnet bridge reopens after repairs"
    again = writer.post("/api/captures?source=again", content=PAGE, headers=auth).json()
    assert again["new_captures"] == 0 and again["pages"] == 0  # same bytes: nothing added
    capture = writer.get(f"/api/captures/{report['sha256']}").json()
    assert capture["source"] == "https://sarnet.example/bridge"


def test_post_capture_as_multipart_and_bad_uploads(writer: TestClient) -> None:
    auth = {"authorization": f"Bearer {TOKEN}"}
    files = {"file": ("bridge.html", PAGE, "text/html")}
    response = writer.post("/api/captures", files=files, data={"url": "https://x.example/b"},
                           headers=auth)  # fmt: skip
    assert response.status_code == 201 and response.json()["pages"] == 1
    empty = writer.post("/api/captures", content=b"  ", headers=auth)
    assert empty.status_code == 422 and "empty" in error_of(empty)
    no_file = writer.post("/api/captures", data={"url": "x"}, files={"other": ("a", b"b")},
                          headers=auth)  # fmt: skip
    assert no_file.status_code == 422 and "'file'" in error_of(no_file)
    bad_date = writer.post("/api/captures?captured_at=noon", content=PAGE, headers=auth)
    assert bad_date.status_code == 422 and "captured_at" in error_of(bad_date)


def test_post_capture_over_the_size_limit(writer: TestClient, monkeypatch) -> None:
    monkeypatch.setenv("NEWSDESK_MAX_CAPTURE_BYTES", "100")
    auth = {"authorization": f"Bearer {TOKEN}"}
    response = writer.post("/api/captures", content=PAGE, headers=auth)
    assert response.status_code == 413 and "larger than 100 bytes" in error_of(response)


def test_a_capture_that_fails_is_kept_with_its_error(writer: TestClient) -> None:
    auth = {"authorization": f"Bearer {TOKEN}"}
    binary = bytes(range(256)) * 8
    response = writer.post("/api/captures?source=blob.bin", content=binary, headers=auth)
    assert response.status_code == 201
    assert response.json()["errors"] == 1 and response.json()["pages"] == 0
    failed = writer.get("/api/captures", params={"failed": "true"}).json()
    assert response.json()["sha256"] in {c["sha256"] for c in failed["items"]}
