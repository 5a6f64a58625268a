"""Cut a parsed page into text blocks (html_blocks.py's Block) in one walk: `segment`.

Inline text (element text and tails) gathers into the current run, and a run becomes a block
whenever a block-level element starts or ends. On the way the walk notes where each block sits:
in a list, a figure caption, a quote or a table row, inside links, and under which regions whose
tag or class/id names boilerplate (navigation, share bars, comments) or a news ticker.
"""

from __future__ import annotations

import re
from typing import Final

from lxml import etree

from newsdesk.extract.html_blocks import SOFT_HYPHEN, Block, Segmentation, prose_and_words
from newsdesk.extract.html_dom import (
    BLOCK_TAGS,
    BR,
    HEADING_TAGS,
    SKIP_TAGS,
    NameWords,
    hidden_elements,
    is_hidden,
    name_runs,
    name_words,
)

# Table cells are not blocks: a data table's row reads as one line ("DL Myles Garrett 57 77%").
# A cell that holds paragraphs or divs is a layout table's (a page of the 2000s set its menu,
# its story and its teasers side by side in one row): it is a block element of its own, so the
# story's cell, not the whole row, is what holds the story's paragraphs.
CELL_TAGS: Final = frozenset(["td", "th"])
CHROME_TAGS: Final = frozenset(["nav", "footer", "aside", "header", "menu"])

# Words that page authors use in class/id names for regions that are not the article. Matched as
# whole words of the name (split on -, _, space and camel case), so "share-bar" hits and
# "shared-content" does not. Names are noisy (a WordPress article carries "tag-..." classes), so a
# region named like chrome never counts as chrome when it encloses the main text.
_CHROME_WORDS: Final = frozenset(
    """comment comments commentlist disqus respond reply replies share sharing social sharebar
    related recommended recommendation recirc trending popular mostread most-read newsletter
    signup subscribe subscription promo promotion advert advertisement ads ad adslot sponsor
    sponsored outbrain taboola sidebar widget footer nav navbar navigation menu breadcrumb
    breadcrumbs cookie consent popup modal banner masthead toolbar pagination pager byline
    author tags taglist keywords meta dateline timestamp caption credit copyright disclaimer
    rating print email login teaser teasers readmore next prev skip offscreen cta bio
    biography biographia screenreader""".split()  # noqa: SIM905
)
_CHROME_NAME: Final = NameWords(_CHROME_WORDS)
_TICKER_NAME: Final = NameWords(
    frozenset({"ticker", "breaking", "marquee", "urgent", "newsticker", "livebar"})
)
# Boxes a page shows over the text when the pointer rests on a word (a person's card with links
# to their stories, a term's definition): set inside the paragraph, hidden by the style sheet,
# never read as part of it.
_HOVER_NAME: Final = NameWords(frozenset({"tooltip", "popover", "hovercard", "rollover", "popup"}))
_PARAGRAPH_BREAK: Final = re.compile(BR + r"\s*" + BR)
_MAX_DEPTH: Final = 600  # deeper is markup noise; the bound keeps the walk in Python's limit
_FIRST_BODY: Final = etree.XPath("descendant::body[1]")  # libxml2 stops at the first


# Where the walk is, as bit flags (cheaper than an object per element on large pages).
# Module constants here and below are Final: compiled, the walk reads them as constants or
# C statics instead of looking each up by name for every element.
IN_LIST: Final = 1
IN_CAPTION: Final = 2
IN_QUOTE: Final = 4
IN_TABLE: Final = 8
IN_LINK: Final = 16
IN_TICKER: Final = 32
IN_HOVER: Final = 64  # inside an inline element named for a box shown on hover
_TAG_FLAGS: Final = {
    "li": IN_LIST,
    "dd": IN_LIST,
    "dt": IN_LIST,
    "figcaption": IN_CAPTION,
    "caption": IN_CAPTION,
    "blockquote": IN_QUOTE,
    "tr": IN_TABLE,
}


