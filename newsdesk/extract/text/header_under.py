"""The header's facts under a headline the walk up from the body did not reach.

The header walk (meta.read_header) climbs from the body's first line and stops at the first
line it takes for the headline: a teaser's title, a label, a related story's line. Where the
title's choice (title_choice) finds the headline further up, the byline and the date printed
under that headline were never read: "<headline>" / "by Ann Example |" / buttons / a list of
teasers / the body. Here the lines under the chosen headline are read down, as a reader's eye
goes, until the first paragraph of prose: each one a fact (a byline, a date, a line of parts),
"By" alone over its name; or a name right under the headline over the date (name_under_title).
Only what the walk left unread is taken from them, and nothing where two bylines are read (a
list of teasers, each with its title, byline and date) or where the paragraph under them opens
with the writer's name (an author's box: "By Ann Example" / "Ann Example covers ...").

And, under whichever headline was chosen, a name alone in the header's slot with a fact of the
header beside it (the writer's addresses, the writer's portrait): name_in_slot.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Final

from newsdesk.extract import bare_bylines, bylines, facts
from newsdesk.extract.text import line_marks, line_prose
from newsdesk.extract.text.fact_line import Meta, byline_of_facts, is_meta_parts, read_meta_line
from newsdesk.extract.text.lines import Line
from newsdesk.extract.text.writer_name import by_alone, dated, name_under_title

_REACH: Final = 12  # lines under the headline read at most


def facts_under(lines: list[Line], title: int, start: int, now: datetime | None) -> Meta:
    """The byline and date printed under the headline at line `title`, down to the body's
    first line `start` or the first paragraph of prose before it."""
    meta = Meta()
    stop = min(start, title + 1 + _REACH)
    bylines_read = 0
    j = title + 1
    while j < stop:
        line = lines[j]
        if line_prose.is_paragraph(line):
            if any(line.text.startswith(name + " ") for name in meta.authors):
                return Meta()  # "By Ann Example" / "Ann Example covers ...": an author's box
            break
        had = bool(meta.authors)
        if read_meta_line(line, meta, now) or is_meta_parts(line, now):
            meta.authors = meta.authors or byline_of_facts(line, now)
            if bylines.byline(line.text) is not None or (meta.authors and not had):
                bylines_read += 1
        elif (
            by_alone(line.text)
            and j + 1 < stop
            and (names := bare_bylines.lone_name(lines[j + 1].text))
        ):
            meta.authors = meta.authors or names
            bylines_read += 1
            j += 1  # "by" / "Ann Example"
        if bylines_read > 1:
            return Meta()  # teasers' facts, a list of them: each its title, byline and date
        j += 1
    if not meta.authors:
        meta.authors = name_under_title(lines, title, start, now)  # right under the headline
    return meta


def fill_from(meta: Meta, under: Meta) -> None:
    """What the walk left unread (no writer, no date) taken from the facts under the headline."""
    if not meta.authors:
        meta.authors = under.authors
    if meta.published_text is None and under.published_text is not None:
        meta.published, meta.published_text = under.published, under.published_text


# The header's slot: at most this many lines between the headline and the story's first line.
_SLOT_LINES: Final = 3
_NOT_NAMES: Final = frozenset(["From", "Via", "Source", "Quelle", "Fuente"])
# A line of the writer's addresses alone ("ann@example.com @annexample").
_ADDRESSES: Final = re.compile(r"(?:\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w{2,}))+\s*")


def name_in_slot(lines: list[Line], title: int, start: int, now: datetime | None) -> list[str]:
    """A writer's name printed alone between the headline (line `title`) and the story's first
    line (`start`), where every other line there is a fact of the header: the date, the
    writer's addresses, a share bar, or the writer's picture named for the writer ("Image of
    Ann Example" / "Ann Example"). The header's slot holds nothing else, so the name is the
    writer's; under a picture's mark of its own a name is as often its credit (none read)."""
    if not 0 < start - title - 1 <= _SLOT_LINES:
        return []
    found: list[str] = []
    told = False  # a fact of the header's beside the name: a date, an address, a portrait
    for j in range(title + 1, start):
        text = lines[j].text
        if dated(lines[j], now) or _ADDRESSES.fullmatch(text):
            told = True
            continue
        if facts.is_share_bar(text) or text == lines[title].text:
            continue  # a share bar, the headline printed again
        following = lines[j + 1].text if j + 1 < start else ""
        if following and text != following and text.endswith(" " + following):
            told = True  # "Image of Ann Example" / "Ann Example": the writer's picture
            continue
        if line_marks.marks(lines[j]) & line_marks.PLACEHOLDER:
            return []
        names = [] if text.partition(" ")[0] in _NOT_NAMES else bare_bylines.lone_name(text)
        if not names and (names := name_with_address(text)):
            told = True
        if found or not names:
            return []
        found = names
    # A name alone there is as often a picture's credit, its mark not rendered ("Ann Example"
    # under the headline over the story): only with a fact of the header's beside it.
    return found if told else []


def name_with_address(text: str) -> list[str]:
    """ "Ann Example ann@example.com", "Ann Exampleann@example.com@annexample": a name with the
    writer's addresses after it, spaced or glued on (the address's local part then opens with
    the first name, lower-cased, where the name ends)."""
    at = text.find("@")
    if at <= 0:
        return []
    name, _, local = text[:at].rpartition(" ")
    if not bare_bylines.lone_name(name):
        first = name.split(" ")[0].lower()
        glued = local.find(first, 1) if first else -1  # "Examplebo": "Example" + "bo@..."
        if glued <= 0:
            return []
        name = f"{name} {local[:glued]}"
    if not _ADDRESSES.fullmatch(text[len(name) :]):
        return []
    return bare_bylines.lone_name(name)
