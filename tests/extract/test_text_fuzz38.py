"""Pages that failed the text reader whole, found by mutating real dumps (session 38): each
now reads."""

from __future__ import annotations

from newsdesk.extract.text import teasers
from newsdesk.extract.text.lines import Line


def test_teaser_list_at_the_page_end() -> None:
    """A unit's repeated line last on the page puts the last title's place past the end: no
    list there (it raised IndexError, failing the page)."""
    texts = [
        "Storm closes the harbour road",
        "2:30",
        "Ferry timetable changes for winter",
        "2:31",
        "Harbour board meets on Monday night",
        "2:32",
    ]
    page = [Line(text) for text in texts]
    keys = teasers._UnitKeys(page, 0)
    for i in range(len(page)):
        teasers._teaser_list(page, i, keys)  # no place off the page is read
