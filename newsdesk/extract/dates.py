"""Dates as pages write them: the first date inside a line ("Posted: Oct 6, 2025 / 03:38 PM"),
a short line read as a date, absolute or relative ("4 days ago", "time9 hours ago", "Oct 19"
against the capture time), a URL's day, and whether a stamp can be a day's. The absolute forms
themselves are date_forms.py's.

A cheap regular expression decides whether a line is a date at all; dateparser (slow, but it
knows every language) only confirms the lines that pass, so reading a page stays fast.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Final

# (month_of, opens_month_year and short_year_date: the readers ask dates for them too.)
from newsdesk.extract.date_forms import (
    MONTH,
    WEEKDAY,
    ParsedDate,
    make_date,
    month_number,
    month_of,  # noqa: F401
    nearer_reading,
    opens_month_year,  # noqa: F401
    parse_absolute,
    short_year_date,  # noqa: F401
)
from newsdesk.extract.language import KNOWN_LANGUAGES

_RELATIVE: Final = re.compile(
    r"^(?:time\s*)?(\d+|an?|one)\s*(second|sec|minute|min|hour|hr|day|week|month|year"
    # the units as news sites abbreviate them: "22h ago", "1d ago", "5m ago", "3mo ago"
    r"|(?<=\d)(?:s|m|h|d|w|mo|y))s?\s+ago$",
    re.I,
)
# "Today 12:34pm", "Yesterday at 3:15 PM": a day named by its distance from the capture.
_DAY_WORD_CLOCK: Final = re.compile(
    r"^(today|yesterday)\s*(?:,\s*|at\s+)?(\d{1,2}):(\d{2})\s*([ap]\.?m\.?)?$", re.I
)
# A day and a month with no year ("Oct 19", "19 October", "Wed, Oct 19"): a recent date, read
# against the capture time (the latest such day not after it), never without one.
# Its time of day may stand before or after it, with the zone ("December 9 at 9:13 AM", "Dec.
# 9, 9:13 a.m. ET", "9:13 AM ET, Dec 9"): the day is kept, the page's clock in a zone it may not
# say.
_ZONE: Final = r"(?:\s+(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|IST|AE[SD]T))?"
_DAY_CLOCK: Final = rf"\d{{1,2}}[:.]\d\d\s*(?:[ap]\.?m\.?)?{_ZONE}"
_MONTH_DAY: Final = re.compile(
    rf"^(?:{_DAY_CLOCK},?\s+)?{WEEKDAY}(?:({MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(\d{{1,2}})(?:st|nd|rd|th|\.)?\s+({MONTH}))"
    rf"(?:,?\s*(?:at\s+|[-–|·•]\s*)?{_DAY_CLOCK})?$",
    re.I,
)
_DIGIT: Final = re.compile(r"\d")
_WORDY_RELATIVE: Final = re.compile(r"\b(?:today|yesterday|just now|ago)\b", re.I)
_YEAR: Final = re.compile(r"\b(?:19|20)\d\d\b")
# A number a day could be written as: a date dateparser reads strictly has one besides its year.
_DAY: Final = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
_RELATIVE_WORDS: Final = {"today": 0, "yesterday": 1, "just now": 0}
_UNITS: Final = {
    "second": timedelta(seconds=1), "sec": timedelta(seconds=1), "s": timedelta(seconds=1),
    "minute": timedelta(minutes=1), "min": timedelta(minutes=1), "m": timedelta(minutes=1),
    "hour": timedelta(hours=1), "hr": timedelta(hours=1), "h": timedelta(hours=1),
    "day": timedelta(days=1), "d": timedelta(days=1),
    "week": timedelta(weeks=1), "w": timedelta(weeks=1),
    "month": timedelta(days=30), "mo": timedelta(days=30),
    "year": timedelta(days=365), "y": timedelta(days=365),
}  # fmt: skip
_DAY_UNITS: Final = frozenset({"day", "d", "week", "w", "month", "mo", "year", "y"})
# Text that may hold a date, used before trying the expensive parsers: an English month or
# relative date, or a four-digit year, which every absolute form of other languages writes
# ("24 نيسان / أبريل 2020", "2020.08.27 20:27", "2020年07月12日").
DATE_HINT: Final = re.compile(
    rf"\b(?:{MONTH}|\d+\s*\w+\s+ago)|(?<!\d)\d{{4}}(?!\d)",
    re.I,
)


_TIME_WORD: Final = re.compile(r"^time\s*", re.I)  # an icon's word before the date


def parse_relative(text: str, now: datetime | None) -> ParsedDate | None:
    """'4 days ago', 'time9 hours ago', 'yesterday', '1d ago', and a day without its year
    ('Today 12:34pm', 'Oct 19': _day_without_year) against `now` (iso None without it)."""
    s = text.strip()
    low = s.lower()
    if low in _RELATIVE_WORDS:
        delta = timedelta(days=_RELATIVE_WORDS[low])
        unit_is_day = True
    # _RELATIVE ends on "ago" (no letter folds onto "a", "g" or "o" but their capitals): the
    # lower-cased line says whether to try it, which most of the lines asked about are not.
    elif low.endswith("ago") and (m := _RELATIVE.match(s)) is not None:
        n = m.group(1).lower()
        count = 1 if n in {"a", "an", "one"} else int(n)
        unit = m.group(2).lower()
        delta = _UNITS[unit] * count
        unit_is_day = unit in _DAY_UNITS
        s = _TIME_WORD.sub("", s)
    else:
        return _day_without_year(s, now)
    if now is None:
        return ParsedDate(text=s, iso=None, when=None, relative=True)
    when = now - delta
    iso = when.date().isoformat() if unit_is_day else when.replace(microsecond=0).isoformat()
    return ParsedDate(text=s, iso=iso, when=when, relative=True)


def _day_without_year(s: str, now: datetime | None) -> ParsedDate | None:
    """ "Today 12:34pm", "Oct 19": a day the capture time dates (iso None without it). The
    clock of "today 12:34pm" is the page's, in a zone it does not say: the day alone is kept."""
    if ":" in s and (m := _DAY_WORD_CLOCK.match(s)) is not None:  # (its clock's colon first)
        if now is None:
            return ParsedDate(text=s, iso=None, when=None, relative=True)
        day = (now - timedelta(days=_RELATIVE_WORDS[m.group(1).lower()])).date()
        return ParsedDate(text=s, iso=day.isoformat(), when=now, relative=True)
    if now is None or not _may_open_month_day(s) or (m := _MONTH_DAY.match(s)) is None:
        return None
    month = month_number(m.group(1) or m.group(4))
    day_of_month = int(m.group(2) or m.group(3))
    # The latest such day not after the capture (a day's grace: the page's zone is not known).
    for year in (now.year, now.year - 1):
        try:
            when = datetime(year, month, day_of_month, tzinfo=now.tzinfo)
        except ValueError:
            return None
        if when <= now + timedelta(days=1):
            return ParsedDate(text=s, iso=when.date().isoformat(), when=when, relative=True)
    return None


