"""A page's authors and dates above the body (session 22, second pass): a byline's line saying
the story was published, run on with the share buttons or the standfirst; the writer's name
over the date with the section's name or an earlier date between, or printed twice. Lines and
pages written here, about fictional outlets."""

from __future__ import annotations

from tests.extract.test_text_body import STORY, page
from tests.extract.test_text_fields17 import HEADLINE, _main

TEASER = "Island school reopens after the storm"


def test_a_published_line_run_on_with_its_share_buttons_under_the_headline() -> None:
    # the buttons' labels glued into one word: too long a line of facts, no date alone
    line = (
        "Ann Example, The Harbour Courier Published 7:40 p.m. ET March 17, 2025 "
        "SHARETWEETLINKEDINCOMMENTEMAILMORE"
    )
    article = _main(page("Harbour Times", HEADLINE, line, *STORY))
    assert (article.published or "")[:10] == "2025-03-17"
    assert article.authors == ["Ann Example"]


def test_a_byline_run_on_with_published_and_the_standfirst() -> None:
    line = f"Por Ann Example Publicado Jul 23, 2025 1 0 {HEADLINE}"  # the headline again
    article = _main(page("Harbour Times", HEADLINE, "Sociedad", line, *STORY))
    assert (article.published or "")[:10] == "2025-07-23"


def test_a_teasers_published_line_over_the_headline_is_not_the_storys() -> None:
    # a teaser's title and its line run on with its blurb, over the story's headline
    line = "Bo Other Published 6:10 p.m. March 2, 2025 the island school has a new roof"
    article = _main(page("Harbour Times", TEASER, line, HEADLINE, *STORY))
    assert article.title == HEADLINE
    assert article.published is None
    # nor, under the headline, a long line whose "published" stands far from its date
    told = (
        "Ann Example published her first story on the harbour wall in the spring, long before "
        "March 17, 2025"
    )
    assert _main(page("Harbour Times", HEADLINE, told, *STORY)).published is None


def test_the_writers_name_over_the_sections_name_and_the_date() -> None:
    text = page("Harbour Times", "Ann Example", "Business", "Nov 7, 2025 2:00 AM", HEADLINE, *STORY)
    assert _main(text).authors == ["Ann Example"]


def test_the_writers_name_over_the_date_published_and_the_date_updated() -> None:
    text = page(
        "Harbour Times", HEADLINE, "Ann Example", "22:30, 9 May 2025",
        "Updated 22:38, 9 May 2025", *STORY,
    )  # fmt: skip
    article = _main(text)
    assert article.authors == ["Ann Example"]


def test_the_writers_name_printed_twice_over_the_date() -> None:
    text = page(
        "Harbour Blog", "ferries", "Ann Example", "Ann Example", "June 8, 2025", HEADLINE, *STORY
    )
    assert _main(text).authors == ["Ann Example"]


def test_a_name_under_another_name_over_the_date_is_a_list_of_names() -> None:
    # a list of the site's writers over the story's date: nobody's byline
    text = page(
        "Harbour Blog", "ferries", "Bo Other", "Ann Example", "June 8, 2025", HEADLINE, *STORY
    )
    assert _main(text).authors == []


def test_a_name_with_its_outlet_in_brackets_among_the_dates_parts() -> None:
    line = "Show - Ann Example (The Harbour Star) - November 27, 2025 - 12:00am"
    assert _main(page("Harbour Times", HEADLINE, line, *STORY)).authors == ["Ann Example"]
    line = "Ann Example (@annexample) - November 27, 2025"
    assert _main(page("Harbour Times", HEADLINE, line, *STORY)).authors == ["Ann Example"]
    # a place and its agency, an outlet and its section: nobody
    for line in (
        "London (Harbour Wire) - November 27, 2025",
        "Sport - Harbour Times (Opinion) - November 27, 2025",
    ):
        assert _main(page("Harbour Times", HEADLINE, line, *STORY)).authors == [], line


def test_a_byline_after_a_slash_in_a_line_of_facts() -> None:
    # date, comments, category, byline parted by slashes without spaces after them
    line = "October 12, 2025/0 Comments/in Ferry News /by Ann Example"
    assert _main(page("Harbour Blog", HEADLINE, line, *STORY)).authors == ["Ann Example"]
    # no date or time before it: a picture's credit, no line of facts
    line = "Harbour at dawn/by Ann Example"
    assert _main(page("Harbour Blog", HEADLINE, line, *STORY)).authors == []
