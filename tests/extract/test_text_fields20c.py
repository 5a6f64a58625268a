"""A page's dates and bylines (session 20, third pass): a year-first date parted by a stop and a
space (Hungarian, Korean), a month's short name glued to its long one, a byline over the
headline past the agency's line under it, a byline with a bar beside the story's date. Lines
and pages written here, about fictional outlets."""

from __future__ import annotations

from newsdesk.extract import bylines, dates
from tests.extract.test_text_body import STORY, page
from tests.extract.test_text_fields17 import HEADLINE, _main


def test_a_year_first_date_parted_by_stops_and_spaces() -> None:
    parsed = dates.parse_absolute("2025. 08. 18. 21:35")
    assert parsed is not None and parsed.iso == "2025-08-18T21:35:00"
    parsed = dates.parse_absolute("2025. 8. 18.")
    assert parsed is not None and parsed.iso == "2025-08-18"
    found = dates.first_date("Kikötői hírek 2025. 08. 18. 21:35")
    assert found is not None and found[1].iso == "2025-08-18T21:35:00"
    # parted two ways, or a sentence's year and a number after it: no date
    assert dates.parse_absolute("2025. 08/18") is None
    assert dates.first_date("Back in 2019. 12 people came to the harbour") is None
    text = page("Kikötői Hírlap", HEADLINE, "2025. 08. 18. 21:35", *STORY)
    assert (_main(text).published or "")[:10] == "2025-08-18"


def test_a_months_short_name_glued_to_its_long_one() -> None:
    found = dates.first_date("Nov.November 18, 2025 12:02 PM")
    assert found is not None and found[1].iso == "2025-11-18T12:02:00"
    text = page("Harbour Times", HEADLINE, "Nov.November 18, 2025 12:02 PM", *STORY)
    assert (_main(text).published or "")[:10] == "2025-11-18"
    # a stop glued to a word that is no date: as before
    assert dates.first_date("The U.S.Coast Guard 2025 report") is None


def test_a_byline_over_the_headline_past_its_agency_line() -> None:
    text = page(
        "Harbour Times", "Nov. 20, 2025 5:52 AM EST", "Ferry returns to the island",
        "By ANN EXAMPLE and BO EXAMPLE", "Associated Press", "HT-Harbour-Ferry, 2nd Ld-Writethru",
        *STORY,
    )  # fmt: skip
    assert _main(text).authors == ["ANN EXAMPLE", "BO EXAMPLE"]
    assert bylines.is_role_or_agency("Associated Press")
    assert bylines.is_role_or_agency("Staff Writer")
    # a line of another kind between them ends the walk: no byline is the headline's
    assert not bylines.is_role_or_agency("Harbour Weather Desk Today")
    text = page(
        "Harbour Times", "Nov. 20, 2025 5:52 AM EST", "Ferry returns to the island",
        "By ANN EXAMPLE and BO EXAMPLE", "Weather on the island today",
        "HT-Harbour-Ferry, 2nd Ld-Writethru", *STORY,
    )  # fmt: skip
    assert _main(text).authors == []


def test_a_byline_with_a_bar_beside_the_storys_date() -> None:
    # the header's walk stops at a list's item; the date is read further up, the byline over it
    lines = [
        "Harbour Times", HEADLINE,
        "The ferry at the quay on Tuesday. (Photo: Harbour Times)",
        "By Ann Example | Special to the Harbour Times",
        "PUBLISHED: November 19, 2025 at 8:59 pm | UPDATED: November 19, 2025 at 10:16 pm",
        "Most Popular",
        "1. Harbour council votes on the new quay",
    ]  # fmt: skip
    text = "\n".join(lines) + "\n\n" + page(*STORY)
    article = _main(text)
    assert (article.published or "")[:10] == "2025-11-19"
    assert article.authors == ["Ann Example"]
    # a picture's credit beside the date names no writer
    lines[3] = "Photo by Ann Example | Harbour Times"
    text = "\n".join(lines) + "\n\n" + page(*STORY)
    assert _main(text).authors == []