# What _MONTH_DAY opens with, case-blind: a figure (its clock or its day), or a weekday's or a
# month's first letter.
_MONTH_DAY_FIRST: Final = "mtwfsjaond"


def _may_open_month_day(s: str) -> bool:
    """False for a line whose first character is ASCII and none of _MONTH_DAY_FIRST's letters
    (either case) nor a figure: _MONTH_DAY cannot match it (case-blind, sre folds no ASCII
    character onto another letter). Beyond ASCII ("ſ" folds onto "s"), the pattern is asked."""
    if not s:
        return True
    c = ord(s[0])
    if c >= 128 or 48 <= c <= 57:
        return True
    return chr(c | 32) in _MONTH_DAY_FIRST if 65 <= c <= 90 or 97 <= c <= 122 else False


# The language of the page being read, so a date deep in it is parsed without guessing again.
page_language: ContextVar[str | None] = ContextVar("page_language", default=None)


@lru_cache(maxsize=4096)
def _dateparser(text: str, language: str | None) -> datetime | None:
    import dateparser

    when = dateparser.parse(
        text,
        # Unknown language: the languages the page guesser knows, not dateparser's 200 locales
        # (trying them all cost a quarter of a second a line).
        languages=[language] if language else list(KNOWN_LANGUAGES),
        settings={"STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first"},
    )
    # Pages mix zoned and unzoned dates; compare them all as written (naive).
    return when.replace(tzinfo=None) if when is not None else None


# A year as parse_absolute's forms all write it (a lone class first: sre's quick search).
_FOUR_DIGITS: Final = re.compile(r"\d\d\d\d")
# Two runs of figures apart: every form parse_absolute reads writes its year and its day (or
# month) so. A line whose only figures are its year ("© 2019 Harbour Media", "Election 2020",
# a third of the lines with a year) holds no date, and is not scanned for where one starts.
_DIGITS_APART: Final = re.compile(r"\d\D+\d")


