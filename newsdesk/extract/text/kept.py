"""The words of the body's kept texts, and which of them are gaps: what the body's stages
(body.py, boxes.py, tail.py) count and ask alike, split once and cached.
"""

from __future__ import annotations

from typing import Final

from newsdesk.extract.text.lines import CACHE_SIZE, count_words, lowered

GAPS: Final = ("gap", "fact")


# lowered_words's cache: a plain dict (see lines.CACHE_SIZE), started again empty when full.
_lowered: Final[dict[str, tuple[str, ...]]] = {}


def lowered_words(text: str) -> tuple[str, ...]:
    """A kept text's words, lower-cased: counted by the body's stages (boxes.py, tail.py) and
    shingled by its last (body.py), which would each split the paragraph again (pages of one
    site also repeat paragraphs)."""
    found = _lowered.get(text)
    if found is None:
        if len(_lowered) >= CACHE_SIZE:
            _lowered.clear()
        found = _lowered[text] = tuple(lowered(text).split())
    return found


def clear_caches() -> None:
    """Empty this module's cache (a measure of reading from cold, a test)."""
    _lowered.clear()


def spaced_words(text: str) -> int:
    """How many words a kept text has, split at spaces as a reader of the body counts them.
    Lower-casing makes no space and unmakes none (each character lower-cases to spaces only
    if it is one), so the lower-cased text splits into as many words."""
    return len(lowered_words(text))


def words_at_least(text: str, n: int) -> bool:
    """count_words(text) >= n, asked of the cached split first: a reader counts at least the
    words a split does (an unspaced script only adds), and an ASCII text exactly those. Most
    kept texts settle here, with no scan for unspaced scripts over a long paragraph."""
    return spaced_words(text) >= n or (not text.isascii() and count_words(text) >= n)
