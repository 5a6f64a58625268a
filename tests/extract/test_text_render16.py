"""Converter artefacts one renderer leaves and the others do not (session 16, text16-render).

Made-up pages about fictional outlets, in the shapes the converters print: paragraphs parted
by line breaks only (no blank line) in a script without case; a short story wrapped in a narrow
block the page's width misses.
"""

from __future__ import annotations

import textwrap

from newsdesk.extract.text.lines import normalise
from tests.extract.test_text_body import STORY, body_of
from tests.extract.test_text_wrapped import _columns, _wrap_columns

# Fictional Korean sentences (each syllable two columns wide in a terminal).
_WORDS = ["항구의", "등대가", "다시", "켜졌다", "선장은", "어부와", "함께", "바다를", "보았다",
          "마을", "사람들이", "다리", "위에서", "폭풍을", "기다렸다", "그리고"]  # fmt: skip


def _sentence(n: int, size: int) -> str:
    return " ".join(_WORDS[(n * 3 + i * 5) % len(_WORDS)] for i in range(size)) + "."


def test_a_paragraph_opening_in_a_caseless_script_after_a_full_line_is_not_joined_on():
    # elinks parts paragraphs with a line break alone: where one ends on a full line, the next
    # one's first word would not have fitted either; in a script without capitals nothing but
    # the full stop says a new sentence may open there, so the break stays (a soft one).
    paragraphs = [" ".join(_sentence(n * 7 + k, 6 + (n + k) % 7) for k in range(4 + n % 3))
                  for n in range(8)]  # fmt: skip
    rows = [row for p in paragraphs for row in _wrap_columns(p, 79)]
    ends = [len(_wrap_columns(p, 79)) for p in paragraphs]
    last = [sum(ends[: i + 1]) - 1 for i in range(len(paragraphs) - 1)]
    full = [i for i in last if _columns(rows[i]) + 1 + _columns(rows[i + 1].split()[0]) > 79]
    assert len(full) == 2  # two end where the next one's first word would not have fitted
    text = "\n".join(["항구 신문", "", *rows, "", "많이 본 기사", "다리 소식"])
    lines = normalise(text)
    for i in full:  # the line after each such break opens a line of its own, a soft break
        opening = [line for line in lines if line.text.startswith(rows[i + 1])]
        assert len(opening) == 1 and opening[0].soft_break


def test_a_colon_ending_a_full_line_before_a_caseless_word_still_runs_on():
    # "Agency:" ending a full line: the sentence runs on after a colon, the rows join.
    first = "항구 " * 14 + "통신:"
    story = " ".join(_sentence(k, 9) for k in range(9))
    rows = [first, "등대가 다시 켜졌다.", *_wrap_columns(story, 79)]
    assert _columns(first) + 1 + _columns("등대가") > 79 >= _columns(first)
    text = "\n".join(["항구 신문", "", *rows, "", "많이 본 기사"])
    assert normalise(text)[1].text == first + " 등대가 다시 켜졌다."


_NOTICE = [
    "On the second Wednesday of the month the club holds its agility training for advanced dogs.",
    "In the summer months there is no training when the temperature rises above twenty-seven "
    "degrees!",
]


def test_a_short_notice_wrapped_in_a_narrow_cell_is_unwrapped():
    # w3m lays the page out as a table: a menu with a wide decoration row sets the page's
    # width, and the notice in its cell is wrapped at 58 columns, too few lines to show it.
    cell = " " * 30
    rows = [row for p in _NOTICE for row in [*textwrap.wrap(p, 58), ""]]
    menu = ["  • Home" + " " * 40 + "*" + " " * 60 + "*", "  • Our club", "  • Training times",
            "  • Contact", ""]  # fmt: skip
    text = "\n".join(["[banner]", "", *menu, *(cell + row if row else "" for row in rows),
                      " " * 20 + "*" + " " * 91 + "*", "", "back to the start page"])  # fmt: skip
    assert body_of(text).split("\n\n") == _NOTICE


def test_a_short_story_under_a_paywall_is_unwrapped_though_the_page_shows_no_width():
    # elinks: a paywalled story of two short paragraphs wrapped at 77 columns; the rest of the
    # page menus, teasers and headlines as wide as the page, each with its date under it and
    # none running on: no width to find for the page.
    story = [STORY[0], STORY[1][:130] + "."]
    rows = [row for p in story for row in [*textwrap.wrap(p, 74), ""]]
    menu = [f"   [{n}]Section {n}" for n in range(1, 30)]
    teasers = [f"     [{n}]Crane number {n} breaks down at the quay" for n in range(40, 80)]
    wide = [f"Ferry number {n} leaves the harbour at dawn and the whole town waits at the pier"
            for n in range(1, 4)]  # fmt: skip
    heads = [f"Crane number {n} breaks down at the quay and the harbour waits again"
             for n in range(1, 9)]  # fmt: skip
    text = "\n".join([*menu, "", "Ferry strike ends after talks", "", "   By Ann Example", "",
                      *("   " + row if row else "" for row in rows), "   To read the full story",
                      "   Subscribe Sign in", "", "Most Popular", "", *teasers, "",
                      *(row for head in wide for row in (head, "")),
                      *(row for head in heads for row in (head, "March 3, 2025", "")),
                      *menu])  # fmt: skip
    assert body_of(text).split("\n\n") == story


def test_lines_of_verse_are_not_joined_however_long():
    # Each line of a poem opens small and ends mid-sentence, but none is broken where the
    # next one's first word would not have fitted: no wrapper made them.
    verse = ["the harbour lamps are burning low along the quay tonight",
             "and ferries wait beside the cranes for morning",
             "while gulls are sleeping on the roofs of all the sheds",
             "and nobody is walking on the pier"]  # fmt: skip
    assert [line.text for line in normalise("\n".join(verse))] == verse


def test_two_short_header_lines_are_not_taken_for_a_wrapped_block():
    # A byline with its date over "written by ...": short, so no wrapper broke them.
    header = ["by Ann Example March 6, 2025", "written by Ann Example"]
    assert [line.text for line in normalise("\n".join(header))] == header


def test_soft_hyphens_a_converter_printed_inside_words_are_dropped() -> None:
    # inscriptis prints the soft hyphens (U+00AD) a hyphenation plugin puts in long words.
    hyphenated = STORY[1].replace("harbour", "har\u00adbour").replace("ballast", "bal\u00adlast")
    assert "\u00ad" in hyphenated
    lines = normalise(f"{STORY[0]}\n\n{hyphenated}\n")
    assert [line.text for line in lines if line.text] == [STORY[0], STORY[1]]
