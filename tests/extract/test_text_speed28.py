"""Session 28's speed changes leave the reading as it was: the language guess finds a token's
function word among their cased forms (language._FUNCTION_FORMS) instead of lower-casing it;
the text reader's hottest caches are plain dicts (lines.traits_of, lines._shape_of,
kept.lowered_words).
"""

from __future__ import annotations

import sys

from newsdesk.extract.language import (
    _FUNCTION_FORMS,
    _LONGEST,
    FUNCTION_WORDS,
    _cased_forms,
    guess_language,
)


def test_cased_forms_are_every_character_lowering_to_it() -> None:
    wanted = set("".join(FUNCTION_WORDS))
    found: dict[str, set[str]] = {char: set() for char in wanted}
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        lowered = char.lower()
        if lowered in found:
            found[lowered].add(char)
        elif len(lowered) > 1:
            # A character lower-casing to several ("\u0130": an "i" and a combining dot):
            # one of them must be no function word's, or a token holding it could
            # lower-case to one.
            assert set(lowered) - wanted, hex(code)
    for char, forms in found.items():
        assert set(_cased_forms(char)) == forms, char
    # Lower-casing in context (a final sigma) touches no function word's characters.
    assert not {"\u03c3", "\u03c2"} & wanted


def _old_tokens(text: str, sample: int = 6_000) -> dict[str, int]:
    """The function words guess_language counted before session 28 (each token lower-cased)."""
    start = max(0, len(text) // 3 - sample // 2)
    tokens: dict[str, int] = {}
    for token in text[start : start + sample].split():
        if len(token) <= _LONGEST and token.lower() in FUNCTION_WORDS:
            tokens[token.lower()] = tokens.get(token.lower(), 0) + 1
    return tokens


def test_function_forms_find_what_lower_casing_found() -> None:
    tokens = [
        "The", "THE", "tHe", "the", "\u212aan", "And", "AND,", "F\u00dcR", "F\u00fcr", "\u0130n",
        "In", "\u0418", "\u0438", "\u041d\u0430", "\u0641\u064a", "Na", "N\u00c3O", "\u00c7ok",
        "Theme", "them", "\u201cthe", "de", "DE", "Der", "\u03a3", "\u00e9t\u00e9",
    ]  # fmt: skip
    for token in tokens:
        lowered = token.lower()
        expected = lowered if len(token) <= _LONGEST and lowered in FUNCTION_WORDS else None
        assert _FUNCTION_FORMS.get(token) == expected, token
    text = " ".join(tokens * 3)
    assert guess_language(text) == "en"
    start = max(0, len(text) // 3 - 3_000)
    counted: dict[str, int] = {}
    for token in text[start : start + 6_000].split():
        word = _FUNCTION_FORMS.get(token) if len(token) <= _LONGEST else None
        if word is not None:
            counted[word] = counted.get(word, 0) + 1
    assert counted == _old_tokens(text)


def test_plain_dict_caches_answer_as_the_functions_do() -> None:
    from newsdesk.extract.text import kept, lines

    text = "The harbour \u201creopened\u201d on Monday"
    lines.clear_caches()
    kept.clear_caches()
    first = lines.traits_of(text)
    assert lines.traits_of(text) is first and first.words == lines.count_words(text)
    assert kept.lowered_words(text) == tuple(text.lower().split())
    assert kept.lowered_words(text) is kept.lowered_words(text)
    shaped = lines.normalise("  \u2022 Home\n\nThe harbour reopened on Monday.\n")
    again = lines.normalise("  \u2022 Home\n\nThe harbour reopened on Monday.\n")
    assert shaped == again
    assert all(a.traits is b.traits for a, b in zip(shaped, again, strict=True))
    lines.clear_caches()
    assert lines.traits_of(text) is not first
