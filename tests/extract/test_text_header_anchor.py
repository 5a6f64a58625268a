"""A story's header (headline, then byline or date) as an anchor: the story starts under it and
the next header ends it (weigh._anchor_headers)."""

from __future__ import annotations

from newsdesk.extract import extract_text_page
from newsdesk.extract.text import shapes
from newsdesk.extract.text.lines import normalise
from tests.extract.test_text_body import page, para


def _entry(n: int, headline: str) -> list[str]:
    """One entry of a stream of other stories: its headline, its byline and date, two paragraphs."""
    return [headline, f"by Bo Example{n} / 4 March 2025", para(20 + 2 * n, "the cape"),
            para(21 + 2 * n, "the cape")]  # fmt: skip


def test_a_stream_of_other_stories_under_their_own_headers_is_not_the_story():
    story = [para(n) for n in range(1, 3)]
    stream = [
        *_entry(1, "Lighthouse keeper retires after forty years"),
        *_entry(2, "Cape road closed for the winter repairs"),
        *_entry(3, "Fishing fleet returns early as storm nears"),
    ]
    text = page("Harbour Courier", "Menu", "Ferry strike ends after nine days",
                "by Ann Example", "4 March 2025", *story, *stream)  # fmt: skip
    article = extract_text_page(text).articles[0]
    assert all(p in article.body for p in story)
    assert "the cape" not in article.body
    assert article.title == "Ferry strike ends after nine days"


def test_a_lone_source_line_above_the_first_paragraph_opens_no_notes():
    # Prose at the head of the page (far above), a long menu, then the story's header, a share
    # bar and a media element's lone "source" line right above the first paragraph.
    top = [para(30, "the cape"), para(31, "the cape")]
    menu = [f"Section {n}" for n in range(45)]
    story = [para(n) for n in range(1, 5)]
    text = page("Harbour Courier", *top, *menu, "Ferry strike ends after nine days",
                "4 March 2025", "Share", "Facebook", "Email", "source", *story)  # fmt: skip
    body = extract_text_page(text).articles[0].body
    assert all(p in body for p in story)
    assert "the cape" not in body


def test_a_byline_line_naming_when_it_was_published_anchors_the_story():
    # A comment policy box stands right above the story's header, whose one line names the
    # reporter and the paper, then when the story was published: too long a line to be read
    # as a date whole, it is read after "Published", and the story begins under the header.
    policy = [
        "Our comments are open to subscribers only, as a trial to see whether the talk under "
        "our stories gets better for everyone who takes part in it.",
        "You will need to sign in before you comment. Comments typed while signed out are lost.",
        "Please be civil. Disagree with ideas, not people: insults, threats and hate speech "
        "can get you banned from the comments for good, and we may remove them at any time.",
    ]
    story = [para(n) for n in range(1, 5)]
    text = page("Harbour Courier", "Menu", *policy, "Ferry strike ends after nine days",
                "Ann Example, The Harbour Courier Published 7:40 p.m. ET March 17, 2025",
                *story)  # fmt: skip
    article = extract_text_page(text).articles[0]
    assert all(p in article.body for p in story)
    assert "comment" not in article.body
    assert article.title == "Ferry strike ends after nine days"
    assert article.published == "2025-03-17"


def test_a_sentence_saying_when_something_was_published_is_no_date():
    # The same words in a sentence of the story: no header's line, so no date read from it.
    said = "The ferry report was published on March 3, 2025 by the port."
    header = "Ann Example, The Harbour Courier Published 7:40 p.m. ET March 17, 2025"
    assert shapes.date_of(normalise(said)[0]) is None
    parsed = shapes.date_of(normalise(header)[0])
    assert parsed is not None and parsed.iso == "2025-03-17"
