"""trafilatura's reading of the copy of the blocks at stake (html_body's _relevant_copy) stands
as it finds it: a short text is its answer, not widened with the loose text around it."""

from __future__ import annotations

from lxml import etree

from newsdesk.extract.html import _trafilatura_text
from newsdesk.extract.html_dom import parse_html

NOTE = (
    "Ferry timetable note {}: boats leave the fishing quay of Lindenport at seven and return"
    " by noon, weather permitting, with the last crossing of the day at half past five."
)


def _region(body: str) -> etree._Element:
    root = parse_html(f"<html><body>{body}</body></html>")
    assert root is not None
    region = root.find("body")
    assert region is not None
    return region[0]


def test_a_short_reading_is_not_retried_for_the_boxes_around_it() -> None:
    # The balanced focus retries a short text in recall mode, which takes in every box.
    notes = "".join(f"<div>{NOTE.format(i)}</div>" for i in range(4))
    region = _region(f"<div><p>The pier reopens on Friday.</p>{notes}</div>")
    assert _trafilatura_text(region) == "The pier reopens on Friday."


def test_a_short_article_is_not_topped_up_with_loose_paragraphs() -> None:
    # Below its minimum extraction size, trafilatura recovers the paragraphs outside what it chose.
    notes = "".join(f"<p>{NOTE.format(i)}</p>" for i in range(3))
    region = _region(
        f"<div><article><p>The pier reopens on Friday, the harbour master said.</p></article>"
        f"{notes}</div>"
    )
    assert _trafilatura_text(region) == "The pier reopens on Friday, the harbour master said."
