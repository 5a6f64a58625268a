"""The story's title in text dumps (session 21, third pass): a dateline alone on its line ("In
Porto Lindo (PL)"), a row of figures (a results row, a counter) and a lead-in ending with a colon
over the headline are never the headline. Lines and pages written here, about fictional outlets."""

from __future__ import annotations

from newsdesk.extract.text.headline import is_chrome_label
from tests.extract.test_text_body import STORY, page
from tests.extract.test_text_fields17 import HEADLINE, _main


def test_a_dateline_under_the_headline_is_no_title() -> None:
    text = page("Harbour Times", HEADLINE, "Em Porto Lindo (PL)", "17/03/2024 16h45", *STORY)
    assert _main(text).title == HEADLINE
    text = page("Harbour Times", HEADLINE, "Do Harbour Times, em Porto Lindo", "17/03/2024", *STORY)
    assert _main(text).title == HEADLINE


def test_a_headline_opening_with_a_place_stays() -> None:
    assert not is_chrome_label("In Porto Lindo, the ferry runs again")
    assert not is_chrome_label("In the heat of the harbour")
    text = page("Harbour Times", "In Porto Lindo, the ferry runs again at last", *STORY)
    assert _main(text).title == "In Porto Lindo, the ferry runs again at last"


def test_a_row_of_figures_is_no_title() -> None:
    text = page("Harbour Times", HEADLINE, "Harbour 18 22 13 17 — 70", *STORY)
    assert _main(text).title == HEADLINE
    text = page("Harbour Times", HEADLINE, "Today 155 Yesterday 181 Visits 31", *STORY)
    assert _main(text).title == HEADLINE


def test_a_headline_with_figures_or_a_date_line_stays() -> None:
    # one or two figures in a headline, a line of dates (read as the header's date)
    assert not is_chrome_label("Harbour beat Islanders 4-1 in the cup")
    assert not is_chrome_label("2024 Harbour Rover 350")
    assert not is_chrome_label("Mar 16, 2024 at 3:44 AM Mar 16, 2024 at 3:54 AM")


def test_a_lead_in_with_a_colon_over_the_headline_is_no_title() -> None:
    headline = HEADLINE + " and the long storms"
    text = page(
        "Harbour Times", "The harbour master told the council:", headline, "17/03/2024", *STORY
    )
    assert _main(text).title == headline
    # without the colon, the longer line under a shorter headline is its standfirst
    text = page(
        "Harbour Times", "The harbour master told the council", headline, "17/03/2024", *STORY
    )
    assert _main(text).title == "The harbour master told the council"
