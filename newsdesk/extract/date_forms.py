"""Absolute dates as pages write them, one form at a time: "12 Dec 2024 05:45", "Nov. 29,
2024", "2024-12-12T05:45", "05/12/2024", other languages' month names ("19 sierpnia 2020", "24
نيسان / أبريل 2020", "2020年07月12日", the Persian calendar's), a year of two figures ("11/20/19"),
and which of two readings of day-month figures is meant. dates.py finds dates inside lines, reads
relative ones and falls back on dateparser; this module reads a date where one starts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from newsdesk.extract.month_names import JALALI_YEARS, gregorian, jalali_month, named_month

_MONTHS: Final = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MONTH: Final = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# A clock time; its half of the day in English, Arabic (مساءً / م evening, صباحاً / ص morning) or
# Persian (ب.ظ afternoon, ق.ظ morning).
_TIME: Final = (
    r"(?:,?\s*(?:[-–]\s*)?(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*"
    r"([ap]\.?m\.?|مساءً?|صباحاً?|[مص](?!\w)|[بق]\.\s?ظ\.?)?)?"
)
WEEKDAY: Final = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
# The day perhaps with its stop, as German pages print it before an English month ("14. May
# 2019": "may" is no month in month_names.word_months, a function word of English).
_DAY_MONTH_YEAR: Final = re.compile(
    rf"^{WEEKDAY}(\d{{1,2}})(?:st|nd|rd|th|\.)?\s+({MONTH}),?\s+(\d{{4}}){_TIME}", re.I
)
_MONTH_DAY_YEAR: Final = re.compile(
    rf"^{WEEKDAY}({MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}}){_TIME}", re.I
)
_ISO: Final = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?")
# (hyphens too, both the same: "12-09-2016"; a stop and a slash may mix, as before)
_NUMERIC: Final = re.compile(
    r"^(\d{1,2})(?:[./](\d{1,2})[./]|-(\d{1,2})-)(\d{4})(?:\s+(\d{1,2}):(\d{2}))?"
)
# Other languages' dates, read without dateparser: a day, a month's name and a year in the three
# orders pages write them ("19 sierpnia 2020, 5:16", "24 نيسان / أبريل 2020", "Mai 03, 2017",
# "2020. március 16."), and the year-first numeric forms of East Asia and Hungary ("2020.08.27
# 20:27", "2020年07月12日"). The month names are dateparser's, of all its locales
# (month_names.word_months); a lone class or word start first keeps the search cheap on the many
# lines that are none.
# (a word of letters and the marks of Indic and Burmese scripts, which \w leaves out)
_LETTERS: Final = r"[^\s\d_.,;:/|()\[\]\"'-]+"
_END: Final = r"(?![\w/-])"
# (The month's words each a whole run of letters, possessive "++": sre would otherwise try every
# way of cutting "Places to Travel" into three runs before failing on "10 Places to Travel in
# 2020", 10 us a line. A run cut short is followed by letters, which only another run takes:
# the same words read whole, so the same dates match.)
_NAMED_DAY_FIRST: Final = re.compile(
    rf"^(\d{{1,2}})\.?\s+((?:{_LETTERS}+\.?\s*/?\s*){{1,3}}?),?\s+(\d{{4}})(?!\d){_TIME}",
    re.I,
)
_NAMED_MONTH_FIRST: Final = re.compile(
    rf"^({_LETTERS})\.?\s+(\d{{1,2}})\.?,?\s+(\d{{4}})(?!\d){_TIME}",
    re.I,
)
_NAMED_YEAR_FIRST: Final = re.compile(rf"^(\d{{4}})\.?\s+({_LETTERS})\.?\s+(\d{{1,2}})\.?{_END}")
# (a stop and a space part them in Hungarian and Korean: "2020. 08. 18. 21:35", "2020. 8. 18.")
_YEAR_FIRST: Final = re.compile(
    rf"^(\d{{4}})(\.\s?|/)(\d{{1,2}})\2(\d{{1,2}})\.?{_END}(?:,?\s+(\d{{1,2}}):(\d{{2}}))?"
)
_CJK: Final = re.compile(
    r"^(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일](?:\s*(\d{1,2}):(\d{2}))?"
)


def month_of(name: str) -> int | None:
    """The month (1-12) a month's name names, in English ("Sept.", "May") or any language dates
    knows ("März", "sierpnia", "نيسان / أبريل"); None if it names none."""
    if _ENGLISH_MONTH.match(name) is not None:
        return month_number(name)
    return named_month(name)


_ENGLISH_MONTH: Final = re.compile(MONTH + "$", re.I)
# A month's name (letters, perhaps with a stop or a comma) and a year of this or the last
# century, the year ending a word: "May 2019", "Sept. 2018", "März 2019 von Ann".
_MONTH_YEAR: Final = re.compile(r"([^\W\d_]{3,12})\.?,?\s+(?:19|20)\d\d(?=[.,]*(?:\s|$))")


def opens_month_year(text: str) -> bool:
    """Whether `text` opens with a month's name (any language month_of knows) and a year."""
    m = _MONTH_YEAR.match(text)
    return m is not None and month_of(m.group(1)) is not None