# In the rest of a date line, what is no word of label: another date or time ("30.11.2020").
_NOT_LABEL: Final = re.compile(r"^(?=\D*\d)[\d./:-]+$")


@lru_cache(maxsize=16384)
def _search_absolute(s: str) -> ParsedDate | None:
    """An absolute date anywhere in a short line ("Updated 3:27 am PST, Wednesday, November 20,
    2019", "30.11.2020 18:14 | Last update: 30.11.2020 18:14"), provided the rest of the line
    is only a few words of label (a second date or time is none). Cached apart from
    `_parse_date`, whose answers also depend on the capture time: readers ask about one line
    with and without it, and this part is the same either way."""
    found = _first_absolute(s)
    if found is None:
        return None
    at, parsed = found
    rest = s[:at] + s[at + len(parsed.text) :]
    label = [word for word in rest.split() if not _NOT_LABEL.match(word)]
    if any(word.startswith(("@", "(@")) for word in label):
        return None  # "— Name (@handle) 10. September 2018": an embedded post's
    return parsed if len(label) <= 4 else None


# Where a date may open inside a line: at a word's start, after a space, a comma, a bracket, a
# bar, a colon or a middle dot ("Updated:March 16, 2020", "[48]November 30, 2017", "Text: Ann
# Example·11 October 2024"), after a word's stop (a month's short name glued to its long one:
# "Nov.November 18, 2019"), or in figures glued to the letters before them ("Harbour News28
# October 2020", "By Ann Example2020-02-20 13:52"), or at a capital glued to small letters (a
# link's label run into the date: "mediaSeptember 2, 2016 7:30 a.m."); and with figures there
# or after a word or two (a month's name, a weekday's): parse_absolute is tried at few places.
# Never right after a slash or a hyphen, which glue a date into a path or a file's name
# ("/2019-11-19/story", "screen-shot-2019-11-19-at-1.png"), nor anywhere in a URL (_URL).
_DATE_START: Final = re.compile(
    r"(?:(?:^|(?<=[\s,(|:;\]·•])|(?<=[^\W\d_]\.))(?=\w)|(?<=[^\W\d_])(?=\d)|(?<=[a-z])(?=[A-Z]))"
    r"(?=\d|[^\W\d_]+\.?,?\s+(?:[^\W\d_]+\.?,?\s+)?\d)"
)
_URL: Final = re.compile(r"\S*(?:://|www\.)\S*")


def first_date(text: str, now: datetime | None = None) -> tuple[int, ParsedDate] | None:
    """The first absolute date in a line, and where it starts: "Posted: Oct 6, 2025 / 03:38 PM
    / Updated: Oct 7, 2025" is posted on the 6th, "Ann Example | Agency | Apr 7, 2025, 15:43
    IST" on the 7th. None without one (a four-digit year first rules out most lines). The one
    scanner of dates inside lines: a line holding a full date (day, month and year) is a
    header's facts, never a headline, which names a day without its year if at all.
    Figures that read either way ("06/01/2025") are read as the day nearer before `now`."""
    found = _first_absolute(text)
    return None if found is None else (found[0], nearer_reading(found[1], now))


@lru_cache(maxsize=16384)
def _first_absolute(text: str) -> tuple[int, ParsedDate] | None:
    """first_date's search, the same with or without a capture time (cached apart)."""
    if not _figures_apart(text):
        return None
    urls = [m.span() for m in _URL.finditer(text)] if "://" in text or "www." in text else []
    # Scanned only where a date may start (see _WORDS_BEFORE): up to two words before each run
    # of figures, not at every character of the line.
    size, backwards = len(text), ""
    for figures in _FIGURES.finditer(text):
        end = figures.start()
        words = None
        if end and text[end - 1].isspace():  # _WORDS_BEFORE opens with \s: str.isspace
            backwards = backwards or text[::-1]
            words = _WORDS_BEFORE.match(backwards, size - end)
        for m in _DATE_START.finditer(text, end if words is None else size - words.end(), end + 1):
            at = m.start()
            if any(a <= at < b for a, b in urls):
                continue
            parsed = parse_absolute(text[at:])
            if parsed and not _names_a_file(text, at, at + len(parsed.text)):
                return at, parsed
    return None


