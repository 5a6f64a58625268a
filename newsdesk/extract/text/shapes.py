"""What one line is, judged from its own shape and words: byline, credit, date, reading time,
caption, list header, insert, chrome. No site's rules: only signals that hold across outlets.

Here: a header's date, teasers glued or repeated, a feed of timed headlines, the same headline
twice. By topic elsewhere: the anchored patterns and their bits (line_marks.py), the site's own
lines (line_chrome.py), prose and headlines by their shape (line_prose.py), the page scan's answers
(scan_answers.py).
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Final

from rapidfuzz import fuzz

from newsdesk.extract.dates import ParsedDate, may_be_date, parse_date
from newsdesk.extract.text import keywords
from newsdesk.extract.text.keywords import HEADER_PUBLISHED_WORDS, word_search
from newsdesk.extract.text.line_chrome import may_hold
from newsdesk.extract.text.line_prose import ends_sentence
from newsdesk.extract.text.lines import known_traits

if TYPE_CHECKING:
    from newsdesk.extract.text.lines import Line

# A header's line that names who published the story, then when, after a word saying it was
# published ("Jo Example, The Daily Example Published 7:40 p.m. ET March 17, 2020"): the date
# is read after the word, the line being too long to be read as a date whole.
# (keywords.HEADER_PUBLISHED_WORDS: the words a post's signature says it with, and more.)
_PUBLISHED: Final = word_search(HEADER_PUBLISHED_WORDS, r"\s*:?\s*(?:(?:on|le|am|el|em|il)\s+)?")
# What _PUBLISHED cannot match without (its words, or their stems: "publi" for "published",
# "publié", "publicado", "opublikowano", "gepubliceerd"; "tualiz" for "actualizado",
# "atualizado"): 1.9 us a search on a short line, asked of a header's every datable line.
_PUBLISHED_KEYS: Final = (
    "publi", "pubbli", "updated", "posted", "mis à jour", "tualiz", "tualis", "veröffentlicht",
    "aggiornato", "опубликовано", "обновлено", "نشر", "입력",
)  # fmt: skip
_CUED_WORDS: Final = 16  # a header's line names its publisher and date in fewer words
_CUED_LEAD: Final = 8  # words before the word "published": a name and an outlet


@lru_cache(maxsize=16384)
def _cued_date(text: str, now: datetime | None) -> ParsedDate | None:
    """The date after a word saying the story was published, in a header's line that is no
    sentence; None where what follows the word is not a date alone (with a few words of label)."""
    # (no line its caller found no date in: date_of asks may_hold_date first)
    if ends_sentence(text) or not may_hold(text, _PUBLISHED_KEYS):
        return None
    m = _PUBLISHED.search(text)
    if m is None or len(text[: m.start()].split()) > _CUED_LEAD:
        return None
    # The word says a date follows: read in the page's language (the slow parser) even where
    # the caller asks for sure formats only ("Publié le 9 juin 2019"); few lines get here.
    return parse_date(text[m.end() :], now, fallback=True)


def may_hold_date(line: Line) -> bool:
    """False for a line no parser could read as a date (dates.may_be_date), answered once per
    text (traits.datable)."""
    datable = line.traits.datable
    if datable is None:
        datable = line.traits.datable = may_be_date(line.traits.text)
    return datable


def date_of(line: Line, now: datetime | None = None, *, fallback: bool = True) -> ParsedDate | None:
    traits = line.traits
    if traits.words > 9:
        if traits.words > _CUED_WORDS or not may_hold_date(line):
            return None
        return _cued_date(traits.text, now)
    if not may_hold_date(line):
        return None  # most lines: asked many times over, answered once per text
    parsed = parse_date(traits.text, now, fallback=fallback)
    if parsed is None and traits.words > 2:
        # "Publié le 9 juin 2019", "First published on November 19, 2019 / 8:16 AM": the date
        # after the word saying so, where the line whole reads as none.
        return _cued_date(traits.text, now)
    return parsed


# A teaser's headline glued to its blurb: "...Of U of M-Dearborn Student-AthleteA 24-year-old ..."
# Possessive runs of spaces and of other characters: a word and the spaces after it are only
# ever taken whole (a shorter run is followed by what the next item cannot open with), so sre
# does not give them back a character at a time when the line holds no glue.
_GLUED_TEASER: Final = re.compile(r"^(?:\S++\s++){3,16}?\S*[a-z0-9?!](?=[A-Z][a-z]*\s)")


_GLUE_POINT: Final = re.compile(r"[a-z0-9?!][A-Z][a-z]*\s")


def is_glued_teaser(text: str, glue: bool | None = None) -> bool:
    """`glue`: whether the text holds a glued capital anywhere, if known (see page_scan.py)."""
    # Not cached: only line scoring asks, and it caches its own answer.
    if glue is False:
        return False
    if (glue is None or len(text) > 200) and not _GLUE_POINT.search(text, 0, 200):
        return False  # cheap: no glued capital (in the first 200 characters), no teaser
    m = _GLUED_TEASER.match(text)
    while m is not None and _name_piece(m.group(0).split()[-1]) and _name_tail(text, m.end()):
        # "McPherson", "DeShawn", "YouTube", "eBay": one word, no glue; but a glue further on
        # still tells ("ZenPhone Teases ... on October 14How to ..."): look again past the name,
        # its capital made small (the head's words keep their first letters).
        at = m.end()
        text = text[:at] + text[at].lower() + text[at + 1 :]
        m = _GLUED_TEASER.match(text)
    if not m:
        return False
    head = m.group(0).split()
    return len(head) >= 4 and sum(w[:1].isupper() or w[:1].isdigit() for w in head) >= 0.75 * len(
        head
    )


_NAME_PIECE: Final = 3  # letters before a capital inside a name ("Mc", "Mac", "De", "You")


def _name_piece(piece: str) -> bool:
    """Whether the letters before a capital inside a word open a name or a brand rather than
    end a headline's last word glued to a blurb: a capital and at most two letters more ("Mc"
    of "McPherson", "Le" of "LeBron", "You" of "YouTube"), or one small letter ("eBay"). A
    headline's last word glued on is a word of its own ("talksThe", "ferryStrike")."""
    return piece.isalpha() and len(piece) <= _NAME_PIECE and (piece[0].isupper() or len(piece) == 1)


