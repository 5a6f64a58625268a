"""A Python pattern rewritten as a Hyperscan expression that matches exactly the same plain
texts (see page_scan.py, which runs a dozen of them over a page's lines in one pass). Plain:
ASCII, and the typographic marks English text is full of (curly quotes, dashes, bullets,
stars), which are neither letters, digits nor spaces and have no case.

The two engines' syntaxes look alike but differ in meaning in places: Python's `\\s` also
matches the ASCII separators \\x1c-\\x1f, and its IGNORECASE folds characters Hyperscan leaves
alone (the Turkish dotless "ı" of a pattern matches "I" and "i"). So the expression is not
copied but rebuilt from sre's own parse of the pattern, and every character item (a literal, a
class, a category, ".") becomes the explicit set of plain characters it matches, found by
asking sre itself, character by character, under the pattern's flags; a mark is written as its
UTF-8 bytes, so a match never takes part of a character. What is left is structure both engines
read alike: sequence, alternation, bounded and unbounded repeats, "^", "$" and word boundaries
(\\b is defined by \\w, which is the same on plain text: the marks are no word characters for
either engine).

Whether a text matches does not depend on how an engine searches: sre backtracks until it has
tried every way, Hyperscan runs an automaton, and both answer whether some prefix of the text
(for an anchored pattern) is in the pattern's language. Laziness (`*?`) changes which match sre
returns, never whether there is one. Constructs outside regular languages (look-arounds,
back-references, possessive and atomic groups) are refused.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as sre  # sre's own parser: stable within a Python version
from re import _parser as sre_parse

from newsdesk.extract.text.prefixes import class_source

# The marks besides ASCII that a plain text may hold: the commonest in the aeb dumps' lines.
MARKS = "’‘“”–—…«»•·☆★©®™°€£━─▪◦○●■‣□"
# The characters a plain line can hold: ASCII but the newline that ends it, and the marks.
# Leaving "\n" out of every set changes nothing for a line, and lets a scan of many lines
# joined by newlines match within each line only.
_PLAIN = tuple(chr(i) for i in range(128) if chr(i) != "\n") + tuple(MARKS)
# Whether a text is plain: no character outside ASCII and the marks. A character outside them
# (NOT_PLAIN); a text of them alone (PLAIN_TEXT: a possessive run of the class matched whole,
# which sre steps through faster than it searches for the complement, and which gives up at
# the first other character).
_PLAIN_CLASS = "\x00-\x7f" + MARKS
NOT_PLAIN = re.compile("[^" + _PLAIN_CLASS + "]")
PLAIN_TEXT = re.compile("[" + _PLAIN_CLASS + "]*+")


def is_plain(text: str) -> bool:
    return text.isascii() or PLAIN_TEXT.fullmatch(text) is not None


def _check_marks() -> None:
    """The marks must be what the module relies on: no word character, no space, no case."""
    for mark in MARKS:
        if re.match(r"[\w\s]", mark) or mark.lower() != mark or mark.upper() != mark:
            raise ValueError(f"{mark!r} cannot be a plain mark")
        if any(re.fullmatch(re.escape(mark), ch, re.I) for ch in _PLAIN if ch != mark):
            raise ValueError(f"{mark!r} folds to another character")


_check_marks()
_AT = {
    sre.AT_BEGINNING: b"^", sre.AT_BEGINNING_STRING: b"^", sre.AT_END: b"$",
    sre.AT_BOUNDARY: rb"\b", sre.AT_NON_BOUNDARY: rb"\B",
}  # fmt: skip


class Untranslatable(ValueError):
    """The pattern uses a construct Hyperscan cannot match as sre does."""


def _bytes(ch: str) -> bytes:
    return b"".join(b"\\x%02x" % byte for byte in ch.encode())


@lru_cache(maxsize=4096)
def _plain_set(source: str, flags: int) -> bytes | None:
    """The one-character regex `source` as the plain characters sre matches with it (None:
    none): a class of ASCII bytes, or'ed with each mark's UTF-8 bytes."""
    item = re.compile(source, flags)
    found = [ch for ch in _PLAIN if item.fullmatch(ch)]
    ascii_bytes = [_bytes(ch) for ch in found if ch.isascii()]
    parts = [b"[" + b"".join(ascii_bytes) + b"]"] if len(ascii_bytes) > 1 else ascii_bytes
    parts += [_bytes(ch) for ch in found if not ch.isascii()]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else b"(?:" + b"|".join(parts) + b")"


# Items and sequences are None where they can match no plain text (a word in another script):
# such branches are left out, which keeps the automaton small (and quick to build).
def _item(op: object, av: object, flags: int) -> bytes | None:
    """One parsed item as Hyperscan source."""
    case = flags & re.I
    if op is sre.LITERAL:
        return _plain_set(re.escape(chr(av)), case)
    if op is sre.NOT_LITERAL:
        return _plain_set(f"[^{re.escape(chr(av))}]", case)
    if op is sre.ANY:
        return _plain_set(".", flags & (re.I | re.S))
    if op is sre.IN:
        source = class_source(av)
        if source is None:
            raise Untranslatable(f"class {av!r}")
        return _plain_set(source, case)
    if op is sre.AT:
        if av not in _AT:
            raise Untranslatable(f"anchor {av!r}")
        return _AT[av]
    if op is sre.SUBPATTERN:
        _group, add, remove, sub = av
        inner = _sequence(sub, (flags | add) & ~remove)
        return None if inner is None else b"(?:" + inner + b")"
    if op is sre.BRANCH:
        branches = [b for b in (_sequence(branch, flags) for branch in av[1]) if b is not None]
        return b"(?:" + b"|".join(branches) + b")" if branches else None
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):  # lazy or greedy: the same texts match
        low, high, sub = av
        inner = _sequence(sub, flags)
        if inner is None:
            return None if low else b""  # zero times is all it can match
        bound = b"%d," % low if high is sre.MAXREPEAT else b"%d,%d" % (low, high)
        return b"(?:" + inner + b"){" + bound + b"}"
    raise Untranslatable(f"{op}")


def _sequence(items: object, flags: int) -> bytes | None:
    parts = []
    for op, av in items:
        part = _item(op, av, flags)
        if part is None:
            return None
        parts.append(part)
    return b"".join(parts)


def hyperscan_source(pattern: re.Pattern[str]) -> bytes | None:
    """`pattern` as a Hyperscan expression (no flags needed) matching the same plain texts;
    None if no plain text matches it."""
    if pattern.flags & re.M:
        raise Untranslatable("MULTILINE")
    return _sequence(sre_parse.parse(pattern.pattern, pattern.flags), pattern.flags)
