"""A table inside a story, printed one cell a line (lynx prints a table so), is no menu parting
the story. Written here, about a fictional village chronicle, in the shape such pages take.
"""

from __future__ import annotations

from newsdesk.extract.text.lines import normalise
from newsdesk.extract.text.story_tables import announced_table
from tests.extract.test_text_body import STORY, body_of

CELLS = ["1900", "1930", "1960"]
for place, counts in (("Northend", "58 248 363"), ("Mill Lane", "15 95 80"),
                      ("Quayside", "66 207 201"), ("Upper Ford", "40 48 52")):  # fmt: skip
    CELLS += [place, *counts.split()]


def _page(announce: str) -> str:
    lines = ["Harbour Chronicle", "", "The village grows", "", "By Ann Example", ""]
    for p in STORY[:3]:
        lines += [p, ""]
    lines += [announce, *CELLS, ""]
    for p in STORY[3:]:
        lines += [p, ""]
    return "\n".join([*lines, "Most Read", "", "Crane breaks", ""])


def test_a_table_the_story_announces_does_not_part_it():
    body = body_of(_page("From 1900 to 1960 the hamlets grew as follows:^3"))
    assert all(p in body for p in STORY)


def test_a_run_of_words_or_an_unannounced_one_is_still_a_menu():
    said = "From 1900 to 1960 the hamlets grew as follows:"
    lines = normalise("\n".join([said + "^3", *CELLS]))
    assert announced_table(lines, 1, len(lines))
    menu = normalise("\n".join([said, *CELLS[3::4] * 5]))
    assert not announced_table(menu, 1, len(menu))  # names, no counts
    label = normalise("\n".join(["Figures:", *CELLS]))
    assert not announced_table(label, 1, len(label))  # a label, not the story's sentence