def _name_tail(text: str, at: int) -> bool:
    """Whether the word from the capital at `at` on is a name's second part ("Pherson",
    "Shawn", "Tube"), three letters or more. A blurb glued to a headline often opens on a word
    of one or two ("A", "In", "Es"), and a word like "AtEm" is an abbreviation, no name."""
    end = at + 1
    while end < len(text) and text[end].isalpha():
        end += 1
    return end - at >= _NAME_TAIL


_NAME_TAIL: Final = 3


# The keyword family of prices (keywords.py is not compiled: read once, a constant here). Its
# words hold the three currency signs is_glued_shop_row looks for (tests/extract check).
_MONEY_FAMILY: Final = keywords.MONEY

# A price glued to the next product's name: "Kettle 2000, White89,99 €Acme Lamp", "$19.99Zenith".
_GLUED_PRICE: Final = re.compile(r"(?:\d[.,]\d\d ?[€$£]|[€$£] ?\d[\d.,]*)[A-Z]")


def is_glued_shop_row(text: str) -> bool:
    """A shop's row of products and their prices printed as one line, each price glued to the
    next product's name: the site selling, no story's sentence (which spaces its prices)."""
    traits = known_traits(text)
    if traits is not None and traits.keys is not None and traits.keys & _MONEY_FAMILY == 0:
        return False  # the page scan's keywords (exact): no "$", "€" nor "£" in a line's text
    if "€" not in text and "$" not in text and "£" not in text:
        return False  # nearly every line
    # Each match holds one currency sign (its figures none) and matches do not overlap: a line
    # with fewer signs than the matches asked for (a paragraph naming one price) has too few.
    if text.count("€") + text.count("$") + text.count("£") < _GLUED_PRICES:
        return False
    return len(_GLUED_PRICE.findall(text)) >= _GLUED_PRICES


_GLUED_PRICES: Final = 2


def repeats_headline(text: str) -> bool:
    """A headline printed twice in a row on one line, perhaps with more after it ("Title
    Title", "TitleTitle Next title"): a teaser's picture, its alt text the headline, glued to
    the link under it. A list of teasers, never a paragraph, which does not open by saying its
    first four words or more twice; nor a paragraph's opening of _CUT_PARAGRAPH words or more
    cut off mid-word, then the whole paragraph (a description a "more" link unfolds)."""
    # The line's first characters found again (one search in C), then the whole stretch
    # before them printed again there.
    at = text.find(text[:_HEAD_CHARS], 1)
    if at < _HEAD_CHARS:
        return False
    first = text[:at].rstrip()
    # Twice, not more: a sentence said over and over is no picture's caption and its link.
    if not (text.startswith(first, at) and first.count(" ") >= 3 and text.count(first) == 2):
        return False
    # A paragraph's opening cut off mid-word, then the whole paragraph (a "more" link that
    # unfolds it): the story's text, no headline printed twice.
    after = at + len(first)
    return not (
        first.count(" ") >= _CUT_PARAGRAPH
        and first[-1].isalpha()
        and after < len(text)
        and text[after].isalpha()
    )


_CUT_PARAGRAPH: Final = 30  # words of a cut opening no headline runs to


_HEAD_CHARS: Final = 20


