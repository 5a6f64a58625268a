"""Search on both backends: ranking, recency, filters, kinds, snippets, and hostile queries."""

from __future__ import annotations

import pytest

from newsdesk.corpus import QueryError
from newsdesk.corpus.search_query import parse_query
from newsdesk.records import Article, Capture, Page, TickerItem


def _add(store, n: int, *articles: Article, ticker=(), site="Varn Herald", when="2031-03-05"):
    sha, _ = store.add_capture(Capture(source=f"page{n}.html", data=f"bytes {n}".encode()))
    page = Page(
        source=f"page{n}.html",
        format="html",
        kind="digest" if any(a.role == "digest-entry" for a in articles) else "article",
        site=site,
        captured_at=when,
        articles=list(articles),
        ticker=list(ticker),
    )
    return store.add_page(sha, page, extract_version="x")


def _article(title: str, body: str, outlet: str, published: str, role: str = "main") -> Article:
    return Article(role=role, title=title, body=body, outlet=outlet, published=published)


@pytest.fixture
def corpus(store):
    _add(
        store,
        1,
        _article(
            "Harbour cranes idle",
            "Dockworkers at Port Ilse stopped the cranes "
            "over pay. The harbour authority said talks resume Monday.",
            "Ilse Courier",
            "2031-03-01",
        ),
    )
    _add(
        store,
        2,
        _article(
            "Cranes return at Port Ilse",
            "The harbour reopened after a pay deal with dockworkers; cranes moved cargo again.",
            "Varn Herald",
            "2031-03-05",
        ),
    )
    _add(
        store,
        3,
        _article(
            "Old strike remembered",
            "Dockworkers struck the harbour in 2001 over pay; the cranes stood idle for a month.",
            "Ilse Courier",
            "2029-06-01",
        ),
    )
    _add(
        store,
        4,
        _article(
            "Orchard frost",
            "Frost hit the orchards of the upper valley; growers "
            "<script>alert(1)</script> lit fires between the rows.",
            "Valley Times",
            "2031-03-04",
        ),
    )
    _add(
        store,
        5,
        _article(
            "Dockworkers elsewhere",
            "Dockworkers in Tarn joined the pay talks; harbour trade slowed.",
            "tarn.example",
            "2031-03-03",
            role="digest-entry",
        ),
        ticker=[TickerItem("Harbour authority: talks with dockworkers resume Monday", None)],
    )
    return store  # fmt: skip


def test_relevance_and_recency(corpus) -> None:
    hits = corpus.search("dockworkers pay", kind="article")
    assert hits[0].published.startswith("2031")
    # The 2029 article matches as well as the others but is two years older: it ranks last.
    assert hits[-1].title == "Old strike remembered"
    assert all(h.score > 0 for h in hits)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_hit_shape_matches_the_contract(corpus) -> None:
    hit = corpus.search("orchards")[0]
    assert set(hit.to_dict()) == {
        "id", "title", "outlet", "published", "source", "snippet", "score", "kind"
    }  # fmt: skip
    assert hit.source == "page4.html" and hit.outlet == "Valley Times" and hit.kind == "article"
    assert corpus.get_article(hit.id).article.title == "Orchard frost"


def test_snippets_are_highlighted_and_html_safe(corpus) -> None:
    hit = corpus.search("growers")[0]
    assert "<mark>growers</mark>" in hit.snippet
    # Text is escaped (SQLite) or tags dropped by ts_headline (PostgreSQL): never live markup.
    assert "<script>" not in hit.snippet and "alert(1)" in hit.snippet


def test_filters_and_kinds(corpus) -> None:
    assert {h.outlet for h in corpus.search("harbour", outlet="ilse courier")} == {"Ilse Courier"}
    recent = corpus.search("harbour", since="2031-03-02", until="2031-03-05")
    assert {h.published[:10] for h in recent} <= {"2031-03-03", "2031-03-05"}
    assert [h.kind for h in corpus.search("tarn")] == ["digest-entry"]
    ticker = corpus.search("resume", kind="ticker")
    assert [h.kind for h in ticker] == ["ticker"]
    assert "<mark>" in ticker[0].snippet and ticker[0].source == "page5.html"
    assert {h.kind for h in corpus.search("dockworkers")} == {"article", "digest-entry", "ticker"}


