"""The five seed captures, read as a careful human reader writes them down."""

from __future__ import annotations

from datetime import datetime

import pytest

from newsdesk.extract import extract_text_page
from newsdesk.records import Page

CHROME = ("Listen", "Most Read", "Read Next", "Related News", "All Rights Reserved", "Privacy")


def read(seed_text, prefix: str, **kw) -> Page:
    return extract_text_page(seed_text(prefix), source=prefix, **kw)


def paragraphs(body: str) -> list[str]:
    return body.split("\n\n")


def assert_clean(body: str, *extra: str) -> None:
    for para in paragraphs(body):
        assert para.strip() not in CHROME + extra, para
    for insert in ("Read more:", "Read also:", "Related News", "Continue reading at"):
        assert insert not in body


def test_000_austin_article(seed_text):
    page = read(seed_text, "000")
    assert (page.kind, page.site) == ("article", "Al Mayadeen English")
    main = page.articles[0]
    assert main.role == "main"
    assert main.title == "Austin urges ‘close consultation’ between 'Israel', US on Syria"
    assert main.authors == ["Al Mayadeen English"]
    assert main.credit == "Israeli media"
    assert main.published == "2024-12-12T05:45:00"
    assert main.published_text == "12 Dec 2024 05:45"
    assert main.reading_minutes == 4
    assert main.standfirst.startswith("During a phone call with Israeli Security Minister")
    assert main.tags == [
        "Pentagon", "Israel", "Lloyd Austin", "United States", "US Pentagon",
        "Israeli occupation", "Syria",
    ]  # fmt: skip
    assert main.headings == [
        "Israel's actions not helping Syria stability quest: Kremlin",
        "US, 'Israel' orchestrated Syria crisis, Resistance steadfast: Khamenei",
        "'The US will fail to establish a foothold in Syria'",
    ]
    assert [i.credit for i in main.images] == ["AP"]
    assert main.images[0].caption.startswith("US Defense Secretary Lloyd Austin arrives")
    body = paragraphs(main.body)
    assert body[0].startswith("According to Israeli media, US Defense Secretary Lloyd Austin")
    assert body[-1].startswith("He reiterated the historic position of the Axis of Resistance")
    assert_clean(main.body, main.title)
    assert len(page.ticker) == 10
    assert page.ticker[0].attribution == "Al Mayadeen's correspondent in Turkey"
    assert page.ticker[4].attribution == "Senate Democratic Leader Chuck Schumer"
    assert page.ticker[7].attribution == "Pope Leo XIV"
    most_read = [link for link in page.links if link.list == "Most Read"]
    assert [(x.section, x.date) for x in most_read] == [
        ("West Asia", "28 Nov 2025"), ("Opinion", "29 Nov 2025"),
        ("US & Canada", "30 Nov 2025"), ("Politics", "27 Nov 2025"),
    ]  # fmt: skip
    assert (
        most_read[0].title == "13 elite Israeli troops wounded in confrontations in southern Syria"
    )
    read_next = [link for link in page.links if link.list == "Read Next"]
    assert len(read_next) == 4 and all(x.section == "Politics" for x in read_next)
    assert read_next[-1].title == "Pope Leo XIV calls for unity, coexistence during Lebanon visit"
    assert [a.role for a in page.articles] == ["main"]


def test_001_iraq_turkey_article(seed_text):
    page = read(seed_text, "001")
    main = page.articles[0]
    assert main.title == "Iraq, Turkey foreign ministers hold talks on Syria"
    assert main.credit == "Al Mayadeen & Agencies"
    assert main.published == "2024-12-01T17:37:00"
    assert (main.shares, main.reading_minutes) == (1, 4)
    assert "Events in Syria linked to 'Israel'" in main.headings
    assert "Syrian Army fortifying posts" in main.headings
    # The in-body "Related News" insert and its two titles are not the article.
    assert "Ceasefire violated again in Suwaida" not in main.body
    assert "Protesters in Sweida demand" not in main.body
    assert len(main.images) == 1 and main.images[0].credit == "AP"
    assert paragraphs(main.body)[0].startswith("Turkish Foreign Minister Hakan Fidan held")
    assert "Hakan Fidan" in main.tags and "Syria" in main.tags
    assert_clean(main.body, main.title)
    assert len(page.ticker) == 10
    assert page.ticker[2].attribution == "Factions' statement"


