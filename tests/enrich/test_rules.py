"""The rules on small texts written here (fictional), one behaviour each."""

from __future__ import annotations

from newsdesk.enrich import enrich_page, enrich_pages
from newsdesk.enrich.counts import _value
from newsdesk.enrich.events import resolve_date
from newsdesk.enrich.names import clean_name, fold
from newsdesk.enrich.nlp import parse
from newsdesk.enrich.quotation_marks import quotation_spans
from newsdesk.enrich.quotes import colon_attributions, find_quotes
from newsdesk.records import Article, Page, TickerItem


def _page(body: str, published: str | None = None) -> Page:
    page = Page(source="test", format="text", kind="article")
    page.articles.append(Article(role="main", title="t", body=body, published=published))
    return page


def test_folding_and_titles() -> None:
    assert fold("Hay'at Tahrir al-Sham") == fold("Hayat Tahrir al-Sham")
    assert clean_name("Sayyed Ali Khamenei", "PERSON") == "Ali Khamenei"


def test_numbers_in_words() -> None:
    doc = parse("a thousand")
    assert _value(list(doc)) == 1000
    assert _value(list(parse("twenty-five"))) is None or _value(list(parse("twenty five"))) == 25


def test_multi_paragraph_quote_is_one_span() -> None:
    text = '"We will rebuild the bridge.\n\n"It will take a year," the mayor said.'
    spans = quotation_spans(text)
    assert spans == [(0, len(text) - len(" the mayor said."))]


def test_indirect_and_according_to() -> None:
    doc = parse(
        "Mayor Ana Torvik said that the bridge would reopen. "
        "The river fell, according to the agency."
    )
    quotes = find_quotes(doc)
    contents = [q.content_text for q in quotes]
    assert any("the bridge would reopen" in c for c in contents)
    assert any(q.cue_text == "according to" and q.speaker_text == "the agency" for q in quotes)


def test_a_time_phrase_after_a_cue_is_not_what_was_said() -> None:
    """ "proposed on Tuesday a truce": the date is when, not the message (a misparse leaves the
    truce out of reach, so no quote beats "on Tuesday" as the content)."""
    doc = parse(
        "Essany's envoy, Maren Holt, proposed on Tuesday a local truce along the Aun river so "
        "that rescue teams from both sides could work."
    )
    assert all("Tuesday" not in q.content_text for q in find_quotes(doc))
    doc = parse("The mayor of Tolvik called for calm on Monday.")
    assert [(q.speaker_text, q.content_text) for q in find_quotes(doc)] == [
        ("The mayor of Tolvik", "for calm")
    ]


def test_colon_lines() -> None:
    found = colon_attributions("Harbour office: The ferry will sail at noon tomorrow.")
    assert found and found[0].speaker_text == "Harbour office"


def test_enrich_page_fills_every_list_with_offsets() -> None:
    body = (
        "Mayor John Miller said on Monday that at least 12 people were injured in Velmora. "
        '"We are doing everything we can," Miller said.'
    )
    page = enrich_page(_page(body, "2031-03-05"))
    a = page.articles[0]
    assert a.counts and a.counts[0].number == 12 and a.counts[0].kind == "wounded"
    assert a.counts[0].qualifier == "at least"
    quote = next(q for q in a.quotes or [] if "everything" in q.content)
    assert quote.speaker == "John Miller" and quote.direct
    for item in [*(a.quotes or []), *(a.counts or []), *(a.labels or [])]:
        assert 0 <= item.start < item.end <= len(body)
    assert a.summary


def test_empty_body_is_enriched_as_empty_and_ticker_attributed() -> None:
    page = _page("")
    page.ticker.append(TickerItem("Harbour office: The ferry will sail at noon tomorrow."))
    out = next(iter(enrich_pages([page], workers=1)))
    assert out.articles[0].quotes == [] and out.ticker[0].attribution == "Harbour office"


def test_weekday_resolves_against_publication_date() -> None:
    from datetime import date

    assert resolve_date("on Sunday", date(2024, 12, 12)) == "2024-12-08"
    assert resolve_date("yesterday", date(2024, 12, 12)) == "2024-12-11"


def test_process_pool_gives_the_same_pages_in_order(monkeypatch) -> None:
    import newsdesk.enrich as enrich

    bodies = [
        f"Officials in Velmora said {n} people were killed when the bridge collapsed."
        for n in range(2, 8)
    ]
    monkeypatch.setattr(enrich, "_POOL_MIN_ARTICLES", 2)
    monkeypatch.setattr(enrich, "_CHUNK_PAGES", 2)
    pooled = list(enrich_pages([_page(b) for b in bodies], workers=2))
    alone = list(enrich_pages([_page(b) for b in bodies], workers=1))
    assert [p.articles[0].counts for p in pooled] == [p.articles[0].counts for p in alone]
    assert [p.articles[0].counts[0].number for p in pooled] == list(range(2, 8))


def test_counts_in_words_and_per_clause() -> None:
    from newsdesk.enrich.counts import find_counts

    doc = parse(
        "At least 23 people died and nine are missing after the river burst. "
        "Thirty-one civilians were martyred and 96 others injured on Monday. "
        "Four were killed and thousands were forced from their homes. "
        "Volunteers saved hundreds of lives."
    )
    found = [(c.kind, c.number, c.qualifier, c.group) for c in find_counts(doc)]
    assert found == [
        ("killed", 23, "at least", "people"),
        ("missing", 9, None, None),
        ("martyred", 31, None, "civilians"),
        ("wounded", 96, None, "others"),
        ("killed", 4, None, None),
        ("displaced", 2000, "thousands", None),
    ]
