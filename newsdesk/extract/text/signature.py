"""The facts a story prints under its body or on a run-on line: its writer's signature, the date a
post signs under it, and a "Published" line run on with buttons or the standfirst.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Final

from newsdesk.extract import bylines, dates
from newsdesk.extract.dates import ParsedDate
from newsdesk.extract.text import shapes
from newsdesk.extract.text.fact_line import Meta, fact_date, stamp_alone
from newsdesk.extract.text.kept import spaced_words
from newsdesk.extract.text.keywords import SIGNED_WORDS, word_search
from newsdesk.extract.text.line_chrome import contains_any
from newsdesk.extract.text.lines import Line
from newsdesk.extract.text.teasers import dated_item

_SIGNATURE_LINES: Final = 1  # lines after the body where its writer's signature may stand


def signature(lines: list[Line], start: int, end: int) -> list[str]:
    """The people of a byline signing the story under its last paragraph, where none was read
    above it: the body's last line or the first line after it ("Autor: Ann Example, Harbour
    Institute", "Автор: Ann Example"). Only there: further down, a teaser's or a comment's byline
    stands under its own title or text, never straight under the story's last paragraph."""
    for i in range(max(start + 1, end - 1), min(len(lines), end + _SIGNATURE_LINES)):
        if (names := bylines.byline(lines[i].text)) is not None:
            return bylines.byline_people(names)
    return []


_BELOW_REACH: Final = 10  # lines under the story where its signed date may stand
_STAMP_REACH: Final = 2  # lines under it where its date and time may stand alone


# A word saying the story was published, as a post's signature under it says it.
_SIGNED: Final = word_search(SIGNED_WORDS)
# The same word capitalised and glued to the small letters before it, as a converter runs a
# post's signature together where its parts were spans ("Author annPosted on March 20, 2025
# Categories", "Autor annVeröffentlicht am 20. März 2025Kategorien").
_SIGNED_GLUED: Final = re.compile(
    r"(?<=[^\W\d_])(?:" + "|".join(word.capitalize() for word in SIGNED_WORDS) + r")\b"
)


_GLUED_KEYS: Final = tuple(word.capitalize() for word in SIGNED_WORDS)


def _ascii_key(word: str) -> str | None:
    """What an ASCII text lower-cased holds where _SIGNED finds `word` in it (case-blind as sre
    is: "ı" is "i" or "I", "ſ" is "s"), each of its letters the one ASCII letter sre matches it
    with, lower-cased; None where one of its letters matches none (no ASCII text holds it)."""
    key = []
    for c in word:
        alike = {chr(a).lower() for a in range(128) if re.fullmatch(re.escape(c), chr(a), re.I)}
        if len(alike) != 1:
            # (none: no ASCII text says the word; two, which no letter of these words has, or
            # more: let every text through)
            return None if not alike else ""
        key.append(alike.pop())
    return "".join(key)


# The words' keys an ASCII text must hold one of for _SIGNED to find a word in it.
_ASCII_KEYS: Final = tuple(
    key for key in (_ascii_key(word) for word in SIGNED_WORDS) if key is not None
)


def _signed(text: str) -> re.Match[str] | None:
    """Where a word saying the story was published stands in `text`, spaced or glued on (the
    glued word's capitalised form looked for first: substring tests, cheaper than the search)."""
    if text.isascii() and not contains_any(text.lower(), _ASCII_KEYS):
        found = None  # (sre tries its case-blind words at every character otherwise)
    elif (found := _SIGNED.search(text)) is not None:
        return found
    if not any(key in text for key in _GLUED_KEYS):
        return None
    return _SIGNED_GLUED.search(text)


def date_below(lines: list[Line], end: int, now: datetime | None, meta: Meta) -> None:
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
        if parsed is None or dated_item(lines, i):
            continue
        signed = _signed(line.text) is not None
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
    if _signed(line.text) is None or (found := dates.first_date(line.text, now)) is None:
        return None
    at, parsed = found
    return parsed if spaced_words(line.text[:at]) <= _SIGNED_LEAD else None


_SIGNED_TO_DATE: Final = 3  # words between "Published" and its date: a time of day, its zone


def published_run_on(line: Line, now: datetime | None) -> ParsedDate | None:
    """The date of a header's line saying the story was published, run on with what follows it
    (share buttons glued into one word, the standfirst) and too long for a line of facts: a
    byline or a name of a few words, the word, the date right after it ("Ann Example, Harbour
    News Published 7:40 p.m. ET March 17, 2025 SHARETWEET", "Por Ann Example Publicado Jul 23,
    2025 1 0 <standfirst>"), or the date among its first words (_signed_date)."""
    if (signed := _signed(line.text)) is None:
        return None
    if (found := dates.first_date(line.text, now)) is None:
        return None
    at, parsed = found
    head, gap = line.text[: signed.start()], line.text[signed.end() : at]
    if at >= signed.end() and spaced_words(head) <= _SIGNED_LEAD:
        return parsed if spaced_words(gap) <= _SIGNED_TO_DATE else None
    return _signed_date(line, now)
