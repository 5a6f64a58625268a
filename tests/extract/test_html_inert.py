"""Text no reader is shown (a script's code, a style sheet, an icon's svg title) stays out of
every field, on a page of a fictional outlet: libxml2's text serialization includes it."""

from __future__ import annotations

from lxml import etree

from newsdesk.extract.core import extract
from newsdesk.extract.html_dom import element_text, parse_html, visible_text
from newsdesk.records import Capture
from tests.extract.fictional import LIGHTHOUSE_STORY


def _element(fragment: str) -> etree._Element:
    root = parse_html(f"<html><body>{fragment}</body></html>")
    assert root is not None
    return root.find(".//body")[0]


def test_element_text_leaves_out_scripts_styles_and_svg_titles() -> None:
    link = _element(
        "<a href='/x'><script type='text/template-picture'><source srcset='a.jpg'></script>"
        "<style>.k{color:red}</style><svg><title>Arrow Icon</title></svg>"
        "Tower <b>reopens</b> at dawn</a>"
    )
    assert element_text(link) == "Tower reopens at dawn"
    assert visible_text(link) == "Tower reopens at dawn"


def test_hidden_parts_and_inert_parts_both_stay_out_of_visible_text() -> None:
    link = _element(
        "<a href='/x'><span hidden>Edit</span><svg><title>Camera Icon</title></svg>Keeper's log</a>"
    )
    assert visible_text(link) == "Keeper's log"


def test_an_svg_logo_title_in_the_headline_is_not_the_title() -> None:
    html = (
        "<html><head><title>Cape Morrow tower reopens | Morrow Courier</title></head><body>"
        "<h1><svg><title>Morrow Courier</title></svg>Cape Morrow tower reopens</h1>"
        "<article>" + "".join(f"<p>{t}</p>" for t in LIGHTHOUSE_STORY) + "</article>"
        "</body></html>"
    )
    page = extract(Capture(source="morrow.html", data=html.encode(), content_type="text/html"))
    assert page.articles[0].title == "Cape Morrow tower reopens"


def test_a_json_ld_script_keeps_its_data_whatever_the_case_of_its_type() -> None:
    root = parse_html(
        "<html><head><script type='application/LD+JSON'>"
        '{"@type": "NewsArticle", "headline": "Cape Morrow tower reopens"}</script>'
        "<script>var teaser = 'ad';</script></head><body><p>x</p></body></html>"
    )
    assert root is not None
    data, code = root.iter("script")
    assert "Cape Morrow" in (data.text or "")
    assert code.text is None
