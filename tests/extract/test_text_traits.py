"""The shortcuts the text reader takes for speed answer exactly as the tests they stand for.

Traits.marks matches twelve anchored patterns in one call, behind a gate on the line's first
characters, four tests share one search for their words first, and same_line skips the
alignment when the lengths rule it out. Each is checked
against the plain test it replaces, line by line, on our sample dumps, the seeds (when present)
and lines written to hit every pattern.
"""

from __future__ import annotations

import re

import pytest
from rapidfuzz import fuzz

from newsdesk.extract.text import captions, keywords, line_chrome, line_marks, line_prose, shapes
from newsdesk.extract.text.lines import Traits
from newsdesk.extract.text.prefixes import PrefixGate
from tests.extract.dump_lines import dump_lines

# One or more lines for each pattern, in several languages and casings, and near misses.
CRAFTED = [
    "Most Read", "MOST POPULAR", "More from Harbour Times", "Related Articles:", "Lire aussi",
    "Leggi anche:", "Читайте также", "İLGİLİ HABERLER", "Ilgili haberler", "BREAKING NEWS",
    "Just in", "Continue reading at example.org", "Read the full story at Example Post",
    "--------", "━━━━━━━━", "Image copyright Example Agency", "Photo caption A crane at dusk",
    "Twitter post by @harbour: the tide is in", "Skip Instagram post by harbourtimes",
    "Facebook Twitter Google+ Whatsapp", "facebook | twitter", "Share", "Share this article:",
    "Tweet", "Advertisement", "Anzeige", "12 comments", "[image]", "[    ]",
    "[button link=x]Send us your story[/button]", "Read more: The harbour reopens",
    "Also on example.com The ferry returns", "Lire aussi : Le port rouvre", "About the author",
    "Sources:", "About Harbour Times", "Über Hafenblatt", "Comments", "Leave a comment",
    "Kommentare", "Copyright 2024 Harbour Times. All rights reserved.", "Privacy Policy",
    "Download the Harbour Times app", "Subscribe to our newsletter", "Sign up for updates",
    "We use cookies to improve your experience on our website.", "Donate now",
    "Wir verwenden Cookies für die Navigation.", "Nous utilisons des cookies publicitaires.",
    "The harbour master said the ferry would sail at dawn, weather permitting.",
    "most read stories of the week were about the storm and the harbour wall.",
    "Breaking the silence, the pilot spoke about the night of the storm.",
    "Continue", "Related", "Rule", "image", "Share the harbour", "Kommentar schreiben",
    "3 thoughts on “The harbour wall”", "Reader comments", "Subscription required.",
]  # fmt: skip


LINES = dump_lines(CRAFTED)


def test_the_lines_cover_every_pattern() -> None:
    # Without a match for each pattern, the comparison below could not catch a wrong bit.
    for _bit, pattern in line_marks._MARKED:
        assert any(pattern.match(text) for text in LINES), pattern.pattern[:40]


@pytest.mark.parametrize("bit, pattern", line_marks._MARKED, ids=lambda x: str(x)[:30])
def test_marks_agree_with_each_pattern_alone(bit: int, pattern: object) -> None:
    wrong = [
        text
        for text in LINES
        if bool(line_marks.marks_of(Traits(text)) & bit) != bool(pattern.match(text))
    ]
    assert wrong == []


def test_the_shared_word_search_never_hides_a_footer_promo_consent_or_comments() -> None:
    # The tests as they read without the shared search in front of them.
    def plain(text: str) -> tuple[bool, bool, bool, bool]:
        low = text.lower()
        return (
            line_chrome.FOOTER.search(text) is not None
            and line_chrome.contains_any(low, keywords.FOOTER_WORDS),
            len(text) <= 400 and line_chrome._PROMO.search(text) is not None,
            line_chrome.contains_any(low, keywords.CONSENT_WORDS)
            and line_chrome.CONSENT.search(text) is not None,
            line_chrome.COMMENTS_START.search(text) is not None,
        )

    hits = 0
    for text in LINES:
        footer, promo, consent, comments = plain(text)
        hits += footer + promo + consent + comments
        assert not footer or line_chrome.is_footer(Traits(text)), text
        assert not promo or line_chrome.is_promo(Traits(text)), text
        assert not consent or line_chrome.is_consent(Traits(text)), text
        assert not comments or line_chrome.starts_comments(Traits(text)), text
    assert hits >= 10  # the lines do reach these patterns


