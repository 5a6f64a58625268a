"""Boxes and barriers inside a story (session 20; fictional outlets, our own words)."""

from __future__ import annotations

from newsdesk.extract import extract_text_page
from newsdesk.extract.text import line_score, weigh
from newsdesk.extract.text.lines import normalise
from tests.extract.test_text_body import STORY, page, para

_MENUS = ["Home", "News", "Sport", "Weather", "Contact"]


def _weights(text: str) -> tuple[list[str], list[float]]:
    lines = normalise(text)
    scores = [line_score.line_score(line) for line in lines]
    return [line.text for line in lines], weigh.discount_boxes(lines, scores)


def test_a_story_resumes_after_a_box_between_adverts():
    # After a "Read also" box the story goes on, but an advert's label stands between each two
    # of its paragraphs: they still follow one another, and weigh for the story.
    parts = []
    for p in STORY[2:]:
        parts += [p, "Advertisement"]
    text = page("Harbour Courier", *_MENUS, "Ferry strike ends after three days", "4 March 2025",
                *STORY[:2], "Read also", "Crane repair slows the night crossing", *parts,
                "Contact us")  # fmt: skip
    texts, weighed = _weights(text)
    for p in STORY[2:]:
        assert weighed[texts.index(p)] > 0, p
    body = extract_text_page(text).articles[0].body
    assert STORY[5] in body and STORY[0] in body


def test_a_box_of_blurbs_under_their_headlines_still_weighs_nothing():
    # Each blurb of a box stands under its own headline (no chrome): none resumes the story.
    blurbs = []
    for n in range(4):
        blurbs += [f"Another Headline Number {n} For The Box", para(100 + n, f"teaser {n}")]
    text = page("Harbour Courier", "Ferry strike ends after three days", "4 March 2025",
                *STORY, "Read also", *blurbs, "Contact us")  # fmt: skip
    texts, weighed = _weights(text)
    for n in range(4):
        assert weighed[texts.index(para(100 + n, f"teaser {n}"))] <= -2.0


def test_a_one_paragraph_lede_over_a_picture_and_a_box_is_the_storys():
    # The story's first paragraph, its picture, then a box of other stories: the story resumes
    # below the box, and began above it (growth walks back past the picture to the lede).
    text = page("Harbour Courier", *_MENUS, "Ferry strike ends after three days", "4 March 2025",
                STORY[0], "[photo.jpg]", "Related stories", "Crane repair slows the night crossing",
                "Gulls return to the north quay", *STORY[1:], "Contact us")  # fmt: skip
    article = extract_text_page(text).articles[0]
    assert STORY[0] in article.body + (article.standfirst or "")
    assert STORY[5] in article.body


def test_a_sidebar_blurb_over_a_picture_and_a_list_does_not_join_the_story():
    # Above the box stands a headline with its picture, not a paragraph: nothing to grow to.
    text = page("Harbour Courier", *_MENUS, "Ferry strike ends after three days", "4 March 2025",
                "Market Hall Reopens For The Summer Season", "[photo.jpg]", "Related stories",
                "Crane repair slows the night crossing", "Gulls return to the north quay",
                *STORY, "Contact us")  # fmt: skip
    article = extract_text_page(text).articles[0]
    assert STORY[0] in article.body + (article.standfirst or "")
    assert "Market Hall" not in article.body