def test_query_language(corpus) -> None:
    assert {h.title for h in corpus.search('"upper valley"')} == {"Orchard frost"}
    assert {h.title for h in corpus.search("orch*")} == {"Orchard frost"}
    either = {h.title for h in corpus.search("frost OR strike", kind="article")}
    assert either == {"Orchard frost", "Old strike remembered"}
    without = {h.title for h in corpus.search("cranes -idle", kind="article")}
    assert without == {"Cranes return at Port Ilse"}
    assert corpus.search("zeppelin") == []


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ('"unclosed phrase', "unbalanced"),
        ("", "nothing to search"),
        ("-only -negative", "nothing to search"),
        ("OR frost", "OR needs"),
        ("frost OR", "OR needs"),
        ("*** ((( )))", "nothing to search"),
    ],
)
def test_malformed_queries_get_a_clear_message(corpus, query: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        corpus.search(query)


@pytest.mark.parametrize(
    "query",
    [
        "frost'; DROP TABLE articles; --",
        "title:frost",
        "NEAR(frost orchards)",
        "frost AND NOT orchards",
        "frost) OR (1=1",
        "{title} : frost ^ 2",
        "frost\x00",
    ],
)
def test_query_syntax_is_never_passed_through(corpus, query: str) -> None:
    hits = corpus.search(query)
    assert all(isinstance(h.score, float) for h in hits)
    assert corpus.stats()["articles"] == 5


def test_bad_filters_are_clear(corpus) -> None:
    with pytest.raises(QueryError, match="--since"):
        corpus.search("frost", since="last tuesday")
    with pytest.raises(QueryError, match="--kind"):
        corpus.search("frost", kind="podcast")
    with pytest.raises(QueryError, match="--limit"):
        corpus.search("frost", limit=0)


def test_parse_query_structure() -> None:
    parsed = parse_query('dock* "pay deal" strike OR lockout -idle')
    assert [[t.text for t in g] for g in parsed.groups] == [
        ["dock"],
        ["pay deal"],
        ["strike", "lockout"],
    ]
    assert parsed.groups[0][0].prefix and [t.text for t in parsed.excluded] == ["idle"]


def test_an_older_headline_match_is_ranked_among_many_newer_mentions(store) -> None:
    from newsdesk.corpus import search

    many = search.PG_POOL + 20 if store.backend == "postgresql" else 30
    body = "The keepers walked out over pay and the lamps went dark along the coast for a night."
    old = _article("Lighthouse keepers strike", body, "Ilse Courier", "2030-06-01")
    _add(store, 0, old)
    for n in range(1, many + 1):
        day = f"2031-{1 + n % 12:02d}-{1 + n % 28:02d}"
        body = f"Item {n}: a ferry passed the lighthouse at dawn, and the harbour log noted it."
        _add(store, n, _article(f"Harbour log number {n}", body, "Varn Herald", day), when=day)
    # Newer articles only mention the word; the older one is about it. PostgreSQL ranks a pool
    # of matches, not all of them: the headline match must be in it, and near the top.
    titles = [hit.title for hit in store.search("lighthouse", limit=10)]
    assert "Lighthouse keepers strike" in titles


def test_words_with_combining_marks_are_found_whole(store) -> None:
    # Devanagari vowel signs and a decomposed accent are marks, not letters: a query parser that
    # split words at them (as Python's \w does) looked for fragments no index holds.
    _add(
        store,
        7,
        _article("नदी पर पुल", "गाँव के लोगों ने नदी पर नया पुल खोला।", "Varn Herald", "2031-04-01"),
    )
    _add(
        store,
        8,
        _article("Le café du port", "Le café du port rouvre.", "Ilse Courier", "2031-04-02"),
    )
    assert {h.title for h in store.search("लोगों")} == {"नदी पर पुल"}
    assert {h.title for h in store.search('"नया पुल"')} == {"नदी पर पुल"}
    decomposed = "cafe\u0301"
    assert {h.title for h in store.search(decomposed)} == {"Le café du port"}
    assert {h.title for h in store.search("café")} == {"Le café du port"}


def test_snippet_marks_whole_words_with_marks() -> None:
    from newsdesk.corpus.search import text_snippet

    body = "गाँव के लोगों ने नदी पर नया पुल खोला और मेला लगाया।"
    snippet = text_snippet(body, parse_query("लोगों"))
    marked = [piece.split("\x03")[0] for piece in snippet.split("\x02")[1:]]
    assert marked == ["लोगों"], snippet
