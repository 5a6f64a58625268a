"""Session 39's speed changes (helper a) give the answers of the code they replaced: each old
form is written out here as the reference and asked of varied inputs (ASCII, the plain marks,
other scripts, spaces and controls of every kind, empty, long)."""

from __future__ import annotations

import random
import re

import pytest

from newsdesk.extract import language
from newsdesk.extract.text import keywords, line_chrome, lines, shapes, story_tables, tail
from newsdesk.extract.text.lines import Line, Traits, lowered, lowered_of, traits_of
from newsdesk.extract.text.plain_patterns import MARKS, PLAIN_TEXT

# lines.Traits before session 39: the printed plain text told by a possessive run of a class.
_OLD_PRINTED_PLAIN = re.compile("[\x20-\x7e" + MARKS + "]*+")

_SAMPLES = [
    "",
    " ",
    "a",
    "  a  b  ",
    "Hello, world",
    "\tTabbed\tline ",
    "one\x0btwo\x0cthree\rfour\x1cfive\x1dsix\x1eseven\x1feight",
    "“Quoted” – and … more",
    "Café au lait",
    "Straße İstanbul ıſ",
    "\u00a0no-break\u00a0spaces\u00a0",
    "\u2003em space\u3000ideographic",
    "控制 中文 text",
    "x" * 63,
    "x " * 31 + "y",
    "word " * 40,
    "“" + "long paragraph with curly quotes ’ — " * 20 + "”",
    "ascii\x00null\x7fdel",
    "\U0001f600 emoji",
]


def _texts(n: int = 4000) -> list[str]:
    rng = random.Random(39)
    alphabet = (
        [chr(c) for c in range(128)]
        + list(MARKS)
        + list("éàüßİıſ\u00a0\u2003\u3000\u0085\u2028中文ก\U0001f600")
        + [" "] * 20
        + list("abcdefghijklmnopqrstuvwxyz") * 3
    )
    texts = list(_SAMPLES)
    for _ in range(n):
        size = rng.choice((1, 3, 10, 20, 40, 63, 64, 65, 100, 300))
        texts.append("".join(rng.choice(alphabet) for _ in range(size)))
    return texts


def test_is_mark_is_marks():
    assert {c for c in range(0x110000) if lines._is_mark(c)} == {ord(m) for m in MARKS}


@pytest.mark.parametrize("text", _texts())
def test_word_counts_and_plain_as_before(text):
    if text.isascii():
        assert lines._ascii_words(text) == len(text.split())
        assert lines._short_words(text) == len(text.split())
    printed = _OLD_PRINTED_PLAIN.fullmatch(text) is not None
    assert (lines._marked_words(text) >= 0) == printed
    if printed:
        assert lines._marked_words(text) == len(text.split())
    traits = Traits(text)
    if text.isascii():
        assert (traits.plain, traits.marked) == (True, False)
    elif printed:
        assert (traits.plain, traits.marked) == (True, True)
    else:
        assert traits.plain == traits.marked == (PLAIN_TEXT.fullmatch(text) is not None)
    assert traits.words == lines.count_words(text)


@pytest.mark.parametrize("text", _texts(1000))
def test_lowered_is_lower(text):
    lines.clear_caches()
    assert lowered(text) == text.lower()  # a text of no line
    traits = traits_of(text)
    assert traits.low is None
    assert lowered_of(traits) == text.lower()
    assert traits.low == text.lower()
    assert lowered(text) == text.lower()  # a line's, from its Traits
    lines.clear_caches()


def test_may_open_label_as_the_pattern():
    for c in range(0x3000):
        ch = chr(c)
        for text in (ch, ch + "ags:", ch + "opics:", ch + "x"):
            if tail._TAGS_LABEL.match(text):
                assert tail._may_open_label(text), text
    assert not tail._may_open_label("")


def _line(text: str) -> Line:
    return Line(text)


@pytest.mark.parametrize(
    "above",
    [
        "The results of the vote were as follows:",
        "The results of the vote were as follows:^12",
        "The results of the vote were as follows: [3]",
        "The results of the vote were as follows:\n[3]",
        "The results of the vote were as follows:[3]\n",
        "The results of the vote were as follows [3]",
        "The results of the vote were as follows:٣",
        "The results:",
        "The results of the vote were as follows:2",
        "The results of the vote were as follows:^1234",
        "",
    ],
)
def test_announced_table_as_before(above):
    rows = [_line(above), _line("12"), _line("Name"), _line("3,5 %")]
    old_announced = False
    for line in rows[:1]:
        text = story_tables._NOTE_MARK.sub("", line.text)
        old_announced = old_announced or (line.words >= 6 and text.endswith(":"))
    old = (
        old_announced
        and sum(1 for x in rows[1:] if story_tables._NUMBER_CELL.match(x.text)) * 3 >= 3
    )
    assert story_tables.announced_table(rows, 1, 4) == old
    assert story_tables.announced_table(rows, 0, 4) == (
        story_tables.announced_table([rows[0], *rows], 1, 5)
    )


