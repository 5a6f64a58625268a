"""Pages past libxml2's limits: legacy HTML whose every paragraph opens a <font> it never
closes, page builders' boxes inside boxes (libxml2 stops at depth 256), a piece of 10 MB or more
(an app's state inlined). libxml2 drops the rest of the page; html5lib (the standard's tree
building) reads those pages whole."""

from __future__ import annotations

import pytest
from lxml import etree

from newsdesk.eval.extraction import main_body
from newsdesk.extract import html_dom
from newsdesk.extract.core import extract
from newsdesk.extract.html_dom import parse_html
from newsdesk.records import Capture


def _legacy_page(paragraphs: int) -> str:
    body = "".join(
        f"<p><font face=arial size=2>Paragraph {i} of the Harrowgate Clarion's flood report "
        f"counts the {i + 3} streets of the valley town still under water.\n"
        for i in range(paragraphs)
    )
    return (
        "<html><head><title>Valley flood report</title></head><body>"
        f"<h1>Valley flood report</h1>{body}</body></html>"
    )


def _boxed_page(levels: int) -> str:
    story = "".join(
        f"<p>On day {i} the Pellinore Gazette's council reporter heard the bridge plan argued "
        f"again, clause {i + 1} of the rebuilding order first.</p>"
        for i in range(8)
    )
    return (
        "<html><head><title>Bridge plan argued again</title></head><body>"
        f"<h1>Bridge plan argued again</h1>{'<div>' * levels}{story}{'</div>' * levels}"
        "</body></html>"
    )


def _depth(el: etree._Element) -> int:
    deepest = 0
    for inner in el.iter():
        deepest = max(deepest, sum(1 for _ in inner.iterancestors()))
    return deepest


def _body_of(html: str) -> list[str]:
    page = extract(Capture(source="deep.html", data=html.encode(), content_type="text/html"))
    return [line for line in main_body(page).splitlines() if line.strip()]


def test_unclosed_fonts_are_read_to_the_last_paragraph() -> None:
    root = parse_html(_legacy_page(400))
    assert root is not None
    text = root.text_content()
    assert "Paragraph 399 of" in text  # libxml2 alone stops near paragraph 127
    assert _depth(root) < 12  # as flat as a browser builds it, not two levels a paragraph


def test_unclosed_fonts_page_body_has_every_paragraph_once() -> None:
    body = _body_of(_legacy_page(400))
    assert body[0].startswith("Paragraph 0 of the Harrowgate Clarion")
    assert body[-1].startswith("Paragraph 399 of the Harrowgate Clarion")
    assert len(body) == 400


def test_boxes_nested_past_the_parsers_limit_keep_their_story() -> None:
    for levels in (230, 300, 590):
        body = _body_of(_boxed_page(levels))
        assert len(body) == 8, levels
        assert body[-1].startswith("On day 7 the Pellinore Gazette")


def test_boxes_nested_past_the_walks_bound_give_a_page_not_an_error() -> None:
    # html_segment walks 600 levels at most (Python's recursion limit is 1000): deeper text
    # is not read, but the page still comes out.
    page = extract(
        Capture(source="deep.html", data=_boxed_page(3000).encode(), content_type="text/html")
    )
    assert page.kind == "listing"


def test_a_piece_past_libxml2s_size_limit_does_not_cut_the_page_short() -> None:
    # An app's state inlined as one script of 11 MB: libxml2 (without huge_tree) stops there.
    state = "{" + ", ".join(f'"k{i}": "{"v" * 90}"' for i in range(110_000)) + "}"
    story = "".join(
        f"<p>Paragraph {i} of the Pellinore Gazette's report on the bridge vote, as the "
        f"council's {i + 2} members cast it.</p>"
        for i in range(12)
    )
    html = (
        "<html><head><title>Bridge vote</title>"
        f"<script>window.__STATE__ = {state};</script></head>"
        f"<body><h1>Bridge vote</h1>{story}</body></html>"
    )
    assert len(html) > 10_000_000
    body = _body_of(html)
    assert body[-1].startswith("Paragraph 11 of the Pellinore Gazette")


def test_an_ordinary_page_is_read_by_libxml2_alone() -> None:
    html = _legacy_page(20)
    root = parse_html(html)
    assert root is not None
    assert not html_dom._cut_short(html_dom._UTF8_PARSER)
    # libxml2's own tree: the paragraphs nest inside the unclosed fonts, as they always have.
    assert _depth(root) > 20


def test_text_lxml_cannot_hold_is_read_with_replacement_characters() -> None:
    root = html_dom._parse_as_browsers_do("<p>Harrowgate \ud800 weather</p>" * 3)
    assert root is not None
    assert "Harrowgate \ufffd weather" in root.text_content()


def test_names_xml_refuses_are_taken_without_a_warning(recwarn: pytest.WarningsRecorder) -> None:
    root = html_dom._parse_as_browsers_do('<p cl0:00ass="x">Harrowgate weather</p>' * 3)
    assert root is not None
    assert "Harrowgate weather" in root.text_content()
    assert not [w for w in recwarn if "non-XML name" in str(w.message)]
