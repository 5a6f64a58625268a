"""Unwrapping a converter's wrapped lines: its physical lines joined back where the wrapper broke
them, at the width it wrapped them at (the page's, or an indented block's own: wrap_width.py).

A terminal converter (w3m, lynx, elinks) breaks a paragraph at its width; the reader wants the
paragraph. A line continues on the next one when the next line's first word would not have
fitted on it; where a sentence also ends there, the break is ambiguous and the line is kept
apart, marked with SOFT_BREAK. Joins are marked WRAP_JOIN. lines.py (normalise) calls this
before reading each line's shape.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from newsdesk.extract.text.wrap_width import (
    BULLET,
    columns,
    ends_like_sentence,
    indent_widths,
)

_BARE_BULLET: Final = re.compile(r"^[•*□+\-▪◦·○●■‣–]$")


# Marks a line that may continue the one before (see _unwrap); never part of the text.
SOFT_BREAK: Final = "\x00"
# Where _unwrap joined two physical lines; becomes a space, its offset kept in Line.joins.
WRAP_JOIN: Final = "\x01"


# A rule drawn across the page ("━━━━" w3m, "════" elinks, "-----" and "____" lynx): converters
# print <hr> so (shapes marks such a line RULED).
RULE: Final = re.compile(r"^[━═─—–\-_=*~•·.]{5,}$")


_STARTS_SENTENCE: Final = re.compile(r"^['\"“‘]*[A-Z0-9]")
# What may open a sentence before its first letter: quotes, brackets ("[City=Agency] ...").
SENTENCE_OPENERS: Final = "'\"“‘«„「『[("
# A sentence's end, or a closing bracket's, but not a colon: a sentence runs on after one.
_ENDS_NO_COLON: Final = re.compile(r"[.!?…)]['\"”’)]*$")


def _opens_sentence(before: str, text: str) -> bool:
    """Whether `text` may open a sentence after `before` (which ends like one): a capital or a
    digit first (after any quotes or brackets); or, unless a colon ends `before`, a letter of
    a script without case (Korean, Arabic, Persian, Hebrew), where any word may open one."""
    if _STARTS_SENTENCE.match(text):
        return True
    first = text.lstrip(SENTENCE_OPENERS)[:1]
    if not first.isalpha() or first.isascii() or first.islower() or first.isupper():
        return False
    return _ENDS_NO_COLON.search(before) is not None


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
        size = columns(end)
        if size < limit - 15:
            continue  # a line ending short of the width: not wrapped at all
        total[indent] = total.get(indent, 0) + 1
        near[indent] = near.get(indent, 0) + (size >= limit - 2)
    if not total:
        return False
    indent = max(total, key=lambda k: total[k])
    return total[indent] >= 3 and near[indent] >= 0.8 * total[indent]


# Quotation marks French typography sets apart from their word by a no-break space ("« mot »"):
# a wrapper never breaks there, though lynx and elinks print the space as a plain one. (Not the
# spaced colon: Arabic pages space theirs with a plain space, where a wrapper may break.)
_SPACED_OPENERS: Final = frozenset("«‹")
_SPACED_CLOSERS: Final = frozenset("»›")


# A picture or a form field as lynx and w3m print them, opening a line: its file name or
# address in brackets, no space inside ("[harbour-03.jpg?fit=620]", "[button]", a name that
# opens with a digit, "[1*quay-03.png]"; not a link's number, "[12]"). After a line ending a
# sentence, it is the next element on the page (a picture set under the paragraph, its caption
# after it), never the paragraph's words wrapped on.
_PLACED: Final = re.compile(r"\[(?!\d+\])[^\]\s]+\]")


def _first_word(stripped: str) -> str:
    """A line's first word as a wrapper saw it: with the spaced quotation marks bound to it
    ("« contre-bilan » de la rentrée" begins with "« contre-bilan »")."""
    word, _, rest = stripped.partition(" ")
    if word not in _SPACED_OPENERS and rest[1:2] not in ("", " "):
        return word  # the common case: no lone mark on either side
    while rest:
        mark, _, after = rest.partition(" ")
        if word in _SPACED_OPENERS or (len(mark) == 1 and mark in _SPACED_CLOSERS):
            word, rest = word + " " + mark, after
        else:
            break
    return word


def _unwrap(raw: list[str], width: int, shown: list[str] | None = None) -> list[str]:
    """Join lines a greedy wrapper broke: a line continues on the next one when the next line's
    first word would not have fitted on it (by the width of the line's indentation, if it
    has one of its own). Where a sentence also ends there, the break is ambiguous; such lines
    stay apart, marked with a leading SOFT_BREAK, for later stages. A run of letters of an
    unspaced script (or Korean, from a converter cutting its words) continued from one line on
    the next joins without a space: the wrapper cut it anywhere. `shown`: the lines as the
    converter measured them, where that is not as written (wrap_width.measured_width): the
    breaks are read off those, the written lines joined."""
    written = raw
    if shown is not None:
        raw = shown
    widths = indent_widths(raw, width)
    out: list[str] = []
    previous = ""
    limit = width
    hangul: bool | None = None  # whether Korean words were cut anywhere, once asked
    edges: _KoreanWordEdges | None = None  # how the page's Korean words end and start, if asked
    for k, s in enumerate(raw):
        stripped = s.strip()
        prev = previous.strip()
        first_word = _first_word(stripped)
        overflow = (
            prev
            and stripped
            and (not BULLET.match(stripped) or _number_runs_on(prev, stripped))
            and not _BARE_BULLET.match(prev)
            and stripped != prev
            and (
                columns(previous.rstrip()) + 1 + columns(first_word) > limit
                or _glued_run_overflows(previous, stripped, limit)
            )
            and not RULE.match(stripped)  # never a wrapped line's piece, though as long
            and not RULE.match(prev)
        )
        ended = overflow and (
            ends_like_sentence(prev)
            # Not an address's rest (lynx cuts an address at the width): a capital's word.
            or (
                stripped[0].isupper()
                and "/" not in first_word
                and _overran_by_address(previous, limit)
            )
        )
        line = s if shown is None else written[k]
        if ended and _PLACED.match(stripped):
            out.append(line)  # a picture or a form field after a sentence: the next element
        elif ended and _opens_sentence(prev, stripped):
            out.append(SOFT_BREAK + line)
        elif overflow and out:
            glue = WRAP_JOIN
            if _word_cut_at_width(previous, stripped, limit):
                glue = ""
            elif not stripped[0].isascii() or stripped[0] in _CLOSES_WORD:
                if hangul is None and _HANGUL.match(stripped):
                    hangul = _cuts_hangul(raw, width, widths)
                if _cut_within_word(prev, stripped, bool(hangul)) and not _room_left(
                    previous, stripped, limit
                ):
                    glue = ""
                    if hangul and _HANGUL.match(prev[-1]) and _HANGUL.match(stripped):
                        if edges is None:
                            edges = _KoreanWordEdges(raw)
                        if edges.parts(prev[-1], stripped[0]):
                            glue = WRAP_JOIN
            out[-1] = out[-1].rstrip() + glue + (stripped if shown is None else line.strip())
        else:
            out.append(line)
        previous = s
        if widths:
            limit = widths.get(len(s) - len(s.lstrip()), width)
    return out


# A break between two Korean letters, where the wrapper may have cut a word or broken at a space
# (a line one or two columns short of the width: the next letter would not have fitted, nor
# would a space and a word), is a space where the page's own words make it likely: its last
# letter ends a word (a particle: "를", "에") and the next one opens one, each as often as the
# odds below, read off the words inside the page's lines (the ones a line opens or closes may be
# pieces).
_WORD_EDGE_ODDS: Final = 0.2
_EDGE_PRIOR: Final = 0.3  # how often a letter of a Korean word is its last (or its first)
_PRIOR_WEIGHT: Final = 2.0
_HANGUL_WORD: Final = re.compile("[\uac00-\ud7a3]+")


class _KoreanWordEdges:
    """How often each Korean letter ends a word, and opens one, among the page's words."""

    def __init__(self, raw: list[str]) -> None:
        self.ends: dict[str, int] = {}
        self.opens: dict[str, int] = {}
        self.seen: dict[str, int] = {}
        for line in raw:
            if line.isascii():
                continue
            words = _HANGUL_WORD.findall(line)
            for word in words[1:-1]:
                self.opens[word[0]] = self.opens.get(word[0], 0) + 1
                self.ends[word[-1]] = self.ends.get(word[-1], 0) + 1
                for letter in word:
                    self.seen[letter] = self.seen.get(letter, 0) + 1

    def parts(self, last: str, first: str) -> bool:
        """Whether a space most likely stood between `last` and `first`."""
        # (a letter seen a few times only is taken as a word's edge as often as a letter is on
        # average: _EDGE_PRIOR, worth _PRIOR_WEIGHT sightings)
        ends = (self.ends.get(last, 0) + _EDGE_PRIOR * _PRIOR_WEIGHT) / (
            self.seen.get(last, 0) + _PRIOR_WEIGHT
        )
        opens = (self.opens.get(first, 0) + _EDGE_PRIOR * _PRIOR_WEIGHT) / (
            self.seen.get(first, 0) + _PRIOR_WEIGHT
        )
        return ends * opens > _WORD_EDGE_ODDS