@pytest.mark.parametrize("text", [*_texts(1000), "Istanbul İ", "ı", "ſome", "WWW.EXAMPLE"])
def test_may_hold_as_before(text):
    keys = ("www.", "istanbul", "some", "ab", "“q")
    old = line_chrome.contains_any(text.lower(), keys) or (
        not text.isascii() and ("ı" in text or "İ" in text or "ſ" in text)
    )
    lines.clear_caches()
    assert line_chrome.may_hold(text, keys) == old
    traits_of(text)
    assert line_chrome.may_hold(text, keys) == old
    lines.clear_caches()


def test_bullet_first_is_the_set():
    assert {c for c in range(0x110000) if lines._bullet_first(c)} == {
        ord(ch) for ch in lines._BULLET_FIRST
    }


def _row_texts() -> list[str]:
    rng = random.Random(2439)
    cells = ["Tidemark Junior", "45 €", "no", "2,3", "$19.99", "Name", "1775", "yes", "“Quote”"]
    seps = ["  ", "\t\t", "\t", " \u2009", " ", "\u00a0\u00a0", "\x1c\x1c", " \x01 ", "   "]
    texts = []
    for _ in range(3000):
        texts.append(rng.choice(seps).join(rng.choice(cells) for _ in range(rng.randint(1, 5))))
    return texts


@pytest.mark.parametrize("text", [*_row_texts(), *_texts(1000)])
def test_table_row_as_before(text):
    traits = Traits(text)
    old = story_tables._WIDE_GAPS.split(text.strip())
    old_row = len(old) >= 3 and any(story_tables._NUMBER_CELL.match(cell) for cell in old[1:])
    assert story_tables.table_row(text, traits.plain) == old_row


def test_settled_as_before():
    rng = random.Random(39)
    words = sorted(language._LANGUAGES_OF)
    for _ in range(3000):
        tokens = {w: rng.randint(1, 12) for w in rng.sample(words, rng.randint(0, 40))}
        first = second = 0
        leader = ""
        for lang, score in language._scores(tokens).items():
            if score > first:
                first, second, leader = score, first, lang
            elif score > second:
                second = score
        old = (
            first >= language._SETTLED
            and first >= language._SETTLED_RATIO * second
            and sum(leader in language._LANGUAGES_OF[w] for w in tokens) >= language._SETTLED_WORDS
        )
        assert language._settled(tokens) == old


def test_money_family_holds_the_signs():
    for sign in "$€£":
        assert sign in keywords.MONEY_WORDS
        assert keywords.families_by_sre(sign) & keywords.MONEY


@pytest.mark.parametrize(
    "text",
    [
        "Kettle 2000, White89,99 €Acme Lamp 19,99 €Zenith",
        "$19.99Zenith Lamp $5Acme",
        "£5Tea £6Cake",
        "A story that names one price, $5, and goes on.",
        "No price at all",
        "Prix 12,50 €Lampe 13,00 €Table",
    ],
)
def test_glued_shop_row_with_the_page_scan(text):
    old = len(shapes._GLUED_PRICE.findall(text)) >= shapes._GLUED_PRICES
    lines.clear_caches()
    assert shapes.is_glued_shop_row(text) == old  # a text of no line
    traits = traits_of(text)
    traits.keys = keywords.families_by_sre(text.lower())  # the page scan's answer
    assert shapes.is_glued_shop_row(text) == old
    lines.clear_caches()


@pytest.mark.parametrize(
    "text",
    [
        *_texts(500),
        "08:45 Title one here 08:38 Another title 08:30 «Daily» news 08:15 Last one of them",
        "The meeting at 08:15, then at 09:30, and again at 10:45 am was long and it went on",
        "a:b:c " * 10,
    ],
)
def test_timed_feed_as_before(text):
    for words in (5, 12, 30):
        if words < 12 or text.count(":") < 3:
            old = False
        else:
            opening = sum(not text[end].islower() for end in shapes._feed_time_ends(text))
            old = opening >= 3 and words <= 25 * opening
        assert shapes.is_timed_feed(text, words) == old
