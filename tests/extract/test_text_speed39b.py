"""Session 39's speed gates (helper speed39b): each cheap test answers as the work it stands
in front of would."""

from __future__ import annotations

import sys

import pytest

from newsdesk.extract import bylines, facts
from newsdesk.extract.text import (
    fact_line,
    headers,
    headline,
    line_chrome,
    line_features,
    lines,
    sections,
    signature,
    teasers,
)
from newsdesk.extract.text.keywords import SIGNED_WORDS
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
    assert lines.holds_digit(text, 40) == (lines._DIGIT.search(text, 0, 40) is not None)


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
    split = len(fact_line._META_PARTS.split(spaced)) > 1
    assert line_chrome.contains_any(spaced, fact_line._SEPARATORS) == split
    if len(headline.TRAIL_MARK.split(text)) > 1:
        assert line_chrome.contains_any(text, headline._TRAIL_MARKS)


def test_byline_of_facts_without_separator() -> None:
    assert fact_line.byline_of_facts(Line("By Ann Example"), None) == ["Ann Example"]
    assert fact_line.byline_of_facts(Line("March 3, 2025 by Ann Example"), None) == ["Ann Example"]


@pytest.mark.parametrize(
    "text",
    [
        "Source: Example News",
        "source : Example",
        "Credit:Ann Example",
        "Sources Example",
        "Via Example",
        "The source said so",
        "",
    ],
)
def test_credit_colon_gate(text: str) -> None:
    m = facts.CREDIT.match(text)
    assert facts.credit(text) == (m.group(1).strip() if m else None)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("2 Shares", 2),
        (" 1,204 shares ", 1204),
        ("3.4k shares", 3400),
        (".5k Shares", 500),
        ("٣ shares", 3),
        ("Shares 2", None),
        ("", None),
        ("  ", None),
        ("x2 shares", None),
    ],
)
def test_shares_first_character_gate(text: str, count: int | None) -> None:
    assert facts.shares(text) == count


@pytest.mark.parametrize(
    "text",
    [
        *_SAMPLES,
        "Posted by Ann at 9:05 PM, 14 December 2025",
        "POSTED ON MARCH 3",
        "This entry was posted in News",
        "Yayinlanma: 3 Mart 2025",
        "YAYINLANMA 3 Mart",
        "geschrieben von Ann",
        "Written by Ann",
        "Unrelated words only",
        "Author annPosted on March 20, 2025 Categories",
        "veröffentlicht: 25.10.2025",
        "Publié le 3 mars",
    ],
)
def test_signed_ascii_gate(text: str) -> None:
    if text.isascii() and signature._SIGNED.search(text) is not None:
        assert line_chrome.contains_any(text.lower(), signature._ASCII_KEYS)
    found = signature._signed(text)
    expected = signature._SIGNED.search(text) or (
        signature._SIGNED_GLUED.search(text)
        if any(key in text for key in signature._GLUED_KEYS)
        else None
    )
    assert (found is None) == (expected is None)
    if found is not None and expected is not None:
        assert found.span() == expected.span()


def test_signed_ascii_keys_match_sre() -> None:
    # Every ASCII spelling sre finds a word in holds its key lower-cased.
    for word in SIGNED_WORDS:
        key = signature._ascii_key(word)
        if key is None:
            continue
        for text in (key, key.upper(), key.capitalize(), f"x {key} y"):
            assert signature._SIGNED.search(text) is not None
            assert line_chrome.contains_any(text.lower(), signature._ASCII_KEYS)


@pytest.mark.parametrize(
    "text", [*_SAMPLES, "Share this page:", "Tweet on Twitter", "Share prices fall"]
)
def test_share_bar_cache(text: str) -> None:
    facts.clear_caches()
    assert facts.is_share_bar(text) == facts._is_share_bar(text)
    assert facts.is_share_bar(text) == facts._is_share_bar(text)  # (the cached answer)


@pytest.mark.parametrize("text", [*_SAMPLES, "02:32", "now playing", "é 3", "ü"])
def test_teaser_key_digits(text: str) -> None:
    assert lines.holds_digit(text, len(text)) == (teasers._DIGITS.search(text) is not None)
