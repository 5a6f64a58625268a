"""Sentences a page broke with <br> joined again: a verse, an answer set line by line.

Every converter prints each piece of such a sentence on a line of its own, short of any width,
so unwrap.py leaves them apart (they are no wrapped paragraph), and each piece would then read
as a heading. lines.py (normalise) calls this after unwrapping.
"""

from __future__ import annotations

from typing import Final

from newsdesk.extract.text.unwrap import SENTENCE_OPENERS, SOFT_BREAK, line_indent
from newsdesk.extract.text.wrap_width import BULLET, ends_like_sentence, is_ascii_space

# The fewest words a sentence broken by <br> holds, all its pieces together: fewer is a
# caption's or a menu's pair of lines.
_BROKEN_WORDS: Final = 12


def join_broken_sentences(raw: list[str]) -> list[str]:
    """Join the pieces of sentences a page broke with <br> (a verse, an answer set line by
    line): every converter prints each piece on a line of its own, short of any width, so
    unwrap.py leaves them apart, and each piece then reads as a heading. A piece that opens
    like a sentence and stops mid-way on a small letter, followed at its indentation by lines
    that open with a small letter until one ends like a sentence, is one sentence: the pieces
    are joined with a space. The dump comes back as it came when nothing is joined."""
    out: list[str] | None = None
    i = 0
    count = len(raw)
    while i < count:
        end = _broken_sentence_end(raw, i)
        if end > i + 1:
            if out is None:
                out = raw[:i]
            out.append(raw[i].rstrip() + " " + " ".join(s.strip() for s in raw[i + 1 : end]))
            i = end
            continue
        if out is not None:
            out.append(raw[i])
        i += 1
    return raw if out is None else out


def _last_code(s: str) -> int:
    """The code of the last character s.rstrip() keeps (-1: none); no copy made of a line
    ending on an ASCII character that is no space (nearly every line)."""
    if not s:
        return -1
    code = ord(s[-1])
    if code < 128 and not is_ascii_space(code):
        return code
    s = s.rstrip()
    return ord(s[-1]) if s else -1


def _first_code(s: str) -> int:
    """The code of the first character s.lstrip() keeps (-1: none), as _last_code."""
    if not s:
        return -1
    code = ord(s[0])
    if code < 128 and not is_ascii_space(code):
        return code
    s = s.lstrip()
    return ord(s[0]) if s else -1


def _small_letter(code: int) -> bool:
    """Whether the character of `code` (-1: none) is a small letter: an ASCII one told by its
    code, another asked (a list's bullet or a quote mark opens many lines: "•", "“")."""
    if code < 128:
        return 97 <= code <= 122
    if 0x2000 <= code < 0x2070 or 0x2500 <= code < 0x2800:
        # Quote marks, dashes and bullets (General Punctuation), box drawing, shapes and
        # symbols: blocks that hold no small letter (see the tests), told without a call.
        return False
    return chr(code).islower()


def _broken_sentence_end(raw: list[str], i: int) -> int:
    """Where the sentence broken by <br> opening at raw[i] ends (see join_broken_sentences),
    or i + 1 where none opens there."""
    # Nearly every line is settled by two characters, read as figures (no method call): the
    # piece's last must be a small letter, and so must the next line's first.
    if i + 1 == len(raw):
        return i + 1
    if not _small_letter(_last_code(raw[i])) or not _small_letter(_first_code(raw[i + 1])):
        return i + 1
    first = raw[i].strip().lstrip(SOFT_BREAK)
    if not first or not first[-1].islower() or BULLET.match(first):
        return i + 1
    opening = first.lstrip(SENTENCE_OPENERS)[:1]
    if not opening.isupper() and not opening.isdigit():
        return i + 1
    indent = line_indent(raw[i].lstrip(SOFT_BREAK))
    words = len(first.split())
    end = i + 1
    last = first
    while end < len(raw) and last[-1].islower():
        s = raw[end]
        stripped = s.strip()
        if not stripped or not stripped[0].islower() or line_indent(s) != indent:
            return i + 1
        if BULLET.match(stripped):
            return i + 1
        words += len(stripped.split())
        last = stripped
        end += 1
    if end == i + 1 or not ends_like_sentence(last) or words < _BROKEN_WORDS:
        return i + 1
    return end
