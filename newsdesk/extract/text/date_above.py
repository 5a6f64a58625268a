"""The story's date printed above the body where the header's walk (meta.read_header) stopped
short of it: the nearest date alone over the body, not a teaser's nor the site's clock.
"""

from __future__ import annotations

from datetime import datetime
from typing import Final

from newsdesk.extract.text import shapes
from newsdesk.extract.text.fact_line import Meta, fact_date, issue_date
from newsdesk.extract.text.lines import Line
from newsdesk.extract.text.signature import published_run_on
from newsdesk.extract.text.teasers import dated_item

# How far above the body the story's own date may stand, past what ends the header's walk (a
# headline, a kicker or section label taken for one, a list of its tags, share buttons).
_DATE_REACH: Final = 30
_CLOCK_TOP: Final = 3  # the page's first lines, where a site prints today's date
_MENU_ITEMS: Final = 6  # short lines in a row under it: the site's menu
_MENU_WORDS: Final = 2  # words of a menu's item at most


def _page_clock(lines: list[Line], i: int) -> bool:
    """Whether the date at line `i` is the site's clock, today's date over its menu ("Montag,
    09.12.2025" / "Über uns" / "Kontakt" / "Login" ...): one of the page's first lines, a run of
    a menu's short items under it. A story's date stands over its headline, its byline or its
    body; a blog's date over its post's title."""
    if i >= _CLOCK_TOP or i + _MENU_ITEMS >= len(lines):
        return False
    return all(line.words <= _MENU_WORDS for line in lines[i + 1 : i + 1 + _MENU_ITEMS])


def date_above(lines: list[Line], start: int, floor: int, now: datetime | None, meta: Meta) -> None:
    """The nearest line above the body, down to `floor` (the header's) and no further than
    _DATE_REACH, that is a date alone (or one after a word saying it was published): the
    story's date where the header's walk stopped short of it
    ("September 16, 2020 at 4:59 pm" above "Filed Under: Awards" taken for the headline).
    Under the headline, a byline's line saying the story was published and run on with the
    share buttons or the text under it is one too ("Ann Example, Harbour News Published 7:40
    p.m. March 17, 2025 SHARETWEETEMAIL": published_run_on); over it, a teaser's."""
    title = meta.title_index
    floor = max(floor, start - _DATE_REACH)
    for i in range(start - 1, floor - 1, -1):
        parsed = fact_date(lines[i], now) or shapes.date_of(lines[i], now)
        if parsed is None and title is not None and i > title:
            parsed = published_run_on(lines[i], now)
        if parsed is not None and issue_date(lines[i].text, parsed):
            continue  # "December 19, 2025 Issue": a magazine's print issue, dated after the story
        if parsed is not None and not dated_item(lines, i) and not _page_clock(lines, i):
            meta.published_text, meta.published = parsed.text, parsed.iso
            meta.date_line = i
            return
