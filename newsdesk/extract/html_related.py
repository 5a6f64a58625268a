"""Other articles a page carries beside its main one: an aggregator's related articles from other
outlets, a digest's excerpts ("Continue reading at <outlet>").

An article unit is an <article> element (or an element typed as an Article in microdata) that is
not the main article's own frame and holds real prose: a heading plus at least two paragraphs or
a few hundred characters of running text. Teaser cards (a headline and one blurb) do not qualify.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from lxml import etree

from newsdesk.extract.dates import parse_date
from newsdesk.extract.html_blocks import Block, Segmentation
from newsdesk.extract.html_dom import HEADING_TAGS, TagIndex, element_text
from newsdesk.extract.urls import host, resolved

_CONTINUE: Final = re.compile(
    r"^(?:continue reading|read (?:the )?(?:full|whole|rest of the) (?:story|article)|"
    r"read more|originally published|full story)\s*(?:at|on|in)\s+(.{2,80}?)\s*\.?$",
    re.IGNORECASE,
)
# ("(?:\s*+:)?\s+" for "\s*:?\s+": the same matches, without trying each way of sharing a run of
# spaces between two quantifiers)
_SOURCE: Final = re.compile(r"^(?:source|via|from)(?:\s*+:)?\s+(.{2,60})$", re.IGNORECASE)
_BY: Final = re.compile(r"^by\s+(.{3,60})$", re.IGNORECASE)
_MIN_PROSE_CHARS: Final = 300


@dataclass
class Unit:
    element: etree._Element
    title: str
    url: str | None
    blocks: list[Block]
    outlet: str | None
    authors: list[str]
    published: str | None
    published_text: str | None
    continues_elsewhere: bool  # ends "Continue reading at ...": an excerpt, as on a digest


def _units(index: TagIndex) -> list[etree._Element]:
    found = index.iter("article")
    found += [el for kind, el in index.itemtypes if "article" in kind.lower() or "posting" in kind]
    # Keep the innermost of nested candidates: a post that wraps several excerpts is their frame.
    unique = set(found)
    inner = {a for el in unique for a in el.iterancestors() if a in unique}
    return [el for el in dict.fromkeys(found) if el not in inner]


def _title_of(el: etree._Element, base: str | None) -> tuple[str, str | None]:
    for heading in el.iter(*HEADING_TAGS):
        text = element_text(heading)
        if text:
            anchor = heading.find(".//a")
            href = anchor.get("href") if anchor is not None else None
            return text, (resolved(base, href) if href else href)
    return "", None


def read_units(
    root: etree._Element,
    index: TagIndex,
    segmentation: Segmentation,
    base: str | None,
    captured_at: datetime | None,
) -> list[Unit]:
    """Every article unit of the page with real prose, in page order."""
    units: list[Unit] = []
    for el in _units(index):
        title, url = _title_of(el, base)
        if not title:
            continue
        inner = segmentation.blocks_within(el)
        prose = [b for b in inner if b.prose and b.text != title]
        if len(prose) < 2 and sum(len(b.text) for b in prose) < _MIN_PROSE_CHARS:
            continue
        units.append(_read_unit(el, title, url, inner, base, captured_at))
    return units


def _read_unit(
    el: etree._Element,
    title: str,
    url: str | None,
    inner: list[Block],
    base: str | None,
    captured_at: datetime | None,
) -> Unit:
    outlet = None
    authors: list[str] = []
    published = published_text = None
    continues = False
    body: list[Block] = []
    for time_el in el.iter("time"):
        published_text = element_text(time_el) or None
        stamp = time_el.get("datetime")
        parsed = parse_date(published_text, captured_at, fallback=False) if published_text else None
        published = (parsed.iso if parsed else None) or (stamp[:10] if stamp else None)
        break
    for block in inner:
        text = block.text
        if text == title or block.in_caption:
            continue
        if m := _CONTINUE.match(text):
            outlet, continues = outlet or m.group(1).strip(), True
            continue
        if len(text) < 80:
            if (m := _SOURCE.match(text)) and outlet is None:
                outlet = m.group(1).strip()
                continue
            if m := _BY.match(text):
                authors.append(m.group(1).strip())
                continue
            if text == published_text:
                continue
            parsed = parse_date(text, captured_at, fallback=False)
            if parsed is not None:
                published_text, published = published_text or text, published or parsed.iso
                continue
        if block.prose or block.is_heading:
            body.append(block)
    if outlet is None and url and base:
        named = host(url)
        if named and named != host(base):
            outlet = named
    return Unit(el, title, url, body, outlet, authors, published, published_text, continues)


def split_digest(
    body: list[Block], captured_at: datetime | None, page_title: str
) -> tuple[list[Block], list[Unit]] | None:
    """A body made of excerpts, each a heading, paragraphs and "Continue reading at <outlet>".

    Returns the intro (blocks before the first excerpt) and the excerpts, or None when fewer
    than two such excerpts are found. A first excerpt with no heading of its own is headed by
    the page title (the page had no other headline, so its first heading became the title).
    """
    ends = [i for i, b in enumerate(body) if _CONTINUE.match(b.text)]
    if len(ends) < 2:
        return None
    units: list[Unit] = []
    start = 0
    intro: list[Block] = []
    for end in ends:
        heads = [i for i in range(start, end) if body[i].is_heading]
        if not heads and not units and start == 0 and page_title:
            units.append(
                _read_unit(body[0].element, page_title, None, body[: end + 1], None, captured_at)
            )
            start = end + 1
            continue
        if not heads:
            start = end + 1
            continue
        head = heads[-1] if len(heads) == 1 else heads[0]
        if not units:
            intro = body[:head]
        element = body[head].element
        title = body[head].text
        inner = body[head + 1 : end + 1]
        units.append(_read_unit(element, title, None, inner, None, captured_at))
        start = end + 1
    return (intro, units) if len(units) >= 2 else None
