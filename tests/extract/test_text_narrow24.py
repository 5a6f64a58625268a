"""A pull quote set in a narrow column beside the story (elinks prints it so, a few words a
line, far indented) reads as one paragraph. Written here about a fictional harbour.
"""

from __future__ import annotations

import textwrap

from newsdesk.extract.text.lines import normalise

QUOTE = (
    "“If this forces Harbour Board members to reassess their schedule for dredging the channel, "
    "it would give the pilots a chance to ensure that they are ready,” Mayor Example said of it."
)


def _column(text: str) -> list[str]:
    return [" " * 34 + s for s in textwrap.wrap(text, 15)]


def test_a_pull_quote_in_a_narrow_column_is_one_line():
    lines = normalise("\n".join(["      The board met on Monday.", "", *_column(QUOTE), ""]))
    assert [line.text for line in lines] == ["The board met on Monday.", QUOTE]


def test_a_narrow_column_of_names_stays_apart():
    names = ["Ann Example", "Bo Sample", "Cy Placeholder", "Di Dummy", "Ed Fiction", "Flo Test"]
    lines = normalise("\n".join(" " * 34 + name for name in names))
    assert len(lines) == len(names)
    few = _column("Harbour Board Minutes March Agenda Pilots Dredging Tides Weather and more")
    assert len(normalise("\n".join(few))) == len(few)  # one run-on in six breaks: no column


def test_a_narrow_column_of_small_words_that_never_ends_a_sentence_stays_apart():
    tags = ["harbour_feed", "ferries_feed", "weather_feed", "tides_feed", "pilots_feed", "mail"]
    lines = normalise("\n".join(" " * 34 + tag for tag in tags))
    assert len(lines) == len(tags)