_LONG_WORD: Final = 30  # characters of a word only a file name, a slug or an address has


def _word_cut_at_width(previous: str, stripped: str, limit: int) -> bool:
    """Whether the wrapper cut one word longer than the line (a picture's file name, a slug,
    an address: lynx cuts such a word at the width): the line above is one word filling the
    width to its last column, no further (w3m lets such a word run past the width and breaks
    at the space after it), and the line goes on with no space, so the pieces rejoin with
    none ("...-jewels-Arra" and "ngements-01", "...-timetable-" and "crossing-02"). Letters
    of unspaced scripts and Korean are _cut_within_word's to judge. A run of links glued
    together ("[30]Podcasts[31]Digital") is one word only to the eye: the wrapper broke it at
    a space inside a link's text as often, so a line with a second link's mark is none; nor
    is a short word filling a narrow column ("Alfred" over "Selacher" in a table's cell)."""
    # Asked of every line joined: the continuation's space turns nearly all away first,
    # before any string is made.
    if " " in stripped or "[" in stripped or not stripped[0].isalnum():
        return False
    line = previous.rstrip()
    word = line.lstrip()
    if len(word) < _LONG_WORD or " " in word or line.count("[") > 1:
        return False
    last, first = line[-1], stripped[0]
    return (
        columns(line) == limit
        and _RUN_LETTER.match(last) is None
        and _RUN_LETTER.match(first) is None
        and _HANGUL.match(last) is None
        and _HANGUL.match(first) is None
    )


