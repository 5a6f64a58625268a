"""The lists a news page shows beside its article: "Most Read", "Read Next", a breaking ticker.

A link list is a titled group of article links: a short heading followed by list items (or cards)
whose links carry headline-like text. Site menus are also lists of links, but their link texts are
one or two words; headlines are longer. A ticker is a region named like one (ticker, breaking,
marquee, urgent) whose items are short statements, often "Attribution: statement".
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from lxml import etree

from newsdesk.extract.html_dom import HEADING_TAGS, clean_text, names_match, word_pattern
from newsdesk.records import Link, TickerItem

_SECTION_WORDS = frozenset({"category", "section", "kicker", "tag", "label", "eyebrow", "topic"})
_SECTION_NAME = word_pattern(_SECTION_WORDS)
_ATTRIBUTION = re.compile(r"^([^:]{2,60}):\s+(\S.{3,})$")
_LIST_TITLE_MAX_WORDS = 6


def _href(el: etree._Element, base: str | None) -> str | None:
    href = el.get("href")
    if not href or href.startswith(("javascript:", "#", "mailto:")):
        return None
    return urljoin(base, href) if base else href


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
        if not isinstance(cand.tag, str):
            continue
        heading = cand if cand.tag in HEADING_TAGS else cand.find(".//h2")
        if heading is None and cand.tag not in HEADING_TAGS:
            heading = cand.find(".//h3")
        if heading is None and cand.tag in ("div", "span", "p", "header"):
            heading = cand
        if heading is None:
            continue
        text = clean_text(heading.text_content())
        if text and len(text.split()) <= _LIST_TITLE_MAX_WORDS and len(text) <= 60:
            return text
    return None


def _item_link(item: etree._Element, base: str | None) -> Link | None:
    anchors = [a for a in item.iter("a") if clean_text(a.text_content())]
    if not anchors:
        return None
    best = max(anchors, key=lambda a: len(clean_text(a.text_content())))
    title = clean_text(best.text_content())
    if len(title.split()) < 4:
        return None
    section = None
    date = None
    for el in item.iter():
        if not isinstance(el.tag, str) or el is best:
            continue
        if el.tag == "time":
            date = clean_text(el.text_content()) or el.get("datetime")
        elif section is None and names_match(el, _SECTION_NAME):
            text = clean_text(el.text_content())
            if text and text != title and len(text) <= 40:
                section = text
    return Link(list="", title=title, section=section, date=date, url=_href(best, base))


def read_link_lists(
    root: etree._Element, base: str | None, skip: set[etree._Element]
) -> list[Link]:
    """Titled lists of article links outside the elements in ``skip`` (the article body)."""
    links: list[Link] = []
    seen: set[tuple[str, str]] = set()
    for lst in root.iter("ul", "ol"):
        if any(anc in skip for anc in lst.iterancestors()) or lst in skip:
            continue
        items = [li for li in lst if isinstance(li.tag, str) and li.tag == "li"]
        if len(items) < 2:
            continue
        name = _heading_before(lst)
        if not name:
            continue
        found = [link for link in (_item_link(li, base) for li in items) if link]
        if len(found) < max(2, len(items) // 2):
            continue
        for link in found:
            key = (name, link.title)
            if key not in seen:
                seen.add(key)
                link.list = name
                links.append(link)
    return links


def read_ticker(regions: list[etree._Element]) -> list[TickerItem]:
    """Items of breaking-news tickers, with the attribution before a colon when there is one."""
    items: list[TickerItem] = []
    for el in regions:
        parts = [li for li in el.iter("li")] or [a for a in el.iter("a")] or [el]
        for part in parts:
            text = clean_text(part.text_content())
            if len(text.split()) < 3 or len(text) > 300:
                continue
            match = _ATTRIBUTION.match(text)
            if match and len(match.group(1).split()) <= 5:
                items.append(TickerItem(text=match.group(2).strip(), attribution=match.group(1)))
            else:
                items.append(TickerItem(text=text))
    return items