def test_one_keyword_family_answers_as_all_of_them_do() -> None:
    # Without Hyperscan, long paragraphs are asked one family at a time (keywords.holds).
    for text in LINES:
        low = text.lower()
        found = keywords.families_by_sre(low)
        for bit, _ in keywords.FAMILIES:
            assert keywords.holds(low, bit) == bool(found & bit), text


def test_ends_sentence_answers_as_the_pattern_does() -> None:
    edges = ["", ".", "'", "”’", "Done.”", "Done.”)", "Done.\n", "Done.\n\n", "Done!\n”", "Why?」",
             "Done .", "Done", "Done,", "3:", "… ", "Done.) x"]  # fmt: skip
    for text in [*LINES, *edges]:
        assert line_prose.ends_sentence(text) == bool(line_prose.SENTENCE_END.search(text)), repr(
            text
        )


def test_a_bracketed_credit_is_found_as_the_search_finds_it() -> None:
    edges = ["A harbour at dawn (Photo: Ann Example)", "Boats [AFP] ", "Boats (AFP).",
             "(AFP)", "Boats (Reuters) (AFP)", "Boats (a (b) c)", "Boats [x)", "Boats ()",
             "Boats ( AFP / Getty )  .", "Boats (AFP) and more", "(" * 3 + "AFP)"]  # fmt: skip
    found = 0
    for text in [*LINES, *edges]:
        expected = captions._CAPTION_CREDIT.search(text)
        got = captions._bracketed_credit(text)
        assert (got and got.group(1)) == (expected and expected.group(1)), repr(text)
        found += expected is not None
    assert found >= 8


def test_same_line_answers_as_the_ratio_does() -> None:
    # Lowered, "İ" becomes two characters: lengths far apart as printed, the same lowered.
    turkish = "İİİİ İİİİ İİİİ"
    titles = ["The harbour reopens after the storm", "THE HARBOUR REOPENS AFTER THE STORM", turkish]
    others = [*LINES[:400], "The harbour reopens after the storm.", "The harbour reopens",
              turkish.lower()]  # fmt: skip
    for title in titles:
        for text in others:
            expected = fuzz.ratio(text.lower(), title.lower()) >= 90
            assert shapes.same_line(text, title) == expected, text


def _variants(text: str) -> list[str]:
    return [text, text.upper(), text.lower(), text.title(), text.swapcase()]


def test_the_prefix_gates_let_through_every_line_a_pattern_matches() -> None:
    matched = [
        variant
        for text in LINES
        for variant in _variants(text)
        if line_marks._ALL_MARKS.match(variant).lastindex is not None
    ]
    assert len(matched) >= 100  # every pattern, in several casings
    for text in [*matched, *LINES[:2000]]:
        m = line_marks._ALL_MARKS.match(text)
        expected = sum(bit for bit, group in line_marks._MARK_GROUPS if m.start(group) >= 0)
        assert line_marks.marks_of(Traits(text)) == expected, text
    # And they do turn lines away: ordinary headlines, menu items and prose.
    ordinary = ["Politics", "World news", "The harbour reopens", "Harbour", "Business"]
    heads = line_marks._HEAD_BITS
    assert not any(heads.get(text[:3].lower(), 0) | line_marks._ALWAYS_BITS for text in ordinary)


