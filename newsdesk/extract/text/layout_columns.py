"""Columns printed side by side, read one after the other: a page laid out in a table.

Pages of the 2000s and early 2010s set their parts in a table's cells (the menu, the story, a
column of teasers), and converters that lay tables out (w3m, elinks, inscriptis) print the cells
of a row side by side, padded to their widths: each line of the dump then holds a menu item, a
line of the story and a teaser's words, and no line is a line of the story alone. A reader sees
the columns and reads down each in turn; so does this step, before the lines are read.

A column's left edge is where text starts, after a gap of spaces, at the same place on several
lines, and no line of the rows between runs across it (a cell never spills into the next; a
row spanning the columns, a heading or a footer, ends the stretch). Only a stretch whose two
sides are both text on three lines or more is split, and only when one side holds prose beside
the other (lines of six words or more, half of them in lower case) and the two sides' blocks
do not start together: a data table's cells stay as rows, as the page means them to be read.

Columns are where the converter printed them, in a terminal's cells: a Chinese letter takes two,
a Hindi vowel sign or an accent written apart none. Where a line holds such letters it is read in
its cells (wrap_width.shown_in_cells) and parted where its written text reaches the cell (_index).
"""

from __future__ import annotations

import re
from typing import Final

from newsdesk.extract.text.wrap_width import cell_width, shown_in_cells, takes_odd_cells

# Text, then a gap of two spaces or more, then text: where a column may start.
_GAP: Final = re.compile(r"(?<=\S) {2,}(?=\S)")
_WORD: Final = re.compile(r"[^\W_]")  # a letter or a figure
_MIN_BOTH: Final = 3  # lines with text on both sides of the edge
_PROSE_WORDS: Final = 6  # words of a line of prose, on one side
_PROSE_LINES: Final = 3  # such lines beside the other column, at least
_CONFIRM: Final = 3  # lines over and under a one-space gap where a wider one may confirm it
_MAX_ROUNDS: Final = 8  # splits of one stretch's parts (a table of many columns)


def side_by_side(raw: list[str]) -> list[str]:
    """The dump's lines with each stretch of columns printed side by side read column by
    column (the left column's lines, a blank line, then the right one's), or `raw` itself
    when it has none."""
    gapped = [i for i, s in enumerate(raw) if _gap_inside(s)]
    if len(gapped) < _MIN_BOTH:
        return raw  # (most pages)
    if not any(takes_odd_cells(raw[i]) for i in gapped):
        return _split(raw, _MAX_ROUNDS, gapped)  # (every page in a script of one cell a letter)
    return _split([shown_in_cells(s) for s in raw], _MAX_ROUNDS, gapped, raw)


def _index(s: str, cell: int) -> int:
    """Where in the written line `s` the cell `cell` of its shown form (shown_in_cells) starts:
    the marks printed over the letter before it stay with that letter (a wide letter cut in
    two goes with its first half)."""
    at = 0
    taken = 0
    while at < len(s) and taken < cell:
        taken += cell_width(s[at])
        at += 1
    while 0 < at < len(s) and cell_width(s[at]) == 0:
        at += 1
    return at


def _gap_inside(s: str) -> bool:
    """Whether a line has two spaces or more between its words (not its indentation, not the
    padding after its end)."""
    return "  " in s and "  " in s.strip()


