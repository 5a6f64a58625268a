"""Read an HTML capture into the Page contract (DESIGN.md).

The DOM is parsed once (`html_dom`) and cut into blocks (`html_segment`); the article body is
chosen by our own text-density analysis and trafilatura's extraction voting block by block
(`html_body`, `html_votes`); the publisher's declared metadata (`html_meta`) fills title,
authors, date, section and tags, and the page's own text fills what is left (byline, credit,
reading time, captions); the lists beside the article become links and ticker items
(`html_lists`). No rule names a site.
"""

from __future__ import annotations

import re
from configparser import ConfigParser
from datetime import datetime
from typing import Final

import trafilatura
from lxml import etree
from trafilatura.settings import Extractor, use_config

from newsdesk.extract.bylines import tidy_authors
from newsdesk.extract.date_parsers import narrowed_htmldate
from newsdesk.extract.dates import DATE_HINT, date_in_url, names_another_day, parse_date
from newsdesk.extract.furniture import READ_ALSO_START
from newsdesk.extract.html_article import (
    article_scope,
    header_blocks,
    images,
    scan_header,
    split_byline,
    visible_tags,
)
from newsdesk.extract.html_authors import marked_authors
from newsdesk.extract.html_blocks import Block, Segmentation, text_weight, words_only
from newsdesk.extract.html_body import BodyEvidence, select_body
from newsdesk.extract.html_cleanup import (
    credited_caption,
    drop_closing_promos,
    drop_repeats,
    is_credit_line,
    is_read_also,
)
from newsdesk.extract.html_containers import common_ancestor
from newsdesk.extract.html_dom import HEADING_TAGS, TagIndex, parse_html
from newsdesk.extract.html_lists import read_link_lists, read_ticker
from newsdesk.extract.html_meta import (
    Declared,
    first_time_element,
    iso_date,
    latest_stated_date,
    read_declared,
)
from newsdesk.extract.html_related import Unit, read_units, split_digest
from newsdesk.extract.html_segment import segment
from newsdesk.extract.html_title import headline
from newsdesk.extract.html_votes import is_prose, reads_as_sentences
from newsdesk.extract.language import guess_language
from newsdesk.extract.non_persons import declared_source
from newsdesk.extract.urls import host
from newsdesk.records import Article, Image, Page

# Inserts inside a body that point elsewhere: "Read more: ...", "For more, read: ...",
# "Related News", "See also"
# (and, through READ_ALSO_START, the same in the other languages the readers know).
_INSERT: Final = re.compile(
    r"^(?:(?:read|see|watch|listen)(?: (?:more|also|next))?\s*:|read (?:more|also|next)\b|"
    r"for more(?: on [^,:.]{1,40})?,? (?:read|see|watch)\s*:|"
    r"(?:see|watch) more\b|also read\b|also on \S+|don'?t miss\b|more on this\b|"
    r"related(?: news| articles?| stories| content| coverage)?\b|see also\b|recommended\b|"
    r"you (?:may|might) (?:also )?like\b)[\s:|-]*",
    re.IGNORECASE,
)
_LABELLED_LIST: Final = re.compile(
    r"^(?:tags?|tagged(?: with)?|keywords|topics|filed under)\b\s*:?\s", re.IGNORECASE
)
# Calls to action that close many articles ("Get <Name>, the site's weekly newsletter" set
# between its paragraphs too); never a sentence of the story itself.
_CALL_TO_ACTION: Final = re.compile(
    r"^(?:like this (?:story|article)\b|share (?:this|it)\b|sign up\b|subscribe\b|"
    r"click here\b|follow us\b|tell us what you think\b|comments?$|leave a (?:comment|reply)\b|"
    r"get (?:our|the) newsletter\b|get\b[^.!?]{0,60}\bnewsletters?\W*$)",
    re.IGNORECASE,
)
_MIN_ARTICLE_CHARS: Final = 200
_NON_WORD: Final = re.compile(r"\W+")


def _trafilatura_config() -> ConfigParser:
    """trafilatura's settings with no minimum extraction size: it reads a copy of only the
    blocks at stake (html_body's _relevant_copy), so a short text there is its answer, not a
    failure to make up for with the loose text around it (its wild-text recovery; with the
    precision focus below, ~4% of its instructions on the bench pages)."""
    config = use_config()
    config["DEFAULT"]["MIN_EXTRACTED_SIZE"] = "0"
    return config


