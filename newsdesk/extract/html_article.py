"""What the article's own header and footer say: byline, credit, date line, reading time, shares,
captions with credit, visible tags, and which opening paragraph is a standfirst.

These are read from the visible page, around the body the body reader chose; the publisher's
declared metadata (html_meta) is preferred by the caller where both exist.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from lxml import etree

from newsdesk.extract import bylines
from newsdesk.extract import facts as header_facts
from newsdesk.extract.html_blocks import Block
from newsdesk.extract.html_dom import BLOCK_TAGS, NameWords, element_text, names_match
from newsdesk.records import Image

_TRAILING_CREDIT: Final = re.compile(
    r"\s*(?:\(([^()]{2,60})\)|(?:photo(?:graph)?|image|picture|credit|foto)s?\s*(?:by|:)\s*"
    r"([^.|()]{2,60})|©\s*([^.|()]{2,60}))\s*\.?\s*$",
    re.IGNORECASE,
)
_CREDIT_LABEL: Final = re.compile(
    r"^\s*\(?\s*(?:(?:photo(?:graph)?|image|picture|credit|foto)s?\s*(?:by|:)|©)\s*", re.I
)
_CAPTION_NAME: Final = NameWords(frozenset({"caption", "figcaption", "imagecaption"}))
_CREDIT_NAME: Final = NameWords(frozenset({"credit", "copyright", "source", "photographer"}))
_TAGS_NAME: Final = NameWords(frozenset({"tags", "taglist", "topics", "keywords", "tagged"}))
_INLINE_FACT_TAGS: Final = frozenset(
    {"span", "a", "time", "small", "em", "strong", "b", "i", "p", "div"}
)
_HEADER_BLOCK_MAX_CHARS: Final = 200
_SEPARATORS: Final = re.compile(r"\s+[|·•]\s+")
_SEPARATOR_CHARS: Final = frozenset("|·•")


@dataclass
class HeaderFacts:
    byline: str | None = None
    credit: str | None = None
    reading_minutes: int | None = None
    shares: int | None = None
    blocks: set[int] = field(default_factory=set)  # indices of blocks that are header, not body


def _own_parts(block: Block) -> list[str]:
    """The block's text and the texts of its inline pieces (spans of a byline line)."""
    text = block.text
    pieces = [text] if _SEPARATOR_CHARS.isdisjoint(text) else _SEPARATORS.split(text)
    parts = [text, *(piece for p in pieces if (piece := p.strip()))]
    element = block.element
    for el in _inline_pieces(element, []) if len(element) else ():
        text = element_text(el)
        if text and text != block.text:
            parts.append(text)
    return parts


def _inline_pieces(el: etree._Element, found: list[etree._Element]) -> list[etree._Element]:
    """The elements below ``el`` that may hold a header fact, in document order, with no block
    element between them and ``el``: the walk stops at nested blocks (a block's element may
    hold the whole article besides its one short line of loose text)."""
    for child in el:
        tag = child.tag  # a comment's is a function: no fact tag, and no children to walk
        if tag in _INLINE_FACT_TAGS:
            found.append(child)
        if len(child) and tag not in BLOCK_TAGS:
            _inline_pieces(child, found)
    return found


_HEADER_REACH: Final = 40  # blocks over the body's first where its header may stand


def header_blocks(blocks: Sequence[Block], first_body: int, last: int) -> Sequence[Block]:
    """The article's header: from a little above the body's first block to `last`."""
    return blocks[max(0, first_body - _HEADER_REACH) : min(len(blocks), last + 1)]