def _split(
    raw: list[str], rounds: int, gapped: list[int] | None = None, written: list[str] | None = None
) -> list[str]:
    """`raw` with its first stretch of columns read column by column, each part split in its
    turn (`rounds` more splits at most); `gapped`: its lines with a gap inside, if known.
    `written`: the lines as written, where `raw` is their shown form (the answer is written
    lines, parted where the shown ones are)."""
    text = raw if written is None else written
    if rounds == 0:
        return text
    if gapped is None:
        gapped = [i for i, s in enumerate(raw) if _gap_inside(s)]
    found = _stretch(raw, gapped)
    if found is None:
        return text
    first, last, edge = found
    rows = raw[first : last + 1]
    cuts = [_cut(s, edge) for s in rows]
    left = [s[:at].rstrip() for s, at in zip(rows, cuts, strict=True)]
    right = [s[at:].rstrip() for s, at in zip(rows, cuts, strict=True)]
    # (None where the parts' written lines are their shown ones)
    written_left: list[str] | None = None
    written_right: list[str] | None = None
    written_rest: list[str] | None = None
    if written is not None:
        ats = [(t, _index(t, at)) for t, at in zip(written[first : last + 1], cuts, strict=True)]
        written_left = [t[:at].rstrip() for t, at in ats]
        written_right = [t[at:].rstrip() for t, at in ats]
        written_rest = written[last + 1 :]
    return [
        *text[:first],
        *_split(left, rounds - 1, None, written_left),
        "",
        *_split(right, rounds - 1, None, written_right),
        *_split(raw[last + 1 :], rounds - 1, None, written_rest),
    ]


def _stretch(raw: list[str], gapped: list[int]) -> tuple[int, int, int] | None:
    """The first stretch of lines (first, last) printed in two columns, and where the right
    one starts (its edge), or None; `gapped`: the lines with a gap inside."""
    starts: dict[int, list[int]] = {}  # each edge's lines
    beside: dict[int, int] = {}  # each edge's lines with prose next to it, on either side
    for i in gapped:
        s = raw[i]
        gaps = list(_GAP.finditer(s))
        for n, gap in enumerate(gaps):
            edge = gap.end()
            starts.setdefault(edge, []).append(i)
            before = s[gaps[n - 1].end() if n else 0 : gap.start()]
            after = s[edge : gaps[n + 1].start() if n + 1 < len(gaps) else len(s)]
            if _prose(before) or _prose(after):
                beside[edge] = beside.get(edge, 0) + 1
    best: tuple[int, int, int] | None = None
    for edge, rows in starts.items():
        if len(rows) < _MIN_BOTH or beside.get(edge, 0) < _PROSE_LINES - 1:
            # (most edges: a menu's items, a table's cells, nothing to walk for; one line of
            # prose less than asked, as a cell filled to its width has a one-space gap only)
            continue
        passed = -1  # the last line of a stretch already looked at, at this edge
        for i in rows:
            if (best is not None and i > best[0]) or i <= passed:
                continue
            first, last = _region(raw, i, edge)
            passed = last
            span = _columns_in(raw, first, last, edge)
            if span is not None and (
                best is None or span[0] < best[0] or (span[0] == best[0] and edge > best[2])
            ):
                # (the rightmost edge first: the columns left of it are split in their turn)
                best = (span[0], span[1], edge)
                break
    return best


def _sides(s: str, edge: int) -> tuple[bool, bool]:
    """Whether a line has text left of the edge (a word or a figure, not a list's bullet alone),
    and at or right of it."""
    return _WORD.search(s, 0, edge) is not None, bool(s[edge:].strip())


def _region(raw: list[str], i: int, edge: int) -> tuple[int, int]:
    """The lines around line `i` that no line spans at `edge` (first, last)."""
    first = i
    while first > 0 and not _spans(raw, first - 1, edge):
        first -= 1
    last = i
    while last + 1 < len(raw) and not _spans(raw, last + 1, edge):
        last += 1
    return first, last


