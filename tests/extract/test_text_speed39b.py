"""Session 39's speed gates (helper speed39b): each cheap test answers as the work it stands
in front of would."""

from __future__ import annotations

import sys

import pytest

from newsdesk.extract import bylines
from newsdesk.extract.text import fact_line, headers, headline, line_features, sections
from newsdesk.extract.text.lines import Line
from newsdesk.records import Article

_SAMPLES = [
    "",
    "A",
    "a",
    "1",
    " ",
    "Éclair au chocolat",
    "élan vital",
    "Ωmega",
    "ωmega",
    "٣ أيام",
    "Story 3 of 9",
    "No digits in the first forty characters here........ 7",
    "“Quoted” 2025",
    "“Quoted” text without a figure",
    "１２ fullwidth digits",
    "ǅ titlecase",
    "By Ann Example | March 3, 2025",
    "Home > World > Europe",
    "Home » World",
    "Posted: 3/4/2025",
    "x/y",
    "Tags: harbour, ferry",
    "Label：全角",
]


@pytest.mark.parametrize("text", _SAMPLES)
def test_line_features_first_letter_and_digit(text: str) -> None:
    case = line_features._first_case(text)
    assert (case == line_features._UPPER) == text[:1].isupper()
    assert (case == line_features._LOWER) == text[:1].islower()
    assert line_features._digit_opens(text) == (
        line_features._DIGIT.search(text, 0, 40) is not None
    )


def test_opener_pairs_cover_every_opener_lowered() -> None:
    # No character but an opener's second letter and its capital lower-cases to that letter,
    # so the pairs turn away no line whose first word lower-cases to an opener.
    seconds = {word[1] for word in bylines.BYLINE_OPENERS}
    allowed = seconds | {s.upper() for s in seconds}
    lowered_to = {chr(code) for code in range(sys.maxunicode + 1) if chr(code).lower() in seconds}
    assert lowered_to <= allowed
    for word in bylines.BYLINE_OPENERS:
        for text in (word, word.upper(), word.capitalize(), word + ": Ann Example"):
            assert text[:2] in headers._OPENER_PAIRS


@pytest.mark.parametrize("text", [*_SAMPLES, "by Ann Example", "Von Ann Beispiel", "Bonjour"])
def test_stream_fact_gate(text: str) -> None:
    opener = text.split(None, 1)[0].rstrip(":").lower() if text.split() else ""
    if opener in bylines.BYLINE_OPENERS:
        assert text[:2] in headers._OPENER_PAIRS


@pytest.mark.parametrize(
    ("body", "credit"),
    [
        ("The ferry sails at dawn. AFP", "AFP"),
        ("The ferry sails at dawn. AFP.", "AFP"),
        ("The ferry sails at dawn.  Reuters\n", "Reuters"),
        ("The ferry sails at dawn. AFP said", None),
        ("The ferry sails at dawn", None),
        ("The ferry sails at dawn.AP", None),
    ],
)
def test_tidy_article_agency(body: str, credit: str | None) -> None:
    article = sections.tidy_article(Article(role="digest-entry", title="t", body=body))
    assert article.credit == credit
    assert body.endswith(sections._AGENCY_ENDS) or credit is None


@pytest.mark.parametrize("text", _SAMPLES)
def test_separator_and_trail_gates(text: str) -> None:
    spaced = " ".join(text.split())
    assert fact_line._has_separator(spaced) == (len(fact_line._META_PARTS.split(spaced)) > 1)
    if len(headline.TRAIL_MARK.split(text)) > 1:
        assert headline._holds_trail_mark(text)


def test_byline_of_facts_without_separator() -> None:
    assert fact_line.byline_of_facts(Line("By Ann Example"), None) == ["Ann Example"]
    assert fact_line.byline_of_facts(Line("March 3, 2025 by Ann Example"), None) == ["Ann Example"]
