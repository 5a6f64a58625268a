"""The one scanner of dates inside a line (session 18): where a date may open, and where it may
not (inside a URL's path or a file's name); and a list of dated teasers above the story, whose
dates are not the story's. Lines and pages written here, about fictional outlets."""

from __future__ import annotations

from newsdesk.extract import dates
from tests.extract.test_text_body import STORY, page
from tests.extract.test_text_fields17 import HEADLINE, _main


def test_a_date_opens_after_a_link_number_a_colon_or_a_middle_dot() -> None:
    for line, day in [
        ("[48]November 30, 2025", "2025-11-30"),
        ("Harbour AgencyUpdated:March 16, 2025, 5:01 PM IST", "2025-03-16"),
        ("Text: Ann Example·11 October 2024", "2024-10-11"),
        ("Ann Example •11 October 2024", "2024-10-11"),
        ("Harbour Times Portvale28 October 2025", "2025-10-28"),
    ]:
        found = dates.first_date(line)
        assert found is not None and (found[1].iso or "")[:10] == day, line


def test_a_date_inside_a_path_or_a_file_name_is_none() -> None:
    for line in [
        "12. https://harbour-times.example/city/2025-11-19/ferry-returns-after-winter",
        "file:///sport/2025/11/16/2057290/portvale-wins-the-cup",
        "screen-shot-2025-11-19-at-1-01-55-pm.png",
        "Portvale ferry map (v3.3/rev3/09.03.2025)",
    ]:
        assert dates.first_date(line) is None, line
    # a date printed beside a link is still read
    found = dates.first_date("May 2, 2025 https://harbour-times.example/2025-05-02/ferry")
    assert found is not None and found[0] == 0


def test_dated_teasers_between_the_header_and_the_story_give_no_date() -> None:
    teasers = [
        "08/01/2025 Council votes on the new harbour wall at last",
        "07/01/2025 Fishermen protest at the quay over the fees",
        "06/01/2025 Portvale school opens a second library wing",
    ]
    text = page("Harbour Times", HEADLINE, "By Ann Example", "12 January 2025",
                "Related stories", *teasers, *STORY)  # fmt: skip
    assert _main(text).published == "2025-01-12"
    # the same list without the story's own date gives none, not a teaser's
    text = page("Harbour Times", HEADLINE, "By Ann Example", "Related stories", *teasers, *STORY)
    assert _main(text).published is None


def test_a_date_line_is_read_by_the_same_scanner() -> None:
    # parse_date reads a short line with a few words of label through first_date's search
    for line, day in [
        ("Harbour News28 October 2025", "2025-10-28"),
        ("Text: Ann Example·11 October 2024", "2024-10-11"),
        ("Published:16.08.2025", "2025-08-16"),
    ]:
        parsed = dates.parse_date(line, fallback=False)
        assert parsed is not None and parsed.iso == day, line
    assert (
        dates.parse_date("harbour-times.example/2025-05-02/ferry-returns", fallback=False) is None
    )


def test_a_line_of_facts_is_measured_in_words_not_separators() -> None:
    # 17 words split at spaces, 13 without its separators: a line of facts all the same
    stamp = "Posted: Oct 6, 2025 / 03:38 PM MDT / Updated: Oct 7, 2025 / 09:10 AM MDT"
    text = page("Harbour Times", HEADLINE, stamp, "CITY OF PORTVALE", *STORY)
    assert _main(text).published == "2025-10-06"


def test_a_line_of_facts_under_the_standfirst_gives_its_first_date() -> None:
    standfirst = (
        "The island ferry is back on its winter timetable after three weeks in dry dock, and "
        "the harbour board says the crossing will run twice a day until spring."
    )
    for stamp, day in [
        ("PUBLISHED: 00:01, Tue, Nov 18, 2025 | UPDATED: 10:43, Tue, Nov 18, 2025", "2025-11-18"),
        ("par Ann Exemple, 21 juin 2025", "2025-06-21"),
    ]:
        text = page("Harbour Times", HEADLINE, standfirst, stamp, *STORY)
        assert (_main(text).published or "")[:10] == day, stamp
