"""Dates as pages write them."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from newsdesk.extract import dates
from newsdesk.extract.dates import first_date, month_of, page_language, parse_date
from newsdesk.extract.html_meta import iso_date

NOW = datetime(2025, 12, 1, 12, 0)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("12 Dec 2024 05:45", "2024-12-12T05:45:00"),
        ("Nov. 29, 2024", "2024-11-29"),
        ("Monday, December 1, 2025", "2025-12-01"),
        ("Updated 3:27 am PST, Wednesday, November 20, 2019", "2019-11-20"),
        ("Reuters November 18, 2019 11:03 PM", "2019-11-18T23:03:00"),
        ("2024-05-01T10:00", "2024-05-01T10:00:00"),
        ("21/06/2014", "2014-06-21"),
        ("4 days ago", "2025-11-27"),
        ("time9 hours ago", "2025-12-01T03:00:00"),
        ("yesterday", "2025-11-30"),
        # A second date or time in the line is no word of label.
        ("30.11.2020 18:14 | Son Güncelleme: 30.11.2020 18:14", "2020-11-30T18:14:00"),
        ("Ann Example August 17, 2019 - 2:19 pm", "2019-08-17T14:19:00"),
    ],
)
def test_written_dates(text, iso):
    parsed = parse_date(text, NOW)
    assert parsed is not None and parsed.iso == iso


@pytest.mark.parametrize(
    "text",
    ["Syria", "The Resistance Front and BRICS", "June 9 – Tampa", "",
     # An embedded post's signature: five words of label around the date.
     "— Harbour Watch (@harbourwatch) November 15, 2019 at the quay"],
)  # fmt: skip
def test_not_dates(text):
    assert parse_date(text, NOW) is None


def test_relative_date_without_capture_time_keeps_only_the_text():
    parsed = parse_date("4 days ago", None)
    assert parsed.text == "4 days ago" and parsed.iso is None and parsed.relative


def test_placeholder_dates_are_no_dates():
    assert iso_date("0001-01-01T00:00:00Z") is None
    assert iso_date("2019-11-20") == "2019-11-20"
    assert iso_date("Tue, 15 Sep 2020 10:01:41 EDT") == "2020-09-15T10:01:41-04:00"


def test_arabic_and_persian_pages_are_recognised_and_their_dates_read():
    from newsdesk.extract.dates import page_language
    from newsdesk.extract.language import guess_language

    arabic = "قال الوزير في بيان صدر عن الوزارة إن الاجتماع الذي عقد بين الطرفين كان مثمرا " * 3
    persian = "وزیر در این نشست گفت که برای این طرح به زمان بیشتری نیاز است و آن را می پذیرد " * 3
    assert guess_language(arabic) == "ar"
    assert guess_language(persian) == "fa"
    token = page_language.set("ar")
    try:
        parsed = parse_date("الإثنين، 24 أغسطس 2020 09:23 ص")
    finally:
        page_language.reset(token)
    assert parsed is not None and parsed.iso == "2020-08-24T09:23:00"


def test_htmldate_reads_in_the_known_languages_only_inside_our_calls():
    # htmldate would load dateparser's 200 locales; narrowed, it reads the guesser's languages.
    # Fails if an htmldate upgrade renames the factory that narrowed_htmldate swaps.
    from htmldate import extractors

    from newsdesk.extract.date_parsers import narrowed_htmldate
    from newsdesk.extract.language import KNOWN_LANGUAGES

    shipped = extractors.get_external_parser
    with narrowed_htmldate():
        parser = extractors.get_external_parser()
        assert sorted(parser.languages) == sorted(KNOWN_LANGUAGES)
        found = parser.get_date_data("7 octobre 2020")["date_obj"]
        assert found.date().isoformat() == "2020-10-07"
    assert extractors.get_external_parser is shipped  # anyone else's htmldate is as shipped


def test_may_be_date_answers_as_its_plain_patterns() -> None:
    """The substring gate in front of the relative-word search misses nothing the search finds."""
    import re

    from newsdesk.extract.dates import may_be_date

    digit = re.compile(r"\d")
    relative = re.compile(r"\b(?:today|yesterday|just now|ago)\b", re.I)
    lines = [
        "Updated 2 hours AGO", "TODAY'S PAPER", "Yeſterday in Parliament", "Just Now",
        "just  now", "agony aunt", "Chicago news", "todays", "An hour ago.", "Ago", "yesterday",
        "No date here", "", "٣ ساعات", "Published: ４ May", "ЈUST NOW", "Sport\u00a0today",
    ]  # fmt: skip
    for line in lines:
        expected = bool(digit.search(line) or relative.search(line))
        assert may_be_date(line) is expected, line


def test_htmldate_reads_a_page_in_its_language_and_english() -> None:
    # dateparser tests each text against every locale it is given (1-3 ms a text for the twelve
    # known languages): a page whose language is known has its texts read in it and English.
    from htmldate import extractors

    from newsdesk.extract.date_parsers import narrowed_htmldate, parser_languages
    from newsdesk.extract.language import KNOWN_LANGUAGES

    assert parser_languages("es") == ("es", "en")
    assert parser_languages("en") == ("en",)
    assert parser_languages("ja") == KNOWN_LANGUAGES  # a language we cannot guess: all we know
    assert parser_languages(None) == KNOWN_LANGUAGES
    with narrowed_htmldate("es"):
        parser = extractors.get_external_parser()
        assert sorted(parser.languages) == ["en", "es"]
        found = parser.get_date_data("martes 17 de marzo de 2020")["date_obj"]
        assert found.date().isoformat() == "2020-03-17"
        assert parser.get_date_data("7 octobre 2020")["date_obj"] is None  # French: not read
    with narrowed_htmldate(None):
        found = extractors.get_external_parser().get_date_data("7 octobre 2020")["date_obj"]
        assert found.date().isoformat() == "2020-10-07"


def test_a_spanish_page_dated_only_in_its_words_is_dated() -> None:
    # No metadata, no <time>, no English date: htmldate's dateparser reads the Spanish date,
    # in the language the page's words are written in (its <html lang>, a CMS default, says
    # English: read in English alone, the date would be lost).
    from newsdesk.extract.html import read_html

    story = [
        "El consejo del puerto de Villaserena votó el martes para reabrir la vieja línea de "
        "transbordadores, que estaba cerrada desde hace once años por falta de dinero.",
        "La concejala Mira Tamsk dijo que la decisión llega después de meses de audiencias con "
        "los vecinos, que describieron los largos desvíos y las tiendas cerradas en la isla.",
        "Los ingenieros de la empresa ficticia Obras Linterna calculan que las reparaciones de "
        "los dos muelles durarán nueve semanas, y que el servicio de prueba será diario.",
    ]
    html = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>'
        "<main><article><h1>Villaserena reabre su línea de transbordadores</h1>"
        '<div class="fecha">martes 17 de marzo de 2020</div>'
        + "".join(f"<p>{p}</p>" for p in story)
        + "</article></main></body></html>"
    )
    page = read_html(html, source="villaserena.html", url=None, captured_at=None, profile=None)
    [article] = page.articles
    assert article.published == "2020-03-17"


def test_prepare_compiles_what_each_language_s_first_date_would() -> None:
    # A locale compiles its relative-date patterns on the first date it reads; forked workers
    # share what prepare() compiled, or each compiles them again on its first page in a language.
    # Spies on dateparser's locale module: fails if an upgrade moves that compiling elsewhere.
    import subprocess
    import sys

    code = """
