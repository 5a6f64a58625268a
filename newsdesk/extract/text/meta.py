"""The article's facts around its body (see body.py): the title and metadata printed in the
lines just before it or among its first lines (byline, date, credit, reading time, shares, a
header's line of parts), and the tags just after it. What a headline looks like is headline.py's;
what one line of facts tells, fact_line.py's.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Final

from newsdesk.extract import dates, facts
from newsdesk.extract.dates import ParsedDate
from newsdesk.extract.text import captions, line_chrome, line_marks, line_prose, shapes
from newsdesk.extract.text.fact_line import (
    CLOCK_PART,
    PART_WORDS,
    Meta,
    byline_of_facts,
    date_of_facts,
    fact_date,
    is_meta_parts,
    people_of_date_line,
    read_meta_line,
    stamp_alone,
)
from newsdesk.extract.text.headline import (
    TRAIL_MARK,
    chrome_label_at,
    has_words,
    headline_candidate,
    is_trail,
    title_candidate,
)
from newsdesk.extract.text.kept import spaced_words
from newsdesk.extract.text.line_prose import is_prose
from newsdesk.extract.text.lines import Line


def _took_facts(meta: Meta, line: Line, i: int, now: datetime | None) -> None:
    """What a header's line of facts (line `i`, read into `meta`) tells besides: its byline among
    its parts (byline_of_facts) where none was read, and that the story's date, once read, came
    from this line (Meta.date_line)."""
    meta.authors = meta.authors or byline_of_facts(line, now)
    if meta.date_line is None and meta.published_text is not None:
        meta.date_line = i


def read_header(lines: list[Line], start: int, now: datetime | None, floor: int) -> Meta:
    """Title and metadata in the lines before the body (no further back than `floor`)."""
    meta = Meta(floor=floor)
    saw_meta = False
    trail: tuple[str, int] | None = None  # the last step of a trail of links passed, and where
    bare: list[str] = []  # the names of the first byline without "By" passed
    passed_list = False  # a list of teasers over the body passed (once)
    reach = max(floor, start - _HEADER_REACH)
    i = start - 1
    while i >= reach:
        line = lines[i]
        if line_marks.marks(line) & (line_marks.LIST | line_marks.TICKER):
            if not _comments_link(lines, i, floor):
                break
            i -= 1  # "Comments" among the header's buttons, its byline or date over it
            continue
        if read_meta_line(line, meta, now) or is_meta_parts(line, now):
            saw_meta = True
            _took_facts(meta, line, i, now)
        elif line.glued and i + 1 < len(lines) and shapes.date_of(lines[i + 1], now):
            meta.outlet = line.text
            saw_meta = True
        elif not line.chrome and title_candidate(line):
            if (named := facts.share_label_title(line.text)) is not None:
                meta.title, meta.title_index = named, i  # "Share ... options for: <headline>"
                break
            if (
                facts.is_share_bar(line.text)
                or chrome_label_at(lines, i)
                or captions.picture_line(line.text)
            ):
                # "Close share panel", "Back to Gallery", "Image 1 of 9": the headline is
                # further up
                i -= 1
                continue
            if is_trail(line.text):
                # "Home › World › Europe": the headline is further up; the trail's last step
                # names the page where none is found ("You are here: Home / News / <title>").
                last = TRAIL_MARK.split(line.text)[-1].strip()
                if trail is None and has_words(last) and spaced_words(last) >= 3:
                    trail = (last, i)
                i -= 1
                continue
            if (
                line.words <= _NAME_WORDS
                and i > floor
                and (people := _name_not_title(lines, i, now))
            ):
                # a writer's name under the date, or a picture's credit under its mark
                bare = bare or [p for p in people if p]
                saw_meta = saw_meta or any(people)  # a header's line: the writer's name
                i -= 1
                continue
            if facts.is_bare_byline(line.text, role=not saw_meta) and not _names_others(
                line.text, meta.authors
            ):
                # its names if no byline with "By" is read ("Ann Example, AP" may be a credit)
                bare = bare or facts.bare_byline_people(line.text)
                i -= 1  # "Ann Example, The Associated Press" over the date
                continue
            if dates.first_date(line.text) is not None:
                # "May 16, 2025 at 9:51 AM May 16, 2025 at 10:12 AM", "Text: Ann Example ·
                # 11 October 2024": a header's facts read as none, the headline above them.
                saw_meta = True
                i -= 1
                continue
            if i + 1 < len(lines) and _names_of_byline(line, lines[i + 1]):
                i -= 1  # the writers' names over their byline (their pictures' marks)
                continue
            if (
                not passed_list
                and (top := _list_at(lines, i, floor, now)) is not None
                and (over := _over_list(lines, top, floor, now)) is not None
            ):
                # a teaser's title in a list of videos or stories over the body (picture,
                # title, duration, printed again and again): the headline is over the list
                passed_list = True
                reach = max(floor, min(reach, over - _HEADER_REACH // 2))
                i = over
                continue
            if i > floor and line_prose.is_paragraph(line) and _headline_shaped(lines[i - 1], now):
                i -= 1  # a standfirst (a sentence of some length) under its headline
                line = lines[i]
            elif i > floor and _dek_under(
                lines[i - 1], line, now, short=not saw_meta and i < start - 1
            ):
                i -= 1  # a standfirst printed without its stop, under its headline
                line = lines[i]
            elif i > floor and _twice_above(lines, i, floor, now):
                i -= 1  # a line under the headline the page printed twice
                line = lines[i]
            elif (
                not saw_meta
                and i > floor
                and (over := _headline_over_facts(lines, i, floor, now)) is not None
            ):
                # a picture's caption or credit under the header's byline or date (its byline
                # read before the walk climbs past it)
                meta.authors = meta.authors or _byline_over(lines, i, floor, now)
                i = over
                line = lines[i]
            meta.title, meta.title_index = line.text, i
            # A headline printed twice (page title, then article title): take the first.
            if i > floor and shapes.same_line(lines[i - 1].text, line.text):
                meta.title_index = i - 1
            break
        elif saw_meta and line_prose.is_paragraph(line) and not captions.caption_credit(line.text):
            # (a picture's credited caption between the headline and the byline is not)
            if i > floor and _fact_below(lines, i, now) and _headline_shaped(lines[i - 1], now):
                # Headline, standfirst, then the byline or date right under it: "Is Football
                # Violence a Crime?" / "NFL assaults have led to lawsuits before. ..." / "By
                # Ann Example". (A box's blurb over a button, a caption over its credit: no.)
                meta.title, meta.title_index = lines[i - 1].text, i - 1
            break
        i -= 1
    if meta.title is None and trail is not None:
        meta.title, meta.title_index = trail
    if not meta.authors and meta.title_index is not None:
        meta.authors = _byline_over(lines, meta.title_index, floor, now)
    meta.authors = meta.authors or bare
    if meta.published_text is None:
        _date_above(lines, start, max(floor, start - _DATE_REACH), now, meta)
    return meta


_NAME_WORDS: Final = 4  # words of a name printed alone at most
_HEADER_REACH: Final = 40  # lines over the body the walk reads at most

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
    return _DIGITS.sub("0", line.text.casefold()) if line.words <= _KEY_WORDS else None


def _teaser_list(lines: list[Line], i: int, floor: int, inside: bool = True) -> int | None:
    """Where a list of teasers that line `i` (taken for the headline) is a title of begins: a
    unit of 2-6 lines (a picture's mark and a title, a title and its duration, "Now playing")
    printed _UNITS times or more in a row, a line of it the same in each unit (its mark, date or
    label), line `i` and its place in each unit a title (no mark, no label), and units both over
    and under it (`inside`; else only under it). A headline is printed once, over its list of
    videos or over its byline."""
    keys: dict[int, str | None] = {}

    def key(j: int) -> str | None:
        if j < floor or j >= len(lines):
            return None
        if j not in keys:
            keys[j] = _unit_key(lines[j])
        return keys[j]

    if key(i) is not None:
        return None
    for p in _UNIT_LINES:
        top = None
        for j in range(i - p + 1, i + p):
            k = key(j)
            if k is None or k not in (key(j - p), key(j + p)):
                continue
            if any(k in (key(j - d), key(j + d)) for d in range(1, p) if p % d == 0):
                continue  # printed every d lines: units of d lines, not of p
            first, last = j, j
            while key(first - p) == k:
                first -= p
            while key(last + p) == k:
                last += p
            column = range(first + i - j, last + i - j + 1, p)  # the titles' places
            if (
                len(column) >= _UNITS
                and (first < i or not inside)
                and all(key(t) is None and _teaser_title(lines[t]) for t in column)
            ):
                # the list begins with its first unit's repeated line or its title
                top = min(first, column[0], top if top is not None else first)
        if top is not None:
            return top
    return None


def _names_of_byline(line: Line, below: Line) -> bool:
    """Whether `line` only names the writers of the byline `below` it ("Ann Example Bo Example"
    / "By Ann Example and Bo Example, Harbour Times"): their pictures' names, no headline."""
    if line.words >= below.words or facts.byline(below.text) is None:
        return False
    named = set(below.text.casefold().replace(",", " ").split())
    return set(line.text.casefold().split()) <= named


def _teaser_title(line: Line) -> bool:
    """Whether a line may be a teaser's title: no paragraph (a story's paragraphs between its
    pictures are no list), no more words than a long headline's."""
    return line.words <= _TEASER_WORDS and not line_prose.is_paragraph(line)


def _list_at(lines: list[Line], i: int, floor: int, now: datetime | None) -> int | None:
    """Where a list of teasers begins that line `i` (taken for the headline) is a title of, or,
    a short line (a list's heading or button: "More stories like this one"), stands right over."""
    if (top := _teaser_list(lines, i, floor)) is not None:
        return top
    if lines[i].words >= _HEADLINE_WORDS:
        return None
    for j in range(i + 1, min(len(lines), i + _LIST_HEAD_LINES + 2)):
        if (top := _teaser_list(lines, j, floor, inside=False)) is not None and i < top:
            return top
    return None


def _over_list(lines: list[Line], top: int, floor: int, now: datetime | None) -> int | None:
    """Where the walk goes on over a list of teasers that begins at line `top`: the header's
    date or byline within _LIST_FACT_REACH lines over it (the walk reads it, then the headline
    over it), else the headline among the list's heading and buttons ("<headline>" / "Follow us
    on" / "Related videos"): the longest of the _LIST_HEAD_LINES lines over the list,
    headline-shaped. None where neither stands there."""
    for j in range(top - 1, max(floor, top - 1 - _LIST_FACT_REACH) - 1, -1):
        line = lines[j]
        if line_prose.is_paragraph(line):
            break  # a box's blurb, a teaser's text: the header's facts stand nearer the list
        if facts.byline(line.text) is not None or read_meta_line(line, Meta(), now):
            # (one of dated teasers over the list, the same kind of line a few lines over it:
            # no header's)
            kind = _unit_key(line)
            over = range(max(floor, j - _TEASER_FACT_STEP), j)
            return (
                None if kind is not None and any(_unit_key(lines[g]) == kind for g in over) else j
            )
    near = range(max(floor, top - _LIST_HEAD_LINES), top)
    best = max(near, key=lambda j: lines[j].words, default=None)
    if best is None or lines[best].words < _HEADLINE_WORDS:
        return None
    return best if _headline_shaped(lines[best], now) else None


def _by_alone(text: str) -> bool:
    """Whether a line is a byline's "By" alone, its name on the next line."""
    return text.rstrip(":").lower() == "by"


_COMMENTS_LINK_WORDS: Final = 2  # words of a link to the comments ("Comments", "12 Kommentare")
_COMMENTS_LINK_STEP: Final = 3  # lines under the header's byline or date where it may stand
_BUTTONS: Final = line_marks.SHARE | line_marks.CHROME_WORD  # "Share", "Tweet", "Email"


def _comments_link(lines: list[Line], i: int, floor: int) -> bool:
    """Whether line `i`, which opens a list (a comments section: "Comments"), is a header's link
    to its story's comments among its buttons: a chrome word alone ("Comments", not "Most
    read"), a button right under it ("Share"), the writer's byline within _COMMENTS_LINK_STEP
    lines over it, only short lines between ("Ann Example, @annexample" / "7m ago" / "Comments"
    / "Share"). A comments section's heading has a comment's text over it, a list's heading its
    last item."""
    line = lines[i]
    if line.words > _COMMENTS_LINK_WORDS or not line_marks.marks(line) & line_marks.CHROME_WORD:
        return False
    if i + 1 >= len(lines) or not line_marks.marks(lines[i + 1]) & _BUTTONS:
        return False  # a heading over the story, or over its comments: no button under it
    for j in range(i - 1, max(floor, i - 1 - _COMMENTS_LINK_STEP), -1):
        above = lines[j]
        if facts.byline(above.text) is not None or facts.is_bare_byline(above.text):
            return True  # (a date alone may be a dated teaser's, over a list's heading)
        if above.words > _COMMENTS_LINK_WORDS:
            return False  # a comment's text, a teaser: no header's line
    return False


def _name_not_title(lines: list[Line], i: int, now: datetime | None) -> list[str]:
    """Whether a name alone (line `i`, taken for the headline) is a header's writer or a
    picture's credit: right under the story's date or time ("Today 9:44" / "Ann Example"),
    its names returned, or right under a picture's mark ("[harbour-pic]" / "Ann Example" /
    the caption), [""] returned (a credit names no writer; a name with the writer's handle is
    his). A headline stands over the date."""
    above = lines[i - 1]
    if line_marks.marks(above) & line_marks.PLACEHOLDER:
        if (name := facts.handle_name(lines[i].text)) is not None:
            return [name]  # "[harbour-pic]" / "Ann Example, @annexample": the writer's
        return [""] if facts.lone_name(lines[i].text) else []
    if above.words > PART_WORDS or not (
        CLOCK_PART.match(above.text) or shapes.date_of(above, now) is not None
    ):
        return []
    return facts.lone_name(lines[i].text)


_OVER_REACH: Final = 8  # lines above the headline where its byline may stand


def _byline_over(lines: list[Line], title: int, floor: int, now: datetime | None) -> list[str]:
    """The names of a byline right above the headline, only facts and share buttons between
    them: a header that prints the headline twice (headline, byline, date, the headline again
    or a share button naming it) is walked up to its second print only."""
    for i in range(title - 1, max(floor, title - _OVER_REACH) - 1, -1):
        text = lines[i].text
        if (names := facts.byline(text)) is not None:
            return facts.byline_people(names)
        if read_meta_line(lines[i], Meta(), now) or is_meta_parts(lines[i], now):
            if people := byline_of_facts(lines[i], now):
                return people
        elif not (facts.is_share_bar(text) or facts.is_role_or_agency(text)):
            # (the writer's role or agency alone under the byline: "By Ann Example" /
            # "Associated Press" / the headline printed again)
            break
    return []


def _names_others(text: str, authors: list[str]) -> bool:
    """Whether a line shaped as a byline without "By" stands over a byline already read that
    names none of its words' people: a page prints its byline once, so the line is the headline
    ("Harbour Council Fires Its Senior Editor" over "By Ann Example")."""
    if not authors:
        return False
    folded = text.casefold()
    return not any(name.casefold() in folded for name in authors)


def _headline_shaped(line: Line, now: datetime | None) -> bool:
    """A headline's shape: title-like, no paragraph, no lead-in ending with a colon, no list
    item, chrome, caption or fact."""
    return (
        not line.chrome
        and not line_prose.is_paragraph(line)
        and not line.text.endswith((":", "："))  # a lead-in ("The minister said:")
        and headline_candidate(line)
        and not read_meta_line(line, Meta(), now)
    )


_DEK_WORDS: Final = 8  # a standfirst without its stop: a line longer than its headline
_HEADLINE_WORDS: Final = 5  # a headline over it, not a kicker or a section's label
_SHORT_DEK_WORDS: Final = 6  # a standfirst shorter than that or than its headline: a sentence
_GLUED: Final = re.compile(r"[^\W\d_A-Z]{2}(?<=[a-zà-ÿ]{2})[A-ZÀ-Ý]")  # "zprávyJanovická"
_PARTS: Final = (" / ", " | ")  # a title of parts or a row of links, no sentence


def _dek_under(above: Line, line: Line, now: datetime | None, short: bool = False) -> bool:
    """Whether `line` (taken for the headline) is the standfirst printed without its stop under
    the headline `above`: longer than it and of _DEK_WORDS, or shorter where `short` says so
    (_short_dek_under; the walk passed no fact under the line: a headline stands over its date,
    a label over it), the headline no kicker ("Sport") and no chrome, and not the one of the two
    set in headline case."""
    if line.words < _SHORT_DEK_WORDS or above.words < _HEADLINE_WORDS:
        return False
    longer = line.words >= _DEK_WORDS and line.words > above.words
    if not (longer or (short and _short_dek_under(above, line))) or any(
        sep in line.text for sep in _PARTS
    ):
        return False
    return _headline_shaped(above, now) and not (
        line_prose.is_title_case(line.text) and not line_prose.is_title_case(above.text)
    )


def _short_dek_under(above: Line, line: Line) -> bool:
    """Whether `line` may be a standfirst of a short sentence's length (_SHORT_DEK_WORDS) or no
    longer than its headline `above` ("Harbour ferry returns to the island run after the winter"
    / "The crossing was shut for four months"): the line over it no row of links (parted by
    slashes or bars, or set further in than the line: a text browser sets the page's heading to
    the left of its links) and not the line again with the site's name or a trail glued to it;
    the line itself glued to a name ("Harbour.newsYour newsFerry returns ...": the headline with
    the site's links run into it, no standfirst)."""
    return (
        above.indent <= line.indent
        and not any(sep in above.text for sep in _PARTS)
        and line.text.casefold() not in above.text.casefold()
        and _GLUED.search(line.text) is None
    )


_TWICE_REACH: Final = 4  # lines over a headline where its first print may stand


def _twice_above(lines: list[Line], i: int, floor: int, now: datetime | None) -> bool:
    """Whether the line over `i` (taken for the headline) is a headline the page printed twice,
    its first print a few lines further up (the page's title, then the article's, a date
    between), and longer than the line: that one is the headline, the line under it a
    standfirst without its stop or a subheading ("Harbour Council Votes to Close the Old Pier"
    twice, then "A short vote")."""
    above, line = lines[i - 1], lines[i]
    if above.words < _HEADLINE_WORDS or above.words <= line.words:
        return False  # (a line longer than the one printed twice may be the headline under it)
    if shapes.same_line(above.text, line.text) or line.text.lower() in above.text.lower():
        return False  # (the headline glued to the site's name over it: "OutletNewsHeadline")
    reach = range(i - 2, max(floor, i - 2 - _TWICE_REACH) - 1, -1)
    return any(shapes.same_line(lines[j].text, above.text) for j in reach) and _headline_shaped(
        above, now
    )


_CAPTION_REACH: Final = 6  # lines over a caption where the header's facts and headline stand


def _headline_over_facts(lines: list[Line], i: int, floor: int, now: datetime | None) -> int | None:
    """The headline over the header's facts where the line taken for it (line `i`) stands between
    those facts and the body: a picture's caption or credit under the byline and date
    ("<headline>" / "By Ann Example" / "May 3, 2025" / "Harbour at dawn" / the body). A header
    prints its headline over its byline and date; a caption stands under them, over the body.
    Only share buttons, names and credits may stand between the facts and the line, and the
    headline found is longer than it and headline-shaped. (The walk asks this only where it
    passed no fact under the line: a headline stands over its byline.)"""
    line, fact = lines[i], False
    for j in range(i - 1, max(floor, i - 1 - _CAPTION_REACH), -1):
        above = lines[j]
        text = above.text
        if (
            _header_fact(above, now)
            or read_meta_line(above, Meta(), now)
            or dates.first_date(text) is not None
        ):
            fact = True
        elif not (
            facts.is_share_bar(text) or facts.lone_name(text) or captions.caption_credit(text)
        ):
            if (
                fact
                and above.words >= _HEADLINE_WORDS
                and line.words < above.words
                and not shapes.same_line(text, line.text)
                and _headline_shaped(above, now)
            ):
                return j
            return None
    return None


def _fact_below(lines: list[Line], i: int, now: datetime | None) -> bool:
    """Whether the line under lines[i] is a byline or a date (a header's fact, not a credit)."""
    if i + 1 >= len(lines):
        return False
    below = lines[i + 1]
    return (
        below.text.rstrip(":").lower() == "by"
        or facts.byline(below.text) is not None
        or shapes.date_of(below, now) is not None
        or is_meta_parts(below, now)
    )


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


def _date_above(
    lines: list[Line], start: int, floor: int, now: datetime | None, meta: Meta
) -> None:
    """The nearest line above the body, down to `floor`, that is a date alone (or one after a
    word saying it was published): the story's date where the header's walk stopped short of it
    ("September 16, 2020 at 4:59 pm" above "Filed Under: Awards" taken for the headline).
    Under the headline, a byline's line saying the story was published and run on with the
    share buttons or the text under it is one too ("Ann Example, Harbour News Published 7:40
    p.m. March 17, 2025 SHARETWEETEMAIL": _published_run_on); over it, a teaser's."""
    title = meta.title_index
    for i in range(start - 1, floor - 1, -1):
        parsed = fact_date(lines[i], now) or shapes.date_of(lines[i], now)
        if parsed is None and title is not None and i > title:
            parsed = _published_run_on(lines[i], now)
        if parsed is not None and not _dated_item(lines, i) and not _page_clock(lines, i):
            meta.published_text, meta.published = parsed.text, parsed.iso
            meta.date_line = i
            return


_LIST_REACH: Final = 6  # lines either side where a list's other dated items stand


def _dated_title(text: str) -> str | None:
    """The words before the date of a line holding a date and then a title of three words or
    more ("08/01/2025 Ferry returns after the storm": ""), or None."""
    found = dates.first_date(text)
    if found is None:
        return None
    at, parsed = found
    return (
        text[:at].strip().casefold() if spaced_words(text[at + len(parsed.text) :]) >= 3 else None
    )


def _dated_item(lines: list[Line], i: int) -> bool:
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


def read_tags(lines: list[Line], start: int, stop: int) -> tuple[list[str], int]:
    """A run of short bulleted items right after the body: the article's tags."""
    tags: list[str] = []
    i = start
    header_seen = False
    while i < stop:
        line = lines[i]
        if not tags and not header_seen and line.text.lower().rstrip(":") in {"tags", "topics"}:
            header_seen = True
            i += 1
            continue
        if line_prose.spells_nothing(line.text):
            # A drawn rule, a stray mark: no tag. It closes a run of tags, or stands before one.
            if tags:
                break
            i += 1
            continue
        short_item = 1 <= line.words <= 6 and not line_prose.ends_sentence(line.text)
        # Without bullets (some converters drop them) a run of short items still reads as tags.
        unbulleted_run = (
            short_item
            and i + 1 < stop
            and 1 <= lines[i + 1].words <= 6
            and not line_marks.marks(lines[i + 1]) & line_marks.LIST
        )
        if (
            (line.bullet or header_seen or tags or unbulleted_run)
            and short_item
            and not (shapes.date_of(line) or line_marks.marks(line) & line_marks.LIST)
        ):
            if line_chrome.is_chrome(line):
                if tags:
                    break
                i += 1
                continue
            tags.append(line.text)
            i += 1
            continue
        if tags or not line_chrome.is_chrome(line):
            break
        i += 1
    return tags, i


def read_inline_header(
    lines: list[Line], start: int, end: int, meta: Meta, now: datetime | None
) -> set[int]:
    """Byline, date and credit lines among the first lines of the body (a standfirst often
    comes before them); "By" alone on a line takes the name on the next. Returns their indices."""
    found: set[int] = set()
    # Paragraphs read so far: a line of dates under a standfirst is the header's, after the
    # story's first paragraph the story's.
    prose_seen = 0
    for i in range(start, min(end, start + 14)):
        line = lines[i]
        prose = is_prose(line)
        if i in found:
            continue
        if i == start and _facts_over_title(line, meta, now):
            found.add(i)
            continue
        if line.words <= 14 and (not prose or facts.by_byline(line.text)):
            if _by_alone(line.text) and i + 1 < end and 1 <= lines[i + 1].words <= 6:
                meta.authors = meta.authors or facts.byline_people(lines[i + 1].text)
                found.update({i, i + 1})
                # A name printed again right after (a link, then its label) is the byline's.
                if i + 2 < end and lines[i + 2].text == lines[i + 1].text:
                    found.add(i + 2)
                continue
            if read_meta_line(line, meta, now):
                found.add(i)
                date_of_facts(line, meta, now)  # "par Ann Example, 21 juin 2025"
                _took_facts(meta, line, i, now)
                continue
        if not prose_seen and not prose and is_trail(line.text):
            # A trail of links atop the body ("Sie sind hier: Startseite / Politik"): the
            # page's, neither the story's nor its standfirst.
            found.add(i)
            continue
        if is_meta_parts(line, now) or (
            prose_seen < 2 and line.words <= 14 and dates.first_date(line.text) is not None
        ):
            # A header's line of parts read as no fact whole ("Text: Ann Example·11 October
            # 2024", under the standfirst): a fact line all the same, its first date the
            # story's as above the body. An embedded post's signature ("— Ann Example (@ann)
            # May 2, 2024") comes after a paragraph.
            found.add(i)
            date_of_facts(line, meta, now)
            _took_facts(meta, line, i, now)
        prose_seen += prose
    if meta.published_text is None:
        _date_below(lines, end, now, meta)
    if not meta.authors and meta.date_line is not None:
        meta.authors = people_of_date_line(lines[meta.date_line], now) or _name_beside(
            lines, meta.date_line, now
        )
    if not meta.authors:
        meta.authors = _signature(lines, start, end)
    if not meta.authors:
        _far_header(lines, start, meta, now)
    if meta.title is None:
        _far_title(lines, start, meta, now)
    return found


def _facts_over_title(line: Line, meta: Meta, now: datetime | None) -> bool:
    """Whether the body's first line is a header's line of facts run on into the headline
    printed again ("by Ann Example, Harbour Post, Posted: July 18, 2025- 4:01 PM <headline>"),
    read into `meta` if so."""
    title = meta.title
    if not title or len(line.text) <= len(title) + 3 or not line.text.endswith(title):
        return False
    head = Line(line.text[: -len(title)].strip())
    if not read_meta_line(head, meta, now):
        return False
    date_of_facts(head, meta, now)  # its date after its byline
    return True


_SIGNATURE_LINES: Final = 1  # lines after the body where its writer's signature may stand


def _signature(lines: list[Line], start: int, end: int) -> list[str]:
    """The people of a byline signing the story under its last paragraph, where none was read
    above it: the body's last line or the first line after it ("Autor: Ann Example, Harbour
    Institute", "Автор: Ann Example"). Only there: further down, a teaser's or a comment's byline
    stands under its own title or text, never straight under the story's last paragraph."""
    for i in range(max(start + 1, end - 1), min(len(lines), end + _SIGNATURE_LINES)):
        if (names := facts.byline(lines[i].text)) is not None:
            return facts.byline_people(names)
    return []


_FAR_REACH: Final = 120  # lines above the body where its own header, parted from it, may stand
_FAR_STEP: Final = 2  # lines between the byline and its headline or its fact at most


def _far_above(start: int, floor: int) -> range:
    """The lines above the body, nearest first, where its own header may stand parted from it:
    _FAR_REACH of them, none above the header walk's floor."""
    return range(start - 1, max(floor, start - _FAR_REACH) - 1, -1)


def _far_header(lines: list[Line], start: int, meta: Meta, now: datetime | None) -> None:
    """The byline (and the date, where none was read) of the story's own header printed far
    above its body, a box between them (a video player and its playlist, a gallery): the only
    byline in the _FAR_REACH lines above the body, a headline right over it and a fact right
    under it, facts only between (a date, a reading time): "<headline>" / "By Ann Example" /
    "Updated 0339 GMT November 19, 2025". A list of teasers prints a byline under each of its
    titles: two bylines above the body name nobody; an author's box prints what she writes
    about under her name, no date."""
    found, names = -1, None
    for i in _far_above(start, meta.floor):
        if (byline := facts.byline(lines[i].text)) is not None:
            if found >= 0:
                return
            found, names = i, byline
    if found < 0:
        return
    low = max(meta.floor, found - _FAR_STEP)
    if not any(_headline_shaped(lines[j], now) for j in range(found - 1, low - 1, -1)):
        return
    for j in range(found + 1, min(start, found + 1 + _FAR_STEP)):
        line = lines[j]
        parsed = shapes.date_of(line, now) or fact_date(line, now)
        if (parsed is None and facts.reading_minutes(line.text) is None) or _dated_item(lines, j):
            return  # facts only between the byline and its date
        meta.authors = meta.authors or facts.byline_people(names)
        if meta.published_text is None and parsed is not None:
            meta.published_text, meta.published = parsed.text, parsed.iso
            meta.date_line = j


_TITLE_FACT_STEP: Final = 3  # lines under a headline where its header's first fact may stand


def _header_fact(line: Line, now: datetime | None) -> bool:
    """A header's fact: a byline, a line of facts or the story's date (no credited caption)."""
    return (
        facts.byline(line.text) is not None
        or is_meta_parts(line, now)
        or (shapes.date_of(line, now) is not None and not captions.caption_credit(line.text))
    )


def _far_title(lines: list[Line], start: int, meta: Meta, now: datetime | None) -> None:
    """The headline of the story's own header where the walk up from the body found none (it
    stopped at a list of most read stories or comments between them): the only headline-shaped
    line in the _FAR_REACH lines above the body with a header's fact (a byline or a date) within
    _TITLE_FACT_STEP lines under it ("<headline>" / "ANN EXAMPLE" / "Nov. 20, 2025"). A list
    of teasers prints a date under each of its titles: two such headlines name none."""
    found = -1
    for i in _far_above(start, meta.floor):
        line = lines[i]
        if line.chrome or line.words < _HEADLINE_WORDS or not _headline_shaped(line, now):
            continue
        if _header_fact(line, now) or byline_of_facts(line, now) or facts.lone_name(line.text):
            continue  # "By Ann Example | Special to the Harbour Times"
        stop = min(start, i + 1 + _TITLE_FACT_STEP)
        if not any(
            _header_fact(lines[j], now) and not _dated_item(lines, j) for j in range(i + 1, stop)
        ):
            continue
        if found >= 0 and not shapes.same_line(lines[found].text, line.text):
            return  # two headlines with facts under them: a list of teasers
        found = i
    if found >= 0:
        meta.title, meta.title_index = lines[found].text, found


_QUOTE_CLOSERS: Final = ('"', "”", "»", "“", "«", "’")


def _name_beside(lines: list[Line], i: int, now: datetime | None) -> list[str]:
    """A name printed alone on the line right over or under the story's date (line `i`), as a
    header prints its writer without "By" ("Ann Example" / "19.10.2025 09:34"), perhaps with
    the writer's role between ("Ann Example" / "News Reporter" / "28 October 2025") or "By" alone
    ("28 October 2025" / "By" / "Ann Example"). Not a picture's credit (a picture's mark or a
    caption beyond it, no role between), nor an item of a menu or a list of names (another name
    beyond it)."""
    for step in (-1, 1):
        j = i + step
        if 0 <= j < len(lines) and step == -1 and _between_name_and_date(lines[j], now):
            j -= 1  # "Ann Example" / "News Reporter" (or "Business", "22:30, 9 May") / the date
        if 0 <= j < len(lines) - 1 and step == 1 and _by_alone(lines[j].text):
            j += 1  # the date / "By" / "Ann Example"
        if not 0 <= j < len(lines):
            continue
        line = lines[j]
        if (names := facts.byline(line.text)) is not None:
            return facts.byline_people(names)  # "By" on the line, the name on the next
        if people := byline_of_facts(line, now):
            return people  # "By Ann Example | Special to the Harbour Times"
        if facts.is_bare_byline(line.text, role=True) and not captions.caption_credit(line.text):
            return facts.bare_byline_people(line.text)  # "Ann Example and Bo Other, AP"
        if line.words > 4 or line.bullet or line.chrome or len(line.text) > 60:
            continue
        people = facts.lone_name(line.text)
        if not people:
            continue
        if j != i + step:
            return people  # a role or "By" between: the writer's, never a credit
        beyond = j + step
        if 0 <= beyond < len(lines):
            other = lines[beyond]
            if (
                other.bullet
                or line_marks.marks(other) & line_marks.PLACEHOLDER
                or captions.caption_credit(other.text)
                or (
                    other.words <= 4
                    and facts.lone_name(other.text)
                    and not _told_again(other, line)
                )
                or other.text.rstrip().endswith(_QUOTE_CLOSERS)  # a quotation's speaker
            ):
                continue
        return people
    return []


def _between_name_and_date(line: Line, now: datetime | None) -> bool:
    """A line a header prints between its writer's name and the story's date: the writer's role
    ("News Reporter"), the section's name ("Business"), or the first of two dates (published
    over updated: "22:30, 9 May 2025" / "Updated 22:38, 9 May 2025")."""
    return (
        facts.is_role(line.text)
        or facts.is_section_name(line.text)
        or (line.words <= PART_WORDS and shapes.date_of(line, now) is not None)
    )


def _told_again(other: Line, line: Line) -> bool:
    """Whether `other`, a name beyond the writer's `line`, is part of it printed again: the
    name twice (a link, then its label) or the outlet of "Ann Example, Harbour Post" over it.
    A menu or a list of names prints other names."""
    return other.text.strip().casefold() in line.text.casefold()


_BELOW_REACH: Final = 10  # lines under the story where its signed date may stand
_STAMP_REACH: Final = 2  # lines under it where its date and time may stand alone
# A word saying the story was published, as a post's signature under it says it.
_SIGNED: Final = re.compile(
    r"\b(?:published|posted|written|veröffentlicht|gespeichert|geschrieben|publié|publiée"
    r"|publicado|publicada|pubblicato|opublikowano|gepubliceerd|yayınlanma|опубликовано)\b",
    re.IGNORECASE,
)


def _date_below(lines: list[Line], end: int, now: datetime | None, meta: Meta) -> None:
    """The story's date printed under it, where none stands above it or among its first lines:
    a line of facts saying it was published within _BELOW_REACH lines after the body, as a
    blog signs its posts ("Posted by Ann at 9:05 PM, 14 December 2025", "veröffentlicht:
    25.10.2025"), or a date and a time alone right under it ("13 December 2025, 09:08"). A
    comment's date ("15. Dezember 2025 at 11:21 · Reply") or a listed story's says neither."""
    for i in range(max(end - 1, 0), min(len(lines), end + _BELOW_REACH)):
        line = lines[i]
        run_on = None
        parsed = (fact_date(line, now) or shapes.date_of(line, now)) if i >= end else None
        if parsed is None:
            # (the body's last line too: a post's signature runs on as a paragraph would)
            parsed = run_on = _signed_date(line, now)
        if parsed is None or _dated_item(lines, i):
            continue
        signed = _SIGNED.search(line.text) is not None
        if signed or (i < end + _STAMP_REACH and stamp_alone(line.text, parsed.text)):
            meta.published_text, meta.published = parsed.text, parsed.iso
            if run_on is None:  # (a signature run on names its writer itself, no line beside)
                meta.date_line = i
            return


_SIGNED_LEAD: Final = 6  # words before the date of a post's signature: its writer, "was"


def _signed_date(line: Line, now: datetime | None) -> ParsedDate | None:
    """The date of a post's signature run on with its categories and tags, too long for a line
    of facts: a word saying it was published or written, its date among its first words ("Autor
    Ann Veröffentlicht am 20. März 2025 Kategorien Allgemein, News Tags ...", "Dieser Artikel
    wurde am 14. Dezember 2025 um 14:48 von Ann geschrieben und unter ... abgelegt.")."""
    if _SIGNED.search(line.text) is None or (found := dates.first_date(line.text, now)) is None:
        return None
    at, parsed = found
    return parsed if spaced_words(line.text[:at]) <= _SIGNED_LEAD else None


_SIGNED_TO_DATE: Final = 3  # words between "Published" and its date: a time of day, its zone


def _published_run_on(line: Line, now: datetime | None) -> ParsedDate | None:
    """The date of a header's line saying the story was published, run on with what follows it
    (share buttons glued into one word, the standfirst) and too long for a line of facts: a
    byline or a name of a few words, the word, the date right after it ("Ann Example, Harbour
    News Published 7:40 p.m. ET March 17, 2025 SHARETWEET", "Por Ann Example Publicado Jul 23,
    2025 1 0 <standfirst>"), or the date among its first words (_signed_date)."""
    if (signed := _SIGNED.search(line.text)) is None:
        return None
    if (found := dates.first_date(line.text, now)) is None:
        return None
    at, parsed = found
    head, gap = line.text[: signed.start()], line.text[signed.end() : at]
    if at >= signed.end() and spaced_words(head) <= _SIGNED_LEAD:
        return parsed if spaced_words(gap) <= _SIGNED_TO_DATE else None
    return _signed_date(line, now)
