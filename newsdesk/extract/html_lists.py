"""The lists a news page shows beside its article: "Most Read", "Read Next", a breaking ticker.

A link list is a titled group of article links: a short heading followed by list items (or cards)
whose links carry headline-like text. Site menus are also lists of links, but their link texts are
one or two words; headlines are longer. A ticker is a region named like one (ticker, breaking,
marquee, urgent) whose items are short statements, often "Attribution: statement".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from lxml import etree

from newsdesk.extract.dates import parse_date
from newsdesk.extract.html_dom import (
    BLOCK_TAGS,
    HEADING_TAGS,
    NameWords,
    TagIndex,
    clean_text,
    element_text,
    names_match,
)
from newsdesk.extract.urls import resolved
from newsdesk.records import Link, TickerItem

_SECTION_WORDS: Final = frozenset(
    {"category", "cat", "section", "kicker", "tag", "label", "eyebrow", "topic", "rubric"}
)
_SECTION_NAME: Final = NameWords(_SECTION_WORDS)
_ATTRIBUTION: Final = re.compile(r"^([^:]{2,60}):\s+(\S.{3,})$")
_LIST_TITLE_MAX_WORDS: Final = 6
# Titled lists that are site chrome, not stories: sharing, following, comments, archives.
_CHROME_LIST: Final = re.compile(
    r"\b(?:share|sharing|connect|follow|comments?|newsletters?|subscribe|sign (?:up|in)|log ?in|"
    r"menu|navigation|categories|archives?|tags|contact|download (?:our|the) app)\b",
    re.IGNORECASE,
)
_TITLE_NAME: Final = NameWords(
    frozenset({"title", "heading", "header", "label", "hed", "hd", "head"})
)
_FRAGMENT_SPLIT: Final = re.compile(r"\s*[|·•]\s*")


def _href(el: etree._Element, base: str | None) -> str | None:
    href = el.get("href")
    if not href or href.startswith(("javascript:", "#", "mailto:")):
        return None
    return resolved(base, href)


def _heading_before(lst: etree._Element) -> str | None:
    """The short title that introduces a list: a heading just before it or atop its box."""
    candidates: list[etree._Element] = []
    prev = lst.getprevious()
    if prev is not None:
        candidates.append(prev)
    parent = lst.getparent()
    if parent is not None:
        first = parent[0] if len(parent) else None
        if first is not None and first is not lst:
            candidates.append(first)
        grand_prev = parent.getprevious()
        if grand_prev is not None:
            candidates.append(grand_prev)
    for cand in candidates:
        tag = cand.tag
        if not isinstance(tag, str):
            continue
        heading = cand if tag in HEADING_TAGS else _first_heading(cand)
        # A plain box titles the list only when it says it is a title and links nowhere (the
        # walk through its links last: most boxes are not named like a title).
        if (
            heading is None
            and tag in ("div", "span", "p", "header", "strong", "b")
            and (tag in ("strong", "b", "header") or names_match(cand, _TITLE_NAME))
            and next(cand.iter("a"), None) is None
        ):
            heading = cand
        if heading is None:
            continue
        text = element_text(heading)
        if text and len(text.split()) <= _LIST_TITLE_MAX_WORDS and len(text) <= 60:
            return None if _CHROME_LIST.search(text) else text
    return None


def _first_heading(box: etree._Element) -> etree._Element | None:
    """The first h2 inside ``box``, else its first h3: one walk through it, not one per tag."""
    first_h3 = None
    for heading in box.iter("h2", "h3"):
        if heading.tag == "h2":
            return heading
        if first_h3 is None:
            first_h3 = heading
    return first_h3


def _fragments(item: etree._Element, skip: etree._Element) -> list[str]:
    """Short texts of a list item outside its headline link ("Sport", "1 Mar 2025")."""
    pieces: list[str] = []
    _gather(item, skip, pieces)
    cleaned = (clean_text(p) for p in _FRAGMENT_SPLIT.split("".join(pieces)))
    return [text for text in cleaned if text]


def _gather(el: etree._Element, skip: etree._Element, pieces: list[str]) -> None:
    """The text of ``el`` without ``skip``'s, each child element fenced by "|"."""
    if el is not skip:
        if el.text:
            pieces.append(el.text)
        for child in el:
            if isinstance(child.tag, str):
                pieces.append("|")
                _gather(child, skip, pieces)
                pieces.append("|")
            if child.tail:
                pieces.append(child.tail)


def _is_headline(title: str) -> bool:
    """Whether a link's text is long enough to head a story's link (menus' are a word or two)."""
    return len(title.split()) >= 4


