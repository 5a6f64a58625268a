"""A Python pattern rewritten as a Hyperscan expression that matches exactly the same ASCII
texts (see scan.py, which runs a dozen of them over a line in one pass).

The two engines' syntaxes look alike but differ in meaning in places: Python's `\\s` also
matches the ASCII separators \\x1c-\\x1f, and its IGNORECASE folds characters Hyperscan leaves
alone (the Turkish dotless "ı" of a pattern matches "I" and "i"). So the expression is not
copied but rebuilt from sre's own parse of the pattern, and every character item (a literal, a
class, a category, ".") becomes the explicit set of ASCII bytes it matches, found by asking sre
itself, character by character, under the pattern's flags. What is left is structure both
engines read alike: sequence, alternation, bounded and unbounded repeats, "^", "$" and word
boundaries (\\b is defined by \\w, which is the same on ASCII text).

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

# The characters a line can hold: every ASCII character but the newline that ends it. Leaving
# "\n" out of every set changes nothing for a line, and lets a scan of many lines joined by
# newlines match within each line only.
_ASCII = tuple(chr(i) for i in range(128) if chr(i) != "\n")
_AT = {
    sre.AT_BEGINNING: b"^", sre.AT_BEGINNING_STRING: b"^", sre.AT_END: b"$",
    sre.AT_BOUNDARY: rb"\b", sre.AT_NON_BOUNDARY: rb"\B",
}  # fmt: skip


class Untranslatable(ValueError):
    """The pattern uses a construct Hyperscan cannot match as sre does."""


@lru_cache(maxsize=4096)
def _ascii_set(source: str, flags: int) -> bytes | None:
    """The one-character regex `source` as the ASCII bytes sre matches with it (None: none)."""
    item = re.compile(source, flags)
    found = [b"\\x%02x" % ord(ch) for ch in _ASCII if item.fullmatch(ch)]
    if not found:
        return None
    return found[0] if len(found) == 1 else b"[" + b"".join(found) + b"]"


# Items and sequences are None where they can match no ASCII text (a word in another script):
# such branches are left out, which keeps the automaton small (and quick to build).
def _item(op: object, av: object, flags: int) -> bytes | None:
    """One parsed item as Hyperscan source."""
    case = flags & re.I
    if op is sre.LITERAL:
        return _ascii_set(re.escape(chr(av)), case)
    if op is sre.NOT_LITERAL:
        return _ascii_set(f"[^{re.escape(chr(av))}]", case)
    if op is sre.ANY:
        return _ascii_set(".", flags & (re.I | re.S))
    if op is sre.IN:
        source = class_source(av)
        if source is None:
            raise Untranslatable(f"class {av!r}")
        return _ascii_set(source, case)
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
    """`pattern` as a Hyperscan expression (no flags needed) matching the same ASCII texts;
    None if no ASCII text matches it."""
    if pattern.flags & re.M:
        raise Untranslatable("MULTILINE")
    return _sequence(sre_parse.parse(pattern.pattern, pattern.flags), pattern.flags)
