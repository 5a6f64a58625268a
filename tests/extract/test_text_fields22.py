"""A page's dates and bylines (session 22): a date of Iran's Solar Hijri (Jalali) calendar;
a name with the writer's handle, a link to the comments among the header's buttons, "By" alone.
Lines and pages written here, about fictional outlets."""

from __future__ import annotations

from datetime import datetime

from newsdesk.extract import bare_bylines, dates
from tests.extract.test_text_body import STORY, page
from tests.extract.test_text_fields17 import HEADLINE, _main


def test_a_jalali_date_reads_as_its_gregorian_day() -> None:
    for text, iso in (
        ("۲۹ بهمن ۱۳۹۸ - ۰۶:۵۵", "2020-02-18T06:55:00"),  # Persian figures
        ("2 تير 1399 - 12:09:08 ب.ظ", "2020-06-22T12:09:08"),  # Arabic yeh, afternoon
        ("1 فروردین 1399", "2020-03-20"),  # the year's first day
        ("29 اسفند 1398", "2020-03-19"),  # its last day
        ("30 اسفند 1399", "2021-03-20"),  # a leap year's last day
        ("۱۵ مهر ۱۳۷۹", "2000-10-06"),
    ):
        parsed = dates.parse_date(text)
        assert parsed is not None and parsed.iso == iso, text


def test_no_jalali_day_that_its_calendar_has_not_nor_a_jalali_name_in_another_year() -> None:
    # Mehr has 30 days; Esfand's 30th only in a leap year; a Jalali month with a Gregorian year
    for text in ("31 مهر 1399", "30 اسفند 1398", "12 بهمن 2020"):
        assert dates.parse_date(text) is None, text


def test_a_header_dated_in_the_jalali_calendar() -> None:
    text = page("Harbour Times", HEADLINE, "تاریخ انتشار: ۲۱ ارديبهشت ۱۳۹۹ - ۱۸:۵۹", *STORY)
    assert (_main(text).published or "")[:10] == "2020-05-10"


def test_a_name_with_the_writers_handle_is_a_byline() -> None:
    for line in (
        "Ann Example, @annexample",
        "Ann Example (@annexample)",
        "Ann Example @annexample / 2 days",
    ):
        assert bare_bylines.is_bare_byline(line), line
        assert bare_bylines.bare_byline_people(line) == ["Ann Example"], line
    # an outlet's prompt, an address, a bracket left open, an embedded post's signature: none
    for line in (
        "Follow us @harbourtimes",
        "Write to news@harbour.example",
        "Ann Example (@annexample",
        "— Ann Example (@annexample) May 2, 2025",
    ):
        assert not bare_bylines.is_bare_byline(line), line


def test_a_headers_comments_link_between_its_byline_and_the_story() -> None:
    # picture, name with handle, age, a link to the comments among the share buttons
    text = page(
        "Harbour Times", HEADLINE, "[harbour-pic]", "Ann Example, @annexample", "7m ago",
        "Comments", "Share", "Tweet", *STORY,
    )  # fmt: skip
    assert _main(text).authors == ["Ann Example"]


def test_a_comments_section_over_the_story_stops_the_walk_up() -> None:
    # a reader's comment over the heading, no header's fact: the byline further up is not read
    text = page(
        "Harbour Times", "Island school reopens after the storm", "By Bo Other",
        "I walked my daughter there this morning and the teachers were all smiling again.",
        "Comments", *STORY,
    )  # fmt: skip
    assert _main(text).authors == []


def test_by_alone_between_the_date_and_the_writers_name() -> None:
    text = page(
        "Harbour Times", HEADLINE, "Published: March 3, 2025 at 9:22 a.m. ET", "By",
        "Ann Example", "Comments", "Email icon", "Print icon", *STORY,
    )  # fmt: skip
    assert _main(text).authors == ["Ann Example"]


def test_a_short_year_date_in_figures_reads_as_the_day_nearer_before_the_capture() -> None:
    now = datetime(2025, 6, 3, 12, 0)
    found = dates.short_year_date("06/01/25 10:02", now)  # 6 January or 1 June: 1 June
    assert found is not None and found[1].iso == "2025-06-01"
    found = dates.short_year_date("02/05/25 10:02", now)  # 2 May (5 February is further back)
    assert found is not None and found[1].iso == "2025-05-02"
    found = dates.short_year_date("06/01/25 10:02")  # no capture time: day first
    assert found is not None and found[1].iso == "2025-01-06"
    found = dates.short_year_date("13/01/25", now)  # one reading only
    assert found is not None and found[1].iso == "2025-01-13"
    # as first_date reads the same figures with a year of four
    parsed = dates.first_date("06/01/2025 10:02", now)
    assert parsed is not None and parsed[1].iso[:10] == "2025-06-01"


def test_a_name_with_its_role_under_a_picture_is_the_writer_not_a_credit() -> None:
    text = page(
        "Harbour Times", HEADLINE, "[harbour-pic]", "Ann Example", "News Reporter",
        "28 October 2025", *STORY,
    )  # fmt: skip
    assert _main(text).authors == ["Ann Example"]
    # no role between: the name under the picture's mark is its credit
    text = page(
        "Harbour Times", HEADLINE, "[harbour-pic]", "Ann Example", "28 October 2025", *STORY
    )
    assert _main(text).authors == []


def test_a_posts_signature_run_on_with_its_tags_under_the_story() -> None:
    signature = (
        "Dieser Beitrag wurde am 14. Dezember 2024 um 14:48 von Ann geschrieben und unter dem "
        "Stichwort Fähre, Hafen, Insel, Winter in die Kategorie Hafen"  # (its stop cut off)
    )
    text = page(
        "Harbour Blog", HEADLINE, *STORY, "Weblinks", "• Harbour office timetable",
        "• Island ferry society", signature, "Ähnliche Beiträge", f"9 comments to {HEADLINE}",
    )  # fmt: skip
    article = _main(text)
    assert (article.published or "")[:10] == "2024-12-14"
    assert "Ähnliche Beiträge" not in article.authors
    # a date deep in a long line saying nothing was published: none
    told = (
        "Die Fähre fuhr zuletzt im Winter, und der Hafenmeister sagte, dass am 14. Dezember "
        "2024 die neue Saison mit einem Fest für alle Inselbewohner und ihre Gäste"
    )
    text = page(
        "Harbour Blog", HEADLINE, *STORY, "Weblinks", "• Harbour office timetable",
        "• Island ferry society", told, f"9 comments to {HEADLINE}",
    )  # fmt: skip
    assert _main(text).published is None
