"""A picture a converter printed inside a paragraph (its file name or a placeholder in
brackets) is no part of the story's text; a story's own brackets (an insertion, a reference)
stay. Pages written here, about fictional outlets."""

from __future__ import annotations

from newsdesk.extract.text.captions import without_pictures
from tests.extract.test_text_body import STORY, body_of, page
from tests.extract.test_text_lynx import _REFERENCES, _lynx_dump


def test_a_picture_printed_inside_a_paragraph_is_left_out() -> None:
    for picture in ("[harbour-pier-2019-05]", "[IMG]", "[image2]", "[pier_03.jpg?w=640]",
                    "[pier-night-1024x704]", "[quay.png] [quay.gif?id=12&amp;o=node]"):  # fmt: skip
        glued = STORY[2] + " " + picture + STORY[3]
        text = page("Harbour Wire", "Pier stalls to sell hot meals", "By Ann Example",
                    "3 March 2025", *STORY[:2], glued, *STORY[4:])  # fmt: skip
        body = body_of(text)
        assert "[" not in body, picture
        assert STORY[2] + " " + STORY[3] in body, picture


def test_a_storys_own_brackets_stay() -> None:
    for text in ("The mayor said [the pier] would open.", "As the survey shows [12], [13].",
                 "The council [...] agreed.", "Write to desk [at] example dot org.",
                 "A [well-being] plan.", "The [2019-2020] season."):  # fmt: skip
        assert without_pictures(text) == text


def test_pictures_are_cut_with_the_spaces_around_them() -> None:
    assert without_pictures("[IMG]The quay opened.") == "The quay opened."
    assert without_pictures("It opened. [quay.png]  [quay.gif]  Crowds came.") == (
        "It opened. Crowds came."
    )


def test_a_link_list_ending_on_a_feeds_address_is_the_converters() -> None:
    # lynx's list of links may end on a feed's or a messenger's address ("feed:https://...").
    for last in ("  42. feed:https://harbour-courier.example/feed",
                 "  42. whatsapp://send?text=Ferry", "  42. sms:?body=Ferry"):  # fmt: skip
        body = body_of(_lynx_dump(STORY, [*_REFERENCES, last]))
        assert body.split("\n\n") == STORY, last