# A block's in_list, in_caption, in_quote and in_table, by the walk's flags for them.
_CONTEXT_BITS: Final = IN_LIST | IN_CAPTION | IN_QUOTE | IN_TABLE
_CONTEXTS: Final = [
    (bool(f & IN_LIST), bool(f & IN_CAPTION), bool(f & IN_QUOTE), bool(f & IN_TABLE))
    for f in range(_CONTEXT_BITS + 1)
]

# Block elements the walk cuts at (a marquee is a ticker's block, whatever its display).
CUT_TAGS: Final = BLOCK_TAGS | {"marquee"}
# What the walk does with a child, by its tag, in one dict lookup: skip it (a false value; a
# comment's, processing instruction's or entity's tag is a function), cut a block at it, or
# read it as inline text (a <br> or a table cell also adds a break or a space).
_SKIP: Final = 0
_CUT: Final = 1
_INLINE: Final = 2
_LINE_BREAK: Final = 3
_CELL: Final = 4
_KIND: Final[dict[object, int]] = {
    **dict.fromkeys(CUT_TAGS, _CUT),
    **dict.fromkeys(CELL_TAGS, _CELL),
    "br": _LINE_BREAK,
    **dict.fromkeys(SKIP_TAGS, _SKIP),
    etree.Comment: _SKIP,
    etree.ProcessingInstruction: _SKIP,
    etree.Entity: _SKIP,
}
# What a class/id string says about its element, by the string: pages repeat the same few
# hundred names on thousands of elements, so each is matched against the word lists once.
_NAME_CHROME: Final = 1
_NAME_TICKER: Final = 2
_NAME_HOVER: Final = 4
_name_flags: Final[dict[str, int]] = {}


# The classes a blog engine gives the element holding one post (WordPress's post_class(): "post-12
# type-post status-publish hentry category-social-media tag-newsletter author-jane"): one class
# for each of the post's categories, tags and custom terms and for its author, so its name says
# what the post is filed under, not what the box is.
_POST_CLASSES: Final = frozenset(("hentry", "status-publish"))


def _flags_of_names(names: str) -> int:
    flags = _name_flags.get(names)
    if flags is None:
        if not _POST_CLASSES.isdisjoint(names.split()):
            _name_flags[names] = 0
            return 0
        text = name_words(names)
        runs = name_runs(text)
        flags = (
            (_NAME_CHROME if _CHROME_NAME.found(text, runs) else 0)
            | (_NAME_TICKER if _TICKER_NAME.found(text, runs) else 0)
            | (_NAME_HOVER if _HOVER_NAME.found(text, runs) else 0)
        )
        if len(_name_flags) > 50_000:  # a bound for long runs over many sites
            _name_flags.clear()
        _name_flags[names] = flags
    return flags


_SLUG_WORD: Final = re.compile(r"[^\W_]+")


def _is_anchor(heading: etree._Element, ident: str) -> bool:
    """Whether a heading's id is an anchor made of its own words ("what-are-you-looking-
    forward-to-next" on "What are you looking forward to next?"), not a region's name: such
    an id says nothing about the page's layout ("next" there is no pager)."""
    words = _SLUG_WORD.findall(ident.lower())
    if len(words) < 2:  # "comments" on "Comments": a region's name as much as an anchor
        return False
    said = set(_SLUG_WORD.findall("".join(heading.itertext()).lower()))
    return all(word in said for word in words)


