"""Session 33's speed work: the language guess stops reading once one language leads clearly."""

from __future__ import annotations

from newsdesk.extract.language import _WORDS, guess_language

_ENGLISH = (
    "The council of Brindlemoor said on Tuesday that the ferry to the islands was late again, "
    "and the harbour master has asked for a new timetable that is fair to those who work there. "
)
_GERMAN = (
    "Der Rat von Brindlemoor sagt, dass die Fähre zu den Inseln nicht pünktlich ist, und auch "
    "der Hafenmeister will mit einem neuen Fahrplan für die Leute auf den Inseln sich einigen. "
)


def test_a_sample_led_clearly_by_one_language_is_settled_in_its_first_piece() -> None:
    # The sample's first 1,500 characters are plainly English; the rest, German, outnumbers
    # them, but is not read.
    text = _ENGLISH * 12 + _GERMAN * 40
    start = max(0, len(text) // 3 - 3_000)
    assert text[start : start + 1_600].count("The council") >= 8
    assert guess_language(text) == "en"
    assert guess_language(_GERMAN * 60) == "de"


def test_a_menu_of_bullets_does_not_settle_the_guess() -> None:
    # inscriptis prints a menu's bullets as "o": one word, Portuguese's, however often; the
    # guess reads on to the story.
    menu = "".join(f"      o Section {n}\n" for n in range(120))
    text = menu + _ENGLISH * 60
    start = max(0, len(text) // 3 - 3_000)
    assert text[start : start + 1_500].count(" o ") >= 30
    assert guess_language(text) == "en"


def _whole_sample_winner(text: str) -> str:
    """The language with the most function words in the whole 6,000-character sample."""
    start = max(0, len(text) // 3 - 3_000)
    words = [w.lower() for w in text[start : start + 6_000].split()]
    counts = {lang: sum(w in set(ws) for w in words) for lang, ws in _WORDS.items()}
    return max(counts, key=lambda lang: counts[lang])


def test_a_short_or_mixed_sample_is_read_whole() -> None:
    assert guess_language(_ENGLISH[:30]) is None  # fewer than five function words
    # Neither leads three to one in any piece: the whole sample decides, as before.
    for mixed in ((_ENGLISH + _GERMAN) * 30, (_GERMAN + _ENGLISH + _GERMAN) * 20):
        assert guess_language(mixed) == _whole_sample_winner(mixed)
