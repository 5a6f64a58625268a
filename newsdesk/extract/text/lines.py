"""Text dumps to normalised lines, whatever converter wrote them.

Converters differ in bullets ("•", "*", "□", "+", "-" or none), indentation, wrapping and how
they glue inline elements ("Al Mayadeen4 days ago"). Everything after this module sees one
shape: a `Line` with its text, indentation depth, whether it was a list item and whether a blank
line preceded it.
"""

from __future__ import annotations

import heapq
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from typing import Final

_BULLET: Final = re.compile(r"^([•*□+\-▪◦·○●■‣–]|\d{1,2}[.)])\s+")
_BARE_BULLET: Final = re.compile(r"^[•*□+\-▪◦·○●■‣–]$")
_BULLET_FIRST: Final = frozenset("•*□+-▪◦·○●■‣–0123456789")
# "Al Mayadeen4 days ago", "time9 hours ago": an icon word or a name glued to a relative date.
_GLUED_RELATIVE: Final = re.compile(
    r"^(.*?[A-Za-z.)])(\d+\s*(?:second|minute|hour|day|week|month|year)s?\s+ago)$", re.I
)
_ICON_WORDS: Final = {"time", "clock", "calendar", "date"}


# Marks a line that may continue the one before (see _unwrap); never part of the text.
SOFT_BREAK: Final = "\x00"
# Where _unwrap joined two physical lines; becomes a space, its offset kept in Line.joins.
WRAP_JOIN: Final = "\x01"


# Scripts written without spaces between words: Thai, Lao, Khmer, Myanmar, Chinese, Japanese.
_UNSPACED: Final = re.compile(
    r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff]+"
)
# One character of those scripts: sre searches for a lone class with its fast charset scan,
# which a repeated class (`+`) turns off (0.4 vs 1.1 us on a line that is not ASCII).
_UNSPACED_CHAR: Final = re.compile(_UNSPACED.pattern[:-1])


def _ascii_words(text: str) -> int:
    """len(text.split()) of an ASCII text. A long line (a paragraph) with single spaces between
    its words and none at its ends has one word more than spaces: counted without making a
    string of every word. The `in`s ask for every other ASCII character str.split() splits at
    (each a memchr); a short line splits as fast as they run."""
    if (
        len(text) < 64
        or "  " in text
        or text.startswith(" ")
        or text.endswith(" ")
        or "\t" in text
        or "\n" in text
        or "\x0b" in text
        or "\x0c" in text
        or "\r" in text
        or "\x1c" in text
        or "\x1d" in text
        or "\x1e" in text
        or "\x1f" in text
    ):
        return len(text.split())
    return text.count(" ") + 1


def count_words(text: str) -> int:
    """Words as a reader counts them; in unspaced scripts, about one word per two characters
    (Chinese, Japanese) or four (Thai and its neighbours), so that line length means the same."""
    if text.isascii():
        return _ascii_words(text)
    words = len(text.split())
    if _UNSPACED_CHAR.search(text) is None:
        return words
    for run in _UNSPACED.findall(text):
        per_word = 2 if run[0] >= "\u3040" else 4
        words += len(run) // per_word
    return words


class Traits:
    """What one distinct line text is, shared by every line with that text on any page.

    Stages ask the same questions of the same lines (is it prose, chrome, a date, a list
    header?), and pages of one site repeat most of their lines: each fact is worked out at most
    once per text, by the first stage that asks (see shapes.py and region.py), and is then an
    attribute read. Facts other than `words` start as None ("not asked yet").
    """

    __slots__ = (
        "chrome", "comments", "consent", "datable", "footer", "glue", "keys", "marks", "named",
        "promo", "prose", "score", "text", "words",
    )  # fmt: skip

    def __init__(self, text: str) -> None:
        self.text = text
        self.words = count_words(text)
        self.marks: int | None = None  # anchored patterns the text matches (shapes.marks)
        self.prose: bool | None = None  # shapes.is_paragraph
        self.chrome: bool | None = None  # shapes.is_chrome
        self.datable: bool | None = None  # may be a date at all (shapes.date_of)
        self.keys: int | None = None  # keyword families the text holds (shapes.has_keys)
        self.footer: bool | None = None  # shapes.is_footer
        self.promo: bool | None = None  # shapes.is_promo
        self.consent: bool | None = None  # shapes.is_consent
        self.comments: bool | None = None  # shapes.starts_comments
        self.score: tuple[float | None, float, float] | None = None  # region.line_score
        # A glued capital in the text (shapes.is_glued_teaser), when page_scan.py has looked.
        self.glue: bool | None = None
        # Holds a word a phrase naming the publisher needs (read._may_name_site), if looked.
        self.named: bool | None = None


