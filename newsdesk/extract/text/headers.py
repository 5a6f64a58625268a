"""A story's header in a page of lines: its headline over a byline, a date or a time.

A header marks where a story begins (region.py parts the page there) and a run of them marks a
page that prints whole stories one after another (a stream). Asked of every line, so the cheap
tests come first.
"""

from __future__ import annotations

import re
from typing import Final

from newsdesk.extract import bylines, dates
from newsdesk.extract.text import line_marks, line_prose, shapes
from newsdesk.extract.text.lines import Line

HEADLINE_REACH: Final = 3  # lines from a headline down to its byline or date


def is_header_fact(line: Line) -> bool:
    """A byline or a date standing alone: "by Sam Sachs / Nov 20, 2020", "5:28 p.m.". Not an
    embedded post's signature ("— Daniel Dale (@ddale8) January 1, 2020")."""
    if line.words > 14:
        return False
    text = line.text
    # A byline opens with "by", "written by", "reporting by", "posted by" or "published by"
    # (bylines.by_byline rules out most lines by their first letter before its pattern is tried).
    if bylines.by_byline(text):
        # "By train, airplane, or did they drive?”": a sentence that opens with "by".
        return not line_prose.ends_sentence(text)
    # Opening with a dash: an embedded post's signature. The first character's code compared,
    # not a slice looked up in a string: two calls saved on every short line of the page.
    if not text:
        return False
    first = ord(text[0])
    if first == 0x2014 or first == 0x2013 or first == 0x2D:  # "—", "–", "-"
        return False
    return line.traits.datable is not False and shapes.date_of(line, fallback=False) is not None


def headlines(
    lines: list[Line], stream: bool = False, facts: list[bool] | None = None
) -> list[int]:
    """Headlines of a story's header: a headline-shaped line (not a list item; it may read as
    prose) with a byline or a date within HEADLINE_REACH lines below it, only short lines
    between. `stream`: a bare clock time stamps a header too, and only a header with two
    paragraphs of prose within the four lines under its stamp counts (stream_heads).
    `facts`: is_header_fact of each line (header_facts), if the caller has them."""
    if facts is None:
        facts = header_facts(lines)
    found: list[int] = []
    for j, line in enumerate(lines):
        if not _stamped(line, facts[j], stream):
            continue
        if stream and sum(1 for below in lines[j + 1 : j + 5] if line_prose.is_prose(below)) < 2:
            continue
        i = _headline_over(lines, j, facts, stream)
        if i is not None and (not found or found[-1] != i):
            found.append(i)
    return found


def _headline_over(lines: list[Line], j: int, facts: list[bool], stream: bool) -> int | None:
    """The headline over the byline or date at `j` (see headlines), if any. In a stream the
    header may hold a standfirst between them: a paragraph or two of some words, perhaps with
    a "read on" line under it; a headline-shaped line above one (not a paragraph itself) is
    the headline, else the standfirst's first line if it is headline-shaped. Not over a bare
    clock time: a stream that prints each story's time over its headline ("22:50" / headline /
    blurb) would read the story before as the header of the next."""
    standfirsts = _STANDFIRSTS if stream and facts[j] else 0
    fallback = None
    for i in range(j - 1, max(-1, j - 1 - HEADLINE_REACH - standfirsts), -1):
        above = lines[i]
        if _stamped(above, facts[i], stream):
            break  # "By Ann Example" over "4 March 2025": the header's own lines
        shaped = _headline_shaped(above, stream) and not above.bullet
        if standfirsts and 4 < above.words <= _STANDFIRST_WORDS and line_prose.is_paragraph(above):
            standfirsts -= 1
            if shaped and fallback is None:
                fallback = i
            continue
        if shaped:
            return i
        if above.words > 4:
            break
    return fallback


_STANDFIRSTS: Final = 2  # paragraphs of a standfirst a stream's headline may stand over
_STANDFIRST_WORDS: Final = 80
# Quotation marks a stream's headline may open with even where they stand apart from the word
# („ Wir ...“, « Le ... »): line_prose.is_title_like takes them only hugging it.
_OPENING_QUOTES: Final = line_prose.HUGGING_QUOTES


def _headline_shaped(line: Line, stream: bool) -> bool:
    """line_prose.is_title_like; in a stream also a quotation for headline („Wir haben ...“)."""
    if line_prose.is_title_like(line):
        return True
    text = line.text
    return (
        stream
        and text[:1] in _OPENING_QUOTES
        and 3 <= line.words <= 30
        and not text.endswith(".")
        and not line_marks.marks(line) & line_marks.CHROME_WORD
    )


def header_facts(lines: list[Line]) -> list[bool]:
    """is_header_fact of each line: worked out once a page for both walks of headlines (the
    headers that part the page, and the stream's)."""
    return [is_header_fact(line) for line in lines]