def _overran_by_address(previous: str, limit: int) -> bool:
    """Whether the line ends on an address that runs it past the width: no wrapper broke it
    (an address has no space to break at), so the break after it says nothing of whether the
    next line goes on with it ("Link: https://example.com/a-long-path" over "Read more:")."""
    if columns(previous.rstrip()) <= limit:
        return False
    last = previous.rsplit(None, 1)[-1]
    if last.startswith("["):
        last = last[last.find("]") + 1 :]
    return last.startswith(("http://", "https://", "www."))


def _glued_run_overflows(previous: str, stripped: str, limit: int) -> bool:
    """Whether a sentence broke mid-way where its next two words would not have fitted: the
    line ends on a small letter, the next opens with one (no stop, no new sentence between),
    and its first two words overrun the width. A wrapper breaks there when a no-break space
    glues the words into one ("in der\u00a0Bedienungsanleitung"), and lynx prints that space
    as a plain one, so the first word alone seems to fit."""
    prev = previous.rstrip()
    if not prev or not prev[-1].islower() or not stripped[0].islower():
        return False
    two = stripped.split(" ", 2)
    return len(two) > 1 and columns(prev) + 1 + columns(two[0] + " " + two[1]) > limit


# A number with a stop opening a line: a list item's, or a day's or an ordinal's ("am
# 10. Dezember", "zum 30. Mal", "v úterý 4. února") that a wrapper put at a line's start.
_DAY_STOP: Final = re.compile(r"\d{1,2}\.\s")


