"""Bylines without their "By", as a header prints them by the story's date: "Ann Example, The
Associated Press", "Ann Example @annexample / 2 days", a name alone beside the date.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from newsdesk.extract.bylines import AGENCY, ROLE_OR_AGENCY, byline_people, is_name, role_at_end
from newsdesk.extract.facts import holds_share_word, is_section_name

_NAME_PARTS: Final = re.compile(r"\s*(?:,|\||\band\b|&)\s*")

# A name and the writer's handle, perhaps after a comma or in brackets, perhaps more facts after
# them: "Ann Example @annexample / 2 days", "Ann Example, @annexample", "Ann Example (@annexample)".
_HANDLE: Final = re.compile(r"^([^@(]+?),?\s+(\()?@\w{2,}(?(2)\))(?:\s*(?:[/|·•-]\s.*)?)?$")
_ROLE_LINE: Final = 6  # words of a name and its role at most

# Words that label a date or open a header's line, never a name's ("Last Updated", "Posted On").
_DATE_LABELS: Final = frozenset(
    ["updated", "published", "posted", "modified", "created", "last", "date", "on", "at",
     "original", "originally", "edited", "monday", "tuesday", "wednesday", "thursday", "friday",
     "saturday", "sunday", "today", "aktualisiert", "veröffentlicht", "publié", "publiée",
     "publicado", "publicada", "actualizado", "atualizado", "pubblicato", "aggiornato",
     "gepubliceerd", "bijgewerkt", "opublikowano", "zaktualizowano"]
)  # fmt: skip


def dated_name(text: str) -> list[str]:
    """The person or agency a header's line of facts names before its date, where no "By" says
    so: the words left of the date ("Ann Example - Nov 19, 2025, 10:31 pm", "Ann Example
    15.06.2025, 12.11 Uhr", "Reuters November 18, 2025", "Ann Example, The Harbour News
    Published 7:40 p.m. March 17, 2025"), cut of a label and a time, are a name of two to four
    capitalised words, an agency, or a name and its outlet. A label ("Last Updated"), a place
    of one word ("London"), a section's name ("Latest News") is none."""
    text = text.strip(_TRIM)
    while True:
        rest = _TRAILING_LABEL.sub("", text).strip(_TRIM)
        if rest == text:
            break
        text = rest
    if not text or is_section_name(text):
        return []
    if AGENCY.fullmatch(text):
        return [text]
    words = [w.casefold().strip(":") for w in text.split()]
    if any(w in _DATE_LABELS for w in words) or words[0] in _ARTICLES:
        return []
    if is_name(text) and not any(w in _OUTLET_WORDS for w in words):
        return [text]
    if is_bare_byline(text, role=False) and "," in text:
        return bare_byline_people(text)
    # "Show - Ann Example (The Harbour Star) -": the part nearest the date, its outlet or the
    # writer's handle in brackets cut off ("Ann Example (@annexample)")
    parts = _DATED_PARTS.split(text)
    last = _BRACKETED.sub("", parts[-1]).strip(_TRIM)
    if last and last != text and _BRACKETED.search(parts[-1]) is not None:
        return dated_name(last)
    return []


_DATED_PARTS: Final = re.compile(r"\s+[-–—|/]\s+")
_BRACKETED: Final = re.compile(r"\s*\([^()]{2,40}\)\s*$")

# A publication's name opens with an article ("La Información", "The Harbour") or holds a word
# of the trade ("Harbour News Australia"), as a person's never does.
_ARTICLES: Final = frozenset(
    ["the", "la", "el", "le", "il", "lo", "les", "los", "las", "der", "die", "das", "het", "o",
     "os"]
)  # fmt: skip
_OUTLET_WORDS: Final = frozenset(
    ["news", "times", "post", "daily", "journal", "herald", "tribune", "press", "media", "tv",
     "radio", "online", "magazine", "gazette", "network", "staff", "desk", "team", "newsroom",
     "agency", "agencia", "agência", "agenzia", "agentur", "redaktion", "redacción", "rédaction"]
)  # fmt: skip


def is_outlet_name(text: str) -> bool:
    """Whether a text is shaped as a publication's name: opening with an article ("El Sol de
    Harbour", "The Harbour") or holding a word of the trade ("Harbour News")."""
    words = [w.casefold() for w in text.split()]
    return bool(words) and (words[0] in _ARTICLES or any(w in _OUTLET_WORDS for w in words))


def lone_name(text: str) -> list[str]:
    """A name printed alone on its line beside the story's date (dated_name), told more
    strictly: not set in capitals (a post's title, a section, as often as a name), no word of
    a share bar or a button's ("Email Bio Follow"), no article opening it ("Ein Albtraum")."""
    return list(_lone_names(text))  # a list of the caller's own


# Cached: the header's stages ask it of the same few lines again and again (a third of the
# asks on a page are repeats), at tens of microseconds each.
@lru_cache(maxsize=8192)
def _lone_names(text: str) -> tuple[str, ...]:
    if text.lstrip()[:1] in "-–—―~" or (text.isupper() and not AGENCY.fullmatch(text.strip())):
        # "— Ann Example": a quotation's speaker
        return ()
    if holds_share_word(text) or any(w.casefold() in _LONE_STOPS for w in text.split()):
        return ()
    return tuple(dated_name(text))


# Words of a page's labels and buttons that dated_name lets pass as a name's beside a date.
_LONE_STOPS: Final = frozenset(
    ["a", "an", "ein", "eine", "un", "una", "uno", "une", "um", "uma", "een", "sponsored",
     "advertisement", "anzeige", "blog", "review", "follow", "bio", "more", "comments",
     "comment", "print", "read", "share", "subscribe", "login", "menu", "home"]
)  # fmt: skip
_TRIM: Final = " \t-–—|·•/,:"

# A time of day or a date's label closing what stands before the date ("... Published 7:40 pm").
_TRAILING_LABEL: Final = re.compile(
    r"(?:\s|^)(?:\d{1,2}[:.]\d\d(?:\s*[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,4})?|(?i:updated|published"
    r"|posted|on|at|am|le|el|il|vom|aktualisiert|veröffentlicht|publié|publicado|pubblicato):?)$"
)


def handle_name(text: str) -> str | None:
    """The name before the writer's handle or mail address on a line of a byline without "By"
    ("Ann Example, @annexample", "Ann Example ann@example.com @annexample"), or None: a
    writer's, never a picture's credit."""
    if "@" not in text:
        return None
    if (mailed := _MAIL.sub("", text)) != text:
        text = mailed.strip()
        if is_name(text):
            return text  # "Ann Example ann@example.com": the address the writer is reached at
    handle = _HANDLE.match(text)
    return handle.group(1).strip(" ,") if handle is not None and is_name(handle.group(1)) else None


# A mail address after a name, spaced ("Ann Example ann@example.com").
_MAIL: Final = re.compile(r"\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?=\s|$)")


def bare_byline_people(text: str) -> list[str]:
    """The people of a byline without "By" (a line is_bare_byline holds): the name before the
    writer's handle ("Ann Example @annexample / 2 days") or before a role closing the line
    ("Ann Example Harbour editor"), else its names without the roles, agencies and publications
    after them ("Ann Example and Bo Example, Associated Press")."""
    if (name := handle_name(text)) is not None:
        return [name]
    text = text.split("|")[0]  # "Ann Example, Bo Example | Harbour Times"
    if len(_NAME_PARTS.split(text.strip())) == 1 and (named := role_at_end(text)):
        return [text[: named.start()].strip()]
    return byline_people(text)


def is_bare_byline(text: str, *, role: bool = False) -> bool:
    """A byline without its "By", as a header prints it over the date: "Ann Example, The
    Associated Press", "Ann Example Harbour editor", "Ann Example, Bo Example | Harbour Times",
    "Ann Example and Bo ExampleHarbour Times" (names of two to four capitalised words, an agency
    or role after them). A headline has words of another shape ("Ann Example wins the vote").
    `role`: only with a role or an agency named ("Ann Example, AP Sports Writer"), as where no
    date was read under the line, a headline of two names ("Ann Example and Bo Example") is not
    rare."""
    if len(text.split()) > 12 or text.rstrip().endswith((".", "?", "!")):
        return False
    if handle_name(text) is not None:
        return True  # "Ann Example @annexample / 2 days": a name and the writer's handle
    if role and ROLE_OR_AGENCY.search(text) is None:
        return False
    parts = [p for p in _NAME_PARTS.split(text.strip()) if p]
    if len(parts) == 1 and (named := role_at_end(text)) is not None:
        # "Ann Example Harbour editor", "Ann B. Example Senior Contributor": a name, then a role
        # of a word or two closing a short line
        return len(text.split()) <= _ROLE_LINE and is_name(text[: named.start()])
    if not parts or not is_name(parts[0]):
        return False
    if len(parts) == 1:
        return False
    if len(parts) == 2 and text.isupper() and " " not in parts[1].strip():
        return True  # "ANN EXAMPLE, HARBOURTIMES": a name and its outlet, set in capitals
    return all(
        is_name(p) or ROLE_OR_AGENCY.search(p) or p.casefold().startswith("the ") for p in parts[1:]
    )
