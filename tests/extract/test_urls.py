"""Addresses as pages write them, malformed ones among them (newsdesk/extract/urls.py): a page
carrying "http://[broken" (an unclosed IPv6 bracket, which urllib.parse refuses) is read, not
failed whole."""

from __future__ import annotations

from newsdesk.extract.core import extract
from newsdesk.extract.urls import host, resolved
from newsdesk.records import Capture


def test_resolved() -> None:
    assert resolved("https://harbour.example/news/a", "/b") == "https://harbour.example/b"
    assert resolved(None, "/b") == "/b"
    assert resolved("https://harbour.example/", "http://[broken") == "http://[broken"
    assert resolved("http://[broken", "/b") == "/b"


def test_host() -> None:
    assert host("https://www.harbour.example/news") == "harbour.example"
    assert host(None) == "" and host("") == ""
    assert host("http://[broken/news") == ""


def test_a_page_with_a_malformed_address_is_read() -> None:
    paras = "".join(
        f"<p>The harbour board of Port Example met on day {i} to weigh the storm's damage to"
        " the quays, and its chair said the repairs would take the rest of the season.</p>"
        for i in range(1, 7)
    )
    page = (
        "<html><head><title>Storm damage at Port Example</title>"
        "<link rel='canonical' href='http://[broken/storm'>"
        "<meta property='og:url' content='http://[broken/storm'></head><body>"
        f"<article><h1>Storm damage at Port Example</h1>{paras}</article>"
        "<section><h2>Most read</h2><ul>"
        "<li><a href='http://[broken/ferry'>Ferry timetable changes for the winter</a></li>"
        "<li><a href='/quay'>Quay repairs begin on the north side</a></li>"
        "<li><a href='/board'>Harbour board elects a new chair</a></li>"
        "</ul></section></body></html>"
    )
    read = extract(Capture(source="storm.html", data=page.encode(), url="https://harbour.example/"))
    assert read.articles and read.articles[0].title == "Storm damage at Port Example"
    assert "repairs would take the rest of the season" in read.articles[0].body
