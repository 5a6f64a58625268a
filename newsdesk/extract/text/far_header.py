"""A story's header printed far above its body (a picture, a gallery, a box between): its byline
and facts, and its headline, read where the walk from the body (meta.read_header) stops short.
"""

from __future__ import annotations

from datetime import datetime
from typing import Final

from newsdesk.extract import bare_bylines, bylines, facts
from newsdesk.extract.text import shapes
from newsdesk.extract.text.fact_line import Meta, byline_of_facts, fact_date
from newsdesk.extract.text.header_title import HEADLINE_WORDS, header_fact, headline_shaped
from newsdesk.extract.text.lines import Line
from newsdesk.extract.text.teasers import dated_item

_FAR_REACH: Final = 120  # lines above the body where its own header, parted from it, may stand
_FAR_STEP: Final = 2  # lines between the byline and its headline or its fact at most


def _far_above(start: int, floor: int) -> range:
    """The lines above the body, nearest first, where its own header may stand parted from it:
    _FAR_REACH of them, none above the header walk's floor."""
    return range(start - 1, max(floor, start - _FAR_REACH) - 1, -1)


def far_header(lines: list[Line], start: int, meta: Meta, now: datetime | None) -> None:
    """The byline (and the date, where none was read) of the story's own header printed far
    above its body, a box between them (a video player and its playlist, a gallery): the only
    byline in the _FAR_REACH lines above the body, a headline right over it and a fact right
    under it, facts only between (a date, a reading time): "<headline>" / "By Ann Example" /
    "Updated 0339 GMT November 19, 2025". A list of teasers prints a byline under each of its
    titles: two bylines above the body name nobody; an author's box prints what she writes
    about under her name, no date."""
    found, names = -1, None
    for i in _far_above(start, meta.floor):
        if (byline := bylines.byline(lines[i].text)) is not None:
            if found >= 0:
                return
            found, names = i, byline
    if found < 0:
        return
    low = max(meta.floor, found - _FAR_STEP)
    if not any(headline_shaped(lines[j], now) for j in range(found - 1, low - 1, -1)):
        return
    for j in range(found + 1, min(start, found + 1 + _FAR_STEP)):
        line = lines[j]
        parsed = shapes.date_of(line, now) or fact_date(line, now)
        if (parsed is None and facts.reading_minutes(line.text) is None) or dated_item(lines, j):
            return  # facts only between the byline and its date
        meta.authors = meta.authors or bylines.byline_people(names)
        if meta.published_text is None and parsed is not None:
            meta.published_text, meta.published = parsed.text, parsed.iso
            meta.date_line = j


_TITLE_FACT_STEP: Final = 3  # lines under a headline where its header's first fact may stand


def far_title(lines: list[Line], start: int, meta: Meta, now: datetime | None) -> None:
    """The headline of the story's own header where the walk up from the body found none (it
    stopped at a list of most read stories or comments between them): the only headline-shaped
    line in the _FAR_REACH lines above the body with a header's fact (a byline or a date) within
    _TITLE_FACT_STEP lines under it ("<headline>" / "ANN EXAMPLE" / "Nov. 20, 2025"). A list
    of teasers prints a date under each of its titles: two such headlines name none."""
    found = -1
    for i in _far_above(start, meta.floor):
        line = lines[i]
        if line.chrome or line.words < HEADLINE_WORDS or not headline_shaped(line, now):
            continue
        if (
            header_fact(line, now)
            or byline_of_facts(line, now)
            or bare_bylines.lone_name(line.text)
        ):
            continue  # "By Ann Example | Special to the Harbour Times"
        stop = min(start, i + 1 + _TITLE_FACT_STEP)
        if not any(
            header_fact(lines[j], now) and not dated_item(lines, j) for j in range(i + 1, stop)
        ):
            continue
        if found >= 0 and not shapes.same_line(lines[found].text, line.text):
            return  # two headlines with facts under them: a list of teasers
        found = i
    if found >= 0:
        meta.title, meta.title_index = lines[found].text, found
