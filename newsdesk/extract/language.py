"""A cheap guess of a page's language from its commonest function words.

Good enough to tell the date parser which language to read (dateparser is slow when it must try
all of them) and to fill `Article.language`; not a general language identifier.
"""

from __future__ import annotations

from itertools import product
from typing import Final

_STOPWORDS: Final = {
    "en": "the and of to in is that for with was on as by at from has have are said",
    "de": "der die und das ist nicht mit den von zu sich auf für eine dem auch",
    "fr": "le la les et des est une dans pour que qui pas sur par au avec",
    "es": "el la los las y de que en del por con una para es se su",
    "it": "il la di che e per una sono del della non con gli nel anche",
    "pt": "o a os as e de que em do da para com uma não no na",
    "nl": "de het een en van is dat op te in met voor niet zijn",
    "tr": "ve bir bu da de için ile olarak olan gibi daha çok",
    "id": "dan yang di ini itu dengan untuk dari dalam tidak akan",
    "ru": "и в не на что с по как это он она из за",
    "ar": "في من على إلى أن عن مع هذا التي الذي كان هذه بعد بين",
    "fa": "در به از که این را با است برای می آن یک شده",
}
_WORDS: Final = {lang: tuple(dict.fromkeys(words.split())) for lang, words in _STOPWORDS.items()}
# Every language's function words: a word among them is no name of anything (dates.py).
FUNCTION_WORDS: Final = frozenset().union(*_WORDS.values())
# Lower-casing never shortens a word (every character lower-cases to one or more): a token longer
# than the longest function word is none, whatever its case.
_LONGEST: Final = max(map(len, FUNCTION_WORDS))
KNOWN_LANGUAGES: Final = tuple(_STOPWORDS)
# The languages each function word is a word of, in _WORDS's order.
_LANGUAGES_OF: Final = {
    word: tuple(lang for lang, words in _WORDS.items() if word in words) for word in FUNCTION_WORDS
}


# Characters lower-casing to a character other than themselves, beyond str.upper's answer: the
# Kelvin sign lower-cases to "k" (tests/extract check this against every code point).
_MORE_CASED: Final = {"k": "\u212a"}


def _cased_forms(char: str) -> tuple[str, ...]:
    """Every character that lower-cases to `char` alone (itself among them)."""
    forms = dict.fromkeys((char, char.upper(), char.title(), *_MORE_CASED.get(char, "")))
    return tuple(form for form in forms if len(form) == 1 and form.lower() == char)


# Every token that lower-cases to a function word, and that word: "The", "THE" and "tHe" as
# well as "the". Lower-casing maps a text character by character (one character only, "İ", to
# two: an "i" and a combining dot no function word holds; a final sigma no function word holds
# either), so a token lower-cases to a function word exactly when each of its characters is
# one of the cased forms of the word's character in its place: looked up as it is, a token
# need not be lower-cased first.
_FUNCTION_FORMS: Final = {
    "".join(forms): word
    for word in FUNCTION_WORDS
    for forms in product(*(_cased_forms(char) for char in word))
}


# The sample is read a piece at a time, and reading stops once one language leads so clearly
# that the rest would not change which: on the studied pages' dumps (1,284 of them, five sets,
# three renderers) every guess is the whole sample's.
_PIECE: Final = 1_500
_SETTLED: Final = 30  # function words of the leading language at least
_SETTLED_RATIO: Final = 3  # and as many times those of the next
_SETTLED_WORDS: Final = 5  # and that many different ones


def guess_language(text: str, sample: int = 6_000) -> str | None:
    # The middle of a page is its text; the top is menus, in any language.
    start = max(0, len(text) // 3 - sample // 2)
    end = min(len(text), start + sample)
    # Splitting at spaces is four times faster than a \w+ regex; a function word glued to
    # punctuation now and then does not change which language has the most. Each token is
    # the lower-cased word it would split into (see kept.spaced_words), found among the
    # function words' cased forms as it is (_FUNCTION_FORMS): no token is lower-cased, and
    # only tokens short enough to be one are hashed.
    tokens: dict[str, int] = {}
    counted = 0  # function words read: the leading language has no more (see _settled)
    at = start
    while at < end:
        stop = text.find(" ", at + _PIECE, end)  # a piece ends at a space: no word cut in two
        stop = end if stop < 0 else stop
        for token in text[at:stop].split():
            if len(token) <= _LONGEST:
                word = _FUNCTION_FORMS.get(token)
                if word is not None:
                    tokens[word] = tokens.get(word, 0) + 1
                    counted += 1
        at = stop
        if at < end and counted >= _SETTLED and _settled(tokens):
            break
    if not tokens:
        return None
    # The first language with the most (as max() picks among equals).
    found, best = "", -1
    for lang, score in _scores(tokens).items():
        if score > best:
            found, best = lang, score
    return found if best >= 5 else None


def _scores(tokens: dict[str, int]) -> dict[str, int]:
    """Each language's count of function words: each word found adds its count to the
    languages it is a word of (a page holds a few dozen of them)."""
    scores = dict.fromkeys(_WORDS, 0)
    for word, n in tokens.items():
        for lang in _LANGUAGES_OF[word]:
            scores[lang] += n
    return scores


def _settled(tokens: dict[str, int]) -> bool:
    """Whether one language leads the others clearly enough to stop reading, by many of its
    words: a menu's bullets ("o", as inscriptis prints them) count as one word of Portuguese."""
    first = second = 0
    leader = ""
    for lang, score in _scores(tokens).items():
        if score > first:
            first, second, leader = score, first, lang
        elif score > second:
            second = score
    if first < _SETTLED or first < _SETTLED_RATIO * second:
        return False
    # (a loop that stops at the fifth, where sum() over a generator read every word)
    found = 0
    for word in tokens:
        if leader in _LANGUAGES_OF[word]:
            found += 1
            if found >= _SETTLED_WORDS:
                return True
    return False
