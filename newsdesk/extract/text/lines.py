"""Text dumps to normalised lines, whatever converter wrote them.

Converters differ in bullets ("•", "*", "□", "+", "-" or none), indentation, wrapping and how
they glue inline elements ("Al Mayadeen4 days ago"). Everything after this module sees one
shape: a `Line` with its text, indentation depth, whether it was a list item and whether a blank
line preceded it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from newsdesk.extract.dates import opens_month_year
from newsdesk.extract.html_blocks import SOFT_HYPHEN
from newsdesk.extract.text.broken_sentences import join_broken_sentences
from newsdesk.extract.text.converter_links import (
    link_elements_end,
    link_list_start,
    without_link_numbers,
)
from newsdesk.extract.text.layout_columns import side_by_side
from newsdesk.extract.text.plain_patterns import MARKS, PLAIN_TEXT
from newsdesk.extract.text.unwrap import (
    SOFT_BREAK,
    WRAP_JOIN,
    _unwrap,
    _unwrap_blocks,
)
from newsdesk.extract.text.wrap_width import BULLET as _BULLET
from newsdesk.extract.text.wrap_width import measured_width

_BULLET_FIRST: Final = frozenset("•*□+-▪◦·○●■‣–0123456789")


def _bullet_first(c: int) -> bool:
    """Whether the character of code `c` is in _BULLET_FIRST (comparisons, compiled: no set
    look-up hashing the character; tests/extract hold it to the set)."""
    return 48 <= c <= 57 or c in (
        0x2022, 42, 45, 43, 0x2013, 0xB7, 0x25AA, 0x25E6, 0x25CB, 0x25CF, 0x25A0, 0x2023, 0x25A1,
    )  # fmt: skip


# "Al Mayadeen4 days ago", "time9 hours ago": an icon word or a name glued to a relative date.
_GLUED_RELATIVE: Final = re.compile(
    r"^(.*?[A-Za-z.)])(\d+\s*(?:second|minute|hour|day|week|month|year)s?\s+ago)$", re.I
)
_ICON_WORDS: Final = {"time", "clock", "calendar", "date"}
# lynx and elinks print the page's "&apos;" as U+02BC (a modifier letter, so a word character:
# "weʼre" would read as one word); outside Cyrillic, where it is a letter of its own, it is the
# page's apostrophe.
_MODIFIER_APOSTROPHE: Final = re.compile(r"(?<![\u0400-\u052f])\u02bc")


# Scripts written without spaces between words: Thai, Lao, Khmer, Myanmar, Chinese, Japanese.
_UNSPACED: Final = re.compile(
    r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff]+"
)
# One character of those scripts: sre searches for a lone class with its fast charset scan,
# which a repeated class (`+`) turns off (0.4 vs 1.1 us on a line that is not ASCII).
_UNSPACED_CHAR: Final = re.compile(_UNSPACED.pattern[:-1])


def _ascii_words(text: str) -> int:
    """len(text.split()) of an ASCII text. A short line's words are counted by a compiled
    loop (_short_words); on a longer one, the `in`s ask for every other ASCII character
    str.split() splits at (each a memchr)."""
    if len(text) < 64:
        return _short_words(text)
    if (
        "\t" in text
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
    return _space_parted_words(text)


def _short_words(text: str) -> int:
    """len(text.split()) of an ASCII text, read a code point at a time (no list, no string a
    word): the ASCII characters str.split() splits at are the space, "\t\n\x0b\x0c\r" and
    "\x1c" to "\x1f". Cheaper than the split on a short line (a few words), dearer on a long one."""
    words = 0
    spaced = True
    for i in range(len(text)):
        c = ord(text[i])
        if c == 32 or 9 <= c <= 13 or 28 <= c <= 31:
            spaced = True
        elif spaced:
            words += 1
            spaced = False
    return words


def _marked_words(text: str) -> int:
    """len(text.split()) of a text of printed ASCII characters (the space to "~") and the plain
    marks alone (_PRINTED_PLAIN's class: such a text holds no separator but the space), or -1
    at its first other character. One compiled loop, a code point at a time: it tells what the
    fullmatch of _PRINTED_PLAIN tells (sre's step through a class, ~28 instructions a
    character) and counts the words on the way (no count of the spaces after it)."""
    words = 0
    spaced = True
    for i in range(len(text)):
        c = ord(text[i])
        if c == 32:
            spaced = True
        elif 32 < c < 127 or _is_mark(c):
            if spaced:
                words += 1
                spaced = False
        else:
            return -1
    return words


def _is_mark(c: int) -> bool:
    """Whether `c` is the code point of one of plain_patterns.MARKS (a tuple display: compiled,
    comparisons; the curly quotes and dashes first). tests/extract holds it to MARKS."""
    return c in (
        0x2019, 0x201C, 0x201D, 0x2018, 0x2013, 0x2014, 0x2026, 0xAB, 0xBB, 0xA9, 0x2022,
        0xB7, 0x2606, 0x2605, 0xAE, 0x2122, 0xB0, 0x20AC, 0xA3, 0x2501, 0x2500, 0x25AA,
        0x25E6, 0x25CB, 0x25CF, 0x25A0, 0x2023, 0x25A1,
    )  # fmt: skip


_DIGIT: Final = re.compile(r"\d")


def holds_digit(text: str, end: int) -> bool:
    """_DIGIT.search(text, 0, end) is not None (a decimal digit among the first `end`
    characters): the ASCII characters told by their codes (no other ASCII character is a
    decimal digit), the search asked from the first one beyond."""
    for k in range(min(len(text), end)):
        code = ord(text[k])
        if code >= 128:
            return _DIGIT.search(text, k, end) is not None
        if 48 <= code <= 57:
            return True
    return False


def _space_parted_words(text: str) -> int:
    """len(text.split()) of a text no character but the space parts. A long line (a paragraph)
    with single spaces between its words and none at its ends has one word more than spaces:
    counted without making a string of every word."""
    if len(text) < 64 or "  " in text or text.startswith(" ") or text.endswith(" "):
        return len(text.split())
    return text.count(" ") + 1


# One character either of those scripts or a separator str.split() splits at besides the
# space (U+0085, no-break spaces, the typographic spaces, line and paragraph separators...): a
# text with none of them splits at its spaces only. One lone class: sre's fast charset scan.
_UNSPACED_OR_SPLIT: Final = re.compile(
    "[\t\n\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
    + _UNSPACED.pattern[1:-2]
    + "]"
)


# Every other character, as _UNSPACED_OR_SPLIT's complement: a text of them alone splits at
# its spaces only (`_UNSPACED_OR_SPLIT.search(text) is None`). A possessive run matched whole,
# its ranges the commonest first and one beyond the Basic Multilingual Plane, so that sre tests
# a character against them in turn (ASCII's, Latin's to Cyrillic's and the punctuation's first)
# rather than through its table of the plane's blocks: a sixth cheaper a character.
_SPACED_ONLY: Final = re.compile(
    "[\x20-\x84\xa1-\u0dff\u200b-\u2027\u2030-\u205e\ua000-\U0010ffff\u2060-\u2fff"
    "\u3001-\u303f\u3100-\u33ff\u1800-\u1fff\u10a0-\u167f\u1681-\u177f\u0f00-\u0fff"
    "\u202a-\u202e\x86-\x9f\x00-\x08\x0e-\x1b]*+"
)


# Printed ASCII (from the space to "~") and the plain marks, the whole text: a text of them
# alone is plain, and splits at its spaces only (see Traits). A possessive run of one class,
# matched whole: sre steps through it faster than it searches for the class's complement
# (0.5 against 0.9 us on a paragraph), and gives up at the first other character.
_PRINTED_PLAIN: Final = re.compile("[\x20-\x7e" + MARKS + "]*+")
# plain_patterns' test of a plain text whole (controls too), this module's constant.
_PLAIN_TEXT: Final = PLAIN_TEXT


def count_words(text: str) -> int:
    """Words as a reader counts them; in unspaced scripts, about one word per two characters
    (Chinese, Japanese) or four (Thai and its neighbours), so that line length means the same."""
    if text.isascii():
        return _ascii_words(text)
    return _words_beyond_ascii(text)


def _words_beyond_ascii(text: str) -> int:
    """count_words(text) of a text that is not ASCII."""
    # Curly quotes and dashes make most paragraphs non-ASCII: one scan rules out both the
    # unspaced scripts and every separator but the space.
    if _SPACED_ONLY.fullmatch(text) is not None:
        return _space_parted_words(text)
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
    once per text, by the first stage that asks (see line_marks.py, line_chrome.py, line_prose.py
    and line_score.py), and is then an attribute read. Facts other than `words` start as None ("not
    asked yet").
    """

    __slots__ = (
        "chrome", "comments", "consent", "datable", "footer", "glue", "keys", "low", "marked",
        "marks", "named", "plain", "promo", "prose", "row", "score", "text", "thread", "words",
    )  # fmt: skip

    def __init__(self, text: str) -> None:
        self.text = text
        # Plain (ASCII and the marks of plain_patterns.py: what the page scan reads) and the
        # words counted in one go: most paragraphs are plain but for their curly quotes, and a
        # text of printed plain characters alone holds no separator but the space and no
        # unspaced script (count_words's scan), nor anything the page scan's test looks for.
        # `marked`: plain, with marks beyond ASCII (curly quotes, dashes), which have no case:
        # its only cased letters are ASCII's (see lowered).
        if text.isascii():
            self.plain = True
            self.marked = False
            self.words = _ascii_words(text)
        else:
            # _PRINTED_PLAIN's test and the split's count in one loop (-1: another character)
            words = _marked_words(text)
            if words >= 0:
                self.plain = self.marked = True
                self.words = words
            else:  # another character (an accented letter, most often) or a control
                self.plain = self.marked = _PLAIN_TEXT.fullmatch(text) is not None
                self.words = _words_beyond_ascii(text)
        self.low: str | None = None  # the text lower-cased, once asked (lowered_of)
        self.marks: int | None = None  # anchored patterns the text matches (line_marks.marks)
        self.prose: bool | None = None  # line_prose.is_paragraph
        self.chrome: bool | None = None  # line_chrome.is_chrome
        self.datable: bool | None = None  # may be a date at all (shapes.date_of)
        self.keys: int | None = None  # keyword families the text holds (line_chrome.has_keys)
        self.footer: bool | None = None  # line_chrome.is_footer
        self.promo: bool | None = None  # line_chrome.is_promo
        self.consent: bool | None = None  # line_chrome.is_consent
        self.comments: bool | None = None  # line_chrome.starts_comments
        self.thread: int | None = None  # line_chrome.thread_line
        self.score: tuple[float | None, float, float] | None = None  # line_score.line_score
        # A glued capital in the text (shapes.is_glued_teaser), when page_scan.py has looked.
        self.glue: bool | None = None
        # Holds a word a phrase naming the publisher needs (site_name._may_name_site), if looked.
        self.named: bool | None = None
        self.row: bool | None = None  # a table row on one line (story_tables.is_table_row)


# The caches of this module (traits_of, _shape_of) hold this many entries at most: when full,
# they start again empty. Plain dicts rather than lru_cache: compiled, a look-up is a native
# dict call, where an lru_cache'd function is called through Python's call protocol (a tuple
# of arguments, the cache's own links) on every line of every page. Final (the dicts, not
# what they hold): compiled, a Final name is a static read, another module global a look-up
# in the module's dict at each use (~100 instructions; three a miss).
CACHE_SIZE: Final = 65536
_traits: Final[dict[str, Traits]] = {}


def traits_of(text: str) -> Traits:
    """The Traits of a text, one object per distinct text (while the cache holds it)."""
    found = _traits.get(text)
    if found is None:
        if len(_traits) >= CACHE_SIZE:
            _traits.clear()
        found = _traits[text] = Traits(text)
    return found


def lowered_of(traits: Traits) -> str:
    """traits.text.lower(), worked out once per text (stages lower the same lines again and
    again: may_hold's gates, the keyword families, the kept texts' words), in half the time
    for a text that is plain but not ASCII (Traits.marked: a paragraph with curly quotes).
    str.lower() maps every character of a text that is not all ASCII through Unicode's case
    tables; such a text's only cased letters are ASCII's, which bytes.lower() lowers in its
    UTF-8 exactly as str.lower() would, leaving every byte of the marks as it is."""
    low = traits.low
    if low is None:
        text = traits.text
        low = text.encode().lower().decode() if traits.marked else text.lower()
        traits.low = low
    return low


def known_traits(text: str) -> Traits | None:
    """The Traits of a text already read (a line's, while the cache holds it), else None."""
    return _traits.get(text)


def lowered(text: str) -> str:
    """text.lower(): a line's text's from its Traits (lowered_of), any other text's as ever."""
    traits = _traits.get(text)
    if traits is None:
        return text.lower()
    return lowered_of(traits)


def clear_caches() -> None:
    """Empty this module's caches (a measure of reading from cold, a test)."""
    _traits.clear()
    _flat_shapes.clear()
    _wrapped_shapes.clear()


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


def broken_off(line: Line) -> bool:
    """A line a wrapper broke off the line above after a stop (a soft break, no blank line over
    it): that line's paragraph going on, perhaps."""
    return line.soft_break and not line.blank_before


def broken_off_end(lines: list[Line], at: int) -> int:
    """The last of the lines broken off lines[at] (broken_off), one after another; `at` if none."""
    end = at
    while end + 1 < len(lines) and broken_off(lines[end + 1]):
        end += 1
    return end


# w3m prints an image as its alt text in brackets, often glued to the text that follows;
# lynx, an image without one as its file's name or address, however long ("[photo.jpg?width=
# 640&amp;height=480&amp;quality=20]"), wrapped within it (rejoined without a space).
# (The name may end a line: the wrapped text then follows a WRAP_JOIN, taken off with it.)
_IMAGE_PREFIX: Final = re.compile(r"^\[(?:[^\]]{0,80}|[^\]\s]{81,400})\][\s\x01]*(?=[^\s\x01])")


def _split_glued(text: str) -> list[str]:
    m = _GLUED_RELATIVE.match(text)
    if not m:
        return [text]
    head, date = m.group(1).strip(), m.group(2)
    if head.lower() in _ICON_WORDS:
        return [date]
    return [head, date]


# lynx marks a <button> so, its label (if any) after it: "(BUTTON) Share", "(BUTTON) Teilen".
_BUTTON: Final = "(BUTTON)"
_SENTENCE_END: Final = frozenset('.!?…"”’)')
# More words after a button than a button's label holds: a paragraph printed on its line.
_BUTTON_LABEL_WORDS: Final = 12


def _buttons_off(text: str) -> str:
    """A line with lynx's button marks where they are the line's, in front ("(BUTTON) Share",
    "Share (BUTTON) Email (BUTTON)" -> "(BUTTON) Share Email", "____ (BUTTON)"): the mark says
    what the line is (shapes: chrome). Taken off where it is not the line's: after a
    sentence's end, or on a paragraph printed on the button's line."""
    if text.endswith(_BUTTON) and text.count(_BUTTON) == 1:
        before = text[: -len(_BUTTON)].rstrip().rstrip(WRAP_JOIN)  # wrapped onto the line
        if before[-1:] in _SENTENCE_END:
            return before
    rest = " ".join(text.replace(_BUTTON, " ").split())
    if count_words(rest) > _BUTTON_LABEL_WORDS:
        return rest
    if text.startswith(_BUTTON):
        return text
    return f"{_BUTTON} {rest}"


# What a raw line reads as, whatever the lines around it (see _shape).
_BARE: Final = "bare bullet"
# A no-break space: a space in a line's text. Kept in the raw lines (a wrapper never breaks a
# line at one: see normalise) and read by _shape as the space every step there takes it for
# (a space to strip, split and match as \s), so that only its text's is replaced, once a line.
_NO_BREAK: Final = "\u00a0"
# (text's Traits, indentation, bullet mark, joins, the glued date's Traits or None). One flat
# tuple: the shape caches keep one per distinct raw line, each an object the collector walks.
Shape = tuple[Traits, int, bool, tuple[int, ...], Traits | None]


def _shape(s: str, wrapped: bool, tabs: bool = True, no_break: bool = True) -> Shape | str | None:
    """One raw line on its own: None if blank, _BARE if a bullet alone (its item follows on the
    next line), else (its text's Traits, or the head's of a glued pair; its indentation; whether
    a bullet mark led it; where wrapped lines were joined in it; the glued date's Traits).
    `tabs`, `no_break`: False where the page holds no tab, no no-break space (nor then the
    line: no step before puts one in), which are then not looked for in the line."""
    stripped = s.strip()
    if not stripped:
        return None
    lead = stripped[0]  # the line's first letter after its indentation
    # (its bracket first: one character's search, where the mark's, in a line that is not
    # Latin-1, makes a copy of the mark in the line's width first)
    if "(" in stripped and _BUTTON in stripped:
        stripped = _buttons_off(stripped)
    first = stripped[0]
    marked = False
    if _bullet_first(ord(first)):
        if 48 <= ord(first) <= 57:  # (the set's only figures: first.isdigit() here)
            # A number is an item's only before "." or ")" (most lines opening on one are
            # dates, times and figures): the match is tried only then.
            if stripped[1:2] not in ".)" and stripped[2:3] not in ".)":
                m = None
            else:
                m = _BULLET.match(stripped)
            if m and opens_month_year(stripped[m.end() :]):
                m = None  # "14. Mai 2019": a date's day (as German and others write it), no item's
            if m:
                marked = True
                stripped = stripped[m.end() :].strip()
        elif len(stripped) == 1:
            return _BARE  # a mark alone (_BARE_BULLET's match)
        elif stripped[1].isspace():
            # A mark and a space (_BULLET's match, its spaces to the next letter, which the
            # strip takes off): asked without sre (most items open so).
            marked = True
            stripped = stripped[1:].strip()
        if marked:
            # "• • LIVE": nested bullets collapse into one item (asked where a mark or a
            # figure, which every match opens with, opens the text: most items open on a word).
            # A match never reaches the stripped line's end: its spaces must be followed by more.
            while (_bullet_first(ord(stripped[0])) or stripped[0].isdigit()) and (
                m := _BULLET.match(stripped)
            ):
                stripped = stripped[m.end() :].strip()
            first = stripped[0]
    if tabs and "\t" in s:
        s = s.expandtabs(4)
        indent = len(s) - len(s.lstrip())  # in columns; converters differ in their step
    else:
        # Where the stripped line's first letter first shows: every letter before it is a
        # space (no copy of the line made, as lstrip's would be); 0 where it opens the line.
        indent = 0 if ord(s[0]) == ord(lead) else s.find(lead)
    if first == "[":
        stripped = _IMAGE_PREFIX.sub("", stripped)
    joins: tuple[int, ...] = ()
    if wrapped and WRAP_JOIN in stripped:
        joins = tuple(i for i, ch in enumerate(stripped) if ch == WRAP_JOIN)
        stripped = stripped.replace(WRAP_JOIN, " ")
    if ord(stripped[-1]) == 111 and stripped.endswith("ago"):  # (its last letter first: "o")
        parts = _split_glued(stripped)
        if len(parts) == 2:
            head, date = parts
            if no_break and _NO_BREAK in stripped:
                head, date = head.replace(_NO_BREAK, " "), date.replace(_NO_BREAK, " ")
            return traits_of(head), indent, marked, (), traits_of(date)
        stripped = parts[0]
    if no_break and _NO_BREAK in stripped:
        stripped = stripped.replace(_NO_BREAK, " ")
    return traits_of(stripped), indent, marked, joins, None


# Cached: a site's pages repeat their menus and footers line for line, and a batch reads many
# pages of one site. One cache per kind of dump, so that the key is the line itself (no key
# tuple to build and hash). A shape may be None (a blank line): a miss is told by _UNSHAPED.
_flat_shapes: Final[dict[str, Shape | str | None]] = {}
_wrapped_shapes: Final[dict[str, Shape | str | None]] = {}
_UNSHAPED: Final = "\x00unshaped"  # never a value: _BARE is the only text a shape can be


def _shape_of(s: str, wrapped: bool, tabs: bool, no_break: bool) -> Shape | str | None:
    """_shape(s, wrapped, tabs, no_break), cached (the shape is the line's whatever the flags:
    they only say what the line cannot hold)."""
    shapes = _wrapped_shapes if wrapped else _flat_shapes
    found = shapes.get(s, _UNSHAPED)
    if found is _UNSHAPED:
        if len(shapes) >= CACHE_SIZE:
            shapes.clear()
        found = shapes[s] = _shape(s, wrapped, tabs, no_break)
    return found


def normalise(text: str) -> list[Line]:
    """Lines of a text dump with bullets, indentation and wrapping made uniform."""
    if "\r" in text:  # rare: two scans of the page saved (a Windows or an old Mac dump)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Asked first: a replace counts the page's characters even where it finds none to take.
    if "\u200b" in text:
        text = text.replace("\u200b", "")
    if "\ufeff" in text:
        text = text.replace("\ufeff", "")
    if "\u02bc" in text:
        text = _MODIFIER_APOSTROPHE.sub("'", text)
    if SOFT_HYPHEN in text:
        # A soft hyphen marks where a word may break; inscriptis prints it inside every word a
        # hyphenation plugin marked, which would cut the words in two for every reader.
        text = text.replace(SOFT_HYPHEN, "")
    raw = text.split("\n")
    links = link_list_start(raw)
    if links is not None:
        raw = raw[:links]
    elements = link_elements_end(raw)
    if elements:
        raw = raw[elements:]
    raw = side_by_side(raw)
    width, shown = measured_width(raw, text)
    if width:
        # With the no-break spaces the page has: a wrapper never breaks a line at one (they
        # become spaces in the lines' texts only, _shape's _NO_BREAK).
        raw = _unwrap(raw, width, shown)
    raw, narrow = _unwrap_blocks(raw)
    raw = join_broken_sentences(raw)
    if links is not None:
        # After unwrapping: the wrapper counted the numbers in its width. The numbers are the
        # converter's, not the page's, and would glue "[12]" to words scored later.
        raw = without_link_numbers(raw)
    wrapped = bool(width) or narrow
    tabs = "\t" in text
    no_break = _NO_BREAK in text
    lines: list[Line] = []
    blank = False
    pending_bullet = False
    soft = False
    for index, s in enumerate(raw):
        if wrapped:  # only an unwrapped dump has soft breaks and joins
            soft = s.startswith(SOFT_BREAK)
            if soft:
                s = s[1:]
        shape = _shape_of(s, wrapped, tabs, no_break)
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
