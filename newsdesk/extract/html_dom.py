"""Parse HTML and cut the page into text blocks with the structural facts that judge them.

A block is the inline text of one block-level element (a paragraph, a heading, a list item, the
loose text of a div between its child blocks). Each block remembers the element that holds it, how
much of its text sits in links, and which kinds of container it lies in (navigation, a list, a
figure caption, a region whose class or id names boilerplate). The main-text and list readers
work from these blocks alone, so the page is walked once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import lxml.html
from lxml import etree

_PARSER = etree.HTMLParser(
    collect_ids=False, default_doctype=False, remove_comments=True, remove_pis=True
)
# Every element is an lxml.html HtmlElement (trafilatura requires that type), assigned in C:
# lxml.html's own parser asks a Python callback for the class of every element, a measurable
# share of the reading time on large pages.
_PARSER.set_element_class_lookup(
    etree.ElementDefaultClassLookup(
        element=lxml.html.HtmlElement,
        comment=lxml.html.HtmlComment,
        pi=lxml.html.HtmlProcessingInstruction,
        entity=lxml.html.HtmlEntity,
    )
)

# Elements whose content is never reader-visible text.
SKIP_TAGS = frozenset(
    """script style noscript template svg iframe button select option textarea input head object
    embed canvas map audio video source track picture""".split()  # noqa: SIM905
)
# Table cells are not blocks: a data table's row reads as one line ("DL Myles Garrett 57 77%").
# Cells that hold paragraphs or divs (layout tables) are still cut by those blocks.
CELL_TAGS = frozenset(["td", "th"])
BLOCK_TAGS = frozenset(
    """p div section article main header footer aside nav h1 h2 h3 h4 h5 h6 li ul ol dl dt dd
    blockquote pre table thead tbody tfoot tr figure figcaption form body center address
    details summary fieldset legend caption menu hgroup""".split()  # noqa: SIM905
)
HEADING_TAGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
CHROME_TAGS = frozenset(["nav", "footer", "aside", "header", "menu"])

# Words that page authors use in class/id names for regions that are not the article. Matched as
# whole words of the name (split on -, _, space and camel case), so "share-bar" hits and
# "shared-content" does not. Names are noisy (a WordPress article carries "tag-..." classes), so a
# region named like chrome never counts as chrome when it encloses the main text.
_CHROME_WORDS = frozenset(
    """comment comments commentlist disqus respond reply replies share sharing social sharebar
    related recommended recommendation recirc trending popular mostread most-read newsletter
    signup subscribe subscription promo promotion advert advertisement ads ad adslot sponsor
    sponsored outbrain taboola sidebar widget footer nav navbar navigation menu breadcrumb
    breadcrumbs cookie consent popup modal banner masthead toolbar pagination pager byline
    author tags taglist keywords meta dateline timestamp caption credit copyright disclaimer
    rating print email login teaser teasers readmore next prev skip offscreen
    screenreader""".split()  # noqa: SIM905
)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_SENTENCE_END = re.compile(r"[.!?…:;\"”’)。！？」]\s*$")
_BR = "\ue000"  # stands for <br> while a block's text is gathered
_PARAGRAPH_BREAK = re.compile(_BR + r"\s*" + _BR)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def parse_html(html: str) -> lxml.html.HtmlElement | None:
    """The document tree, or None when there is nothing to parse."""
    text = html.lstrip("\ufeff")
    # lxml refuses str input that still declares a byte encoding; the text is decoded already.
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text, count=1)
    if not text.strip():
        return None
    try:
        root = etree.fromstring(text, parser=_PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None
    return root


def _names(el: etree._Element) -> str:
    names = el.get("class") or ""
    ident = el.get("id")
    return f"{names} {ident}" if ident else names


def names_match(el: etree._Element, pattern: re.Pattern[str]) -> bool:
    """Whether a word of the element's class or id matches ``pattern`` (a word-list regex)."""
    names = _names(el)
    if not names:
        return False
    if not names.islower():
        names = _CAMEL.sub(" ", names).lower()
    return pattern.search(names) is not None


def word_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """A regex finding any of ``words`` as a whole word of a class/id string."""
    alternatives = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"(?<![a-z0-9])(?:{alternatives})(?![a-z0-9])")


_CHROME_NAME = word_pattern(_CHROME_WORDS)
_TICKER_NAME = word_pattern(
    frozenset({"ticker", "breaking", "marquee", "urgent", "newsticker", "livebar"})
)


def is_hidden(el: etree._Element) -> bool:
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = el.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def clean_text(text: str) -> str:
    return _SPACE.sub(" ", text.replace("\xa0", " ").replace(_BR, " ")).strip()


@dataclass
class Block:
    """The inline text of one block-level element, with what judges it."""

    index: int
    text: str
    element: etree._Element
    tag: str
    link_chars: int
    # Inside nav/footer/aside/header or a region named like boilerplate. Decided once the main
    # container is known: a wrapper around the article named "...-sidebar" is not chrome.
    chrome: bool
    in_list: bool
    in_caption: bool
    in_quote: bool
    in_table: bool
    ancestors: list[etree._Element] = field(default_factory=list, repr=False)
    chrome_marks: list[etree._Element] = field(default_factory=list, repr=False)
    _prose: bool | None = field(default=None, repr=False)

    @property
    def prose(self) -> bool:
        """Reads like running text: several words, mostly not links (computed once)."""
        if self._prose is None:
            self._prose = _reads_as_prose(self)
        return self._prose

    @property
    def is_heading(self) -> bool:
        return self.tag in HEADING_TAGS

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


