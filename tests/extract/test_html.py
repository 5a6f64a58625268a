"""read_html on small hand-written pages about fictional outlets (DESIGN.md Page contract)."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from newsdesk.extract.core import ExtractError, extract
from newsdesk.extract.html import read_html
from newsdesk.records import Capture, Page

PARAGRAPHS = [
    "The harbour council of Port Evermere voted on Tuesday to reopen the old ferry line, "
    "ending a closure that had lasted for eleven years and cut the island off from the coast.",
    "Councillor Mira Tamsk said the decision followed months of public hearings, in which "
    "residents described long detours, missed hospital appointments and shuttered shops.",
    "Engineers from the fictional Lantern Works estimate that repairs to the two piers will "
    "take nine weeks, after which a trial service will run twice a day through the winter.",
    "Opponents argued that the money would be better spent on the island's crumbling roads, "
    "but the motion passed by seven votes to three after a debate lasting into the night.",
]


def page_html(
    body: str, head: str = "", *, lang: str = "en", before: str = "", after: str = ""
) -> str:
    return f"""<!doctype html><html lang="{lang}"><head><meta charset="utf-8">{head}</head>
<body>
<nav class="main-menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li></ul></nav>
{before}
<main><article class="story">{body}</article></main>
{after}
<footer class="site-footer"><p>© 2031 The Evermere Gazette. All rights reserved.</p>
<a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
</body></html>"""


def paragraphs(items: list[str] = PARAGRAPHS) -> str:
    return "".join(f"<p>{p}</p>" for p in items)


def read(html: str, **kw: object) -> Page:
    return read_html(html, source="test.html", url=kw.get("url"), captured_at=None, profile=None)


def test_json_ld_article_gives_title_authors_date_section_tags_and_site() -> None:
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "ignored"},
            {
                "@type": "NewsArticle",
                "headline": "Port Evermere reopens its ferry line",
                "author": [{"@type": "Person", "name": "Ada Quill"}, {"name": "Tom Reed"}],
                "datePublished": "2031-03-04T09:15:00+01:00",
                "articleSection": "Islands",
                "keywords": "ferries, Port Evermere, council",
                "publisher": {"@type": "Organization", "name": "The Evermere Gazette"},
            },
        ],
    }
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    head += '<link rel="canonical" href="https://gazette.example/islands/ferry">'
    body = "<h1>Port Evermere reopens its ferry line</h1>" + paragraphs()
    page = read(page_html(body, head, lang="en-GB"))
    assert page.kind == "article"
    assert page.site == "The Evermere Gazette"
    [article] = page.articles
    assert article.role == "main"
    assert article.title == "Port Evermere reopens its ferry line"
    assert article.authors == ["Ada Quill", "Tom Reed"]
    assert article.published == "2031-03-04T09:15:00+01:00"
    assert article.section == "Islands"
    assert article.tags == ["ferries", "Port Evermere", "council"]
    assert article.url == "https://gazette.example/islands/ferry"
    assert article.language == "en"
    assert article.outlet == "The Evermere Gazette"
    assert article.body == "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize(
    ("pages", "published"),
    [
        # A CMS's schema graph dates the WebPage, not an article node; the <time> under the
        # headline is the day it was last edited.
        ([("WebPage", "2031-03-04T09:15:00+01:00")], "2031-03-04T09:15:00+01:00"),
        ([("QAPage", "2031-03-04")], "2031-03-04"),
        # Two page objects dated differently name no one date: the <time> stands.
        ([("WebPage", "2031-03-04"), ("ItemPage", "2031-02-01")], "2031-05-06"),
    ],
)
def test_the_page_objects_date_when_no_article_object_declares_one(
    pages: list[tuple[str, str]], published: str
) -> None:
    graph = [{"@type": "WebSite", "name": "The Evermere Gazette"}]
    graph += [{"@type": kind, "datePublished": date} for kind, date in pages]
    ld = {"@context": "https://schema.org", "@graph": graph}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    body = (
        '<h1>Port Evermere reopens its ferry line</h1><time datetime="2031-05-06">6 May 2031'
        "</time>" + paragraphs()
    )
    [article] = read(page_html(body, head)).articles
    assert article.published == published


def test_opengraph_tags_fill_metadata_when_no_json_ld() -> None:
    head = """
      <meta property="og:site_name" content="Lantern Post">
      <meta property="og:title" content="Ferry line to reopen">
      <meta property="og:type" content="article">
      <meta property="article:published_time" content="2031-03-04">
      <meta property="article:section" content="Coast">
      <meta property="article:tag" content="ferries">
      <meta property="article:tag" content="transport">
      <meta name="author" content="Ada Quill">
      <meta name="description" content="Eleven years after it closed, the line is back.">"""
    page = read(page_html("<h1>Ferry line to reopen</h1>" + paragraphs(), head))
    [article] = page.articles
    assert page.site == "Lantern Post"
    assert article.title == "Ferry line to reopen"
    assert article.published == "2031-03-04"  # as precise as the page says, no invented time
    assert article.section == "Coast"
    assert article.tags == ["ferries", "transport"]
    assert article.authors == ["Ada Quill"]
    assert article.standfirst == "Eleven years after it closed, the line is back."
    assert "Eleven years after it closed" not in article.body


def test_time_element_gives_iso_date_and_the_written_form() -> None:
    body = (
        "<h1>Ferry line to reopen</h1>"
        '<div class="meta"><time datetime="2031-12-12T05:45">12 Dec 2031 05:45</time></div>'
        + paragraphs()
    )
    [article] = read(page_html(body)).articles
    assert article.published == "2031-12-12T05:45:00"
    assert article.published_text == "12 Dec 2031 05:45"


def test_byline_credit_reading_time_and_shares_from_the_article_header() -> None:
    body = (
        "<h1>Ferry line to reopen</h1>"
        '<div class="info"><span>By Ada Quill and Tom Reed</span></div>'
        "<div>Source: Evermere Wire</div><div>4 Min Read</div><div>2 Shares</div>" + paragraphs()
    )
    [article] = read(page_html(body)).articles
    assert article.authors == ["Ada Quill", "Tom Reed"]
    assert article.credit == "Evermere Wire"
    assert article.reading_minutes == 4
    assert article.shares == 2
    assert "Min Read" not in article.body and "Shares" not in article.body


def test_figure_captions_with_credit_stay_out_of_the_body() -> None:
    body = (
        "<h1>Ferry line to reopen</h1>"
        '<figure><img src="a.jpg" alt=""><figcaption>The old pier at dawn (Evermere Wire)'
        "</figcaption></figure>"
        + paragraphs(PARAGRAPHS[:2])
        + '<figure><img src="b.jpg" alt=""><figcaption>Councillor Mira Tamsk '
        '<span class="credit">Photo: J. Pell</span></figcaption></figure>'
        + paragraphs(PARAGRAPHS[2:])
    )
    [article] = read(page_html(body)).articles
    assert [(i.caption, i.credit) for i in article.images] == [
        ("The old pier at dawn", "Evermere Wire"),
        ("Councillor Mira Tamsk", "J. Pell"),
    ]
    assert "old pier at dawn" not in article.body
    assert article.body == "\n\n".join(PARAGRAPHS)


def test_sub_headings_are_kept_in_order_in_body_and_headings() -> None:
    body = (
        "<h1>Ferry line to reopen</h1>"
        + paragraphs(PARAGRAPHS[:2])
        + "<h2>What happens next</h2>"
        + paragraphs(PARAGRAPHS[2:3])
        + "<h2>The opposition</h2>"
        + paragraphs(PARAGRAPHS[3:])
    )
    [article] = read(page_html(body)).articles
    assert article.headings == ["What happens next", "The opposition"]
    assert article.body.split("\n\n")[2] == "What happens next"


def test_inserts_inside_the_body_are_removed() -> None:
    body = (
        "<h1>Ferry line to reopen</h1>"
        + paragraphs(PARAGRAPHS[:2])
        + '<p>Read more: <a href="/a">Island roads crumble as budget shrinks</a></p>'
        + '<div class="inline"><h3>Related News</h3><ul>'
        + '<li><a href="/b">Lantern Works wins pier contract after long tender</a></li>'
        + '<li><a href="/c">Ferry workers recall the last crossing in 2020</a></li></ul></div>'
        + paragraphs(PARAGRAPHS[2:3])
        + "<p>Read also: Harbour fees to rise next spring</p>"
        + paragraphs(PARAGRAPHS[3:])
    )
    [article] = read(page_html(body)).articles
    assert article.body == "\n\n".join(PARAGRAPHS)


def test_a_for_more_insert_and_a_newsletter_line_inside_the_body_are_removed() -> None:
    body = (
        "<h1>Ferry line to reopen</h1>"
        + paragraphs(PARAGRAPHS[:2])
        + '<p><em><a href="/w">Get Wire Morning</a>, </em>Evermere Wire<em>\u2019s daily '
        + "newsletter</em></p>"
        + paragraphs(PARAGRAPHS[2:3])
        + '<p><em>For more, read: <a href="/p">Pier lights go back on after the winter</a></em></p>'
        + paragraphs(PARAGRAPHS[3:])
    )
    [article] = read(page_html(body)).articles
    assert article.body == "\n\n".join(PARAGRAPHS)


def test_titled_link_lists_become_links_and_stay_out_of_the_body() -> None:
    after = """<aside class="rail"><h3>Most Read</h3><ul>
      <li><span class="category">Sport</span>
          <a href="/s/1">Evermere rowers win the coastal cup again</a><time>3 Mar 2031</time></li>
      <li><span class="category">Culture</span>
          <a href="/c/2">Lighthouse museum opens a new wing today</a><time>2 Mar 2031</time></li>
      <li><a href="/w/3">Storm warning issued for the northern islands</a></li></ul>
      <h3>Share this story</h3><ul>
      <li><a href="/s?fb">Click to share on Facebook (opens in new window)</a></li>
      <li><a href="/s?tw">Click to share on Twitter (opens in new window)</a></li></ul></aside>"""
    page = read(page_html("<h1>Ferry</h1>" + paragraphs(), after=after), url="https://g.example/x")
    most_read = [link for link in page.links if link.list == "Most Read"]
    assert [link.title for link in most_read] == [
        "Evermere rowers win the coastal cup again",
        "Lighthouse museum opens a new wing today",
        "Storm warning issued for the northern islands",
    ]
    assert most_read[0].section == "Sport"
    assert most_read[0].date == "3 Mar 2031"
    assert most_read[0].url == "https://g.example/s/1"
    assert {link.list for link in page.links} == {"Most Read"}  # sharing buttons are chrome
    assert "rowers" not in page.articles[0].body


def test_breaking_ticker_items_with_attribution() -> None:
    before = """<div class="breaking-ticker"><ul>
      <li>Mayor Orlen: The ferry will run by summer</li>
      <li>Storm closes the northern harbour for two days</li></ul></div>"""
    page = read(page_html("<h1>Ferry</h1>" + paragraphs(), before=before))
    assert [(t.attribution, t.text) for t in page.ticker] == [
        ("Mayor Orlen", "The ferry will run by summer"),
        (None, "Storm closes the northern harbour for two days"),
    ]
    assert "Mayor Orlen" not in page.articles[0].body


def test_page_without_an_article_is_a_listing_with_no_articles() -> None:
    items = "".join(
        f'<li><a href="/n/{i}">Headline number {i} about the islands and harbours</a></li>'
        for i in range(12)
    )
    html = page_html(f"<h2>Latest news</h2><ul>{items}</ul>")
    page = read(html)
    assert page.kind == "listing"
    assert page.articles == []
    assert len([link for link in page.links if link.list == "Latest news"]) == 12


def test_broken_html_still_reads() -> None:
    html = (
        "<html><head><title>Ferry line to reopen | Evermere Gazette</title><body>"
        "<div><div class='story'><h1>Ferry line to reopen"
        + "".join(f"<p>{p}" for p in PARAGRAPHS)
        + "</span></div></b>"
    )
    page = read(html)
    [article] = page.articles
    assert article.title == "Ferry line to reopen"
    assert article.body == "\n\n".join(PARAGRAPHS)


def test_captured_at_and_format_are_recorded() -> None:
    page = read_html(
        page_html(paragraphs()),
        source="x.html",
        url=None,
        captured_at=datetime(2031, 3, 5, 8, 0),
        profile=None,
    )
    assert page.format == "html"
    assert page.captured_at == "2031-03-05T08:00:00"


@pytest.mark.parametrize("html", ["<html></html>", "<html><body>   </body></html>"])
def test_html_with_nothing_in_it_is_an_empty_listing(html: str) -> None:
    page = extract(Capture(source="empty.html", data=html.encode()))
    assert page.kind == "listing" and page.articles == []


def test_whitespace_only_capture_is_an_error() -> None:
    with pytest.raises(ExtractError, match="empty"):
        extract(Capture(source="blank.html", data=b"   \n"))


def _story(title: str, paras: list[str], tail: str) -> str:
    return f"<article><h2>{title}</h2>{paragraphs(paras)}{tail}</article>"


OTHER = [
    "Rescue crews in the valley of Lenmar worked through the night to reach the stranded "
    "villages, the regional office said, as the river kept rising after three days of rain.",
    "The office said forty families had been moved to the school in Orrin and that the road "
    "to the coast would stay closed until engineers had inspected the old stone bridge.",
]


def test_aggregator_page_lists_related_articles_with_their_outlets() -> None:
    related = _story(
        "Lenmar valley floods cut off villages",
        OTHER,
        "<p>Source: Orrin Herald</p><time>9 hours ago</time>",
    ) + _story(
        "Bridge inspection delays coast road",
        OTHER[::-1],
        '<p class="src">Source: Coastline Radio</p>',
    )
    html = page_html(
        "<h1>Ferry line to reopen</h1>" + paragraphs(),
        after=f'<section class="more"><h2>From other outlets</h2>{related}</section>',
    )
    page = read_html(
        html, source="agg.html", url=None, captured_at=datetime(2031, 3, 5, 12), profile=None
    )
    assert page.kind == "article"
    main, *others = page.articles
    assert main.role == "main" and main.body == "\n\n".join(PARAGRAPHS)
    assert [(a.role, a.title, a.outlet) for a in others] == [
        ("related", "Lenmar valley floods cut off villages", "Orrin Herald"),
        ("related", "Bridge inspection delays coast road", "Coastline Radio"),
    ]
    assert others[0].body == "\n\n".join(OTHER)
    assert others[0].published_text == "9 hours ago"
    assert (others[0].published or "").startswith("2031-03-05")


def test_digest_page_gives_one_entry_per_excerpt() -> None:
    entries = "".join(
        _story(
            f"Excerpt {n}: the valley after the rain",
            OTHER,
            f"<p>Continue reading at www.outlet{n}.example</p>",
        )
        for n in (1, 2, 3)
    )
    html = page_html(entries)
    page = read_html(html, source="digest.html", url=None, captured_at=None, profile=None)
    assert page.kind == "digest"
    assert [(a.role, a.outlet) for a in page.articles] == [
        ("digest-entry", f"www.outlet{n}.example") for n in (1, 2, 3)
    ]
    assert all("Continue reading" not in a.body for a in page.articles)
    assert page.articles[0].body == "\n\n".join(OTHER)


def test_digest_post_with_intro_keeps_the_intro_as_main() -> None:
    entries = "".join(
        f"<h2>Excerpt {n}: the valley after the rain</h2>{paragraphs(OTHER)}"
        f"<p>Read also: Harbour fees to rise next spring</p>"
        f"<p>Continue reading at outlet{n}.example</p>"
        for n in (1, 2)
    )
    body = "<h1>A week in the valley</h1>" + paragraphs(PARAGRAPHS[:2]) + entries
    page = read_html(page_html(body), source="d.html", url=None, captured_at=None, profile=None)
    assert page.kind == "digest"
    assert [(a.role, a.title, a.outlet) for a in page.articles] == [
        ("main", "A week in the valley", ""),
        ("digest-entry", "Excerpt 1: the valley after the rain", "outlet1.example"),
        ("digest-entry", "Excerpt 2: the valley after the rain", "outlet2.example"),
    ]
    assert page.articles[0].body == "\n\n".join(PARAGRAPHS[:2])
    assert all("Read also" not in a.body for a in page.articles)


def test_deeply_nested_and_xhtml_pages_read_without_error() -> None:
    deep = "<div>" * 3000 + paragraphs() + "</div>" * 3000
    page = read(page_html(deep))
    assert page.kind in ("article", "listing")
    xhtml = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en"><head><title>Ferry</title>'
        "</head><body><div class='story'><h1>Ferry</h1>" + paragraphs() + "</div></body></html>"
    )
    [article] = read(xhtml).articles
    assert article.body == "\n\n".join(PARAGRAPHS)


def test_chinese_article_is_read_as_prose() -> None:
    zh = [
        "港口委员会周二投票决定重新开放旧渡轮航线，结束了长达十一年的停运，岛上居民对此表示欢迎。",
        "工程师估计两座码头的维修工作需要九周时间，之后将在整个冬季每天试运行两班渡轮服务。",
        "反对者认为这笔资金应该用于修复岛上破旧的道路，但该动议最终以七票对三票获得通过。",
    ]
    page = read(page_html("<h1>渡轮航线重新开放</h1>" + paragraphs(zh), lang="zh-CN"))
    [article] = page.articles
    assert article.body == "\n\n".join(zh)
    assert article.language == "zh"


def test_relative_dates_resolve_against_the_newest_date_the_page_states() -> None:
    related = _story(
        "Lenmar valley floods cut off villages",
        OTHER,
        "<p>Source: Orrin Herald</p><p>4 days ago</p>",
    )
    html = page_html(
        '<h1>Ferry line to reopen</h1><time datetime="2031-03-10T08:00">10 Mar 2031</time>'
        + paragraphs(),
        after=f'<section class="more"><h2>From other outlets</h2>{related}</section>',
    )
    page = read(html)  # no capture time given
    [related_article] = page.articles[1:]
    assert related_article.published_text == "4 days ago"
    assert related_article.published == "2031-03-06"


def test_a_copyright_year_is_not_a_publication_date() -> None:
    # htmldate's last resort reads "© 2024" as 2024-01-01: a year, not the day the story ran.
    html = page_html("<h1>Ferry line to reopen</h1>" + paragraphs()).replace("© 2031", "© 2024")
    [article] = read(html).articles
    assert article.published is None


def test_the_first_of_january_stays_when_the_page_writes_it() -> None:
    body = "<h1>Ferry line to reopen</h1><p>Published 01.01.2024</p>" + paragraphs()
    html = page_html(body).replace("© 2031", "© 2024")
    [article] = read(html).articles
    assert (article.published or "").startswith("2024-01-01")


@pytest.mark.parametrize(
    ("stamp", "url", "published"),
    [
        # 02:18 UTC is still the 17th in the Americas, where the URL files the story.
        ("2031-02-18T02:18:11Z", "https://gazette.example/2031/02/17/ferry/", "2031-02-17"),
        # 10:04 UTC is the 9th in every zone west of Hawaii: the URL's 8th is when it was filed.
        ("2031-07-09T10:04:04Z", "https://gazette.example/2031/07/08/ferry/",
         "2031-07-09T10:04:04+00:00"),
        # Late in the UTC day it is already the next day in Asia and Australia.
        ("2031-04-24T16:00:00+00:00", "https://gazette.example/2031/04/25/ferry",
         "2031-04-25"),
        # A stamp without a zone is the publisher's own clock.
        ("2031-02-18T02:18:11", "https://gazette.example/2031/02/17/ferry/",
         "2031-02-18T02:18:11"),
    ],
)  # fmt: skip
def test_a_utc_stamp_takes_the_day_the_url_files_the_story_under(stamp, url, published) -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": "Port Evermere reopens its ferry line", "datePublished": stamp}  # fmt: skip
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    body = "<h1>Port Evermere reopens its ferry line</h1>" + paragraphs()
    html = page_html(body, head)
    page = read_html(html, source="t.html", url=url, captured_at=None, profile=None)
    assert page.articles[0].published == published


@pytest.mark.parametrize(
    "insert",
    ["Lire aussi : Le port de Tolvik rouvre ses quais", "Lesen Sie auch: Die Fähre fährt wieder",
     "Leggi anche", "Czytaj także: Prom wraca na trasę"],
)  # fmt: skip
def test_read_also_inserts_in_other_languages_leave_the_body(insert) -> None:
    body = (
        "<h1>Ferry line to reopen</h1>" + paragraphs(PARAGRAPHS[:2])
        + f'<p><a href="/other">{insert}</a></p>' + paragraphs(PARAGRAPHS[2:])
    )  # fmt: skip
    [article] = read(page_html(body)).articles
    assert PARAGRAPHS[0] in article.body and PARAGRAPHS[-1] in article.body
    assert insert not in article.body


def test_a_headline_leaves_out_what_the_page_hides_and_keeps_the_words_after_it() -> None:
    # A newsroom's edit button (display: none) and an icon's label (aria-hidden) inside the
    # <h1> are not part of the headline; the hidden element's tail is shown, so it stays.
    head = "<title>Ferry line returns to Port Evermere | The Evermere Gazette</title>"
    h1 = (
        '<h1><i class="kicker">Harbour</i> Ferry line <span aria-hidden="true">⚓</span>'
        'returns <a href="/edit/123" style="display: none">Open in editor</a>to Port Evermere'
        "<button hidden>Share</button></h1>"
    )
    page = read(page_html(h1 + paragraphs(), head))
    assert page.articles[0].title == "Harbour Ferry line returns to Port Evermere"


def test_reading_a_page_leaves_nothing_for_the_cyclic_collector() -> None:
    """A page's tree is freed as soon as its Page is built, not held by a reference cycle until
    the cyclic collector runs (compiled by mypyc, the segmentation's nested functions shared an
    environment that held them and the blocks: every page's tree stayed alive, and the collector
    walked and freed them in the workers' loop)."""
    import gc

    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = page_html(f"<h1>Ferry line to reopen</h1><p>By Mira Tamsk</p>{paragraphs}")
    read_html(html, source="warm.html", url=None, captured_at=None, profile=None)
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        page = read_html(html, source="ferry.html", url=None, captured_at=None, profile=None)
        del page
        assert gc.collect() == 0
    finally:
        if enabled:
            gc.enable()
