"""The stretch runs on past the story (session 13): a list of other stories under a header
of its own, right after the story's last paragraph, is not the list the story closes on.
Fictional outlets, our own words."""

from __future__ import annotations

import pytest

from newsdesk.extract.text.lines import normalise
from newsdesk.extract.text.story_close import extend_over_closing_list
from tests.extract.test_text_body import body_of, page

STORY = [
    "The ferry to Lantern Isle will run twice a day from next month, the island council said "
    "on Tuesday, after a winter in which the crossing was cancelled on one day in three.",
    "Councillors agreed to lease a second boat from the mainland yard for two years, at a cost "
    "the treasurer called painful but smaller than the losses of the shops on the quay.",
    "Shopkeepers on the quay welcomed the news. One baker said she had thrown away more bread "
    "this winter than in the ten winters before it, because the morning boat never came.",
    "The first double crossing is planned for the first Monday of the month, weather allowing, "
    "and the timetable will be printed in the harbour office window by the end of the week.",
]
HEAD = ["Ferry to run twice a day from next month", "By Wren Tallis", "4 March 2025"]
TEASERS = [
    "Lantern Isle lighthouse keeper retires after forty years on the rock",
    "Storm damage closes the north road to the old quarry until spring",
    "Island school wins the regional choir prize for the third year running",
    "New bakery opens beside the harbour office with a queue around the block",
]
FOOTER = ["© Lantern Isle Courier. All rights reserved.", "Contact us | Privacy | Terms"]


def _grown(heading: str, items: list[str]) -> tuple[tuple[int, int], int]:
    """The story's stretch grown over what follows its last paragraph, and where that ends."""
    lines = normalise(page(*HEAD, *STORY, heading, *items, *FOOTER))
    first = next(i for i, line in enumerate(lines) if line.text == STORY[0])
    end = next(i for i, line in enumerate(lines) if line.text == STORY[-1]) + 1
    return extend_over_closing_list(lines, (first, end)), end


@pytest.mark.parametrize("header", ["In other news", "Further reading", "Ähnliche Beiträge"])
def test_list_header_under_the_last_paragraph_ends_the_story(header: str) -> None:
    (_, grown), end = _grown(header, TEASERS)
    assert grown == end  # the other stories' teasers are not a list the story closes on


def test_a_list_under_its_own_plain_heading_is_still_grown_over() -> None:
    results = [
        "First place went to the harbour crew of Mara Quill and her four oars",
        "Second place went to the quarry crew who rowed with a borrowed boat",
        "Third place went to the school crew in their very first race this year",
    ]
    (_, grown), end = _grown("Race results", results)
    assert grown == end + 1 + len(results)


# The blog's links to its neighbouring posts under the story, each with its title and the
# opening of that post: the hand scores read the openings as more of the story.
NEIGHBOURS = [
    "The island choir sings at the mainland cathedral",
    "Forty singers crossed on the morning boat to sing in the cathedral on Sunday, and the "
    "dean asked them back for the harvest festival before they had even left the steps.",
    "A winter of cancelled crossings on the Lantern Isle ferry",
    "The ferry missed one crossing in three this winter, and the shops on the quay counted "
    "the cost in bread, milk and newspapers that arrived a day late or never came at all.",
]


@pytest.mark.parametrize(
    ("before", "after"),
    [("« Previous Next »", "Next post"), ("Article précédent", "Article suivant"),
     ("Vorheriger Beitrag", "Nächster Beitrag")],
)  # fmt: skip
def test_links_to_the_neighbouring_posts_end_the_story(before: str, after: str) -> None:
    text = page("Lantern Isle Courier", *HEAD, *STORY, before, *NEIGHBOURS[:2], after,
                *NEIGHBOURS[2:], *FOOTER)  # fmt: skip
    body = body_of(text)
    assert body.startswith("The ferry to Lantern Isle")
    assert "timetable will be printed" in body
    assert "cathedral" not in body and "newspapers that arrived" not in body


def test_back_to_the_front_page_ends_the_story() -> None:
    text = page("Lantern Isle Courier", *HEAD, *STORY, "Zur Startseite", "More topics",
                *NEIGHBOURS, *FOOTER)  # fmt: skip
    body = body_of(text)
    assert "timetable will be printed" in body and "cathedral" not in body
