"""Unwrapping a converter's wrapped lines: the width a text dump was wrapped at (the page's, or
an indented block's own), and its physical lines joined back where the wrapper broke them.

A terminal converter (w3m, lynx, elinks) breaks a paragraph at its width; the reader wants the
paragraph. A line continues on the next one when the next line's first word would not have
fitted on it; where a sentence also ends there, the break is ambiguous and the line is kept
apart, marked with SOFT_BREAK. Joins are marked WRAP_JOIN. lines.py (normalise) calls this
before reading each line's shape.
"""

from __future__ import annotations

import heapq
import re
from itertools import pairwise
from typing import Final

_BULLET: Final = re.compile(r"^([•*□+\-▪◦·○●■‣–]|\d{1,2}[.)])\s+")
_BARE_BULLET: Final = re.compile(r"^[•*□+\-▪◦·○●■‣–]$")


# Marks a line that may continue the one before (see _unwrap); never part of the text.
SOFT_BREAK: Final = "\x00"
# Where _unwrap joined two physical lines; becomes a space, its offset kept in Line.joins.
WRAP_JOIN: Final = "\x01"


# Characters a terminal converter (w3m) gives two columns: East Asian wide and fullwidth forms.
_WIDE: Final = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]"
)


# Bytes the dump's decoder could not read, one U+FFFD each: most likely one character the
# converter wrote in another encoding, a column or two in its width however many bytes it took.
_UNREADABLE_RUN: Final = re.compile("\ufffd{2,}")
# A rule drawn across the page ("━━━━" w3m, "════" elinks, "-----" and "____" lynx): converters
# print <hr> so (shapes marks such a line RULED).
RULE: Final = re.compile(r"^[━═─—–\-_=*~•·.]{5,}$")


def _columns(s: str) -> int:
    """Columns the line takes in a terminal, as a wrapping converter counts them."""
    if s.isascii():
        return len(s)
    if "\ufffd" in s:
        s = _UNREADABLE_RUN.sub("\ufffd", s)
    return len(s) + len(_WIDE.findall(s))


def _may_wrap(stripped: str) -> bool:
    """A line a wrapper could have broken: a space within it, and not an address or one of the
    converter's own entries of its list of links ("12. https://..."), which it never wraps. A
    link, a file name or a run of numbered links glued together ("[39]Ports[40]Weather")
    overruns any width and says nothing of it."""
    return " " in stripped and not _ADDRESS_LINE.match(stripped)


# An address opening a line, alone or as a numbered entry ("12. https://...", elinks's address
# of a titled entry, which keeps the spaces of the address's query: "...&t=Port closes").
_ADDRESS_LINE: Final = re.compile(r"(?:\d+\.\s+)?(?:[a-z][a-z0-9+.-]*://|mailto:|javascript:)")


def _edges(lengths: list[int]) -> list[int]:
    """Columns where several long lines end close together (2 within 4 columns, 3 within 7),
    greatest first, 15 or more apart: the candidates for a wrapper's width. A greedy wrapper
    ends its lines within a word of the width; an unbreakable word (a link, a table row)
    overruns it on a line or two, which must not be taken for the width."""
    ordered = sorted(lengths, reverse=True)
    edges: list[int] = []
    for i in range(len(ordered) - 2):
        n = ordered[i]
        if (
            ordered[i + 1] >= n - 3
            and ordered[i + 2] >= n - 6
            and (not edges or n < edges[-1] - 15)
        ):
            edges.append(n)
            if len(edges) == 3:
                break
    return edges


def _runs_long(line: str) -> bool:
    """A line of prose longer than any wrapper's width: a paragraph left unwrapped."""
    stripped = line.strip()
    return (
        len(stripped) > 160
        and stripped.count(" ") * 16 >= len(stripped)
        and ("\ufffd" not in stripped)
        # A share link's address keeps the spaces of its text ("...tweet/?url=...&text=Title,
        # by Name"): no paragraph, and no wrapper breaks it (see _may_wrap).
        and _ADDRESS_LINE.match(stripped) is None
    )


def _one_of_longest_runs_long(raw: list[str]) -> bool:
    """Whether one of the eight longest lines runs long. Only a line over 160 characters can:
    the eight are looked for among those, not by heapq's Python loop over every line."""
    return any(map(_runs_long, heapq.nlargest(8, [s for s in raw if len(s) > 160], key=len)))


