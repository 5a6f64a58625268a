"""The story's title and writer in text dumps (session 21, second pass): a headline the page
prints twice (its title, then the article's) over a shorter line without a stop is the headline,
the line under it a standfirst or subheading; a name glued to its own byline is one writer. Lines
and pages written here, about fictional outlets."""

from __future__ import annotations

from newsdesk.extract import bylines
from tests.extract.test_text_body import STORY, page
from tests.extract.test_text_fields17 import HEADLINE, _main


def test_a_headline_printed_twice_over_a_short_standfirst() -> None:
    text = page("Harbour Times", HEADLINE, HEADLINE, "Islanders cheer the boat back", *STORY)
    assert _main(text).title == HEADLINE


def test_a_headline_printed_twice_with_a_date_between() -> None:
    text = page(
        "Harbour Times", HEADLINE, "17/03/2024", HEADLINE, "No other way", *STORY
    )  # fmt: skip
    assert _main(text).title == HEADLINE


def test_a_headline_printed_once_over_a_short_line_stays() -> None:
    # no second print: the lower line may be the headline under a kicker-like line
    text = page(
        "Harbour Times", HEADLINE, "Island school reopens its doors after the storm", *STORY
    )
    assert _main(text).title == "Island school reopens its doors after the storm"
    # a section's label printed twice over the headline is no headline
    text = page("Harbour Times", "Island news", "Island news", HEADLINE, *STORY)
    assert _main(text).title == HEADLINE


def test_a_name_glued_to_its_own_byline_is_one_writer() -> None:
    assert bylines.byline_people("Ann ExampleBy Ann Example") == ["Ann Example"]
    text = page("Harbour Times", HEADLINE, "By Ann ExampleBy Ann Example", *STORY)
    assert _main(text).authors == ["Ann Example"]
    # two writers glued stay as they are: no name is dropped
    assert bylines.byline_people("Ann ExampleBy Bob Sample") == ["Ann ExampleBy Bob Sample"]