class _Walk:
    """What the walk of one page keeps between elements: the blocks cut so far, the block
    elements entered (``order``, with each one's tag, enclosing element and end), the current
    run of inline text and how much of it sits in links.

    A native class and module functions rather than closures: compiled by mypyc, a nested
    function is called through Python's generic call protocol (its arguments boxed and parsed
    again for every element), a module function directly in C, and the state is read from
    the object's fields."""

    def __init__(self, root: etree._Element, hidden: set[etree._Element]) -> None:
        self.root = root
        self.root_tag: str = root.tag
        self.hidden = hidden
        self.blocks: list[Block] = []
        self.tickers: list[etree._Element] = []  # outermost regions named like a news ticker
        self.order: list[etree._Element] = []  # block elements, parents before children
        # Their tags (lxml builds a new str each time one is read).
        self.order_tags: list[str] = []
        self.parent: list[int] = []  # positions in order
        self.end: list[int] = []
        # Every block's, to read its ancestors from.
        self.lineage: tuple[list[etree._Element], list[int]] = (self.order, self.parent)
        self.parts: list[str] = []  # the current run of inline text
        self.link_chars = 0  # how much of the run sits inside links


def _emit(w: _Walk, text: str, links: int, slot: int, ctx: int, marks: tuple) -> None:
    if slot >= 0:
        holder, tag = w.order[slot], w.order_tags[slot]
    else:
        holder, tag = w.root, w.root_tag
    size = len(text)
    if links > size:
        links = size
    in_list, in_caption, in_quote, in_table = _CONTEXTS[ctx & _CONTEXT_BITS]
    prose, words = prose_and_words(text, links, tag)
    blocks = w.blocks
    blocks.append(
        Block(
            len(blocks),
            text,
            holder,
            tag,
            links,
            False,
            in_list,
            in_caption,
            in_quote,
            in_table,
            prose,
            w.lineage,
            marks,
            slot,
            words,
        )
    )


def _flush(w: _Walk, slot: int, ctx: int, marks: tuple) -> None:
    parts = w.parts
    raw = "".join(parts)
    parts.clear()
    if SOFT_HYPHEN in raw:
        raw = raw.replace(SOFT_HYPHEN, "")
    links = w.link_chars
    w.link_chars = 0
    if BR not in raw:
        text = " ".join(raw.split())
        if text:
            _emit(w, text, links, slot, ctx, marks)
        return
    # Two line breaks in a row end a paragraph even without a block element around it.
    pieces = [
        t for t in (" ".join(p.replace(BR, " ").split()) for p in _PARAGRAPH_BREAK.split(raw)) if t
    ]
    if len(pieces) == 1:
        _emit(w, pieces[0], links, slot, ctx, marks)
        return
    total = sum(len(t) for t in pieces)
    for piece in pieces:
        _emit(w, piece, round(links * len(piece) / total), slot, ctx, marks)


