"""A page's text blocks and the structural facts that judge them, and the words they say.

A block is the inline text of one block-level element (a paragraph, a heading, a list item, the
loose text of a div between its child blocks). Each block remembers the element that holds it, how
much of its text sits in links, and which kinds of container it lies in (navigation, a list, a
figure caption, a region whose class or id names boilerplate). The main-text and list readers
work from these blocks alone (a Segmentation: the blocks and the block elements holding them),
so the page is walked once (html_segment.py's `segment` cuts them).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Final

from lxml import etree

from newsdesk.extract.html_dom import HEADING_TAGS

_WORD: Final = re.compile(r"\w+")
_CJK: Final = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# The last characters that end a sentence (what r"[...]\s*$" finds, read off the stripped end:
# str.rstrip() strips exactly the characters \s matches).
_SENTENCE_ENDS: Final = frozenset('.!?…:;"”’)。！？」')
# A soft hyphen (&shy;) marks where a word may break at a line's end; no reader sees it
# elsewhere. Hyphenation plugins put one in every long word ("die\xadsem Jahr"), which split the
# words in two for the tokenizer, the search index and every comparison with another reading.
SOFT_HYPHEN: Final = "\xad"


class Block:
    """The inline text of one block-level element, with what judges it.

    A plain class, not a dataclass: compiled by mypyc, a dataclass keeps the ``__init__`` the
    dataclasses module writes at run time (interpreted Python setting each field through its
    descriptor, ~4,500 instructions a block); this one is compiled (a tenth of that). Blocks
    compare by identity, as the dataclass's field-by-field equality did in effect: no two
    blocks of a page share an ``index``."""

    __slots__ = (
        "_words",
        "chrome",
        "chrome_marks",
        "element",
        "in_caption",
        "in_list",
        "in_quote",
        "in_table",
        "index",
        "lineage",
        "link_chars",
        "prose",
        "slot",
        "tag",
        "text",
    )

    def __init__(
        self,
        index: int,
        text: str,
        element: etree._Element,
        tag: str,
        link_chars: int,
        chrome: bool,
        in_list: bool,
        in_caption: bool,
        in_quote: bool,
        in_table: bool,
        prose: bool,
        lineage: tuple[list[etree._Element], list[int]] | None = None,
        chrome_marks: tuple[etree._Element, ...] = (),
        slot: int = -1,
        _words: list[str] | None = None,
    ) -> None:
        self.index = index
        self.text = text
        self.element = element
        self.tag = tag
        self.link_chars = link_chars
        # Inside nav/footer/aside/header or a region named like boilerplate. Decided once the
        # main container is known: a wrapper around the article named "...-sidebar" is not
        # chrome.
        self.chrome = chrome
        self.in_list = in_list
        self.in_caption = in_caption
        self.in_quote = in_quote
        self.in_table = in_table
        # Reads like running text: several words, mostly not links. Judged as the block is cut
        # (every page asks it of every block, most more than once).
        self.prose = prose
        # The segmentation's block elements and each one's enclosing block element (its order
        # and parent lists, shared by the page's blocks): where ``ancestors`` are read from.
        self.lineage = lineage
        # Those of the ancestors named like chrome or tagged nav/footer/aside/header/menu.
        self.chrome_marks = chrome_marks
        # The holder's position in Segmentation.order (-1: the root, for text outside every
        # block element): scores per element are kept in lists by that position, not dicts.
        self.slot = slot
        self._words = _words

    def __repr__(self) -> str:
        return f"Block(index={self.index}, tag={self.tag!r}, text={self.text!r})"

    @property
    def ancestors(self) -> tuple[etree._Element, ...]:
        """The enclosing block elements, outermost first, the holder last (none for text
        outside every block element). Read off the lineage when asked (rarely): cheaper than
        a tuple built for every block element the walk enters."""
        if self.lineage is None:
            return ()
        order, parent = self.lineage
        chain = []
        at = self.slot
        while at >= 0:
            chain.append(order[at])
            at = parent[at]
        return tuple(reversed(chain))

    @property
    def words(self) -> list[str]:
        """The text's ``\\w+`` tokens (computed once: prose, body selection and the JSON-LD and
        trafilatura comparisons all ask)."""
        if self._words is None:
            self._words = word_tokens(self.text)
        return self._words

    @property
    def is_heading(self) -> bool:
        return self.tag in HEADING_TAGS

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


def words_only(block: Block) -> str:
    """The block's words, case-folded, one space between: its text with every non-word run made
    a space, stripped and case-folded, built from its word tokens (most blocks have them).

    casefold, not lower: compiled by mypyc, str.lower() leaves out Unicode's final-sigma rule
    ("ΦΎΛΑΚΑΣ" gives "φύλακασ", CPython "φύλακας"), so the same page compared differently
    compiled and pure; casefold gives "φύλακασ" for both spellings either way."""
    return " ".join(block.words).casefold()


def text_weight(text: str) -> int:
    """Length in Latin-script characters: a Chinese or Japanese character carries about as
    much as a short word, so it counts three."""
    if text.isascii():  # a flag of the str: no search through an ASCII text
        return len(text)
    return len(text) + 2 * len(_CJK.findall(text))


# An ASCII character that is no word character (what \w matches there: letters, digits, "_")
# made a space: a longer ASCII text translated by it splits into its \w+ tokens in a third of
# the regex's time (a short one is quicker through the regex: translate fills its table first).
_NON_WORD_SPACE: Final = str.maketrans(
    {c: " " for c in range(128) if not (chr(c).isalnum() or c == 95)}
)
_TRANSLATE_FROM: Final = 100  # characters


def word_tokens(text: str) -> list[str]:
    """The text's ``\\w+`` tokens, as ``_WORD.findall`` gives them."""
    if len(text) >= _TRANSLATE_FROM and text.isascii():
        return text.translate(_NON_WORD_SPACE).split()
    return _WORD.findall(text)


