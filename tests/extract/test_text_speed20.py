"""The cheap tests put in front of slow searches in session 20 let through every text the search
matches: checked on lines written for each of the pattern's words (in other cases, with the
letters sre folds onto ASCII and Cyrillic ones: "İ", "ı", "ſ", "K", "ᲂ"), then on every line
of the sample and seed dumps. A search rewritten to backtrack less matches as it did."""

from __future__ import annotations

import re

from newsdesk.extract import bylines, date_forms, dates, facts
from newsdesk.extract.text import repeats
from tests.extract.dump_lines import dump_lines

# A line for each word of facts._SHARE_WORD, in several cases and spellings.
SHARE_CRAFTED = [
    "Share this story", "SHARING IS CARING", "ſhare on Harbour", "Email this to someone",
    "E-MAIL", "Tweet", "facebook", "FaceBook Twitter", "Twİtter", "twıtter", "WhatsApp",
    "LİNKEDİN", "lınkedın", "Pinterest", "Telegram", "reddit", "Messenger", "Flipboard",
    "Tumblr", "Google Plus", "google+", "Googleplus", "BlogThis!", "Teilen", "Partager",
    "Partagez", "Compartir", "Compartilhe", "compartilhar", "Condividi", "Delen via Whatsapp",
    "Udostępnij", "Поделиться", "ПОДЕЛИТЬСЯ", "пᲂделиться", "Share on FacebookShare on Twitter",
]  # fmt: skip


def test_share_gate_lets_through_every_match() -> None:
    texts = dump_lines(SHARE_CRAFTED)
    missed = [t for t in texts if facts._SHARE_WORD.search(t) and not facts._may_share(t)]
    assert missed == []


def test_share_crafted_lines_match_the_pattern() -> None:
    """Every crafted line is one the pattern matches (else it checks nothing)."""
    assert [t for t in SHARE_CRAFTED if not facts._SHARE_WORD.search(t)] == []


def test_share_gate_rules_out_lines_without_the_words() -> None:
    assert not facts._may_share("The council voted on Tuesday to repair the old harbour bridge.")
    assert facts.is_share_bar("ſhare on FACEBOOK")
    assert facts.is_share_bar("Twİtter")
    assert not facts.is_share_bar("Harbour Times quits Facebook over the cost of its adverts")


# date_forms._NAMED_DAY_FIRST as it was written before its runs of letters were made possessive.
_NAMED_DAY_FIRST_BACKTRACKING = re.compile(
    date_forms._NAMED_DAY_FIRST.pattern.replace(date_forms._LETTERS + "+", date_forms._LETTERS),
    re.I,
)
DATE_CRAFTED = [
    "10 März 2020", "14. März 2019 von Ann", "5 de junio de 2019, 12:30", "19 sierpnia 2020, 5:16",
    "24 نيسان / أبريل 2020", "3 Mai 2017 13:45", "10 Places to Travel in 2020", "2 de març 2021",
    "7 listopada 2020 r.", "12 Dec 2024 05:45", "9 Things to Know About 2025 Before Spring",
]  # fmt: skip


def test_possessive_letters_match_the_same_dates() -> None:
    assert _NAMED_DAY_FIRST_BACKTRACKING.pattern != date_forms._NAMED_DAY_FIRST.pattern
    texts = dump_lines(DATE_CRAFTED)
    texts += [t[m.start() :] for t in texts for m in dates._DATE_START.finditer(t)]

    def read(pattern: re.Pattern[str], text: str) -> tuple | None:
        m = pattern.match(text)
        return None if m is None else (m.span(), m.groups())

    old, new = _NAMED_DAY_FIRST_BACKTRACKING, date_forms._NAMED_DAY_FIRST
    differ = [t for t in texts if read(old, t) != read(new, t)]
    assert differ == []
    assert sum(date_forms._NAMED_DAY_FIRST.match(t) is not None for t in DATE_CRAFTED) >= 6


def test_shingles_are_the_distinct_runs_of_four_words() -> None:
    text = "The ferry left the harbour at noon and the ferry left the harbour again at six"
    words = text.lower().split()
    runs = {" ".join(words[i : i + 4]) for i in range(len(words) - 3)}
    grams = repeats.shingles(text)
    assert len(grams) == len(set(grams)) == len(runs)
    assert set(grams) == runs
    assert repeats.shingles("Three short words") == ("three short words",)


def test_every_date_read_inside_a_line_has_two_runs_of_figures() -> None:
    """dates._first_absolute scans only lines with two runs of figures apart (_DIGITS_APART):
    every date parse_absolute reads at a place a date may start has them."""
    texts = dump_lines([*DATE_CRAFTED, "Election 2020", "© 2019 Harbour Media", "2024-05-03"])
    missed = [
        t
        for t in texts
        if any(dates.parse_absolute(t[m.start() :]) for m in dates._DATE_START.finditer(t))
        and dates._DIGITS_APART.search(t) is None
    ]
    assert missed == []
    assert dates.first_date("Ann Example | 3 May 2024, 10:31") is not None
    assert dates._DIGITS_APART.search("© 2019 Harbour Media") is None


BYLINES_CRAFTED = [
    "By Ann Example", "BY ANN EXAMPLE", "Written by Ann Example", "Words by Bo Example",
    "Reporting by Ann Example", "Posted by Bo Example", "PUBLISHED BY Ann Example",
    "Par Jean Exemple", "Por Ana Ejemplo", "Von Jan Beispiel", "Door Piet Voorbeeld",
    "Oleh Budi Contoh", "Af Ida Eksempel", "Av Kari Eksempel", "Автор: Иван Пример",
    "АВТОР: Иван Пример", "Autor: Ana Ejemplo", "Autorin: Eva Beispiel", "Text: Eva Beispiel",
    "Tekst: Ida Eksempel", "Artikel von: Von Jan Beispiel",
]  # fmt: skip


def test_byline_initials_let_through_every_byline() -> None:
    texts = dump_lines(BYLINES_CRAFTED)
    missed = [
        t
        for t in texts
        if (bylines.BYLINE.match(t) or bylines._FOREIGN_BYLINE.match(t))
        and t[:1] not in bylines._BYLINE_INITIALS
    ]
    assert missed == []
    assert [t for t in texts if bylines.BYLINE.match(t) and t[:1] not in bylines._BY_INITIALS] == []
    assert all(bylines.byline(t) for t in BYLINES_CRAFTED)
    assert bylines.by_byline("BY ANN EXAMPLE") and not bylines.by_byline("Ann Example")