import regex
import dateparser.languages.locale as locale_module
from newsdesk.extract.date_parsers import _narrowed_parser, prepare
from newsdesk.extract.dates import page_language, parse_date
prepare()
compiled = []
class Spy:
    def __getattr__(self, name):
        return getattr(regex, name)
    def compile(self, pattern, *args, **kwargs):
        compiled.append(pattern)
        return regex.compile(pattern, *args, **kwargs)
locale_module.re = Spy()
samples = [("es", "martes 17 de marzo de 2020"), ("fr", "7 octobre 2020"),
           ("de", "17. März 2020"), ("ar", "الأربعاء، 07 أكتوبر 2020"), ("tr", "17 Mart 2020")]
for language, text in samples:
    assert _narrowed_parser((language, "en")).get_date_data(text)["date_obj"] is not None
    token = page_language.set(language)
    assert parse_date(text + " ") is not None
    page_language.reset(token)
print(len(compiled))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0"]


def test_texts_in_scripts_no_known_locale_writes_skip_dateparser() -> None:
    """The gate in front of htmldate's dateparser answers as dateparser does: no locale of the
    known languages has a word with a Thai, kana, CJK or Hangul letter (and a locale reads a
    text only when it knows every word), and the parser finds no date in such texts."""
    from dateparser.languages.loader import default_loader

    from newsdesk.extract.date_parsers import _UNREAD_SCRIPT, _narrowed_parser, _ScriptGate
    from newsdesk.extract.language import KNOWN_LANGUAGES

    def strings(value: object) -> Iterator[str]:
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            for key, item in value.items():
                yield from strings(key)
                yield from strings(item)
        elif isinstance(value, list | tuple):
            for item in value:
                yield from strings(item)

    for locale in default_loader.get_locales(languages=list(KNOWN_LANGUAGES)):
        assert not any(_UNREAD_SCRIPT.search(s) for s in strings(locale.info)), locale.shortname
    plain = _narrowed_parser()
    gate = _ScriptGate(plain)
    texts = [
        "2031年3月17日", "港の渡し船 2031年3月17日", "17 marzo 2031 年", "2031년 3월 17일",
        "17 มีนาคม 2031", "発表: 17 March 2031", "カタログ公開 (17.03.2031)", "17 March 2031",
        "martes 17 de marzo de 2031", "17.03.2031 10:00", "no date here",
    ]  # fmt: skip
    for text in texts:
        assert gate.get_date_data(text)["date_obj"] == plain.get_date_data(text)["date_obj"], text
    assert sum(_UNREAD_SCRIPT.search(t) is not None for t in texts) == 7


