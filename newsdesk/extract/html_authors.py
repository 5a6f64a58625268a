"""The writers the page's markup names where it declares none and prints no "By" line.

Many pages print the writer's name alone in the header ("Ann Example", then the date): no
"By" tells it from any other short line, but the markup does, in one of three ways, asked in
this order: a link with rel="author", an element with itemprop="author" (its own
itemprop="name" inside, if any), an element whose class or id names a byline or an author
("byline", "author-name", "article__author") or whose own attribute does (data-author). Only
the article's header is read, from a little above the body's first paragraph to a little into
it and never past its last (as html_article.scan_header reads): a comment's or a related
story's writer is named the same way further down. The text must be a person's name as a
byline prints it (bare_bylines.lone_name), perhaps after a label ("By", "Author:", "Written
by") and before what follows it on the line (a bar, a date, a handle).
"""

from __future__ import annotations

import re
from typing import Final

from lxml import etree

from newsdesk.extract import bare_bylines, bylines, dates
from newsdesk.extract.html_dom import BLOCK_TAGS, NameWords, element_text, names_match

_AUTHOR_NAMES: Final = NameWords(
    frozenset({"author", "authors", "byline", "bylines", "author-name", "authorname",
               "byline-name", "writer", "article-author", "post-author", "entry-author"})
)  # fmt: skip
# Names that mark an author's box (a bio, a picture, a list of the author's stories), not the
# byline: its text is the box's, never a name alone.
_BOX_NAMES: Final = NameWords(
    frozenset({"bio", "avatar", "image", "img", "photo", "picture", "thumb", "more", "social",
               "follow", "description", "about"})
)  # fmt: skip
_MAX_CHARS: Final = 80  # a byline's line at most; an author's box is longer
_LABEL: Final = re.compile(
    r"^(?:(?:written|posted|published|story|words|text|report(?:ed)?|interview) by|by|author"
    r"|authors|von|par|por|di|door|av|af|autor|auteur|autore)\s*:?\s+",
    re.IGNORECASE,
)
# What follows the name on a byline's line: a bar, a bullet or a comma and what comes after it,
# a figure (a time), "in <section>", "More stories by ..." (a date in words is cut apart, and
# the writer's handle after the name: _names_in).
_AFTER: Final = re.compile(
    r"\s*(?:[|•·/—–]|\s-\s|,|\s\d|\s(?:in|on|at|updated|more|posted|published)\s).*$", re.I
)


def _near(el: etree._Element) -> list[etree._Element]:
    """A header block's element, its inline pieces (the walk stops at nested blocks: a block's
    element may hold the whole article besides its one short line) and its two nearest
    ancestors (a byline's box around the name's paragraph)."""
    out = [el]
    stack = list(el)
    while stack:
        child = stack.pop(0)
        if isinstance(child.tag, str) and child.tag not in BLOCK_TAGS:
            out.append(child)
            stack.extend(child)
    parent = el.getparent()
    for _ in range(2):
        if parent is None:
            break
        out.append(parent)
        parent = parent.getparent()
    return out


def _candidates(zone: list[etree._Element]) -> list[list[etree._Element]]:
    """The marked elements at the zone's elements, by kind (rel, itemprop, class/id)."""
    rel: list[etree._Element] = []
    prop: list[etree._Element] = []
    named: list[etree._Element] = []
    seen: set[etree._Element] = set()
    for top in zone:
        for el in _near(top):
            if el in seen:
                continue
            seen.add(el)
            if "author" in (el.get("rel") or "").lower().split():
                rel.append(el)
            elif (el.get("itemprop") or "").lower() == "author":
                prop.append(el)
            elif (
                names_match(el, _AUTHOR_NAMES) or any("author" in key for key in el.attrib)
            ) and not names_match(el, _BOX_NAMES):
                named.append(el)  # (an attribute named so: data-author="8579")
    return [rel, prop, named]


def _names_in(el: etree._Element) -> list[str]:
    """The names an author-marked element prints, or none where it prints anything else."""
    inner = el.xpath(".//*[@itemprop='name']")
    text = _LABEL.sub("", element_text(inner[0] if inner else el).strip())
    if not text or len(text) > _MAX_CHARS:
        return []
    if (dated := dates.first_date(text)) is not None:
        text = text[: dated[0]]  # "Ann Example December 3, 2025"
    text = _AFTER.sub("", text).strip()
    words = text.split()
    if len(words) > 2 and words[-1].islower() and words[-1].isalpha():
        text = " ".join(words[:-1])  # the writer's handle after the name
    parts = bylines.split_authors(text) if " and " in text or " & " in text else [text]
    names = [name for part in parts for name in bare_bylines.lone_name(part)]
    return names if len(names) == len(parts) else []


def marked_authors(zone: list[etree._Element]) -> list[str]:
    """The first names the markup of the header's elements marks as the writers', by the
    strongest mark that names any."""
    for kind in _candidates(zone):
        for el in kind:
            if names := _names_in(el):
                return names
    return []
