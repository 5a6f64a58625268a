"""Every new plain line of a page asked all its per-line pattern questions in one Hyperscan
scan: the dozen anchored patterns of line_marks.marks, the four keyword families of keywords.py,
the glued-capital test of shapes.is_glued_teaser, the words a phrase naming the publisher
needs (site_name._may_name_site), the four slow searches behind those families (footer, consent
banner, call to subscribe, comments header: line_chrome.is_footer ...) and whether the line may be
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

from newsdesk.extract import dates
from newsdesk.extract.text import keywords, line_chrome, line_marks, scan_answers, shapes
from newsdesk.extract.text.hyperscan_db import database, hyperscan
from newsdesk.extract.text.lines import Line
from newsdesk.extract.text.plain_patterns import hyperscan_source, is_plain

# Bits of the answer (scan_answers.py settles the facts from them): the marks as line_marks
# numbers them, then the families, then the glue.
_KEYS_SHIFT = scan_answers.SCAN_KEYS_SHIFT
GLUE, NAMED = scan_answers.SCAN_GLUE, scan_answers.SCAN_NAMED
# The slow searches a family's words let through (sre tries them at every character of the
# line: 5-9 us on a paragraph), and the date gate (a digit, or a relative word).
_SEARCHES = (
    (scan_answers.FOOTER_HIT, line_chrome.FOOTER),
    (scan_answers.CONSENT_HIT, line_chrome.CONSENT),
    (scan_answers.PROMO_HIT, line_chrome._PROMO),
    (scan_answers.COMMENTS_HIT, line_chrome.COMMENTS_START),
    (scan_answers.DATABLE_HIT, dates._DIGIT),
    (scan_answers.DATABLE_HIT, dates._WORDY_RELATIVE),
)  # fmt: skip


def _expressions() -> list[tuple[int, bytes, bool]]:
    """(bit, expression, caseless) of every question asked of a line."""
    found = []
    for bit, pattern in line_marks._MARKED:
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


def scan_page(lines: list[Line]) -> None:
    """Answer marks, keyword families, glue, publisher words and the slow searches' facts for
    the plain texts of `lines` not asked before (each text once: scan_answers.scan_traits). Without
    Hyperscan, nothing is done: the tests ask sre."""
    if hyperscan is not None:
        scan_answers.scan_traits(lines, _DATABASE)