@lru_cache(maxsize=65536)
def traits_of(text: str) -> Traits:
    return Traits(text)


def text_counts(lines: list[Line]) -> dict[str, int]:
    """How often each text is printed on the page. Compiled, a loop reads each line's text
    directly (an attrgetter mapped in C would look it up by name)."""
    counts: dict[str, int] = {}
    for line in lines:
        counts[line.text] = counts.get(line.text, 0) + 1
    return counts


@dataclass(slots=True, init=False)
class Line:
    text: str
    indent: int = 0
    bullet: bool = False
    blank_before: bool = False
    raw_index: int = 0
    glued: bool = False  # the head of a glued pair ("Al Mayadeen" of "Al Mayadeen4 days ago")
    chrome: bool = False  # recurs across the site's captures (see extract/profile.py)
    soft_break: bool = False  # wrapped where a sentence ended: may continue the line before
    joins: tuple[int, ...] = ()  # offsets in text where wrapped lines were joined
    listed: bool = False  # an item of a list the story announces (see body.py)
    traits: Traits = field(default=None, repr=False, compare=False)  # type: ignore[assignment]
    words: int = field(default=0, repr=False)

    # Written out, not generated: a Line is made for every line of every page, and normalise
    # hands over the text's Traits (from its shape cache) instead of having them looked up.
    def __init__(
        self,
        text: str,
        indent: int = 0,
        bullet: bool = False,
        blank_before: bool = False,
        raw_index: int = 0,
        glued: bool = False,
        chrome: bool = False,
        soft_break: bool = False,
        joins: tuple[int, ...] = (),
        listed: bool = False,
        traits: Traits | None = None,
    ) -> None:
        self.text = text
        self.indent = indent
        self.bullet = bullet
        self.blank_before = blank_before
        self.raw_index = raw_index
        self.glued = glued
        self.chrome = chrome
        self.soft_break = soft_break
        self.joins = joins
        self.listed = listed
        if traits is None:
            traits = traits_of(text)
        self.traits = traits
        self.words = traits.words


# w3m prints an image as its alt text in brackets, often glued to the text that follows.
_IMAGE_PREFIX: Final = re.compile(r"^\[[^\]]{0,80}\]\s*(?=\S)")


def _split_glued(text: str) -> list[str]:
    m = _GLUED_RELATIVE.match(text)
    if not m:
        return [text]
    head, date = m.group(1).strip(), m.group(2)
    if head.lower() in _ICON_WORDS:
        return [date]
    return [head, date]


# Characters a terminal converter (w3m) gives two columns: East Asian wide and fullwidth forms.
_WIDE: Final = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]"
)


# Bytes the dump's decoder could not read, one U+FFFD each: most likely one character the
# converter wrote in another encoding, a column or two in its width however many bytes it took.
_UNREADABLE_RUN: Final = re.compile("\ufffd{2,}")


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


def _wrap_width(raw: list[str]) -> int | None:
    """The column a wrapping converter broke lines at, or None if lines were not wrapped."""
    # A paragraph runs long: the answer below, without stripping every line (most dumps are
    # unwrapped). A long line with few spaces (links glued together, an address) may be one a
    # wrapper could not break: then the next longest lines are asked.
    longest = max(raw, key=len).strip()
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
        if _ENDS_SENTENCE.search(line.rstrip()):
            continue
        if size + 1 + _columns(following.split(" ", 1)[0]) > width:
            runs += 1
    return runs, candidates