def repeats_opening(text: str) -> bool:
    """A line saying its first four words three times or more, again and again with no
    sentence ending before them ("Harbour TV Talks – Ann Example ...  Harbour TV Talks – Jo
    Example ...  Harbour TV Talks – ..."): a row of a series' titles, or a picture's alt text
    said over and over, printed as one line. A speech that opens its sentences on the same
    words ("I have a dream ... . I have a dream ...") ends a sentence before each."""
    # Its first word (letters and figures up to the first space: no other space in it) opens
    # the opening, and is said as often at least: most lines say theirs fewer times.
    space = text.find(" ")
    if space > 0:
        first = text[:space]
        if first.isalnum() and text.count(first) < _OPENING_TIMES:
            return False
    opening = " ".join(text.split(None, _OPENING_WORDS)[:_OPENING_WORDS])
    if opening.count(" ") != _OPENING_WORDS - 1 or text.count(opening) < _OPENING_TIMES:
        return False  # nearly every line
    unended, at = 0, text.find(opening, 1)
    while at > 0:
        unended += text[:at].rstrip()[-1:] not in _SENTENCE_END
        at = text.find(opening, at + 1)
    return unended >= _OPENING_TIMES - 1


_OPENING_WORDS: Final = 4
_OPENING_TIMES: Final = 3
_SENTENCE_END: Final = frozenset(".!?:;,\"'”»)")


# A clock time opening an item of a news feed: "08:45 «Daily». Title", "21:47 Title".
_FEED_TIME: Final = re.compile(
    r"(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])\s+(?=[^\W\d_]|[«\"“‘'„])"
)


def is_timed_feed(text: str, words: int) -> bool:
    """A site's feed of latest headlines glued into one line by the converter: three clock
    times or more, each opening a title ("08:45 Title 08:38 Title ..."), one every 25 words at
    most. A paragraph giving times says "at 08:15," or "08:15 am": its times open no title."""
    if words < 12 or ":" not in text or text.count(":") < 3:
        # nearly every line: the count is one pass in C, asked of a line holding a colon (a
        # sixth of the long lines: the search for one character is a memchr, the count not)
        return False
    opening = 0
    for end in _feed_time_ends(text):
        opening += not text[end].islower()
    return opening >= 3 and words <= 25 * opening


def _feed_time_ends(text: str) -> list[int]:
    """Where each match of _FEED_TIME.finditer(text) ends, found from the colons instead of
    by a search at every character (a long line of them is slow to scan). A match holds one
    colon, a figure before it: its hour opens one or two characters before (the look-behind
    lets only one of those match), and it ends before the next colon's hour can open."""
    ends: list[int] = []
    at = text.find(":")
    while at >= 0:
        if at >= 1 and text[at - 1].isdigit():  # (\d's figures are all str.isdigit's)
            m = _FEED_TIME.match(text, at - 2) if at >= 2 and text[at - 2].isdigit() else None
            if m is None:
                m = _FEED_TIME.match(text, at - 1)
            if m is not None:
                ends.append(m.end())
        at = text.find(":", at + 1)
    return ends


def domain_outlet(text: str) -> str:
    """'www.newarab.com/' -> 'newarab.com': the outlet named by a bare domain."""
    text = text.strip().rstrip("/").strip()
    text = re.sub(r"^https?://", "", text)
    text = text.split("/")[0]
    return text.removeprefix("www.")


def same_line(a: str, b: str) -> bool:
    """The same headline printed twice, allowing for a converter's small differences."""
    # The ratio is 100 * (1 - indel distance / total length), and the distance is at least the
    # difference in length: lines of lengths too far apart need no alignment (most asks). Every
    # character but "İ" lower-cases to one character (curly quotes too): a text without it keeps
    # its length lowered, so those are told apart before lowering them.
    if _LENGTHENS not in a and _LENGTHENS not in b and _far_apart(a, b):
        return False
    a, b = a.lower(), b.lower()
    return not _far_apart(a, b) and fuzz.ratio(a, b) >= 90


# The one character lower-casing lengthens (to "i" and a combining dot).
_LENGTHENS: Final = "\u0130"


def _far_apart(a: str, b: str) -> bool:
    return 10 * abs(len(a) - len(b)) > len(a) + len(b)


_TO_AUDIENCE: Final = re.compile(r"\s+to\s+(?:the\s+)?[A-Z][\w'’ -]*$")
_SAID_BY: Final = re.compile(
    r"^([A-Z][\w'’.-]*(?:\s[\w'’.-]+){0,5}?)\s+(?:told|tells|said|says|reports?|reported|confirms?"
    r"|confirmed|announced?)\b"
)


def ticker_attribution(text: str) -> str | None:
    """'Sheikh Qassem: ...' -> 'Sheikh Qassem'; 'Israeli media report on ...' -> 'Israeli media'."""
    head, sep, rest = text.partition(":")
    if sep and rest.strip() and 1 <= len(head.split()) <= 8 and head[:1].isupper():
        # "Pope Leo XIV to the Lebanese": the speaker, not the audience.
        return _TO_AUDIENCE.sub("", head.strip())
    m = _SAID_BY.match(text)
    if m:
        return m.group(1).strip()
    return None
