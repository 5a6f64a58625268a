"""Prose and headlines by their shape: a sentence's end, a paragraph of running prose, title
case, a line that opens as a headline does, a line that spells nothing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from newsdesk.extract.text.line_chrome import is_footer
from newsdesk.extract.text.line_marks import CHROME_WORD, marks

if TYPE_CHECKING:
    from newsdesk.extract.text.lines import Line

# Stops of other scripts too: Armenian "։", Urdu "۔", Ethiopic "።", Devanagari "।" and "॥",
# Burmese "။", Khmer "។", Tibetan "།", fullwidth "．".
SENTENCE_END: Final = re.compile(r"[.!?…:;。！？؟।॥։۔።။។།．]['\"”’)」』»›]*$")
STOPS: Final = frozenset(".!?…:;。！？؟।॥։۔።။។།．")
CLOSERS: Final = "'\"”’)」』»›"


def ends_sentence(text: str) -> bool:
    """SENTENCE_END.search(text) without the search, which tries every position of the line
    (a quarter of the time): a stop, then nothing but closing quotes and brackets. Read from
    the end as code points (STOPS and CLOSERS), with no slice, strip or set look-up."""
    end = len(text)
    if end and ord(text[end - 1]) == 10:  # "\n", as `$` allows
        end -= 1
    while end:
        code = ord(text[end - 1])
        # CLOSERS: ' " ” ’ ) 」 』 » ›
        if code in (39, 34, 0x201D, 0x2019, 41, 0x300D, 0x300F, 0xBB, 0x203A):
            end -= 1
            continue
        # STOPS: . ! ? … : ; 。 ！ ？ ؟ । ॥ ։ ۔ ። ။ ។ ། ．
        return code in (
            46, 33, 63, 0x2026, 58, 59, 0x3002, 0xFF01, 0xFF1F, 0x061F, 0x0964, 0x0965, 0x0589,
            0x06D4, 0x1362, 0x104B, 0x17D4, 0x0F0D, 0xFF0E,
        )  # fmt: skip
    return False


def is_paragraph(line: Line) -> bool:
    """A line of running prose: long, or a complete sentence of some length."""
    traits = line.traits
    if traits.prose is None:
        traits.prose = is_prose_text(traits.text, traits.words)
    return traits.prose


def is_prose(line: Line) -> bool:
    """A paragraph of ten words or more: the story's running prose, as the region reads it."""
    return is_paragraph(line) and line.words >= 10


def is_title_case(text: str, words: int = 0) -> bool:
    """Headline style: nearly every word capitalised ("This Skateboarder Has No Regard ...").

    `words`: the text's word count (lines.count_words: never fewer than str.split()'s parts),
    if known. A longer text is then split _HEAD_WORDS words first, and the rest only where
    those leave it open: prose is mostly settled by its first small words (_title_counts)."""
    parts, rest = _head_split(text, words)
    long, capitals = _title_counts(parts, words if rest else len(parts), 0, 0)
    if rest and capitals >= 0:
        tail = rest.split()
        long, capitals = _title_counts(tail, len(tail), long, capitals)
    return capitals >= 0 and long >= 4 and capitals >= 0.85 * long


def _head_split(text: str, words: int) -> tuple[list[str], str]:
    """A text of more than _WHOLE_SPLIT `words` (is_title_case's) as its first _HEAD_WORDS
    words and the rest, not split (empty if none); another as all its words and "".
    Compiled, str.split with a maximum is a Python call, which a short text's whole split
    costs less than."""
    if words > _WHOLE_SPLIT:
        parts = text.split(None, _HEAD_WORDS)
        return parts, parts.pop() if len(parts) > _HEAD_WORDS else ""
    return text.split(), ""


_WHOLE_SPLIT: Final = 12
_HEAD_WORDS: Final = 8


def _title_counts(parts: list[str], left: int, long: int, capitals: int) -> tuple[int, int]:
    """`long` and `capitals` counted on over the words `parts`: the words of four letters or
    more, and those of them with a capital initial; `left`: the most words the text has from
    these on. Capitals -1 once the text cannot reach capitals on 85% of its long words
    whatever it holds further: more than 15% of the most it may have are small (prose)."""
    # One compiled loop over the words: no list of the long ones, and an ASCII initial (nearly
    # all) is a capital exactly when it is A-Z, with no call to str.isupper.
    for word in parts:
        left -= 1
        if len(word) > 3:
            long += 1
            first = ord(word[0])
            if (65 <= first <= 90) if first < 128 else word[0].isupper():
                capitals += 1
            elif 20 * (long - capitals) > 3 * (long + left):  # (in integers: no rounding)
                return long, -1
    return long, capitals


_PUNCTUATION: Final = re.compile(r"[.,;:!?،。、，։۔።।။។၊]")


def _two_small_words(text: str) -> bool:
    """Whether the text's first two words (as str.split() parts them) each hold a small ASCII
    letter, so that neither is in capitals: read as figures, no word copied. False where it
    cannot tell so (a character beyond ASCII, which may be a space, comes first)."""
    n = len(text)
    k = 0
    for _ in range(2):
        while k < n:  # the spaces before the word
            c = ord(text[k])
            if c >= 128:
                return False
            if not (c == 32 or 9 <= c <= 13 or 28 <= c <= 31):  # wrap_width.is_ascii_space
                break
            k += 1
        small = False
        while k < n:  # the word: its letters asked first (the space test written out, no call)
            c = ord(text[k])
            if 97 <= c <= 122:
                small = True
            elif c >= 128:
                return False
            elif c == 32 or 9 <= c <= 13 or 28 <= c <= 31:
                break
            k += 1
        if not small:
            return False
    return True


