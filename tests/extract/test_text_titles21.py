"""The story's title in text dumps (session 21): a page's prompts and labels between the headline
and the story (to sign up, follow, click, print, copy a link, a list of tags, an author's box, a
label left open by its separator) are no headline; the header walk passes them. Where the walk
stops at a list short of the header, the only headline over a byline or date far above the
story is the title. Lines and pages written here, about fictional outlets."""

from __future__ import annotations

import pytest

from newsdesk.extract.text.headline import is_chrome_label
from tests.extract.test_text_body import STORY, page
from tests.extract.test_text_fields17 import HEADLINE, _main


@pytest.mark.parametrize(
    "prompt",
    [
        "Sign up for Newsletters and Alerts",
        "Siga o Harbour Times no Google News",
        "Click for the full list of results",
        "Filed Under: Harbour, Ferries, Island",
        "Copy this link",
        "Thank you for subscribingWe have more newsletters",
        "Why you can trust Harbour Times",
        "Ann Example's Most Recent Stories",
        "Activer l’option d’impression du navigateur",
        "Harbour Times Media |",
        "HT NATIONAL /",
    ],
)
def test_a_prompt_under_the_headline_is_passed(prompt: str) -> None:
    text = page("Harbour Times", HEADLINE, "By Ann Example", prompt, *STORY)
    assert _main(text).title == HEADLINE


@pytest.mark.parametrize(
    "headline",
    [
        "Follow the money: where the harbour budget went",
        "Tagged for removal, the old lighthouse gets a reprieve",
        "Clicks and bricks: island shops go online",
        "Printers strike at the island's paper",
        "Subscribers leave as the ferry fares rise",
        "Ferry fares | What the new timetable means for islanders",
    ],
)
def test_headlines_opening_with_the_same_words_stay_headlines(headline: str) -> None:
    assert not is_chrome_label(headline)
    text = page("Harbour Times", headline, "By Ann Example", *STORY)
    assert _main(text).title == headline


# A list's heading and share buttons between the header and the story: the walk up from the
# story stops at the list.
COMMENTS = "\n".join(["Comments", "Share", "Tweet"])


def test_a_headline_over_its_date_past_a_list_heading() -> None:
    text = page("Harbour Times", HEADLINE, "ANN EXAMPLE", "Nov. 20, 2024", COMMENTS, *STORY)
    assert _main(text).title == HEADLINE


def test_teasers_with_dates_past_a_list_heading() -> None:
    # The walk stops at the list and finds none; the title chooser (title_choice.py, session 29)
    # takes the headline-shaped line over a date nearest the story.
    text = page(
        "Harbour Times", "Island school reopens its doors after the storm", "Nov. 18, 2024",
        "Old customs house on the quay gets a new roof", "Nov. 17, 2024", COMMENTS, *STORY,
    )  # fmt: skip
    assert _main(text).title == "Old customs house on the quay gets a new roof"
    # a headline-shaped line with no fact under it is no header to the walk; the chooser takes it
    text = page(
        "Harbour Times", "Island school reopens its doors after the storm", COMMENTS, *STORY
    )
    assert _main(text).title == "Island school reopens its doors after the storm"
