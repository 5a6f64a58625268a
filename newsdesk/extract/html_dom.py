"""Parse HTML and cut the page into text blocks with the structural facts that judge them.

A block is the inline text of one block-level element (a paragraph, a heading, a list item, the
loose text of a div between its child blocks). Each block remembers the element that holds it, how
much of its text sits in links, and which kinds of container it lies in (navigation, a list, a
figure caption, a region whose class or id names boilerplate). The main-text and list readers
work from these blocks alone, so the page is walked once.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Final

import lxml.html
from lxml import etree


def _html_parser(encoding: str | None) -> etree.HTMLParser:
    parser = etree.HTMLParser(
        collect_ids=False,
        default_doctype=False,
        remove_comments=True,
        remove_pis=True,
        encoding=encoding,
    )
    # Every element is an lxml.html HtmlElement (trafilatura requires that type), assigned in
    # C: lxml.html's own parser asks a Python callback for the class of every element, a
    # measurable share of the reading time on large pages.
    parser.set_element_class_lookup(
        etree.ElementDefaultClassLookup(
            element=lxml.html.HtmlElement,
            comment=lxml.html.HtmlComment,
            pi=lxml.html.HtmlProcessingInstruction,
            entity=lxml.html.HtmlEntity,
        )
    )
    return parser


# The text is decoded already; libxml2 reads it fastest as UTF-8 bytes with that encoding
# stated (a str reaches it as UCS-2/UCS-4 to convert: ~8% of the parse). The stated encoding
# overrides any <meta charset>, as the str's own did.
_UTF8_PARSER: Final = _html_parser("utf-8")
_PARSER: Final = _html_parser(None)  # for text that cannot be UTF-8 (lone surrogates)

# Elements whose content is never reader-visible text.
SKIP_TAGS: Final = frozenset(
    """script style noscript template svg iframe button select option textarea input head object
    embed canvas map audio video source track picture""".split()  # noqa: SIM905
)
# Table cells are not blocks: a data table's row reads as one line ("DL Myles Garrett 57 77%").
# Cells that hold paragraphs or divs (layout tables) are still cut by those blocks.
CELL_TAGS: Final = frozenset(["td", "th"])
BLOCK_TAGS: Final = frozenset(
    """p div section article main header footer aside nav h1 h2 h3 h4 h5 h6 li ul ol dl dt dd
    blockquote pre table thead tbody tfoot tr figure figcaption form body center address
    details summary fieldset legend caption menu hgroup""".split()  # noqa: SIM905
)
HEADING_TAGS: Final = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
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
    rating print email login teaser teasers readmore next prev skip offscreen
    screenreader""".split()  # noqa: SIM905
)
_CAMEL: Final = re.compile(r"(?<=[a-z])(?=[A-Z])")
_WORD: Final = re.compile(r"\w+")
_CJK: Final = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# The last characters that end a sentence (what r"[...]\s*$" finds, read off the stripped end:
# str.rstrip() strips exactly the characters \s matches).
_SENTENCE_ENDS: Final = frozenset('.!?…:;"”’)。！？」')
_BR: Final = "\ue000"  # stands for <br> while a block's text is gathered
_PARAGRAPH_BREAK: Final = re.compile(_BR + r"\s*" + _BR)
_MAX_DEPTH: Final = 200  # deeper elements are markup noise, and Python's recursion has a limit
_HIDDEN_STYLE: Final = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# The attributes that may hide an element, found by libxml2 in document order: a third of the
# cost of asking every element for its attributes. One union, not three XPaths: each
# evaluation carries a fixed cost about that of the search itself.
_MAY_HIDE: Final = etree.XPath(
    "descendant-or-self::*/@hidden | descendant-or-self::*/@aria-hidden"
    " | descendant-or-self::*/@style"
)


_XML_DECLARATION: Final = re.compile(r"\s*<\?xml[^>]*\?>")


