"""The page's publisher, found in its text: a short name heading the page and printed again in
its chrome, else the name a line of chrome gives it ("Download the Daily8 app", "Fieldnotes
republishes ..."), each phrase searched only where a quick test finds the words it needs."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from typing import Final

from newsdesk.extract import facts
from newsdesk.extract.text import keywords, line_chrome, shapes
from newsdesk.extract.text.lines import Line, lowered, text_counts, traits_of

_NAME: Final = r"([A-Z][\w&'.-]*(?:\s[A-Z][\w&'.-]*){0,3})"
# How a page names its publisher in its chrome: "Download Daily8 app", "Fieldnotes republishes".
_APP_PHRASE: Final = re.compile(
    rf"(?i:download|get|explore what|welcome to|about)\s+(?:the\s+)?{_NAME}\s+(?i:app|ai)\b"
)
_CAN_PHRASE: Final = re.compile(rf"(?i:explore what)\s+{_NAME}\s+(?i:can)\b")
_IS_PHRASE: Final = re.compile(rf"^{_NAME}\s+(?:republishes|publishes|gathers|is an?|brings you)\b")
# What _APP_PHRASE cannot match without: unanchored, it is slow to fail on a long paragraph
# with "about" or "get" in it (~18 us), this test fast (~3 us).
_APP_WORD: Final = re.compile(r"\s(?i:app|ai)\b")


def _may_name_app(text: str, low: str) -> bool:
    """Whether _APP_WORD may match: the lower-cased text (`low`) must hold "app" or "ai" right
    after a space (str.isspace's, sre's \\s). Case-blind, sre matches "a" and "p" to themselves
    and their capitals only, "i" also to "İ" (lower-cased to "i" and a dot) and "ı" (let
    through); no other character lower-cases to one of them. A few substring searches, where sre
    tries the pattern at every character of a paragraph."""
    if not text.isascii() and "ı" in text:
        return True
    for key in ("app", "ai"):
        at = low.find(key, 1)
        while at > 0:
            if low[at - 1].isspace():
                return True
            at = low.find(key, at + 1)
    return False


def _phrase_matches(text: str) -> Iterator[re.Match[str] | None]:
    """The phrases' matches in order, each searched for only where the text holds what it
    needs."""
    low = lowered(text)  # (lowered once for both gates)
    yield _APP_PHRASE.search(text) if _may_name_app(text, low) and _APP_WORD.search(text) else None
    # Case-blind "explore what" has no letter that matches outside ASCII (no ı, ſ or K).
    yield _CAN_PHRASE.search(text) if "explore what" in low else None
    yield _IS_PHRASE.search(text)


def _may_name_site(text: str) -> bool:
    """A cheap look at every line; the phrases (slow to fail) only where they may match."""
    return line_chrome.contains_any(lowered(text), keywords.SITE_LEADS) or line_chrome.contains_any(
        text, keywords.SITE_VERBS
    )


def site_named(text: str) -> str | None:
    """The publisher one line names ("Download the Daily8 app"), if any (cached)."""
    return _site_named(text)


@lru_cache(maxsize=65536)
def _site_named(text: str) -> str | None:
    """The publisher one line names ("Download the Daily8 app"), if any. Cached: leads such as
    "get" and "about" are common words, and pages of one site repeat their lines."""
    named = traits_of(text).named  # the page's scan may have looked for the words already
    if not (_may_name_site(text) if named is None else named):
        return None
    for m in _phrase_matches(text):
        if m and m.group(1).lower() not in {"the", "our", "app", "we", "it", "this"}:
            return m.group(1)
    return None


def find_site(lines: list[Line], counts: Counter[str] | None = None) -> str | None:
    """The publisher of the page: a short name heading the page and repeated in its chrome.
    `counts`: how often each text is printed on the page (counted here if not given)."""
    counts = counts if counts is not None else Counter(text_counts(lines))
    for line in lines[:8]:
        repeated = line.words <= 5 and counts[line.text] >= 2 and not line_chrome.is_chrome(line)
        if (
            repeated
            and not shapes.date_of(line)
            and line.text[:1].isupper()
            and not facts.is_section_name(line.text)
        ):
            return line.text
    # The bottom-most line naming it; those the page scan found without the phrases' words
    # (named False: nearly all) are not even asked.
    for line in reversed(lines):
        if line.traits.named is not False and (name := _site_named(line.text)):
            return name
    return None
