"""The page scan's answers settled as the facts of each line (line_marks, line_chrome and
dates.may_be_date define them; page_scan.py builds the Hyperscan database and runs it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from newsdesk.extract.text import keywords
from newsdesk.extract.text.line_marks import ENDING

if TYPE_CHECKING:
    from newsdesk.extract.text.lines import Line, Traits

# The page scan's answers (page_scan.py builds the Hyperscan database and runs it; this module is
# compiled: settling the answers as Python, line by line, cost as much again as the scan).
# Bits of an answer: the marks as numbered above, then the keyword families, then the glued
# capital, the words a publisher phrase needs, the slow searches' hits and the date gate.
SCAN_KEYS_SHIFT: Final = 12
_KEYS_BITS: Final = len(keywords.FAMILIES)  # one a family
_AFTER_KEYS: Final = SCAN_KEYS_SHIFT + _KEYS_BITS
SCAN_GLUE: Final = 1 << _AFTER_KEYS
SCAN_NAMED: Final = 1 << (_AFTER_KEYS + 1)
FOOTER_HIT: Final = 1 << (_AFTER_KEYS + 2)
CONSENT_HIT: Final = 1 << (_AFTER_KEYS + 3)
PROMO_HIT: Final = 1 << (_AFTER_KEYS + 4)
COMMENTS_HIT: Final = 1 << (_AFTER_KEYS + 5)
DATABLE_HIT: Final = 1 << (_AFTER_KEYS + 6)
_SCAN_MARKS: Final = (1 << SCAN_KEYS_SHIFT) - 1
_SCAN_FOOTER: Final = FOOTER_HIT | keywords.FOOTER << SCAN_KEYS_SHIFT
_SCAN_CONSENT: Final = CONSENT_HIT | keywords.CONSENT << SCAN_KEYS_SHIFT
_SCAN_PROMO: Final = PROMO_HIT | keywords.PROMO << SCAN_KEYS_SHIFT
_SCAN_COMMENTS: Final = COMMENTS_HIT | keywords.COMMENTS << SCAN_KEYS_SHIFT


def scan_hit(
    bit: int, _start: object, end: object, _flags: object, found: dict[object, int]
) -> None:
    """Hyperscan's callback: expression `bit` matched up to offset `end`. The offsets are the
    binding's own objects, taken as they come: typed int, the end was unboxed and boxed again
    (a new object each time past 256) for each dictionary call, most of the callback's cost."""
    old = found.get(end)
    found[end] = bit if old is None else old | bit


_ASKING: Final = -1  # the marks of a text taken for the scan, until its answer is settled


def _unasked(fresh: list[Traits]) -> None:
    """The texts taken for a scan that did not answer, as they were: not asked."""
    for t in fresh:
        t.marks = None


def scan_traits(lines: list[Line], database: Any) -> None:
    """Ask `database` (page_scan.py) about the plain texts of `lines` not asked before (each
    text once), and settle each one's facts from its answer: the marks, the keyword families,
    the glue and the publisher's words, then the facts of line_chrome.py and dates.py as they define
    them (the family's words, then the slow search: is_footer, is_consent, is_promo,
    starts_comments, may_be_date)."""
    # Pages repeat a third of their lines. Whether a text is plain (is_plain) was settled with
    # its Traits, where its words were counted (one scan of the text for both). Each text is
    # taken once, in the order of its first line: its marks say "being asked" (_ASKING) from
    # then until they are settled (no dict of the page's texts built a line at a time).
    fresh: list[Traits] = []
    for line in lines:
        t = line.traits
        if t.marks is None and t.plain:
            t.marks = _ASKING
            fresh.append(t)
    if not fresh:
        return
    try:
        _settle(fresh, database)
    except BaseException:
        _unasked(fresh)  # (a text settled before is settled again by its next page)
        raise


def _settle(fresh: list[Traits], database: Any) -> None:
    """scan_traits's scan of the texts taken and the facts it settles."""
    texts = [t.text.encode() for t in fresh]
    joined = b"\n".join(texts)
    if joined.count(b"\n") != len(texts) - 1:
        _unasked(fresh)
        return  # a text holding a newline (never a line's): leave them all to sre
    found: dict[int, int] = {}
    database.scan(joined, scan_hit, context=found)
    # Each match's line: a match (never empty) ending at `end` lies in the first line whose
    # past end (just past its newline in the joined bytes) is beyond `end`, found by one walk
    # over the lines for the ends in order (a bisect was a call through Python's protocol a
    # match; Hyperscan reports in order of end, so the sort has runs to merge, not a shuffle).
    answers = [0] * len(fresh)
    at = 0
    past = len(texts[0]) + 1
    for end in sorted(found):
        while past <= end:
            at += 1
            past += len(texts[at]) + 1
        answers[at] |= found[end]
    for i, t in enumerate(fresh):
        answer = answers[i]
        marks = answer & _SCAN_MARKS
        t.marks = marks
        t.keys = (answer >> SCAN_KEYS_SHIFT) & ((1 << _KEYS_BITS) - 1)
        t.glue = answer & SCAN_GLUE != 0
        t.named = answer & SCAN_NAMED != 0
        t.footer = answer & _SCAN_FOOTER == _SCAN_FOOTER
        t.consent = answer & _SCAN_CONSENT == _SCAN_CONSENT
        t.promo = answer & _SCAN_PROMO == _SCAN_PROMO and len(t.text) <= 400
        t.comments = (len(t.text) < 60 and marks & ENDING != 0) or (
            answer & _SCAN_COMMENTS == _SCAN_COMMENTS
        )
        t.datable = answer & DATABLE_HIT != 0
