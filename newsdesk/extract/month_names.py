"""Months named in words, in any language or calendar: the names of every dateparser locale
(`word_months`, `named_month`) and the Persian months of the Solar Hijri calendar, read into the
Gregorian day (`jalali_month`, `gregorian`). dates.py reads English month names itself and asks
here for the rest ("sierpnia", "نيسان / أبريل", "۲۹ بهمن ۱۳۹۸").
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Final

from newsdesk.extract.language import FUNCTION_WORDS

_MONTH_KEYS: Final = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip


@lru_cache(maxsize=1)
def word_months() -> dict[str, int]:
    """Month names (casefolded, 3+ letters) of every dateparser locale, to their month: built on
    the first line that needs it (~0.1 s, in `prepare` before workers fork). A name two locales
    give different months ("listopad": October in Croatian, November in Polish) or that is a
    function word of a language we know is left out: the line then goes to dateparser."""
    import importlib
    import pkgutil

    from dateparser.data import date_translation_data

    months: dict[str, set[int]] = {}

    def add(info: dict[str, Any]) -> None:
        for month, key in enumerate(_MONTH_KEYS, 1):
            for name in info.get(key, ()):
                word = str(name).casefold().rstrip(".")
                if len(word) >= 3 and not any(c.isdigit() for c in word):
                    months.setdefault(word, set()).add(month)

    for module in pkgutil.iter_modules(date_translation_data.__path__):
        info = importlib.import_module(f"{date_translation_data.__name__}.{module.name}").info
        add(info)
        for local in info.get("locale_specific", {}).values():
            add(local)
    return {
        word: next(iter(found))
        for word, found in months.items()
        if len(found) == 1 and word not in FUNCTION_WORDS
    }


def named_month(words: str) -> int | None:
    """The month a month's name of 1-3 words names: "sierpnia", "نيسان / أبريل" (two scripts'
    names of one month), "de març"; None if a word is no name and no short joining word."""
    table = word_months()
    spaced = words.replace("/", " ")
    whole = table.get(" ".join(spaced.split()).casefold())
    if whole is not None:
        return whole
    found: set[int] = set()
    for word in spaced.replace(".", " ").split():
        month = table.get(word.casefold())
        if month is not None:
            found.add(month)
        elif len(word) > 3:
            return None
    return found.pop() if len(found) == 1 else None


# The Solar Hijri (Jalali) calendar of Iran's pages: its months' Persian names and the years a
# page of this or the last century writes ("۲۹ بهمن ۱۳۹۸ - ۰۶:۵۵", "2 تير 1399 - 12:09:08 ب.ظ"),
# read into the Gregorian day by jdatetime (dateparser's own Jalali calendar needs convertdate,
# whose astronomical reckoning costs ~20 ms a date). dateparser's Persian locale names the
# Gregorian months (ژانویه ...), which word_months keeps.
JALALI_YEARS: Final = range(1300, 1500)
_JALALI_NAMES: Final = (
    ("فروردین",), ("اردیبهشت",), ("خرداد",), ("تیر",), ("مرداد", "امرداد"), ("شهریور",),
    ("مهر",), ("آبان",), ("آذر",), ("دی",), ("بهمن",), ("اسفند",),
)  # fmt: skip
_JALALI_MONTHS: Final = {name: n for n, names in enumerate(_JALALI_NAMES, 1) for name in names}
# Arabic letters pages type for Persian's own (ي for ی, ك for ک), and the joiner left out.
_PERSIAN_LETTERS: Final = str.maketrans({"ي": "ی", "ك": "ک", "\u200c": None})


def jalali_month(name: str) -> int | None:
    """The month (1-12) of the Jalali calendar a Persian month's name names, or None."""
    return _JALALI_MONTHS.get(name.strip(" ./").translate(_PERSIAN_LETTERS))


def gregorian(year: int, month: int, day: int) -> tuple[int, int, int] | None:
    """The Gregorian day of a Jalali one, or None for a day its month has not (Esfand's 30th
    outside a leap year)."""
    # Imported here: a Persian date is rare, and the module costs ~15 ms to start.
    import jdatetime

    try:
        found = jdatetime.date(year, month, day).togregorian()
    except ValueError:
        return None
    return (found.year, found.month, found.day)