def _link_from(item: etree._Element, anchor: etree._Element, base: str | None, title: str) -> Link:
    """The item as a link headed by ``anchor``, whose text is ``title`` (a headline)."""
    section = None
    date = None
    for el in item.iter("time"):
        date = element_text(el) or el.get("datetime")
        break
    for el in item.iter(etree.Element):
        if el is not anchor and names_match(el, _SECTION_NAME):
            text = element_text(el)
            if text and text != title and len(text) <= 40:
                section = text
                break
    for piece in _fragments(item, anchor):
        if date is None and parse_date(piece, fallback=False):
            date = piece
        elif section is None and piece != date and _looks_like_section(piece):
            section = piece
    return Link(list="", title=title, section=section, date=date, url=_href(anchor, base))


def _looks_like_section(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 3 and text[0].isupper() and not any(c.isdigit() for c in text)


def _item_headline(item: etree._Element) -> tuple[etree._Element, str] | None:
    """The item's link with the longest text (the headline, not "More" or a section link) and
    that text, when it reads like a headline."""
    best, best_text = None, ""
    for anchor in item.iter("a"):
        text = element_text(anchor)
        if len(text) > len(best_text):
            best, best_text = anchor, text
    return (best, best_text) if best is not None and _is_headline(best_text) else None


def _add(links: list[Link], seen: set[tuple[str, str]], name: str, found: list[Link]) -> None:
    for link in found:
        key = (name, link.title)
        if key not in seen:
            seen.add(key)
            link.list = name
            links.append(link)


def _inside(el: etree._Element, skip: set[etree._Element]) -> bool:
    return el in skip or not skip.isdisjoint(el.iterancestors())


def _titled_lists(
    index: TagIndex, skip: set[etree._Element]
) -> Iterator[tuple[str, list[etree._Element]]]:
    """(title, items) of the <ul>/<ol> lists outside ``skip`` that have a title and two items
    or more. The cheap questions first: fewer than two children, then the title (four lists
    in five have none), and only then the items (a menu's can be many)."""
    for lst in index.iter("ul", "ol"):
        if len(lst) < 2 or _inside(lst, skip):
            continue
        name = _heading_before(lst)
        if not name:
            continue
        items = list(lst.iterchildren("li"))
        if len(items) >= 2:
            yield name, items


def read_link_lists(index: TagIndex, base: str | None, skip: set[etree._Element]) -> list[Link]:
    """Titled lists of article links outside the elements in ``skip`` (the article body).

    Two shapes: list items (<ul>/<ol>), and grids of cards, each card a heading with a link.
    """
    links: list[Link] = []
    seen: set[tuple[str, str]] = set()
    # A list's links are made (their URL joined, their dates and sections looked for) once
    # enough of its items have a headline: a list of too few is dropped whole.
    for name, items in _titled_lists(index, skip):
        heads = []
        for li in items:
            head = _item_headline(li)
            if head is not None:
                heads.append((li, head[0], head[1]))
        if len(heads) >= max(2, len(items) // 2):
            _add(links, seen, name, [_link_from(li, a, base, text) for li, a, text in heads])
    grids: dict[etree._Element, list[tuple[etree._Element, etree._Element]]] = {}
    for heading in index.iter("h2", "h3", "h4"):
        if next(heading.iterchildren("a"), None) is None:  # a link directly in the heading
            continue
        card = heading.getparent()
        grid = card.getparent() if card is not None else None
        anchor = next(heading.iterdescendants("a"), None)
        if grid is None or anchor is None or card.tag in ("li", "ul", "ol") or _inside(grid, skip):
            continue
        grids.setdefault(grid, []).append((card, anchor))
    for grid, cards in grids.items():
        if len(cards) < 2 or grid.tag in ("ul", "ol"):
            continue
        title = _heading_before(grid)
        if not title:
            continue
        heads = []
        for card, anchor in cards:
            text = element_text(anchor)
            if _is_headline(text):
                heads.append((card, anchor, text))
        if len(heads) >= 2:
            _add(links, seen, title, [_link_from(c, a, base, text) for c, a, text in heads])
    return links


def read_ticker(regions: list[etree._Element]) -> list[TickerItem]:
    """Items of breaking-news tickers, with the attribution before a colon when there is one."""
    items: list[TickerItem] = []
    for el in regions:
        parts = list(el.iter("li")) or _leaf_blocks(el) or list(el.iter("a")) or [el]
        for part in parts:
            text = element_text(part)
            if len(text.split()) < 3 or len(text) > 300:
                continue
            match = _ATTRIBUTION.match(text)
            if match and len(match.group(1).split()) <= 5:
                items.append(TickerItem(text=match.group(2).strip(), attribution=match.group(1)))
            else:
                items.append(TickerItem(text=text))
    return items


def _leaf_blocks(region: etree._Element) -> list[etree._Element]:
    """Block elements inside the region that hold no other block: one ticker item each."""
    return [
        el
        for el in region.iter(etree.Element)
        if el is not region
        and el.tag in BLOCK_TAGS
        and not any(c.tag in BLOCK_TAGS for c in el.iter(etree.Element) if c is not el)
    ]
