"""The story's edges (issue 2, session 19): a picture's caption read as the story's first
paragraph when its credit stands alone under it, said by a photo word with no name or label
("HT FILE PHOTO", "Courtesy of Bo Example"). Pages written here, about fictional outlets."""

from __future__ import annotations

from tests.extract.test_text_body import STORY, body_of, page

CAPTION = "The new ferry leaves the harbour on its first crossing of the season. It holds 300."


def test_a_caption_over_a_credit_said_by_its_photo_word_is_no_paragraph() -> None:
    for credit in ["HT FILE PHOTO", "Courtesy of Bo Example and Ann Example", "Example Wire photo"]:
        body = body_of(page("Harbour Times", "Ferry season opens early", "3 March 2025",
                            "ferry_2025_0301.jpg", CAPTION, credit, *STORY))  # fmt: skip
        assert STORY[0] in body and STORY[-1] in body, credit
        assert "first crossing" not in body, credit


def test_a_heading_under_the_story_s_paragraph_stays_though_it_names_photos() -> None:
    # The line above is the story's paragraph: what stands under it is a heading of the story.
    heading = "Photos of the crossing"
    body = body_of(page("Harbour Times", "Ferry season opens early", "3 March 2025", *STORY[:3],
                        heading, *STORY[3:]))  # fmt: skip
    assert heading in body and STORY[0] in body and STORY[-1] in body


def test_a_paragraph_over_an_alt_text_closing_on_image_stays() -> None:
    # A picture's alt text of many words that closes on "image" is no credit: the paragraph
    # above it is the story's.
    alt = "Harbour ferry leaves the quay at dawn image"
    body = body_of(page("Harbour Times", "Ferry season opens early", "3 March 2025",
                        "ferry_2025_0301.jpg", STORY[0], alt, *STORY[1:]))  # fmt: skip
    assert STORY[0] in body and STORY[-1] in body