def _walk(
    w: _Walk,
    el: etree._Element,
    tag: str,  # el.tag, which the caller has read already (lxml builds a new str each time)
    slot: int,  # the holder's position in order (-1: the root)
    ctx: int,
    depth: int,
    marks: tuple,
) -> None:
    parts = w.parts
    block = tag in CUT_TAGS or (tag in CELL_TAGS and _is_layout_cell(el))
    if block:
        if parts:
            _flush(w, slot, ctx, marks)
        names = el.get("class") or ""
        ident = el.get("id")
        if ident and not (tag in HEADING_TAGS and _is_anchor(el, ident)):
            names = f"{names} {ident}"
        flags = _name_flags.get(names, -1) if names else 0
        if flags < 0:
            flags = _flags_of_names(names)
        if tag == "main":
            # The page's main region is no chrome, whatever the wrappers around it are named
            # (a theme's "content-sidebar-wrap" holds the story and the sidebar).
            marks = ()
        if tag in CHROME_TAGS or flags & _NAME_CHROME:
            marks = (*marks, el)
        if not ctx & IN_TICKER and (tag == "marquee" or flags & _NAME_TICKER):
            w.tickers.append(el)
            ctx |= IN_TICKER
        # A new block starts outside any link; its kind adds to the inherited flags.
        ctx = (ctx & ~IN_LINK) | _TAG_FLAGS.get(tag, 0)
        order = w.order
        w.parent.append(slot)
        w.end.append(-1)  # known once the walk leaves el
        slot = len(order)
        order.append(el)
        w.order_tags.append(tag)
    elif tag == "a":
        # An anchor without an address is a place to jump to, no link ("<a name=p3>" around
        # a paragraph of an older page): its text is the page's own.
        if el.get("href") is not None:
            ctx |= IN_LINK
    elif tag in CELL_TAGS:
        parts.append(" ")
    elif tag == "br":
        parts.append(BR)
    in_link = ctx & IN_LINK
    # Typed str (lxml gives a str or None): compiled, the tests and isspace() below are
    # native string operations instead of generic method calls on an unknown object.
    text: str | None = el.text
    if text and (parts or not text.isspace()):
        parts.append(text)
        if in_link:
            w.link_chars += len(text.strip())
    descend = depth < _MAX_DEPTH
    hidden = w.hidden
    # el[:] lists the children in one call: cheaper than lxml's child iterator, which
    # makes each next child's proxy ahead of time through the iterator protocol. Typed a
    # list (which it is): compiled, the loop indexes it natively, no generic iterator.
    children: list[etree._Element] = el[:]
    for child in children:
        child_tag = child.tag
        kind = _KIND.get(child_tag, _INLINE)  # one lookup: skipped, cut or inline
        if kind and descend and not (hidden and child in hidden):
            if kind is _CUT:
                _walk(w, child, child_tag, slot, ctx, depth + 1, marks)
            elif len(child):
                hover = _is_hover_named(child)
                if not (hover and ctx & IN_HOVER):  # (else the box shown for the word it is in)
                    inner = ctx | IN_HOVER if hover else ctx
                    _walk(w, child, child_tag, slot, inner, depth + 1, marks)
            else:  # an inline element without children (most are): its text, here
                if kind is not _INLINE:
                    parts.append(BR if kind is _LINE_BREAK else " ")
                text = child.text  # a str or None, as typed above
                if text:
                    parts.append(text)
                    if in_link or (child_tag == "a" and child.get("href") is not None):
                        w.link_chars += len(text.strip())
        # The tail belongs to this element's run, outside the child's link (if any).
        # Whitespace cannot start a run (it would be stripped): most tails are the
        # indentation between block elements, and skipping them saves flushing nothing.
        tail: str | None = child.tail
        if tail and (parts or not tail.isspace()):
            parts.append(tail)
            if in_link:
                w.link_chars += len(tail.strip())
    if block:
        if parts:
            _flush(w, slot, ctx, marks)
        w.end[slot] = len(w.order)


def _is_hover_named(el: etree._Element) -> bool:
    """Whether an inline element holding others is named for a box shown on hover: the word
    it is shown for (walked), or the box inside that word (left out)."""
    names = el.get("class")
    if not names:
        return False
    flags = _name_flags.get(names, -1)
    if flags < 0:
        flags = _flags_of_names(names)
    return bool(flags & _NAME_HOVER)


def _is_layout_cell(cell: etree._Element) -> bool:
    """Whether a table cell holds block elements (a paragraph, a div, a table of its own)."""
    for _ in cell.iterdescendants(*CUT_TAGS):
        return True
    return False


def segment(root: etree._Element) -> Segmentation:
    """The page's text blocks in document order, and the ticker regions met on the way.

    One recursive walk (``_walk``): inline text (element text and tails) gathers into the
    current run, and a run becomes a Block whenever a block-level element starts or ends.
    Each block element's enclosing one is noted by position (``parent``), so a block's
    ancestors are read off when asked; those named like chrome are a tuple built once per
    such element and shared by all the blocks cut inside it.
    """
    bodies = _FIRST_BODY(root)
    start = bodies[0] if bodies else root
    w = _Walk(root, hidden_elements(start))
    tag = start.tag
    if tag.__class__ is str and tag not in SKIP_TAGS and not is_hidden(start):
        _walk(w, start, tag, -1, 0, 0, ())
    return Segmentation(w.blocks, w.tickers, w.order, w.parent, w.end)