def test_the_prefix_gate_follows_branches_repeats_classes_and_case_folding() -> None:
    patterns = [re.compile(r"^(?:ab|c\d+x|[=-]{3,})", re.I), re.compile(r"^ſt\b")]
    gate = PrefixGate(patterns)
    through = ["ABC", "c12x", "C9x and more", "---", "=-=-", "ſt"]
    for text in through:
        assert any(p.match(text) for p in patterns), text
        assert gate.may_match(text), text
    # "C9 and more" has no "x" after its digits; "ſ" is "s" only under IGNORECASE.
    for text in ["cba", "cx1", "C9 and more", "--x", "xyz", "stop", "St. Ives"]:
        assert not any(p.match(text) for p in patterns), text
        assert not gate.may_match(text), text
    # A head that is not ASCII, or too short to judge, always goes through.
    assert gate.may_match("Über") and gate.may_match("x")
    # A pattern that may begin with anything lets everything through.
    assert PrefixGate([re.compile(r"^.*end")]).may_match("zzz")
    # "K" (Kelvin sign) matches "k" and "K" under IGNORECASE: the gate asks sre, so it knows.
    kelvin = PrefixGate([re.compile("\u212aey", re.I)])
    assert kelvin.may_match("Key") and kelvin.may_match("key") and not kelvin.may_match("Kay")


def test_a_line_without_four_digits_holds_no_absolute_date() -> None:
    """dates._search_absolute skips lines without four digits in a row: every form
    parse_absolute reads (from any word of any line) has a four-digit year."""
    from newsdesk.extract import dates

    lines = dump_lines(
        [*CRAFTED, "12 Dec 2024 05:45", "Nov. 29, 2024", "2024-05-01", "05/12/2024",
         "12 Dec 24", "Dec 12", "Updated 3:27 am PST, Wednesday, November 20, 2019",
         "٢٠٢٤-٠٥-٠١", "12 ديسمبر ٢٠٢٤", "30.11.2020 18:14 | Last update: 30.11.2020 18:14"]
    )  # fmt: skip
    read = 0
    for text in lines:
        for start in range(len(text)):
            if dates.parse_absolute(text[start:]):
                assert dates._FOUR_DIGITS.search(text[start:]), text
                read += 1
    assert read >= 10


def test_lower_casing_keeps_every_text_s_word_count() -> None:
    """kept.spaced_words counts the lower-cased words: no character lower-cases to a mix of spaces
    and non-spaces, or from a space to a non-space (or back), anywhere in Unicode."""
    import sys

    from newsdesk.extract.text import kept

    for code in range(sys.maxunicode + 1):
        char = chr(code)
        spaces = {c.isspace() for c in char.lower()}
        assert spaces == {char.isspace()}, hex(code)
    for text in dump_lines(CRAFTED):
        assert kept.spaced_words(text) == len(text.split()), text


def test_ascii_words_are_counted_as_splitting_counts_them() -> None:
    """lines._ascii_words counts spaces where single spaces alone separate the words: every
    ASCII character str.split() splits at must send it back to splitting, wherever it stands."""
    import itertools

    from newsdesk.extract.text.lines import _ascii_words, count_words

    spaces = [chr(c) for c in range(128) if chr(c).isspace()]
    assert len(spaces) == 10
    texts = ["", " ", "a", "a b", "ab  cd", " a", "a ", "a b c d e f"]
    texts += [f"a{s}b" for s in spaces] + [f"{s}a b" for s in spaces] + [f"a b{s}" for s in spaces]
    texts += ["".join(p) for p in itertools.product(["a", " ", "\t", "bc"], repeat=4)]
    # The shortcut takes long lines only: the same, padded past its length.
    texts += [t + " the ferry" * 8 for t in texts] + [" the ferry" * 8 + t for t in texts]
    texts += [t for t in dump_lines(CRAFTED) if t.isascii()]
    for text in texts:
        assert _ascii_words(text) == len(text.split()), repr(text)
        assert count_words(text) == len(text.split()), repr(text)
    assert sum(_ascii_words(t) != t.count(" ") + 1 for t in texts) >= 20  # both ways are taken


