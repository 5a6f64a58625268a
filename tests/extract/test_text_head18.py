"""The text reader's title where a standfirst stands between the headline and the story
(session 18): a standfirst of sentences over the byline or date, one printed without its stop
right under the headline, and a converter's placeholder for a frame above the story. Pages
written here, about fictional outlets."""

from __future__ import annotations

from newsdesk.extract import extract_text_page
from newsdesk.extract.text import page_scan
from newsdesk.extract.text.lines import normalise
from newsdesk.extract.text.meta import read_header
from tests.extract.test_text_body import STORY, page

HEADLINE = "Harbour ferry returns to the island run after the winter"


def _title(text: str) -> str:
    result = extract_text_page(text)
    assert result.kind == "article", result.kind
    return result.articles[0].title


def _header_title(*parts: str) -> str | None:
    """The title the header's walk reads over a story starting at the first of STORY."""
    lines = normalise(page(*parts, *STORY))
    page_scan.scan_page(lines)
    start = next(i for i, line in enumerate(lines) if line.text == STORY[0])
    return read_header(lines, start, None, 0).title


def test_a_standfirst_over_the_byline_leaves_the_headline_above_it() -> None:
    standfirst = (
        "The old boat is back on the water. Islanders had waited since November for the "
        "crossing, and the first sailing was full."
    )
    for facts in (["By Ann Example", "March 3, 2025"], ["By", "Ann Example", "March 3, 2025"],
                  ["March 3, 2025 10:15"]):  # fmt: skip
        title = _header_title("Harbour Times", "News", HEADLINE, standfirst, *facts, "Email")
        assert title == HEADLINE, facts


def test_a_box_blurb_over_a_button_is_not_read_as_a_standfirst() -> None:
    # The paragraph over the date is a sign-up box's, not the standfirst: no headline taken
    # from above it (the box's own label is no headline).
    blurb = "Get the harbour's news in your inbox. The stories that matter, delivered each morning."
    title = _header_title("Harbour Times", "Harbour Alerts From The Quay", blurb, "SUBSCRIBE",
                          "March 3, 2025", "Email")  # fmt: skip
    assert title is None


def test_a_standfirst_without_its_stop_leaves_the_headline_above_it() -> None:
    dek = "Islanders had waited since November for the crossing and the first sailing was full"
    text = page("Harbour Times", "News", HEADLINE, dek, "March 3, 2025", *STORY)
    assert _title(text) == HEADLINE
    # A kicker over the headline is no headline: the headline stays.
    text = page("Harbour Times", "Island life", HEADLINE, "March 3, 2025", *STORY)
    assert _title(text) == HEADLINE


def test_a_frames_placeholder_is_no_headline() -> None:
    # lynx names a frame by its address, which the converter may cut at the width.
    frame = "IFRAME: google_ads_iframe_/1234/harbour.example/news_ferry_b oat_content_0"
    assert _header_title("Harbour Times", HEADLINE, "March 3, 2025", frame) == HEADLINE