# trafilatura's options, built once: building them reads its configuration every call.
# precision: no recall retry or rescue of a short extraction (deciding it measured the whole
# copy's text again) and a stricter pruning of link-heavy lines: ~6% of its instructions, and
# fewer votes for promo, "read also" and feed lines (aeb HTML F1 0.9852 -> 0.9853).
_TRAFILATURA_OPTIONS: Final = Extractor(
    output_format="txt",
    fast=True,
    precision=True,
    comments=False,
    dedup=False,
    with_metadata=False,
    config=_trafilatura_config(),
)


def _trafilatura_text(root: etree._Element) -> str:
    try:
        text = trafilatura.extract(root, options=_TRAFILATURA_OPTIONS)
    except Exception:  # trafilatura is one signal among several: its failure must not fail us
        return ""
    return text or ""


def _is_insert(block: Block, text: str) -> bool:
    if _CALL_TO_ACTION.match(text) and len(text) < 160:
        return True
    if _LABELLED_LIST.match(text) and (text.count(",") >= 2 or block.link_density > 0.3):
        return True  # "Tags: a, b, c" closing the article
    if not (_INSERT.match(text) or READ_ALSO_START.match(text)):
        return False
    # "Related News" as a heading, "Read more: <link>", a linked title: not "Related to this, ..."
    return len(text.split()) <= 6 or ":" in text[:25] or block.link_density > 0.3


def _clean_body(body: list[Block], captions: list[Image]) -> list[Block]:
    """Drop inserts that point to other articles, and the link list a "Related" heading opens;
    captions written as paragraphs go to ``captions``."""
    kept: list[Block] = []
    in_insert_list = False
    for block in body:
        text = block.text
        if (caption := credited_caption(block)) is not None:
            captions.append(caption)
            continue
        if is_credit_line(block):
            continue  # the pictures' credits, not the story's
        if _is_insert(block, text) or is_read_also(block):
            in_insert_list = block.is_heading or len(text.split()) <= 4
            continue
        if in_insert_list and (block.in_list or block.link_density > 0.5 or block.is_heading):
            continue
        in_insert_list = False
        kept.append(block)
    kept = drop_closing_promos(kept)
    # A heading with nothing after it heads something else, unless it reads as sentences.
    while kept and kept[-1].is_heading and not reads_as_sentences(kept[-1]):
        kept.pop()
    return kept


def _with_captions(found: list[Image], captions: list[Image]) -> list[Image]:
    """The captions read from caption markup, then those written as credited paragraphs."""
    known = {i.caption for i in found}
    return [*found, *(c for c in captions if c.caption not in known)]


def _published(
    root: etree._Element,
    index: TagIndex,
    declared: Declared,
    scope: etree._Element | None,
    header: list[Block],
    captured_at: datetime | None,
    url: str | None,
    body: list[Block],
) -> tuple[str | None, str | None]:
    """(ISO date, date as written): declared metadata, then <time>, then a date line near the
    headline (relative ones resolved against the capture time), then htmldate's search (which
    also reads the URL). A zoned timestamp the URL's day may be the day of (names_another_day:
    pages stamp UTC, the URL files the story under the local day) takes that day."""
    stamp, written = first_time_element(root, scope, index.iter("time"))
    timed = iso_date(stamp)
    published = iso_date(declared.published) or timed
    if published and timed and len(published) == 10 < len(timed) and timed[:10] == published:
        published = timed  # a day declared, the same day told to the minute by <time>
    if published is None or written is None:
        for block in header:
            if len(block.text) <= 60 and DATE_HINT.search(block.text):
                parsed = parse_date(block.text, captured_at, fallback=False)
                # A line naming another day than the declared stamp's dates a neighbouring
                # item or the day the page was served.
                if parsed is None:
                    continue
                if published and parsed.iso and names_another_day(published, parsed.iso):
                    continue
                written = written or parsed.text
                published = published or parsed.iso
                break
    if published is None:
        # dateparser reads htmldate's texts in the page's language (by its words: a declared
        # one is often a CMS's default) and English.
        language = guess_language(" ".join(b.text for b in body)) or declared.language
        try:
            from htmldate import find_date

            with narrowed_htmldate(language):
                published = find_date(root, url=url, extensive_search=True, original_date=True)
        except Exception:  # htmldate is a last resort; a page without a date is still a page
            published = None
        if published and _year_only(published, root):
            published = None
    filed = date_in_url(url)
    if published and filed and filed != published[:10] and not names_another_day(published, filed):
        published = filed
    return published or None, written or declared.published