def scan_header(blocks: Sequence[Block], first_body: int, last: int) -> HeaderFacts:
    """Facts written in short lines from a little above the body to a little into it."""
    facts = HeaderFacts()
    # Texts that told no fact still missing: asked again (a block's text is often its only
    # piece too) they tell none, as facts found since only leave fewer to ask about.
    missed: set[str] = set()
    for block in header_blocks(blocks, first_body, last):
        if len(block.text) > _HEADER_BLOCK_MAX_CHARS:
            continue
        hit = False
        for text in _own_parts(block):
            if text in missed:
                continue
            found = True
            if facts.byline is None and (names := bylines.byline(text)) is not None:
                facts.byline, hit = names, True
            elif facts.credit is None and (credit := header_facts.credit(text)) is not None:
                facts.credit, hit = credit, True
            elif facts.reading_minutes is None and (n := header_facts.reading_minutes(text)):
                facts.reading_minutes, hit = n, True
            elif facts.shares is None and (count := header_facts.shares(text)) is not None:
                facts.shares, hit = count, True
            else:
                found = False
            if not found:
                missed.add(text)
        if hit:
            facts.blocks.add(block.index)
    return facts


def split_byline(byline: str | None) -> list[str]:
    """ "Ada Quill and Tom Reed", "Ada Quill, Tom Reed & Lea Moss" as separate names."""
    return bylines.split_authors(byline)


def _clean_credit(text: str) -> str:
    text = _CREDIT_LABEL.sub("", text).strip()
    return text.strip("()[] .").strip()


def images(scope: etree._Element | None) -> list[Image]:
    """Captions (figcaption, or a box named caption) with the credit split off."""
    if scope is None:
        return []
    found: list[Image] = []
    seen: set[str] = set()
    for cap in scope.iter("figcaption", "p", "div", "span"):
        if cap.tag != "figcaption" and not names_match(cap, _CAPTION_NAME):
            continue
        if any(a.tag == "figcaption" or a in seen for a in cap.iterancestors()):
            continue  # a caption box inside a caption already read
        text = element_text(cap)
        if not text or len(text) > 600:
            continue
        seen.add(cap)
        caption, credit = text, None
        for el in cap.iter(etree.Element):
            if el is cap or not (names_match(el, _CREDIT_NAME) or el.tag == "em"):
                continue
            part = element_text(el)
            # Emphasis is a credit only when it reads like one: "(KNA)", "Photo: ..."
            if el.tag == "em" and not (part.startswith("(") or _CREDIT_LABEL.match(part)):
                continue
            if part and text.endswith(part) and len(part) < len(text):
                caption, credit = text[: -len(part)].strip(), _clean_credit(part)
                break
        if credit is None and (m := _TRAILING_CREDIT.search(text)) and m.start() > 0:
            caption, credit = text[: m.start()].strip(), _clean_credit(m.group(0))
        if caption in {i.caption for i in found}:
            continue
        found.append(Image(caption=caption, credit=credit or None))
    return found


def visible_tags(scope: etree._Element | None) -> list[str]:
    """Tags the article shows: links in a box named tags/topics, or links marked rel="tag"."""
    if scope is None:
        return []
    tags: list[str] = []
    boxes: dict[etree._Element, bool] = {}  # whether named like a tag box: links share boxes
    for el in scope.iter("a"):
        rel = el.get("rel")  # most links have none: no list of its words to make
        tagged = False
        if rel:
            words = rel.lower().split()
            tagged = "tag" in words and "category" not in words
        if not tagged:
            # A box named tags/topics among its five nearest ancestors (up to the scope).
            for depth, anc in enumerate(el.iterancestors()):
                named = boxes.get(anc)
                if named is None:
                    named = boxes[anc] = names_match(anc, _TAGS_NAME)
                if named or anc is scope or depth == 4:
                    tagged = named
                    break
        if tagged:
            text = element_text(el).lstrip("#")
            if text and len(text) <= 60 and text not in tags:
                tags.append(text)
    return tags


def article_scope(common: etree._Element | None) -> etree._Element | None:
    """The element that frames the article: the nearest <article> around the body, else the
    body's common ancestor (``common``) one level up (where lead images and tag lists sit)."""
    if common is None:
        return None
    for anc in [common, *common.iterancestors()]:
        if anc.tag == "article":
            return anc
        if anc.tag in ("main", "body"):
            break
    parent = common.getparent()
    return parent if parent is not None and parent.tag != "html" else common
