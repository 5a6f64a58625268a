"""The parts of a page around its article: the breaking ticker, link lists ("Most Read",
"Read Next"), an aggregator's related articles, and a digest's excerpts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from newsdesk.extract import bylines
from newsdesk.extract.text import captions, line_marks, line_prose, shapes
from newsdesk.extract.text.body import read_body
from newsdesk.extract.text.lines import Line
from newsdesk.records import Article, Link, TickerItem


def find_ticker(
    lines: list[Line], marked: line_marks.Marked | None = None
) -> tuple[list[TickerItem], set[int]]:
    """Items under a 'BREAKING'-style header: consecutive statements up to a blank line.
    `marked`: line_marks.marked(lines), if the caller has it."""
    items: list[TickerItem] = []
    used: set[int] = set()
    for i, found in line_marks.marked(lines) if marked is None else marked:
        if not found & line_marks.TICKER or lines[i].bullet:
            continue
        used.add(i)
        j = i + 1
        while j < len(lines):
            item = lines[j]
            if j > i + 1 and item.blank_before:
                break
            if item.words < 3 or line_marks.marks(item) & line_marks.LIST:
                break
            for text in _split_wrapped_items(item):
                items.append(ticker_item(text))
            used.add(j)
            j += 1
    return items, used


def ticker_item(text: str) -> TickerItem:
    """'Sheikh Qassem: The US ...' -> attribution 'Sheikh Qassem', text 'The US ...' (as the HTML
    reader stores it); where the attribution is part of the sentence, the text stays whole."""
    who = shapes.ticker_attribution(text)
    if who and text.startswith(who + ":"):
        return TickerItem(text=text[len(who) + 1 :].strip(), attribution=who)
    return TickerItem(text=text, attribution=who)


_ATTRIBUTED: Final = re.compile(r"^[A-Z][^:.]{2,60}: \S")


def _split_wrapped_items(line: Line) -> list[str]:
    """Ticker items are one line each; a wrapper may have joined two when one filled the column.
    Split again where a joined piece opens like an item of its own ("Attribution: ...")."""
    pieces, start = [], 0
    for join in line.joins:
        if _ATTRIBUTED.match(line.text[join + 1 :]) and len(line.text[start:join].split()) >= 5:
            pieces.append(line.text[start:join])
            start = join + 1
    pieces.append(line.text[start:])
    return pieces


@dataclass
class _Item:
    title: str | None = None
    section: str | None = None
    date: str | None = None
    outlet: str | None = None
    body: list[str] | None = None
    start: int = 0


def read_list(
    name: str, lines: list[Line], sections: set[str], now: datetime | None
) -> tuple[list[Link], list[Article]]:
    """One link list. Items whose titles lead into prose are related articles, not links."""
    items: list[_Item] = []
    current = _Item()

    def finish() -> None:
        nonlocal current
        if current.title:
            items.append(current)
        current = _Item()

    i = 0
    while i < len(lines):
        line = lines[i]
        text = line.text
        parsed = shapes.date_of(line, now)
        if parsed:
            current.date = current.date or parsed.text
        elif (
            current.title
            and line.words >= 25
            and not line.bullet
            and line_prose.is_paragraph(line)
            and not captions.caption_credit(text)
        ):
            body = read_body(lines[i : _prose_end(lines, i)], current.title)
            current.body = body.paragraphs
            i = _prose_end(lines, i)
            finish()
            continue
        elif captions.caption_credit(text) and not line.bullet:
            if current.title and (current.section or current.date):
                finish()
        elif text in sections or (
            current.title
            and line.words <= 4
            and (line.bullet or (line.words < 3 and text[:1].isupper()) or _before_date(lines, i))
        ):
            if current.title and current.section and current.date:
                finish()
            if current.title and text == current.outlet:
                pass
            elif current.title and not current.section and _looks_outlet(lines, i, current):
                current.outlet = current.outlet or text
            else:
                current.section = current.section or text
        elif current.title and shapes.same_line(text, current.title):
            pass  # the headline printed again above its body
        elif (
            current.title
            and not current.outlet
            and 1 <= line.words <= 4
            and not line.bullet
            and text[:1].isupper()
            and _looks_outlet(lines, i, current)
        ):
            current.outlet = text
        elif line_prose.is_title_like(line) and not line.bullet:
            if current.title and (current.section or current.date or current.outlet):
                finish()
            if current.title and line.words <= 4 and current.title != text:
                current.outlet = current.outlet or text  # a short name right after a title
            else:
                current.title = text
        i += 1
    finish()
    links: list[Link] = []
    related: list[Article] = []
    for item in items:
        if item.body:
            article = Article(
                role="related",
                title=item.title or "",
                outlet=item.outlet or item.section or "",
                credit=item.outlet or item.section,
                published_text=item.date,
                body="\n\n".join(item.body),
            )
            related.append(tidy_article(article))
        else:
            links.append(
                Link(list=name, title=item.title or "", section=item.section, date=item.date)
            )
    return links, related


def _before_date(lines: list[Line], i: int) -> bool:
    return i + 1 < len(lines) and shapes.date_of(lines[i + 1]) is not None


def _looks_outlet(lines: list[Line], i: int, item: _Item) -> bool:
    # An outlet name repeats beside the item (plain, then as a bullet) or sits before its date.
    text = lines[i].text
    return item.outlet == text or any(
        lines[j].text == text for j in range(max(0, i - 3), min(len(lines), i + 4)) if j != i
    )


def _prose_end(lines: list[Line], i: int) -> int:
    j = i + 1
    while j < len(lines) and line_prose.is_paragraph(lines[j]) and not lines[j].bullet:
        j += 1
    return j


def find_digest_entries(
    lines: list[Line], now: datetime | None, marked: line_marks.Marked | None = None
) -> tuple[list[Article], int, int] | None:
    """Excerpts that each end 'Continue reading at <domain>'; None unless there are two or more.

    Returns the entries with the index where the first entry starts and where the last ends.
    `marked`: line_marks.marked(lines), if the caller has it.
    """
    marked = line_marks.marked(lines) if marked is None else marked
    ends = [i for i, found in marked if found & line_marks.CONTINUE]
    if len(ends) < 2:
        return None
    entries: list[Article] = []
    begin = 0
    first_start = None
    for end in ends:
        span = lines[begin:end]
        m = line_marks.CONTINUE_AT.match(lines[end].text)
        assert m is not None  # the ends are lines it matched
        domain = shapes.domain_outlet(m.group(1) or m.group(2))
        entry, offset = _digest_entry(span, domain, now, first=begin == 0)
        if entry is not None:
            entries.append(entry)
            if first_start is None:
                first_start = begin + offset
        begin = end + 1
    return entries, first_start or 0, ends[-1] + 1


_LEADING_BYLINE: Final = re.compile(
    # "by Naharnet Newsdesk 9 hours Hezbollah chief ...": a byline with its age, glued to the text.
    r"^by\s+((?:[A-Z][\w.'’-]*\s){1,4})\s*\d+\s*(?:minutes?|hours?|days?)(?:\s+ago)?\s+(?=[A-Z])"
)
_AGENCIES: Final = ("AFP", "AP", "Reuters", "dpa", "Xinhua", "ANSA", "EFE", "TASS", "UPI", "PA")
_TRAILING_AGENCY: Final = re.compile(r"(?<=[.!?”\"])\s+(" + "|".join(_AGENCIES) + r")\.?$")
# How a text _TRAILING_AGENCY matches ends ("$": at the end, or before a newline ending it):
# asked first, as sre would try the search at every space of the body.
_AGENCY_ENDS: Final = tuple(
    agency + stop + newline for agency in _AGENCIES for stop in ("", ".") for newline in ("", "\n")
)


def tidy_article(article: Article) -> Article:
    """A byline glued to the front of the body and an agency credit glued to its end, moved out."""
    if m := _LEADING_BYLINE.match(article.body):
        article.authors = article.authors or bylines.split_authors(m.group(1))
        article.body = article.body[m.end() :]
    if article.body.endswith(_AGENCY_ENDS) and (m := _TRAILING_AGENCY.search(article.body)):
        article.credit = (
            article.credit if article.credit and article.credit != article.outlet else m.group(1)
        )
        article.body = article.body[: m.start()]
    return article


def _digest_entry(
    span: list[Line], domain: str, now: datetime | None, *, first: bool
) -> tuple[Article | None, int]:
    start = 0
    date_at = None
    for i, line in enumerate(span):
        if i > 0 and shapes.date_of(line, now) and line_prose.is_title_like(span[i - 1]):
            date_at = i
            start = i - 1
            break
        if line_prose.is_paragraph(line) and not first:
            break
    if date_at is None:
        start = next((i for i, line in enumerate(span) if line_prose.is_title_like(line)), 0)
    title = span[start].text if span else ""
    parsed = shapes.date_of(span[date_at], now) if date_at is not None else None
    body_from = (date_at if date_at is not None else start) + 1
    body = read_body(span[body_from:], title)
    if not body.paragraphs:
        return None, start
    paragraphs = ([body.standfirst] if body.standfirst else []) + body.paragraphs
    return (
        Article(
            role="digest-entry",
            title=title,
            outlet=domain,
            credit=domain,
            published=parsed.iso if parsed else None,
            published_text=parsed.text if parsed else None,
            headings=body.headings,
            images=body.images,
            body="\n\n".join(paragraphs),
        ),
        start,
    )
