"""The story's title in text dumps (session 29): the title chooser (title_choice.py) scores the
lines near the body's start on general signals (a headline's shape, its place under the menus
and over the header's facts, the words the story's first paragraphs say again) and takes the
best where it beats the header walk's choice by a margin. Lines and pages written here, about
fictional outlets."""

from __future__ import annotations

from newsdesk.extract.text import title_signals
from newsdesk.extract.text.lines import Line
from tests.extract.test_text_body import STORY, page
from tests.extract.test_text_fields17 import HEADLINE, _main

MENU = "\n".join(f"  * {item}" for item in ("News", "Ferries", "Weather", "Island life", "Sport"))


def test_a_poll_between_the_headline_and_the_story_is_no_title() -> None:
    # a poll's question and buttons under the headline, its source and date under them
    text = page(
        "Harbour Times", MENU, HEADLINE, "Picture:", "Poll", "Should the quay stay open at night?",
        "Poll ( ) Yes Poll ( ) No Poll Buttons", "[Send]", "Source:",
        "Date: 03 June 2024", *STORY,
    )  # fmt: skip
    assert _main(text).title == HEADLINE


def test_share_buttons_in_another_script_are_no_title() -> None:
    text = page(
        "Harbour Times", MENU, HEADLINE, "Source: Harbour Times", "2024-11-17 15:13", "分享",
        "分享到● [qzone] [weibo] [facebook] 分享到微信●", *STORY,
    )  # fmt: skip
    assert _main(text).title == HEADLINE


def test_a_short_headline_under_the_menus_over_its_date() -> None:
    # two words, the walk's title shape wants three; under the menus, over the date
    text = page("Harbour Times", MENU, "Ferry back", "17.03.2024, 16:20 by annexample", *STORY)
    assert _main(text).title == "Ferry back"


def test_the_walks_headline_stands_where_nothing_beats_it() -> None:
    text = page("Harbour Times", MENU, HEADLINE, "By Ann Example", "March 17, 2024", *STORY)
    assert _main(text).title == HEADLINE


def test_words_of_a_script_without_spaces_are_pairs_of_characters() -> None:
    assert title_signals.tokens("港口渡轮") == {"港口", "口渡", "渡轮"}
    assert title_signals.tokens("The harbour ferry is back") == {"harbour", "ferry", "back"}


def test_a_teasers_title_in_a_run_printed_alike() -> None:
    texts = []
    for n, title in enumerate(("Gulls return to the quay", "Rope works to close", "Tide tables")):
        texts += ["[harbour-pic]", title, f"Harbour Times 1{n}/06/2024"]
    lines = [Line(t) for t in texts]
    assert title_signals.in_run(lines, 4)  # the second teaser's title
    assert not title_signals.in_run(lines, 3)  # a picture's mark, printed alike itself
    lines = [Line(t) for t in ("Harbour ferry is back", "The crossing was shut", "Share")]
    assert not title_signals.in_run(lines, 0)
