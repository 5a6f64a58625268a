"""Text dumps in lynx's default shape (`lynx -dump`) read as other renderings do.

Written here, about fictional outlets, in the shapes lynx gives: paragraphs indented three
columns and wrapped by column 74 while headings at the left edge run to 79, "[12]" before each
link's text (glued inside sentences too), and at the end a "References" list of every link,
where an address holding a line break spills a stray line between entries.
"""

from __future__ import annotations

import textwrap

from newsdesk.extract.text.lines import normalise
from tests.extract.test_text_body import STORY, body_of

_STANDFIRST = (
    "The night ferry crews and the port authority signed the agreement at dawn after "
    "eleven hours of talks, and the first boats are expected to sail again on Monday morning "
    "from the north quay, the union said."
)


def _linked(paragraph: str, first: int) -> str:
    """The paragraph with lynx's link numbers before its third and ninth words."""
    words = paragraph.split(" ")
    words[2] = f"[{first}]{words[2]}"
    words[8] = f"[{first + 1}]{words[8]}"
    return " ".join(words)


def _lynx_dump(paragraphs: list[str], references: list[str]) -> str:
    menu = [f"     * [{n}]{item}" for n, item in enumerate(["Home", "Ports", "Weather"], 1)]
    title = "Ferry strike ends after the long night of talks"
    lines = ["   [4]Harbour Courier", "", *menu, "", title, ""]
    lines += [*textwrap.wrap(_STANDFIRST, 79), ""]
    lines += ["   By [5]Ann Example", "   3 March 2025", ""]
    for n, p in enumerate(paragraphs):
        lines += textwrap.wrap(_linked(p, 10 + 2 * n), 74, initial_indent="   ",
                               subsequent_indent="   ")  # fmt: skip
        lines.append("")
    lines += ["Most Read", "", "     * [40]Crane breaks down on the quay", "",
              "References", "", *references]  # fmt: skip
    return "\n".join(lines) + "\n"


_REFERENCES = [
    "   1. https://harbour-courier.example/",
    "   2. https://harbour-courier.example/ports",
    "   3. https://maps.example/search?q=North Quay 4",
    "Harbour Road",
    "   4. https://harbour-courier.example/weather",
    "   5. mailto:ann@harbour-courier.example",
    "",
    "   Hidden links:",
    "  41. https://harbour-courier.example/tags/ferry",
]


def test_link_numbers_are_removed_and_the_link_list_is_chrome():
    body = body_of(_lynx_dump(STORY, _REFERENCES))
    assert body.split("\n\n") == STORY


def test_the_link_list_with_a_stray_line_leaves_no_line_behind():
    texts = [line.text for line in normalise(_lynx_dump(STORY[:4], _REFERENCES))]
    assert texts[-2:] == ["Most Read", "Crane breaks down on the quay"]
    assert not any("[" in t for t in texts)


def test_a_link_list_of_one_entry_under_its_header_is_chrome():
    # A page with a single link: lynx still prints its "References" list, of one entry.
    texts = [line.text for line in normalise(_lynx_dump(STORY[:4], ["   1. file:///tmp/a.html"]))]
    assert texts[-2:] == ["Most Read", "Crane breaks down on the quay"]


def test_one_numbered_address_ending_the_story_without_a_header_is_kept():
    # No "References" over it: one numbered address may be the story's own last line.
    last = "   1. https://harbour-courier.example/report"
    text = "\n".join(["Harbour Courier", "", "Ferry strike ends", "", *STORY[:3], "", last])
    texts = [line.text for line in normalise(text)]
    assert texts[-1].endswith("harbour-courier.example/report")


def test_paragraphs_wrapped_short_of_wider_headings_are_unwrapped():
    dump = _lynx_dump(STORY, _REFERENCES)
    assert max(len(s) for s in dump.split("\n")[:12]) >= 77  # the standfirst, at the left edge
    texts = [line.text for line in normalise(dump)]
    assert all(p in texts for p in STORY)


def test_a_numbered_list_ending_the_story_is_not_a_link_list():
    # Ordered items whose text starts with a word and a colon, not an address: the story's.
    items = ["   1. Note: the north quay opens first.", "   2. Warning: the south quay waits."]
    text = "\n".join(["Harbour Courier", "", "Ferry strike ends", "", *STORY[:3], "", *items])
    texts = [line.text for line in normalise(text)]
    assert texts[-2:] == ["Note: the north quay opens first.", "Warning: the south quay waits."]


def test_a_short_story_among_numbered_menus_and_wide_headlines_is_unwrapped():
    # Numbered links make many menu lines long enough to count; headlines at the left edge
    # end near 79. Few lines are near either edge, and the story's lines run on only by 74.
    menu = [f"     * [{n}]Harbour section number {n} of the menu" for n in range(1, 61)]
    headlines = [
        "[70]Crane breaks down on the north quay again after the storm of the long night",
        "[71]Ferry crews return to the south quay as the union signs the new agreement",
        "[72]Lantern festival moves to the old dock while the bridge works go on all day",
        "[73]Harbour market reopens with new stalls for the fishing families of the bay",
        "[74]Pilot boats wait for the tide as the channel is dredged for the cargo ships",
        "[75]Beacon on the breakwater is lit again for the first time since the gale",
    ]
    story = STORY[:3]
    lines = ["   Harbour Courier", "", *menu, "", "Ferry strike ends", "", "   By Ann Example", ""]
    for p in story:
        lines += [*textwrap.wrap(p, 74, initial_indent="   ", subsequent_indent="   "), ""]
    for h in headlines:
        lines += [h, ""]
    refs = [f"  {n}. https://harbour-courier.example/{n}" for n in range(1, 76)]
    dump = "\n".join([*lines, "References", "", *refs]) + "\n"
    assert max(len(h) for h in headlines) == 79
    texts = [line.text for line in normalise(dump)]
    assert all(p in texts for p in story)