def _parse_other(s: str, lead: int = -1) -> ParsedDate | None:
    """parse_absolute's forms of other languages (see _NAMED_DAY_FIRST). `lead`: the figures
    opening `s` (_lead_figures): only the forms that may open so are tried."""
    if s[0].isdigit():
        year_first = lead < 0 or lead == 4
        if year_first:
            m = _YEAR_FIRST.match(s)
            # Year first, it closes its line ("입력 2020.08.27 20:27"): "2018.04.05 ~ OPEN RUN"
            # opens an item of a programme, as list entries and file names open with such
            # numbers.
            if m and not s[m.end() :].strip():
                clock = _clock(m.group(5), m.group(6), None, None)
                return make_date(
                    s[: m.end()], int(m.group(1)), int(m.group(3)), int(m.group(4)), clock
                )
            m = _CJK.match(s)
            if m:
                clock = _clock(m.group(4), m.group(5), None, None)
                return make_date(
                    s[: m.end()], int(m.group(1)), int(m.group(2)), int(m.group(3)), clock
                )
        if lead <= 2:
            m = _NAMED_DAY_FIRST.match(s)
            if m:
                return _named(s, m, 2, (3, 1), _clock(*m.group(4, 5, 6, 7)))
        m = _NAMED_YEAR_FIRST.match(s) if year_first else None
        return _named(s, m, 2, (1, 3), ()) if m else None
    m = _NAMED_MONTH_FIRST.match(s)
    return _named(s, m, 1, (3, 2), _clock(*m.group(4, 5, 6, 7))) if m else None


def _named(
    s: str, m: re.Match[str], name: int, year_day: tuple[int, int], clock: tuple
) -> ParsedDate | None:
    """The date a match of a named-month form reads, if its group `name` names a month."""
    year, day = int(m.group(year_day[0])), int(m.group(year_day[1]))
    text = s[: m.end()].strip(" ,")
    solar = jalali_month(m.group(name)) if year in JALALI_YEARS else None
    if solar is not None:
        found = gregorian(year, solar, day)  # "۲۹ بهمن ۱۳۹۸": 18 February 2020
        return None if found is None else make_date(text, found[0], found[1], found[2], clock)
    month = named_month(m.group(name))
    if month is None:
        return None
    return make_date(text, year, month, day, clock)


@dataclass(frozen=True)
class ParsedDate:
    """A date as written, its ISO form (as precise as written), and whether it was relative."""

    text: str
    iso: str | None
    when: datetime | None
    relative: bool = False


# Letters a case-blind pattern matches to a month name's ASCII letters that str.lower() does not
# lower to them: the long s ("ſep"), the dotless and the dotted i, the Kelvin sign. A name
# holding one was matched by the patterns and then not found here (KeyError: the page failed).
_FOLDED_ONTO_ASCII: Final = str.maketrans(
    {"\u017f": "s", "\u0131": "i", "\u0130": "i", "\u212a": "k"}
)


def month_number(name: str) -> int:
    if not name.isascii():
        name = name.translate(_FOLDED_ONTO_ASCII)
    return _MONTHS[name.lower().rstrip(".")[:3]]


def _clock(hour: str | None, minute: str | None, second: str | None, ampm: str | None) -> tuple:
    if hour is None:
        return ()
    h = int(hour)
    if ampm:
        pm = ampm[0] in "pPمب"
        h = (h % 12) + (12 if pm else 0)
    return (h, int(minute or 0), int(second or 0))


def make_date(text: str, year: int, month: int, day: int, clock: tuple) -> ParsedDate | None:
    try:
        when = datetime(year, month, day, *clock)
    except ValueError:
        return None
    iso = when.isoformat() if clock else when.date().isoformat()
    return ParsedDate(text=text, iso=iso, when=when)


def _lead_figures(s: str) -> int:
    """How many figures 0-9 open `s` (up to five), or -1 where a character beyond ASCII stands
    among them or right after them (a figure of another script, which \\d matches, may)."""
    i = 0
    while i < len(s) and i < _LEAD_MOST:
        c = ord(s[i])
        if 48 <= c <= 57:
            i += 1
        elif c >= 128:
            return -1
        else:
            break
    return i


_LEAD_MOST: Final = 5
_WEEKDAYS: Final = frozenset(["mon", "tue", "wed", "thu", "fri", "sat", "sun"])


