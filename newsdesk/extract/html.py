"""Read an HTML capture into the Page contract (DESIGN.md).

The DOM is parsed once and cut into blocks (`html_dom`); the article body is chosen by our own
text-density analysis and trafilatura's extraction voting block by block (`html_body`); the
publisher's declared metadata (`html_meta`) fills title, authors, date, section and tags, and the
page's own text fills what is left (byline, credit, reading time, captions); the lists beside the
article become links and ticker items (`html_lists`). No rule names a site.
"""

from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import urlparse

import trafilatura
from lxml import etree

from newsdesk.extract.html_body import BodyEvidence, common_ancestor, is_prose, select_body
from newsdesk.extract.html_dom import HEADING_TAGS, Block, clean_text, parse_html, segment
from newsdesk.extract.html_lists import read_link_lists, read_ticker
from newsdesk.extract.html_meta import Declared, first_time_element, iso_date, read_declared
from newsdesk.records import Article, Image, Page

# Inserts inside a body that point elsewhere: "Read more: ...", "Related News", "See also".
_INSERT = re.compile(
    r"^(?:(?:read|see|watch|listen)(?: (?:more|also|next))?\s*:|read (?:more|also|next)\b|"
    r"(?:see|watch) more\b|also read\b|also on \S+|don'?t miss\b|more on this\b|"
    r"related(?: news| articles?| stories| content| coverage)?\b|see also\b|recommended\b|"
    r"you (?:may|might) (?:also )?like\b)[\s:|-]*",
    re.IGNORECASE,
)
# Calls to action that close many articles; never a sentence of the story itself.
_CALL_TO_ACTION = re.compile(
    r"^(?:like this (?:story|article)\b|share (?:this|it)\b|sign up\b|subscribe\b|"
    r"click here\b|follow us\b|tell us what you think\b|comments?$|leave a (?:comment|reply)\b|"
    r"get (?:our|the) newsletter\b)",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^by\s+(.{3,80})$", re.IGNORECASE)
_CREDIT = re.compile(r"^source\s*:\s*(.{2,80})$", re.IGNORECASE)
_READING = re.compile(r"(\d{1,3})\s*(?:-\s*)?min(?:ute)?s?\.?\s+read", re.IGNORECASE)
_SHARES = re.compile(r"^(\d[\d,]*)\s+shares?$", re.IGNORECASE)
_CAPTION_CREDIT = re.compile(
    r"(?:\(([^()]{2,40})\)|(?:photo|image|credit|picture|foto)s?\s*(?:by|:)\s*([^.|]{2,60})|©\s*([^.|]{2,60}))\s*\.?\s*$",
    re.IGNORECASE,
)
_TITLE_SPLIT = re.compile(r"\s+[|–—\-:·•]\s+")
_MIN_ARTICLE_CHARS = 200


def _trafilatura_text(root: etree._Element) -> str:
    try:
        text = trafilatura.extract(
            root, include_comments=False, with_metadata=False, fast=True, deduplicate=False
        )
    except Exception:  # trafilatura is one signal among several: its failure must not fail us
        return ""
    return text or ""


def _title(root: etree._Element, declared: Declared, body: list[Block]) -> str:
    """The headline: an <h1> the declared title or <title> agrees with, else the declared one."""
    page_title = clean_text(root.findtext(".//head/title") or "")
    references = [t.lower() for t in (declared.title, page_title) if t]
    h1s = [clean_text(h.text_content()) for h in root.iter("h1")]
    for h1 in h1s:
        if h1 and any(h1.lower() in ref or ref in h1.lower() for ref in references):
            return h1
    if declared.title:
        return declared.title
    if len([h for h in h1s if h]) == 1:
        return next(h for h in h1s if h)
    if page_title:
        parts = _TITLE_SPLIT.split(page_title)
        return max(parts, key=len) if len(parts) > 1 else page_title
    return body[0].text[:120] if body else ""


def _is_insert(block: Block, text: str) -> bool:
    if _CALL_TO_ACTION.match(text) and len(text) < 160:
        return True
    if not _INSERT.match(text):
        return False
    # "Related News" as a heading, "Read more: <link>", a linked title: not "Related to this, ..."
    return len(text.split()) <= 6 or ":" in text[:25] or block.link_density > 0.3


def _clean_body(body: list[Block]) -> list[Block]:
    """Drop inserts that point to other articles, and the link list a "Related" heading opens."""
    kept: list[Block] = []
    in_insert_list = False
    for block in body:
        text = block.text
        if _is_insert(block, text):
            in_insert_list = block.is_heading or len(text.split()) <= 4
            continue
        if in_insert_list and (block.in_list or block.link_density > 0.5 or block.is_heading):
            continue
        in_insert_list = False
        kept.append(block)
    while kept and kept[-1].is_heading:  # a heading with nothing after it heads something else
        kept.pop()
    return kept


def _images(scopes: list[etree._Element]) -> list[Image]:
    images: list[Image] = []
    seen: set[str] = set()
    for scope in scopes:
        for cap in scope.iter("figcaption"):
            text = clean_text(cap.text_content())
            if not text or text in seen:
                continue
            seen.add(text)
            credit = None
            for el in cap.iter():
                words = f"{el.get('class') or ''} {el.get('itemprop') or ''}".lower()
                if el is not cap and any(w in words for w in ("credit", "copyright", "author")):
                    credit = clean_text(el.text_content()) or None
                    break
            if credit is None:
                match = _CAPTION_CREDIT.search(text)
                if match:
                    credit = next(g for g in match.groups() if g).strip()
            images.append(Image(caption=text, credit=credit))
    return images


def _scan_header(blocks: list[Block], first_body: int) -> tuple[dict[str, str], set[int]]:
    """Byline, credit, reading time and shares written around the top of the article.

    Returns the facts and the indices of the blocks that held only such a fact, which are
    the article's header, not its body.
    """
    found: dict[str, str] = {}
    used: set[int] = set()
    start = max(0, first_body - 40)
    for block in blocks[start : first_body + 8]:
        text = block.text
        hit = False
        if "byline" not in found and (m := _BYLINE.match(text)):
            found["byline"], hit = m.group(1), True
        elif "credit" not in found and (m := _CREDIT.match(text)):
            found["credit"], hit = m.group(1), True
        elif "reading" not in found and len(text) < 60 and (m := _READING.search(text)):
            found["reading"], hit = m.group(1), True
        elif "shares" not in found and (m := _SHARES.match(text)):
            found["shares"], hit = m.group(1).replace(",", ""), True
        if hit:
            used.add(block.index)
    return found, used


def _published(
    root: etree._Element, declared: Declared, scope: etree._Element | None, html: str
) -> tuple[str | None, str | None]:
    stamp, written = first_time_element(root, scope)
    published = iso_date(declared.published) or iso_date(stamp)
    if published is None:
        try:
            from htmldate import find_date

            found = find_date(root, extensive_search=False, original_date=True)
        except Exception:  # htmldate is a last resort; a page without a date is still a page
            found = None
        published = found
    return published, written or declared.published


def read_html(
    html: str,
    *,
    source: str,
    url: str | None,
    captured_at: datetime | None,
    profile: object | None,
) -> Page:
    """One HTML capture as a Page: kind, site, the main article, ticker and link lists."""
    del profile  # site profiles are learnt from text dumps; the DOM carries its own structure
    page = Page(
        source=source,
        format="html",
        kind="listing",
        captured_at=captured_at.isoformat() if captured_at else None,
    )
    root = parse_html(html)
    if root is None:
        from newsdesk.extract.core import ExtractError

        raise ExtractError(f"{source}: HTML without any content to parse")
    declared = read_declared(root)
    segmentation = segment(root)
    blocks = segmentation.blocks
    page_url = declared.url or url
    domain = urlparse(page_url).netloc.removeprefix("www.") if page_url else ""
    page.site = declared.site or domain or None

    evidence = BodyEvidence(
        title=declared.title, standfirst=declared.description, ld_body=declared.body
    )
    selected = select_body(blocks, evidence, _trafilatura_text)
    title = _title(root, declared, selected)
    body = _clean_body([b for b in selected if b.text != title])
    page.ticker = read_ticker(segmentation.tickers)
    holders = {b.element for b in body}
    page.links = read_link_lists(root, page_url, holders)

    prose_chars = sum(len(b.text) for b in body if is_prose(b))
    if prose_chars < _MIN_ARTICLE_CHARS and not (declared.is_article and prose_chars):
        return page

    first = body[0].index if body else 0
    header, header_blocks = _scan_header(blocks, first)
    body = [b for b in body if b.index not in header_blocks]
    scope = common_ancestor([b.element for b in body])
    published, published_text = _published(root, declared, scope, html)
    body = [b for b in body if b.text != published_text]
    standfirst = declared.description
    if standfirst and body and _is_prefix(standfirst, body[0].text):
        standfirst = None  # the description only repeats the first paragraph
    authors = declared.authors or ([header["byline"]] if "byline" in header else [])
    article = Article(
        role="main",
        title=title,
        body="\n\n".join(b.text for b in body),
        standfirst=standfirst,
        authors=authors,
        outlet=page.site or domain,
        credit=header.get("credit"),
        published=published,
        published_text=published_text,
        reading_minutes=int(header["reading"]) if "reading" in header else None,
        shares=int(header["shares"]) if "shares" in header else None,
        section=declared.section,
        tags=declared.tags,
        images=_images([scope] if scope is not None else []),
        headings=[b.text for b in body if b.tag in HEADING_TAGS],
        url=page_url,
        language=declared.language,
    )
    page.kind = "article"
    page.articles = [article]
    return page


def _is_prefix(short: str, long: str) -> bool:
    a = re.sub(r"\W+", " ", short).strip().lower().rstrip(".… ")
    b = re.sub(r"\W+", " ", long).strip().lower()
    return bool(a) and b.startswith(a[: max(40, len(a) - 5)])
