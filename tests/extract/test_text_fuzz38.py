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


def test_a_byline_opener_and_a_run_of_spaces_comes_back() -> None:
    """ "By", a converter's padding of hundreds of spaces, then another cell ("• MOTO GP"):
    BYLINE tried every way of sharing the run between its quantifiers and never came back
    (the page hung). Read in a child process, so that a return of the fault fails the test
    instead of hanging the suite; the limit is generous (the read takes milliseconds)."""
    import subprocess
    import sys

    code = (
        "from newsdesk.extract import bylines\n"
        "line = 'By' + ' ' * 3000 + '\\u2022 MOTO GP'\n"
        "assert bylines.BYLINE.match(line) is None\n"
        "assert not bylines.by_byline(line)\n"
        "assert bylines.byline(line) is None\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_byline_names_as_before() -> None:
    from newsdesk.extract import bylines

    assert bylines.BYLINE.match("By Ann Example  •  ").group(1) == "Ann Example"
    assert bylines.BYLINE.match("by :Ann").group(1) == ":Ann"
    assert bylines.BYLINE.match("by   : Ann").group(1) == "Ann"
    assert bylines.BYLINE.match("By Ann | | ") is None
    assert bylines.BYLINE.match("Posted by Ann on March 3").group(1) == "Ann on March 3"