def _number_runs_on(prev: str, stripped: str) -> bool:
    """Whether a line opening with a number and a stop ("10. Dezember ...") continues the
    sentence of the line before rather than opening a list item: that line stops mid-sentence,
    on a small letter, and is no list item itself."""
    return (
        prev[-1].islower() and _DAY_STOP.match(stripped) is not None and BULLET.match(prev) is None
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
            indent = line_indent(s)
            margin = s[:indent] if indent else ""  # the block's first line's spaces
            while end < count:
                t = raw[end]
                # A line of the block: `indent` spaces, then no space (so not blank), as
                # line_indent(t) == indent says, asked in place without a stripped copy of t
                # (nor of its spaces where they are the first line's).
                if len(t) <= indent:
                    break
                first = t[indent]  # its first letter, as _lower_first asks
                if first.isspace() or (
                    indent and not t.startswith(margin) and not t[:indent].isspace()
                ):
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


def line_indent(s: str) -> int:
    # Most lines open with no space: no stripped copy made of them, nor of their first letter
    # where its code is none of a space's (str.isspace: 9-13, 28-32, 0x85, 0xa0, 0x1680,
    # 0x2000-0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000).
    if s:
        code = ord(s[0])
        if (
            32 < code < 128
            or (160 < code < 0x2000 and code != 0x1680)
            or 0x205F < code < 0x3000
            or code > 0x3000
        ):
            return 0
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
# A narrow column (a pull quote set beside the story, a few words a line) holds shorter lines
# than _MIN_WRAPPED: a block of this many lines or more, each one the next line's first word
# would not have fitted on, half of them running on mid-sentence, was wrapped all the same.
_NARROW_LINES: Final = 6


# The lines a block may open with before its wrapped paragraph: a story's cell sets its
# headline, date and picture right over its first paragraph, with no blank line between.
_HEAD_LINES: Final = 3
_WRAPPED_UNDER_HEAD: Final = 3


def _unwrap_block(block: list[str]) -> list[str]:
    """One block of lines at one indentation, joined where a greedy wrapper broke it (see
    _unwrap_lines); where it is not, its paragraph may open under a few lines of its own (a
    headline, a date, a picture's label: lines no wrapper broke), left as they are."""
    if any(WRAP_JOIN in s or s.startswith(SOFT_BREAK) for s in block):
        return block
    sizes = [columns(s.rstrip()) for s in block]
    out = _unwrap_lines(block, sizes)
    if out is not block or len(block) <= _WRAPPED_UNDER_HEAD + 1:
        return out
    # Where a retry may join (as _unwrap_lines asks, cheaply): a line opening with a small
    # letter under the head lines, and no short line above the last unless in a narrow column.
    last_lower = max((j for j in range(2, len(block)) if _lower_first(block[j])), default=0)
    last_short = max(
        (k for k in range(len(block) - 1) if _short_line(block[k], sizes[k])), default=-1
    )
    # (three wrapped lines at least under them: two alone are too few to tell a wrap by)
    for start in range(1, min(_HEAD_LINES, len(block) - _WRAPPED_UNDER_HEAD, last_lower - 1) + 1):
        rest = block[start:]
        if last_short >= start and len(rest) < _NARROW_LINES:
            continue
        out = _unwrap_lines(rest, sizes[start:])
        if out is not rest:
            return block[:start] + out
    return block


def _short_line(s: str, size: int) -> bool:
    """A line too short to be one a wrapper broke (see _unwrap_lines); `size`: its columns."""
    return len(s.split()) < 5 or size - line_indent(s) < _MIN_WRAPPED


def _unwrap_lines(block: list[str], sizes: list[int]) -> list[str]:
    """One block of lines at one indentation, joined where a greedy wrapper broke it: every
    line but the last holds five words or more (_MIN_WRAPPED columns) and is one the next
    line's first word would not have fitted on, at the block's widest line, and one of the
    next lines at least opens with a small letter after a line that ends mid-sentence (a
    wrap for sure). A narrow column (_NARROW_LINES lines or more) may hold shorter lines,
    where half of its breaks or more run on so and its last line ends like a sentence. As in
    _unwrap, a sentence's end before one that opens like a sentence is kept apart, a soft
    break. `sizes`: the lines' columns."""
    width = max(sizes)
    narrow = len(block) >= _NARROW_LINES
    sure = 0
    shorts = 0
    for k in range(len(block) - 1):
        first_word = _first_word(block[k + 1].lstrip())
        short = _short_line(block[k], sizes[k])
        if (short and not narrow) or sizes[k] + 1 + columns(first_word) <= width:
            return block
        shorts += short
        if _lower_first(block[k + 1]) and not ends_like_sentence(block[k].rstrip()):
            sure += 1
    if not sure:
        return block
    if shorts and (sure * 2 < len(block) - 1 or not ends_like_sentence(block[-1].strip())):
        return block  # a column of words (tags, handles), no sentence run on and ended
    out = [block[0]]
    # The line so far ends as the last raw line put in it does: only its end is asked (both
    # patterns are anchored there and stop at a space, WRAP_JOIN or SOFT_BREAK), so the raw
    # line stands for it, not a stripped copy of a joined paragraph searched from its start.
    prev = block[0].strip()
    for s in block[1:]:
        stripped = s.strip()
        if ends_like_sentence(prev) and _opens_sentence(prev, stripped):
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
    return columns(text) + columns(after[:end]) <= limit


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
