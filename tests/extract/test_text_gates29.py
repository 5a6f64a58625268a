"""The cheap tests session 29 put in front of slow searches leave the reading as it was: each
gate lets through every line its pattern matches (crafted lines, in other cases and with the
letters sre folds that str.lower() does not: "İ", "ı", "ſ"; then every line of the sample and
seed dumps), and the shortcuts count and parse as the searches did.
"""

from __future__ import annotations

import pytest

from newsdesk.extract import date_forms, dates
from newsdesk.extract.text import line_chrome, picture_lines, shapes, wrap_width
from tests.extract.dump_lines import dump_lines

MAILING = [
    "Sign up for our newsletter to get the harbour's news each morning.",
    "SUBSCRIBE TO OUR daily briefing", "Register for our weekly digest", "Get our free newsletters",
    "Read our e-mail newsletter", "Delivered straight to your inbox every Friday.",
    "News into your email inbox", "Enter your e-mail below to continue", "ENTER YOUR EMAIL",
    "Register now to read the whole story", "Register for free to enjoy more stories",
    "Regİster now to read on", "Sign up to our İNBOX", "Straight to your ınbox",
    "Subſcribe to our digest",
]  # fmt: skip

SHOP = [
    "Example Wool Coat, $240, available at Example Store; Example boots.",
    "Example Lamp, 89 € erhältlich bei Example Shop", "Example Lamp, 89 euros, disponible chez Ex",
    "Example Grill 300     249 Euro     Bei Example", "Example Kettle\t\t49 € at Example Shop",
    "Example Kettle\u2003 49 € at Example Shop", "Example Coat, $240, AVAİLABLE at Example Store",
    "Example Coat, £99, ERHÄLTLICH bei Example",
]  # fmt: skip


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return dump_lines(MAILING + SHOP)


def test_mailing_gate_lets_every_match_through(lines: list[str]) -> None:
    # (both patterns: the site's call and its weaker wording, session 29's recall rule)
    patterns = (line_chrome._MAILING, line_chrome._MAILING_WEAK)
    matched = [t for t in lines if any(p.search(t) for p in patterns)]
    assert len(matched) >= len(MAILING) - 1
    assert [t for t in matched if not line_chrome.may_hold(t, line_chrome._MAILING_KEYS)] == []


def test_shop_gate_lets_every_match_through(lines: list[str]) -> None:
    matched = [t for t in lines if picture_lines._SHOP_CREDIT.search(t)]
    assert len(matched) >= len(SHOP)
    for t in matched:
        gap = ("  " in t or not t.isprintable()) and picture_lines._GAP.search(t) is not None
        assert gap or line_chrome.may_hold(t, picture_lines._SHOP_KEYS), t
    for t in lines:  # the gap's shortcut never says no where the search finds one
        if picture_lines._GAP.search(t):
            assert "  " in t or not t.isprintable(), t


RELATIVE = [
    "4 days ago", "time9 hours ago", "22h ago", "AN HOUR AGO", "one week ago", "3mo Ago",
    "Today 12:34pm", "YESTERDAY at 3:15 PM", "today, 9:05", "yesterday", "Oct 19", "19 October",
]  # fmt: skip


def test_relative_gates_read_as_the_patterns(lines: list[str]) -> None:
    for t in dump_lines(RELATIVE) + lines:
        s = t.strip()
        if dates._RELATIVE.match(s):
            assert s.lower().endswith("ago"), s
        if dates._DAY_WORD_CLOCK.match(s):
            assert ":" in s, s
    now = dates.datetime(2024, 5, 3, 12, 0)
    assert dates.parse_relative("AN HOUR AGO", now).iso == "2024-05-03T11:00:00"
    assert dates.parse_relative("Yesterday at 3:15 PM", now).iso == "2024-05-02"


ABSOLUTE = [
    "12 Dec 2024 05:45", "Nov. 29, 2024", "Wednesday, November 20, 2019 3:27 am", "2020-02-20",
    "2020-02-20 13:52", "30.11.2020 18:14", "06/01/2025", "19 sierpnia 2020, 5:16",
    "Mai 03, 2017", "2020. március 16.", "2020.08.27 20:27", "2020年07月12日", "Tue 3 May 2024",
    "٢٠٢٠-٠٢-٢٠", "²2020-02-20", "Sunday 2020-02-20", "x 12 Dec 2024",
]  # fmt: skip


def _parse_absolute_all_forms(text: str) -> dates.ParsedDate | None:
    """parse_absolute as it was: every form tried in turn, whatever the line opens with."""
    s = text.strip()
    m = date_forms._DAY_MONTH_YEAR.match(s)
    if m:
        return dates.parse_absolute(text)
    m = date_forms._MONTH_DAY_YEAR.match(s)
    if m:
        month = date_forms.month_number(m.group(1))
        clock = date_forms._clock(*m.group(4, 5, 6, 7))
        return date_forms.make_date(
            s[: m.end()].strip(" ,"), int(m.group(3)), month, int(m.group(2)), clock
        )
    if date_forms._ISO.match(s) or date_forms._NUMERIC.match(s):
        return dates.parse_absolute(text)
    return date_forms._parse_other(s) if s else None


