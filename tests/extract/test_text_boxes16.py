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


HEADLINES = [
    "• Ferry crews walk out over the new winter timetable",
    "• Harbour council names a new warden for the east quay",
    "• Storm damage closes the lighthouse path until spring",
    "• Fish market moves to the old cargo shed for a season",
]


def test_a_box_of_bulleted_headlines_inside_the_story_is_not_the_story() -> None:
    text = page("Harbour Wire", "Pier stalls to sell hot meals", *STORY[:3],
                "More on the harbour works", *HEADLINES, *STORY[3:])  # fmt: skip
    body = body_of(text)
    assert STORY[2] in body and STORY[3] in body and STORY[-1] in body
    assert "Ferry crews walk out" not in body and "More on the harbour" not in body


def test_the_storys_own_lists_stay() -> None:
    # Announced by a colon, or items too short for headlines (what to bring, a recipe's).
    plans = "The council set out its plans:"
    announced = page("Harbour Wire", "Pier stalls to sell hot meals", *STORY[:3], plans,
                     "Next steps", *HEADLINES, *STORY[3:])  # fmt: skip
    assert "Ferry crews walk out" in body_of(announced)
    short = ["• Two warm coats", "• A flask of tea", "• Boots for the quay", "• A torch"]
    listed = page("Harbour Wire", "Pier stalls to sell hot meals", *STORY[:3], "What to bring",
                  *short, *STORY[3:])  # fmt: skip
    assert "A flask of tea" in body_of(listed)