def parse_absolute(text: str) -> ParsedDate | None:
    """Parse a line that starts with an absolute date; None if it does not."""
    s = text.strip()
    # Each form opens on its day or month (one or two figures), its year (four) or a name: the
    # figures opening the line, where they are ASCII (`lead`), rule most forms out unasked. A
    # line opening on another ASCII character opens the first form only with a weekday's name
    # (case-blind, sre matches no character beyond ASCII to its letters but "ſ", "İ" and "ı").
    lead = _lead_figures(s)
    if lead < 0 or 0 < lead <= 2 or (lead == 0 and _may_be_weekday(s[:3])):
        m = _DAY_MONTH_YEAR.match(s)
        if m:
            day, month, year = int(m.group(1)), month_number(m.group(2)), int(m.group(3))
            return make_date(
                s[: m.end()].strip(" ,"), year, month, day, _clock(*m.group(4, 5, 6, 7))
            )
    # A line opening on a figure (\d: a decimal digit, str.isdecimal) has no month's or
    # weekday's name first; one opening on anything else, no year or day in figures first.
    if lead == 0 or (lead < 0 and not s[:1].isdecimal()):
        m = _MONTH_DAY_YEAR.match(s)
        if m:
            month = month_number(m.group(1))
            return make_date(
                s[: m.end()].strip(" ,"), int(m.group(3)), month, int(m.group(2)),
                _clock(*m.group(4, 5, 6, 7)),
            )  # fmt: skip
        return _parse_other(s, lead) if s else None
    if lead < 0 or lead == 4:
        m = _ISO.match(s)
        if m:
            clock = _clock(m.group(4), m.group(5), m.group(6), None)
            return make_date(s[: m.end()], int(m.group(1)), int(m.group(2)), int(m.group(3)), clock)
    if lead <= 2:
        m = _NUMERIC.match(s)
        if m:
            a, b, year = int(m.group(1)), int(m.group(2) or m.group(3)), int(m.group(4))
            # Day-first unless that is impossible: most of the world writes 05/12/2024 as 5
            # December.
            day, month = (a, b) if b <= 12 else (b, a)
            return make_date(
                s[: m.end()], year, month, day, _clock(m.group(5), m.group(6), None, None)
            )
    return _parse_other(s, lead) if s else None


def _may_be_weekday(head: str) -> bool:
    """Whether a line's first three characters may open a weekday's name: not where all are
    ASCII and they lower-case to none."""
    return not head.isascii() or head.lower() in _WEEKDAYS


# A date with a year of two figures, in figures or with the month's name ("11/20/19",
# "06.04.19", "8.5.12", "27 Mar 20"), perhaps with a time of day after it ("6:38 AM", "10h02",
# "à 9:21"): no figure, stop or slash either side (a version "2.3.14", a score, a fraction).
_SHORT_YEAR: Final = re.compile(
    r"(?<![\w./-])(?:(\d{1,2})([./])(\d{1,2})\2(\d\d)|(\d{1,2})\.?\s+([^\W\d_]{3,9})\.?\s+(\d\d))"
    r"(?![\w/-]|[.,:]\d)"
)
_CENTURY_TURN: Final = 70  # a year of two figures from here on is of the last century


def short_year_date(text: str, now: datetime | None = None) -> tuple[int, ParsedDate] | None:
    """The first date with a year of two figures in a text, and where it starts: day first
    unless that is impossible ("10/12/20" is 10 December 2020, "11/20/19" 20 November 2019),
    or the reading nearer before `now` where both are possible (as first_date reads figures),
    its year of this century below _CENTURY_TURN. A month must be named as one ("27 Mar 20",
    not "27 Men 20"). Only a header's line of facts is read so (see text/meta.py): in a
    sentence "3.5.12" is as often a version or a rule's number."""
    for m in _SHORT_YEAR.finditer(text):
        if m.group(1) is not None:
            a, b, short = int(m.group(1)), int(m.group(3)), int(m.group(4))
            day, month = (a, b) if b <= 12 else (b, a)
        else:
            found = month_of(m.group(6))
            if found is None:
                continue
            day, month, short = int(m.group(5)), found, int(m.group(7))
        year = short + (1900 if short >= _CENTURY_TURN else 2000)
        parsed = make_date(m.group(0), year, month, day, ())
        figures = m.group(1) is not None  # "06/01/20" reads two ways, "27 Mar 20" one
        if parsed is not None and now is not None and figures and day != month and day <= 12:
            parsed = _nearer(parsed, make_date(m.group(0), year, day, month, ()), now)
        if parsed is not None:
            return m.start(), parsed
    return None


def nearer_reading(parsed: ParsedDate, now: datetime | None) -> ParsedDate:
    """A day-first reading of figures that also read month-first ("06/01/2025": 6 January or
    1 June), as the one of the two nearer before `now` (a page is dated before its capture)."""
    m = _NUMERIC.match(parsed.text)
    if now is None or parsed.when is None or m is None:
        return parsed
    a, b = int(m.group(1)), int(m.group(2) or m.group(3))
    if a == b or a > 12 or b > 12:
        return parsed
    other = make_date(
        parsed.text, int(m.group(4)), a, b, _clock(m.group(5), m.group(6), None, None)
    )
    return _nearer(parsed, other, now)


def _nearer(parsed: ParsedDate, other: ParsedDate | None, now: datetime) -> ParsedDate:
    """Of two readings of one date's figures, the one nearer before `now` (`parsed` unless
    `other` is that)."""
    if other is None or other.when is None or parsed.when is None or other.when > now:
        return parsed
    if parsed.when > now or now - other.when < now - parsed.when:
        return other
    return parsed
