"""The width a terminal converter wrapped a text dump at: the page's (`wrap_width`), and an
indented block's own where it is narrower (`indent_widths`); unwrap.py joins the lines back at
those widths.

A greedy wrapper ends its lines within a word of its width, so a width shows as a column where
many long lines end together and their lines run on into a next line whose first word would not
have fitted. A dump left unwrapped shows none: its paragraphs run longer than any width.
Lines are measured in a terminal's columns (`columns`: East Asian wide letters take two). A
combining mark takes one as lynx counts, none as w3m does: where the page holds such marks, the
measure its lines' ends agree on is the converter's (`measured_width`).
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from itertools import pairwise
from typing import Final

# A list item's bullet or number opening a line: no wrapped line's piece (its own item).
BULLET: Final = re.compile(r"^([•*□+\-▪◦·○●■‣–]|\d{1,2}[.)])\s+")


# Characters a terminal converter (w3m) gives two columns: East Asian wide and fullwidth forms.
_WIDE: Final = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]"
)

# A line without one: a possessive run of the other characters, matched whole (sre steps
# through a run faster than it searches for a class; a wide letter stops it at once). Written
# as the ranges between _WIDE's, the commonest first and one beyond the Basic Multilingual
# Plane: sre then tests a character against the ranges in turn (most letters: the first)
# instead of through its table of the plane's blocks, a quarter cheaper a character.
_NO_WIDE: Final = re.compile(
    "[\x00-\u10ff\u1160-\u2e7f\u303f-\u3040\u4dc0-\u4dff\ua4d0-\uabff\ud7a4-\uf8ff"
    "\ufb00-\ufe2f\ufe50-\ufeff\uff61-\uffdf\uffe7-\U0010ffff]*+"
)

# Bytes the dump's decoder could not read, one U+FFFD each: most likely one character the
# converter wrote in another encoding, a column or two in its width however many bytes it took.
_UNREADABLE_RUN: Final = re.compile("\ufffd{2,}")


def columns(s: str) -> int:
    """Columns the line takes in a terminal, as a wrapping converter counts them."""
    if s.isascii():
        return len(s)
    # Cached: the width's search and the unwrapping ask of the same lines several times each,
    # and a line's hash is kept in it once taken (a scan of its letters for wide ones is not).
    found = _columns.get(s, -1)
    if found < 0:
        if len(_columns) >= _COLUMNS_KEPT:
            _columns.clear()
        found = _columns[s] = _wide_columns(s)
    return found


_columns: Final[dict[str, int]] = {}
_COLUMNS_KEPT: Final = 65536


def _wide_columns(s: str) -> int:
    """columns(s) of a line that is not ASCII."""
    if "\ufffd" in s:
        s = _UNREADABLE_RUN.sub("\ufffd", s)
    if _NO_WIDE.fullmatch(s) is not None:
        return len(s)  # most lines of a page that is not ASCII: no wide letter
    return len(s) + len(_WIDE.findall(s))


# A combining mark (a Hindi vowel sign, an Arabic vowel, an accent written apart): a character
# printed over the one before it. Read off unicodedata, over the blocks of the scripts that
# write them (~6 ms, once a process: a cost of starting, not of a page).
_MARK: Final = re.compile(
    "["
    + "".join(
        re.escape(chr(code))
        for block in (range(0x300, 0x1E00), range(0x20D0, 0x2100), range(0xFE20, 0xFE30))
        for code in block
        if unicodedata.category(chr(code)) in ("Mn", "Mc", "Me")
    )
    + "]"
)


_MARK_SAMPLE: Final = 500  # characters of a page asked for a mark, from a third of the way in


def writes_marks(text: str) -> bool:
    """Whether the page writes combining marks, asked of a stretch of its text a third of the
    way in (the story's, most often): a page in a script that writes them writes them in every
    sentence, and a page with a few measures nearly alike either way (a search of the whole
    page, or of each of its lines, cost more than the rest of the measuring)."""
    if text.isascii():
        return False
    start = len(text) // 3
    return _MARK.search(text, start, start + _MARK_SAMPLE) is not None


def without_marks(raw: list[str]) -> list[str]:
    """The lines with their combining marks taken out, as w3m measures a line (a mark takes no
    column of its own; lynx gives it one, as `columns` does)."""
    return [s if s.isascii() else _MARK.sub("", s) for s in raw]


def takes_odd_cells(s: str) -> bool:
    """Whether the line holds a character that takes other than one cell: a wide letter, a
    combining mark."""
    return not s.isascii() and (_MARK.search(s) is not None or _WIDE.search(s) is not None)


def shown_in_cells(s: str) -> str:
    """The line as a terminal shows it, one character a cell: a wide letter twice, a combining
    mark (no cell of its own, in w3m and elinks) left out."""
    if s.isascii():
        return s
    return _WIDE.sub(r"\g<0>\g<0>", _MARK.sub("", s))


def cell_width(ch: str) -> int:
    """The cells one character takes, as shown_in_cells counts them."""
    if ch.isascii():
        return 1
    if _MARK.match(ch):
        return 0
    return 2 if _WIDE.match(ch) else 1


def measured_width(raw: list[str], text: str) -> tuple[int | None, list[str] | None]:
    """The width the converter wrapped the lines at (see wrap_width), and the lines as it
    measured them where it gave combining marks no column (else None): that measure where
    half as many lines again end within two columns of its width as of the other's (a few
    lines either way say nothing: a lynx page of short lines). `text`: the page's text, asked
    whether it writes marks (writes_marks)."""
    width = wrap_width(raw)
    if not writes_marks(text):
        return width, None
    shown = without_marks(raw)
    shown_width = wrap_width(shown)
    if shown_width is None:
        return width, None
    if width is not None and 2 * _ending_at(shown, shown_width) <= 3 * _ending_at(raw, width):
        return width, None
    return shown_width, shown


def _ending_at(raw: list[str], width: int) -> int:
    """How many lines end within two columns of `width`."""
    return sum(1 for s in raw if width - 2 <= columns(s.rstrip()) <= width)


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


_LONG_LINE: Final = 160  # characters of a line longer than any wrapper's width


def _runs_long(line: str) -> bool:
    """A line of prose longer than any wrapper's width: a paragraph left unwrapped."""
    stripped = line.strip()
    return (
        len(stripped) > _LONG_LINE
        and stripped.count(" ") * 16 >= len(stripped)
        and ("\ufffd" not in stripped)
        # A share link's address keeps the spaces of its text ("...tweet/?url=...&text=Title,
        # by Name"): no paragraph, and no wrapper breaks it (see _may_wrap).
        and _ADDRESS_LINE.match(stripped) is None
    )


