"""A story's table printed one row a line, its cells parted by wide gaps (w3m, lynx, elinks and
inscriptis print tables so), is the story's, not a menu cutting it. Written here, about a
fictional consumer club's test of life jackets, in the shape such pages take.
"""

from __future__ import annotations

from newsdesk.extract.text.lines import normalise
from newsdesk.extract.text.story_tables import count_story_tables
from tests.extract.test_text_body import STORY, body_of, para

_JACKETS = [
    ("Gullwing Float Pro", "89 €", "yes", "1,8"),
    ("Tidemark Junior", "45 €", "no", "2,3"),
    ("Beacon Breeze + Harness", "120 €", "yes", "2,0"),
    ("Quayside Basic", "30 €", "no", "4,9"),
    ("Pilot Comfort Vest", "75 €", "yes", "2,6"),
    ("Rope & Anchor Kids", "52 €", "no", "5,1"),
]


def _row(name: str, *cells: str) -> str:
    return f"{name:<48}" + "".join(f"{cell:<8}" for cell in cells)


def _table() -> list[str]:
    rows = [_row("Maker/Model", "Price", "Clip", "Grade"), "up to 15 kg"]
    for n, jacket in enumerate(_JACKETS * 2):
        rows.append(_row(f"{jacket[0]} {n}", *jacket[1:]))
        if n in (4, 8):
            rows.append(f"{15 + n} to {40 + n} kg")
    return rows


def _page() -> str:
    lines = ["Harbour Consumer Club", "", "Home  Tests  Boats  Club", "",
             "Twelve life jackets tested: three fail", "", "4 March 2025", "",
             "Jackets on the test rig at the club's pool", "", para(9, "the jackets"), "",
             "  • Seven jackets are worth buying", "  • Three fail on harmful dyes",
             "  • One jacket inflates itself", "", "The results", "", *_table(), "",
             "Dyes hold harmful substances", ""]  # fmt: skip
    for p in STORY[:2]:
        lines += [p, ""]
    lines += ["Most Read", "", "Crane breaks", "", "Ferry late", "", "Imprint  Privacy  Contact"]
    return "\n".join(lines)


def test_a_table_of_the_story_does_not_cut_it():
    body = body_of(_page())
    assert para(9, "the jackets") in body
    assert "Tidemark Junior 1" in body
    assert all(p in body for p in STORY[:2])


def _weighed(rows: list[str], after: float = 30.0) -> list[float]:
    """The rows' weighed scores, a paragraph scoring `after` under them."""
    lines = normalise("\n\n".join([*rows, para(8)]))
    return count_story_tables(lines, [-2.0] * len(rows) + [after])[:-1]


def test_a_run_of_rows_weighs_a_little_and_a_long_one_no_more_than_the_story():
    table = _table()
    scores = _weighed(table)
    assert all(scores[i] > 0 for i, row in enumerate(table) if "€" in row)
    assert scores[0] == -2.0 and scores[1] == -2.0  # the header and a label: no figures beside
    givers = [_row(f"Giver {n}", f"${n * 50}", "2025-03-01") for n in range(80)]
    assert 0 < sum(_weighed(givers)) <= 20


def test_a_table_closing_the_stretch_or_words_in_columns_or_a_few_rows_weigh_nothing():
    assert _weighed(_table(), after=-2.0) == [-2.0] * len(_table())  # chrome under it
    menu = [_row(w, "Boats", "Club", "Shop") for w in ("Home", "News", "Tests", "Sport")]
    assert _weighed(menu) == [-2.0] * 4
    few = [_row(*j) for j in _JACKETS[:3]]
    assert _weighed(few) == [-2.0] * 3


def test_cells_parted_by_tabs_or_a_space_beside_a_thin_space_are_a_table_too():
    # Not two spaces in a row: the cheap test before a row's split must still let these by.
    tabbed = ["\t\t".join(j) for j in _JACKETS]
    assert all(score > 0 for score in _weighed(tabbed))
    thin = [" \u2009".join(j) for j in _JACKETS]
    assert all(score > 0 for score in _weighed(thin))
