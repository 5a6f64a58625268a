"""A page's dates and bylines (session 21): a date with a year of two figures on a header's line
of facts, a byline signing the story under its last paragraph. Lines and pages written here,
about fictional outlets."""

from __future__ import annotations

from newsdesk.extract import dates
from tests.extract.test_text_body import STORY, page
from tests.extract.test_text_fields17 import HEADLINE, _main


def test_a_date_with_a_year_of_two_figures() -> None:
    found = dates.short_year_date("Publié le 27 Mar 25 à 9:21")
    assert found is not None and found[1].iso == "2025-03-27"
    found = dates.short_year_date("11/20/24 6:38 AM")  # day first impossible: month first
    assert found is not None and found[1].iso == "2024-11-20"
    found = dates.short_year_date("10/12/24 - 10h02")  # day first
    assert found is not None and found[1].iso == "2024-12-10"
    found = dates.short_year_date("8.5.12")
    assert found is not None and found[1].iso == "2012-05-08"
    # a version glued to its letter, a longer run of figures, a word that names no month: none
    for text in ("v1.2.13", "10.12.20.5", "score 27 Men 20", "1/2/3", "12/25/2024"):
        assert dates.short_year_date(text) is None, text


def test_a_header_line_of_facts_with_a_year_of_two_figures() -> None:
    for line, day in (
        ("Publié le 27 Mar 25 à 9:21", "2025-03-27"),
        ("By Ann Example - 11/18/24 11:04 PM EST", "2024-11-18"),
        ("10/12/24 - 10h02", "2024-12-10"),
    ):
        text = page("Harbour Times", HEADLINE, line, *STORY)
        assert (_main(text).published or "")[:10] == day, line


def test_figures_of_a_year_of_two_figures_in_a_sentence_or_a_list_are_no_date() -> None:
    for line in (
        "The harbour office released version 2.3.14 of its ferry timetable app today",
        "Rule 3.5.12 of the harbour code covers ferries, tugs, barges and yachts alike",
    ):
        text = page("Harbour Times", HEADLINE, line, *STORY)
        assert _main(text).published is None, line


def test_a_byline_signing_the_story_under_its_last_paragraph() -> None:
    text = page("Harbour Times", HEADLINE, *STORY, "Autor: Anna Beispiel", "Tags")
    assert _main(text).authors == ["Anna Beispiel"]
    text = page("Harbour Times", HEADLINE, *STORY, "Автор: Анна Приклад")
    assert _main(text).authors == ["Анна Приклад"]


def test_a_teasers_byline_further_under_the_story_is_not_its_writers() -> None:
    text = page(
        "Harbour Times", HEADLINE, *STORY, "More from the Harbour Times",
        "Island school reopens after the storm", "By Bo Other",
    )  # fmt: skip
    assert _main(text).authors == []
