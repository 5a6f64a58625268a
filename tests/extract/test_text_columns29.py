"""Columns printed side by side (session 29): a page laid out in a table's cells, as w3m, elinks
and inscriptis print it, read column by column; a table of figures left as its rows. Dumps
written here, about a fictional outlet."""

from __future__ import annotations

from newsdesk.extract.text.layout_columns import side_by_side
from tests.extract.test_text_body import body_of

STORY = [
    "The Harbour Town ferry returned to the island run on Monday after a winter of repairs, the",
    "port authority said, with the first crossing leaving at seven in the morning.",
    "",
    "Passengers queued from before dawn, and the captain said the new engines had cut the",
    "crossing time by nearly ten minutes compared with last year's timetable.",
    "",
    "The repairs cost the town council more than it had planned, and a council member said the",
    "budget for the coming year would need to be looked at again in the spring.",
    "",
    "Island shop owners said the return of the ferry would bring back the summer visitors, who",
    "had been put off by the long detour through the northern harbour last season.",
    "",
    "The port authority said the next stage of the work, on the landing stage itself, would begin",
    "in the autumn and take about three months to complete.",
]
NAV = [f"Section {n}" for n in range(12)]
TEASERS = [f"Another harbour story {n}" if k == 0 else "in brief" for n in range(4) for k in (0, 1)]


def _laid_out(left: list[str], middle: list[str], right: list[str]) -> list[str]:
    """Three columns side by side, padded as a converter lays a table's row out."""
    rows = max(len(left), len(middle), len(right))
    lines = []
    for n in range(rows):
        a = left[n] if n < len(left) else ""
        b = middle[n] if n < len(middle) else ""
        c = right[n] if n < len(right) else ""
        lines.append(f"{a:<14}{b:<95}{c}".rstrip())
    return lines


def _dump() -> list[str]:
    top = ["Harbour Daily Home | News | Sport | Weather | Ferries | Island Life | Letters", ""]
    heading = ["Harbour ferry returns to the island run", "", "By Ann Example", ""]
    grid = _laid_out(NAV, heading + STORY, ["Latest", "", *TEASERS])
    return [*top, *grid, "", "Copyright 2025 Harbour Daily. All rights reserved."]


def test_a_story_beside_a_menu_and_teasers_is_read_column_by_column() -> None:
    lines = side_by_side(_dump())
    text = "\n".join(lines)
    # every line of the story whole and in order, the menu's and the teasers' lines on their own
    for line in STORY:
        assert line in lines, line
    assert text.index(STORY[0]) < text.index(STORY[-1])
    assert text.index("Section 11") < text.index(STORY[0]) < text.index("Another harbour story 0")
    assert text.index(STORY[-1]) < text.index("Copyright 2025 Harbour Daily.")


def test_the_story_comes_out_whole_as_the_body() -> None:
    body = body_of("\n".join(_dump()) + "\n")
    assert body.startswith("The Harbour Town ferry returned")
    assert body.endswith("take about three months to complete.")
    assert "Section" not in body and "Another harbour story" not in body


def test_a_table_of_figures_stays_as_its_rows() -> None:
    table = [
        "Player             Plays      %      Notes",
        "Ann Example           74   100%      7 tackles, 3 assists (10 combined). 1 sack",
        "Bo Other              74   100%      1 tackle, 4 assists (5 combined).",
        "Cy Third               6     8%      No stats registered.",
        "",
        "It was a fine game for the harbour side, who had lost their last three at home this year.",
    ]
    assert side_by_side(table) == table


def test_bullets_and_a_dump_without_columns_are_left_as_they_are() -> None:
    lines = ["  •  The first item of a list of the story's points, with some words", "", *STORY]
    assert side_by_side(lines) is lines or side_by_side(lines) == lines


def test_a_line_of_prose_one_space_from_the_edge_is_not_split_there() -> None:
    # full-width lines over and under the grid whose space falls at the menu's edge (14)
    over = "Harbour Daily Home | News | Sport | Weather | Ferries | Island Life | Letters"
    under = "The ferry co. thanked its passengers for their patience in the long winter months."
    assert over[13] == " " and under[13] == " "
    out = side_by_side([over, "", *_dump()[2:-1], under])
    assert out[0] == over and under in out
