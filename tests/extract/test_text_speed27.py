"""Session 27's speed changes leave the reading as it was: a text's plainness and words settled
together (lines.Traits), the language's scores summed over the function words found
(language.guess_language), and the plain tail's photo-word gate in front of captions'
_LABELLED_CREDIT.
"""

from __future__ import annotations

from newsdesk.extract.language import _WORDS, guess_language
from newsdesk.extract.text import captions
from newsdesk.extract.text.lines import Traits, count_words
from newsdesk.extract.text.plain_patterns import is_plain

TEXTS = [
    "The harbour reopened on Monday after the storm.",
    "The harbour \u201creopened\u201d on Monday \u2014 after the storm, the mayor said. " * 3,
    "Tabs\tinside\ta line", "A wrap\x01join inside", "Two  spaces  between words " * 4,
    "Caf\u00e9 on the quay",
    "\u041f\u0440\u0438\u0441\u0442\u0430\u043d\u044c \u043e\u0442\u043a\u0440\u044b\u0442\u0430",
    "\u6e2f\u53e3\u5df2\u7ecf\u91cd\u65b0\u5f00\u653e", "No-break\u00a0space here",
    "\u2022 \u00a9 Harbour Courier \u2122 \u2026", "Thin\u2009space and \u2018quotes\u2019",
    "\u0e17\u0e48\u0e32\u0e40\u0e23\u0e37\u0e2d \u201cquoted\u201d", "", " ", "\u201c\u201d",
    "Line\x1fwith a unit separator \u2019s", "Ends with a tab\t", " leading space \u2019",
]  # fmt: skip


def test_traits_plain_and_words_as_asked_apart() -> None:
    for text in TEXTS:
        traits = Traits(text)
        assert traits.plain == is_plain(text), repr(text)
        assert traits.words == count_words(text), repr(text)


