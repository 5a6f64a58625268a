"""The bundled HTML sample captures read as their .expected.json says a careful reader would."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsdesk.capture.files import read_capture
from newsdesk.extract.core import extract

SAMPLES = Path(__file__).resolve().parents[2] / "newsdesk" / "samples"
EXPECTED: dict[str, Any] = json.loads((SAMPLES / ".expected.json").read_text())["files"]
HTML_SAMPLES = sorted(name for name, e in EXPECTED.items() if e["format"] == "html")
MAIN_FIELDS = [
    "title",
    "standfirst",
    "authors",
    "outlet",
    "credit",
    "published",
    "published_text",
    "reading_minutes",
    "shares",
    "section",
    "tags",
    "headings",
    "url",
    "language",
]


@pytest.fixture(scope="module")
def pages() -> dict[str, dict[str, Any]]:
    return {name: extract(read_capture(str(SAMPLES / name))).to_dict() for name in HTML_SAMPLES}


@pytest.mark.parametrize("name", HTML_SAMPLES)
def test_page_kind_site_ticker_and_links(pages: dict, name: str) -> None:
    page, want = pages[name], EXPECTED[name]
    assert (page["kind"], page["site"]) == (want["kind"], want["site"])
    ticker = want.get("ticker")
    if ticker:
        assert [t["attribution"] for t in page["ticker"]] == ticker["attributions"]
    got_links = [(k["list"], k["title"], k["section"], k["date"]) for k in page["links"]]
    want_links = [(k["list"], k["title"], k.get("section"), k.get("date")) for k in want["links"]]
    assert got_links == want_links


@pytest.mark.parametrize("name", [n for n in HTML_SAMPLES if "main" in EXPECTED[n]])
def test_main_article_fields(pages: dict, name: str) -> None:
    want = EXPECTED[name]["main"]
    [main] = [a for a in pages[name]["articles"] if a["role"] == "main"]
    for key in MAIN_FIELDS:
        assert main[key] == want[key], key
    assert [(i["caption"], i["credit"]) for i in main["images"]] == [
        (i["caption"], i["credit"]) for i in want["images"]
    ]
    paragraphs = main["body"].split("\n\n")
    assert paragraphs[0].startswith(want["first_sentence"])
    assert paragraphs[-1].endswith(want["last_sentence"])
    assert len(paragraphs) == want["paragraphs"] + len(want["headings"])
    for text in want["not_in_body"]:
        assert text not in main["body"]


@pytest.mark.parametrize("name", [n for n in HTML_SAMPLES if EXPECTED[n]["kind"] == "listing"])
def test_listing_pages_have_no_articles(pages: dict, name: str) -> None:
    assert pages[name]["articles"] == []
