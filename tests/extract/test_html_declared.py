"""What a page declares about itself (<meta> content, JSON-LD) is read as a link preview shows
it: references a site escaped twice are read once more, a plain "&" stays. A <meta> whose text
stands in a value attribute (no content attribute) declares as one with content does, and a
declared writer's name comes out as a byline's does (printed twice, a role glued on, a section
after "in")."""

from __future__ import annotations

import json

import pytest

from newsdesk.extract.core import extract
from newsdesk.records import Capture

_STORY = " ".join(
    f"Sentence {n} of the story tells how the harbour master counted the boats at dawn."
    for n in range(12)
)


def _page(head: str) -> bytes:
    return f"""<!doctype html><html lang="en"><head><title>Gull Bay Courier</title>{head}</head>
<body><article><p>{_STORY}</p><p>{_STORY}</p></article></body></html>""".encode()


def _main(head: str):
    page = extract(Capture(source="declared.html", data=_page(head), content_type="text/html"))
    return next(a for a in page.articles if a.role == "main")


def test_references_escaped_twice_in_meta_content_are_read_once_more() -> None:
    article = _main(
        '<meta property="og:title" content="The harbour&amp;#8217;s boats return">'
        '<meta property="og:description" content="Gull Bay &amp;amp; Sons count'
        ' &amp;quot;every hull&amp;quot;.">'
    )
    assert article.title == "The harbour\u2019s boats return"
    assert article.standfirst == 'Gull Bay & Sons count "every hull".'


def test_references_escaped_twice_in_json_ld_are_read_once_more() -> None:
    ld = (
        '{"@context": "https://schema.org", "@type": "NewsArticle",'
        ' "headline": "Gull Bay Gas &amp; Light returns the boats"}'
    )
    article = _main(f'<script type="application/ld+json">{ld}</script>')
    assert article.title == "Gull Bay Gas & Light returns the boats"


def test_a_plain_ampersand_and_text_like_a_reference_stay() -> None:
    title = "Salt &amp; Pepper: the harbour's &amp;amp co"
    article = _main(f'<meta property="og:title" content="{title}">')
    assert article.title == "Salt & Pepper: the harbour's &amp co"


def test_meta_value_declares_as_content_does() -> None:
    article = _main(
        '<meta value="Boats counted through the night at every mooring" name="description">'
        '<meta name="author" value="Oriel Fenwick">'
        '<meta value="2031-03-04T08:15:00+00:00" property="article:published_time">'
    )
    assert article.standfirst == "Boats counted through the night at every mooring"
    assert article.authors == ["Oriel Fenwick"]
    assert article.published == "2031-03-04T08:15:00+00:00"


def test_meta_content_wins_over_value() -> None:
    article = _main('<meta name="author" content="Oriel Fenwick" value="Someone Else">')
    assert article.authors == ["Oriel Fenwick"]


def test_meta_without_content_or_value_declares_nothing() -> None:
    assert _main('<meta name="author">').authors == []


@pytest.mark.parametrize(
    ("declared", "want"),
    [
        ("Oriel FenwickOriel Fenwick", ["Oriel Fenwick"]),  # a link and its label, glued
        ("Oriel FenwickContributor", ["Oriel Fenwick"]),  # a role glued on
        ("Oriel Fenwick in Harbour News", ["Oriel Fenwick"]),  # a blog's section
        ("Oriel Fenwick", ["Oriel Fenwick"]),
    ],
)
def test_declared_name_tidied_as_a_byline(declared: str, want: list[str]) -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Boats counted"}
    ld["author"] = {"@type": "Person", "name": declared}
    assert _main(f'<script type="application/ld+json">{json.dumps(ld)}</script>').authors == want


def test_a_declared_day_told_to_the_minute_by_a_time_element() -> None:
    page = _page('<meta name="DC.date.issued" content="2031-03-04">').replace(
        b"<article>", b'<article><time datetime="2031-03-04T18:06:00Z">4 March 2031</time>'
    )
    article = next(
        a
        for a in extract(Capture(source="d.html", data=page, content_type="text/html")).articles
        if a.role == "main"
    )
    assert article.published == "2031-03-04T18:06:00+00:00"
    # another day in the <time> element: the declared day stands
    page = page.replace(b"2031-03-04T18:06", b"2031-03-05T01:06")
    article = extract(Capture(source="d.html", data=page, content_type="text/html")).articles[0]
    assert article.published == "2031-03-04"


def test_a_pictures_credit_run_on_after_the_writers_name() -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Boats counted"}
    ld["author"] = {"@type": "Person", "name": "Oriel Fenwick Illustration by Bo Other"}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    assert _main(head).authors == ["Oriel Fenwick"]