@pytest.mark.parametrize(
    ("text", "language", "iso"),
    [
        # Month names of languages the page guesser does not know (dateparser's locales).
        ("19 sierpnia 2020, 5:16", "pt", "2020-08-19T05:16:00"),
        ("Aktualizacja: 7 sierpnia 2020", "pt", "2020-08-07"),
        ("* duminică, 20 septembrie 2020", "pt", "2020-09-20"),
        ("1 Декабря 2020 14:02", "pt", "2020-12-01T14:02:00"),
        # Two scripts' names of one month, a weekday and a cue word before the day.
        ("تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً", "ar", "2020-04-24T21:22:00"),
        ("الأربعاء، 07 أكتوبر 2020 - 12:09 م", "ar", "2020-10-07T12:09:00"),
        ("07 أكتوبر 2020 09:15 ص", "ar", "2020-10-07T09:15:00"),
        ("07 أكتوبر 2020 09:15 م", "ar", "2020-10-07T21:15:00"),
        ("Dilluns, Març 23, 2020", "es", "2020-03-23"),
        ("Ortsblatt Nordheide, 27 de Marzo de 2020", "es", "2020-03-27"),
        ("15 अप्रैल 2020", None, "2020-04-15"),
        # Year first, closing its line.
        ("입력 2020.08.27 20:27", None, "2020-08-27T20:27:00"),
        ("2020年07月12日 | 港の日記", None, "2020-07-12"),
    ],
)
def test_other_languages_dates(text: str, language: str | None, iso: str) -> None:
    token = page_language.set(language)
    try:
        parsed = parse_date(text, fallback=False)
    finally:
        page_language.reset(token)
    assert parsed is not None and parsed.iso == iso


@pytest.mark.parametrize(
    "text",
    [
        "2018.04.05 ~ OPEN RUN",  # a programme's item, opened by its day
        "2020/7/11-Harbour 3R sprint",
        "2020 Sparrow Motors Kestrel, G4",
        "Top 5 and 2020",
        "— Mira Holt (@mira_holt) 10. September 2018",  # an embedded post's signature
    ],
)
def test_no_date_in_other_languages(text: str) -> None:
    assert parse_date(text, fallback=False) is None


_HARBOUR_STORY = [
    "Port Lindqvist's harbour board voted on Tuesday to reopen the old ferry line, closed for "
    "eleven years for want of money, after months of hearings with the island's residents.",
    "Councillor Mira Tamsk said the long detours and the shuttered shops on the island had "
    "weighed more than the cost, which the board will share with the fictional Lantern Works.",
    "Engineers expect the repairs to both piers to take nine weeks, and a trial service to run "
    "every day of the week from the first of the month, weather allowing.",
]