_ENDS_SENTENCE: Final = re.compile(r"(?:[.!?…:]['\"”’)]*|\))$")
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
    however long the next word is."""
    near = total = 0
    for line, after in pairwise(raw):
        end = line.rstrip()
        following = after.lstrip()
        if not end or not following or end[-1].isascii() or not _HANGUL.match(end[-1]):
            continue
        if not _HANGUL.match(following):
            continue
        limit = widths.get(len(line) - len(line.lstrip()), width)
        size = _columns(end)
        if size < limit - 15:
            continue  # a line ending short of the width: not wrapped at all
        total += 1
        near += size >= limit - 2
    return total >= 3 and near >= 0.8 * total


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
            and not _BULLET.match(stripped)
            and not _BARE_BULLET.match(prev)
            and stripped != prev
            and _columns(previous.rstrip()) + 1 + _columns(first_word) > limit
        )
        if overflow and _ENDS_SENTENCE.search(prev) and _opens_sentence(prev, stripped):
            out.append(SOFT_BREAK + s)
        elif overflow and out:
            glue = WRAP_JOIN
            if not stripped[0].isascii() or stripped[0] in _CLOSES_WORD:
                if hangul is None and _HANGUL.match(stripped):
                    hangul = _cuts_hangul(raw, width, widths)
                if _cut_within_word(prev, stripped, bool(hangul)):
                    glue = ""
            out[-1] = out[-1].rstrip() + glue + stripped
        else:
            out.append(s)
        previous = s
        if widths:
            limit = widths.get(len(s) - len(s.lstrip()), width)
    return out


def _unwrap_blocks(raw: list[str]) -> tuple[list[str], bool]:
    """Join the lines of narrow blocks a wrapper broke that the page's width left apart (a
    story in a table's cell, too few lines to show a width of their own), and whether any
    were: see _unwrap_block."""
    out: list[str] = []
    joined = False
    i = 0
    while i < len(raw):
        s = raw[i]
        end = i + 1
        if s.strip():
            indent = _indent(s)
            while end < len(raw) and raw[end].strip() and _indent(raw[end]) == indent:
                end += 1
        block = raw[i:end]
        if end - i >= 2 and any(_lower_first(t) for t in block[1:]):
            block = _unwrap_block(block)
            joined = joined or len(block) < end - i
        out += block
        i = end
    return out, joined


def _indent(s: str) -> int:
    return len(s) - len(s.lstrip())


def _lower_first(s: str) -> bool:
    """Whether a raw line opens with a small letter (a sentence running on)."""
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
        if _lower_first(block[k + 1]) and not _ENDS_SENTENCE.search(block[k].rstrip()):
            sure = True
    if not sure:
        return block
    out = [block[0]]
    for s in block[1:]:
        prev = out[-1].strip()
        stripped = s.strip()
        if _ENDS_SENTENCE.search(prev) and _opens_sentence(prev, stripped):
            out.append(SOFT_BREAK + s)
        else:
            out[-1] = out[-1].rstrip() + WRAP_JOIN + stripped
    return out


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


# What a raw line reads as, whatever the lines around it (see _shape).
_BARE: Final = "bare bullet"
# (text's Traits, indentation, bullet mark, joins, the glued date's Traits or None). One flat
# tuple: the shape caches keep one per distinct raw line, each an object the collector walks.
Shape = tuple[Traits, int, bool, tuple[int, ...], Traits | None]


def _shape(s: str, wrapped: bool) -> Shape | str | None:
    """One raw line on its own: None if blank, _BARE if a bullet alone (its item follows on the
    next line), else (its text's Traits, or the head's of a glued pair; its indentation; whether
    a bullet mark led it; where wrapped lines were joined in it; the glued date's Traits)."""
    stripped = s.strip()
    if not stripped:
        return None
    first = stripped[0]
    if first in _BULLET_FIRST:
        if len(stripped) == 1 and _BARE_BULLET.match(stripped):
            return _BARE
        m = _BULLET.match(stripped)
    else:
        m = None
    if "\t" in s:
        s = s.expandtabs(4)
    indent = len(s) - len(s.lstrip())  # in columns; converters differ in their step
    marked = False
    if m and len(stripped) > len(m.group(0)):
        marked = True
        stripped = stripped[m.end() :].strip()
        # "• • LIVE": nested bullets collapse into one item.
        while (m := _BULLET.match(stripped)) and len(stripped) > len(m.group(0)):
            stripped = stripped[m.end() :].strip()
    if stripped[0] == "[":
        stripped = _IMAGE_PREFIX.sub("", stripped)
    joins: tuple[int, ...] = ()
    if wrapped and WRAP_JOIN in stripped:
        joins = tuple(i for i, ch in enumerate(stripped) if ch == WRAP_JOIN)
        stripped = stripped.replace(WRAP_JOIN, " ")
    if stripped.endswith("ago"):
        parts = _split_glued(stripped)
        if len(parts) == 2:
            return traits_of(parts[0]), indent, marked, (), traits_of(parts[1])
        stripped = parts[0]
    return traits_of(stripped), indent, marked, joins, None


# Cached: a site's pages repeat their menus and footers line for line, and a batch reads many
# pages of one site. One cache per kind of dump, so that the key is the line itself (a call
# with one str argument: no key tuple to build and hash).
@lru_cache(maxsize=65536)
def _flat_shape(s: str) -> Shape | str | None:
    return _shape(s, False)


@lru_cache(maxsize=65536)
def _wrapped_shape(s: str) -> Shape | str | None:
    return _shape(s, True)


# A converter's list of the links it numbered (lynx's "References", w3m's with link numbers):
# "  12. https://example.org/a", under a header, at the very end of the dump.
_LINK_ENTRY: Final = re.compile(
    r"^\s*\d+\.\s+(?:[a-z][a-z0-9+.-]*://|mailto:|javascript:|tel:|data:|about:|news:)"
)
# elinks gives a link with a title its title on the entry's line ("  61. Read more about it")
# and the address alone on the next, indented by a tab: that line belongs to the list too.
_LINK_ADDRESS: Final = re.compile(r"^\s+(?:[a-z][a-z0-9+.-]*://|mailto:|javascript:)\S*$")
_LINK_LIST_HEADER: Final = re.compile(
    r"^\s*(?:references|(?:visible |hidden )?links)\s*:?\s*$", re.I
)
# The number such a converter prints before each link's text: "[12]Sign in", "see [12]the report".
_LINK_NUMBER: Final = re.compile(r"\[\d+\]")


# elinks opens a dump with the page's <link> elements, one a line: "Link: [1]dns-prefetch",
# "Link: [2]Harbour Courier feed (alternate)". The converter's, not the page's text.
_LINK_ELEMENT: Final = re.compile(r"^\s*Link: ")


def _link_elements_end(raw: list[str]) -> int:
    """Where the converter's opening run of the page's <link> elements ends (0 if none). A long
    title wraps onto a line of its own between two elements."""
    start = 0
    while start < len(raw) and not raw[start].strip():
        start += 1
    if start == len(raw) or not _LINK_ELEMENT.match(raw[start]):
        return 0
    end = index = start
    while index < len(raw) and index <= end + 1:
        if _LINK_ELEMENT.match(raw[index]):
            end = index + 1
        index += 1
    return end


def _link_list_start(raw: list[str]) -> int | None:
    """Where the converter's trailing list of numbered links begins (its header included), or
    None if the dump does not end with one. Every line from there on is the list: chrome.
    A link whose address held a line break spills a line or two between entries."""
    end = len(raw)
    while end and not raw[end - 1].strip():
        end -= 1
    if not end or not (_LINK_ENTRY.match(raw[end - 1]) or _LINK_ADDRESS.match(raw[end - 1])):
        return None  # the common case, settled by the last line
    start = first = end
    entries = strays = 0
    while start and strays < 3:
        s = raw[start - 1]
        start -= 1
        if _LINK_ENTRY.match(s):
            entries += 1
            strays = 0
            first = start
        elif _LINK_ADDRESS.match(s):
            entries += 1  # a titled entry's address: its title is the line above
            strays = 0
        elif _LINK_LIST_HEADER.match(s):
            first = start
        elif s.strip():
            strays += 1
    return first if entries >= 2 else None


def normalise(text: str) -> list[Line]:
    """Lines of a text dump with bullets, indentation and wrapping made uniform."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u200b", "").replace("\ufeff", "")
    raw = text.split("\n")
    links = _link_list_start(raw)
    if links is not None:
        raw = raw[:links]
    elements = _link_elements_end(raw)
    if elements:
        raw = raw[elements:]
    width = _wrap_width(raw)
    if width:
        # Before no-break spaces become spaces: a wrapper never breaks a line at one.
        raw = _unwrap(raw, width)
    raw, narrow = _unwrap_blocks(raw)
    if links is not None:
        # After unwrapping: the wrapper counted the numbers in its width. The numbers are the
        # converter's, not the page's, and would glue "[12]" to words scored later.
        raw = [_LINK_NUMBER.sub("", s) if "[" in s else s for s in raw]
    if "\u00a0" in text:
        raw = [s.replace("\u00a0", " ") for s in raw]
    wrapped = bool(width) or narrow
    shape_of = _wrapped_shape if wrapped else _flat_shape
    lines: list[Line] = []
    blank = False
    pending_bullet = False
    soft = False
    for index, s in enumerate(raw):
        if wrapped:  # only an unwrapped dump has soft breaks and joins
            soft = s.startswith(SOFT_BREAK)
            if soft:
                s = s[1:]
        shape = shape_of(s)
        if shape is None:
            blank = True
            continue
        if isinstance(shape, str):  # _BARE, the only text a shape can be
            pending_bullet = True  # the item's text follows on the next line
            continue
        traits, indent, marked, joins, date = shape
        bullet = marked or pending_bullet
        pending_bullet = False
        line = Line(
            traits.text,
            indent,
            bullet,
            blank,
            index,
            date is not None,
            False,
            soft,
            joins,
            False,
            traits,
        )
        lines.append(line)
        if date is not None:
            lines.append(
                Line(date.text, indent, bullet, False, index, False, False, False, (), False, date)
            )
        blank = False
    return lines
