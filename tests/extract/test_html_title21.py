"""The HTML reader's title is the page's headline, not the site's name: a logo printed as an
<h1>, a section's label, or a <title> part naming the site yield to the printed headline; a page
that is about the site itself keeps the site's name."""

from __future__ import annotations

from newsdesk.extract.core import extract
from newsdesk.records import Capture

_STORY = " ".join(
    f"Sentence {n} of the story tells how the ferry crew mended the nets before the storm."
    for n in range(12)
)


def _title(head: str, before: str, url: str = "https://www.harbourtimes.example/story") -> str:
    data = f"""<!doctype html><html lang="en"><head>{head}
<link rel="canonical" href="{url}"></head><body>{before}
<article><p>{_STORY}</p><p>{_STORY}</p></article></body></html>""".encode()
    page = extract(Capture(source="title21.html", data=data, content_type="text/html"))
    return next(a for a in page.articles if a.role == "main").title


def test_a_logo_h1_in_the_title_suffix_yields_to_the_declared_headline() -> None:
    head = (
        "<title>Ferry crew mends the nets before the storm | Harbour Times</title>"
        '<meta property="og:site_name" content="Harbour Times">'
        '<meta property="og:title" content="Ferry crew mends the nets before the storm">'
    )
    title = _title(head, "<header><h1>Harbour Times</h1></header>")
    assert title == "Ferry crew mends the nets before the storm"


def test_a_logo_h1_yields_to_the_printed_headline_h1() -> None:
    head = "<title>Nets mended at dawn - Harbour Times</title>"
    title = _title(head, "<h1>Harbour Times</h1><h1>Nets mended at dawn</h1>")
    assert title == "Nets mended at dawn"


def test_a_section_label_h1_yields_to_a_fuller_h1() -> None:
    head = "<title>Ferry crew mends the nets before the storm | Coast | Tidewater</title>"
    title = _title(head, "<h1>Coast</h1><h1>Ferry crew mends the nets before the storm</h1>")
    assert title == "Ferry crew mends the nets before the storm"


def test_the_title_part_naming_the_domain_is_cut() -> None:
    head = "<title>Nets! | Harbourtimes</title>"
    assert _title(head, "<h1>Storm watch</h1><h1>Tide table</h1>") == "Nets!"


def test_a_lone_h1_naming_the_site_leaves_the_title_headline() -> None:
    head = "<title>Harbour Times » Ferry crew mends the nets before the storm</title>"
    title = _title(head, "<h1>Harbour Times</h1>")
    assert title == "Ferry crew mends the nets before the storm"


def test_a_page_about_the_site_keeps_the_site_name() -> None:
    head = '<title>Harbour Times</title><meta property="og:site_name" content="Harbour Times">'
    title = _title(head, "<h1>Harbour Times</h1>", url="https://www.harbourtimes.example/about")
    assert title == "Harbour Times"