def _harbour_page(head: str, before: str, date_line: str) -> str:
    return (
        f'<!doctype html><html><head><meta charset="utf-8">{head}</head><body>{before}'
        "<main><article><h1>Port Lindqvist reopens its ferry line</h1>"
        f"<div>{date_line}</div>"
        + "".join(f"<p>{p}</p>" for p in _HARBOUR_STORY)
        + "</article></main></body></html>"
    )


def _published_of(html: str, url: str | None = None) -> tuple[str | None, str | None]:
    from newsdesk.extract.html import read_html

    page = read_html(html, source="lindqvist.html", url=url, captured_at=None, profile=None)
    [article] = page.articles
    return article.published, article.published_text


def test_a_date_line_in_another_language_is_read_beside_the_headline() -> None:
    # A month named in another language (or none, year first) is a date line as much as an
    # English one: read by our own reader, it is the date as written, and htmldate is not asked.
    lines = {  # line: (published, as written)
        "Opublikowano 19 sierpnia 2020, 5:16": ("2020-08-19T05:16:00", "19 sierpnia 2020, 5:16"),
        "تم نشره الجمعة 24 نيسان / أبريل 2020": ("2020-04-24", "24 نيسان / أبريل 2020"),
        "입력 2020.08.27 20:27": ("2020-08-27T20:27:00", "2020.08.27 20:27"),
        "2020年07月12日": ("2020-07-12", "2020年07月12日"),
    }
    for line, expected in lines.items():
        assert _published_of(_harbour_page("", "", line)) == expected, line


def test_a_date_line_of_another_day_than_the_declared_one_is_not_the_article_s() -> None:
    # The item listed above the story carries its own date line; the story's own comes after
    # its headline. The page declares the story's day (unzoned: the publisher's own day).
    head = '<meta property="article:published_time" content="2020-12-03T18:47">'
    before = (
        '<div><a href="/other">Tram fares rise in Lindqvist</a><div>2 December 2020, 16:34</div>'
        "</div>"
    )
    published, written = _published_of(_harbour_page(head, before, "3 December 2020, 18:47"))
    assert (published, written) == ("2020-12-03T18:47:00", "3 December 2020, 18:47")


def test_a_zoned_stamp_s_morning_may_be_written_as_the_day_before() -> None:
    # 04:31 at -06:00 is still the evening before somewhere west, or the stamp's zone is wrong.
    head = '<meta property="article:published_time" content="2019-11-20T04:31:13-06:00">'
    published, written = _published_of(_harbour_page(head, "", "Nov 19, 2019, 10:31 pm"))
    assert (published, written) == ("2019-11-20T04:31:13-06:00", "Nov 19, 2019, 10:31 pm")
    head = '<meta property="article:published_time" content="2019-11-20T14:31:13-06:00">'
    _, written = _published_of(_harbour_page(head, "", "Nov 19, 2019, 10:31 pm"))
    assert written == "2019-11-20T14:31:13-06:00"  # the afternoon's stamp: another day's line


@pytest.mark.parametrize(
    ("stamp", "day", "another"),
    [
        # The stamp's own day, whatever its hour and zone.
        ("2031-03-11T23:59:00-10:00", "2031-03-11", False),
        ("2031-03-11T00:01:00+13:00", "2031-03-11", False),
        ("2031-03-11", "2031-03-11", False),
        # An unzoned stamp is the publisher's clock: the day before or after is another day.
        ("2031-03-11T00:20:00", "2031-03-10", True),
        ("2031-03-11T23:40:00", "2031-03-12", True),
        # UTC just after midnight is still the evening before from Hawaii to the Americas...
        ("2031-03-11T00:20:00Z", "2031-03-10", False),
        ("2031-03-11T09:59:00+00:00", "2031-03-10", False),
        # ... and no longer anywhere from 10:00.
        ("2031-03-11T10:00:00Z", "2031-03-10", True),
        # UTC late in the day is the next day in Asia and the Pacific from 11:00, not before.
        ("2031-03-11T11:00:00Z", "2031-03-12", False),
        ("2031-03-11T10:59:00Z", "2031-03-12", True),
        # A clock west of UTC written under its zone: UTC's clock under the local label (04:31
        # "-06:00" on the 12th is 22:31 on the 11th there), or the publisher's own.
        ("2031-03-12T04:31:13-06:00", "2031-03-11", False),
        ("2031-03-12T14:31:13-06:00", "2031-03-11", True),
        ("2031-03-11T23:30:00-05:00", "2031-03-12", False),
        # East of UTC, the same: the clock decides, not the zone's label.
        ("2031-03-12T00:15:00+09:00", "2031-03-11", False),
        ("2031-03-12T16:00:00+09:00", "2031-03-11", True),
        ("2031-03-11T18:00:00+09:00", "2031-03-12", False),
        # Two days apart is another day in every zone.
        ("2031-03-11T12:00:00Z", "2031-03-13", True),
        ("2031-03-11T05:00:00Z", "2031-03-09", True),
        # What cannot be read names no other day.
        ("soon", "2031-03-10", False),
        ("2031-03-11T05:00:00Z", "2031-13-40", False),
    ],
)  # fmt: skip
def test_a_day_named_beside_a_stamp_is_another_day_unless_some_zone_shares_it(
    stamp: str, day: str, another: bool
) -> None:
    from newsdesk.extract.dates import names_another_day

    assert names_another_day(stamp, day) is another
    assert names_another_day(stamp, day + "T21:05:00") is another  # a date line's clock aside


