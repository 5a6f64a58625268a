"""A story's own tables in a text dump: a table the story announces, printed a cell a line
(lynx), and a table's rows printed a row a line (w3m, elinks, inscriptis), weighed a little so
that the story's stretch crosses them (prices, test results) but never chooses them over its
prose. weigh.py asks them of the page's lines.
"""

from __future__ import annotations

import re
from typing import Final

from newsdesk.extract.text.line_score import BARRIER, PARAGRAPH
from newsdesk.extract.text.lines import Line

# A footnote's mark a converter prints after a line's last word ("as follows:^12", lynx and
# w3m print <sup> so; "[12]" a numbered link's).
_NOTE_MARK: Final = re.compile(r"\s*(?:\^\d{1,3}|\[\d{1,3}\])$")
# A table's cell that holds a number alone: a count, a year, a price ("1775", "12,5", "134 €").
_NUMBER_CELL: Final = re.compile(r"^(?=\D*\d)[\d.,:%€$£ -]+$")
_ANNOUNCE_WORDS: Final = 6  # the story's line announcing its table: a sentence, not a label


def announced_table(lines: list[Line], start: int, end: int) -> bool:
    """Whether the weightless run lines[start:end] is a table the story announces, printed one
    cell a line (lynx prints a table so): a sentence ending on a colon (perhaps with a
    footnote's mark after it) stands right above the run or opens it (a sentence that short
    may weigh nothing itself), and a third of the run's lines or more are numbers alone. A
    menu holds words, not counts."""
    announced = False
    for above in lines[max(0, start - 1) : start + 1]:
        if announced or above.words < _ANNOUNCE_WORDS:
            continue
        text = above.text
        # _NOTE_MARK can only match a text ending on "]" or a figure (\d: str.isdecimal), and
        # a text ending otherwise ends on ":" with or without its search (at every character).
        last = text[-1:]
        if last == "]" or last.isdecimal():
            text = _NOTE_MARK.sub("", text)
        announced = text.endswith(":")
    if not announced:
        return False
    numbers = sum(1 for line in lines[start:end] if _NUMBER_CELL.match(line.text))
    return numbers * 3 >= end - start


# A table's row printed on one line (w3m, elinks and inscriptis print a table so; lynx's rows
# are mostly glued into one line by the unwrapping): cells parted by wide gaps, one of them a
# number or a price alone ("Tidemark Junior    45 €    no    2,3").
_TABLE_ROWS: Final = 4  # rows of a table: fewer may be a box's line or two of figures
_ROW_WEIGHT: Final = 1.0  # a row's weight: no prose, but no menu line either
# A whole table's weight at most: enough to carry the story across its table, never enough
# to outweigh the story's prose (a long table of figures the story only lists).
_TABLE_WEIGHT: Final = 20.0


_WIDE_GAPS: Final = re.compile(r"\s{2,}")


# The whitespace a plain text (ASCII and the marks, none of them a space) may hold besides the
# space: ASCII's controls that str.split() and sre's \s part words at.
_CONTROL_SPACES: Final = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f"


def _may_gap(text: str, plain: bool) -> bool:
    """Whether the text may hold a wide gap (_WIDE_GAPS: two whitespaces in a row): two spaces,
    or a whitespace other than a space: on a long plain text one of _CONTROL_SPACES (a substring
    test each, in C), on another one that is not printable (none is: a tab, a thin or no-break
    space), which str.isprintable tells reading every character (4,000 instructions a long
    paragraph)."""
    if "  " in text:
        return True
    if plain and len(text) > _READ_WHOLE:
        for space in _CONTROL_SPACES:  # noqa: SIM110
            if space in text:
                return True
        return False
    return not text.isprintable()


# Characters up to which str.isprintable (a look-up a character) costs less than the nine
# substring tests (a call each).
_READ_WHOLE: Final = 200


def table_row(text: str, plain: bool = False) -> bool:
    """Three cells or more, one after the first (the row's name) a number or a price alone.
    Split only where a wide gap may be (_may_gap: `plain`, whether the text is plain, as
    lines.Traits tells); a regex search for the gap on every line of every page cost a quarter
    of the reader's time. (Without a gap, the split gives one cell: no row.)"""
    if not _may_gap(text, plain):
        return False
    cells = _WIDE_GAPS.split(text.strip())
    return len(cells) >= 3 and any(_NUMBER_CELL.match(cell) for cell in cells[1:])


def is_table_row(line: Line) -> bool:
    """table_row of the line's text, worked out once per text (see lines.Traits)."""
    traits = line.traits
    if traits.row is None:
        # A row's number cell holds a digit: none where the page scan found none (datable
        # False says _DIGIT finds nothing), with no test of the text's characters.
        traits.row = traits.datable is not False and table_row(traits.text, traits.plain)
    return traits.row


_RESUMES: Final = 3  # lines from a table's last row to the story's next paragraph


def _prose_follows(scores: list[float], last: int) -> bool:
    """Whether the story goes on right under the table: a table that only closes the stretch
    has nothing to carry it across to, and the chrome under it would be read on."""
    return any(score >= PARAGRAPH for score in scores[last + 1 : last + 1 + _RESUMES])


def count_story_tables(lines: list[Line], scores: list[float]) -> list[float]:
    """A run of _TABLE_ROWS table rows or more (a group's label of a few words may stand
    between two rows) weighs a little each, as the story's own table does (prices, test
    results): scored like menu lines, its rows cut the story or leave it outside. A menu's
    line holds words, not a cell of figures beside others. The whole run weighs
    _TABLE_WEIGHT at most, so that a table bridges the story's parts but is never chosen
    over them."""
    rows = [i for i, line in enumerate(lines) if is_table_row(line)]
    run: list[int] = []
    out = scores
    for i in [*rows, len(lines) + 3]:
        if run and (i - run[-1] > 2 or (i - run[-1] == 2 and lines[i - 1].words > 5)):
            if len(run) >= _TABLE_ROWS and _prose_follows(scores, run[-1]):
                if out is scores:
                    out = list(scores)
                weight = min(_ROW_WEIGHT, _TABLE_WEIGHT / len(run))
                for j in run:
                    if BARRIER < out[j] < weight:
                        out[j] = weight
            run = []
        run.append(i)
    return out
