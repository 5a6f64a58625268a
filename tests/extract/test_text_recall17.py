"""The text reader stopping short (session 17): the line under the story that credits its
reporting, which the hand scores leave out of the stretch as a short line. Fictional outlets,
our own words."""

from __future__ import annotations

import pytest

from newsdesk.extract.text import sign_off
from newsdesk.extract.text.lines import normalise
from tests.extract.test_text_body import body_of, page

MENU = ["* Home", "* World", "* Business", "* Sport", "* Contact"]
FOOTER = ["Comments", "Join the conversation", "© Copyright Quillby Courier. All rights reserved."]
STORY = [
    "Ministers of the five harbour towns met on Tuesday to agree on a shared plan for the "
    "ferries, after a winter in which storms cancelled more crossings than in any year before.",
    "The plan keeps the early crossing to the islands and moves the late one an hour forward, "
    "so that crews who work the night boats can rest before the morning tide, they said.",
    "Harbour masters had asked for the change since the autumn, and the unions welcomed it in "
    "a short statement, though they said that the pay of the night crews was still to be agreed.",
]


def _page(*closing: str) -> str:
    return page(
        *MENU,
        "Harbour towns agree on a ferry plan",
        "By Tamsin Orrell",
        "12 March 2025",
        *STORY,
        *closing,
        *FOOTER,
    )


@pytest.mark.parametrize(
    "credit",
    [
        "(Reporting by Tamsin Orrell; Editing by Ivo Marsh)",
        "Additional reporting by Ivo Marsh; Editing by Pel Darrow",
        "(With inputs from agencies)",
        "D'après les informations de Ivo Marsh de Radio Quillby",
        "(Tamsin de Orrell)",
    ],
)
def test_the_credit_line_under_the_story_is_kept(credit):
    body = body_of(_page(credit))
    assert STORY[-1] in body
    assert body.endswith(credit)


def test_a_read_also_line_in_brackets_is_no_credit():
    teaser = "(Read also: Storm closes the island road for a week)"
    body = body_of(_page(teaser))
    assert STORY[-1] in body and teaser not in body


@pytest.mark.parametrize(
    "text,credit",
    [
        ("이민수 기자", True),
        ("Jo Example contributed to this report.", True),
        ("Autor: Ivo Marsh, Landesamt für Häfen", True),
        ("Autor: kinra | Artikel veröffentlicht am 16.12.2012", False),  # a dated byline
        ("(Photo by the harbour office, 2024, all rights reserved by them)", False),
        ("Reuters", False),
        ("Autor:asty//now", False),  # no name
    ],
)
def test_credit_lines(text, credit):
    line = normalise(page(text))[0]
    assert sign_off._is_credit(line) is credit
