"""The text reader's repeated lines (session 18): the story's headline printed again (in a trail,
a share text, a list of the latest stories) keeps its print above the story. Pages written here,
about fictional outlets."""

from __future__ import annotations

from newsdesk.extract.text.lines import normalise
from newsdesk.extract.text.page_chrome import _mark_repeated_lines
from tests.extract.test_text_body import STORY, body_of, page
from tests.extract.test_text_titles17 import HEADLINE, _title

LATEST = ["Latest stories", "Council votes on the new harbour wall this week",
          "Lighthouse keepers mark a century on the point"]  # fmt: skip


def test_a_headline_printed_three_times_keeps_its_print_over_the_story() -> None:
    # A trail's last step, the headline over its byline, and again in a list of the latest.
    text = page("Harbour Times", "Home", "Ferries", HEADLINE, "Sport", HEADLINE,
                "By Ann Example", "March 3, 2025", *STORY, *LATEST, HEADLINE,
                "Storm closes the coast road for a day")  # fmt: skip
    assert _title(text) == HEADLINE


def test_a_long_headline_printed_twice_in_a_row_over_its_story() -> None:
    long_one = (
        "Harbour ferry returns to the island run after the longest winter the crew can remember"
    )
    text = page("Harbour Times", "Ferries", long_one, long_one, "March 3, 2025", *STORY)
    assert _title(text) == long_one


def test_a_widget_printed_three_times_stays_chrome() -> None:
    # A teaser printed three times with no story under any print: every print is chrome.
    teaser = "Subscribe to the Harbour Times newsletter"
    lines = normalise(page(teaser, "Ferries", teaser, "Sport", "Weather", teaser, "Contact us"))
    _mark_repeated_lines(lines)
    assert all(line.chrome for line in lines if line.text == teaser)
    # A long caption printed twice in a row over a short line is a carousel's, not a headline.
    alt = "The ferry leaves the harbour at dawn with the island in the distance behind it"
    lines = normalise(page(alt, alt, "Photo: Harbour Times", "Next"))
    _mark_repeated_lines(lines)
    assert all(line.chrome for line in lines if line.text == alt)


def test_an_elinks_reverse_link_is_no_headline_and_no_body() -> None:
    # elinks prints a page's <link rev=...> as "Reverse link: unknown", as often as it has them.
    rev = "Reverse link: unknown"
    text = page("Harbour Times", HEADLINE, "March 3, 2025", rev, rev, rev, *STORY)
    assert _title(text) == HEADLINE
    text = page("Harbour Times", HEADLINE, "March 3, 2025", *STORY[:3], rev, *STORY[3:])
    assert rev not in body_of(text)
