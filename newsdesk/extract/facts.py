"""Header facts as pages write them, whatever the markup, other than the writers' names (see
bylines.py): "Source: ...", "4 Min Read", "2 Shares", a section's name, a share bar.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

CREDIT: Final = re.compile(r"^(?:source|sources|via|credit)\s*:\s*(.{2,80})$", re.IGNORECASE)
READING: Final = re.compile(
    r"(\d{1,3})\s*(?:-\s*)?min(?:ute)?s?\.?\s*(?:read|reading(?: time)?)\b", re.IGNORECASE
)
_SHARES: Final = re.compile(r"^([\d,.]+)\s*(k)?\s+shares?$", re.IGNORECASE)


def credit(text: str) -> str | None:
    if ":" not in text:
        return None  # (CREDIT needs its label's colon: most lines are not tried)
    m = CREDIT.match(text)
    return m.group(1).strip() if m else None


def reading_minutes(text: str) -> int | None:
    """ "4 Min Read", "Reading time: 5 minutes read" in a short line."""
    if len(text) >= 60:
        return None
    if text.isascii():
        # Tried at every character otherwise; case-blind on ASCII, it needs both words.
        low = text.lower()
        if "min" not in low or "read" not in low:
            return None
    m = READING.search(text)
    return int(m.group(1)) if m else None


def _opens_count(text: str) -> bool:
    """Whether the text opens as _SHARES's count may ([\\d,.]): an ASCII character told by its
    code, another by str.isdecimal (what \\d matches beyond ASCII: Unicode's decimal digits)."""
    if not text:
        return False
    first = ord(text[0])
    if first < 128:
        return 48 <= first <= 57 or first == 44 or first == 46
    return text[0].isdecimal()


def shares(text: str) -> int | None:
    """ "2 Shares", "1,204 shares", "3.4k shares"."""
    text = text.strip()
    if not _opens_count(text):
        return None  # (not tried: _SHARES opens on a figure, a comma or a stop)
    m = _SHARES.match(text)
    if not m:
        return None
    try:
        count = float(m.group(1).replace(",", ""))
    except ValueError:
        return None
    return int(count * (1000 if m.group(2) else 1))


# The names of a site's sections and its front page, as its menu prints them (English, German,
# French, Spanish, Portuguese, Italian, Dutch, Scandinavian, Finnish, Polish, Russian, Ukrainian,
# Turkish, Indonesian): printed at the top and again in the footer they repeat as a site's name
# does, but name no publisher.
_SECTION_NAMES: Final = frozenset(
    ["news", "latest news", "top stories", "latest", "sport", "sports", "home", "homepage",
     "home page", "front page", "startseite", "nachrichten", "accueil", "actualités", "actualité",
     "infos", "inicio", "portada", "noticias", "notícias", "últimas notícias", "notizie", "nieuws",
     "nyheter", "nyheder", "uutiset", "wiadomości", "новости", "новини", "haberler", "haber",
     "berita", "beranda", "business", "politics", "world", "opinion", "entertainment", "lifestyle",
     "tech", "technology", "local", "weather", "culture", "health", "science", "video", "videos",
     "photos", "blog", "blogs", "menu", "sections"]
)  # fmt: skip


def is_section_name(text: str) -> bool:
    """A section's or the front page's name alone ("News", "SPORTS", "Startseite"): never the
    publisher's name."""
    return " ".join(text.split()).strip(" :»›>|").casefold() in _SECTION_NAMES


# A share bar's words, glued or spaced ("Share on FacebookShare on Twitterwhatsapp", "0Email
# this to someone", "Delen via Whatsapp Delen via Facebook", "Close share panel", "Bookmark and
# Share"), networks found inside glued words, the small words around them only whole.
_SHARE_WORD: Final = re.compile(
    r"share|sharing|e-?mail|tweet|facebook|twitter|whatsapp|linkedin|pinterest|telegram|reddit"
    r"|messenger|flipboard|tumblr|google ?plus|google\+|blogthis|teilen|partager|partagez|compartir"
    r"|compartilh[ae]r?|condividi|delen|udostępnij|поделиться|مشاركة",
    re.IGNORECASE,
)
_SHARE_FILLER: Final = re.compile(
    r"(?<!\w)(?:on|via|this|to|about|someone|the|and|or|pin|more|connect|comments?|print|close"
    r"|open|panel|options?|all|extra|is|caring|bookmark|page|article|story|post|it|link|copy"
    r"|with|your|friends?|a|an|x|sur|auf|per|en|por|par|su|op|dit|diesen|artikel|cet|article"
    r"|beitrag)(?!\w)",
    re.IGNORECASE,
)
_SHARE_LABEL: Final = re.compile(r"^(?:share|sharing)\b[^:]{0,40}\b(?:for|on|via)\s*:\s", re.I)

# What every match of _SHARE_WORD holds once the text is casefolded, its dotless "ı" read as
# "i" and the dot a casefolded "İ" leaves dropped: the letters IGNORECASE matches to ASCII
# letters other than their own cases ("ı", "İ" for "i", "ſ" for "s", "K" for "k") casefold to
# them so, and so do the Cyrillic ones. A case-blind alternation is tried at every position
# of the line (0.1 ms on a long paragraph); these substring tests rule out nearly every line.
_SHARE_KEYS: Final = (
    "shar", "mail", "tweet", "facebook", "twitter", "whatsapp", "linkedin", "pinterest",
    "telegram", "reddit", "messenger", "flipboard", "tumblr", "google", "blogthis", "teilen",
    "partag", "compart", "condividi", "delen", "udostępnij", "поделиться", "مشاركة",
)  # fmt: skip


def _may_share(text: str) -> bool:
    """False for a text _SHARE_WORD cannot match (see _SHARE_KEYS)."""
    folded = text.casefold()
    if "ı" in folded:
        folded = folded.replace("ı", "i")
    if "\u0307" in folded:
        folded = folded.replace("\u0307", "")
    return any(key in folded for key in _SHARE_KEYS)


# Cached: several stages ask it of the same header lines (half the asks on a page are repeats),
# at a casefold and thirty substring tests each.
@lru_cache(maxsize=8192)
def holds_share_word(text: str) -> bool:
    """Whether a text holds a word of sharing (_SHARE_WORD), searched only where _may_share."""
    return _may_share(text) and _SHARE_WORD.search(text) is not None


# is_share_bar's answers by text (the header's walks ask it of the same lines over and over): a
# plain dict, started again empty when full.
_share_bars: Final[dict[str, bool]] = {}
_SHARE_BARS_KEPT: Final = 16384


def is_share_bar(text: str) -> bool:
    """A share bar or button printed as a line: its words are networks, share verbs and the
    small words between them, one other word at most ("Share this page:", "Tweet on Twitter",
    "Sharing is caring!"). A headline about a network says more ("Harbour Times quits
    Facebook over ads", "Share prices fall ...")."""
    known = _share_bars.get(text)
    if known is not None:
        return known
    if len(_share_bars) >= _SHARE_BARS_KEPT:
        _share_bars.clear()
    answer = _share_bars[text] = _is_share_bar(text)
    return answer


def clear_caches() -> None:
    """Empty this module's plain-dict cache (a measure of reading from cold, a test)."""
    _share_bars.clear()


def _is_share_bar(text: str) -> bool:
    if not holds_share_word(text):
        return False
    if _SHARE_LABEL.match(text):
        return True  # "Share All sharing options for: <the headline>": the button's label
    rest = _SHARE_FILLER.sub(" ", _SHARE_WORD.sub(" ", text))
    return sum(1 for word in rest.split() if any(ch.isalpha() for ch in word)) <= 1


def share_label_title(text: str) -> str | None:
    """The headline a share button names in its label ("Share All sharing options for: <the
    headline>"), or None."""
    m = _SHARE_LABEL.match(text)
    rest = text[m.end() :].strip() if m else ""
    return rest if len(rest.split()) >= 2 else None