def parse_html(html: str, utf8: bytes | None = None) -> lxml.html.HtmlElement | None:
    """The document tree, or None when there is nothing to parse. `utf8`: the same text as UTF-8
    bytes, when the caller has them (a capture that was UTF-8), so it is not encoded again."""
    text = html.lstrip("\ufeff")
    # lxml refuses str input that still declares a byte encoding; the text is decoded already.
    declaration = _XML_DECLARATION.match(text)
    if declaration:
        text = text[declaration.end() :]
    if not text or text.isspace():  # no stripped copy of the whole page
        return None
    try:
        try:
            if utf8 is None:
                data = text.encode("utf-8")
            else:  # what was cut off the text's start, cut off the bytes' start
                data = utf8[len(html[: len(html) - len(text)].encode("utf-8")) :]
            root = etree.fromstring(data, parser=_UTF8_PARSER)
        except UnicodeEncodeError:
            root = etree.fromstring(text, parser=_PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None
    return root


# The tags whose every element some reader lists (headlines, lists, dates, metadata).
_LISTED_TAGS: Final = (
    "head",
    "h1",
    "h2",
    "h3",
    "h4",
    "ul",
    "ol",
    "time",
    "article",
    "meta",
    "script",
)
_FIRST_BODY: Final = etree.XPath("descendant::body[1]")  # libxml2 stops at the first
# The itemtype attributes of the page: libxml2 finds attributes faster than elements that have
# one, and attributes of elements faster than those of every node ("//@itemtype").
_ITEMTYPES: Final = etree.XPath("descendant-or-self::*/@itemtype")


class TagIndex:
    """The page's elements of a few tags, in document order, found in one pass over the tree.

    Each ``root.iter(tag)`` walks every node of the tree (lxml looks ahead for the next match
    even when the caller wants only the first); the readers asked for a dozen such walks.
    """

    __slots__ = ("_by_tag", "_pairs", "itemtypes")

    def __init__(self, root: etree._Element) -> None:
        self._pairs = [(el.tag, el) for el in root.iter(*_LISTED_TAGS)]
        self._by_tag: dict[str, list[etree._Element]] = {}
        for tag, el in self._pairs:
            self._by_tag.setdefault(tag, []).append(el)
        # (itemtype, element) of every element typed in microdata, in document order: looked
        # for while the freshly parsed tree is still in the processor's cache (twice as fast
        # as after the date and main-text searches have been through memory).
        self.itemtypes = [(str(kind), kind.getparent()) for kind in _ITEMTYPES(root)]

    def iter(self, *tags: str) -> list[etree._Element]:
        """The elements with any of ``tags`` (listed ones), as ``root.iter(*tags)`` yields them."""
        if len(tags) == 1:
            return list(self._by_tag.get(tags[0], ()))
        return [el for tag, el in self._pairs if tag in tags]

    def head_child(self, tag: str, rel: str | None = None) -> etree._Element | None:
        """The first ``tag`` child of a <head> (with that ``rel``), as ElementPath's
        ``.//head/tag`` finds it."""
        for head in self._by_tag.get("head", ()):
            for child in head:
                if child.tag == tag and (rel is None or child.get("rel") == rel):
                    return child
        return None


def names_match(el: etree._Element, words: NameWords) -> bool:
    """Whether a word of the element's class or id is one of ``words``."""
    names = el.get("class") or ""
    ident = el.get("id")
    if ident:
        names = f"{names} {ident}"
    elif not names:
        return False
    verdicts = _names_matched.get(words)
    if verdicts is None:
        verdicts = _names_matched[words] = {}
    found = verdicts.get(names)
    if found is None:
        text = names if names.islower() else _CAMEL.sub(" ", names).lower()
        found = words.found(text, name_runs(text))
        if len(verdicts) > 50_000:  # a bound for long runs over many sites
            verdicts.clear()
        verdicts[names] = found
    return found


def word_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """A regex finding any of ``words`` as a whole word of a class/id string.

    The words are grouped by their first letter, "a(?:ds|d|uthor)|b(?:anner|yline)": at each
    word start the regex engine tries the words of one letter, not all of them in turn (a
    third less time on the chrome words, which every block element's new name is tested on);
    it finds what the plain alternation of the words finds."""
    by_first: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        by_first.setdefault(word[0], []).append(re.escape(word[1:]))
    alternatives = "|".join(
        f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in sorted(by_first.items())
    )
    return re.compile(rf"(?<![a-z0-9])(?:{alternatives})(?![a-z0-9])")


# Each byte that is no [a-z0-9] (the characters word_pattern reads as inside a word) made a
# space: an ASCII string translated by it splits into its maximal runs of word characters.
_RUN_BREAKS: Final = bytes(c if 48 <= c <= 57 or 97 <= c <= 122 else 32 for c in range(256))
_PLAIN_WORD: Final = re.compile(r"[a-z0-9]+")


def name_runs(text: str) -> list[bytes] | None:
    """The maximal runs of [a-z0-9] in an ASCII class/id string (None for another string)."""
    return text.encode().translate(_RUN_BREAKS).split() if text.isascii() else None


class NameWords:
    """A set of words to find as whole words of class/id strings, as ``word_pattern`` finds
    them, but mostly without it: a word of [a-z0-9] only is found where it is one of the
    string's maximal runs of those characters (a set lookup per run of an ASCII string, a
    third of the regex's cost on the bench pages' names); a word with other characters
    ("most-read") where the string holds it and the regex agrees; any other string by the
    regex."""

    __slots__ = ("joined", "pattern", "plain")

    def __init__(self, words: frozenset[str]) -> None:
        self.pattern = word_pattern(words)
        self.plain = frozenset(w.encode() for w in words if _PLAIN_WORD.fullmatch(w))
        self.joined = tuple(sorted(w for w in words if not _PLAIN_WORD.fullmatch(w)))

    def found(self, text: str, runs: list[bytes] | None) -> bool:
        """Whether one of the words is in ``text`` (lowercased), ``runs`` its name_runs."""
        if runs is None:
            return self.pattern.search(text) is not None
        if not self.plain.isdisjoint(runs):
            return True
        return any(w in text for w in self.joined) and self.pattern.search(text) is not None


# Verdicts by word set, then by class/id string: a page repeats the same names on many elements.
_names_matched: dict[NameWords, dict[str, bool]] = {}


_CHROME_NAME: Final = NameWords(_CHROME_WORDS)
_TICKER_NAME: Final = NameWords(
    frozenset({"ticker", "breaking", "marquee", "urgent", "newsticker", "livebar"})
)


def hidden_elements(root: etree._Element) -> set[etree._Element]:
    """The elements at or below ``root`` that is_hidden finds hidden."""
    hidden = set()
    for value in _MAY_HIDE(root):
        name = value.attrname
        if (
            name == "hidden"
            or (name == "aria-hidden" and value == "true")
            or (name == "style" and _HIDDEN_STYLE.search(value))
        ):
            hidden.add(value.getparent())
    return hidden


def is_hidden(el: etree._Element) -> bool:
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = el.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def clean_text(text: str) -> str:
    """Whitespace runs (no-break spaces included) as one space, none at the ends."""
    if _BR in text:
        text = text.replace(_BR, " ")
    # str.split() splits on exactly the characters the regex \s matches, and faster.
    return " ".join(text.split())


def element_text(el: etree._Element) -> str:
    """All the text inside ``el`` (its tail excluded), cleaned: the text_content() of lxml.html
    serialized by libxml2 in one call rather than through an XPath string(). An element
    without children (most links and spans) holds just its own text: no serializing."""
    if not len(el):
        text = el.text
        return clean_text(text) if text else ""
    return clean_text(etree.tostring(el, method="text", encoding=str, with_tail=False))


def visible_text(el: etree._Element) -> str:
    """``element_text`` without what the page hides from readers (``hidden``, ``aria-hidden``,
    ``display: none``): a headline's edit button for the newsroom, an icon's label. The words
    after a hidden element (its tail) are shown, so they stay."""
    hidden = hidden_elements(el)
    if not hidden:
        return element_text(el)
    if el in hidden:
        return ""
    parts: list[str] = []
    _gather_visible(el, hidden, parts)
    return clean_text("".join(parts))


def _gather_visible(el: etree._Element, hidden: set[etree._Element], parts: list[str]) -> None:
    if el.text and isinstance(el.tag, str):  # a comment's text is not shown
        parts.append(el.text)
    for child in el:
        if child not in hidden:
            _gather_visible(child, hidden, parts)
        if child.tail:
            parts.append(child.tail)


@dataclass(slots=True)
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
    # Reads like running text: several words, mostly not links. Judged as the block is cut
    # (every page asks it of every block, most more than once).
    prose: bool
    # The segmentation's block elements and each one's enclosing block element (its order and
    # parent lists, shared by the page's blocks): where ``ancestors`` are read from.
    lineage: tuple[list[etree._Element], list[int]] | None = field(
        default=None, repr=False, compare=False
    )
    # Those of the ancestors named like chrome or tagged nav/footer/aside/header/menu.
    chrome_marks: tuple[etree._Element, ...] = field(default=(), repr=False)
    # The holder's position in Segmentation.order (-1: the root, for text outside every block
    # element): scores per element are kept in lists by that position, not dicts.
    slot: int = field(default=-1, repr=False)
    _words: list[str] | None = field(default=None, repr=False)

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
            self._words = _WORD.findall(self.text)
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


def prose_and_words(text: str, link_chars: int, tag: str) -> tuple[bool, list[str] | None]:
    """Whether a block of this text, link text and tag reads like running text (a Block's
    ``prose``), and its ``\\w+`` tokens when they had to be counted (else None)."""
    if (text and link_chars / len(text) > 0.35) or tag in HEADING_TAGS:
        return False, None
    tokens = _WORD.findall(text)
    words = len(tokens)
    if words < 12 and not text.isascii():
        # Chinese and Japanese are written without spaces: count two characters as a word.
        words += len(_CJK.findall(text)) // 2
    return words >= 12 or (words >= 6 and text.rstrip()[-1:] in _SENTENCE_ENDS), tokens


# Where the walk is, as bit flags (cheaper than an object per element on large pages).
# Module constants here and below are Final: compiled, the walk reads them as constants or
# C statics instead of looking each up by name for every element.
IN_LIST: Final = 1
IN_CAPTION: Final = 2
IN_QUOTE: Final = 4
IN_TABLE: Final = 8
IN_LINK: Final = 16
IN_TICKER: Final = 32
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
_name_flags: Final[dict[str, int]] = {}


def _flags_of_names(names: str) -> int:
    flags = _name_flags.get(names)
    if flags is None:
        text = names if names.islower() else _CAMEL.sub(" ", names).lower()
        runs = name_runs(text)
        flags = (_NAME_CHROME if _CHROME_NAME.found(text, runs) else 0) | (
            _NAME_TICKER if _TICKER_NAME.found(text, runs) else 0
        )
        if len(_name_flags) > 50_000:  # a bound for long runs over many sites
            _name_flags.clear()
        _name_flags[names] = flags
    return flags


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


def segment(root: etree._Element) -> Segmentation:
    """The page's text blocks in document order, and the ticker regions met on the way.

    One recursive walk: inline text (element text and tails) gathers into the current run, and
    a run becomes a Block whenever a block-level element starts or ends. Each block element's
    enclosing one is noted by position (``parent``), so a block's ancestors are read off when
    asked; those named like chrome are a tuple built once per such element and shared by all
    the blocks cut inside it.
    """
    bodies = _FIRST_BODY(root)
    start = bodies[0] if bodies else root
    blocks: list[Block] = []
    tickers: list[etree._Element] = []  # outermost regions named like a news ticker
    order: list[etree._Element] = []  # block elements, parents before children
    order_tags: list[str] = []  # their tags (lxml builds a new str each time one is read)
    root_tag = root.tag
    parent: list[int] = []  # positions in order
    end: list[int] = []
    lineage = (order, parent)  # every block's, to read its ancestors from
    parts: list[str] = []  # the current run of inline text
    link_chars = 0  # how much of the run sits inside links

    def emit(text: str, links: int, slot: int, ctx: int, marks: tuple):
        if slot >= 0:
            holder, tag = order[slot], order_tags[slot]
        else:
            holder, tag = root, root_tag
        size = len(text)
        if links > size:
            links = size
        in_list, in_caption, in_quote, in_table = _CONTEXTS[ctx & _CONTEXT_BITS]
        prose, words = prose_and_words(text, links, tag)
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
                lineage,
                marks,
                slot,
                words,
            )
        )

    def flush(slot: int, ctx: int, marks: tuple) -> None:
        nonlocal link_chars
        raw = "".join(parts)
        parts.clear()
        links, link_chars = link_chars, 0
        if _BR not in raw:
            text = " ".join(raw.split())
            if text:
                emit(text, links, slot, ctx, marks)
            return
        # Two line breaks in a row end a paragraph even without a block element around it.
        pieces = [
            t
            for t in (" ".join(p.replace(_BR, " ").split()) for p in _PARAGRAPH_BREAK.split(raw))
            if t
        ]
        if len(pieces) == 1:
            emit(pieces[0], links, slot, ctx, marks)
            return
        total = sum(len(t) for t in pieces)
        for piece in pieces:
            emit(piece, round(links * len(piece) / total), slot, ctx, marks)

    def walk(
        el: etree._Element,
        tag: str,  # el.tag, which the caller has read already (lxml builds a new str each time)
        slot: int,  # the holder's position in order (-1: the root)
        ctx: int,
        depth: int,
        marks: tuple,
    ) -> None:
        nonlocal link_chars
        block = tag in CUT_TAGS
        if block:
            if parts:
                flush(slot, ctx, marks)
            names = el.get("class") or ""
            ident = el.get("id")
            if ident:
                names = f"{names} {ident}"
            flags = _name_flags.get(names, -1) if names else 0
            if flags < 0:
                flags = _flags_of_names(names)
            if tag in CHROME_TAGS or flags & _NAME_CHROME:
                marks = (*marks, el)
            if not ctx & IN_TICKER and (tag == "marquee" or flags & _NAME_TICKER):
                tickers.append(el)
                ctx |= IN_TICKER
            # A new block starts outside any link; its kind adds to the inherited flags.
            ctx = (ctx & ~IN_LINK) | _TAG_FLAGS.get(tag, 0)
            parent.append(slot)
            end.append(-1)  # known once the walk leaves el
            slot = len(order)
            order.append(el)
            order_tags.append(tag)
        elif tag == "a":
            ctx |= IN_LINK
        elif tag in CELL_TAGS:
            parts.append(" ")
        elif tag == "br":
            parts.append(_BR)
        in_link = ctx & IN_LINK
        text = el.text
        if text and (parts or not text.isspace()):
            parts.append(text)
            if in_link:
                link_chars += len(text.strip())
        descend = depth < _MAX_DEPTH
        # el[:] lists the children in one call: cheaper than lxml's child iterator, which
        # makes each next child's proxy ahead of time through the iterator protocol.
        for child in el[:]:
            child_tag = child.tag
            kind = _KIND.get(child_tag, _INLINE)  # one lookup: skipped, cut or inline
            if kind and descend and not (hidden and child in hidden):
                if kind is _CUT or len(child):
                    walk(child, child_tag, slot, ctx, depth + 1, marks)
                else:  # an inline element without children (most are): its text, here
                    if kind is not _INLINE:
                        parts.append(_BR if kind is _LINE_BREAK else " ")
                    text = child.text
                    if text:
                        parts.append(text)
                        if in_link or child_tag == "a":
                            link_chars += len(text.strip())
            # The tail belongs to this element's run, outside the child's link (if any).
            # Whitespace cannot start a run (it would be stripped): most tails are the
            # indentation between block elements, and skipping them saves flushing nothing.
            tail = child.tail
            if tail and (parts or not tail.isspace()):
                parts.append(tail)
                if in_link:
                    link_chars += len(tail.strip())
        if block:
            if parts:
                flush(slot, ctx, marks)
            end[slot] = len(order)

    hidden = hidden_elements(start)
    tag = start.tag
    if tag.__class__ is str and tag not in SKIP_TAGS and not is_hidden(start):
        walk(start, tag, -1, 0, 0, ())
    # walk's closure refers to walk itself: a reference cycle that would keep this page's tree
    # alive until the cyclic garbage collector ran, several pages at a time. Compiled by mypyc,
    # the three nested functions share one environment object that holds each of them (and
    # the blocks, hence the tree): emptied of all three, it holds none of them.
    walk = None  # type: ignore[assignment]
    flush = None  # type: ignore[assignment]  # noqa: F811
    emit = None  # type: ignore[assignment]  # noqa: F811
    return Segmentation(blocks, tickers, order, parent, end)
