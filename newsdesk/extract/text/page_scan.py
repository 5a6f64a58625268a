"""Every new plain line of a page asked all its per-line pattern questions in one Hyperscan
scan: the dozen anchored patterns of shapes.marks, the four keyword families of keywords.py,
the glued-capital test of shapes.is_glued_teaser, the words a phrase naming the publisher
needs (read._may_name_site), the four slow searches behind those families (footer, consent
banner, call to subscribe, comments header: shapes.is_footer ...) and whether the line may be
a date at all (dates.may_be_date).

Asked line by line, these cost sre about 3.7 us a line (most of it failing), and Hyperscan's
own call about 1 us. Asked of the whole page at once (its new lines joined by newlines), the
call is paid once and each answer costs a dictionary update. Each pattern is rebuilt for
Hyperscan from sre's parse so that it matches the same plain texts (ASCII and typographic
marks: see plain_patterns.py). Lines with other characters (other scripts, accented letters)
are left to the per-line tests: Python's case folding and classes beyond them are not
Hyperscan's.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from itertools import accumulate
from operator import attrgetter

from newsdesk.extract import dates
from newsdesk.extract.text import keywords, shapes
from newsdesk.extract.text.hyperscan_db import database, hyperscan
from newsdesk.extract.text.lines import Line
from newsdesk.extract.text.plain_patterns import hyperscan_source, is_plain

# Bits of the answer: the marks as shapes numbers them, then the families, then the glue.
_KEYS_SHIFT = 12
GLUE, NAMED = 1 << 16, 1 << 17
# The slow searches a family's words let through (sre tries them at every character of the
# line: 5-9 us on a paragraph), and the date gate (a digit, or a relative word).
FOOTER_HIT, CONSENT_HIT, PROMO_HIT, COMMENTS_HIT, DATABLE = (1 << n for n in range(18, 23))
_SEARCHES = (
    (FOOTER_HIT, shapes.FOOTER), (CONSENT_HIT, shapes.CONSENT), (PROMO_HIT, shapes._PROMO),
    (COMMENTS_HIT, shapes.COMMENTS_START), (DATABLE, dates._DIGIT),
    (DATABLE, dates._WORDY_RELATIVE),
)  # fmt: skip
_MARKS_MASK = (1 << _KEYS_SHIFT) - 1
_FOOTER = FOOTER_HIT | keywords.FOOTER << _KEYS_SHIFT
_CONSENT = CONSENT_HIT | keywords.CONSENT << _KEYS_SHIFT
_PROMO = PROMO_HIT | keywords.PROMO << _KEYS_SHIFT
_COMMENTS = COMMENTS_HIT | keywords.COMMENTS << _KEYS_SHIFT
_TRAITS = attrgetter("traits")
_ONE_MORE = (1).__add__


def _expressions() -> list[tuple[int, bytes, bool]]:
    """(bit, expression, caseless) of every question asked of a line."""
    found = []
    for bit, pattern in shapes._MARKED:
        source = hyperscan_source(pattern)
        if source is not None:  # a pattern no plain line matches: its bit stays 0
            found.append((bit, source, False))
    for bit, keys in keywords.FAMILIES:
        plain_keys = [key for key in keys if is_plain(key)]  # the others need other letters
        source = b"|".join(keywords.byte_literal(key) for key in plain_keys)
        # Caseless: on plain text (whose marks have no case), the lower-cased line holds a key
        # exactly where the line holds it in either case.
        found.append((bit << _KEYS_SHIFT, source, True))
    glue = hyperscan_source(shapes._GLUE_POINT)
    if glue is not None:
        found.append((GLUE, glue, False))
    # The publisher phrases' words: lead-ins in any case, verbs as written (one bit for both).
    found.append((NAMED, b"|".join(map(keywords.byte_literal, keywords.SITE_LEADS)), True))
    found.append((NAMED, b"|".join(map(keywords.byte_literal, keywords.SITE_VERBS)), False))
    for bit, pattern in _SEARCHES:
        source = hyperscan_source(pattern)
        if source is not None:
            found.append((bit, source, False))
    return found


def _to_line_end(source: bytes) -> bytes:
    """An expression that reports once a line: any match carried on to the line's end, where
    Hyperscan reports it (each expression and end offset once). One with an end anchor of its
    own ("$": literals are all escaped, so a "$" is an anchor) is left as it is (Hyperscan
    allows no anchor inside): it mostly ends at the line's end anyway."""
    return source if b"$" in source else b"(?:" + source + rb")[^\n]*$"


if hyperscan is not None:
    _EXPRESSIONS = _expressions()
    _DATABASE = database(
        "page-scan",
        [_to_line_end(source) for _, source, _ in _EXPRESSIONS],
        [bit for bit, _, _ in _EXPRESSIONS],
        # Multi-line: "^" and "$" at each line's start and end.
        [
            hyperscan.HS_FLAG_MULTILINE | (hyperscan.HS_FLAG_CASELESS if caseless else 0)
            for _, _, caseless in _EXPRESSIONS
        ],
    )


def _collect(bit: int, _start: int, end: int, _flags: int, found: dict[int, int]) -> None:
    found[end] = found.get(end, 0) | bit


def scan_page(lines: Iterable[Line]) -> None:
    """Answer marks, keyword families, glue, publisher words and the slow searches' facts for
    the plain texts of `lines` not asked before (each text once). Without Hyperscan, nothing is
    done: the tests ask sre."""
    if hyperscan is None:
        return
    distinct = dict.fromkeys(map(_TRAITS, lines))  # in C: pages repeat a third of their lines
    # Most texts are ASCII: plain without a call to is_plain.
    fresh = [t for t in distinct if t.marks is None and (t.text.isascii() or is_plain(t.text))]
    if not fresh:
        return
    texts = [t.text.encode() for t in fresh]
    joined = b"\n".join(texts)
    if joined.count(b"\n") != len(texts) - 1:
        return  # a text holding a newline (never a line's): leave them all to sre
    found: dict[int, int] = {}
    _DATABASE.scan(joined, _collect, context=found)
    # Just past where each line ends in the joined bytes: the running sum of each line's length
    # and its newline (summed in C). A match (never empty) ending at `end` lies in the first
    # line ending at or after it.
    past_ends = list(accumulate(map(_ONE_MORE, map(len, texts))))
    bits = [0] * len(fresh)
    for end, bit in found.items():
        bits[bisect_left(past_ends, end + 1)] |= bit
    for t, answer in zip(fresh, bits, strict=True):
        marks = t.marks = answer & _MARKS_MASK
        t.keys = (answer >> _KEYS_SHIFT) & 0xF
        t.glue = bool(answer & GLUE)
        t.named = bool(answer & NAMED)
        # The facts of shapes.py and dates.py, as they define them: the family's words, then
        # the slow search (is_footer, is_consent, is_promo, starts_comments, may_be_date).
        t.footer = answer & _FOOTER == _FOOTER
        t.consent = answer & _CONSENT == _CONSENT
        t.promo = answer & _PROMO == _PROMO and len(t.text) <= 400
        t.comments = (len(t.text) < 60 and marks & shapes.ENDING != 0) or (
            answer & _COMMENTS == _COMMENTS
        )
        t.datable = answer & DATABLE != 0