def _old_guess(text: str, sample: int = 6_000) -> str | None:
    """guess_language as it was before session 27 (scores summed language by language)."""
    from newsdesk.extract.language import _LONGEST, FUNCTION_WORDS

    start = max(0, len(text) // 3 - sample // 2)
    tokens: dict[str, int] = {}
    for token in text[start : start + sample].split():
        if len(token) <= _LONGEST and token.lower() in FUNCTION_WORDS:
            tokens[token.lower()] = tokens.get(token.lower(), 0) + 1
    if not tokens:
        return None
    scores = {lang: sum(tokens.get(w, 0) for w in words) for lang, words in _WORDS.items()}
    lang, best = max(scores.items(), key=lambda kv: kv[1])
    return lang if best >= 5 else None


def test_language_guess_unchanged() -> None:
    samples = [
        "The harbour and the quay of the town were said to be in the news for the week " * 3,
        "Der Hafen und die Stadt ist nicht mit den Booten von der Insel auf der Karte " * 3,
        "de la les et des est une dans pour que de la les " * 2,  # shared words: ties
        "El puerto y la ciudad de los barcos que en del por con una para " * 2,
        "de de de de de e e e a a o o que que",  # words of several languages only
        "nothing here",
        "",
    ]
    for text in samples:
        assert guess_language(text) == _old_guess(text), text


def test_labelled_credit_gate_refuses_only_lines_the_pattern_refuses() -> None:
    lines = [
        "The harbour at dawn. Photo: Ann Example", "Boats at rest. PHOTOGRAPH: Bo Example/Agency",
        "The quay / Foto Ann Example", "The pier \u201cat night\u201d. Image credit: Example",
        "Gulls over the pier. Pic: Harbour Courier", "A ferry. Immagine: Anna Esempio",
        "A ferry. Imagem: Ana Exemplo", "Boats. Bild: Ann Beispiel", "Boats. Kuva: Ann Esimerkki",
        "Boats. \u212auva: Ann Esimerkki", "Boats. \u0130mage: Ann Example",
        "He said: the council met again on Monday to decide", "Routes / and more / of it",
        "Boats at the quay. \u00a9 Bo Example",
        "Boats. \u0424\u043e\u0442\u043e: \u0410\u043d\u043d\u0430",
        "Boats. Fot\u00f3: Bo P\u00e9lda", "Boats \u2014 credit: Bo Example",
        "Storm over the pier. Source: Harbour Trust", "Sailings by month. SOURCE: Harbour Office",
        "Sailings. Quelle: Hafenamt", "Barcos. Fuente: Puerto", "Barcos. Fonte: Porto",
    ]  # fmt: skip
    for text in lines:
        found = captions._LABELLED_CREDIT.search(text[-80:]) is not None
        if found:
            assert captions._labelled_credit(text) is not None or _refused_after(text), text


def _refused_after(text: str) -> bool:
    """The checks after the pattern (a caption of three words, a credit of names) refuse it."""
    m = captions._LABELLED_CREDIT.search(text[-80:])
    assert m is not None
    before = text[: len(text) - len(text[-80:]) + m.start()]
    return len(before.split()) < 3


# Line ends a picture's or a credit's pattern may close, plain and not, in several cases.
ENDS = [
    "The pier at dawn. Getty Images", "The pier at dawn. GETTY IMAGES", "Ferries (Credits: PTI)",
    "Gulls over the quay iStockphoto", "Gulls \u201cat rest\u201d Shutterstock",
    "The quay at dusk \u2014 Courtesy Harbour Trust", "Boats \u2014 AFP photo", "Boats. File Photo",
    "Boats in the harbour at night", "Routes \u2014 stock prices fell", "Gulls, Bo Example/AP",
    "The pier \u212aUVA", "Ferries \u0130STOCK", "Boats (credit: Ann Example)",
]  # fmt: skip


def test_plain_gates_refuse_only_lines_their_patterns_refuse() -> None:
    for text in ENDS:
        tail = text[-40:]
        if captions._PICTURE_TAIL.search(tail) is not None:
            assert not captions._plain_without(tail, captions._TAIL_KEYS), text
        if captions._CREDIT_LEAD.search(text) is not None:
            assert not captions._plain_without(text, captions._LEAD_KEYS), text
    # Beyond plain, the gate does not tell (IGNORECASE folds the Kelvin sign to "k").
    assert not captions._plain_without("Gulls \u212a", ("k",))
    assert captions._plain_without("Boats in the harbour \u201cat night\u201d", captions._TAIL_KEYS)


def test_glued_teaser_pattern_matches_as_before() -> None:
    import re

    from newsdesk.extract.text import shapes

    before = re.compile(r"^(?:\S+\s+){3,16}?\S*[a-z0-9?!](?=[A-Z][a-z]*\s)")
    lines = [
        "Harbour Council Votes To Reopen PierThe council met on Monday",
        "Ferry Timetable Changes Announced Today For Winter 2024A new timetable starts",
        "Ann McPherson Opens New Gallery Near The QuayVisitors came early",
        "The council met on Monday and said nothing at all about it",
        "One Two Three FourFive six",
        "A  b\tc   d  eF g",
    ]
    for text in lines:
        old, new = before.match(text), shapes._GLUED_TEASER.match(text)
        assert (old and old.span()) == (new and new.span()), text


def test_reading_minutes_gate() -> None:
    from newsdesk.extract import facts

    assert facts.reading_minutes("4 Min Read") == 4
    assert facts.reading_minutes("Reading time: 5 minutes read") == 5
    assert facts.reading_minutes("12-min read") == 12
    assert facts.reading_minutes("3 M\u0130N READ") == 3  # beyond ASCII: asked of the pattern
    assert facts.reading_minutes("The 4 minutes we lost") is None


def test_small_letter_blocks_hold_no_small_letter() -> None:
    from newsdesk.extract.text import broken_sentences

    for code in [*range(0x2000, 0x2070), *range(0x2500, 0x2800)]:
        assert not chr(code).islower(), hex(code)
        assert not broken_sentences._small_letter(code)
    assert broken_sentences._small_letter(ord("\u00e9")) and broken_sentences._small_letter(
        ord("\u24d0")
    )
    assert broken_sentences._small_letter(ord("\u2071")) and not broken_sentences._small_letter(
        ord("\u2019")
    )


def test_line_digits_as_counted_by_character() -> None:
    from newsdesk.extract.text import sign_off
    from newsdesk.extract.text.lines import Line
    from newsdesk.extract.text.plain_patterns import MARKS

    assert not any(mark.isdigit() for mark in MARKS)
    texts = [
        "Call 555 0100 2233 \u2019today\u2019", "Tel.: +44 20 7946 0000", "No figures here",
        "\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668 Arabic-Indic", "\u00b2\u00b3 1234567",
        "12345678", "1234567", "\u2460\u2461 circled 123456",
    ]  # fmt: skip
    for text in texts:
        line = Line(text)
        assert sign_off._line_has_digits(line) == sign_off._has_digits(text), text
        line.traits.datable = None  # not asked yet: the same answer
        assert sign_off._line_has_digits(line) == sign_off._has_digits(text), text
    bare = Line("No figures here at all")
    bare.traits.datable = False  # the page scan found no digit
    assert not sign_off._line_has_digits(bare)


def test_server_error_lines() -> None:
    from newsdesk.extract.text import page_chrome

    assert page_chrome._is_server_error("Warning: Undefined variable in /srv/www/a.php on line 46")
    assert not page_chrome._is_server_error("Warning: storms ahead on line 4 of the ferry route.")
    assert not page_chrome._is_server_error("Notice: the pier reopens in 2024")
