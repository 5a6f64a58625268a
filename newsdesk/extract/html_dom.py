"""Parse HTML, and the facts about its elements every reader asks: the page's elements of a
few tags found in one pass (TagIndex), whether an element's class or id names one of a set of
words (NameWords, names_match), what the page hides from readers, and an element's text.
Cutting the page into text blocks is html_segment.py's (the blocks: html_blocks.py).
"""

from __future__ import annotations

import re
import warnings
from typing import Final

import lxml.html
from lxml import etree


def _html_parser(encoding: str | None, huge_tree: bool = False) -> etree.HTMLParser:
    parser = etree.HTMLParser(
        huge_tree=huge_tree,
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
# Without libxml2's depth limit: for a tree html5lib built, as deep as the page really is.
_DEEP_PARSER: Final = _html_parser("utf-8", huge_tree=True)

# Elements whose content is never reader-visible text.
SKIP_TAGS: Final = frozenset(
    """script style noscript template svg iframe button select option textarea input head object
    embed canvas map audio video source track picture""".split()  # noqa: SIM905
)
BLOCK_TAGS: Final = frozenset(
    """p div section article main header footer aside nav h1 h2 h3 h4 h5 h6 li ul ol dl dt dd
    blockquote pre table thead tbody tfoot tr figure figcaption form body center address
    details summary fieldset legend caption menu hgroup""".split()  # noqa: SIM905
)
HEADING_TAGS: Final = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])

_CAMEL: Final = re.compile(r"(?<=[a-z])(?=[A-Z])")
BR: Final = "\ue000"  # stands for <br> while a block's text is gathered
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
            elif len(text) == len(html):  # nothing cut off: the bytes as they are (compiled,
                data = utf8  # even a slice of the whole copies them, ~0.3% of the HTML loop)
            else:  # what was cut off the text's start, cut off the bytes' start
                data = utf8[len(html[: len(html) - len(text)].encode("utf-8")) :]
            parser = _UTF8_PARSER
            root = etree.fromstring(data, parser=parser)
        except UnicodeEncodeError:
            parser = _PARSER
            root = etree.fromstring(text, parser=parser)
        if root is not None and _cut_short(parser):
            whole = _parse_as_browsers_do(text)
            if whole is not None:  # (else what libxml2 kept)
                root = whole
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None
    if root is not None:
        _empty_inert(root)
    return root


def _cut_short(parser: etree.HTMLParser) -> bool:
    """Whether libxml2 stopped reading the page at one of its limits, dropping everything after
    that point: depth (256 elements; legacy HTML gets there easily, every paragraph written
    "<p><font ...>" with nothing closed nesting two elements deeper, since libxml2 does not
    close the <font> when the next <p> starts) or a piece of 10 MB (an inline script's state,
    an image inlined as a data: address). Most parses log nothing: a cheap test."""
    return any(error.type == _RESOURCE_LIMIT for error in parser.error_log)


_RESOURCE_LIMIT: Final = int(etree.ErrorTypes.ERR_RESOURCE_LIMIT)


def _parse_as_browsers_do(text: str) -> lxml.html.HtmlElement | None:
    """The page's tree as a browser builds it (html5lib: the HTML standard's tree building),
    parsed again by libxml2 from that tree's HTML so that every element is of the one class
    the readers know (and without its depth limit: a page may truly nest that deep). The
    standard closes a paragraph when the next one starts and carries its open <font> or <b>
    over by a copy of it, at most three deep: the page comes out as flat as it looks.
    html5lib is pure Python, 20 times slower than libxml2 on aeb's largest page (132 against
    6.7 ms): asked only for the pages libxml2 cut short."""
    import html5lib  # only here: a rare page's cost, not every reader's import
    from html5lib.constants import DataLossWarning

    # html5lib makes a name XML refuses ("cl0:00ass") one it takes and says so on stderr each
    # time: nothing a reader's user can act on. A filter, as catch_warnings is not thread-safe.
    warnings.filterwarnings("ignore", category=DataLossWarning)

    # lxml holds no lone surrogate (text that could not be decoded): a replacement character.
    text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    try:
        tree = html5lib.parse(text, treebuilder="lxml", namespaceHTMLElements=False)
        data = etree.tostring(tree.getroot(), method="html", encoding="utf-8")
        return etree.fromstring(data, parser=_DEEP_PARSER)
    except (ValueError, etree.ParserError, etree.XMLSyntaxError):
        return None  # (what libxml2 kept is read instead)


def _empty_inert(root: etree._Element) -> None:
    """Empty what no reader is shown: a script's code (an inline template of a link's picture,
    an ad call), a style sheet, the text inside an svg (an icon's <title>). libxml2's text
    serialization includes them, and they came out as link titles, headlines and ticker
    items. Scripts of data (JSON-LD, a page's settings as JSON) keep theirs: metadata and
    htmldate read them. One pass in C over the tree; the elements themselves stay."""
    for el in root.iter("script", "style", "svg"):
        tag = el.tag
        if tag == "script":
            if "json" not in (el.get("type") or "").lower():
                el.text = None
        elif tag == "style":
            el.text = None
        else:
            for inner in el.iter():
                inner.text = None
                if inner is not el:
                    inner.tail = None


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
        text = name_words(names)
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


def name_words(names: str) -> str:
    """A class/id string lower-cased, its camel-case words split ("shareBar" -> "share bar")."""
    return names if names.islower() else _CAMEL.sub(" ", names).lower()


# Verdicts by word set, then by class/id string: a page repeats the same names on many elements.
_names_matched: Final[dict[NameWords, dict[str, bool]]] = {}


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
    if BR in text:
        text = text.replace(BR, " ")
    # str.split() splits on exactly the characters the regex \s matches, and faster.
    return " ".join(text.split())


def element_text(el: etree._Element) -> str:
    """All the text inside ``el`` (its tail excluded), cleaned: the text_content() of lxml.html
    serialized by libxml2 in one call rather than through an XPath string(). An element
    without children (most links and spans) holds just its own text: no serializing. What no
    reader is shown (scripts, style sheets, svg titles) was emptied at the parse."""
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
