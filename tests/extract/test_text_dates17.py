"""The article's date in text renders (session 17): a date line above where the header's walk
stops (a section label taken for the headline, a list of tags between), a date in the same line
as a byline or a reading time. Pages written here, about fictional outlets."""

from __future__ import annotations

from datetime import datetime

from newsdesk.extract import dates
from tests.extract.test_text_body import STORY, page
from tests.extract.test_text_fields17 import HEADLINE, _main


def test_a_date_above_a_label_taken_for_the_headline_is_the_storys() -> None:
    text = page("Harbour Times", HEADLINE, "September 16, 2025 at 4:59 pm", "CITY OF PORTVALE",
                *STORY)  # fmt: skip
    article = _main(text)
    assert article.published_text == "September 16, 2025 at 4:59 pm"
    assert article.published == "2025-09-16T16:59:00"


def test_a_date_above_the_tags_and_share_buttons_is_the_storys() -> None:
    share = ["Filed under", "  • Harbour News", "Comment", "Facebook", "Twitter", "Email"]
    text = page("Harbour Times", HEADLINE, "Ann Example", "March 16, 2025", "7:22 AM EDT",
                *share, *STORY)  # fmt: skip
    assert _main(text).published == "2025-03-16"


def test_a_line_of_facts_gives_its_first_date_posted_before_updated() -> None:
    facts_line = "Posted: Oct 6, 2025 / 03:38 PM / Updated: Oct 7, 2025 / 09:10 AM"
    text = page("Harbour Times", HEADLINE, facts_line, "CITY OF PORTVALE", *STORY)
    assert _main(text).published == "2025-10-06"
    both = "April 21, 2025 at 5:52 pm Updated April 22, 2025 at 7:07 am"
    text = page("Harbour Times", HEADLINE, both, "CITY OF PORTVALE", *STORY)
    assert _main(text).published == "2025-04-21T17:52:00"


def test_a_date_glued_to_a_byline_or_an_outlet_is_read() -> None:
    for line, day in [
        ("Ann Example | Harbour Agency | Apr 7, 2025, 15:43 IST", "2025-04-07"),
        ("Harbour Times Australia28 October 2025", "2025-10-28"),
        ("By Ann Example2025-02-20 13:52:51 UTC", "2025-02-20"),
    ]:
        text = page("Harbour Times", HEADLINE, line, "CITY OF PORTVALE", *STORY)
        assert (_main(text).published or "")[:10] == day, line


def test_figures_that_read_either_way_are_the_day_nearer_the_capture() -> None:
    when = datetime(2025, 6, 1, 15, 0)
    assert dates.first_date("Posted by Ann Example, 06/01/2025", when)[1].iso == "2025-06-01"
    assert dates.first_date("Posted by Ann Example, 06/01/2025", None)[1].iso == "2025-01-06"
    # A reading after the capture is none: 02/07/2025 captured in March is 7 February.
    march = datetime(2025, 3, 1)
    assert dates.first_date("Ann Example | 02/07/2025", march)[1].iso == "2025-02-07"
