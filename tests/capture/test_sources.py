"""Source readers: feeds, WARC and news-please files each open up into captures or clear errors."""

from __future__ import annotations

import io

import pytest

from newsdesk.capture.feeds import feed_page, looks_like_feed, parse_feed
from newsdesk.capture.newsplease import iter_newsplease
from newsdesk.capture.warc import iter_warc
from newsdesk.records import Capture, PageError

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Varn Herald</title>
<entry><title>Bridge &amp; quay reopen</title><link href="https://herald.example/bridge"/>
<updated>2031-03-05T06:00:00Z</updated>
<summary type="html">&lt;p&gt;Both reopened at dawn.&lt;/p&gt;</summary></entry>
</feed>"""


def test_atom_feed_entries_and_listing_page() -> None:
    assert looks_like_feed(ATOM) and not looks_like_feed(b"<html><body>x</body></html>")
    title, entries = parse_feed(ATOM)
    assert title == "Varn Herald"
    [entry] = entries
    assert (entry.title, entry.link, entry.published, entry.summary) == (
        "Bridge & quay reopen",
        "https://herald.example/bridge",
        "2031-03-05T06:00:00",
        "Both reopened at dawn.",
    )
    page = feed_page(Capture(source="herald.atom", data=ATOM))
    assert page.kind == "listing" and page.site == "Varn Herald"
    assert page.articles[0].body == "Both reopened at dawn." and page.links[0].list == "Varn Herald"


def test_a_broken_feed_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="not a readable RSS/Atom feed"):
        parse_feed(b"<rss version='2.0'><channel><title>Half a fee")


def test_a_file_that_is_not_a_warc_is_reported() -> None:
    [error] = list(iter_warc(io.BytesIO(b"WARC/1.0\r\nnonsense\r\n\r\n"), "bad.warc", 1000))
    assert isinstance(error, PageError) and error.error.startswith("bad.warc: ")


def test_news_please_list_and_single_object() -> None:
    many = b'[{"title": "A", "maintext": "x"}, {"title": "B", "maintext": "y"}, 3]'
    items = list(iter_newsplease(many, "crawl.json"))
    assert [i.source for i in items] == ["crawl.json#1", "crawl.json#2", "crawl.json#3"]
    assert isinstance(items[2], PageError) and "not a JSON object" in items[2].error
    one = b'{"title": "A", "maintext": "x", "date_download": "2031-03-01 10:00:00"}'
    [capture] = list(iter_newsplease(one, "a.json"))
    assert capture.data == one and capture.captured_at.isoformat() == "2031-03-01T10:00:00"
    [bad] = list(iter_newsplease(b"[{", "broken.json"))
    assert isinstance(bad, PageError) and "invalid JSON" in bad.error
