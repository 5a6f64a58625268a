"""Fictional pages for corpus tests (outlets and events invented for the tests)."""

from __future__ import annotations

import json

from newsdesk.records import (
    Article,
    Count,
    Entity,
    Label,
    Link,
    Mention,
    Page,
    Place,
    Quote,
    TickerItem,
)

RIVER_BODY = (
    "Floodwaters from the Varn river reached the old market of Castellor on Tuesday, the town "
    "council said, after three days of rain across the northern valleys. Council spokesperson "
    'Mira Talven said twelve families were moved to the school gymnasium overnight. "We expect '
    'the water to fall by Thursday," she said. Engineers from the regional authority inspected '
    "the stone bridge at dawn and closed it to lorries. Shops along the quay stayed shut while "
    "volunteers filled sandbags beside the ferry landing. The weather office expects lighter rain "
    "from Wednesday evening, although the upper valley may see another storm by the weekend."
)


def river_page(
    source: str = "castellor-post/flood.html",
    outlet: str = "Castellor Post",
    body: str = RIVER_BODY,
    published: str = "2031-03-04T08:30:00",
    title: str = "Varn floods Castellor market",
    enriched: bool = True,
) -> Page:
    article = Article(
        role="main",
        title=title,
        body=body,
        standfirst="Twelve families moved as the river rises",
        authors=["Ana Lorr"],
        outlet=outlet,
        published=published,
        published_text="4 Mar 2031 08:30",
        tags=["weather", "Castellor"],
        url=f"https://{outlet.lower().replace(' ', '')}.example/flood",
        language="en",
    )
    if enriched:
        start = body.index("Mira Talven")
        article.entities = [
            Entity(
                id="e1",
                name="Mira Talven",
                type="PERSON",
                aliases=["Talven"],
                mentions=[Mention("Mira Talven", start, start + 11)],
            )
        ]
        q = body.index('"We expect')
        article.quotes = [
            Quote(
                "Mira Talven",
                "she",
                "said",
                "We expect the water to fall by Thursday",
                True,
                q,
                q + 45,
            )
        ]
        c = body.index("twelve families")
        article.counts = [
            Count(
                "displaced", 12, "twelve", None, "families", "Castellor", "Mira Talven", c, c + 15
            )
        ]
        p = body.index("Castellor")
        article.places = [Place("Castellor", 45.1, 7.2, "XX", p, p + 9)]
        article.events = []
        article.labels = [Label("Mira Talven", "spokesperson", "descriptor", start - 12, start)]
        article.summary = "The Varn flooded Castellor's market; twelve families were moved."
    return Page(
        source=source,
        format="html",
        kind="article",
        site=outlet,
        captured_at="2031-03-04T10:00:00",
        articles=[article],
        ticker=[
            TickerItem("Bridge closed to lorries", "Regional authority"),
            TickerItem("Rain to ease by Wednesday", None),
        ],
        links=[Link("Most Read", "Ferry timetable changes", "Local", "2031-03-03", None)],
    )


def newsplease(title: str, text: str, *, domain: str, date: str, url: str | None = None) -> str:
    return json.dumps(
        {
            "title": title,
            "maintext": text,
            "source_domain": domain,
            "date_publish": date,
            "date_download": "2031-03-05 09:00:00",
            "url": url or f"https://{domain}/{abs(hash(title)) % 10_000}",
            "authors": ["Desk"],
            "language": "en",
        }
    )


HTML_PAGE = """<!doctype html><html><head><title>{title} - Northfield Ledger</title>
<meta property="og:site_name" content="Northfield Ledger"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>{title}</h1><p class="byline">By Tam Orrin</p>
<time datetime="2031-02-01">1 Feb 2031</time>
{paragraphs}</article><footer>Northfield Ledger, all rights reserved</footer></body></html>"""


def html_page(title: str, sentences: list[str]) -> bytes:
    paragraphs = "\n".join(f"<p>{s}</p>" for s in sentences)
    return HTML_PAGE.format(title=title, paragraphs=paragraphs).encode()
