"""The story's title in text dumps (session 22, second pass): a list of teasers over the body (a
picture's mark, a title and a date, or a title, its duration and "Now playing", printed again
and again) is passed for the headline over it, and the writers' names printed over their byline
are no headline. Lines and pages written here, about fictional outlets."""

from __future__ import annotations

from tests.extract.test_text_body import STORY, page
from tests.extract.test_text_fields17 import HEADLINE, _main

TEASERS = (
    "Lighthouse keeper retires after forty years on the rock",
    "New pontoon opens for the summer sailing season",
    "Fish market moves to the old rope works next spring",
    "Gulls blamed for a rise in stolen chips on the quay",
)


def _videos(*titles: str) -> str:
    return "\n".join(
        f"Video Ad Feedback\n{title}\n0{n}:1{n}\nNow playing\nSource: Harbour TV"
        for n, title in enumerate(titles, 1)
    )


def test_a_list_of_related_videos_over_the_body_is_passed() -> None:
    # the list's heading and a button over it, no fact over the list: the headline over those
    related = "\n".join(
        f"[harbour-pic]\n{title}\nHarbour Times 1{n}/06/2024" for n, title in enumerate(TEASERS)
    )
    text = page("Harbour Times", HEADLINE, "Follow Harbour Cars on", "Related videos", related)
    assert _main(page(text, *STORY)).title == HEADLINE


def test_a_list_of_videos_under_the_byline_is_passed() -> None:
    # the header's byline and date over the list: the walk reads them, then the headline
    videos = _videos(*TEASERS)
    text = page(
        "Harbour Times", HEADLINE, "By Ann Example", "March 17, 2024", "Link copied", videos
    )
    article = _main(page(text, *STORY))
    assert article.title == HEADLINE
    assert article.authors == ["Ann Example"]


def test_a_story_between_its_pictures_or_a_list_over_the_headline_is_no_list() -> None:
    # a short headline over the story's paragraphs, a picture between each
    story = [f"{p}\n[harbour-pic]" for p in STORY]
    assert _main(page("Harbour Times", "Ferry is back", *story)).title == "Ferry is back"
    # two videos only: no list
    text = page("Harbour Times", HEADLINE, "Related videos", _videos(*TEASERS[:2]), *STORY)
    assert _main(text).title == TEASERS[1]
    # a list of teasers over the headline, its byline under it
    related = "\n".join(f"[harbour-pic]\n{title}\nNEWS" for title in TEASERS)
    text = page("Harbour Times", related, HEADLINE, "03/17/2024 by Ann Example", *STORY)
    assert _main(text).title == HEADLINE


def test_the_writers_names_over_their_byline_are_no_title() -> None:
    text = page(
        "Harbour Times",
        HEADLINE,
        "Ann Example Bo Example",
        "By Ann Example and Bo Example, Harbour Times",
        "March 17, 2024",
        *STORY,
    )
    assert _main(text).title == HEADLINE
    # a headline that names the writer and more stays
    title = "Ann Example sails the harbour"
    text = page("Harbour Times", title, "By Ann Example", "March 17, 2024", *STORY)
    assert _main(text).title == title


DEK = "The crossing was shut for four months"


def test_a_standfirst_as_long_as_its_headline_is_no_title() -> None:
    # a standfirst without its stop, shorter than the headline over it, share buttons under it
    text = page("Harbour Times", HEADLINE, DEK, "Share this:", "Facebook", *STORY)
    assert _main(text).title == HEADLINE
    text = page(
        "Harbour Times",
        "Storm closes the harbour wall",
        "The council will vote on repairs this week",
        "Share",
        *STORY,
    )
    assert _main(text).title == "Storm closes the harbour wall"
    # right over the body the headline over its standfirst (session 29: the title chooser; the
    # walk took the lower line), over the story's date the lower line may be the headline under
    # a label or a teaser
    assert _main(page("Harbour Times", HEADLINE, DEK, *STORY)).title == HEADLINE
    text = page("Harbour Times", HEADLINE, DEK, "March 17, 2024", "Share", *STORY)
    assert _main(text).title == DEK


def test_a_headline_under_a_row_of_links_or_glued_to_links_stays() -> None:
    # the row parted by bars (set further in than the headline with nothing between its links,
    # the title chooser of session 29 takes the row: its indent and the words the story says
    # outweigh the walk's choice; a known miss)
    headline = "Ferry returns to the island run"
    row = "Island news | Ferries | Weather | Harbour life"
    assert _main(page("Harbour Times", row, headline, "Share", *STORY)).title == headline
    # the headline with the site's links run into it, a picture's caption over it
    glued = "Harbour.newsYour newsFerry returns to the island run"
    caption = "Boats wait at the quay on a grey morning in March"
    assert _main(page("Harbour Times", caption, glued, "Share", *STORY)).title != caption


def test_the_standfirst_printed_again_in_the_story_is_no_heading() -> None:
    text = page("Harbour Times", HEADLINE, DEK, "Share", STORY[0], DEK, *STORY[1:])
    article = _main(text)
    assert article.title == HEADLINE
    assert DEK not in article.headings
    assert DEK not in article.body


def test_the_standfirst_quoted_further_down_stays_in_the_story() -> None:
    # Over the story or under its first paragraph a reprint; three paragraphs in, the story's own.
    text = page("Harbour Times", HEADLINE, DEK, "Share", *STORY[:3], DEK, *STORY[3:])
    article = _main(text)
    assert article.title == HEADLINE
    assert DEK in article.body
