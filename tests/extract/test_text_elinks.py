"""Text dumps in elinks's default shape (`elinks -dump`) read as other renderings do.

Written here, about fictional outlets, in the shapes elinks gives: the page's <link> elements
first ("Link: [1]dns-prefetch", a long title wrapped), paragraphs indented three columns and
wrapped by column 77, "•" bullets, "[12]" before each link's text (menus of links glued without
spaces run past the width), and at the end a "References" / "Visible links" list where a link
with a title has the title on the entry's line and the address alone on the next, tab-indented.
"""

from __future__ import annotations

import textwrap

from newsdesk.extract.text.lines import normalise
from tests.extract.test_text_body import STORY, body_of
from tests.extract.test_text_lynx import _linked

_TITLE = "Ferry strike ends after the long night of talks"
_LINK_ELEMENTS = [
    "   Link: [1]dns-prefetch",
    "   Link: [2]dns-prefetch",
    "   Link: [3]Harbour Courier feed (alternate)",
    "   Link: [4]Comments feed for Harbour Courier » Ferry strike ends after the long",
    "   night of talks (alternate)",
    "   Link: [5]canonical",
]


def _references(count: int) -> list[str]:
    """elinks's list: plain entries, and titled ones whose address follows on its own line."""
    lines = ["References", "", "   Visible links"]
    for n in range(1, count + 1):
        if n % 3:
            lines.append(f"  {n:>2}. https://harbour-courier.example/{n}")
        else:
            lines += [
                f"  {n:>2}. Read the story number {n}",
                f"\thttps://harbour-courier.example/s{n}",
            ]
    return lines


def _elinks_dump(paragraphs: list[str]) -> str:
    menu = [f"     • [{n}]{item}" for n, item in enumerate(["Home", "Ports", "Weather"], 5)]
    lines = [*_LINK_ELEMENTS, "   [8]Harbour Courier", "", *menu, "", f"   {_TITLE}", ""]
    lines += ["   By [9]Ann Example", "   3 March 2025", ""]
    for n, p in enumerate(paragraphs):
        lines += textwrap.wrap(_linked(p, 10 + 2 * n), 77, initial_indent="   ",
                               subsequent_indent="   ")  # fmt: skip
        lines.append("")
    lines += ["   Most Read", "", "     • [40]Crane breaks down on the quay", ""]
    lines += _references(39)
    return "\n".join(lines) + "\n"


def test_titled_entries_of_the_link_list_are_chrome_and_the_story_is_read():
    dump = _elinks_dump(STORY)
    assert dump.rstrip().endswith("\thttps://harbour-courier.example/s39")
    assert body_of(dump).split("\n\n") == STORY


def test_the_link_list_with_titled_entries_leaves_no_line_behind():
    texts = [line.text for line in normalise(_elinks_dump(STORY[:4]))]
    assert texts[-2:] == ["Most Read", "Crane breaks down on the quay"]
    assert not any("[" in t for t in texts)


def test_the_page_link_elements_on_top_are_not_read():
    texts = [line.text for line in normalise(_elinks_dump(STORY[:4]))]
    assert texts[0] == "Harbour Courier"
    assert not any(t.startswith("Link:") or "(alternate)" in t for t in texts)


def test_a_link_line_inside_the_text_stays():
    # Only the converter's opening run is its own: a "Link:" line in the story is the page's.
    statement = "Link: the union's statement"
    text = "\n".join(["Harbour Courier", "", "Ferry strike ends", "", statement])
    texts = [line.text for line in normalise(text)]
    assert texts[-1] == statement


def test_runs_of_glued_links_past_the_edge_do_not_hide_the_width():
    # A menu of links with no space between them is one word no wrapper breaks: such lines run
    # past the width, as many as the story's wrapped lines near it, and say nothing against it.
    places = ["North-Quay", "South-Quay", "Old-Dock", "Breakwater", "Lighthouse", "Fish-Market"]
    places += ["Ferry-Port", "Boatyard", "Canal-Side", "Sea-Wall", "Pier-Head", "Saltmarsh"]
    menu = [
        "     " + "".join(f"[{20 * row + n}]{p}" for n, p in enumerate(places[: 6 + row]))
        for row in range(5)
    ]
    story = STORY[:3]
    lines = [*_LINK_ELEMENTS, "   Harbour Courier", "", *menu, "", f"   {_TITLE}", ""]
    for p in story:
        lines += [*textwrap.wrap(p, 77, initial_indent="   ", subsequent_indent="   "), ""]
    dump = "\n".join([*lines, *_references(90)]) + "\n"
    assert all(len(m) > 77 for m in menu)
    texts = [line.text for line in normalise(dump)]
    assert all(p in texts for p in story)
