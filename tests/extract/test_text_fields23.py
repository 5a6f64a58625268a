"""A page's fields read from its text where a first reading took a wrong value (session 23):
the story's date is its publication's, not its update's nor one counted back from the capture
where the header prints both. Lines and pages written here, about fictional outlets."""

from __future__ import annotations

from datetime import datetime

from newsdesk.extract import bylines, extract_text_page
from tests.extract.test_text_body import STORY, page
from tests.extract.test_text_fields17 import HEADLINE, _main

TEASER = "Island school reopens after the storm"
CAPTURED = datetime(2025, 10, 1, 0, 30)


def _published(text: str, captured_at: datetime | None = None) -> str:
    result = extract_text_page(text, captured_at=captured_at)
    assert result.kind == "article", result.kind
    return (result.articles[0].published or "")[:10]


def test_the_posted_date_over_the_updated_date_is_the_storys() -> None:
    text = page(
        "Harbour Times", HEADLINE, "Posted: Fri 6:45 PM, Feb 14, 2025  |",
        "Updated: Sat 8:31 PM, Feb 15, 2025", *STORY,
    )  # fmt: skip
    assert _published(text) == "2025-02-14"


def test_a_date_and_its_update_on_one_line() -> None:
    line = "April 21, 2025 at 5:52 pm Updated April 22, 2025 at 7:07 am"
    assert _published(page("Harbour Times", HEADLINE, line, *STORY)) == "2025-04-21"
    line = "21.04.2025, 17:52 Uhr · Aktualisiert 22.04.2025, 07:07 Uhr"
    assert _published(page("Hafenblatt", HEADLINE, line, *STORY)) == "2025-04-21"


def test_the_date_over_the_time_counted_back_from_the_capture() -> None:
    # captured half an hour after midnight: "1 hr ago" counts back to the day before
    text = page("Harbour Times", HEADLINE, "Oct 1, 2025", "1 hr ago", *STORY)
    assert _published(text, CAPTURED) == "2025-10-01"


def test_an_updated_date_alone_is_still_read() -> None:
    # no other date in the header: the update's day is the best the page tells
    text = page("Harbour Times", HEADLINE, "By Ann Example Updated Nov 13, 2025, 10:28am", *STORY)
    article = _main(text)
    assert (article.published or "")[:10] == "2025-11-13"
    assert article.authors == ["Ann Example"]
    # nor does a teaser's date over the headline replace it: the header ends at the headline
    text = page("Harbour Times", TEASER, "March 2, 2025", HEADLINE, "Updated: Nov 13, 2025", *STORY)
    assert _published(text) == "2025-11-13"
    # a time counted back, alone, stays the story's
    text = page("Harbour Times", HEADLINE, "3 hrs ago", *STORY)
    assert _published(text, datetime(2025, 10, 1, 12, 0)) == "2025-10-01"


def test_an_update_word_in_a_headline_over_the_date_is_no_updated_date() -> None:
    text = page("Harbour Times", "Council updated its harbour plan", "Nov 12, 2025", *STORY)
    assert _published(text) == "2025-11-12"


def test_a_name_under_its_by_printed_alone_is_no_headline() -> None:
    # a news theme's header: the opener and the name as two links, a dash, the date
    for opener, name in (("Por", "Redacción Harbour Times 2"), ("Par", "Le Courrier du Port")):
        text = page("Harbour Times", HEADLINE, opener, name, "-", "22 Septiembre, 2025", *STORY)
        article = _main(text)
        assert article.title == HEADLINE
        assert article.authors == []  # a desk or an outlet names no writer
    text = page("Harbour Times", HEADLINE, "Por", "Ana Ejemplo", "-", "22 Septiembre, 2025", *STORY)
    assert _main(text).authors == ["Ana Ejemplo"]


def test_a_short_headline_under_a_section_label_stays_the_headline() -> None:
    text = page("Harbour Times", "Politik", "Harbour Council Falls", "22.09.2025", *STORY)
    assert _main(text).title == "Harbour Council Falls"


def test_a_short_standfirst_over_the_byline_is_no_headline() -> None:
    # headline, a standfirst without its stop no longer than it, then the byline and the date
    dek = "Crossings resume next week, but the timetable shrinks"
    for byline in ("By Ann Example", "Ann Example, Harbour Times Staff"):
        text = page("Harbour Times", HEADLINE, dek, byline, "May 3, 2025 9:38 pm", *STORY)
        assert _main(text).title == HEADLINE
    # over a date alone the lower line may be the headline under a teaser's (titles22b)
    assert _main(page("Harbour Times", HEADLINE, dek, "May 3, 2025", *STORY)).title == dek


def test_a_headline_under_a_trail_cut_short_stays_the_headline() -> None:
    # the trail's steps glued into one line, its last the headline cut short: no headline over
    # a standfirst
    trail = "Harbour NewsTravel18 Ferries in the Test: Four Boats Fa…"
    headline = "18 Harbour ferries in the test: four boats fail"
    text = page("Harbour Times", trail, headline, "By Ann Example", "May 3, 2025", *STORY)
    assert _main(text).title == headline


def test_an_agency_after_the_last_writers_name_keeps_the_writer() -> None:
    line = "By Ann Example and Bo Other Reuters"
    text = page("Harbour Times", HEADLINE, line, "Posted March 2, 2025 5:04 pm", *STORY)
    assert _main(text).authors == ["Ann Example", "Bo Other"]
    assert bylines.byline_people(bylines.byline("By Ann Example AP")) == ["Ann Example"]
    # a one-word name before it is left whole: no name would be left
    assert bylines.byline_people(bylines.byline("By Ann Reuters")) == ["Ann Reuters"]


def test_a_sites_account_in_the_byline_names_no_writer() -> None:
    for line in ("Posted on May 3, 2025 by admin", "Posted on May 3, 2025 by Administrator"):
        assert _main(page("Harbour Blog", HEADLINE, line, *STORY)).authors == []
    # a writer's name holding the word is a name
    line = "Posted on May 3, 2025 by Ann Adminson"
    assert _main(page("Harbour Blog", HEADLINE, line, *STORY)).authors == ["Ann Adminson"]


def test_a_newsroom_a_handle_or_a_news_service_in_the_byline_names_no_writer() -> None:
    for name in ("Redação", "harbouradmin", "writer_2041", "Harbour Media News Service"):
        line = f"Posted on May 3, 2025 by {name}"
        assert _main(page("Harbour Blog", HEADLINE, line, *STORY)).authors == [], name
    # people still: a name with a newsroom's word in it, a name beside a news service
    assert bylines.byline_people("Ann Redaksi") == ["Ann Redaksi"]
    assert bylines.byline_people("Ann Example and Bo Other") == ["Ann Example", "Bo Other"]
