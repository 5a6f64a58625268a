"""A page's fields besides its body (session 20): the writer the story's date line names without
a "By" (a name or an agency before the date, a byline after it), and the names that must stay
no author there (a label, a place, an outlet). Lines and pages written here, about fictional
outlets."""

from __future__ import annotations

from newsdesk.extract import bare_bylines
from tests.extract.test_text_body import STORY, page
from tests.extract.test_text_fields17 import HEADLINE, _main


def test_a_name_before_the_date_is_the_writer() -> None:
    for line, people in [
        ("Ann Example - Nov 19, 2025, 10:31 pm CST", ["Ann Example"]),
        ("Bo Example 15.06.2025, 12.11 Uhr", ["Bo Example"]),
        ("Reuters November 18, 2025 11:03 PM", ["Reuters"]),
        ("AP - 16/05/2025, 12:36 PM", ["AP"]),
        ("Ann Example, The Harbour Gazette Published 7:40 p.m. ET March 17, 2025", ["Ann Example"]),
    ]:
        text = page("Harbour Gazette", HEADLINE, line, *STORY)
        assert _main(text).authors == people, line


def test_a_byline_after_the_date_is_the_writer() -> None:
    # a time and a date, then "by": the walk up passes the line as no fact of its own
    text = page("Harbour Gazette", HEADLINE, "5:45 AM PST 11/19/2025 by Ann Example", *STORY)
    assert _main(text).authors == ["Ann Example"]
    # Italian's "di" after the date
    text = page("Gazzetta del Porto", HEADLINE, "Domenica 19 Aprile 2025 di Bo Esempio", *STORY)
    assert _main(text).authors == ["Bo Esempio"]


def test_what_stands_before_a_date_and_is_no_writer() -> None:
    for line in [
        "Last Updated November 18, 2025",  # a label
        "London November 18, 2025",  # a place of one word
        "Latest News November 18, 2025",  # a section's name
        "Harbour News Weekly - November 18, 2025",  # an outlet: a word of the trade
        "La Gaceta del Puerto 16.08.2025 - 21:03h",  # an outlet: an article opens it
        "Senin, 19 April 2025 di Pelabuhan",  # "di" and a place (Indonesian's "in")
    ]:
        text = page("Harbour Gazette", HEADLINE, line, *STORY)
        article = _main(text)
        assert article.published is not None, line  # the date is read all the same
        assert article.authors == [], line
    assert bare_bylines.dated_name("Photo: Ann Example / ") == []


def test_the_story_s_date_line_only_names_the_writer() -> None:
    # a dated line further up (a teaser's) is not where the story's date was read
    text = page(
        "Ann Example - Nov 2, 2025", "Council votes on the harbour wall", HEADLINE,
        "November 19, 2025", *STORY,
    )  # fmt: skip
    assert _main(text).authors == []


def test_a_name_alone_beside_the_date_is_the_writer() -> None:
    for header, people in [
        (["Ann Example", "19.10.2025 09:34"], ["Ann Example"]),  # over the date
        (["November 19, 2025", "Ann Example"], ["Ann Example"]),  # under it
        (["Ann Example", "News Reporter", "28 October 2025"], ["Ann Example"]),  # a role between
        (["By", "Ann Example", "November 19, 2025"], ["Ann Example"]),
    ]:
        text = page("Harbour Gazette", HEADLINE, *header, *STORY)
        assert _main(text).authors == people, header


def test_a_name_alone_beside_the_date_that_is_no_writer() -> None:
    for header in [
        ["[harbour-photo]", "Ann Example", "November 19, 2025"],  # a picture's credit
        ["“We will sail again before spring,”", "Ann Example", "November 19, 2025"],  # a quote
        ["— Ann Example", "November 19, 2025"],  # a quotation's speaker
        ["Bo Example", "Ann Example", "November 19, 2025"],  # a menu of columnists
        ["OUTDOOR LIVING", "November 19, 2025"],  # a section or post title in capitals
        ["Email Bio Follow", "November 19, 2025"],  # the writer's buttons
    ]:
        text = page("Harbour Gazette", HEADLINE, *header, *STORY)
        assert _main(text).authors == [], header