def test_002_russia_article(seed_text):
    page = read(seed_text, "002")
    main = page.articles[0]
    assert main.title == "Russia contacting Syrian regime, seeks to keep bases: Report"
    assert (main.credit, main.published, main.shares) == ("Agencies", "2024-12-12T23:53:00", 2)
    assert main.reading_minutes == 3
    assert main.headings == ["Russia maintains dialogue with Middle Eastern states"]
    assert main.tags == ["Russia", "Syria", "Syrian Regime", "Hayat Tahrir al-Sham"]
    body = paragraphs(main.body)
    assert body[0].startswith("Russia has established direct communication with the political")
    assert body[-1].startswith("The official emphasized that now is the time")
    assert "Syria condemns Israeli forces' incursion" not in main.body
    assert_clean(main.body, main.title)
    assert sum(1 for t in page.ticker if t.attribution == "Sheikh Qassem") >= 2


def test_003_aggregator_page(seed_text):
    page = read(seed_text, "003")
    assert page.kind == "article" and page.site == "Daily8"
    main, *related = page.articles
    assert main.title == "Preliminary US-backed talks underway between 'Israel', Syria: Axios"
    assert main.outlet == "Al Mayadeen"
    assert main.published_text == "4 days ago"
    assert main.published is None  # nothing on the page says when it was captured
    body = paragraphs(main.body)
    assert body[0].startswith("The Trump administration has begun early discussions")
    assert body[-1].startswith("Israeli officials say Netanyahu is also preparing")
    assert "Trump could bring Netanyahu" not in main.body  # the "Read more:" insert
    assert "Try Our AI Features" not in main.body and "Orange background" not in main.body
    assert [(a.role, a.outlet, a.published_text) for a in related] == [
        ("related", "MTV Lebanon", "9 hours ago"),
        ("related", "Nahar Net", "9 hours ago"),
        ("related", "LBCI", "13 hours ago"),
    ]
    assert related[2].title == "South Syria violence death toll rises to 940: Monitor"
    assert "has risen to 940 since last weekend" in related[2].body
    assert related[1].body.startswith("Hezbollah chief Sheikh Naim Qassem")
    assert "Download" not in related[2].body


def test_003_relative_dates_resolve_against_capture_time(seed_text):
    page = read(seed_text, "003", captured_at=datetime(2025, 7, 20, 12, 0))
    main, *related = page.articles
    assert (main.published, main.published_text) == ("2025-07-16", "4 days ago")
    assert related[0].published == "2025-07-20T03:00:00"
    assert page.captured_at == "2025-07-20T12:00:00"


def test_004_digest_page(seed_text):
    page = read(seed_text, "004")
    assert page.kind == "digest"
    entries = [a for a in page.articles if a.role == "digest-entry"]
    assert [e.outlet for e in entries] == [
        "sputnikglobe.com", "thecradle.co", "newarab.com", "kyivpost.com", "lemonde.fr",
        "en.mehrnews.com", "kyivindependent.com", "tass.com",
    ]  # fmt: skip
    first = entries[0]
    assert first.title == (
        "Terrorist Offensive in Aleppo Reeks of US and Israeli Involvement – Expert"
    )
    assert (first.published, first.published_text) == ("2024-11-29", "Nov. 29, 2024")
    assert first.body.startswith("The sudden escalation in Syria")
    assert "November 18, Israel’s Shin Bet Chief" not in first.body  # the page's intro
    third = entries[2]
    assert third.published == "2024-11-30"
    assert "Hunger Strike of Palestinian Prisoners" not in third.body  # a "Read also:" insert
    assert "at least 111 refugees killed, including 39 children" in third.body
    last = entries[-1]
    assert last.title.startswith("US no longer objects to use of S-400")
    assert last.body.startswith("ANKARA, November 26. /TASS/.")
    assert "We remind our readers" not in last.body  # the disclaimer
    for entry in entries:
        assert_clean(entry.body, entry.title)


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_every_seed_reads_without_error(seed_text, prefix):
    page = read(seed_text, prefix)
    assert page.articles and all(a.body for a in page.articles)
