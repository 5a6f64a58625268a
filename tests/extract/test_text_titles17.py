"""The text reader's title (session 17): a share bar or button over the story, a header's
dates printed as one line, a byline without its "By" over the date, all taken for the headline
they stand under; a share button's label naming the headline. Pages written here, about
fictional outlets."""

from __future__ import annotations

from newsdesk.extract import bare_bylines, dates, extract_text_page, facts
from tests.extract.test_text_body import STORY, page

HEADLINE = "Harbour ferry returns to the island run after the winter"


def _title(text: str) -> str:
    result = extract_text_page(text)
    assert result.kind == "article", result.kind
    return result.articles[0].title


def test_a_share_bar_is_no_headline() -> None:
    for bar in ["Share on FacebookShare on Twitterwhatsapp", "0Email this to someone",
                "Close share panel", "Tweet on Twitter", "Bookmark and Share",
                "Delen via Whatsapp Delen via Facebook Delen via Twitter"]:  # fmt: skip
        assert facts.is_share_bar(bar), bar
        text = page("Harbour Times", HEADLINE, "By Ann Example", bar, *STORY)
        assert _title(text) == HEADLINE, bar
    for headline in ["Share prices fall at the harbour market", "Harbour council quits Facebook"]:
        assert not facts.is_share_bar(headline), headline


def test_a_share_buttons_label_names_the_headline() -> None:
    label = f"Share All sharing options for: {HEADLINE}"
    assert facts.share_label_title(label) == HEADLINE
    text = page("Harbour Times", "Menu", label, *STORY)
    assert _title(text) == HEADLINE


def test_a_line_of_dates_is_no_headline() -> None:
    for stamp in ["May 16, 2025 at 9:51 AM May 16, 2025 at 10:12 AM",
                  "5:45 AM PST 11/19/2024 by Ann Example",
                  "Text: Ann Example · 11 October 2024"]:  # fmt: skip
        assert dates.first_date(stamp) is not None, stamp
        text = page("Harbour Times", HEADLINE, stamp, *STORY)
        assert _title(text) == HEADLINE, stamp
    assert dates.first_date("Harbour ferry returns on June 3 after the winter") is None


def test_a_byline_without_by_over_the_date_is_no_headline() -> None:
    for byline in ["Ann Example, The Associated Press", "Ann Example, Bo Example | Harbour Times",
                   "Ann Example and Bo ExampleHarbour Times"]:  # fmt: skip
        assert bare_bylines.is_bare_byline(byline), byline
        text = page("Harbour Times", HEADLINE, byline, "Saturday",
                    "May 16, 2025 at 9:51 AM May 16, 2025 at 10:12 AM", *STORY)  # fmt: skip
        assert _title(text) == HEADLINE, byline
    # With its role named, whatever stands under it.
    text = page("Harbour Times", HEADLINE, "Ann Example, Harbour Sports Writer", *STORY)
    assert _title(text) == HEADLINE
    # Names alone, no date under them: a headline of two names stays one.
    assert not bare_bylines.is_bare_byline("Ann Example and Bo Example", role=True)
    assert not bare_bylines.is_bare_byline("Ann Example wins the harbour vote")


def test_a_line_of_dates_under_the_standfirst_stays_out_of_the_body() -> None:
    stamp = "Text: Ann Example·11 October 2024"
    standfirst = "The island run is back, and the harbour is glad of it."
    text = page("Harbour Times", "Harbour news", HEADLINE, standfirst, stamp, *STORY)
    article = extract_text_page(text).articles[0]
    assert article.title == HEADLINE
    assert stamp not in article.body and STORY[0] in article.body


def _title_over(line: str) -> str:
    """The title of a story whose headline stands over `line`, then its byline and date."""
    return _title(page("Harbour Times", "Harbour news", HEADLINE, line, "By Ann Example",
                       "March 3, 2025", *STORY))  # fmt: skip


def test_a_credited_caption_over_the_byline_does_not_end_the_walk_to_the_headline() -> None:
    caption = (
        "The ferry leaves the island quay on its first run of the spring, watched by the harbour"
        " master and a crowd of early walkers (Photo: Example Images)"
    )
    assert _title_over(caption) == HEADLINE


def test_a_long_standfirst_under_its_headline_is_no_headline() -> None:
    standfirst = (
        "After four months laid up in the yard the old boat is back on the water, and the"
        " island shops say the town has missed it"
    )
    assert _title_over(standfirst) == HEADLINE