def test_the_url_s_day_and_a_date_line_s_are_judged_by_one_rule() -> None:
    # 10:30 UTC on the 2nd is the 1st nowhere a publisher could be: a line or URL naming the 1st
    # names another day; 11:30 UTC is the 3rd in the Pacific, which both may name.
    for clock, line, kept in [
        ("10:30", "1 May 2031, 23:30", False),
        ("11:30", "3 May 2031, 00:30", True),
    ]:
        stamp = f"2031-05-02T{clock}:00Z"
        head = f'<meta property="article:published_time" content="{stamp}">'
        written = _published_of(_harbour_page(head, "", line))[1]
        assert (written == line) is kept, line
        url = f"https://lindqvist.example/news/2031/05/0{line[0]}/ferry-line/"
        published = _published_of(_harbour_page(head, "", "Harbour news"), url)[0]
        assert published == (f"2031-05-0{line[0]}" if kept else f"2031-05-02T{clock}:00+00:00")


def test_a_url_filing_the_stamp_s_own_day_keeps_the_stamp_whole() -> None:
    # 23:10 at -05:00 is the 12th in UTC, but the 11th where the page is stamped, as the URL
    # says: the stamp stays, with its clock and zone.
    head = '<meta property="article:published_time" content="2031-03-11T23:10:00-05:00">'
    url = "https://lindqvist.example/2031/03/11/ferry-line/"
    published, _ = _published_of(_harbour_page(head, "", "Harbour news"), url)
    assert published == "2031-03-11T23:10:00-05:00"


@pytest.mark.parametrize(
    ("name", "month"),
    [
        ("May", 5), ("Sept.", 9), ("june", 6), ("März", 3), ("sierpnia", 8),
        ("نيسان / أبريل", 4), ("Maple", None), ("Tuesday", None),
    ],
)  # fmt: skip
def test_a_month_s_name_in_any_language_dates_knows_names_its_month(
    name: str, month: int | None
) -> None:
    assert month_of(name) == month


@pytest.mark.parametrize(
    "text",
    [
        # A picture's file name inside a line: its day glued by "_" to the name's next part,
        # or a screenshot's name and its day.
        "Harbour crane at dusk 2024-03-05_0017 (photo)",
        "Pier lights 05.03.2024_harbour",
        "Screen Shot 2024-03-05 at 10.33.38 AM",
        "Pier view, Screenshot 2024-03-05 at 09.12.01",
        "Bildschirmfoto 2024-03-05 um 10.12.13",
        "Capture d’écran 2024-03-05 à 10.12.13",
    ],
)
def test_a_pictures_file_name_inside_a_line_holds_no_date(text):
    assert first_date(text) is None
    assert parse_date(text, NOW) is None


def test_a_date_beside_a_file_name_is_still_read():
    # The name refused, a date further on in the line is read; a form field as lynx prints it
    # (its value, then a run of "_") holds its value; a date glued to "_" alone too.
    found = first_date("Screen Shot 2024-03-05 at 10.33.38 AM, posted 7 March 2024")
    assert found is not None and found[1].iso == "2024-03-07"
    found = first_date("07.03.2024__________ Date")
    assert found is not None and found[1].iso == "2024-03-07"
    assert first_date("Posted 2024-03-05 by Ann Example")[1].iso == "2024-03-05"


