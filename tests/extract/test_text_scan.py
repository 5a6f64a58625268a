"""Hyperscan answers the text reader's per-line pattern questions exactly as sre does.

page_scan.py asks every new plain line of a page the anchored patterns (marks), the keyword
families and the glued-capital test in one scan; keywords.py asks the families of any line in
one scan. Each answer is checked against sre's, line by line, on the sample dumps, the seeds
(when present) and lines written for the places where the two engines' defaults differ
(Python's \\s, its IGNORECASE folding, anchors, long lines).
"""

from __future__ import annotations

import re
from operator import attrgetter

import pytest

from newsdesk.extract import dates
from newsdesk.extract.text import keywords, line_chrome, line_marks, page_scan, shapes, site_name
from newsdesk.extract.text.lines import Line, Traits
from tests.extract.dump_lines import dump_lines

hyperscan = pytest.importorskip("hyperscan")

from newsdesk.extract.text.hyperscan_db import database  # noqa: E402
from newsdesk.extract.text.plain_patterns import (  # noqa: E402
    Untranslatable,
    hyperscan_source,
    is_plain,
)

# Where the engines' defaults differ, and every pattern's near misses.
EDGES = [
    "Yazdır", "YAZDIR", "yazdir", "Yazdir",  # "ı" of a pattern matches "I" and "i" under re.I
    "Most\x1cRead", "Read\x1fmore: a title", "Image\x1ccaption x",  # \s of Python, not of PCRE
    "Most Read  ", "Most Read!!", "Most Read x", "most read", "MOST READ:", "Share", "SHARE",
    "Share this", "Share this article:", "Related:", "Related: The harbour", "Related -x",
    "----", "-----", "=====", "-----x", "[image]", "[    ]", "[img src=x]", "[a]b",
    "Continue reading at", "Continue reading at Example", "Keep reading on X ",
    "Read the full story at The Post", "Read more at", "About Harbour Times:", "about x",
    "Sources", "Sources:", "sources :", "Comments", "2 comments", "Leave a comment",
    "Download the app", "APP STORE", "Cookie settings", "We use COOKIES", "Follow us",
    "Harbour reopens after stormThe ferry returns to the quay", "a" * 199 + "Ab ",
    "a" * 198 + "xAb ", "a" * 250 + "xAb c", "xAb" + "c" * 300 + " ", "Headline9Hours ago",
    "Twitter post by @x", "Skip Instagram post by x", "Facebook Twitter Google+ Whatsapp",
    "Also on example.com Another", "Also at example.c", "Lire aussi : Le port", "x", "",
    "“Most Read”", "Most Read —", "—————", "━━━━━", "═════", "• • •", "Share ★", "© 2024 Harbour",
    "IFRAME: https://x.example/v", "IFRAME:x",
    "Harbour’s quay reopensThe ferry’s back", "Read more: “The harbour”", "Related » A title",
    "It’s a “glued”Headline here", "☆☆☆☆☆", "Comments…", "Yazdır…", "Most Read…",
    "Download the Daily8 app", "GET THE APP", "Welcome To Harbour", "Harbour Times publishes",
    "Harbour Times Publishes", "It is a", "it IS A", "Brings you", "brings you", "aboutness",
    "We use cookies to improve your experience", "Accept all cookies", "Sign up for our newsletter",
    "Subscribe to our newsletter and get the app", "A designer signed the support letter",
    "3 hours ago", "Updated today", "AGO", "Chicago", "12 Dec 2024", "Yesterday’s news",
    "ago’", "Just now", "just nowhere", "Comments are closed", "Leave a reply", "Privacy Policy",
    "the happy apparatus", "Download our app", "Follow us on Instagram",
]  # fmt: skip


def _lines() -> list[str]:
    texts = dump_lines(EDGES)
    variants = [v for t in texts for v in (t, t.upper(), t.lower(), t.swapcase())]
    return list(dict.fromkeys(variants))


LINES = _lines()


def _lines_of(traits: list[Traits]) -> list[Line]:
    """Lines holding these (uncached) Traits: the test's answers stay its own."""
    return [Line(t.text, traits=t) for t in traits]


def _by_sre(text: str) -> tuple[int, int, bool]:
    marks = sum(bit for bit, pattern in line_marks._MARKED if pattern.match(text))
    glue = shapes._GLUE_POINT.search(text, 0, 200) is not None
    return marks, keywords.families_by_sre(text.lower()), glue


def test_the_page_scan_answers_every_plain_line_as_sre_does() -> None:
    traits = [Traits(text) for text in LINES]
    page_scan.scan_page(_lines_of(traits))
    asked = [t for t in traits if t.marks is not None]
    assert len(asked) == sum(map(is_plain, LINES))  # the others are left to sre
    assert sum(not text.isascii() for text in map(attrgetter("text"), asked)) >= 20
    hits = [0, 0, 0, 0]
    for t in asked:
        marks, keys, glue = _by_sre(t.text)
        assert (t.marks, t.keys) == (marks, keys), t.text
        # The glue bit looks at the whole line, sre at its first 200 characters.
        assert t.glue == glue or (len(t.text) > 200 and t.glue), t.text
        assert shapes.is_glued_teaser(t.text, t.glue) == shapes.is_glued_teaser(t.text), t.text
        named = site_name._may_name_site(t.text)
        assert t.named == named, t.text
        hits = [hits[0] + bool(marks), hits[1] + bool(keys), hits[2] + glue, hits[3] + named]
    assert min(hits) >= 5  # the lines reach every kind of answer
    # Every mark is reached, so a wrong bit for any pattern would show.
    assert all(any(t.marks & bit for t in asked) for bit, _ in line_marks._MARKED)


