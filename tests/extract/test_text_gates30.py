"""The shortcuts session 30 put into the text reader read as the searches they replace: each
gate lets through every line its pattern matches, and each shortcut finds what the pattern or
the slower reading found (crafted lines, then every line of the sample and seed dumps).
"""

from __future__ import annotations

import re
import sys

import pytest

from newsdesk.extract.text import title_choice, title_signals
from newsdesk.extract.text.lines import Line
from tests.extract.dump_lines import dump_lines

WORDS = [
    "The harbour's new pier opens on Monday", "snake_case_name and __init__ and ____",
    "Über die Brücke: 2024-05-03, 12:30 Uhr", "naïve café — l'été déjà",
    "e\u0301te\u0301 d'e\u0301te\u0301", "١٢٣٤ مرحبا بالعالم", "Ⅻ chapters, ²³ notes, ½ cup",
    "don't won't can't shouldn't", "(Agency) Harbour at dawn. [X] ( ) (*) ____",
    "東京の港で新しい桟橋 opens", "ΣΊΣΥΦΟΣ ΚΑΙ ΟΔΥΣΣΈΑΣ",
    "a\u00a0b\u2003c\u3000dddd\u2028eeee", "x" * 3, "abcd", "word—word–word", "emoji🙂word🙂",
]  # fmt: skip


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return dump_lines(WORDS)


def test_word_characters_are_what_sre_reads_as_word_characters() -> None:
    word = re.compile(r"\w")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        is_word = word.fullmatch(char) is not None
        assert title_signals.word_char(char) == is_word, hex(code)
        if is_word:  # no space character str.split() parts at is a word character
            assert len(f"x{char}x".split()) == 1, hex(code)


def test_long_words_are_what_the_pattern_finds(lines: list[str]) -> None:
    for t in lines:
        for text in (t, t.casefold()):
            assert title_signals.long_words(text) == set(title_signals.LONG_WORD.findall(text)), (
                text
            )


def _words_but(page: title_choice._Page, i: int) -> set[str]:
    """The body's words but line i's, read off each line as before the search (folded_tokens)."""
    out: set[str] = set()
    for k, folded in enumerate(page.body_folded):
        if page.start + k != i:
            out |= title_signals.folded_tokens(folded)
    return out


def test_said_words_are_found_as_the_word_sets_found_them(lines: list[str]) -> None:
    said = 0
    pages = [lines[k : k + 14] for k in range(0, min(len(lines), 4000), 7)]
    pages.append(["Harbour pier opens", "The harbour_pier opens at dawn", "pier-harbour opens."])
    for texts in pages:
        page_lines = [Line(t) for t in texts]
        for start in (0, 3, 6):
            if start >= len(page_lines):
                continue
            page = title_choice._Page(
                page_lines, start, len(page_lines), 0, {}, [False] * len(page_lines)
            )
            for i in range(len(page_lines)):
                tokens = title_signals.tokens(page_lines[i].text)
                expected = min(len(tokens & _words_but(page, i)), title_choice._SAID_WORDS)
                if page.spaced:
                    assert page.says(tokens, i) == expected, (texts[i], start)
                else:
                    assert page.words_but(i) == _words_but(page, i)
                said += expected > 0
    assert said > 100


def test_stands_needs_no_word_character_either_side() -> None:
    assert title_signals.stands("the harbour, at dawn", "harbour")
    assert title_signals.stands("harbour\npier", "pier")
    assert title_signals.stands("harbours harbour", "harbour")
    assert not title_signals.stands("harbours harbour_", "harbour")
    assert not title_signals.stands("seaharbour", "harbour")
    assert not title_signals.stands("harbour2", "harbour")


def test_told_and_form_gates_let_every_match_through(lines: list[str]) -> None:
    told = form = 0
    for t in lines:
        if title_signals._TOLD.search(t):
            told += 1
            assert title_signals.told(t), t
        if title_signals._FORM.search(t):
            form += 1
            assert title_signals.form(t), t
        assert not title_signals.told(t) or title_signals._TOLD.search(t)
        assert not title_signals.form(t) or title_signals._FORM.search(t)
    assert told > 10 and form > 1


MARKED = [
    "Самое читаемое", "ПОХОЖИЕ НОВОСТИ", "Читайте также:", "————————", "━━━━━━━━", "—— ——",
    "☆ Harbour news", "Über Ann Example", "À propos de Harbour", "Ähnliche Artikel",
    "Écouter", "ΔΗΜΟΦΙΛΗ", "많이 본 뉴스", "관련 뉴스", "İmage caption: the pier", "ſhare",
    "Ｆacebook Twitter", "أخبار ذات صلة", "Đọc nhiều nhất", "“Most read”", "Most read",
    "—", "", "a", "ad", "(BUTTON) Teilen", "[image]", "IFrame", "Reverse link: x",
]  # fmt: skip


def test_first_character_gate_lets_every_match_through(lines: list[str]) -> None:
    from newsdesk.extract.text import line_marks
    from newsdesk.extract.text.lines import Traits

    matched = 0
    for t in dump_lines(MARKED) + lines:
        each = 0
        for bit, pattern in line_marks._EACH_MARK:
            if pattern.match(t):
                each |= bit
                assert bit & line_marks._ANY_FIRST_BITS or line_marks._FIRST_CHAR.match(t), t
        assert line_marks.marks_of(Traits(t)) == each, t
        matched += each != 0 and not t[:3].isascii()
    assert matched >= 12


