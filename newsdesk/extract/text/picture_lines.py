"""Lines a picture or a player brings into a story's body that are no caption and no story: a
product's shopping credit, a photo shoot's crew credits, a chart's source alone on its line, a
video player's label. body.py leaves them out (captions.py reads the captions themselves).
"""

from __future__ import annotations

import re
from typing import Final

from newsdesk.extract.text.line_chrome import may_hold
from newsdesk.extract.text.line_prose import STOPS

# A line that credits what a picture shows for sale: a product's name, then after a comma its
# price and the shop ("Example Wool Coat, $240, available at Example Store; Example boots."; a
# story's sentence says "costs $199, available from ..."), or a shop box's row
# printed as its columns ("Example Grill 300     249 Euro     Bei Example"). A fashion or test
# page's shopping credits, never the story's sentence (which names a price, not where to buy).
_PRICE: Final = r"(?:[$€£]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|euros?|eur|usd|dollars?|£))"
_SHOP_CREDIT: Final = re.compile(
    rf",\s?{_PRICE},? (?:available|erhältlich|disponible) (?:at|from|bei|chez|en) \S"
    rf"|\S\s{{2,}}{_PRICE}\s+(?:at|bei|chez|en|on|auf) \S+(?: \S+)?$",
    re.I,
)


_CREDIT_PART_WORDS: Final = 15  # words of one product's credit, between semicolons


def shop_credit(text: str) -> bool:
    """Whether the line credits a product and its shop (_SHOP_CREDIT): a credit's shape, each
    product's part between semicolons short (a story's paragraph naming a price and a shop
    runs on in clauses). The pattern, searched from every place, is asked only of a line with a
    shop's word or a column's gap (two spaces); body.py asks only of a line naming a currency
    (keywords.MONEY, found in the line's one keyword scan): nearly every line has neither."""
    # No gap without two spaces or a whitespace other than the space (none is printable).
    gap = ("  " in text or not text.isprintable()) and _GAP.search(text) is not None
    if not gap and not may_hold(text, _SHOP_KEYS):
        return False
    if _SHOP_CREDIT.search(text) is None:
        return False
    return all(len(part.split()) <= _CREDIT_PART_WORDS for part in text.split(";"))


# What _SHOP_CREDIT's first part needs besides the price (its words, asked of the lower-cased
# line: line_chrome.may_hold), and its second (a column's gap).
_SHOP_KEYS: Final = ("available", "erhältlich", "disponible")
_GAP: Final = re.compile(r"\s\s")


# A photo shoot's credits under a fashion or portrait story, its crew's roles one after another:
# "Photographed by Ann Example; Styled by Bo Example; Hair by Cy Example for Example Salon".
_ROLE: Final = (
    r"(?:photographed|photography|photos|shot|styled|styling|modell?ed|hair|make-?up|nails"
    r"|grooming|set design|prop styling|casting|production|produced|creative direction"
    r"|art direction|fotos?|haare|maske)"
)
_SHOOT_CREDIT: Final = re.compile(
    rf"^{_ROLE} (?:by|von|par) [^;]{{2,80}}(?:\s?;\s?{_ROLE} (?:by|von|par) [^;]{{2,80}}){{2,}}",
    re.I,
)


def shoot_credit(text: str) -> bool:
    """Whether the line is a photo shoot's credits (_SHOOT_CREDIT: three roles or more, parted by
    semicolons); asked only of a line with two semicolons."""
    return text.count(";") >= 2 and _SHOOT_CREDIT.match(text) is not None


# A chart's or a picture's source alone on its line under it, its label first: "Source: Example
# Bureau of Statistics, Example News reporting", "Sources: Ann Example, Example Directory",
# "Quelle: Example-Institut", a video's after its length ("02:12 - Source: Example TV"). A few
# words naming the holders, no sentence's stop.
_SOURCE_LINE: Final = re.compile(
    r"^(?:\d{1,2}:\d\d\s?[-–]\s?)?(?:sources?|quellen?|fuentes?|fontes?|bron|źródło|источник)"
    r"\s?:\s?[^\W_]",
    re.I,
)
_SOURCE_WORDS_MAX: Final = 12


# A video player's label printed as text: its title, its length, the autoplay switch ("Why the
# ferry stopped 2:06 autoplay autoplay"), or the switch alone.
_PLAYER: Final = re.compile(r"\b\d{1,2}:\d\d\s+autoplay\b|^autoplay(?: autoplay)*$", re.I)


def source_line(text: str) -> bool:
    """Whether the line is a chart's or a picture's source alone (_SOURCE_LINE)."""
    return (
        text[-1:] not in STOPS
        and text.count(" ") < _SOURCE_WORDS_MAX
        and _SOURCE_LINE.match(text) is not None
    )


def player_label(text: str) -> bool:
    """Whether the line is a video player's label (_PLAYER)."""
    return (
        text.count(" ") < _SOURCE_WORDS_MAX
        and "autoplay" in text.lower()
        and _PLAYER.search(text) is not None
    )
