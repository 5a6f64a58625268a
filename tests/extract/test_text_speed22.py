"""The body makes runs of words only for a paragraph that may repeat earlier ones
(repeats.may_repeat): the gate must never turn away a paragraph the runs would drop."""

import random

from newsdesk.extract.text.body import _assemble
from newsdesk.extract.text.kept import lowered_words
from newsdesk.extract.text.lines import normalise
from newsdesk.extract.text.repeats import may_repeat, shingles


def _said_again(text: str, earlier: list[str]) -> bool:
    """The body's test on runs of words, made for every paragraph."""
    seen: set[str] = set()
    for said in earlier:
        seen.update(shingles(said))
    grams = shingles(text)
    return len(grams) >= 8 and len(seen.intersection(grams)) >= 0.8 * len(grams)


def test_the_gate_turns_away_no_paragraph_said_again():
    rng = random.Random(22)
    vocabulary = [f"w{i}" for i in range(12)]
    passed = said_again = 0
    for _ in range(4000):
        earlier = [
            " ".join(rng.choices(vocabulary, k=rng.randint(1, 30)))
            for _ in range(rng.randint(1, 3))
        ]
        if rng.random() < 0.5:  # a paragraph cut from an earlier one, a word changed or not
            words = earlier[0].split()
            start = rng.randint(0, max(0, len(words) - 5))
            words = words[start : start + rng.randint(4, 30)]
            if words and rng.random() < 0.3:
                words[rng.randrange(len(words))] = rng.choice([*vocabulary, "new"])
            text = " ".join(words)
        else:
            text = " ".join(rng.choices(vocabulary, k=rng.randint(1, 30)))
        seen_words = {w for said in earlier for w in lowered_words(said)}
        gate = may_repeat(lowered_words(text), seen_words)
        if _said_again(text, earlier):
            said_again += 1
            assert gate, (text, earlier)
        passed += gate
    assert said_again > 100  # the check was put to the test
    assert passed < 4000  # and the gate turns some away


_TEASER = (
    "The ferry from Example Harbour will run twice a day from next month, the island council "
    "said on Tuesday, after a summer of long queues at the pier."
)


def test_a_paragraph_said_again_after_others_is_still_dropped():
    kept = [
        ("p", _TEASER),
        ("p", "Council members voted on the change at a meeting that ran late into the night."),
        ("p", "Residents of the island had asked for more crossings since the spring."),
        ("p", _TEASER.replace("Tuesday", "Monday")),  # printed again, a word changed
        ("p", "The new timetable will be posted at the pier and online."),
    ]
    body = _assemble(kept, [])
    assert body.paragraphs == [kept[i][1] for i in (0, 1, 2, 4)]


def test_a_paragraph_of_the_same_words_in_another_order_is_kept():
    first = "the ferry will run twice a day from next month said the island council"
    other = "next month the island council said the ferry will run a day twice from"
    body = _assemble([("p", first), ("p", other)], [])
    assert body.paragraphs == [first, other]


def test_a_number_marks_an_item_only_before_a_stop_or_bracket():
    text = "7. Seven seas\n10) Ten boats\n2024 was a good year\n12:30 the ferry\n• • LIVE"
    lines = normalise(text)
    assert [(line.text, line.bullet) for line in lines] == [
        ("Seven seas", True),
        ("Ten boats", True),
        ("2024 was a good year", False),
        ("12:30 the ferry", False),
        ("LIVE", True),
    ]