def _no_figure(c: int) -> bool:
    """Whether the character of code `c` (beyond ASCII) is surely no decimal digit (\\d): one
    of the blocks that hold none (Latin letters, Greek, Cyrillic, Hebrew, punctuation, CJK,
    Hangul). A line of curly quotes or accented letters is read on, not searched."""
    return c < 0x660 or 0x1C5A <= c < 0xA620 or 0xABFA <= c < 0xFF10


def four_figures(text: str) -> bool:
    """Whether _FOUR_DIGITS finds four figures in a row: every absolute date this module reads
    (parse_absolute's forms, dateparser's, asked only of a text with a year) writes its year so
    (_figure_runs)."""
    return _figure_runs(text, 1)


def _figures_apart(text: str) -> bool:
    """four_figures(text) and _DIGITS_APART.search(text) is not None: four figures in a row,
    and two runs of figures (_figure_runs)."""
    return _figure_runs(text, 2)


def _figure_runs(text: str, wanted: int) -> bool:
    """Whether the text holds four figures in a row and `wanted` runs of figures or more (1, or
    2: what _DIGITS_APART finds). Told by a compiled loop over the ASCII characters (whose only
    figures, \\d's decimal digits, are 0-9), not a search (sre's call, and str.isascii's, cost
    more on short lines); from the first other character that may be a figure on, by the
    searches (the four in a row from the run that character may go on, none being before it)."""
    run = runs = 0
    four = False
    for i in range(len(text)):
        c = ord(text[i])
        if 48 <= c <= 57:
            if run == 0:
                runs += 1
            run += 1
            if run == 4:
                four = True
            if four and runs >= wanted:
                return True
        elif c < 128 or _no_figure(c):
            run = 0
        else:
            return (four or _FOUR_DIGITS.search(text, max(0, i - run)) is not None) and (
                wanted < 2 or _DIGITS_APART.search(text) is not None
            )
    return False


# Where _DATE_START can match: its second lookahead asks for a figure there, or for one or two
# words (each with its stop, comma and spaces) and then a figure; so every place it matches is
# the first figure of a run, or the start of one of the two words right before it, with no figure
# between. _WORDS_BEFORE reads those words backwards (on the reversed line, from the run's
# first figure): the places from its far end to the figure are all the run's candidates. Its
# classes are _DATE_START's (a word's letters are [^\W\d_] there too), and both are greedy over
# runs that cannot share a character, so it reaches the first candidate exactly. _DATE_START's
# look-aheads there read no further than that figure (endpos past it changes nothing) and its
# look-behinds read before `pos` as a scan of the whole line does: the same places, in order.
_FIGURES: Final = re.compile(r"\d+")
_WORDS_BEFORE: Final = re.compile(r"\s+,?\.?[^\W\d_]+(?:\s+,?\.?[^\W\d_]+)?")


# A screenshot's name up to where its date begins ("Screen Shot 2016-11-30 at 10.33.38 AM",
# "Bildschirmfoto 2019-11-19 um 10.12.13", "Capture d'écran 2019-11-19 à 10.12.13").
_SCREENSHOT_BEFORE: Final = re.compile(
    r"(?:screen ?shot|bildschirmfoto|capture d.[ée]cran)[\s_-]*$", re.I
)


def _names_a_file(text: str, start: int, end: int) -> bool:
    """Whether the date read at text[start:end] is part of a picture's file name, printed as
    its alt text: glued by a "_" to the name's next part ("2016-11-29_0013", as _DATE_START
    refuses one glued after a slash, a hyphen or a "_"), or a screenshot's name's date. A run
    of "_" after it is a form's field as lynx prints it ("07.09.2017__________"): its value."""
    glued = text[end : end + 1] == "_" and text[end + 1 : end + 2].isalnum()
    return glued or _SCREENSHOT_BEFORE.search(text, 0, start) is not None


def parse_date(
    text: str,
    now: datetime | None = None,
    *,
    fallback: bool = True,
) -> ParsedDate | None:
    """A whole short line read as a date, absolute or relative; None if it is not one.

    The slow fallback parser reads in the language of `page_language` (set by the reader of the
    page), or tries every language when that is unknown.
    """
    # Readers ask about the same short lines many times over; answers are pure, so cache them.
    return _parse_date(text, now, fallback, page_language.get())


