"""The story's title in text dumps (session 23): the writer's line under the headline (a role
alone, perhaps with the writer's handle, a name glued to its byline, a name over the same name
with its role) is no headline. Lines and pages written here, about fictional outlets."""

from __future__ import annotations

from tests.extract.test_text_body import STORY, page
from tests.extract.test_text_fields17 import HEADLINE, _main

DATE = "Wednesday 20 November 2024 11:42"


def test_a_role_with_the_writers_handle_is_no_title() -> None:
    # headline, standfirst, the writer's name, the role and handle, the date
    dek = "The old boat was laid up for four months while the yard mended her hull."
    text = page("Harbour Times", HEADLINE, dek, "Ann Example", "News reporter @annexample", DATE)
    article = _main(page(text, *STORY))
    assert article.title == HEADLINE
    assert article.authors == ["Ann Example"]


def test_a_name_glued_to_its_byline_is_no_title() -> None:
    text = page("Harbour Times", HEADLINE, "Harbour Desk By Harbour Desk The Harbour Times", DATE)
    assert _main(page(text, *STORY)).title == HEADLINE


def test_a_name_over_its_name_and_role_is_no_title() -> None:
    text = page("Harbour Times", HEADLINE, "Ann B. Example", "Ann B. Example Senior Contributor")
    article = _main(page(text, *STORY))
    assert article.title == HEADLINE
    assert article.authors == ["Ann B. Example"]


def test_a_headline_naming_a_role_or_saying_by_is_kept() -> None:
    # must not fire: real headlines of those shapes
    for title in (
        "Harbour Council Fires Its Senior Editor",
        "Stand By the Harbour Wall at Dawn",
        "Harbour Times Names a New Deputy Editor",
    ):
        text = page("Harbour Times", title, "By Ann Example", DATE)
        assert _main(page(text, *STORY)).title == title
    # a name alone over a line that is no role of it: the headline under a kicker's name
    text = page("Harbour Times", "Ann Example", "Ann Example Opens the New Pier", DATE)
    assert _main(page(text, *STORY)).title == "Ann Example Opens the New Pier"
