"""Sentences a page broke with <br> (an interview's answer set line by line, a verse quoted in
a story): every converter prints each piece on a line of its own, short of any width. Written
here, about fictional outlets, in the shapes such pages take.
"""

from __future__ import annotations

from newsdesk.extract.text.lines import normalise
from tests.extract.test_text_body import STORY, body_of, page

ANSWER = [
    "The ferry company hands the timetable out, the only condition",
    "is that each boat carries a radio with more than two channels. Whoever has",
    "none borrows one from the harbour office.",
]


def test_a_sentence_broken_by_br_is_one_line():
    texts = [line.text for line in normalise("\n".join(["Intro line.", "", *ANSWER, ""]))]
    assert texts == ["Intro line.", " ".join(ANSWER)]


def test_a_broken_answer_stays_in_the_story():
    text = page("Harbour Courier", "Ferry timetable changes", "By Ann Example", STORY[0],
                "Who hands out the timetable?", "\n".join(ANSWER), *STORY[1:4],
                "Most Read", "Crane breaks")  # fmt: skip
    assert " ".join(ANSWER) in body_of(text)


def test_lines_that_do_not_run_on_stay_apart():
    menu = ["Harbour news and the weather today", "sport", "the ferry timetable and fares"]
    assert len(normalise("\n".join(menu))) == 3  # no sentence opened, none stopped
    unended = [*ANSWER[:2], "", "Most Read"]  # the last piece never ends like a sentence
    assert len(normalise("\n".join(unended))) == 3
    short = ["Photos by the harbour", "team at dawn."]  # too few words for a sentence
    assert len(normalise("\n".join(short))) == 2
    capital = [ANSWER[0], "Is that each boat carries a radio with more channels."]
    assert len(normalise("\n".join(capital))) == 2