def _columns_in(raw: list[str], first: int, last: int, edge: int) -> tuple[int, int] | None:
    """The region's lines from its first with text right of the edge to its last, if they hold
    columns (see the module's docstring; judged up to the right column's last line)."""
    right_rows = [j for j in range(first, last + 1) if _sides(raw[j], edge)[1]]
    if not right_rows:
        return None
    region_last = last
    first, last = right_rows[0], right_rows[-1]
    both = prose_left = prose_right = 0
    for j in range(first, last + 1):
        s = raw[j]
        left, right = _sides(s, edge)
        if left and right:  # (prose beside the other column: text under a table is not)
            both += 1
            # the cells next to the edge (other columns may stand further off, past a gap)
            prose_left += _prose(_GAP.split(s[:edge].strip())[-1])
            prose_right += _prose(_GAP.split(s[edge:].strip())[0])
    if both < _MIN_BOTH or max(prose_left, prose_right) < _PROSE_LINES:
        return None
    if _rows_agree(raw, first, last, edge):
        return None  # a table of data: its cells' rows start together, read across
    # To the region's last line: the left column runs on under the right one's end (a story
    # longer than the teasers beside it).
    return first, region_last


def _prose(text: str) -> bool:
    """Whether a cell's line reads as running text: some words, half of them or more in lower
    case or in a script without capitals (a table's cells are names, figures and marks)."""
    words = text.split()
    if len(words) < _PROSE_WORDS:
        return False
    return 2 * sum(1 for w in words if _small(w[0])) >= len(words)


def _small(ch: str) -> bool:
    """Whether a word's first letter is no capital: lower case, or of a script without case
    (Hindi, Arabic, Chinese)."""
    return ch.islower() or (ch.isalpha() and not ch.isupper() and not ch.istitle())


def _rows_agree(raw: list[str], first: int, last: int, edge: int) -> bool:
    """Whether the two sides' blocks of text (lines of text on that side, a line without any
    over them) start on the same lines, as a table's rows do; a page's columns run on their own
    (a menu beside the story's paragraphs, teasers beside it)."""
    starts: tuple[set[int], set[int]] = (set(), set())
    before = (False, False)
    for j in range(first, last + 1):
        sides = _sides(raw[j], edge)
        for side in (0, 1):
            if sides[side] and not before[side]:
                starts[side].add(j)
        before = sides
    shared = len(starts[0] & starts[1])
    return shared * 2 > max(len(starts[0]), len(starts[1]))


# A column's heading may stand out of its lines' indent by a list's bullet and its space ("Most
# read" over "• Other story ..."): a gap ending this few characters before the edge parts the
# columns on its line.
_HEADING_OUTDENT: Final = 4


def _cut(s: str, edge: int) -> int:
    """Where a line of a stretch parts at the edge: there, or where a gap of two spaces or
    more ends a few characters before it, the right column's text outdented (a heading)."""
    if len(s) <= edge or s[edge - 1] == " ":
        return edge
    at = s.rfind("  ", max(0, edge - _HEADING_OUTDENT - 2), edge)
    if at < 0 or " " in s[at + 2 : edge] or not s[:at].strip():
        return edge  # (no gap there, or the line's own indent)
    return at + 2


def _spans(raw: list[str], j: int, edge: int) -> bool:
    """Whether line `j` spans the edge: text on both sides without a gap at it (a row across
    the columns, a line of prose). A gap of one space does not span where rows near it
    (_CONFIRM lines), over and under it, are parted there by a gap of two spaces or more: a cell
    filled to its width, beside its column's text, is one space from the next."""
    s = raw[j]
    if len(s) <= edge or not s[edge:].strip() or not s[:edge].strip():
        return False
    if s[edge - 1] != " ":
        return _cut(s, edge) == edge  # a heading outdented: parted a little before the edge
    if s[edge] == " " or s[edge - 2] == " ":
        return False  # a gap of two spaces or more
    above = range(j - 1, max(-1, j - 1 - _CONFIRM), -1)
    below = range(j + 1, min(len(raw), j + 1 + _CONFIRM))
    return not (_parted(raw, above, edge) and _parted(raw, below, edge))


def _parted(raw: list[str], rows: range, edge: int) -> bool:
    """Whether one of these lines is parted at the edge by a gap of two spaces or more."""
    for k in rows:
        other = raw[k]
        if len(other) > edge and other[edge - 2 : edge] == "  " and other[edge] != " ":
            return True
    return False
