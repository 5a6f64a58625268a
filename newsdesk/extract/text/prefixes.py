"""How a text must begin for any of a set of anchored patterns to match it: a gate in front of
the patterns, worked out from the patterns themselves.

line_marks.marks matches a dozen anchored patterns against every distinct line, and nearly every
line matches none; sre takes 2-3 us to say so, most of it on short lines. A line whose first
three characters (lower-cased) no pattern can begin with is answered by one set look-up.

The gate must never turn away a text a pattern matches, so it is derived, not written: the
patterns are parsed (sre's own parser) and every path through them is followed for its first
characters, each position's characters found by asking sre itself which ASCII characters the
item matches (so case folding is sre's, including its IGNORECASE equivalences). Whatever the
walk does not model (a back-reference, a possessive group, the end of the text) counts as "may
go on with anything", which only lets more texts through. A head with a non-ASCII character, or
shorter than three characters, always goes through.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import product
from re import _constants as sre  # sre's own parser: stable within a Python version
from re import _parser as sre_parse

SIZE = 3
# Every character a lower-cased ASCII head can hold.
_LOWERED = tuple(sorted({chr(i).lower() for i in range(128)}))
# A position allowing more characters than this is treated as "anything" (keeps the sets small).
_WIDE = 40
_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W",
}  # fmt: skip
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
# Zero-width items that only narrow a match: passing over them lets more texts through.
_NARROWING_AT = (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING, sre.AT_BOUNDARY, sre.AT_NON_BOUNDARY)

# A path: the set of (lower-cased) characters allowed at each position so far, and whether the
# text may go on with anything after them.
Path = tuple[tuple[frozenset[str], ...], bool]


@lru_cache(maxsize=4096)
def _matching(source: str, flags: int) -> frozenset[str] | None:
    """The lower-cased ASCII characters the one-character regex `source` matches, as sre
    matches them; None if that is too many to be worth telling apart."""
    item = re.compile(source, flags)
    found = frozenset(chr(i).lower() for i in range(128) if item.fullmatch(chr(i)))
    return None if len(found) > _WIDE else found


def class_source(items: list[tuple[object, object]]) -> str | None:
    """A character class's source from its parsed items; None for what is not modelled."""
    parts, negate = [], False
    for op, av in items:
        if op is sre.NEGATE:
            negate = True
        elif op is sre.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is sre.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is sre.CATEGORY and av in _CATEGORIES:
            parts.append(_CATEGORIES[av])
        else:
            return None
    return "[" + ("^" if negate else "") + "".join(parts) + "]"


def _one_char(op: object, av: object, flags: int) -> frozenset[str] | None:
    """What one character item allows at its position; None for anything."""
    if op is sre.LITERAL:
        return _matching(re.escape(chr(av)), flags & re.I)
    if op is sre.IN:
        source = class_source(av)
        return None if source is None else _matching(source, flags & re.I)
    return None  # ANY, NOT_LITERAL: (nearly) anything


def _walk(items: Iterable[tuple[object, object]], flags: int, paths: list[Path]) -> list[Path]:
    """Every path extended through a sequence of parsed items."""
    for op, av in items:
        extended: list[Path] = []
        for path in paths:
            heads, anything_after = path
            if anything_after or len(heads) >= SIZE:
                extended.append((heads, True))
            else:
                extended += _step(op, av, flags, heads)
        paths = extended
    return paths


def _step(op: object, av: object, flags: int, heads: tuple[frozenset[str], ...]) -> list[Path]:
    if op in (sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN):
        allowed = _one_char(op, av, flags)
        if allowed is None:
            return [(heads, True)]
        return [((*heads, allowed), False)] if allowed else []  # no ASCII character: no path
    if op is sre.AT:
        # "^" and word boundaries narrow; the end of the text (before a final newline too)
        # ends the path, which the gate takes as "anything may follow".
        return [(heads, av not in _NARROWING_AT)]
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return [(heads, False)]  # a look-around narrows
    if op is sre.SUBPATTERN:
        _group, add, remove, sub = av
        return _walk(sub, (flags | add) & ~remove, [(heads, False)])
    if op is sre.BRANCH:
        return [path for branch in av[1] for path in _walk(branch, flags, [(heads, False)])]
    if op in _REPEATS:
        low, high, sub = av
        found: list[Path] = []
        paths: list[Path] = [(heads, False)]
        for count in range(min(high, SIZE) + 1):
            if count >= low:
                found += paths
            paths = _walk(sub, flags, paths)
        if high > SIZE:  # more repeats than the head holds: whatever they bring, let it through
            found += [(path_heads, True) for path_heads, _ in paths]
        return found
    return [(heads, True)]  # not modelled (back-references, atomic groups ...): anything


