"""Lists of teasers over a story's body, as the header walk (meta.read_header) meets them: a unit of
a picture's mark, a date or a duration and a short title printed again and again; and dated
items of a list, which are no story's own date.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Final

from newsdesk.extract import bylines, dates
from newsdesk.extract.text import line_marks, line_prose
from newsdesk.extract.text.fact_line import Meta, read_meta_line
from newsdesk.extract.text.header_title import HEADLINE_WORDS, headline_shaped
from newsdesk.extract.text.kept import spaced_words
from newsdesk.extract.text.lines import Line, holds_digit

_UNIT_LINES: Final = range(2, 7)  # lines of one teaser in a list (picture, title, duration...)
_UNITS: Final = 3  # teasers printed in a row: a list
_KEY_WORDS: Final = 4  # words of a line a teaser prints again and again ("Now playing")
_DATED_WORDS: Final = 6  # words of a teaser's dated line ("By Ann Example 16/06/2020")
_TEASER_WORDS: Final = 25  # words of a teaser's title at most
_LIST_FACT_REACH: Final = 10  # lines over a list where the header's date or byline may stand
_TEASER_FACT_STEP: Final = 6  # lines of a dated teaser at most (its date the next one's kind)
_LIST_HEAD_LINES: Final = 3  # lines over a list: its heading, a button, then the headline
_DIGITS: Final = re.compile(r"\d")


def _unit_key(line: Line) -> str | None:
    """What a teaser's line prints again in each teaser of a list: a picture's mark, a date, or
    a short line's text with its figures blurred ("02:32" and "03:47", "Now playing"); None for
    a line that differs from teaser to teaser (its title)."""
    if line_marks.marks(line) & line_marks.PLACEHOLDER:
        return "<picture>"
    if line.words > _DATED_WORDS:
        return None
    if dates.first_date(line.text) is not None:
        return "<date>"
    if line.words > _KEY_WORDS:
        return None
    folded = line.text.casefold()
    return _DIGITS.sub("0", folded) if holds_digit(folded, len(folded)) else folded


class _UnitKeys:
    """_unit_key of a page's lines, each read once, none above `floor`. (A class, not a closure:
    compiled, a nested function and its scope hold each other, a cycle left to the collector.)"""

    def __init__(self, lines: list[Line], floor: int) -> None:
        self.lines = lines
        self.floor = floor
        self.keys: dict[int, str | None] = {}

    def at(self, j: int) -> str | None:
        if j < self.floor or j >= len(self.lines):
            return None
        if j not in self.keys:
            self.keys[j] = _unit_key(self.lines[j])
        return self.keys[j]


def _teaser_list(lines: list[Line], i: int, keys: _UnitKeys, inside: bool = True) -> int | None:
    """Where a list of teasers that line `i` (taken for the headline) is a title of begins: a
    unit of 2-6 lines (a picture's mark and a title, a title and its duration, "Now playing")
    printed _UNITS times or more in a row, a line of it the same in each unit (its mark, date or
    label), line `i` and its place in each unit a title (no mark, no label), and units both over
    and under it (`inside`; else only under it). A headline is printed once, over its list of
    videos or over its byline. `keys`: the page's unit keys, shared by the calls for one line."""
    # keys.at is called as a method, not through a bound method kept in a local: compiled, the
    # first is a native call, the second a Python call (nine tenths of the list's cost).
    if keys.at(i) is not None:
        return None
    for p in _UNIT_LINES:
        top = None
        for j in range(i - p + 1, i + p):
            k = keys.at(j)
            if k is None or k not in (keys.at(j - p), keys.at(j + p)):
                continue
            if any(k in (keys.at(j - d), keys.at(j + d)) for d in range(1, p) if p % d == 0):
                continue  # printed every d lines: units of d lines, not of p
            first, last = j, j
            while keys.at(first - p) == k:
                first -= p
            while keys.at(last + p) == k:
                last += p
            column = range(first + i - j, last + i - j + 1, p)  # the titles' places
            if (
                len(column) >= _UNITS
                and (first < i or not inside)
                # (the places on the page: a unit's repeated line near its end or its top may
                # put the last title's place past either)
                and column[0] >= 0
                and column[-1] < len(lines)
                and all(keys.at(t) is None and _teaser_title(lines[t]) for t in column)
            ):
                # the list begins with its first unit's repeated line or its title
                top = min(first, column[0], top if top is not None else first)
        if top is not None:
            return top
    return None


def _teaser_title(line: Line) -> bool:
    """Whether a line may be a teaser's title: no paragraph (a story's paragraphs between its
    pictures are no list), no more words than a long headline's."""
    return line.words <= _TEASER_WORDS and not line_prose.is_paragraph(line)


def list_at(lines: list[Line], i: int, floor: int) -> int | None:
    """Where a list of teasers begins that line `i` (taken for the headline) is a title of, or,
    a short line (a list's heading or button: "More stories like this one"), stands right over."""
    keys = _UnitKeys(lines, floor)
    if (top := _teaser_list(lines, i, keys)) is not None:
        return top
    if lines[i].words >= HEADLINE_WORDS:
        return None
    for j in range(i + 1, min(len(lines), i + _LIST_HEAD_LINES + 2)):
        if (top := _teaser_list(lines, j, keys, inside=False)) is not None and i < top:
            return top
    return None


def over_list(lines: list[Line], top: int, floor: int, now: datetime | None) -> int | None:
    """Where the walk goes on over a list of teasers that begins at line `top`: the header's
    date or byline within _LIST_FACT_REACH lines over it (the walk reads it, then the headline
    over it), else the headline among the list's heading and buttons ("<headline>" / "Follow us
    on" / "Related videos"): the longest of the _LIST_HEAD_LINES lines over the list,
    headline-shaped. None where neither stands there."""
    for j in range(top - 1, max(floor, top - 1 - _LIST_FACT_REACH) - 1, -1):
        line = lines[j]
        if line_prose.is_paragraph(line):
            break  # a box's blurb, a teaser's text: the header's facts stand nearer the list
        if bylines.byline(line.text) is not None or read_meta_line(line, Meta(), now):
            # (one of dated teasers over the list, the same kind of line a few lines over it:
            # no header's)
            kind = _unit_key(line)
            over = range(max(floor, j - _TEASER_FACT_STEP), j)
            return (
                None if kind is not None and any(_unit_key(lines[g]) == kind for g in over) else j
            )
    near = range(max(floor, top - _LIST_HEAD_LINES), top)
    best = max(near, key=lambda j: lines[j].words, default=None)
    if best is None or lines[best].words < HEADLINE_WORDS:
        return None
    return best if headline_shaped(lines[best], now) else None


_LIST_REACH: Final = 6  # lines either side where a list's other dated items stand


def _dated_title(text: str) -> str | None:
    """The words before the date of a line holding a date and then a title of three words or
    more ("08/01/2025 Ferry returns after the storm": ""), or those after the date of a line
    holding a title of three words or more and then its date, or None."""
    found = dates.first_date(text)
    if found is None:
        return None
    at, parsed = found
    after = text[at + len(parsed.text) :]
    if spaced_words(after) >= 3:
        return text[:at].strip().casefold()
    if spaced_words(after) <= _TITLE_DATE_AFTER and spaced_words(text[:at]) >= 3:
        # a title, then its date ("Fishermen protest at the quay · Jan 7, 2025"): the words
        # after the date, apart from those before it
        return "\n" + after.strip().casefold()
    return None


_TITLE_DATE_AFTER: Final = 2  # words after a title's date at most (its time of day, "ago")


def dated_item(lines: list[Line], i: int) -> bool:
    """Whether line `i` is one item of a list of dated titles (other stories as a teaser list
    or an archive prints them): two more lines within _LIST_REACH lines, like it, a date and a
    title after the same words ("08/01/2025 Ferry returns after the storm" over "07/01/2025
    Council votes on the harbour wall"). A story's header prints its date once, and no title
    after it."""
    label = _dated_title(lines[i].text)
    if label is None:
        return False
    same = 0
    for j in range(max(0, i - _LIST_REACH), min(len(lines), i + _LIST_REACH + 1)):
        if j != i and _dated_title(lines[j].text) == label:
            same += 1
            if same == 2:
                return True
    return False
