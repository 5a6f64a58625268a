"""A writer's name a header prints alone, without "By" before it or with "By" on a line of its
own, beside the story's date or under it, where the header walk (meta.py) reads it: a name under
the date or a picture's mark that is no headline (name_not_title), a name right over or under the
story's date (name_beside), "By" alone over its name (by_alone), a name under the headline
over the date (name_under_title) and one under the date over a picture (name_under_date).
"""

from __future__ import annotations

from datetime import datetime
from typing import Final

from newsdesk.extract import bare_bylines, bylines, dates, facts
from newsdesk.extract.text import captions, line_marks, line_prose, shapes
from newsdesk.extract.text.fact_line import CLOCK_PART, PART_WORDS, byline_of_facts
from newsdesk.extract.text.lines import Line


def by_alone(text: str) -> bool:
    """Whether a line is a byline's "By" alone, its name on the next line ("Por", "Par", "Von"
    ...: a news theme's header prints the opener and the name as two links' labels)."""
    return text.rstrip(": ").lower() in _BY_WORDS


_BY_WORDS: Final = frozenset(
    ["by", "por", "par", "von", "door", "av", "af", "oleh", "di", "written by", "words by",
     "story by", "text by", "reported by", "posted by", "escrito por", "écrit par", "scritto da",
     "geschrieben von", "texto de", "text von", "texte de"]
)  # fmt: skip


def name_not_title(lines: list[Line], i: int, now: datetime | None) -> list[str]:
    """Whether a name alone (line `i`, taken for the headline) is a header's writer or a
    picture's credit: right under the story's date or time ("Today 9:44" / "Ann Example"),
    its names returned, or right under a picture's mark ("[harbour-pic]" / "Ann Example" /
    the caption), [""] returned (a credit names no writer; a name with the writer's handle is
    his). A headline stands over the date."""
    above = lines[i - 1]
    if line_marks.marks(above) & line_marks.PLACEHOLDER:
        if (name := bare_bylines.handle_name(lines[i].text)) is not None:
            return [name]  # "[harbour-pic]" / "Ann Example, @annexample": the writer's
        return [""] if bare_bylines.lone_name(lines[i].text) else []
    if above.words > PART_WORDS or not (
        CLOCK_PART.match(above.text) or shapes.date_of(above, now) is not None
    ):
        return []
    return bare_bylines.lone_name(lines[i].text)


QUOTE_CLOSERS: Final = ('"', "”", "»", "“", "«", "’")


def name_beside(lines: list[Line], i: int, now: datetime | None) -> list[str]:
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
        if 0 <= j < len(lines) - 1 and step == 1 and by_alone(lines[j].text):
            j += 1  # the date / "By" / "Ann Example"
        if not 0 <= j < len(lines):
            continue
        line = lines[j]
        if (names := bylines.byline(line.text)) is not None:
            return bylines.byline_people(names)  # "By" on the line, the name on the next
        if people := byline_of_facts(line, now):
            return people  # "By Ann Example | Special to the Harbour Times"
        if bare_bylines.is_bare_byline(line.text, role=True) and not captions.caption_credit(
            line.text
        ):
            return bare_bylines.bare_byline_people(line.text)  # "Ann Example and Bo Other, AP"
        if line.words > 4 or line.bullet or line.chrome or len(line.text) > 60:
            continue
        people = bare_bylines.lone_name(line.text)
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
                    and bare_bylines.lone_name(other.text)
                    and not _told_again(other, line)
                )
                or other.text.rstrip().endswith(QUOTE_CLOSERS)  # a quotation's speaker
            ):
                continue
        return people
    return []


def _between_name_and_date(line: Line, now: datetime | None) -> bool:
    """A line a header prints between its writer's name and the story's date: the writer's role
    ("News Reporter"), the section's name ("Business"), or the first of two dates (published
    over updated: "22:30, 9 May 2025" / "Updated 22:38, 9 May 2025")."""
    return (
        bylines.is_role(line.text)
        or facts.is_section_name(line.text)
        or (line.words <= PART_WORDS and shapes.date_of(line, now) is not None)
    )


def _told_again(other: Line, line: Line) -> bool:
    """Whether `other`, a name beyond the writer's `line`, is part of it printed again: the
    name twice (a link, then its label) or the outlet of "Ann Example, Harbour Post" over it.
    A menu or a list of names prints other names."""
    return other.text.strip().casefold() in line.text.casefold()


def name_under_date(lines: list[Line], i: int, now: datetime | None) -> list[str]:
    """The name on line `i` (with a line over and under it), too short for a headline's shape,
    right under the story's date with a picture, its caption or buttons under it: the writer's
    ("December 15, 2025 3:33 PM" / "Ann Example" / "[picture]"). A short line over the
    standfirst is the story's kicker ("Broken Pledge"), a name under a clock a video's source."""
    line = lines[i]
    if line.chrome or "  " in line.text:  # (columns printed side by side: a menu's items)
        return []
    people = bare_bylines.lone_name(line.text)
    if not people:
        return []
    above = lines[i - 1]
    if above.words > PART_WORDS or line_prose.is_paragraph(lines[i + 1]):
        return []
    return people if shapes.date_of(above, now) is not None else []


_UNDER_REACH: Final = 4  # lines under the headline where its writer's name may stand


def name_under_title(lines: list[Line], title: int, start: int, now: datetime | None) -> list[str]:
    """A name printed alone under the headline, right over the story's date or time
    ("<headline>" / "Ann Example" / "Today 12:34pm"), perhaps printed again with the writer's
    handle ("Ann Example" / "Ann Example annexample" / the date): the header's writer, where the
    walk up to the headline passed no byline. Only share buttons may stand between the headline
    and the name (under a picture's mark, a name is as often its credit: name_not_title)."""
    for j in range(title + 1, min(start, title + 1 + _UNDER_REACH)):
        line = lines[j]
        if facts.is_share_bar(line.text):
            continue
        byline = bylines.byline(line.text)
        names = bylines.byline_people(byline) if byline else bare_bylines.lone_name(line.text)
        if not names:
            return []
        below = j + 1
        if below < start and lines[below].text.startswith(line.text + " "):
            below += 1  # "Ann Example annexample": the name again with the handle
        if below < start and dated(lines[below], now):
            return names
        return []
    return []


def dated(line: Line, now: datetime | None) -> bool:
    """A line of the story's date or time alone ("Today 12:34pm", "December 7, 2016 5:00 AM")."""
    return (
        CLOCK_PART.match(line.text) is not None
        or shapes.date_of(line, now) is not None
        or (line.words <= PART_WORDS and dates.first_date(line.text) is not None)
    )
