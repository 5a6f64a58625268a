"""The article's facts before its body (see body.py): the title and metadata printed in the
lines just before it or among its first lines (byline, date, credit, reading time, shares, a
header's line of parts). What a headline looks like is headline.py's; what one line of facts
tells, fact_line.py's; the checks on the line the walk would take for the headline,
header_title.py's; lists of teasers over the body, teasers.py's; a header printed far above the
body, far_header.py's; what the story signs under itself, signature.py's; a writer's name
printed alone beside the date or under it, writer_name.py's; the story's date above the
header's walk, date_above.py's. The tags after the body: tags.py.
"""

from __future__ import annotations

from datetime import datetime
from typing import Final

from newsdesk.extract import bare_bylines, bylines, dates, facts
from newsdesk.extract.text import captions, line_marks, line_prose, shapes
from newsdesk.extract.text.date_above import date_above
from newsdesk.extract.text.fact_line import (
    Meta,
    byline_of_facts,
    date_of_facts,
    dateline_date,
    is_meta_parts,
    opens_published,
    people_of_date_line,
    published_after,
    read_meta_line,
)
from newsdesk.extract.text.far_header import far_header, far_title
from newsdesk.extract.text.header_title import (
    HEADLINE_WORDS,
    dek_under,
    fact_below,
    headline_over_facts,
    headline_shaped,
    name_with_handle,
    names_of_byline,
    printed_whole,
    quoted_whole,
    twice_above,
    writer_line,
)
from newsdesk.extract.text.headline import (
    TRAIL_MARK,
    chrome_label_at,
    has_words,
    is_trail,
    printed_twice,
    title_candidate,
)
from newsdesk.extract.text.kept import spaced_words
from newsdesk.extract.text.line_prose import is_prose
from newsdesk.extract.text.lines import Line
from newsdesk.extract.text.signature import date_below, signature
from newsdesk.extract.text.teasers import list_at, over_list
from newsdesk.extract.text.writer_box import credits_block, writer_box
from newsdesk.extract.text.writer_name import (
    by_alone,
    name_beside,
    name_not_title,
    name_under_date,
    name_under_title,
)


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
    writer: int | None = None  # where the writer's line passed (writer_line) stands
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
                and (people := name_not_title(lines, i, now))
            ):
                # a writer's name under the date, or a picture's credit under its mark
                bare = bare or [p for p in people if p]
                saw_meta = saw_meta or any(people)  # a header's line: the writer's name
                i -= 1
                continue
            if i > floor and line.words <= _NAME_WORDS + 2 and by_alone(lines[i - 1].text):
                # "Por" / "Redacción Harbour Times" / "-" / the date: a byline's name under its
                # opener printed alone (a news theme's header); the headline stands over both.
                # An outlet or a desk printed so names no writer.
                bare = bare or bare_bylines.lone_name(line.text)
                saw_meta = True
                i -= 2
                continue
            if i > floor and writer_line(lines, i):
                # "Ann Example" / "News Reporter @annexample", "Harbour Desk By Harbour Desk":
                # the writer's line under the headline (its name over it a writer's too)
                if bare_bylines.lone_name(lines[i - 1].text) and not bare_bylines.lone_name(
                    line.text
                ):
                    bare = bare or bare_bylines.lone_name(lines[i - 1].text)
                    i -= 1
                writer = i
                i -= 1
                continue
            if bare_bylines.is_bare_byline(line.text, role=not saw_meta) and not _names_others(
                line.text, meta.authors
            ):
                # its names if no byline with "By" is read ("Ann Example, AP" may be a credit)
                bare = bare or bare_bylines.bare_byline_people(line.text)
                if writer == i + 1:
                    writer = i  # "Ann Example, news reporter" over the writer's line
                i -= 1  # "Ann Example, The Associated Press" over the date
                continue
            if dates.first_date(line.text) is not None:
                # "May 16, 2025 at 9:51 AM May 16, 2025 at 10:12 AM", "Text: Ann Example ·
                # 11 October 2024": a header's facts read as none, the headline above them.
                saw_meta = True
                i -= 1
                continue
            if i > floor and name_with_handle(lines, i):
                # "Ann Example" / "Ann Example annexample": the writer's name, then again with
                # the writer's handle; the headline stands over both
                bare = bare or bare_bylines.lone_name(lines[i - 1].text)
                saw_meta = True
                i -= 2
                continue
            if printed_twice(line.text):
                i -= 1  # a picture's alt text run into its caption: "Ann ExampleAnn Example"
                continue
            if i + 1 < len(lines) and names_of_byline(line, lines[i + 1]):
                i -= 1  # the writers' names over their byline (their pictures' marks)
                continue
            if (
                not passed_list
                and (top := list_at(lines, i, floor)) is not None
                and (over := over_list(lines, top, floor, now)) is not None
            ):
                # a teaser's title in a list of videos or stories over the body (picture,
                # title, duration, printed again and again): the headline is over the list
                passed_list = True
                reach = max(floor, min(reach, over - _HEADER_REACH // 2))
                i = over
                continue
            if i > floor and line_prose.is_paragraph(line) and headline_shaped(lines[i - 1], now):
                i -= 1  # a standfirst (a sentence of some length) under its headline
                line = lines[i]
            elif i > floor and dek_under(
                lines[i - 1],
                line,
                now,
                # (under facts passed, only over a byline read and under a headline printed
                # whole and no shorter: not a trail's last step, the headline cut short,
                # "NewsTestsHarbour ferry …", nor a label over a short headline, "All our
                # stories" / "„We ordered the cranes“"; over a date alone the line may be the
                # headline under a teaser's)
                short=i < start - 1
                and (not saw_meta or _dek_of(lines[i - 1], line, meta.authors or bare)),
            ):
                i -= 1  # a standfirst printed without its stop, under its headline
                line = lines[i]
            elif (
                i > floor
                and quoted_whole(line.text)
                and lines[i - 1].words >= HEADLINE_WORDS
                and headline_shaped(lines[i - 1], now)
            ):
                i -= 1  # a pull quote under its headline, its standfirst
                line = lines[i]
            elif i > floor and twice_above(lines, i, floor, now):
                i -= 1  # a line under the headline the page printed twice
                line = lines[i]
            elif (
                not saw_meta
                and i > floor
                and (over := headline_over_facts(lines, i, floor, now)) is not None
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
        elif (
            not bare
            and i > floor
            and line.words <= _NAME_WORDS
            and (people := name_under_date(lines, i, now))
        ):
            bare = people  # a name too short for a headline's shape, under the date
        elif saw_meta and line_prose.is_paragraph(line) and not captions.caption_credit(line.text):
            # (a picture's credited caption between the headline and the byline is not)
            if (
                i > floor
                and (fact_below(lines, i, now) or writer == i + 1)
                and headline_shaped(lines[i - 1], now)
            ):
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
    if not meta.authors and meta.title_index is not None:
        meta.authors = name_under_title(lines, meta.title_index, start, now)
    if meta.published_text is None:
        date_above(lines, start, floor, now, meta)
    return meta


_NAME_WORDS: Final = 4  # words of a name printed alone at most


def _dek_of(above: Line, line: Line, byline: list[str]) -> bool:
    """Whether `line`, over the header's facts, may be the standfirst of the headline `above`:
    a byline read under it (its names `byline`), the headline printed whole and no shorter."""
    return bool(byline) and above.words >= line.words and printed_whole(above)


_HEADER_REACH: Final = 40  # lines over the body the walk reads at most


_COMMENTS_LINK_WORDS: Final = 2  # words of a link to the comments ("Comments", "12 Kommentare")
_COMMENTS_LINK_STEP: Final = 3  # lines under the header's byline or date where it may stand
_BUTTONS: Final = line_marks.SHARE | line_marks.CHROME_WORD  # "Share", "Tweet", "Email"


def _comments_link(lines: list[Line], i: int, floor: int) -> bool:
    """Whether line `i`, which opens a list (a comments section: "Comments"), is a header's link
    to its story's comments among its buttons: a chrome word alone ("Comments", not "Most
    read"), a button right under it ("Share"), the writer's byline within _COMMENTS_LINK_STEP
    lines over it (a row of buttons between counting for none), only short lines between ("Ann
    Example, @annexample" / "7m ago" / "Comments" / "Share"). A comments section's heading has a
    comment's text over it, a list's heading its last item."""
    line = lines[i]
    if line.words > _COMMENTS_LINK_WORDS or not line_marks.marks(line) & line_marks.CHROME_WORD:
        return False
    if i + 1 >= len(lines) or not line_marks.marks(lines[i + 1]) & _BUTTONS:
        return False  # a heading over the story, or over its comments: no button under it
    steps = 0  # lines passed that are no button: a row of buttons between counts for none
    for j in range(i - 1, floor, -1):
        above = lines[j]
        if bylines.byline(above.text) is not None or bare_bylines.is_bare_byline(above.text):
            return True  # (a date alone may be a dated teaser's, over a list's heading)
        if above.words > _COMMENTS_LINK_WORDS:
            return False  # a comment's text, a teaser: no header's line
        if not line_marks.marks(above) & _BUTTONS:
            steps += 1
            if steps >= _COMMENTS_LINK_STEP:
                return False
    return False


_OVER_REACH: Final = 8  # lines above the headline where its byline may stand


def _byline_over(lines: list[Line], title: int, floor: int, now: datetime | None) -> list[str]:
    """The names of a byline right above the headline, only facts and share buttons between
    them: a header that prints the headline twice (headline, byline, date, the headline again
    or a share button naming it) is walked up to its second print only."""
    for i in range(title - 1, max(floor, title - _OVER_REACH) - 1, -1):
        text = lines[i].text
        if (names := bylines.byline(text)) is not None:
            return bylines.byline_people(names)
        if read_meta_line(lines[i], Meta(), now) or is_meta_parts(lines[i], now):
            if people := byline_of_facts(lines[i], now):
                return people
        elif not (facts.is_share_bar(text) or bylines.is_role_or_agency(text)):
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
        if line.words <= 14 and (not prose or bylines.by_byline(line.text)):
            if by_alone(line.text) and i + 1 < end and 1 <= lines[i + 1].words <= 6:
                meta.authors = meta.authors or bylines.byline_people(lines[i + 1].text)
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
        elif (
            meta.published_text is None
            and bylines.by_byline(line.text.split("|", 1)[0].strip())
            and (run_on := published_after(line.text, 0, now)) is not None
        ):
            # "By Ann Example | ann@harbour.example | Harbour News PUBLISHED: April 24, 2025
            # at 9:06 a.m. | UPDATED: ...": a byline run on into its date, too long for a line
            # of facts (the line is left in the body as before)
            meta.published_text, meta.published = run_on.text, run_on.iso
        elif meta.published_text is None and not prose and opens_published(line):
            # "Published on 26/12/2025 at 21:00, updated at 21:40" under the byline, past a
            # standfirst and a caption printed twice: the story's date, read where it stands
            # (the line is left in the body as before)
            date_of_facts(line, meta, now)
        prose_seen += prose
    if meta.published_text is None:
        date_below(lines, end, now, meta)
    if meta.published_text is None:
        _dateline(lines, start, end, meta, now)
    if not meta.authors and meta.date_line is not None:
        meta.authors = people_of_date_line(lines[meta.date_line], now) or name_beside(
            lines, meta.date_line, now
        )
    if not meta.authors:
        meta.authors = signature(lines, start, end)
    if not meta.authors:
        far_header(lines, start, meta, now)
    if not meta.authors:
        meta.authors = writer_box(lines, end) or credits_block(lines, end)
    if meta.title is None:
        far_title(lines, start, meta, now)
    return found


_DATELINE_LINES: Final = 3  # the body's first lines where a wire story's dateline may open one


def _dateline(lines: list[Line], start: int, end: int, meta: Meta, now: datetime | None) -> None:
    """The story's day from the dateline opening a paragraph among the body's first lines, where
    no date is printed around it ("PORTVALE, Dec. 9 (Harbour Wire) - The council ...")."""
    for i in range(start, min(end, start + _DATELINE_LINES)):
        # (the dateline's shape asked first: a cheap match that fails on the first letters of
        # nearly every line; a paragraph's then)
        if (parsed := dateline_date(lines[i].text, now)) is not None and is_prose(lines[i]):
            meta.published_text, meta.published = parsed.text, parsed.iso
            return


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
