"""The HTML reader's writers and headline as the page prints them (session 28): where the page
declares no author and prints no "By" line, a rel="author" link, an itemprop="author" element or
an element named "byline" / "author" in the article's header names the writer (a comment's author
under the story, an author's box and a label's words do not); the <h1> printed right over the
story is its headline, whatever wording the page declares. Pages written here, about a fictional
outlet."""

from __future__ import annotations

from newsdesk.extract.core import extract
from newsdesk.records import Capture

_STORY = " ".join(
    f"Sentence {n} of the story tells how the pelican keepers counted the nests on the dunes."
    for n in range(12)
)


def _authors(header: str, after: str = "") -> list[str]:
    data = f"""<!doctype html><html lang="en"><head><title>Nests counted</title>
<meta property="og:site_name" content="Pelican Herald"></head><body>
<article><h1>Nests counted on the dunes</h1>{header}
<p>{_STORY}</p><p>{_STORY}</p><p>{_STORY}</p></article>{after}</body></html>""".encode()
    page = extract(Capture(source="authors28.html", data=data, content_type="text/html"))
    return next(a for a in page.articles if a.role == "main").authors


def test_a_link_marked_as_the_authors_names_the_writer() -> None:
    header = '<div class="meta"><a rel="author" href="/staff/ann">Ann Example</a></div>'
    assert _authors(header) == ["Ann Example"]


def test_an_author_property_names_the_writer_by_its_name() -> None:
    header = ('<div itemprop="author" itemscope><span itemprop="name">Bo Example</span>'
              '<span itemprop="jobTitle">Dunes reporter</span></div>')  # fmt: skip
    assert _authors(header) == ["Bo Example"]


def test_a_byline_box_names_the_writer_before_its_date_and_handle() -> None:
    assert _authors('<div class="article__byline">Ann Example March 3, 2025</div>') == [
        "Ann Example"
    ]
    assert _authors('<div class="byline-view">Ann Example annexample</div>') == ["Ann Example"]
    assert _authors('<p class="author-name">By Ann Example | Pelican Herald</p>') == ["Ann Example"]
    two = '<div class="byline"><a>Ann Example</a> and <a>Bo Example</a></div>'
    assert _authors(two) == ["Ann Example", "Bo Example"]


def test_what_the_markup_names_and_is_no_writer() -> None:
    # An author's box (a picture, a bio), a label, a comment's author under the story.
    assert _authors('<div class="author-bio">Ann Example writes about birds.</div>') == []
    assert _authors('<div class="author">More stories</div>') == []
    comment = '<section class="comments"><p class="comment-author">Cy Example</p></section>'
    assert _authors("", after=comment) == []


def test_an_attribute_named_for_the_author_marks_the_writers_link() -> None:
    header = '<ul><li><a data-author="8579" href="/u/ann">Ann Example</a> - 4 hours ago</li></ul>'
    assert _authors(header) == ["Ann Example"]


def _title(head: str, above: str, h1: str) -> str:
    data = f"""<!doctype html><html lang="en"><head><title>Pelican Herald</title>{head}
<meta property="og:site_name" content="Pelican Herald"></head><body>
<header><h1>MENU</h1>{above}</header>
<article><h1>{h1}</h1><p>By Ann Example</p><p>{_STORY}</p><p>{_STORY}</p></article>
</body></html>""".encode()
    page = extract(Capture(source="title28.html", data=data, content_type="text/html"))
    return next(a for a in page.articles if a.role == "main").title


def test_the_headline_printed_over_the_body_is_the_title() -> None:
    # The page declares a search engine's wording; it prints its own over the story.
    declared = '<meta property="og:title" content="Pelican nest count 2025: numbers up">'
    printed = "An ode to the pelicans who came back to the dunes"
    assert _title(declared, "", printed) == printed
    # Its logo's and its sections' <h1>s over the page are not.
    assert _title(declared, "<h1>Trending</h1>", printed) == printed
    # An <h1> of a word or two over the story is a section's name: the declared title stays.
    assert _title(declared, "", "Dunes") == "Pelican nest count 2025: numbers up"
