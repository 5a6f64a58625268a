"""A page's dates and bylines (session 22): a date of Iran's Solar Hijri (Jalali) calendar.
Lines and pages written here, about fictional outlets."""

from __future__ import annotations

from newsdesk.extract import dates
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
