"""dateparser and htmldate, narrowed to the languages newsdesk reads.

htmldate hands a page it cannot date otherwise to dateparser with all of its 200 locales, and
each process would compile the patterns of the languages it meets on its first dates: here the
parser is narrowed to the page's language (narrowed_htmldate) and warmed once before workers
fork (prepare). dates.py reads dates; this module only sets up the two libraries it leans on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any, Final

from newsdesk.extract.language import KNOWN_LANGUAGES
from newsdesk.extract.month_names import word_months


@contextmanager
def narrowed_htmldate(language: str | None = None) -> Iterator[None]:
    """htmldate reading dates in the page's `language` and English when the page guesser knows
    that language, else in all the languages it knows, for as long as the block runs (its own
    callers in the same process, if any, keep htmldate as shipped).

    On a page it cannot date otherwise, htmldate hands every date-like text to dateparser with
    all of its 200 locales: loading them takes 1.5 s in each process, and reading with them
    about 6 ms a page. With KNOWN_LANGUAGES only, bench/dates accuracy is the same page for page
    at two thirds of the CPU; dateparser still tests each text against every one of those
    locales (1-3 ms a text), so a page whose language is known has its texts tested against
    two. htmldate has no setting for this, so its parser factory is swapped (for one with
    htmldate's own settings); a test fails if an upgrade renames it.
    """
    from htmldate import extractors

    parser = _ScriptGate(_narrowed_parser(parser_languages(language)))
    shipped = extractors.get_external_parser
    # (htmldate's factory is a cached function; ours, a function of none, is typed apart)
    setattr(extractors, "get_external_parser", lambda: parser)  # noqa: B010
    try:
        yield
    finally:
        extractors.get_external_parser = shipped


def parser_languages(language: str | None) -> tuple[str, ...]:
    """The languages htmldate's dateparser reads a page in: the page's and English (pages quote
    English dates: feeds, agencies, metadata), or every known one when the page's language is
    not one of them."""
    if language in KNOWN_LANGUAGES and language != "en":
        return (language, "en")
    return ("en",) if language == "en" else KNOWN_LANGUAGES


# Letters of scripts that no locale of the known languages writes (Thai, kana, CJK ideographs,
# Hangul): a locale reads a text only when it knows each of its words, so a text with one of
# these is no date to any of them (a page's Japanese captions took 1-2 ms each to say so).
_UNREAD_SCRIPT: Final = re.compile(
    r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
)


class _ScriptGate:
    """A DateDataParser of known languages that answers "no date" at once for a text with a
    letter of a script none of them writes, as the parser itself would after testing it."""

    def __init__(self, parser: Any) -> None:
        self.parser = parser
        self.languages: list[str] = parser.languages

    def get_date_data(self, text: str) -> Any:
        if _UNREAD_SCRIPT.search(text) is not None:
            return {"date_obj": None}  # what htmldate reads of dateparser's answer
        return self.parser.get_date_data(text)


# Strings that walk every known language's applicability test (no locale reads "qqz") and the
# time-zone search: what a worker's first dates would otherwise compile.
_WARM_UP: Final = ("zzq 12 qqz 2020", "12 March 2020 10:00 UTC", "31.12.2020 23:59")


def prepare() -> None:
    """Import dateparser and compile the patterns of the languages we read, in a process about to
    fork workers: each worker would otherwise pay about 0.3 s of CPU on its first dates."""
    parser = _narrowed_parser()
    for sample in _WARM_UP:
        parser.get_date_data(sample)
    # The first date a language's locale reads compiles its relative-date patterns (~7 ms; a
    # parser of several languages reads a date in one of them): each language once here, not
    # in each worker on its first page in that language. Numbers read in every language.
    for language in KNOWN_LANGUAGES:
        _narrowed_parser((language,)).get_date_data(_WARM_UP[-1])
    # htmldate's table of month names in every dateparser locale (~0.1 s: it loads all ~200
    # locales), built on the first page its extensive search reaches. Kept here, beside the
    # other reliance on htmldate's internals (narrowed_htmldate).
    from htmldate.extractors import month_words

    month_words()
    word_months()


@lru_cache(maxsize=32)
def _narrowed_parser(languages: tuple[str, ...] = KNOWN_LANGUAGES) -> Any:
    """dateparser's DateDataParser (imported on first use) for `languages`, with htmldate's
    settings; one per set of languages (their locales' data is shared between them)."""
    from dateparser import DateDataParser

    return DateDataParser(
        languages=list(languages),
        settings={
            "NORMALIZE": True,
            "PARSERS": ["custom-formats", "absolute-time"],
            "PREFER_DATES_FROM": "past",
            "PREFER_LOCALE_DATE_ORDER": True,
            "RETURN_AS_TIMEZONE_AWARE": False,
            "STRICT_PARSING": True,
        },
    )
