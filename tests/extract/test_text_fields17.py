"""The Page's fields beside the body (issue 2, session 17): a byline glued to a date in figures,
a menu's section name repeated top and bottom taken for the site, a gallery's counter or a
dateline taken for the headline, a photographer's credit of several parts, a picture's credit
lost when its caption was printed twice, declared authors that are a role or the publisher.
Pages written here, about fictional outlets."""

from __future__ import annotations

import json

from newsdesk.extract import bylines, extract_text_page, facts
from newsdesk.extract.text import captions
from tests.extract.test_html import page_html, paragraphs, read
from tests.extract.test_text_body import STORY, page

HEADLINE = "Harbour ferry returns to the island run after the winter"


def _main(text: str):
    result = extract_text_page(text)
    assert result.kind == "article", result.kind
    return result.articles[0]


def test_a_byline_glued_to_a_date_in_figures_keeps_only_the_name() -> None:
    assert bylines.split_authors("Ann Example 2024-11-18T20:51:19Z Harbour") == ["Ann Example"]
    assert bylines.split_authors("Bo Example2024-02-20 13:52:51 UTC") == ["Bo Example"]
    assert bylines.split_authors("06/01/2024 Harbour") == []
    # Figures that are no date stay: a name with a number in it.
    names = ["Ann Example 3rd", "Bo Example"]
    assert bylines.split_authors("Ann Example 3rd and Bo Example") == names


def test_a_section_name_is_no_site_name() -> None:
    for name in ["News", "SPORTS", "Startseite", "Accueil", "INICIO", "Top Stories"]:
        assert facts.is_section_name(name), name
    for name in ["Harbour Times", "The Daily Example", "Newsround Example"]:
        assert not facts.is_section_name(name), name


def test_a_menu_printed_top_and_bottom_does_not_name_the_site() -> None:
    menu = ["News", "Sport", "Weather", "Opinion"]
    text = page(*menu, "Harbour Times", HEADLINE, "By Ann Example", "3 March 2025", *STORY,
                *menu, "Harbour Times")  # fmt: skip
    assert _main(text).outlet == "Harbour Times"


def test_a_gallery_counter_is_no_headline() -> None:
    text = page("Harbour Times", HEADLINE, "By Ann Example", "3 March 2025", "1 / 9", *STORY)
    assert _main(text).title == HEADLINE


def test_a_dateline_of_parts_parted_by_slashes_is_no_headline() -> None:
    text = page("Harbour Times", HEADLINE, "March 3, 2025 / 9:07 AM / Harbour Times", *STORY)
    article = _main(text)
    assert article.title == HEADLINE


def test_a_credit_of_several_parts_alone_on_its_line_is_a_credit() -> None:
    line = "Ann Example/Harbour Times/Example Images"
    assert captions.caption_credit(line) == (line, "Example Images")
    caption = "The ferry at the island quay on its first run of the spring season."
    article = _main(page("Harbour Times", HEADLINE, "By Ann Example", "3 March 2025",
                         *STORY[:3], caption, line, *STORY[3:]))  # fmt: skip
    assert line not in article.body and line not in article.headings
    assert STORY[0] in article.body and STORY[-1] in article.body


def test_a_credited_caption_printed_twice_keeps_its_credit() -> None:
    # Alt text and caption alike, the credit in both (a converter printed the two the same).
    caption = "The harbour master on the pier at dawn (Photo: Example Images)"
    article = _main(page("Harbour Times", HEADLINE, "By Ann Example", "3 March 2025",
                         *STORY[:3], caption, caption, *STORY[3:]))  # fmt: skip
    credits = [img.credit for img in article.images]
    assert any(c and "Example Images" in c for c in credits), article.images


def _declared_authors(authors: list[str]) -> list[str]:
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Port Evermere reopens its ferry line",
        "author": [{"@type": "Person", "name": a} for a in authors],
        "publisher": {"@type": "Organization", "name": "Evermere Gazette"},
    }
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    body = "<h1>Port Evermere reopens its ferry line</h1>" + paragraphs()
    return read(page_html(body, head)).articles[0].authors


def test_declared_authors_are_people_not_their_role_nor_the_publisher() -> None:
    assert _declared_authors(["By ADA QUILL and TOM REED, Associated Press"]) == [
        "ADA QUILL",
        "TOM REED",
    ]
    assert _declared_authors(["By Ada Quill, Gazette Staff Writer"]) == ["Ada Quill"]
    assert _declared_authors(["Ada Quill, Tom Reed | Evermere Gazette"]) == [
        "Ada Quill",
        "Tom Reed",
    ]
    assert _declared_authors(["The Evermere Gazette"]) == []
    assert _declared_authors(["EvermereGazette.com"]) == []
    assert _declared_authors(["H&#233;l&#232;ne Quill"]) == ["Hélène Quill"]
    assert _declared_authors(["Ada Quill, The Harbour Post"]) == ["Ada Quill"]
    assert _declared_authors(["Ada Quill, MS, RDN"]) == ["Ada Quill"]
    assert _declared_authors(["Ada Quill, Evermere Gazette Islands"]) == ["Ada Quill"]
    # People stay as declared.
    assert _declared_authors(["Ada Quill", "Tom Reed"]) == ["Ada Quill", "Tom Reed"]
