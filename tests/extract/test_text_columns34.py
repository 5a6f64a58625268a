"""A column beside the story whose heading stands out of its items' indent (session 34): a
table's cell holding "Most read" over its bulleted list, as w3m and inscriptis print it beside
the story's headline and paragraphs. Dumps written here, about a fictional outlet."""

from __future__ import annotations

from newsdesk.extract import extract_text_page
from newsdesk.extract.text.layout_columns import side_by_side
from tests.extract.test_text_columns29 import STORY

HEADLINE = "Harbour ferry returns to the island run"
ITEMS = [f"• Quay story number {n} of the week" for n in range(10)]
WIDTH = 100  # the story's cell; the list's heading at its edge, its bullets two further in


def _dump() -> list[str]:
    left = [HEADLINE, "", "By Ann Example", "", *STORY]
    right = ["Most read", "", *[f"  {item}" for item in ITEMS]]
    rows = max(len(left), len(right))
    grid = [
        f"{left[n] if n < len(left) else '':<{WIDTH}}{right[n] if n < len(right) else ''}".rstrip()
        for n in range(rows)
    ]
    return ["Harbour Daily  Home | News | Sport", "", *grid, "", "(c) 2031 Harbour Daily"]


def test_the_heading_goes_with_its_column() -> None:
    lines = side_by_side(_dump())
    assert HEADLINE in lines  # not "<headline>     Mo" with "st read" beside the list
    assert "Most read" in lines
    assert lines.index("Most read") > lines.index(STORY[-1])


def test_the_headline_and_the_body_leave_the_column_out() -> None:
    result = extract_text_page("\n".join(_dump()) + "\n")
    article = result.articles[0]
    assert article.title == HEADLINE
    assert article.body.startswith("The Harbour Town ferry returned")
    assert article.body.endswith("take about three months to complete.")
    assert "Quay story" not in article.body