def text_weight(text: str) -> int:
    """Length in Latin-script characters: a Chinese or Japanese character carries about as
    much as a short word, so it counts three."""
    return len(text) + 2 * len(_CJK.findall(text))


def _reads_as_prose(block: Block) -> bool:
    if block.link_density > 0.35 or block.is_heading:
        return False
    words = len(_WORD.findall(block.text))
    if words < 12:
        # Chinese and Japanese are written without spaces: count two characters as a word.
        words += len(_CJK.findall(block.text)) // 2
    return words >= 12 or (words >= 6 and bool(_SENTENCE_END.search(block.text)))


# Where the walk is, as bit flags (cheaper than an object per element on large pages).
IN_LIST, IN_CAPTION, IN_QUOTE, IN_TABLE, IN_LINK, IN_TICKER = 1, 2, 4, 8, 16, 32
_TAG_FLAGS = {
    "li": IN_LIST,
    "dd": IN_LIST,
    "dt": IN_LIST,
    "figcaption": IN_CAPTION,
    "caption": IN_CAPTION,
    "blockquote": IN_QUOTE,
    "tr": IN_TABLE,
}


class _Segmenter:
    """One walk over the tree, emitting a Block whenever a run of inline text ends."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self._parts: list[str] = []
        self._link_chars = 0
        self._path: list[etree._Element] = []
        self.chrome_elements: set[etree._Element] = set()
        self.tickers: list[etree._Element] = []  # outermost regions named like a news ticker
        self.order: list[etree._Element] = []  # block elements, parents before children
        self.parent: dict[etree._Element, etree._Element | None] = {}

    def _flush(self, holder: etree._Element, ctx: int) -> None:
        if not self._parts:
            return
        raw = "".join(self._parts)
        # Two line breaks in a row end a paragraph even without a block element around it.
        pieces = [clean_text(p) for p in _PARAGRAPH_BREAK.split(raw)] if _BR in raw else [raw]
        pieces = [p for p in pieces if p]
        if len(pieces) > 1:
            total = sum(len(p) for p in pieces)
            for piece in pieces:
                self._emit(piece, round(self._link_chars * len(piece) / total), holder, ctx)
        elif pieces:
            self._emit(clean_text(pieces[0]), self._link_chars, holder, ctx)
        self._parts = []
        self._link_chars = 0

    def _emit(self, text: str, link_chars: int, holder: etree._Element, ctx: int) -> None:
        if text:
            self.blocks.append(
                Block(
                    index=len(self.blocks),
                    text=text,
                    element=holder,
                    tag=holder.tag if isinstance(holder.tag, str) else "",
                    link_chars=min(link_chars, len(text)),
                    chrome=False,
                    in_list=bool(ctx & IN_LIST),
                    in_caption=bool(ctx & IN_CAPTION),
                    in_quote=bool(ctx & IN_QUOTE),
                    in_table=bool(ctx & IN_TABLE),
                    ancestors=list(self._path),
                )
            )

    def _add(self, text: str | None, ctx: int) -> None:
        if text:
            self._parts.append(text)
            if ctx & IN_LINK:
                self._link_chars += len(text.strip())

    def walk(self, el: etree._Element, holder: etree._Element, ctx: int, depth: int) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag or tag in SKIP_TAGS or depth > 200 or is_hidden(el):
            return
        block = tag in BLOCK_TAGS or tag == "marquee"
        if block:
            self._flush(holder, ctx)
            names = _names(el)
            if names and not names.islower():
                names = _CAMEL.sub(" ", names).lower()
            if tag in CHROME_TAGS or (names and _CHROME_NAME.search(names)):
                self.chrome_elements.add(el)
            if not ctx & IN_TICKER and (tag == "marquee" or (names and _TICKER_NAME.search(names))):
                self.tickers.append(el)
                ctx |= IN_TICKER
            # A new block starts outside any link; its kind adds to the inherited flags.
            ctx = (ctx & ~IN_LINK) | _TAG_FLAGS.get(tag, 0)
            holder = el
            self.parent[el] = self._path[-1] if self._path else None
            self.order.append(el)
            self._path.append(el)
        elif tag == "a":
            ctx |= IN_LINK
        elif tag in CELL_TAGS:
            self._parts.append(" ")
        elif tag == "br":
            self._parts.append(_BR)
        self._add(el.text, ctx)
        for child in el:
            self.walk(child, holder, ctx, depth + 1)
            # The tail belongs to this element's run, outside the child's link (if any).
            self._add(child.tail, ctx)
        if block:
            self._flush(holder, ctx)
            self._path.pop()


@dataclass
class Segmentation:
    blocks: list[Block]
    tickers: list[etree._Element]  # regions named like a breaking-news ticker
    order: list[etree._Element]  # the block elements in document order (parents first)
    parent: dict[etree._Element, etree._Element | None]  # nearest enclosing block element


def segment(root: etree._Element) -> Segmentation:
    """The page's text blocks in document order, and the ticker regions met on the way."""
    body = root.find(".//body")
    seg = _Segmenter()
    seg.walk(body if body is not None else root, root, 0, 0)
    for block in seg.blocks:
        block.chrome_marks = [a for a in block.ancestors if a in seg.chrome_elements]
    return Segmentation(seg.blocks, seg.tickers, seg.order, seg.parent)