def _year_only(published: str, root: etree._Element) -> bool:
    """htmldate's answer is 1 January of a year the page never writes out as that day: its
    last resort reads the copyright line ("© 2020") as 2020-01-01, a year and not a day."""
    year, rest = published[:4], published[4:]
    if rest != "-01-01":
        return False
    html = etree.tostring(root, encoding="unicode")
    written = (f"{year}-01-01", f"{year}/01/01", f"01.01.{year}", f"01/01/{year}",
               f"1 January {year}", f"January 1, {year}", f"Jan 1, {year}")  # fmt: skip
    return not any(form in html for form in written)


def read_html(
    html: str,
    *,
    source: str,
    url: str | None,
    captured_at: datetime | None,
    profile: object | None,
    utf8: bytes | None = None,
) -> Page:
    """One HTML capture as a Page: kind, site, the main article, ticker and link lists.
    `utf8`: the capture's bytes when they are `html` in UTF-8 (spares encoding it again)."""
    del profile  # site profiles are learnt from text dumps; the DOM carries its own structure
    page = Page(
        source=source,
        format="html",
        kind="listing",
        captured_at=captured_at.isoformat() if captured_at else None,
    )
    root = parse_html(html, utf8)
    if root is None:
        from newsdesk.extract.core import ExtractError

        raise ExtractError(f"{source}: HTML without any content to parse")
    index = TagIndex(root)
    declared = read_declared(root, index)
    segmentation = segment(root)
    blocks = segmentation.blocks
    page_url = declared.url or url
    domain = host(page_url)
    page.site = declared.site or domain or None

    evidence = BodyEvidence(
        title=declared.title, standfirst=declared.description, ld_body=declared.body
    )
    selection = select_body(segmentation, evidence, _trafilatura_text)
    selected = selection.blocks
    title = headline(index, declared, blocks, selected, domain)
    captions: list[Image] = []
    body = _clean_body([b for b in selected if b.text != title], captions)
    page.ticker = read_ticker(segmentation.tickers)
    prose_chars = sum(text_weight(b.text) for b in body if is_prose(b))
    if prose_chars < _MIN_ARTICLE_CHARS and not (declared.is_article and prose_chars):
        page.links = read_link_lists(index, page_url, set())
        return page
    # Lists inside the article's own container are inserts ("Related"), not page link lists.
    page.links = read_link_lists(
        index, page_url, {b.element for b in body} | set(selection.containers)
    )

    first, last = body[0].index, body[-1].index
    header_end = min(last, first + 8)
    header = scan_header(blocks, first, header_end)
    scope = common_ancestor([b.element for b in body])
    header_zone = blocks[max(0, first - 40) : first + 8]
    # Relative dates ("4 days ago") resolve against the capture time, else against the newest
    # date the page itself states, which bounds when it was captured.
    now = captured_at or latest_stated_date(index, declared)
    published, published_text = _published(
        root, index, declared, scope, header_zone, now, page_url, body
    )
    frame = article_scope(scope)
    standfirst, body = _standfirst(declared.description, body, header.blocks, published_text)
    body = drop_repeats(
        [b for b in body if b.index not in header.blocks and b.text != published_text]
    )
    authors = tidy_authors(
        declared.authors
        or split_byline(header.byline)
        or marked_authors([b.element for b in header_blocks(blocks, first, header_end)]),
        page.site or domain,
        domain,
    )
    article = Article(
        role="main",
        title=title,
        body="\n\n".join(b.text for b in body),
        standfirst=standfirst,
        authors=authors,
        outlet=page.site or domain,
        # (a wire or newsroom declared as the author, where the page prints no credit)
        credit=header.credit or next(filter(None, map(declared_source, declared.authors)), None),
        published=published,
        published_text=published_text,
        reading_minutes=header.reading_minutes,
        shares=header.shares,
        section=declared.section,
        tags=visible_tags(frame) or declared.tags,
        images=_with_captions(images(frame), captions),
        headings=[b.text for b in body if b.tag in HEADING_TAGS],
        url=page_url,
        language=declared.language or guess_language(" ".join(b.text for b in body)),
    )
    page.kind = "article"
    page.articles = [article]
    _add_other_articles(page, root, index, segmentation, body, page_url, now)
    return page


