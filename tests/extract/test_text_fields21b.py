"""A page's bylines the header walk did not reach (session 21): a header parted from the body by
a box of videos, an outlet's desk and a reading time after the people, a byline over the share
buttons and a prompt to comment, a byline whose opener takes a colon. Lines and pages written
here, about fictional outlets."""

from __future__ import annotations

from newsdesk.extract import bylines, facts
from tests.extract.test_text_body import STORY, page
from tests.extract.test_text_fields17 import HEADLINE, _main

# A video player between the header and the story: its playlist of clips, each a title, its
# length and a label: further than the date is looked for above the story.
PLAYLIST = [
    line
    for n, title in enumerate(
        (
            "Harbour pilots rehearse the winter crossing",
            "Island mayor answers questions on the ferry fares",
            "Watch the new ferry leave the slipway for the first time",
            "Fishermen say the harbour wall needs repairs before spring",
            "A tour of the old customs house on the quay",
            "Gulls return to the breakwater as the days grow longer",
            "Ferry crew trains for rescues at sea in the cold",
            "The island's bakery opens early for the first boat",
            "What the new timetable means for the school run",
        )
    )
    for line in ("Video Ad Feedback", title, f"0{n + 1}:32", "Now playing")
]


def test_a_header_parted_from_the_story_by_a_box_of_videos() -> None:
    text = page(
        "Harbour Times", HEADLINE, "By Ann Example and Bo Other, HNN Business",
        "Updated 0339 GMT (1139 HKT) November 19, 2024", *PLAYLIST, *STORY,
    )  # fmt: skip
    article = _main(text)
    assert article.authors == ["Ann Example", "Bo Other"]
    assert (article.published or "")[:10] == "2024-11-19"


def test_teasers_bylines_or_a_byline_with_no_headline_over_it_far_above_the_story() -> None:
    teasers = page(
        "Harbour Times", "Island school reopens after the storm", "By Bo Other",
        "November 18, 2024", "Lighthouse keeper retires after forty years", "By Cy Third",
        "November 17, 2024", *PLAYLIST, *STORY,
    )  # fmt: skip
    assert _main(teasers).authors == []
    # an author's box: her name and what she writes about, no date under it
    box = page(
        "Harbour Times", "About the author", "By Ann Example",
        "Ann Example covers the harbour and the ferries for the Harbour Times.", *PLAYLIST, *STORY,
    )  # fmt: skip
    assert _main(box).authors == []


def test_an_outlets_desk_or_a_reading_time_after_the_people_is_no_person() -> None:
    assert bylines.byline_people("Ann Example, HNN Business") == ["Ann Example"]
    assert bylines.byline_people("Ann Example and Bo Other, HNN 7 minute read") == [
        "Ann Example",
        "Bo Other",
    ]
    # a second person's name is kept
    assert bylines.byline_people("Ann Example, Bo Other") == ["Ann Example", "Bo Other"]


def test_a_byline_over_share_buttons_and_a_prompt_to_comment() -> None:
    text = page(
        "Harbour Times", HEADLINE, "كتبت هالة مثال", "مشاركة", "Share on facebook",
        "Share on twitter", "أضف تعليقاً واقرأ تعليقات القراء", *STORY,
    )  # fmt: skip
    article = _main(text)
    assert article.authors == ["هالة مثال"]
    assert article.title == HEADLINE
    # "participation" in a headline is no share button
    assert not facts.is_share_bar("مشاركة الميناء في معرض السفن الدولي")


def test_a_byline_whose_opener_takes_a_colon_and_a_bar_after_the_name() -> None:
    assert bylines.byline("Par : Anne Exemple| +Actu Port+Société") == "Anne Exemple"
    assert bylines.byline("Por: Ana Ejemplo") == "Ana Ejemplo"
    for sentence in ("Par ailleurs, Jean Exemple a dit", "Por: una razón clara"):
        assert bylines.byline(sentence) is None, sentence


def test_names_and_their_agency_over_the_story_date_past_a_gallery() -> None:
    for names, people in (
        ("Ann Example and Bo Other, Associated Press", ["Ann Example", "Bo Other"]),
        ("Ann Example told the Associated Press", []),  # a sentence, no byline
    ):
        text = page(
            "Harbour Times", HEADLINE, names,
            "Updated 12:24 am EST, Wednesday, November 20, 2024", *PLAYLIST[:20], *STORY,
        )  # fmt: skip
        assert _main(text).authors == people, names


def test_a_byline_with_a_central_european_capital_or_a_role_in_brackets() -> None:
    assert bylines.byline("Autori: Anna Piemēra (Harbour TV redaktore)") == "Anna Piemēra"
    assert bylines.byline("Von Łukasz Przykład") == "Łukasz Przykład"
    assert bylines.byline("Autor: Šárka Příkladová") == "Šárka Příkladová"


def test_a_line_of_facts_run_on_into_the_headline_printed_again() -> None:
    first = "Harbour ferry returns to the island run after the winter storms closed"
    headline = f"{first} the crossing for weeks"
    facts_line = "by Ann Example, The Harbour Post, Posted: July 18, 2024- 4:01 PM"
    # printed as a block wrapped at 75 columns, its lines joined again as one paragraph
    block = f"   {facts_line}\n   {first}\n   the crossing for weeks"
    article = _main(page("Harbour Times", headline, block, *STORY))
    assert article.authors == ["Ann Example"]
    assert (article.published or "")[:10] == "2024-07-18"
    assert "Ann Example" not in article.body


def test_a_name_under_the_date_or_under_a_pictures_mark_is_no_headline() -> None:
    text = page(
        "Harbour Times",
        HEADLINE,
        "Today 9:44",
        "Hana Nováková Příkladová",
        "FacebookTwitter",
        *STORY,
    )
    article = _main(text)
    assert article.title == HEADLINE
    assert article.authors == ["Hana Nováková Příkladová"]
    text = page(
        "Harbour Times", HEADLINE, "11/19/2024 by Ann Example", "FACEBOOK", "TWITTER",
        "[harbour-pic]", "Cy Ray Lens", "Harbour Ferry", *STORY,
    )  # fmt: skip
    article = _main(text)
    assert article.title == HEADLINE
    assert article.authors == ["Ann Example"]
    # a headline under a date line is one all the same
    article = _main(page("Harbour Times", "Today 9:44", HEADLINE, *STORY))
    assert article.title == HEADLINE