def _facts_by_sre(text: str) -> tuple[bool, bool, bool, bool, bool]:
    """The facts shapes.py and dates.py work out per line, asked of sre alone."""
    keys = keywords.families_by_sre(text.lower())
    footer = bool(keys & keywords.FOOTER) and line_chrome.FOOTER.search(text) is not None
    consent = bool(keys & keywords.CONSENT) and line_chrome.CONSENT.search(text) is not None
    promo = (
        len(text) <= 400 and bool(keys & keywords.PROMO) and bool(line_chrome._PROMO.search(text))
    )
    comments = (len(text) < 60 and bool(line_marks.ARTICLE_END.match(text))) or (
        bool(keys & keywords.COMMENTS) and line_chrome.COMMENTS_START.search(text) is not None
    )
    datable = bool(dates._DIGIT.search(text) or dates._WORDY_RELATIVE.search(text))
    return footer, consent, promo, comments, datable


def test_the_page_scan_settles_the_slow_searches_as_sre_does() -> None:
    traits = [Traits(text) for text in LINES]
    page_scan.scan_page(_lines_of(traits))
    asked = [t for t in traits if t.marks is not None]
    hits = [0] * 5
    for t in asked:
        facts = _facts_by_sre(t.text)
        assert (t.footer, t.consent, t.promo, t.comments, t.datable) == facts, t.text
        # The functions that ask them agree (on fresh Traits, which they answer themselves).
        assert dates.may_be_date(t.text) == t.datable, t.text
        assert line_chrome.is_footer(Traits(t.text)) == t.footer, t.text
        hits = [n + fact for n, fact in zip(hits, facts, strict=True)]
    assert min(hits) >= 3  # every fact is reached, so a wrong bit would show


def test_the_page_scan_leaves_lines_it_cannot_answer_exactly() -> None:
    fresh, other, asked_before = Traits("Über uns"), Traits("Most Read"), Traits("Share")
    asked_before.marks = 0  # already answered: not asked again
    page_scan.scan_page(_lines_of([fresh, other, other, asked_before]))
    assert fresh.marks is None and fresh.keys is None  # not plain: the per-line tests answer
    assert other.marks == line_marks.LIST and asked_before.marks == 0 and asked_before.keys is None


def test_the_keyword_families_scan_answers_as_sre_does() -> None:
    lowered = [text.lower() for text in LINES]
    found = [keywords.families(low) for low in lowered]
    assert found == [keywords.families_by_sre(low) for low in lowered]
    assert {bit for bits in found for bit in (1, 2, 4, 8) if bits & bit} == {1, 2, 4, 8}
    # Keys in other scripts, matched byte for byte in UTF-8.
    assert keywords.families("свидетельство о регистрации") == keywords.FOOTER
    assert keywords.families("댓글") == keywords.COMMENTS


def _compiled(source: bytes) -> object:
    db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    db.compile(expressions=[source], ids=[1], elements=1, flags=[0])
    return db


def _hyperscan_match(db: object, text: str) -> bool:
    found: list[int] = []
    db.scan(text.encode(), lambda *match: found.append(1))
    return bool(found)


def test_a_translated_pattern_matches_the_same_plain_texts() -> None:
    patterns = [
        re.compile(r"^(?:ab|c\d+x|[=-]{3,})\s*$", re.I), re.compile(r"^yazdır$", re.I),
        re.compile(r"^\w+\b.*?\S$"), re.compile(r"^(?i:about) [A-Z]\w*"), re.compile(r"x[^\]]y"),
        re.compile(r"^(?:über|more)\W*$", re.I), re.compile(r"^[━—–\-]{3,}$"),
        re.compile(r"^read\s*[:»-]\s*\S", re.I), re.compile(r"^x.y$"), re.compile(r"\bab\b"),
    ]  # fmt: skip
    texts = ["ab", "AB ", "c12x", "C9 x", "---", "=-", "YAZDIR", "yazdir", "Yazdır", "word x",
             "word ", "about Harbour", "About harbour", "x]y", "xzy", "more!!", "MORE x",
             "über", "a\x1c", "ab\x1c", "---\x1f", "x’y", "x’’y", "x]y’", "—━–", "——",
             "more…", "MORE “", "Read » x", "read»“", "read - ’", "’ab’", "“ab”x", "xab’",
             "word’", "ab—"]  # fmt: skip
    for pattern in patterns:
        db = _compiled(hyperscan_source(pattern))
        for text in texts:
            if is_plain(text):
                assert _hyperscan_match(db, text) == bool(pattern.search(text)), (pattern, text)
    # A pattern no plain text can match has no expression; look-arounds are refused.
    assert hyperscan_source(re.compile("^über$")) is None
    with pytest.raises(Untranslatable):
        hyperscan_source(re.compile(r"a(?=b)"))


def test_compiled_databases_are_kept_and_rebuilt_when_damaged(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("NEWSDESK_CACHE_DIR", str(tmp_path))
    args = ([rb"harbou?r"], [1], [hyperscan.HS_FLAG_SINGLEMATCH])

    def matches(db: object, text: bytes) -> int:
        found: list[int] = []
        db.scan(text, lambda *match: found.append(1))
        return len(found)

    built = database("test", *args)
    (kept,) = tmp_path.glob("test-*.hsdb")
    loaded = database("test", *args)  # from the file
    assert matches(built, b"the harbor") == matches(loaded, b"the harbor") == 1
    kept.write_bytes(b"damaged")
    assert matches(database("test", *args), b"harbour") == 1  # built again, file rewritten
    assert kept.read_bytes() != b"damaged"
    # Another expression: another file, never the first one's automaton.
    assert matches(database("test", [rb"ferry"], [1], [0]), b"the harbor") == 0
    assert len(list(tmp_path.glob("test-*.hsdb"))) == 2
