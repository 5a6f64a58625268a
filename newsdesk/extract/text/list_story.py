"""A short story that is mostly a list (a recipe's steps, a meeting's agenda, ingredients under
a label of their own): its stretch, chosen by its few long items only (the hand scores weigh
short items as a menu's), grows over the rest of its list. Apart from story_close.py because it
decides what a stretch that is already a list takes in, not what follows a story of prose.
"""

from __future__ import annotations

from typing import Final

from newsdesk.extract.text import line_chrome, line_marks, shapes
from newsdesk.extract.text.growth import is_hard_stop
from newsdesk.extract.text.lines import Line

_LIST_STORY_LINES: Final = 16  # a stretch of a list story is short: its items weigh little
_ITEM_WORDS: Final = 40
_ITEM_MEAN_WORDS: Final = 3
_LABEL_WORDS: Final = 3  # a block's label: "Zutaten:", "Ingredients:", "What you need:"
_BLOCK_ITEM_WORDS: Final = 8  # an ingredient, a date, a name


def extend_over_list_story(lines: list[Line], region: tuple[int, int]) -> tuple[int, int]:
    """A short story that is mostly a list (a recipe's steps, a meeting's agenda) is chosen by
    its few long items only: the hand scores weigh short items as a menu's. Where half or more
    of a short stretch's lines are list items (a third would take in a box of headlines
    dropped into a short story), the stretch grows over the items of its list right above
    its first and below its last (bullets in a row; one- or two-word bullets are a menu, not
    more of the list), and up over blocks of short lines under a label of their own
    ("Zutaten:" over the ingredients, above "Zubereitung:"); its items are marked `listed` so
    that read_body keeps them, short as they are."""
    start, end = region
    if not 0 < end - start <= _LIST_STORY_LINES:
        return region
    span = lines[start:end]
    if sum(line.bullet for line in span) * 2 < len(span):
        return region
    first, last = start, end
    if lines[start].bullet:
        while first > 0 and _list_story_item(lines[first - 1]):
            first -= 1
        first = first if _items_said(lines[first:start]) else start
    first = _labelled_blocks_above(lines, first)
    if lines[end - 1].bullet:
        while last < len(lines) and _list_story_item(lines[last]):
            last += 1
        last = last if _items_said(lines[end:last]) else end
    for line in lines[first:last]:
        if line.bullet and _list_story_item(line):
            line.listed = True
    return first, last


def _list_story_item(line: Line) -> bool:
    """A bullet of a list story: not the page's chrome, nor a list or box header."""
    return (
        line.bullet
        and 1 <= line.words <= _ITEM_WORDS
        and not line.chrome
        and not line_chrome.is_chrome(line)
        and not line_marks.marks(line) & (line_marks.LIST | line_marks.INSERT)
        and not line_chrome.is_footer(line.traits)
        and not is_hard_stop(line)
    )


def _items_said(items: list[Line]) -> bool:
    """Whether a run of bullets says something, three words an item or more on the whole
    ("Small groups (30 mins)"), not a menu's one or two ("Home", "About us")."""
    return sum(line.words for line in items) >= _ITEM_MEAN_WORDS * len(items)


def _is_label(line: Line) -> bool:
    return 1 <= line.words <= _LABEL_WORDS and line.text.endswith(":") and not line.chrome


def _labelled_blocks_above(lines: list[Line], at: int) -> int:
    """Where blocks of short lines under labels of their own end, walking up from `at`: a
    label right above `at` ("Zubereitung:"), then three or more short lines under another
    label ("Zutaten:"), and so on. Each block's lines are marked `listed`."""
    top = at
    if top == 0 or not _is_label(lines[top - 1]):
        return at
    lines[top - 1].listed = True
    top -= 1
    while True:
        i = top - 1
        while i >= 0 and _block_item(lines[i]):
            i -= 1
        if top - i - 1 < 3 or i < 0 or not _is_label(lines[i]):
            return top
        for line in lines[i:top]:
            line.listed = True
        top = i


def _block_item(line: Line) -> bool:
    return (
        1 <= line.words <= _BLOCK_ITEM_WORDS
        and not line.text.endswith(":")
        and not line.chrome
        and not line_chrome.is_chrome(line)
        and not line_marks.marks(line) & (line_marks.LIST | line_marks.INSERT)
        and not shapes.date_of(line, fallback=False)
    )
