"""The reader's pages, through the app: content shown, filters, errors, degrading gracefully."""

from __future__ import annotations

from fastapi.testclient import TestClient

from newsdesk.corpus import open_store
from newsdesk.serve import create_app


def test_home_shows_stories_ticker_entities_and_outlets(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    html = response.text
    assert "Shelling of Brask market" in html  # the top story
    assert "Breaking" in html and "Dravina Casualty Watch:" in html  # ticker with attribution
    assert "Lev Orsolin" in html  # most-covered entities
    assert "Hollow Bay Herald" in html  # outlets
    assert 'href="/stories/s-brask"' in html


def test_home_on_an_empty_corpus_says_what_to_do(tmp_path) -> None:
    db = tmp_path / "empty.db"
    with TestClient(create_app(str(db), cache_seconds=0)) as client:
        response = client.get("/")
    assert response.status_code == 200
    assert "The corpus is empty" in response.text
    assert "newsdesk demo" in response.text


def test_story_page_shows_coverage_framing_quotes_counts(client: TestClient) -> None:
    html = client.get("/stories/s-brask").text
    assert "Coverage by outlet" in html
    assert "Hollow Bay Herald" in html
    assert "Framing: what each outlet calls them" in html
    assert "rebels" in html and "terrorists" in html
    assert "Quotes by speaker" in html and "did not fire a single shell" in html
    assert "Dravina Casualty Watch" in html  # who reports the count
    assert "<svg" in html  # timeline chart
    assert "On the tickers" in html and "Toll in Brask rises to 57" in html


def test_article_page_marks_entities_and_quotes(client: TestClient, ids) -> None:
    html = client.get(f"/articles/{ids['enriched']}").text
    assert '<a class="ent t-PERSON" href="/entities/Lev%20Orsolin">Lev Orsolin</a>' in html
    assert 'class="q q-direct"' in html
    assert '<h2 class="subhead">Aftermath</h2>' in html
    assert "By Mara Quell" in html
    assert "/captures/" in html and "/raw" in html  # the raw capture, one click away
    assert 'id="listen"' in html and "hidden" in html  # Listen appears only with JS


def test_unenriched_article_renders_plain_text(client: TestClient, store) -> None:
    plain = next(a for a in store.articles(with_body=False) if a.article.entities is None)
    response = client.get(f"/articles/{plain.id}")
    assert response.status_code == 200
    assert "Enriched</dt><dd>no" in response.text


def test_search_with_filters_and_facets(client: TestClient) -> None:
    html = client.get("/search", params={"q": "Brask"}).text
    assert "result" in html and "<mark>" in html
    assert "Outlet" in html and "Kind" in html  # facets
    params = {"q": "Brask", "outlet": "Hollow Bay Herald"}
    both = client.get("/search", params=params).text
    assert both.count('class="hit"') == 2  # its article and its ticker item
    one = client.get("/search", params={**params, "kind": "article"}).text
    assert one.count('class="hit"') == 1 and "Brask market toll rises" in one


def test_search_by_entity_without_words_browses_articles(client: TestClient) -> None:
    html = client.get("/search", params={"entity": "Lev Orsolin"}).text
    assert "1 article" in html
    assert "Brask market toll rises" in html


def test_bad_search_input_is_a_clear_400(client: TestClient) -> None:
    response = client.get("/search", params={"q": '"unbalanced'})
    assert response.status_code == 400
    assert "unbalanced double quote" in response.text
    response = client.get("/search", params={"q": "x", "since": "yesterday"})
    assert response.status_code == 400
    assert "since: &#39;yesterday&#39; is not a date" in response.text


def test_entity_page_shows_quotes_and_labels_per_outlet(client: TestClient) -> None:
    html = client.get("/entities/Northern Front").text
    assert "What each outlet calls Northern Front" in html
    assert "rebels" in html
    html = client.get("/entities/Lev Orsolin").text
    assert "did not fire a single shell" in html and "spokesman" in html


def test_outlet_failed_charts_and_capture_pages(client: TestClient, ids) -> None:
    assert "Hollow Bay Herald" in client.get("/outlets").text
    assert "Its words for them" in client.get("/outlets/Hollow Bay Herald").text
    failed = client.get("/failed").text
    assert "broken/empty.html" in failed and "empty file" in failed
    charts = client.get("/charts").text
    assert charts.count("<svg") == 2
    capture = client.get(f"/captures/{ids['hostile_capture']}").text
    assert "<iframe" in capture and " sandbox " in capture


def test_missing_things_are_404_pages(client: TestClient) -> None:
    for path in ("/stories/nope", "/articles/nope", "/entities/Nobody", "/outlets/Nobody",
                 "/captures/nope", "/captures/nope/raw", "/no/such/page"):  # fmt: skip
        response = client.get(path)
        assert response.status_code == 404, path
        assert "text/html" in response.headers["content-type"]


def test_pages_work_without_stories_or_enrichment(tmp_path) -> None:
    from serve_corpus import SAMPLES, add_capture

    from newsdesk.capture.files import iter_captures

    db = tmp_path / "plain.db"
    with open_store(db) as store:
        for capture in iter_captures([SAMPLES]):
            add_capture(store, capture.source, capture.data)
        first = next(store.articles(with_body=False))
    with TestClient(create_app(str(db), cache_seconds=0)) as client:
        for path in (
            "/",
            "/stories",
            "/entities",
            "/charts",
            "/search?q=the",
            f"/articles/{first.id}",
        ):
            assert client.get(path).status_code == 200, path
        assert "No stories yet" in client.get("/stories").text
