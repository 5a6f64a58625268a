"""Boxes inside the story the body stage keeps (session 16): a box of other stories' headlines
printed between the story's paragraphs. Pages written here, about fictional outlets."""

from __future__ import annotations

from tests.extract.test_text_body import STORY, body_of, page


def test_headlines_glued_into_one_line_do_not_end_a_related_box() -> None:
    # A converter glued the box's three headlines into one line of 20 words, no stop, no comma.
    glued = (
        "Maps of farmland go online in the northern district Quay tunnel opens under the river "
        "Eight new dairy farms planned"
    )
    text = page("Harbour Wire", "Pier stalls to sell hot meals", *STORY[:3], "Related stories",
                "Ferry timetable changes", glued, *STORY[3:])  # fmt: skip
    body = body_of(text)
    assert STORY[0] in body and STORY[3] in body and STORY[-1] in body
    assert "Quay tunnel" not in body