class PrefixGate:
    """`may_match(text)` is False only for texts none of the patterns can match."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        heads: set[str] = set()
        self.always = False
        for pattern in patterns:
            tree = sre_parse.parse(pattern.pattern, pattern.flags)
            for allowed, _anything_after in _walk(tree, pattern.flags, [((), False)]):
                if not allowed:
                    self.always = True  # a pattern that may begin with anything
                    continue
                # Too short for a full head: whatever follows, let it through.
                allowed += (frozenset(_LOWERED),) * (SIZE - len(allowed))
                heads.update(map("".join, product(*allowed)))
        self.heads = frozenset(heads)

    def may_match(self, text: str) -> bool:
        head = text[:SIZE]
        return self.always or len(head) < SIZE or not head.isascii() or head.lower() in self.heads


# The first character of a match, ASCII or not: for a text whose head PrefixGate lets through
# for being beyond ASCII (a line in another script, one opening with a dash or a star).
# (source, flags) of a one-character item; flags as the item is read (IGNORECASE, ASCII).
FirstItem = tuple[str, int]
_ITEM_FLAGS = re.I | re.A


def _firsts(
    items: Iterable[tuple[object, object]], flags: int
) -> tuple[list[FirstItem], bool] | None:
    """The one-character items a match through a sequence of parsed items can begin with, and
    whether it can pass them all without taking a character; None for anything."""
    found: list[FirstItem] = []
    for op, av in items:
        if op is sre.LITERAL or op is sre.IN:
            source = re.escape(chr(av)) if op is sre.LITERAL else class_source(av)
            if source is None:
                return None
            found.append((source, flags & _ITEM_FLAGS))
            return found, False
        if (op is sre.AT and av in _NARROWING_AT) or op in (sre.ASSERT, sre.ASSERT_NOT):
            continue  # narrows, takes no character
        if op is sre.SUBPATTERN:
            _group, add, remove, sub = av
            inner = _firsts(sub, (flags | add) & ~remove)
        elif op is sre.BRANCH:
            branches = [_firsts(branch, flags) for branch in av[1]]
            if any(branch is None for branch in branches):
                return None
            inner = (
                [item for branch in branches if branch for item in branch[0]],
                any(branch[1] for branch in branches if branch),
            )
        elif op in _REPEATS:
            low, _high, sub = av
            inner = _firsts(sub, flags)
            if inner is not None and low == 0:
                inner = (inner[0], True)
        else:
            return None  # ANY, NOT_LITERAL, the text's end, what is not modelled: anything
        if inner is None:
            return None
        found += inner[0]
        if not inner[1]:
            return found, False
    return found, True


def first_items(pattern: re.Pattern[str]) -> list[FirstItem] | None:
    """The one-character items any match of the pattern (at a text's start) begins with; None
    where it may begin with anything, or take no character at all."""
    if pattern.flags & ~(re.I | re.U):
        return None  # (flags this walk does not model)
    found = _firsts(sre_parse.parse(pattern.pattern, pattern.flags), pattern.flags)
    return None if found is None or found[1] else found[0]


def first_char_pattern(items: Iterable[FirstItem]) -> re.Pattern[str]:
    """One pattern matching a text whose first character one of the items matches. Items read
    alike are one alternation, which sre's parser makes one character class."""
    alike: dict[int, list[str]] = {}
    for source, flags in items:
        alike.setdefault(flags, []).append(source)
    groups = []
    for flags, sources in alike.items():
        letters = ("i" if flags & re.I else "") + ("a" if flags & re.A else "")
        joined = "|".join(dict.fromkeys(sources))
        groups.append(f"(?{letters}:{joined})" if letters else f"(?:{joined})")
    return re.compile("|".join(groups) or "(?!)")
