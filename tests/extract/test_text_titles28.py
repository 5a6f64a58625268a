"""The headline over the header's facts, not the caption under them (session 28): a caption
printed twice (its picture's alt text glued on), a name printed again with the writer's handle,
a standfirst between the headline and the byline. Lines written here, about fictional outlets."""

from __future__ import annotations

from tests.extract.test_text_body import STORY, page
from tests.extract.test_text_titles17 import HEADLINE, _title

SCENE = "The old ferry at the island quay on a grey morning."
DATED_BYLINE = "By Bo Example • 3/3/25 10:14am"


def test_a_caption_printed_twice_under_the_byline_is_no_headline() -> None:
    text = page("Harbour Times", HEADLINE, DATED_BYLINE, f"{SCENE}{SCENE}",
                f"{SCENE} HPA/EXA/QTX", *STORY)  # fmt: skip
    assert _title(text) == HEADLINE
    text = page("Harbour Times", HEADLINE, "By Bo Example", "3 hours ago",
                f"[ferry-quay] {SCENE} {SCENE}", f"{SCENE} (Harbour Pictures)", *STORY)  # fmt: skip
    assert _title(text) == HEADLINE


def test_a_quoted_standfirst_between_headline_and_byline() -> None:
    quoted = "'Nobody thought the old boat would sail again'"
    text = page("Harbour Times", HEADLINE, quoted, DATED_BYLINE, f"{SCENE}{SCENE}",
                f"{SCENE} HPA/EXA/QTX", *STORY)  # fmt: skip
    assert _title(text) == HEADLINE


def test_a_name_with_the_writers_handle_between_headline_and_date() -> None:
    text = page("Harbour Times", HEADLINE, "Bo Example", "Bo Example boexample",
                "March 3, 2025 10:14 am", "Share on FacebookShare on Twitter",
                "Ferry Talks: The Winter Timetable", *STORY)  # fmt: skip
    assert _title(text) == HEADLINE


def test_a_teasers_title_over_the_headline_is_not_taken_for_it() -> None:
    # A list of teasers (picture, title) ends right over the headline: the line over the
    # headline is a teaser's title, not a headline over its standfirst.
    teasers = []
    for n, name in enumerate(["Lighthouse keeper retires after forty winters on the point",
                              "Island school gets its new roof before the storms arrive",
                              "Quay cafe reopens its doors with a new winter menu"]):  # fmt: skip
        teasers += [f"[teaser-{n}]", name]
    text = page("Harbour Times", *teasers, HEADLINE, "Bo Example", "Bo Example",
                "3 Mar 2025 at 10:14 ET", "(Photo: Example Images)", "(Photo: Example Images)",
                "Don't miss stories. Follow Harbour Times!", "Follow @harbourtimes",
                *STORY)  # fmt: skip
    assert _title(text) == HEADLINE