def test_the_slow_parser_is_never_asked_of_a_file_name(monkeypatch):
    # dateparser reads what the fast parsers leave; a file name is no date for it either.
    asked = []
    monkeypatch.setattr(dates, "_dateparser", lambda text, language: asked.append(text))
    for text in ("Bildschirmfoto 14.III.2024", "Harbour 14-mar-2024 10:00_0017"):
        assert parse_date(text, NOW) is None
    assert not asked
    parse_date("Harbour 14-mar-2024 10:00", NOW)
    assert asked == ["Harbour 14-mar-2024 10:00"]


def _scan_every_place(text):
    """_first_absolute as it was written before its scan was bounded: every place of the line."""
    if dates._FOUR_DIGITS.search(text) is None or dates._DIGITS_APART.search(text) is None:
        return None
    urls = [m.span() for m in dates._URL.finditer(text)] if "://" in text or "www." in text else []
    for m in dates._DATE_START.finditer(text):
        at = m.start()
        if any(a <= at < b for a, b in urls):
            continue
        parsed = dates.parse_absolute(text[at:])
        if parsed and not dates._names_a_file(text, at, at + len(parsed.text)):
            return at, parsed
    return None


def test_date_starts_looked_for_near_figures_only_find_what_a_full_scan_finds():
    # Lines of dates and near-dates with their labels, glued words, stops, commas, brackets
    # and symbols around them, and figures \d does not take ("²", "½").
    pieces = ["Nov.", "November", "Updated:", "Tue,", "By Ann", "News", "3", "14", "2019",
              "March 5, 2024", "Tue, 5 Mar 2024", "Nov. 14, 2019", "Wednesday, May 1 2024",
              "2024-03-05", "05.03.2024", "10:42 am", " ", "  ", ", ", ".", "·", "|", "(", "]",
              "_", "/", "-", "²", "½", "é", "\u00a0", "\u2003", "\t", "www.example.org/2019/",
              "at"]  # fmt: skip
    rng = random.Random(28)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        assert dates._first_absolute(text) == _scan_every_place(text), text


def test_a_day_without_its_year_is_read_against_the_capture_time():
    now = datetime(2026, 1, 3, 9, 0, tzinfo=UTC)
    # Abbreviated units, as news sites print them.
    assert parse_date("1d ago", now).iso == "2026-01-02"
    assert parse_date("22h ago", now).iso == "2026-01-02T11:00:00+00:00"
    assert parse_date("5m ago", now).iso == "2026-01-03T08:55:00+00:00"
    assert parse_date("3mo ago", now).iso == "2025-10-05"
    # A day named by its distance, with the page's clock (its zone unsaid: the day alone).
    assert parse_date("Today 12:34pm", now).iso == "2026-01-03"
    assert parse_date("Yesterday at 3:15 PM", now).iso == "2026-01-02"
    # A day and a month: the latest such day not after the capture.
    assert parse_date("Jan 2", now).iso == "2026-01-02"
    assert parse_date("Wed, Dec 31", now).iso == "2025-12-31"
    assert parse_date("30 December", now).iso == "2025-12-30"
    # Without a capture time none is a date; nor is a day no month has.
    assert parse_date("Jan 2") is None and parse_date("Feb 30", now) is None
    assert parse_date("Today 12:34pm").iso is None
    # Words that only look like a unit are none.
    assert parse_date("5 mph ago", now) is None and parse_date("Harbour 12", now) is None


def test_a_month_matched_case_blind_through_a_folded_letter_is_read_not_a_crash() -> None:
    # sre's IGNORECASE matches the long s to "s" (and the dotless i to "i"): "ſep 5" was
    # matched as a month and day, then looked up as "ſep" (KeyError: the page failed whole).
    from datetime import datetime

    from newsdesk.extract import date_forms, dates

    assert date_forms.month_number("\u017fep") == 9
    assert date_forms.month_number("SEP.") == 9
    now = datetime(2025, 1, 1)
    read = dates.parse_relative("\u017fep 5", now)
    assert read is not None and read.iso == dates.parse_relative("sep 5", now).iso
