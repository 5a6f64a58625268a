"""The story's date where a header prints it in forms and places the text reader missed (session
32): figures that read two ways, read as the day nearer before the capture; a date counted back
from the capture as a part of the byline's line; a line opening on "Published" under the byline,
past a standfirst and a caption. Lines and pages written here, about fictional outlets."""

from __future__ import annotations

from datetime import datetime

from newsdesk.extract import dates
from newsdesk.extract.core import extract_text_page
from newsdesk.extract.text import fact_line
from newsdesk.extract.text.fact_line import fact_date, opens_published
from newsdesk.extract.text.lines import Line
from tests.extract.test_text_body import STORY, page
from tests.extract.test_text_fields17 import HEADLINE

NOW = datetime(2025, 12, 11, 10, 0)


def _main(text: str, now: datetime | None = NOW):
    result = extract_text_page(text, captured_at=now)
    assert result.kind == "article", result.kind
    return result.articles[0]


def test_figures_that_read_two_ways_are_the_day_nearer_before_the_capture() -> None:
    parsed = dates.parse_date("12/09/2025 09:13", NOW)
    assert parsed is not None and parsed.iso == "2025-12-09T09:13:00"
    parsed = dates.parse_date("Posted: 12/09/2025", NOW)
    assert parsed is not None and parsed.iso == "2025-12-09"
    # without a capture time, day first as before; one reading only where the other is none
    parsed = dates.parse_date("12/09/2025")
    assert parsed is not None and parsed.iso == "2025-09-12"
    parsed = dates.parse_date("25/11/2025", NOW)
    assert parsed is not None and parsed.iso == "2025-11-25"
    text = page("Harbour Times", HEADLINE, "By Ann Example", "Posted: 12/09/2025", *STORY)
    assert _main(text).published == "2025-12-09"


def test_a_date_counted_back_is_read_as_a_part_of_the_byline_line() -> None:
    for line in [
        "By Ann Example | 4 hours ago",
        "Ann Example · 4h ago",
        "Harbour Desk • 4 hours ago",
    ]:
        parsed = fact_date(Line(line), NOW)
        assert parsed is not None and parsed.relative and (parsed.iso or "")[:10] == "2025-12-11"
    text = page("Harbour Times", HEADLINE, "By Ann Example | 2 days ago", *STORY)
    article = _main(text)
    assert article.published == "2025-12-09" and article.published_text == "2 days ago"
    assert article.authors == ["Ann Example"]
    # a sentence that says when is no line of parts
    assert (
        fact_date(Line("The ferry left the quay about 4 hours ago, the captain said."), NOW) is None
    )


def test_a_published_line_under_the_byline_past_a_caption_is_the_story_s_date() -> None:
    caption = (
        "The ferry at the quay in Portvale, on 26 December 2025 at dawn, before the storm came"
    )
    text = page(
        "Harbour Times", HEADLINE,
        "The island run is back after a winter of repairs and a long wait for the new engine.",
        caption, caption, "Harbour Wire/Bo Example", "Par Ann Example",
        "Publié le 26/12/2025 à 21:00, mis à jour à 21:40", *STORY,
    )  # fmt: skip
    article = _main(text, None)
    assert article.published == "2025-12-26"
    assert opens_published(Line("Published on December 26, 2025 at 9:00 pm"))
    assert opens_published(Line("First published 26 December 2025"))
    # a sentence naming a report's publication opens otherwise
    assert not opens_published(
        Line("The report, published on 26 December 2025, found the pier unsafe.")
    )


def test_teasers_titled_then_dated_over_the_headline_give_no_date() -> None:
    teasers = [
        "Fishermen protest at the quay over the fees · Jan 7, 2025",
        "Portvale school opens a second library wing · Jan 6, 2025",
        "Council votes on the new harbour wall at last · Jan 5, 2025",
    ]
    text = page("Harbour Times", "Latest", *teasers, HEADLINE, "By Ann Example", *STORY)
    assert _main(text, None).published is None
    # the header's own date under the headline is read as before
    text = page("Harbour Times", "Latest", *teasers, HEADLINE, "By Ann Example", "Jan 12, 2025",
                *STORY)  # fmt: skip
    assert _main(text, None).published == "2025-01-12"


def test_a_print_issue_s_date_is_not_the_story_s() -> None:
    text = page("Harbour Weekly", "January 19, 2026 Issue", HEADLINE, "By Ann Example", *STORY)
    assert _main(text).published is None
    text = page("Harbour Weekly", "January 19, 2026 Issue", HEADLINE, "By Ann Example",
                "January 9, 2026", *STORY)  # fmt: skip
    assert _main(text).published == "2026-01-09"


