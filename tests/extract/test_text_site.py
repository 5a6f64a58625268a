"""The publisher a page's chrome names ("Download the Daily8 app"): the reader searches each
phrase only where a quick test finds what the phrase needs, and must find exactly what searching
every phrase finds."""

from __future__ import annotations

from newsdesk.extract.text import site_name
from tests.extract.dump_lines import dump_lines

CRAFTED = [
    "Download the Harbour Times app",
    "Download the Harbour Times\tapp for the latest",
    "Get the Gull Post\u00a0App today",
    "WELCOME TO Fjord Daily AI",
    "About the Lantern Wire ai.",
    "Learn about the app",  # a lead, then no name: nothing
    "Explore what Lantern Wire can do for you",
    "EXPLORE WHAT Lantern Wire CAN do",
    "explore  what Lantern Wire can",  # two spaces: the phrase wants one
    "Explore what the app can do",
    "Fieldnotes republishes stories from partner outlets.",
    "Harbour Times is a fictional paper of record.",
    "the minister said he would get about half of the money from the fund " * 4,
    "Apps and AIs: get Harbour Times apps",
]


def _spans(matches: object) -> list[tuple[int, int] | None]:
    return [m.span() if m else None for m in matches]  # type: ignore[attr-defined]


def test_the_quick_tests_never_hide_a_phrase() -> None:
    phrases = (site_name._APP_PHRASE, site_name._CAN_PHRASE, site_name._IS_PHRASE)
    found = 0
    for text in dump_lines(CRAFTED):
        every = _spans(pattern.search(text) for pattern in phrases)
        assert _spans(site_name._phrase_matches(text)) == every, text
        found += any(every)
    assert found >= 10  # the crafted lines reach every phrase, so a wrong test would show
    assert site_name._site_named.__wrapped__("Download the Harbour Times app") == "Harbour Times"
    assert site_name._site_named.__wrapped__("Explore what Lantern Wire can do") == "Lantern Wire"