def prose_and_words(text: str, link_chars: int, tag: str) -> tuple[bool, list[str] | None]:
    """Whether a block of this text, link text and tag reads like running text (a Block's
    ``prose``), and its ``\\w+`` tokens when they had to be counted (else None)."""
    if (text and link_chars / len(text) > 0.35) or tag in HEADING_TAGS:
        return False, None
    tokens = word_tokens(text)
    words = len(tokens)
    if words < 12 and not text.isascii():
        # Chinese and Japanese are written without spaces: count two characters as a word.
        words += len(_CJK.findall(text)) // 2
    return words >= 12 or (words >= 6 and text.rstrip()[-1:] in _SENTENCE_ENDS), tokens


@dataclass
class Segmentation:
    blocks: list[Block]
    tickers: list[etree._Element]  # regions named like a breaking-news ticker
    order: list[etree._Element]  # the block elements in document order (parents first)
    # For each element of ``order``, the position there of its nearest enclosing block
    # element (-1: none), and the position just after its last block element descendant (its
    # subtree's block elements are order[i:end[i]]).
    parent: list[int]
    end: list[int]
    # The highest slot among the blocks up to each one (built on the first blocks_within).
    _reach: list[int] | None = field(default=None, repr=False, compare=False)

    def span(self, el: etree._Element) -> range:
        """The positions in ``order`` of ``el`` and the block elements inside it; empty when
        ``el`` is not one of the walk's block elements (then it is among no block's ancestors)."""
        try:
            start = self.order.index(el)
        except ValueError:
            return range(0)
        return range(start, self.end[start])

    def blocks_within(self, el: etree._Element) -> list[Block]:
        """The blocks with ``el`` among their ancestors (held by it or by a block element inside
        it); none when ``el`` is not one of the walk's block elements."""
        span = self.span(el)
        if not span:
            return []
        # The blocks cut inside ``el`` are those the walk emitted between entering and leaving
        # it: a run of ``blocks``, after which every block held by ``el`` or an element inside
        # it (slot in span) and before which none (every element entered earlier comes earlier
        # in ``order``). The run starts at the first block reaching ``el``'s position.
        blocks = self.blocks
        reach = self._reach
        if reach is None:
            reach = self._reach = list(accumulate((b.slot for b in blocks), max))
        found = []
        for i in range(bisect_left(reach, span.start), len(blocks)):
            block = blocks[i]
            if block.slot not in span:
                break
            found.append(block)
        return found