def test_a_day_without_its_year_may_carry_its_time_of_day() -> None:
    for line in [
        "December 9 at 9:13 AM",
        "Dec. 9, 9:13 a.m. ET",
        "9:13 AM ET, Dec 9",
        "Nov 7 23:05",
    ]:
        parsed = dates.parse_date(line, NOW)
        assert parsed is not None and parsed.relative, line
    assert dates.parse_date("Dec. 9, 9:13 a.m. ET", NOW).iso == "2025-12-09"  # type: ignore[union-attr]
    assert dates.parse_date("Nov 7 23:05", NOW).iso == "2025-11-07"  # type: ignore[union-attr]
    # without the capture time, no day; with more words after the clock, no date line
    assert dates.parse_date("December 9 at 9:13 AM") is None
    assert dates.parse_date("December 9 at 9:13 the council met", NOW) is None
    text = page("Harbour Times", HEADLINE, "By Ann Example", "Updated: Dec 9, 9:13 AM ET", *STORY)
    assert _main(text).published == "2025-12-09"


def test_figures_parted_by_hyphens_are_a_date() -> None:
    found = dates.first_date("Posted 12-09-2025 09:13", NOW)
    assert found is not None and found[1].iso == "2025-12-09T09:13:00"
    found = dates.first_date("25-11-2025")
    assert found is not None and found[1].iso == "2025-11-25"
    # mixed with a hyphen, or glued into a longer run of figures: none
    assert dates.first_date("Call 12-34-5678 today") is None
    assert dates.first_date("12-09/2025") is None


def test_a_post_s_signature_run_together_is_read_under_the_story() -> None:
    text = page(
        "Harbour Notes", HEADLINE, *STORY[:3], "Related posts",
        "Author annPosted on March 20, 2025Categories Harbour, FerriesTags boats, pier",
        "3 thoughts on the ferry", "Harbour Notes is a blog about boats.",
    )  # fmt: skip
    assert _main(text, None).published == "2025-03-20"


def test_a_date_glued_after_a_link_s_small_letters_is_found() -> None:
    found = dates.first_date("/[30]mediaSeptember 2, 2025 7:30 a.m.")
    assert found is not None and found[1].iso == "2025-09-02T07:30:00"
    # a name with a capital inside is no date's start
    assert dates.first_date("McDonald 12, 2025") is None


def test_the_published_date_after_the_updated_one_on_one_line() -> None:
    for line in [
        "UPDATED: December 10, 2025 | PUBLISHED: December 9, 2025",
        "Updated December 10, 2025 Published December 9, 2025",
    ]:
        parsed = fact_date(Line(line), NOW)
        assert parsed is not None and parsed.iso == "2025-12-09", line
        text = page("Harbour Times", HEADLINE, "By Ann Example", line, *STORY)
        assert _main(text).published == "2025-12-09", line
    # an update's date alone is read as before
    text = page("Harbour Times", HEADLINE, "By Ann Example", "Updated December 10, 2025", *STORY)
    assert _main(text).published == "2025-12-10"


def test_a_byline_run_on_into_its_published_date_past_captions() -> None:
    caption = (
        "The ferry at the quay in Portvale, on a cold morning at dawn, before the storm came in."
    )
    byline = (
        "By Ann Example | ann@harbour.example | Harbour News PUBLISHED: April 24, 2025 at 9:06"
        " a.m. | UPDATED: April 24, 2025 at 9:26 a.m."
    )
    text = page("Harbour Times", HEADLINE, caption, caption, "Show Caption", byline, *STORY)
    assert _main(text, None).published == "2025-04-24T09:06:00"


def test_a_wire_story_s_dateline_dates_it_where_nothing_else_does() -> None:
    lead = "PORTVALE, Dec. 9 (Harbour Wire) - " + STORY[0]
    text = page("Harbour Times", HEADLINE, "By Ann Example", lead, *STORY[1:])
    assert _main(text).published == "2025-12-09"
    # no capture time, no year: no day; a date printed in the header is read first
    assert _main(text, None).published is None
    text = page("Harbour Times", HEADLINE, "By Ann Example", "Dec. 10, 2025", lead, *STORY[1:])
    assert _main(text).published == "2025-12-10"
    # a place without a day, or a sentence naming a day, is no dateline
    for line in [
        "PORTVALE (Harbour Wire) — The council met.",
        "The council met on Dec. 9 - again.",
    ]:
        assert fact_line.dateline_date(line, NOW) is None
