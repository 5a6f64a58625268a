"""The article's date in text renders (session 17): a date line above where the header's walk
stops (a section label taken for the headline, a list of tags between), a date in the same line
as a byline or a reading time. Pages written here, about fictional outlets."""

from __future__ import annotations

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
