"""An end-of-article label ("About Ann Example", "Related topics": line_marks.ENDING) inside
the story, with the story's paragraphs above and two or more under it, is a sub-heading or a
box between the story's parts, no barrier; under the story, with one bio paragraph or none,
it still ends the story. Pages written here, about fictional outlets."""

from __future__ import annotations

from tests.extract.test_text_body import STORY, body_of, page

BIO = (
    "Ann Example has written about the harbour and its ferries for Harbour Wire since 2009, "
    "and before that covered the council for the Quay Gazette for eleven years."
)


def test_an_about_label_between_the_storys_paragraphs_is_no_barrier() -> None:
    for label in ("About Ann Example", "Related topics", "About this story"):
        text = page("Harbour Wire", "Pier stalls to sell hot meals", "By Ann Example",
                    "3 March 2025", *STORY[:3], label, *STORY[3:])  # fmt: skip
        body = body_of(text)
        assert STORY[2] in body and STORY[3] in body and STORY[-1] in body, label


def test_an_authors_box_under_the_story_still_ends_it() -> None:
    text = page("Harbour Wire", "Pier stalls to sell hot meals", "By Ann Example",
                "3 March 2025", *STORY, "About the author", BIO)  # fmt: skip
    body = body_of(text)
    assert STORY[-1] in body
    assert "has written about the harbour" not in body