def _as_digest(page: Page, intro: list[Block], excerpts: list[Unit]) -> None:
    """A digest: its excerpts as entries; its own introduction kept as the main article only
    when it is an article's worth of prose."""
    main = page.articles[0]
    page.kind = "digest"
    entries = [_unit_article(u, "digest-entry", main.language) for u in excerpts]
    if sum(len(b.text) for b in intro if b.prose) >= _MIN_ARTICLE_CHARS:
        main.body = "\n\n".join(b.text for b in intro)
        main.headings = [b.text for b in intro if b.is_heading]
        page.articles = [main, *entries]
    else:
        page.articles = entries


def _add_other_articles(
    page: Page,
    root: etree._Element,
    index: TagIndex,
    segmentation: Segmentation,
    body: list[Block],
    base: str | None,
    captured_at: datetime | None,
) -> None:
    """Related articles (an aggregator's) or digest entries (excerpts that continue elsewhere)."""
    main = page.articles[0]
    split = split_digest(body, captured_at, main.title)
    if split is not None:
        intro, excerpts = split
        _as_digest(page, intro, excerpts)
        return
    units = read_units(root, index, segmentation, base, captured_at)
    if not units:
        return
    in_unit = {b.index for u in units for b in u.blocks}
    holds_main = [u for u in units if body and u.element in body[0].ancestors]
    if sum(u.continues_elsewhere for u in units) >= 2:
        intro = [b for b in body if b.index not in in_unit and not holds_main]
        _as_digest(page, intro, units)
        return
    main_ids = {b.index for b in body}
    for unit in units:
        if unit in holds_main or main_ids & {b.index for b in unit.blocks}:
            continue
        # An aggregator's related article names where it comes from and carries paragraphs;
        # a teaser box of the site's own stories does neither.
        if not unit.outlet or sum(b.prose for b in unit.blocks) < 2:
            continue
        page.articles.append(_unit_article(unit, "related", main.language))


def _unit_article(unit: Unit, role: str, language: str | None) -> Article:
    return Article(
        role=role,  # type: ignore[arg-type]
        title=unit.title,
        body="\n\n".join(b.text for b in unit.blocks),
        authors=unit.authors,
        outlet=unit.outlet or "",
        credit=unit.outlet,
        published=unit.published,
        published_text=unit.published_text,
        headings=[b.text for b in unit.blocks if b.is_heading],
        url=unit.url,
        language=language,
    )


def _standfirst(
    description: str | None, body: list[Block], header: set[int], date_text: str | None
) -> tuple[str | None, list[Block]]:
    """The standfirst, and the body without it.

    The declared description is a standfirst when the page shows it above the byline or date
    line (the article's header); shown below them it is the body's first paragraph, and the
    standfirst field stays empty rather than repeating it.
    """
    if not description:
        return None, body
    header_end = max(
        [*header, *(b.index for b in body if date_text and b.text == date_text)], default=-1
    )
    told = _words_only(description)
    for block in body[:3]:
        text = words_only(block)
        if _is_prefix(told, text) or _is_prefix(text, told):
            if block.index < header_end:
                return block.text, [b for b in body if b is not block]
            return None, body
    return description, body


def _words_only(text: str) -> str:
    """The text's words, case-folded (as html_blocks.words_only), one space between (punctuation
    ignored)."""
    return _NON_WORD.sub(" ", text).strip().casefold()


def _is_prefix(short: str, long: str) -> bool:
    """Whether ``long`` starts with ``short`` (both as _words_only gives them), give or take
    its last few characters."""
    return bool(short) and long.startswith(short[: max(40, len(short) - 5)])
