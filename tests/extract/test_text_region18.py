"""Which stretch is the story, whatever the renderer printed (session 18; fictional outlets)."""

from __future__ import annotations

from newsdesk.extract import extract_text_page
from tests.extract.test_text_body import STORY, page, para

_MENUS = ["Home", "News", "Sport", "Weather", "Contact"]


def test_a_story_glued_into_its_standfirst_is_not_rescued_away():
    # A renderer that keeps no line between a story's paragraphs (text in bare boxes) prints
    # them as one paragraph under the headline; cut off from the rest by a picture and share
    # buttons, it is read as the standfirst, and the body is a teaser's few words. The net
    # under the choice must count the standfirst as read, not take a reader's comment below.
    glued = " ".join(STORY[:5])
    teaser = (
        "Crane repair slows the night crossing for a second week, the warden of the north "
        "quay told the harbour board on Monday."
    )
    said = [para(200 + n, "the reader") for n in range(3)]
    text = page("Harbour Courier", *_MENUS, "Ferry strike ends after three days", "4 March 2025",
                glued, "[photo.jpg]", "Share", "Share", "Crane repair slows crossing", teaser,
                "Read more", "Editor: Ann Example", "Tags: ferry, harbour", *_MENUS, "2 Comments",
                "Bo Reader wrote:", "5 March 2025", *said, "Contact us")  # fmt: skip
    article = extract_text_page(text).articles[0]
    assert article.title == "Ferry strike ends after three days"
    assert STORY[0] in (article.standfirst or "") + article.body
    assert not any(p in article.body for p in said)
