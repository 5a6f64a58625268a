"""The headline over the header's facts, not the caption under them (session 28): a caption
printed twice (its picture's alt text glued on), a name printed again with the writer's handle,
a standfirst between the headline and the byline; a picture's buttons and an advertisement's
notice as chrome. Lines written here, about fictional outlets."""

from __future__ import annotations

from newsdesk.extract.text import line_marks
from newsdesk.extract.text.headline import printed_twice
from tests.extract.test_text_body import STORY, body_of, page
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


def test_a_pictures_buttons_and_an_ads_notice_are_chrome() -> None:
    for text in ("Enlarge this image", "Advertisement - story continues below",
                 "Story continues below advertisement", "Article continues below"):  # fmt: skip
        assert line_marks.CHROME_WORDS.match(text), text
    for text in ("Enlarge this image of the harbour", "The story continues below the pier"):
        assert not line_marks.CHROME_WORDS.match(text), text
    # Under the header, over the body: neither the headline nor the story.
    text = page("Harbour Times", HEADLINE, "By Bo Example", "March 3, 2025",
                "Advertisement - story continues below", *STORY[:2], "Enlarge this image",
                *STORY[2:])  # fmt: skip
    assert _title(text) == HEADLINE
    assert "Enlarge" not in body_of(text) and "continues below" not in body_of(text)


def test_a_pull_quote_under_the_headline_is_its_standfirst() -> None:
    text = page("Harbour Times", HEADLINE, '"... waiting for the tide.”',
                "by Bo Example March 3, 2025 at 7:18am", *STORY)  # fmt: skip
    assert _title(text) == HEADLINE
    # A headline that is a quotation, under a section's name, stays the headline.
    quoted = "“We will sail again before the summer”"
    text = page("Harbour Times", "Island news", quoted, "by Bo Example March 3, 2025", *STORY)
    assert _title(text) == quoted


def test_a_line_printed_twice_is_no_headline() -> None:
    assert printed_twice("Ann ExampleAnn Example") and printed_twice("Harbour TV Harbour TV")
    assert not printed_twice("Harbour news") and not printed_twice("New York, New York")
    # A picture's alt text run into its caption, under the date: the headline is over both.
    text = page("Harbour Times", HEADLINE, "By Bo Example", "March 3, 2025", "0 0",
                "Bo ExampleBo Example", *STORY)  # fmt: skip
    assert _title(text) == HEADLINE


def test_a_tags_label_under_the_byline_is_no_headline() -> None:
    for label in ("Filed to: Harbour Council", "Posted in: Island life", "Topics: ferries"):
        text = page("Harbour Times", HEADLINE, "[ann-example]", "Ann Example", "Today 12:34pm",
                    label, *STORY)  # fmt: skip
        assert _title(text) == HEADLINE, label


def test_a_name_under_the_headline_over_the_date_is_the_writer() -> None:
    from tests.extract.test_text_fields17 import _main

    text = page("Harbour Times", HEADLINE, "Bo Example", "Today 12:34pm",
                "Filed to: Harbour Council", *STORY)  # fmt: skip
    assert _main(text).authors == ["Bo Example"]
    text = page("Harbour Times", HEADLINE, "Bo Example", "Bo Example boexample",
                "March 3, 2025 — 5:00 AM EST", *STORY)  # fmt: skip
    assert _main(text).authors == ["Bo Example"]
    # A name under the headline with no date under it is no writer (a picture's subject).
    text = page("Harbour Times", HEADLINE, "Bo Example", *STORY)
    assert _main(text).authors == []


def test_a_row_of_buttons_under_the_date_is_no_headline() -> None:
    buttons = ["FOLLOW Harbour Times on the News app", "FOLLOW Harbour on News"]
    text = page("Harbour Times", HEADLINE, "30.11.2025 18:14", *buttons, *STORY)
    assert _title(text) == HEADLINE
