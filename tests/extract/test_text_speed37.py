"""Session 37's speed changes answer exactly as the code they replaced: a line's plainness asked
as a possessive run matched whole, and the caches of byline, lone_name, holds_share_word and
is_chrome_label."""

from __future__ import annotations

import re

import pytest

from newsdesk.extract import bare_bylines, bylines, facts
from newsdesk.extract.text import headline, lines
from newsdesk.extract.text.plain_patterns import MARKS, NOT_PLAIN

# The tests the possessive runs replaced, as they were.
_OLD_NOT_PRINTED_PLAIN = re.compile("[^\x20-\x7e" + MARKS + "]")

TEXTS = [
    "",
    "The harbour reopened on Monday.",
    "The harbour \u201creopened\u201d on Monday \u2013 at last\u2026",
    "Caf\u00e9 owners in the harbour",  # an accented letter: not printed plain, not plain
    "tab\there",  # a control: plain, not printed plain
    "line\nbreak",
    "\u00a0no-break space",
    "\u2605\u2605\u2605 stars \u00a9 2025 \u20ac 12",
    "\u0928\u092e\u0938\u094d\u0924\u0947 world",
    "\x7f delete",
    "\u201c" * 300 + "x",  # a long run of marks, then ASCII
    "a" * 500 + "\u00e9",  # the other character at the very end
]


@pytest.mark.parametrize("text", TEXTS)
def test_plainness_is_what_the_searches_said(text: str) -> None:
    lines.clear_caches()
    traits = lines.traits_of(text)
    printed_plain = text.isascii() or _OLD_NOT_PRINTED_PLAIN.search(text) is None
    plain = printed_plain or NOT_PLAIN.search(text) is None
    assert traits.plain is plain
    assert traits.words == lines.count_words(text)
    lines.clear_caches()


@pytest.mark.parametrize(
    "text",
    ["By Ann Example", "By ", "Written by Bo Example and Cy Example", "The harbour reopened",
     "By signing in, you agree", "", "Por Ana Ejemplo", "by"],
)  # fmt: skip
def test_byline_cache_answers_as_the_function(text: str) -> None:
    bylines.clear_caches()
    fresh = bylines._byline(text)
    assert bylines.byline(text) == fresh
    assert bylines.byline(text) == fresh  # from the cache: None stays None, "" stays ""
    bylines.clear_caches()
    assert bylines._BYLINES == {}


def test_lone_name_gives_each_caller_a_list_of_its_own() -> None:
    first = bare_bylines.lone_name("Ann Example")
    assert first == ["Ann Example"]
    first.append("Bo Example")  # a caller adding to its list changes no other caller's
    assert bare_bylines.lone_name("Ann Example") == ["Ann Example"]
    assert bare_bylines.lone_name("\u2014 Ann Example") == []
    assert bare_bylines.lone_name("Share on Facebook") == []


@pytest.mark.parametrize(
    "text", ["Share this article", "Tweet", "Harbour Times quits Facebook", "The harbour", ""]
)
def test_holds_share_word_cached_answers_as_the_search(text: str) -> None:
    expected = facts._may_share(text) and facts._SHARE_WORD.search(text) is not None
    assert facts.holds_share_word(text) is expected
    assert facts.holds_share_word(text) is expected


@pytest.mark.parametrize(
    "text", ["Harbour Times Media |", "Harbour 18 22 13 17 70", "In Harbour City", "A headline"]
)
def test_is_chrome_label_cached_answers_as_its_tests(text: str) -> None:
    expected = (
        headline.CHROME_LABEL.match(text) is not None
        or headline._AUTHOR_BOX.search(text) is not None
        or text.endswith((" |", " /", " ·", " »", " ›"))
        or headline._numbers_row(text)
        or headline._dateline(text)
    )
    assert headline.is_chrome_label(text) is expected
    assert headline.is_chrome_label(text) is expected


@pytest.mark.parametrize(
    "text", [*TEXTS, "\u0130stanbul \u201cHarbour\u201d", "MIXED Case \u2014 \u00c9t\u00e9"]
)
def test_lowered_is_str_lower(text: str) -> None:
    lines.clear_caches()
    assert lines.lowered(text) == text.lower()  # a text of no line: str.lower() itself
    traits = lines.traits_of(text)
    assert traits.marked is (traits.plain and not text.isascii())
    assert lines.lowered(text) == text.lower()  # a line's text: through its UTF-8 if marked
    lines.clear_caches()


@pytest.mark.parametrize(
    "text",
    [
        "Caf\u00e9 \u201cx\u201d",
        "\u4e2d\u6587\u5b57",
        "a\ufffd\ufffdb",
        "\uff26\uff55",
        "\ud55c\uad6d text",
    ],
)
def test_wide_columns_as_counted_by_the_search(text: str) -> None:
    from newsdesk.extract.text import wrap_width

    s = wrap_width._UNREADABLE_RUN.sub("\ufffd", text)
    assert wrap_width._wide_columns(text) == len(s) + len(wrap_width._WIDE.findall(s))


@pytest.mark.parametrize(
    "text", ["By Ann Example", "By signing in, you agree", "Written by Bo Example", "bylaw", "Home"]
)
def test_by_byline_cache_answers_as_the_patterns(text: str) -> None:
    bylines.clear_caches()
    m = bylines.BYLINE.match(text)
    expected = (
        text[:1] in bylines._BY_INITIALS
        and m is not None
        and bylines._BY_DOING.match(m.group(1)) is None
    )
    assert bylines.by_byline(text) is expected
    assert bylines.by_byline(text) is expected
    bylines.clear_caches()
    assert bylines._BY_BYLINES == {}
