"""The story's title in text dumps (session 22): a picture's caption or credit between the
header's byline or date and the body is no headline (the headline stands over those facts), and a
short headline shaped as a dateline ("In Praise of Idleness") stays one where no date stands under
it. Lines and pages written here, about fictional outlets."""

from __future__ import annotations

from tests.extract.test_text_body import STORY, page
from tests.extract.test_text_fields17 import HEADLINE, _main


def test_a_caption_under_the_byline_and_date_is_no_title() -> None:
    text = page(
        "Harbour Times", HEADLINE, "By Ann Example", "March 17, 2024", "Boats at dawn", *STORY
    )
    assert _main(text).title == HEADLINE
    # a credit alone, share buttons between the date and it
    text = page(
        "Harbour Times",
        HEADLINE,
        "03/17/2024 by Ann Example",
        "* FACEBOOK\n* EMAIL",
        "Bo Example",
        "Gulls over the quay",
        *STORY,
    )
    assert _main(text).title == HEADLINE


def test_a_title_under_a_date_stays() -> None:
    # a blog's date over its post's title, the site's name over the date
    text = page("Harbour Times", "March 17, 2024", HEADLINE, *STORY)
    assert _main(text).title == HEADLINE
    # a shorter line over the date is no headline of the line under it
    text = page("Harbour Notes", "March 17, 2024", "Ferry returns to the island run", *STORY)
    assert _main(text).title == "Ferry returns to the island run"
    text = page(
        "Harbour Notes",
        "Ferry returns to the island run",
        "March 17, 2024",
        "A longer winter than anyone feared on the quay",
        *STORY,
    )
    assert _main(text).title == "A longer winter than anyone feared on the quay"


def test_a_short_headline_shaped_as_a_dateline_stays() -> None:
    for headline in ("In Praise of Idleness", "In Memory of Ann Example"):
        assert _main(page("Harbour Times", headline, *STORY)).title == headline
    # with the story's date under it, a dateline is passed as before
    text = page("Harbour Times", HEADLINE, "Em Porto Lindo (PL)", "17/03/2024 16h45", *STORY)
    assert _main(text).title == HEADLINE