def _shouted(text: str, words: int = 0) -> bool:
    """Nearly every word in capitals: "EMISORAS BUENOS AIRES CATAMARCA CHACO ...". `words`:
    as for is_title_case."""
    if _two_small_words(text):
        return False  # nearly every line, told with no split and no call to str.isupper
    head = text.split(None, 3)
    if len(head) < 3 or not (head[0].isupper() or head[1].isupper()):
        return False  # almost every line: one of its first two words is not in capitals
    # Of its words of three letters or more, five or more, four in five in capitals.
    parts, rest = _head_split(text, words)
    n, lower = _lower_counts(parts, words if rest else len(parts), 0, 0)
    if rest and lower >= 0:
        tail = rest.split()
        n, lower = _lower_counts(tail, len(tail), n, lower)
    return lower >= 0 and n >= 5 and n - lower >= 0.8 * n


def _lower_counts(parts: list[str], left: int, n: int, lower: int) -> tuple[int, int]:
    """`n` and `lower` counted on over the words `parts`: the words of three letters or more,
    and those of them not in capitals (a call to str.isupper each); `left`: the most words the
    text has from these on. Lower -1 once more than a fifth of the most such words the text
    may have are not in capitals (in integers: 5 * lower > n + left): no share of 80% then."""
    for w in parts:
        left -= 1
        if len(w) > 2:
            n += 1
            if not w.isupper():
                lower += 1
                if 5 * lower > n + left:
                    return n, -1
    return n, lower


_SHOUTED_PROSE_WORDS: Final = 20


def _shouted_sentences(text: str, words: int) -> bool:
    """Sentences in capitals: a long line of them, a stop inside and one at its end (a
    disclaimer of terms of use: "THE SITE IS PROVIDED "AS IS". WE OFFER NO WARRANTY ..."). A
    menu in capitals stops nowhere."""
    return (
        words >= _SHOUTED_PROSE_WORDS
        and ends_sentence(text)
        and _INNER_STOP.search(text) is not None
    )


def is_prose_text(text: str, words: int) -> bool:
    """is_paragraph for a line's text and word count (asked once per text: see Traits)."""
    if words < 7:
        return False  # a menu item, a label, a short headline
    if words <= 25 and is_title_case(text, words):
        return False
    # ("|" first: one character is looked for by memchr, three by a slower search)
    if ("|" in text and text.count(" | ") >= 2) or (
        _shouted(text, words) and not _shouted_sentences(text, words)
    ):
        return False  # a row of links or headlines; a menu in capitals
    if words >= 20:
        # Twenty words or more without one stop or comma, not starting as a sentence does, is
        # a tag cloud or a keyword list.
        return not _opens_small(text) or _PUNCTUATION.search(text) is not None
    # A shorter line without a full stop is a headline or a label.
    return ends_sentence(text)


def _opens_small(text: str) -> bool:
    """text[:1].islower(): an ASCII opening read as its code point (a-z), with no call."""
    if not text:
        return False
    code = ord(text[0])
    return 97 <= code <= 122 if code < 128 else text[0].islower()


# A sentence's end inside a line, before the next one.
_INNER_STOP: Final = re.compile(r"[.!?։。][\"”’»]?\s")


def is_unfinished(text: str) -> bool:
    """Sentences, then words that end none: headlines glued into one line by a converter
    ("... in Moscow. Mediaport Names by name. Which villages ... the quay"), or a paragraph
    closed by a link or a label. A story's paragraph ends on a stop."""
    # Ending on a letter or a digit: not on an emoji or a symbol, which close a sentence too.
    return text[-1:].isalnum() and _INNER_STOP.search(text) is not None


# Quotation marks a headline may open with: English, and „German“, «French», »German«,
# ‚single‘, ‹single›. The latter hug the word they open: "« Previous post" is a link's arrow.
_QUOTES: Final = "'\"‘“"
HUGGING_QUOTES: Final = "„«»‚‹›"


def _opens_title(text: str) -> bool:
    if not text:
        return True  # ("" is in _QUOTES, as a string)
    # An ASCII opening read as its code point (A-Z, 0-9, the quotes), with no call to
    # str.isupper; beyond ASCII, as the characters.
    code = ord(text[0])
    if code < 128:
        return 65 <= code <= 90 or 48 <= code <= 57 or code == 39 or code == 34
    first = text[0]
    if first.isupper() or first.isdigit() or first in _QUOTES:
        return True
    return first in HUGGING_QUOTES and text[1:2].isalnum()


def is_title_like(line: Line) -> bool:
    words = line.words
    return (
        3 <= words <= 30
        and not line.text.endswith(".")  # (lines hold no newline)
        and not is_footer(line.traits)
        and not marks(line) & CHROME_WORD
        and _opens_title(line.text)
    )


def spells_nothing(text: str) -> bool:
    """No letter or digit at all: a drawn rule, a stray mark, letters a converter lost (U+FFFD).
    Such a line is never a heading or a tag, whatever its place.

    Read a run at a time: a mark that is no letter or digit is stripped with every copy of it
    that follows (in C), so that a drawn rule ("━━━━...", a thousand characters) costs one
    strip, not a call per character."""
    rest = text
    while rest:
        mark = rest[0]
        if mark.isalnum():
            return False
        rest = rest.lstrip(mark)
    return True
