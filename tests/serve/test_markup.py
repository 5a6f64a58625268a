"""Article bodies as HTML: escaped text, entity links, quote spans, headings, bad offsets."""

from __future__ import annotations

from newsdesk.serve.markup import Span, render_body

BODY = 'Peskov said "we <b>will</b> talk" today.\n\nTalks\n\nThe Kremlin <script>x</script> agreed.'


def test_marks_entities_and_quotes_and_escapes_text() -> None:
    quote = BODY.index('"we')
    spans = [
        Span(0, 6, "entity", "Dmitry Peskov", "PERSON"),
        Span(quote, BODY.index(" today"), "quote", "Dmitry Peskov", "direct"),
        Span(BODY.index("Kremlin"), BODY.index("Kremlin") + 7, "entity", "Kremlin/Moscow", "ORG"),
    ]
    first, heading, last = render_body(BODY, spans, headings=["Talks"])
    assert str(first.html) == (
        '<a class="ent t-PERSON" href="/entities/Dmitry%20Peskov">Peskov</a> said '
        '<span class="q q-direct" title="Dmitry Peskov (direct)">&#34;we &lt;b&gt;will&lt;/b&gt;'
        " talk&#34;</span> today."
    )
    assert heading.heading and str(heading.html) == "Talks"
    assert 'href="/entities/Kremlin%2FMoscow"' in last.html  # names are one path segment
    assert "&lt;script&gt;" in last.html and "<script>" not in last.html


def test_nested_marks_show_the_entity_inside_the_quote() -> None:
    body = 'She said "Peskov lies".'
    start = body.index("Peskov")
    spans = [Span(9, len(body) - 1, "quote", "", "direct"),
             Span(start, start + 6, "entity", "Peskov", "PERSON")]  # fmt: skip
    [paragraph] = render_body(body, spans)
    assert '<a class="ent t-PERSON" href="/entities/Peskov">Peskov</a></span>' in paragraph.html


def test_offsets_outside_the_body_are_ignored() -> None:
    spans = [Span(-1, 3, "entity", "x", "ORG"), Span(5, 500, "quote", "y", "direct"),
             Span(4, 4, "entity", "z", "ORG")]  # fmt: skip
    paragraphs = render_body("Plain text here.", spans)
    assert [str(p.html) for p in paragraphs] == ["Plain text here."]


def test_a_quote_over_two_paragraphs_is_marked_in_both() -> None:
    body = '"First part.\n\nSecond part," he said.'
    spans = [Span(0, body.index(" he"), "quote", "He", "direct")]
    first, second = render_body(body, spans)
    assert first.html.startswith('<span class="q q-direct"')
    assert second.html.startswith('<span class="q q-direct"') and second.html.endswith("he said.")