def test_title_case_counts_capitals_as_str_isupper_does() -> None:
    """line_prose.is_title_case reads an ASCII initial as a capital when it is A-Z: the same answer
    as str.isupper on every line, and on initials beyond ASCII (titlecase "ǅ" is no capital)."""

    def plain(text: str) -> bool:
        words = [w for w in text.split() if len(w) > 3]
        return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.85 * len(words)

    assert all(("A" <= chr(c) <= "Z") == chr(c).isupper() for c in range(128))
    crafted = [
        "Harbour Reopens After Storm Damage", "Harbour reopens after storm damage",
        "Élan Über Ärger Ödland Ystad", "ǅemal Ǆuro Ǉubo Ǌego Ystad", "İstanbul Şehir Çarşı Ğürz",
        "1234 5678 Harbour Reopens After Storm", "Harbour Reopens After Storm today", "a b c",
        "Хабар Новости Порта Открыты", "Хабар новости порта открыты", "The Port And The Quay Now",
    ]  # fmt: skip
    texts = crafted + dump_lines(CRAFTED)
    answers = [line_prose.is_title_case(t) for t in texts]
    assert answers == [plain(t) for t in texts]
    assert sum(answers) >= 5 and answers.count(False) >= 5


def _guess_by_lowering_the_sample(text: str, sample: int = 6_000) -> str | None:
    """language.guess_language as first written: the whole sample lower-cased, then split."""
    from collections import Counter

    from newsdesk.extract import language

    start = max(0, len(text) // 3 - sample // 2)
    words = text[start : start + sample].lower().split()
    tokens = Counter(w for w in words if w in language.FUNCTION_WORDS)
    if not tokens:
        return None
    scores = {lang: sum(tokens[w] for w in ws) for lang, ws in language._WORDS.items()}
    lang, best = max(scores.items(), key=lambda kv: kv[1])
    return lang if best >= 5 else None


def test_the_language_guess_lowers_only_short_tokens_and_answers_the_same() -> None:
    import sys

    from newsdesk.extract import language

    assert all(len(chr(c).lower()) >= 1 for c in range(sys.maxunicode + 1))
    lines = dump_lines(CRAFTED)
    pages = ["\n".join(lines[i : i + 60]) for i in range(0, len(lines), 60)]
    pages += [p.upper() for p in pages] + [p.swapcase() for p in pages]
    # Function words in capitals, in Turkish capitals (İ lower-cases to two characters) and
    # glued into long tokens: counted as the lower-cased sample counts them.
    pages += [
        "THE AND OF TO IN " * 3,
        "İN İS THE AND OF " * 2,
        "Theandof " * 30,
        "DİE UND DAS " * 4,
    ]
    guesses = [language.guess_language(p) for p in pages]
    assert guesses == [_guess_by_lowering_the_sample(p) for p in pages]
    assert len(set(guesses)) >= 3  # several answers reached, None among them


_TRAIT_FIELDS = ("chrome", "comments", "consent", "datable", "footer", "glue", "keys", "marks",
                 "named", "promo", "prose", "score", "text", "words")  # fmt: skip


def test_normalised_lines_and_cached_traits_hold_what_their_constructors_set() -> None:
    """normalise hands each Line the Traits from its shape cache and traits_of caches Traits:
    every field must be what the constructors set (compiled by mypyc or not)."""
    from newsdesk.extract.text.lines import Line, clear_caches, normalise, traits_of

    dump = "\n".join(["• Home", "  Most Read", "", "Al Mayadeen4 days ago", *CRAFTED])
    lines = normalise(dump)
    assert any(line.glued for line in lines)
    for line in lines:
        made = Line(line.text, line.indent, line.bullet, line.blank_before, line.raw_index,
                    line.glued, line.chrome, line.soft_break, line.joins, line.listed)  # fmt: skip
        assert made == line and made.traits is line.traits and made.words == line.words
    for text in dump_lines(CRAFTED)[:200]:
        clear_caches()
        cached, built = traits_of(text), Traits(text)
        assert {f: getattr(cached, f) for f in _TRAIT_FIELDS} == {
            f: getattr(built, f) for f in _TRAIT_FIELDS
        }


def test_every_advert_label_is_a_chrome_word() -> None:
    """read_body asks its advert-label pattern only of lines marked CHROME_WORD."""
    from newsdesk.extract.text import body

    labels = ["advertisement", "advert", "ad", "ads", "sponsored", "anzeige", "publicité"]
    # ... and one alternative more, the label saying where the story goes on (AD_BREAK).
    breaks = line_marks.AD_BREAK.count("|")
    assert body._AD_MARK.pattern.count("|") == len(labels) + breaks
    labels += ["Story continues below advertisement", "Article continues after sponsorship"]
    for label in labels:
        for text in (label, label.upper(), label.title()):
            assert body._AD_MARK.match(text) and line_marks.CHROME_WORDS.match(text), text
    for text in dump_lines(CRAFTED):
        assert not body._AD_MARK.match(text) or line_marks.CHROME_WORDS.match(text), text


def test_a_headline_printed_twice_is_a_teaser_a_sentence_said_over_and_over_is_not() -> None:
    headline = "Harbour reopens after the winter storm"
    assert shapes.repeats_headline(f"{headline} {headline}")
    assert shapes.repeats_headline(f"{headline}.{headline}. Ferries resume")
    sentence = "A paragraph of prose that runs long enough to be the body. "
    assert not shapes.repeats_headline(sentence * 6)
    assert not shapes.repeats_headline(f"{headline} and more after it")


def test_shingles_are_the_runs_of_four_words_joined() -> None:
    """repeats.shingles slices each run out of the words joined once: the same strings as joining
    each run's four words, whatever the spacing, case and script of the paragraph."""
    from newsdesk.extract.text import repeats

    def plain(text: str) -> frozenset[str]:
        words = text.lower().split()
        if len(words) < 4:
            return frozenset({" ".join(words)})
        return frozenset(map(" ".join, zip(words, words[1:], words[2:], words[3:], strict=False)))

    crafted = [
        "", "one", "one two three", "One two three four", "One  two\tthree\u00a0four five ",
        " The ferry RETURNS to the quay at dawn, the ferry returns to the quay. ",
        "Паром вернулся  в порт на рассвете, сказал капитан порта.",
        "İstanbul'da feribot SEFERLERİ yeniden başladı, dedi liman başkanı.",
        "渡轮 在 黎明 时分 返回 码头", "a b c d a b c d a b c d",
    ]  # fmt: skip
    texts = crafted + dump_lines(CRAFTED)
    for text in texts:
        grams = repeats.shingles(text)
        assert len(grams) == len(set(grams)) and set(grams) == plain(text), text
    assert sum(len(repeats.shingles(t)) >= 8 for t in texts) >= 20


def test_menu_runs_are_found_where_the_plain_pattern_finds_them() -> None:
    """weigh._MENU_RUN is tried only where a run of weightless lines starts: the same matches
    as the pattern without the look-behind, on pages of every shape of run."""
    import random

    from newsdesk.extract.text import weigh

    plain = re.compile(rb"\x00{%d,}(?=\x01)" % weigh._LONG_GAP)
    rng = random.Random(7)
    pages = [bytes(rng.choice((0, 0, 0, 1)) for _ in range(n)) for n in range(0, 400, 3)]
    pages += [b"\x00" * n + b"\x01" + b"\x00" * m for n in (0, 14, 15, 16, 40) for m in (0, 15, 99)]
    pages += [
        b"\x01" + b"\x00" * 15 + b"\x01" + b"\x00" * 30 + b"\x01\x01" + b"\x00" * 20 + b"\x01"
    ]
    found = [[m.span() for m in weigh._MENU_RUN.finditer(p)] for p in pages]
    assert found == [[m.span() for m in plain.finditer(p)] for p in pages]
    assert sum(map(len, found)) >= 30