def stream_facts(lines: list[Line], known: list[bool] | None = None) -> list[bool]:
    """The facts that stamp a stream's header (stream_heads): is_header_fact (`known`, if the
    caller has them), or a byline in another language ("von Ann Beispiel , Tom Muster", "Par
    Léa Exemple") or a month and year alone ("May 2019", "März 2019"). Those stamp a stream's
    headers only: a run of three stories each under them is what parts the page."""
    if known is None:
        known = header_facts(lines)
    # By index: compiled, a native loop (zip's items come through its iterator protocol).
    return [known[i] or _stream_fact(lines[i]) for i in range(len(lines))]


_BYLINE_OPENERS: Final = bylines.BYLINE_OPENERS
_OPENER_INITIALS: Final = frozenset(
    {c for word in bylines.BYLINE_OPENERS for c in (word[0], word[0].upper())}
)
# And their first two characters: an opener's second is a letter, which only itself and its
# capital lower-case to (no other character lower-cases to one of these).
_OPENER_PAIRS: Final = frozenset(
    {
        a + b
        for word in bylines.BYLINE_OPENERS
        for a in (word[0], word[0].upper())
        for b in (word[1], word[1].upper())
    }
)


def _stream_fact(line: Line) -> bool:
    if line.words > 14:
        return False
    text = line.text
    # A month and year alone: "May 2019", "Sept. 2018", "März 2019".
    if line.words == 2 and text[-1:].isdigit() and dates.opens_month_year(text):
        return True
    # Nearly every line opens with a word no byline opens with: told before the patterns, by
    # its first letter first.
    if text[:1] not in _OPENER_INITIALS or text[:2] not in _OPENER_PAIRS:
        return False
    opener = text.split(None, 1)[0].rstrip(":").lower()
    if opener not in _BYLINE_OPENERS:
        return False
    return bylines.byline(text) is not None and not line_prose.ends_sentence(text)


def _stamped(line: Line, fact: bool, stream: bool) -> bool:
    """A header's byline or date (`fact`: is_header_fact), or in a stream a bare clock time
    (stamps_story)."""
    if fact or not stream:
        return fact
    # A clock time has digits: not a line the page scan found none in (datable False).
    return line.traits.datable is not False and _is_clock(line)


def heads_story(lines: list[Line], i: int) -> bool:
    """Whether lines[i] is the headline of a story's header (as headlines finds them, or
    over a bare clock time: "5:28 p.m.", a stream's next story)."""
    line = lines[i]
    if not line_prose.is_title_like(line) or line.bullet:
        return False
    if stamps_story(line):
        return False
    for below in lines[i + 1 : i + 1 + HEADLINE_REACH]:
        if stamps_story(below):
            return True
        if below.words > 4:
            return False
    return False


# A bare time of day standing alone under a headline: "6:14 a.m.", "14:05", "9.30 Uhr".
_CLOCK_LINE: Final = re.compile(
    r"^\W{0,2}\d{1,2}[:.h]\d\d(?:\s*(?:[ap]\.?\s?m\.?|uhr|h))?\W{0,2}$", re.I
)
_STREAM_STORIES: Final = 3  # headed stories in a row that make the page a stream of them


def _is_clock(line: Line) -> bool:
    """A bare time of day standing alone ("5:28 p.m.")."""
    return line.words <= 4 and _CLOCK_LINE.match(line.text) is not None


def stamps_story(line: Line) -> bool:
    """A header's time or date: a byline or date (is_header_fact) or a bare clock time."""
    return _is_clock(line) or is_header_fact(line)


def stream_heads(lines: list[Line], facts: list[bool] | None = None) -> list[int]:
    """Headlines of a stream of whole stories (an endless-scroll page: each story under its
    kicker, headline and time, its paragraphs after): a headline-shaped line (not a list
    item), its time or date within HEADLINE_REACH lines below with only short lines between,
    and two paragraphs of prose within the four lines after that. Empty unless
    _STREAM_STORIES or more such headers stand on the page: one alone is the story's own.
    Empty too unless all of them are stamped alike (all by a bare clock time, or none): a live
    blog's own header (its date, its byline) over entries stamped by the hour is one story.
    `facts`: as for headlines."""
    found = headlines(lines, stream=True, facts=facts)
    if len(found) < _STREAM_STORIES:
        return []
    clocked = {_clocked(lines, i) for i in found}
    return found if len(clocked) == 1 else []


def _clocked(lines: list[Line], head: int) -> bool:
    """Whether the headline at `head` is stamped by a bare clock time ("5:28 p.m.")."""
    for below in lines[head + 1 : head + 1 + HEADLINE_REACH]:
        if stamps_story(below):
            return _is_clock(below)
    return False