def _one_of_longest_runs_long(raw: list[str]) -> bool:
    """Whether one of the eight longest lines runs long. Only a line over _LONG_LINE can:
    the eight are looked for among those, not by heapq's Python loop over every line."""
    return any(map(_runs_long, heapq.nlargest(8, [s for s in raw if len(s) > _LONG_LINE], key=len)))


def _longest(raw: list[str]) -> str:
    """max(raw, key=len) of lines there are, the first of the longest: compiled, a loop asks no
    function for each line's length."""
    longest = raw[0]
    for s in raw:
        if len(s) > len(longest):
            longest = s
    return longest


def wrap_width(raw: list[str]) -> int | None:
    """The column a wrapping converter broke lines at, or None if lines were not wrapped (or
    there are none: a dump of nothing but a renderer's list of links)."""
    if not raw:
        return None
    # A paragraph runs long: the answer below, without stripping every line (most dumps are
    # unwrapped). A long line with few spaces (links glued together, an address) may be one a
    # wrapper could not break: then the next longest lines are asked.
    longest = _longest(raw).strip()
    if len(longest) > _LONG_LINE and (_runs_long(longest) or _one_of_longest_runs_long(raw)):
        return None
    lengths = [
        columns(s.rstrip()) for s in raw if len(stripped := s.strip()) > 20 and _may_wrap(stripped)
    ]
    if len(lengths) < 8:
        return None
    for edge in _edges(lengths):
        if edge > _LONG_LINE:
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
        if columns(line) <= edge:
            continue
        indent = len(line) - len(line.lstrip())
        cut = line.find(" ", indent)
        if cut > 0 and columns(line[:cut]) <= edge and not _ADDRESS_LINE.match(line, indent):
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
        size = columns(s.rstrip())
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
        if not following or BULLET.match(following):
            continue
        size = columns(line.rstrip())
        if size < width - 15 or size > width or len(line.split()) < 6:
            continue
        candidates += 1
        if ends_like_sentence(line.rstrip()):
            continue
        if size + 1 + columns(following.split(" ", 1)[0]) > width:
            runs += 1
    return runs, candidates


# A sentence's end: a stop, then closers only (quotes, brackets); or a closing bracket.
_CLOSERS: Final = "'\"”’)"


def is_ascii_space(code: int) -> bool:
    """Whether an ASCII character's code is one str.split() parts words at and str.strip()
    takes off (str.isspace): a test on figures, no method call, for hot loops over lines."""
    return code == 32 or 9 <= code <= 13 or 28 <= code <= 31


def ends_like_sentence(text: str) -> bool:
    """Whether a stripped text ends as a sentence does, read off its last letters (a pattern
    anchored at its end was searched for from every stop of a long paragraph on)."""
    rest = text.rstrip(_CLOSERS)
    return (rest != "" and rest[-1] in ".!?…:") or (text.endswith(")") and not _glued_ending(text))


_GLUED_ENDING: Final = 5  # letters at most between the brackets of "program(s)", "Autor(innen)"


def _glued_ending(text: str) -> bool:
    """Whether a text ending with ")" ends on a word's bracketed ending ("THE PROGRAM(S)",
    "nom(s)", "Mitarbeiter(innen)"): letters of a cased script on both sides of the "(", none
    between the brackets but letters. Such a word runs on in its sentence; a caption's credit
    or an aside ("(Photo: AP)", "(2019)") ends like a sentence."""
    opening = text.rfind("(", max(0, len(text) - _GLUED_ENDING - 2))
    if opening < 1:
        return False
    before, inside = text[opening - 1], text[opening + 1 : -1]
    return (
        inside != ""
        and (before.islower() or before.isupper())
        and all(ch.islower() or ch.isupper() for ch in inside)
    )


def indent_widths(raw: list[str], width: int) -> dict[int, int]:
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
        size = columns(s.rstrip())
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
