"""Boxes inside the story the body stage keeps (session 16): a box of other stories' headlines
printed between the story's paragraphs. Pages written here, about fictional outlets."""

from __future__ import annotations

from newsdesk.extract.text.body import read_body
from newsdesk.extract.text.boxes import _lost_insert_header
from newsdesk.extract.text.lines import normalise
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


def test_a_read_also_header_that_lost_letters_still_opens_its_box() -> None:
    # elinks printed the header's last letters as U+FFFD; the dates under the teasers are
    # header facts (the header stage read them), and with no box open the story above them
    # was taken for the header's standfirst.
    lines = normalise(page(*STORY[:2], "Read als\ufffd\ufffd\ufffd",
                           "Harbour master opens the new quay to ferries", "March 9, 2021",
                           "Tide tables printed for the spring season", "March 8, 2021",
                           *STORY[2:4]))  # fmt: skip
    dates = {i for i, line in enumerate(lines) if line.text.startswith("March")}
    body = read_body(lines, None, skip=dates)
    assert body.paragraphs == STORY[:4] and body.standfirst is None
    # No header: a line of lost letters alone, or another word's.
    assert not _lost_insert_header("\ufffd" * 6) and not _lost_insert_header("Rea\ufffd als")


def test_an_audio_files_address_is_not_the_storys() -> None:
    # A player's file printed under the paragraph: labelled, cut at the width, or glued on.
    address = "http://cdn.harbour.example/uploads/2021/03/0913 3625/Quay-Master-Interview.wav"
    for lines in (
        [STORY[0], "Source " + address.replace(" ", "")],
        [STORY[0], address],
        [STORY[0] + " " + address],
    ):
        body = body_of(page("Harbour Wire", "Pier stalls to sell hot meals", *lines, *STORY[1:]))
        assert STORY[0] in body and STORY[-1] in body
        assert "Interview.wav" not in body and "cdn.harbour" not in body
    # A story's own words about a file stay.
    said = STORY[0] + " The recording is at http://harbour.example/minutes and runs an hour."
    assert "harbour.example/minutes" in body_of(
        page("Harbour Wire", "Pier stalls", said, *STORY[1:])
    )


def test_a_list_after_the_story_announced_as_more_stories_is_not_the_storys() -> None:
    items = [h.lstrip("• ") for h in HEADLINES]
    for announce in ("More on the harbour works:", "Related coverage from Harbour Wire: Money:",
                     "Mehr zu Anna Beispiel und ihrer Familie:"):  # fmt: skip
        body = body_of(page("Harbour Wire", "Pier stalls to sell hot meals", *STORY, announce,
                            *HEADLINES))  # fmt: skip
        assert STORY[-1] in body and not any(item in body for item in items), announce
    # The story's own closing list, announced otherwise, stays.
    body = body_of(page("Harbour Wire", "Pier stalls to sell hot meals", *STORY,
                        "The council will vote on these plans:", *HEADLINES))  # fmt: skip
    assert all(item in body for item in items)
