"""The same seeds as other converters write them give the same Page."""

from __future__ import annotations

import re
import textwrap

import pytest

from newsdesk.extract import extract_text_page
from newsdesk.records import Page

_BULLET = re.compile(r"^(\s*)• ", re.M)


def rebullet(text: str, bullet: str) -> str:
    return _BULLET.sub(lambda m: m.group(1) + (f"{bullet} " if bullet else ""), text)


def flatten(text: str) -> str:
    return "\n".join(line.lstrip() for line in text.split("\n"))


def wrap(text: str, width: int = 72) -> str:
    out = []
    for line in text.split("\n"):
        indent = line[: len(line) - len(line.lstrip())]
        if len(line) > width:
            # Converters wrap at spaces, never inside a hyphenated name.
            out += textwrap.wrap(line, width, subsequent_indent=indent, break_on_hyphens=False)
        else:
            out.append(line)
    return "\n".join(out)


def essentials(page: Page) -> dict:
    return {
        "kind": page.kind,
        "ticker": [(t.text, t.attribution) for t in page.ticker],
        "links": [(x.list, x.title, x.section, x.date) for x in page.links],
        "articles": [
            (a.role, a.title, a.outlet, a.published, a.credit, a.authors, a.tags, a.headings,
             a.standfirst, a.body, [i.caption for i in a.images])
            for a in page.articles
        ],
    }  # fmt: skip


VARIANTS = {
    "star": lambda t: rebullet(t, "*"),
    "box": lambda t: rebullet(t, "□"),
    "plus": lambda t: rebullet(t, "+"),
    "no-bullets-flat": lambda t: flatten(rebullet(t, "")),
    "flat": flatten,
    "wrapped": wrap,
    "star-wrapped": lambda t: wrap(rebullet(t, "*")),
}


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_variant_gives_same_page(seed_text, prefix, variant):
    text = seed_text(prefix)
    expected = essentials(extract_text_page(text, source=prefix))
    got = essentials(extract_text_page(VARIANTS[variant](text), source=prefix))
    assert got == expected


def test_glued_relative_dates_are_split(seed_text):
    page = extract_text_page(
        "Some Outlet\n\nA headline of some length here\n\nAl Mayadeen4 days ago\n"
        + "A paragraph of prose that runs long enough to be the body. " * 6
    )
    main = page.articles[0]
    assert main.outlet == "Al Mayadeen"
    assert main.published_text == "4 days ago"
