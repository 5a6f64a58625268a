"""RSS / Atom feeds (feedparser): the entries' links to follow, and the feed itself as a page."""

from __future__ import annotations

import re
from dataclasses import dataclass
from time import strftime

import feedparser
from lxml import html as lxml_html

from newsdesk.records import Article, Capture, Link, Page

_FEED_SNIFF = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE | re.DOTALL
)


@dataclass
class FeedEntry:
    title: str
    link: str | None
    published: str | None
    summary: str


def looks_like_feed(data: bytes) -> bool:
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    return bool(_FEED_SNIFF.match(head))


def _plain(fragment: str) -> str:
    if "<" not in fragment:
        return fragment.strip()
    try:
        return lxml_html.fromstring(f"<div>{fragment}</div>").text_content().strip()
    except (ValueError, TypeError):
        return re.sub(r"<[^>]+>", " ", fragment).strip()


def parse_feed(data: bytes, base_url: str | None = None) -> tuple[str, list[FeedEntry]]:
    """The feed's title and its entries; raises ValueError if the bytes are no feed."""
    parsed = feedparser.parse(data, response_headers={"content-location": base_url or ""})
    if parsed.bozo and not parsed.entries:
        raise ValueError(f"not a readable RSS/Atom feed ({parsed.get('bozo_exception')})")
    entries = []
    for entry in parsed.entries:
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        entries.append(
            FeedEntry(
                title=_plain(entry.get("title", "")),
                link=entry.get("link"),
                published=strftime("%Y-%m-%dT%H:%M:%S", when) if when else None,
                summary=_plain(entry.get("summary", "")),
            )
        )
    return _plain(parsed.feed.get("title", "")), entries


def feed_page(capture: Capture) -> Page:
    """The feed as a listing page: every entry a link, entries with a summary also an article."""
    title, entries = parse_feed(capture.data, capture.url)
    site = title or None
    articles = [
        Article(
            role="related",
            title=e.title,
            body=e.summary,
            outlet=site or "",
            published=e.published,
            url=e.link,
        )
        for e in entries
        if e.title and e.summary
    ]
    links = [
        Link(list=title or "Feed", title=e.title, date=e.published, url=e.link)
        for e in entries
        if e.title
    ]
    return Page(
        source=capture.source,
        format="feed",
        kind="listing",
        site=site,
        captured_at=capture.captured_at.isoformat() if capture.captured_at else None,
        articles=articles,
        links=links,
    )