def _has_figure(text: str) -> bool:
    """_DIGIT.search(text) is not None: over ASCII characters (whose only decimal digits are
    0-9) a compiled loop, cheaper than sre's call (and str.isascii's) on the short lines asked;
    from the first other character on, the search."""
    for i in range(len(text)):
        c = ord(text[i])
        if 48 <= c <= 57:
            return True
        if c >= 128 and not _no_figure(c):
            return _DIGIT.search(text, i) is not None
    return False


def may_be_date(text: str) -> bool:
    """False for a line no parser could read as a date: no digit, no relative word."""
    if _has_figure(text):
        return True
    # A case-blind alternation is tried at every position (1.4 us a line); substring tests on
    # the casefolded line rule out nearly all lines first. Casefolding maps every character
    # that IGNORECASE matches to these letters onto them ("ſ" to "s"), so nothing is missed.
    folded = text.casefold()
    if "ago" in folded or "today" in folded or "yesterday" in folded or "just now" in folded:
        return _WORDY_RELATIVE.search(text) is not None
    return False


_CLOCK: Final = re.compile(r"\d:\d\d")
# A picture's file name (see _names_a_file), where dateparser would be asked of the whole line:
# figures glued by a "_" to more of the name, or a screenshot's name before figures.
_FILE_NAME: Final = re.compile(
    r"\d_[^\W_]|(?:screen ?shot|bildschirmfoto|capture d.[ée]cran)[\s_-]*\d", re.I
)


@lru_cache(maxsize=16384)
def _parse_date(
    text: str, now: datetime | None, fallback: bool, language: str | None
) -> ParsedDate | None:
    s = text.strip().strip("|·•-–").strip()
    if not s or len(s) > 60:
        return None
    # Every date has a digit, but for "today", "yesterday", "an hour ago": most lines have none.
    if not may_be_date(s):
        return None
    rel = parse_relative(s, now)
    if rel:
        return rel
    # (no year in figures, no absolute date: _first_absolute's own first test, asked here
    # without two cache misses)
    parsed = _search_absolute(s) if _figures_apart(s) else None
    if parsed:
        # "12/09/2016" read as the day nearer before the capture, as first_date reads it
        return nearer_reading(parsed, now)
    # The fast parsers read English; dateparser (slow) is for other languages' month names,
    # and only on lines that name a year and a day ("Informações 2019" is no date, but would
    # load a language's data to say so).
    if (
        fallback
        and language != "en"
        and _YEAR.search(s)
        and _DAY.search(s)
        and len(s.split()) <= 8
        and _FILE_NAME.search(s) is None
    ):
        when = _dateparser(s, language)
        if when is not None:
            has_clock = bool(_CLOCK.search(s))
            iso = when.isoformat() if has_clock else when.date().isoformat()
            return ParsedDate(text=s, iso=iso, when=when)
    return None


# "/2020/03/11/", "/2020-03-11-": the day a CMS filed the story under, in the publisher's zone.
_URL_DAY: Final = re.compile(r"/((?:19|20)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?=[/_.-]|$)")


def date_in_url(url: str | None) -> str | None:
    """The ISO day a URL's path files the story under, or None."""
    m = _URL_DAY.search(url or "")
    if not m:
        return None
    made = make_date("", int(m.group(1)), int(m.group(2)), int(m.group(3)), ())
    return made.iso if made else None


# The zones a publisher could be in: from UTC-10 (Hawaii) to UTC+13 (Tonga, New Zealand's summer).
_WEST: Final = timedelta(hours=-10)
_EAST: Final = timedelta(hours=13)


def names_another_day(stamp: str, day: str) -> bool:
    """Whether `day` (a URL's, a date line's: the publisher's own calendar) cannot be the day
    of `stamp`, an ISO timestamp. An unzoned stamp is the publisher's own clock: only its day
    is. A zoned one's clock is the publisher's or UTC's: CMSes stamp UTC ("02:18Z on the 18th"
    filed /17/ in the Americas), some under the local zone's label ("04:31-06:00 on the 20th"
    for "10:31 pm, the 19th"). Read as UTC's, it is the day before in some zone a publisher
    could be in while it is early (before 10:00), the day after from 11:00.
    What cannot be read names no other day."""
    try:
        when = datetime.fromisoformat(stamp)
        target = datetime.fromisoformat(day[:10]).date()
    except ValueError:
        return False
    if target == when.date():
        return False
    if when.tzinfo is None:
        return True
    clock = when.replace(tzinfo=None)
    return not (clock + _WEST).date() <= target <= (clock + _EAST).date()