def test_parse_absolute_reads_as_every_form_did(lines: list[str]) -> None:
    for t in ABSOLUTE + lines:
        for at in range(min(len(t), 12)):
            assert dates.parse_absolute(t[at:]) == _parse_absolute_all_forms(t[at:]), t[at:]
    assert dates.parse_absolute("Nov. 29, 2024").iso == "2024-11-29"


def test_glued_shop_row_needs_two_signs(lines: list[str]) -> None:
    row = "Kettle 2000, White89,99 €Acme Lamp 19,99 €Zenith Fan"
    assert shapes.is_glued_shop_row(row)
    assert not shapes.is_glued_shop_row("Kettle 2000, White89,99 €Acme Lamp")
    for t in [*lines, row]:
        # (as before the count: the pattern's findings alone)
        assert shapes.is_glued_shop_row(t) == (len(shapes._GLUED_PRICE.findall(t)) >= 2), t


def test_columns_counts_wide_letters_as_two(lines: list[str]) -> None:
    assert wrap_width.columns("新聞 harbour") == 12
    assert wrap_width.columns("“Harbour”") == 9
    for t in [*lines, "東京、大阪", "a\ufffd\ufffdb 日本"]:
        s = t if "\ufffd" not in t else wrap_width._UNREADABLE_RUN.sub("\ufffd", t)
        assert wrap_width.columns(t) == len(s) + len(wrap_width._WIDE.findall(s)), t


NAVIGATION = [
    "« Previous post", "PREVIOUS ARTICLE", "Prev story", "Next Post »", "Older entry", "Newer post",
    "Previous / Next", "Article précédent", "Billet suivant", "Artículo anterior",
    "Entrada siguiente", "Noticia anterior", "Artigo seguinte", "Notícia anterior",
    "Vorheriger Artikel", "Nächster Beitrag", "NÄCHSTE ARTIKEL", "Articolo precedente",
    "Post successivo", "Vorig artikel", "Volgend artikel", "Zur Startseite", "Back to home",
    "← Back to the homepage", "Retour à l'accueil", "Volver a la portada", "Torna alla home",
    "Terug naar de homepage", "Voltar à página inicial", "Prevİous post", "Poſt precedente",
    "Artıcolo successivo", "...Next article",
]  # fmt: skip


def test_navigation_gate_lets_every_match_through(lines: list[str]) -> None:
    from newsdesk.extract.text import line_score

    matched = [t for t in dump_lines(NAVIGATION) + lines if line_score.POST_NAVIGATION.match(t)]
    assert len(matched) >= len(NAVIGATION) - 3
    assert [t for t in matched if not line_score._may_navigate(t)] == []
    assert not line_score._may_navigate("The harbour reopened on Monday")
    assert not line_score._may_navigate("Board votes on the new pier")


def test_figure_shortcuts_find_what_the_searches_find(lines: list[str]) -> None:
    for t in [
        *lines, "Election 2020", "١٢٣٤ harbour", "page 12 of 300", "x٣", "no figures",
        "12 é 2020", "2020é", "20é20 1", "1 2345", "2345 1", "12345", "Pier 12, 2020",
        "20۱۹", "on 20۱۹, 5", "2020 ١", "2020 page ۱",
    ]:  # fmt: skip
        assert dates.four_figures(t) == (dates._FOUR_DIGITS.search(t) is not None), t
        apart = dates.four_figures(t) and dates._DIGITS_APART.search(t) is not None
        assert dates._figures_apart(t) == apart, t
        assert dates._has_figure(t) == (dates._DIGIT.search(t) is not None), t


def test_blocks_read_on_hold_no_figure() -> None:
    import sys

    for code in range(128, sys.maxunicode + 1):
        if dates._no_figure(code):
            assert dates._DIGIT.match(chr(code)) is None, hex(code)


def test_table_row_gap_gate_reads_rows_as_the_split(lines: list[str]) -> None:
    from newsdesk.extract.text import story_tables
    from newsdesk.extract.text.lines import traits_of

    rows = [
        "Tidemark Junior    45 €    no    2,3", "Tidemark\tJunior\t\t45 €\t\tno",
        "Tide\x1c\x1c45\x1c\x1cno", "Tidemark Junior\u2003\u200345 €\u2003\u2003no",
        "Harbour Lamp 45 € no",
    ]  # fmt: skip
    for t in rows + lines:
        cells = story_tables._WIDE_GAPS.split(t.strip())
        split = len(cells) >= 3 and any(story_tables._NUMBER_CELL.match(c) for c in cells[1:])
        assert story_tables.table_row(t, traits_of(t).plain) == split, t
    assert story_tables.table_row(rows[0], True) and story_tables.table_row(rows[1], True)