def _longest(raw: list[str]) -> str:
    """max(raw, key=len) of lines there are, the first of the longest: compiled, a loop asks no
    function for each line's length."""
    longest = raw[0]
    for s in raw:
        if len(s) > len(longest):
            longest = s
    return longest


def _wrap_width(raw: list[str]) -> int | None:
    """The column a wrapping converter broke lines at, or None if lines were not wrapped (or
    there are none: a dump of nothing but a renderer's list of links)."""
    if not raw:
        return None
    # A paragraph runs long: the answer below, without stripping every line (most dumps are
    # unwrapped). A long line with few spaces (links glued together, an address) may be one a
    # wrapper could not break: then the next longest lines are asked.
    longest = _longest(raw).strip()
    if len(longest) > 160 and (_runs_long(longest) or _one_of_longest_runs_long(raw)):
        return None
    lengths = [
        _columns(s.rstrip()) for s in raw if len(stripped := s.strip()) > 20 and _may_wrap(stripped)
    ]
    if len(lengths) < 8:
        return None
    for edge in _edges(lengths):
        if edge > 160:
            return None  # unwrapped paragraphs run long
        limit = max(3, len(lengths) // 30)
        if sum(1 for n in lengths if n > edge) > limit and _breakable_overruns(raw, edge) > limit:
            return None  # too many lines overrun it: no width was imposed
        width = _body_width(raw, edge)
        near = sum(1 for n in lengths if edge - 15 <= n <= edge)
        if near >= len(lengths) * 0.3:
            return width
        # A story among many short lines (menus, links) has few lines near the width; most of
        # its wrapped lines still run on, each into a line whose first word would not have fitted.
        for limit in (edge, width) if width != edge else (edge,):
            runs, candidates = _runs_on(raw, limit)
            if runs >= 3 and runs >= 0.5 * candidates:
                return width
    return None


def _breakable_overruns(raw: list[str], edge: int) -> int:
    """Lines running past `edge` that a wrapper at `edge` would have broken: a space after the
    indent where the line could end by it. A run of links glued without spaces ("[39]Ports
    [40]Weather" as elinks and lynx number them) is one word no wrapper breaks."""
    count = 0
    for s in raw:
        line = s.rstrip()
        if _columns(line) <= edge:
            continue
        indent = len(line) - len(line.lstrip())
        cut = line.find(" ", indent)
        if cut > 0 and _columns(line[:cut]) <= edge and not _ADDRESS_LINE.match(line, indent):
            count += 1
    return count


def _body_width(raw: list[str], width: int) -> int:
    """The width the body was wrapped at, short of the edge found when blocks at the left
    edge got a wider margin (lynx: paragraphs indented 3 end by column 74, headings at the left
    edge by 79). When the indent most lines near the edge share is not the left edge, the edge
    of the lines with that indent is the width."""
    near: dict[int, list[int]] = {}
    for s in raw:
        stripped = s.strip()
        if len(stripped) <= 20:
            continue
        size = _columns(s.rstrip())
        if width - 15 <= size <= width:
            near.setdefault(len(s) - len(s.lstrip()), []).append(size)
    indent, sizes = max(near.items(), key=lambda item: len(item[1]))
    if indent == 0:
        return width
    for edge in _edges(sizes):
        if edge <= width:
            return edge
    return width


def _runs_on(raw: list[str], width: int) -> tuple[int, int]:
    """Of the lines near `width` (six words or more) that another line follows, how many end
    mid-sentence and run on into a next line whose first word would not have fitted on them
    (a wrapper's breaks); and how many such lines there are."""
    runs = candidates = 0
    for line, after in pairwise(raw):
        following = after.strip()
        if not following or _BULLET.match(following):
            continue
        size = _columns(line.rstrip())
        if size < width - 15 or size > width or len(line.split()) < 6:
            continue
        candidates += 1
        if _ends_sentence(line.rstrip()):
            continue
        if size + 1 + _columns(following.split(" ", 1)[0]) > width:
            runs += 1
    return runs, candidates


# A sentence's end: a stop, then closers only (quotes, brackets); or a closing bracket.
_CLOSERS: Final = "'\"”’)"


def _ends_sentence(text: str) -> bool:
    """Whether a stripped text ends as a sentence does, read off its last letters (a pattern
    anchored at its end was searched for from every stop of a long paragraph on)."""
    rest = text.rstrip(_CLOSERS)
    return (rest != "" and rest[-1] in ".!?…:") or text.endswith(")")


_STARTS_SENTENCE: Final = re.compile(r"^['\"“‘]*[A-Z0-9]")
# What may open a sentence before its first letter: quotes, brackets ("[City=Agency] ...").
_OPENERS: Final = "'\"“‘«„「『[("
# A sentence's end, or a closing bracket's, but not a colon: a sentence runs on after one.
_ENDS_NO_COLON: Final = re.compile(r"[.!?…)]['\"”’)]*$")


def _opens_sentence(before: str, text: str) -> bool:
    """Whether `text` may open a sentence after `before` (which ends like one): a capital or a
    digit first (after any quotes or brackets); or, unless a colon ends `before`, a letter of
    a script without case (Korean, Arabic, Persian, Hebrew), where any word may open one."""
    if _STARTS_SENTENCE.match(text):
        return True
    first = text.lstrip(_OPENERS)[:1]
    if not first.isalpha() or first.isascii() or first.islower() or first.isupper():
        return False
    return _ENDS_NO_COLON.search(before) is not None


def _indent_widths(raw: list[str], width: int) -> dict[int, int]:
    """Each indentation's own width where its lines show one short of the page's: converters
    give blocks their margins on both sides (elinks: a story indented 3 ends by column 77,
    headline links indented 2 by 80), and a line of a block ending a few columns short of
    the page's width may still have been broken there."""
    near: dict[int, list[int]] = {}
    short: dict[int, list[int]] = {}  # lines ending far short of the width
    for s in raw:
        stripped = s.strip()
        if len(stripped) <= 20 or not _may_wrap(stripped):
            continue
        size = _columns(s.rstrip())
        if width - 15 <= size <= width:
            near.setdefault(len(s) - len(s.lstrip()), []).append(size)
        elif size < width - 15:
            short.setdefault(len(s) - len(s.lstrip()), []).append(size)
    widths: dict[int, int] = {}
    for indent, sizes in near.items():
        if len(sizes) < 6:
            continue
        edges = _edges(sizes)
        if edges and edges[0] < width:
            _add_width(widths, raw, indent, edges[0])
    # A block far narrower than the page (a story in a table's cell, wrapped at 45 columns on
    # a page 76 wide): most of its lines, 20 or more, end within 15 columns of its edge.
    for indent, sizes in short.items():
        if len(sizes) < 20 or indent in widths or len(near.get(indent, ())) * 4 > len(sizes):
            continue
        edges = _edges(sizes)
        if edges and sum(1 for n in sizes if n >= edges[0] - 15) >= 0.6 * len(sizes):
            _add_width(widths, raw, indent, edges[0])
    return widths


def _add_width(widths: dict[int, int], raw: list[str], indent: int, edge: int) -> None:
    """`edge` is the width of the lines indented `indent` if, as for the page's width, most of
    the block's lines near it run on into a next line whose first word would not have fitted
    (a heading or a list item a few columns short of the width, followed by a blank line,
    does not)."""
    runs, candidates = _runs_on(
        [s for s in raw if not s.strip() or len(s) - len(s.lstrip()) == indent], edge
    )
    if runs >= 3 and runs >= 0.5 * candidates:
        widths[indent] = edge


# Letters of scripts written without spaces (Chinese, Japanese, their wide punctuation): a
# wrapper cuts a run of them at any column, so a line of them continues on the next whenever
# one more letter would not have fitted, and the pieces rejoin without a space.
_RUN_LETTER: Final = re.compile("[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
# Korean is written with spaces; w3m and elinks still cut its words at any column, lynx only
# at the spaces (see _cuts_hangul).
_HANGUL: Final = re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]")
# What closes a word with no space before it: a cut just before it was made within the word.
_CLOSES_WORD: Final = frozenset("”’」』）)、。，．,.!?:;")


def _cuts_hangul(raw: list[str], width: int, widths: dict[int, int]) -> bool:
    """Whether the converter cut Korean words anywhere, as it cuts Chinese: its lines ending
    in a Hangul letter that another Hangul line follows end within a letter of the width (two
    columns), nearly all of them. A converter breaking at spaces ends them a word short, by
    however long the next word is. Asked of the indentation holding the most such lines: a
    list or a box beside the story, indented apart, may be wrapped at a narrower width of its
    own (elinks)."""
    near: dict[int, int] = {}
    total: dict[int, int] = {}
    for line, after in pairwise(raw):
        end = line.rstrip()
        following = after.lstrip()
        if not end or not following or end[-1].isascii() or not _HANGUL.match(end[-1]):
            continue
        if not _HANGUL.match(following):
            continue
        indent = len(line) - len(line.lstrip())
        limit = widths.get(indent, width)
        size = _columns(end)
        if size < limit - 15:
            continue  # a line ending short of the width: not wrapped at all
        total[indent] = total.get(indent, 0) + 1
        near[indent] = near.get(indent, 0) + (size >= limit - 2)
    if not total:
        return False
    indent = max(total, key=lambda k: total[k])
    return total[indent] >= 3 and near[indent] >= 0.8 * total[indent]


def _unwrap(raw: list[str], width: int) -> list[str]:
    """Join lines a greedy wrapper broke: a line continues on the next one when the next line's
    first word would not have fitted on it (by the width of the line's indentation, if it
    has one of its own). Where a sentence also ends there, the break is ambiguous; such lines
    stay apart, marked with a leading SOFT_BREAK, for later stages. A run of letters of an
    unspaced script (or Korean, from a converter cutting its words) continued from one line on
    the next joins without a space: the wrapper cut it anywhere."""
    widths = _indent_widths(raw, width)
    out: list[str] = []
    previous = ""
    limit = width
    hangul: bool | None = None  # whether Korean words were cut anywhere, once asked
    for s in raw:
        stripped = s.strip()
        prev = previous.strip()
        first_word = stripped.split(" ", 1)[0] if stripped else ""
        overflow = (
            prev
            and stripped
            and (not _BULLET.match(stripped) or _number_runs_on(prev, stripped))
            and not _BARE_BULLET.match(prev)
            and stripped != prev
            and _columns(previous.rstrip()) + 1 + _columns(first_word) > limit
            and not RULE.match(stripped)  # never a wrapped line's piece, though as long
            and not RULE.match(prev)
        )
        if overflow and _ends_sentence(prev) and _opens_sentence(prev, stripped):
            out.append(SOFT_BREAK + s)
        elif overflow and out:
            glue = WRAP_JOIN
            if not stripped[0].isascii() or stripped[0] in _CLOSES_WORD:
                if hangul is None and _HANGUL.match(stripped):
                    hangul = _cuts_hangul(raw, width, widths)
                if _cut_within_word(prev, stripped, bool(hangul)) and not _room_left(
                    previous, stripped, limit
                ):
                    glue = ""
            out[-1] = out[-1].rstrip() + glue + stripped
        else:
            out.append(s)
        previous = s
        if widths:
            limit = widths.get(len(s) - len(s.lstrip()), width)
    return out


# A number with a stop opening a line: a list item's, or a day's or an ordinal's ("am
# 10. Dezember", "zum 30. Mal", "v úterý 4. února") that a wrapper put at a line's start.
_DAY_STOP: Final = re.compile(r"\d{1,2}\.\s")


def _number_runs_on(prev: str, stripped: str) -> bool:
    """Whether a line opening with a number and a stop ("10. Dezember ...") continues the
    sentence of the line before rather than opening a list item: that line stops mid-sentence,
    on a small letter, and is no list item itself."""
    return (
        prev[-1].islower() and _DAY_STOP.match(stripped) is not None and _BULLET.match(prev) is None
    )


def _unwrap_blocks(raw: list[str]) -> tuple[list[str], bool]:
    """Join the lines of narrow blocks a wrapper broke that the page's width left apart (a
    story in a table's cell, too few lines to show a width of their own), and whether any
    were: see _unwrap_block. Only a block with a line opening with a small letter is asked;
    the dump comes back as it came (no copy of it made) when none is."""
    asked: list[tuple[int, int, list[str]]] = []  # (start, end, the block as _unwrap_block left it)
    joined = False
    i = 0
    count = len(raw)
    while i < count:
        s = raw[i]
        end = i + 1
        lower = False
        if s and not s.isspace():
            indent = _indent(s)
            while end < count:
                t = raw[end]
                # A line of the block: `indent` spaces, then no space (so not blank), as
                # _indent(t) == indent says, asked in place without a stripped copy of t.
                if len(t) <= indent:
                    break
                first = t[indent]  # its first letter, as _lower_first asks
                if first.isspace() or (indent and not t[:indent].isspace()):
                    break
                lower = lower or first.islower()
                end += 1
        if lower:
            block = _unwrap_block(raw[i:end])
            joined = joined or len(block) < end - i
            asked.append((i, end, block))
        i = end
    if not asked:
        return raw, joined
    out: list[str] = []
    done = 0
    for start, end, block in asked:
        out += raw[done:start]
        out += block
        done = end
    out += raw[done:]
    return out, joined


def _indent(s: str) -> int:
    # Most lines open with no space: no stripped copy made of them.
    return len(s) - len(s.lstrip()) if s[:1].isspace() else 0


def _lower_first(s: str) -> bool:
    """Whether a raw line opens with a small letter (a sentence running on)."""
    first = s[:1]
    if first.isspace():
        first = s.lstrip()[:1]
    return first.islower()


# The fewest columns of text a wrapped line of a block holds: narrower, two short lines
# ("by Ann Example March 6, 2025" over "written by Ann Example") only seem to run on.
_MIN_WRAPPED: Final = 40


def _unwrap_block(block: list[str]) -> list[str]:
    """One block of lines at one indentation, joined where a greedy wrapper broke it: every
    line but the last holds five words or more (_MIN_WRAPPED columns) and is one the next
    line's first word would not have fitted on, at the block's widest line, and one of the
    next lines at least opens with a small letter after a line that ends mid-sentence (a
    wrap for sure). As in _unwrap, a sentence's end before one that opens like a sentence is
    kept apart, a soft break."""
    if any(WRAP_JOIN in s or s.startswith(SOFT_BREAK) for s in block):
        return block
    sizes = [_columns(s.rstrip()) for s in block]
    width = max(sizes)
    sure = False
    for k in range(len(block) - 1):
        first_word = block[k + 1].lstrip().split(" ", 1)[0]
        short = len(block[k].split()) < 5 or sizes[k] - _indent(block[k]) < _MIN_WRAPPED
        if short or sizes[k] + 1 + _columns(first_word) <= width:
            return block
        if _lower_first(block[k + 1]) and not _ends_sentence(block[k].rstrip()):
            sure = True
    if not sure:
        return block
    out = [block[0]]
    # The line so far ends as the last raw line put in it does: only its end is asked (both
    # patterns are anchored there and stop at a space, WRAP_JOIN or SOFT_BREAK), so the raw
    # line stands for it, not a stripped copy of a joined paragraph searched from its start.
    prev = block[0].strip()
    for s in block[1:]:
        stripped = s.strip()
        if _ends_sentence(prev) and _opens_sentence(prev, stripped):
            out.append(SOFT_BREAK + s)
        else:
            out[-1] = out[-1].rstrip() + WRAP_JOIN + stripped
        prev = stripped
    return out


def _room_left(line: str, after: str, limit: int) -> bool:
    """Whether the Korean letter opening `after` (with the marks closing its word after it,
    which a wrapper keeps with it) would still have fitted on `line`: then the wrapper did
    not cut a word there but broke at a space (w3m and elinks cut Korean words only where the
    next letter would run past the width)."""
    text = line.rstrip()
    if not text or not _HANGUL.match(text[-1]) or not _HANGUL.match(after):
        return False
    end = 1
    while end < len(after) and after[end] in _CLOSES_WORD:
        end += 1
    return _columns(text) + _columns(after[:end]) <= limit


def _cut_within_word(before: str, after: str, hangul: bool) -> bool:
    """Whether the wrapper cut a word where the line `before` ends and `after` begins: within
    a run of an unspaced script's letters, within a Korean word if the converter cuts those
    (`hangul`), or just before the closing mark of a word in either."""
    last = before[-1]
    if last.isascii():
        return False
    first = after[0]
    if _RUN_LETTER.match(last):
        return first in _CLOSES_WORD or _RUN_LETTER.match(first) is not None
    if hangul and _HANGUL.match(last):
        return first in _CLOSES_WORD or _HANGUL.match(first) is not None
    return False