def test_first_items_of_patterns() -> None:
    from newsdesk.extract.text.prefixes import first_char_pattern, first_items

    def firsts(source: str, flags: int = 0) -> str | None:
        found = first_items(re.compile(source, flags))
        if found is None:
            return None
        gate = first_char_pattern(found)
        return "".join(c for c in "acikszACIKSZ-_1 ſİıйЙ\u212a" if gate.match(c))

    assert firsts(r"^(?:ab|c)d") == "ac"
    assert firsts(r"^(?:is|k)", re.I) == "ikIKİı\u212a"
    assert firsts(r"^s?(?i:z)*c") == "cszZ"
    assert firsts(r"^x?(?i:s)", re.I | re.U) == "sSſ"
    assert firsts(r"^(?=a)[\d\-]+") == "-1"
    assert firsts(r"^(?:a|)c") == "ac"
    assert firsts(r"^a*") is None  # (may take no character)
    assert firsts(r"^.a") is None
    assert firsts(r"^(?:[^a]|b)") is None
    assert firsts(r"^\w", re.A) is None  # (a flag the walk does not model)
    assert firsts(r"^[й-я]", re.I) == "йЙ"


def test_has_words_counts_as_the_sums_did(lines: list[str]) -> None:
    from newsdesk.extract.text.headline import has_words

    crafted = ["1 / 9", "3 - 1", "Harbour 9", "a b", "ab cd", "x1y2 z3w4", "Ｆé, ÀB", "1a2b c"]
    for t in crafted + lines:
        slow = sum(1 for w in t.split() if sum(ch.isalpha() for ch in w) >= 2) >= 2
        assert has_words(t) == slow, t


def test_nested_bullet_gate_lets_every_match_through(lines: list[str]) -> None:
    from newsdesk.extract.text.lines import _BULLET, _BULLET_FIRST, normalise
    from tests.extract.dump_lines import SAMPLES, SEEDS

    crafted = ["• • LIVE", "* - Harbour", "١. item", "٣) item", "12. item", "– – x", "•\u3000x"]
    raw = [
        row.strip()
        for folder in (SAMPLES, SEEDS)
        for dump in sorted(folder.glob("*.txt"))
        for row in dump.read_text(encoding="utf-8").splitlines()
    ]
    assert sum(1 for t in raw if _BULLET.match(t)) > 50
    for t in crafted + raw + lines:
        if _BULLET.match(t):
            assert t[0] in _BULLET_FIRST or t[0].isdigit(), t
    texts = [line.text for line in normalise("  • • LIVE\n  * ١. Harbour news\n")]
    assert texts == ["LIVE", "Harbour news"]


def test_app_word_gate_lets_every_match_through(lines: list[str]) -> None:
    from newsdesk.extract.text.site_name import _APP_WORD, _may_name_app

    crafted = [
        "Download the Daily8 app", "Get the HARBOUR APP today", "Harbour AI\tnews", "x\x1cai",
        "Explore what Harbour AI can do", "the happy apple said again", "Aİ", "İt ıs",
        "Harbour Aİ", "Harbour Aı", "Baixe o\u00a0App", "Скачайте\u3000app", "ÉtÉ\u2003AI",
    ]  # fmt: skip
    matched = 0
    for t in crafted + lines:
        if _APP_WORD.search(t):
            matched += 1
            assert _may_name_app(t, t.lower()), t
    assert matched >= 5
    maple = "the happy maple said again"
    assert not _may_name_app(maple, maple.lower())


def test_feed_times_found_from_the_colons(lines: list[str]) -> None:
    from newsdesk.extract.text.shapes import _FEED_TIME, _feed_time_ends

    crafted = [
        "08:45 «Daily». Title 08:38 Title 21:47 Another title", "at 08:15, then 9:30 am",
        "1:2:3 12:30 Title 123:45 Title ²9:15 Title ٠٨:٤٥ Title", "https://example.com 10:00 X",
        "23:59 A 24:00 B 7:05\u3000C 19:07:22 D 5:5 E :45 F 19:07  G", "9:15", ":",
    ]  # fmt: skip
    found = 0
    for t in crafted + lines:
        ends = [m.end() for m in _FEED_TIME.finditer(t)]
        assert _feed_time_ends(t) == ends, t
        found += len(ends)
    assert found >= 10


def test_feed_times_found_from_the_colons_in_every_arrangement() -> None:
    import random

    from newsdesk.extract.text.shapes import _FEED_TIME, _feed_time_ends

    rng = random.Random(30)
    marks = "0125639::  \u3000aA«²٣x"
    for _ in range(20000):
        t = "".join(rng.choice(marks) for _ in range(rng.randrange(16)))
        assert _feed_time_ends(t) == [m.end() for m in _FEED_TIME.finditer(t)], t


def test_role_gate_lets_every_match_through(lines: list[str]) -> None:
    from newsdesk.extract.bylines import ROLE_AT_END, role_at_end

    crafted = [
        "Ann Example Harbour editor", "Ann Example, STAFF WRITER", "Ann Example Senior Columnist\n",
        "Ann Example Contrİbutor", "Ann Example Contrıbutor", "Ann Example Columnıst", "x ſ editor",
        "Ann Example Editor\n\n", "Ann Example\u00a0Reporter", "The editor said so",
    ]  # fmt: skip
    matched = 0
    for t in crafted + lines:
        for text in (t, " " + t.strip()):
            found = ROLE_AT_END.search(text)
            assert (role_at_end(text) is None) == (found is None), text
            matched += found is not None
    assert matched >= 6
