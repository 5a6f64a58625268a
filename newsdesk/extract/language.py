"""A cheap guess of a page's language from its commonest function words.

Good enough to tell the date parser which language to read (dateparser is slow when it must try
all of them) and to fill `Article.language`; not a general language identifier.
"""

from __future__ import annotations

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


def guess_language(text: str, sample: int = 6_000) -> str | None:
    # The middle of a page is its text; the top is menus, in any language.
    start = max(0, len(text) // 3 - sample // 2)
    # Splitting at spaces is four times faster than a \w+ regex; a function word glued to
    # punctuation now and then does not change which language has the most. Split, then
    # lower-cased token by token (as the lower-cased sample would split: see
    # kept.spaced_words), only the tokens short enough to be a function word: no pass over a
    # long sample in a script whose case mapping is slow, no hashing of long words.
    tokens: dict[str, int] = {}
    for token in text[start : start + sample].split():
        if len(token) <= _LONGEST:
            word = token.lower()
            if word in FUNCTION_WORDS:
                tokens[word] = tokens.get(word, 0) + 1
    if not tokens:
        return None
    # Each function word found adds its count to the languages it is a word of: a page holds
    # a few dozen of them, where summing each language's words asked for every one.
    scores = dict.fromkeys(_WORDS, 0)
    for word, n in tokens.items():
        for lang in _LANGUAGES_OF[word]:
            scores[lang] += n
    # The first language with the most (as max() picks among equals).
    found, best = "", -1
    for lang, score in scores.items():
        if score > best:
            found, best = lang, score
    return found if best >= 5 else None
