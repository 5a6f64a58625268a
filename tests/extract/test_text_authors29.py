"""Writers' names (session 29): what a byline's line runs on into after the names (the comments'
count, sharing buttons, a date written day first in any language, the name glued to itself), a
byline closed by a bar, a link to the comments after a row of buttons, a name under the date
over the story's picture. Lines and pages written here, about fictional outlets."""

from __future__ import annotations

from newsdesk.extract import bylines
from tests.extract.test_text_body import STORY, page
from tests.extract.test_text_fields17 import HEADLINE, _main


def test_a_bylines_buttons_and_comment_count_are_no_part_of_the_name() -> None:
    for names in (
        "Ann Example 2 Comments",
        "Ann Example Leave a Comment",
        "Ann Example No Comments",
        "Ann Example Twitter Facebook Email",
        "Ann Example Share Tweet",
    ):
        assert bylines.byline_people(names) == ["Ann Example"], names


def test_one_network_word_after_a_name_is_not_taken_for_buttons() -> None:
    # a surname that is also a network's or a button's word stays (two buttons at least)
    assert bylines.byline_people("Ann Print") == ["Ann Print"]
    assert bylines.byline_people("Ann Example Print") == ["Ann Example Print"]


def test_a_byline_run_on_into_a_date_written_day_first_in_words() -> None:
    assert bylines.split_authors("Eva Beispiel 10. Februar 2019 in Kolumne") == ["Eva Beispiel"]
    assert bylines.split_authors("Ann Example 18 November 2025") == ["Ann Example"]
    assert bylines.split_authors("Ann Example, 3 maj 2020, 12:00") == ["Ann Example"]
    # a number and a capitalised word that is no month: a title, not a date
    assert bylines.split_authors("Ann Example 12 Harbour Nights 1957") == [
        "Ann Example 12 Harbour Nights 1957"
    ]


def test_a_name_glued_to_itself_is_read_once() -> None:
    # a link's text and its label printed without a space between
    assert bylines.byline_people("Ann ExampleAnn Example") == ["Ann Example"]
    assert bylines.byline_people("Ann ExampleBo Other") == ["Ann ExampleBo Other"]


def test_a_byline_closed_by_a_bar_with_nothing_after_it() -> None:
    assert bylines.byline("by Ann Example |") == "Ann Example"
    assert bylines.byline("By Ann Example •") == "Ann Example"


def test_a_comments_link_at_the_end_of_a_row_of_buttons_under_the_byline() -> None:
    # the byline more than three lines over the comments' link, only buttons between
    text = page(
        "Harbour Times", "Tech", "Dec 13 2025, 1:06 pm ET", HEADLINE, "by Ann Example",
        "Share", "Share", "Tweet", "Share", "Email", "Print", "  • Comment", "advertisement",
        *STORY,
    )  # fmt: skip
    assert _main(text).authors == ["Ann Example"]


def test_a_name_under_the_date_over_the_storys_picture_is_the_writers() -> None:
    text = page(
        "Harbour Times", HEADLINE, "Facebook", "Twitter", "Email",
        "December 15, 2025 3:33 PM ET", "Ann Example", "[harbour_pic_1634]",
        "Enlarge this image", *STORY,
    )  # fmt: skip
    assert _main(text).authors == ["Ann Example"]


def test_a_short_kicker_under_the_date_over_the_standfirst_leaves_the_byline_under_it() -> None:
    text = page(
        "Harbour Times", "Politics", "March 9 2025 4:21 PM", "Broken Pledge",
        "The mayor's promises to the island's ferry riders have proved hollow, critics say.",
        "By Ann Example", *STORY,
    )  # fmt: skip
    assert _main(text).authors == ["Ann Example"]


def test_a_name_under_a_players_clock_is_no_writer() -> None:
    # "00:00" is a video's length, not the story's date: the line under it is the video's source
    text = page(
        "Harbour Times", HEADLINE, "Videos", "00:00", "Do Harbour", "[video-still]",
        "In Harbour Town (HT)", "23/06/2025 16h45", *STORY,
    )  # fmt: skip
    assert _main(text).authors == []
