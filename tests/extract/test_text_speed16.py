"""The text reader's shortcuts read as the long ways do: a kept text's words asked of the cached
split before the reader's count (kept.words_at_least), and a narrow block's lines found by their
indentation in place (unwrap._unwrap_blocks), the dump handed back uncopied when no block is
asked, and a sentence's end read off a line's last letters (wrap_width.ends_like_sentence)."""

from __future__ import annotations

import re

import pytest

from newsdesk.extract.text.kept import words_at_least
from newsdesk.extract.text.lines import count_words
from newsdesk.extract.text.unwrap import WRAP_JOIN, _unwrap_blocks
from newsdesk.extract.text.wrap_width import ends_like_sentence
from tests.extract.dump_lines import dump_lines

CRAFTED = [
    "The harbour board met on Tuesday evening to weigh the plan for a new ferry pier.",
    "Short line", "  padded   with   runs   of   spaces  ", "tabs\tand\nbreaks\x0bhere",
    "“Curly quotes” and a dash — in a sentence of some eleven or twelve words, said Jo.",
    "İstanbul’un limanı yeni bir iskele için kurulda görüşüldü",
    "港の委員会は火曜日の夕方に新しい桟橋の計画を検討した。", "港の委員会 は 火曜日",
    "คณะกรรมการท่าเรือประชุมกันเมื่อเย็นวันอังคาร", "Ferry\u00a0pier\u2003plan\u3000again",
    "", "   ",
]  # fmt: skip


@pytest.mark.parametrize("n", [1, 5, 12])
def test_has_words_is_the_readers_count(n: int) -> None:
    for text in dump_lines(CRAFTED):
        assert words_at_least(text, n) == (count_words(text) >= n), text


def test_narrow_block_runs_while_its_indentation_does() -> None:
    raw = [
        "Harbour Notes",
        "",
        "   The harbour board met on Tuesday evening to weigh the plan",
        "   for a new ferry pier at the north quay, which the town has",
        "   sought since the old one closed in the storm of last year.",
        # Four whitespace characters each: one block, whatever the characters.
        "    an aside the page indented by one column more than its text",
        "   \u3000also a line opening with an ideographic space",
        "\tand one opening with a tab",
        "",
        "Footer",
    ]
    out, joined = _unwrap_blocks(list(raw))
    assert joined
    assert out == [
        "Harbour Notes",
        "",
        WRAP_JOIN.join(
            [
                "   The harbour board met on Tuesday evening to weigh the plan",
                "for a new ferry pier at the north quay, which the town has",
                "sought since the old one closed in the storm of last year.",
            ]
        ),
        "    an aside the page indented by one column more than its text"
        + WRAP_JOIN
        + "also a line opening with an ideographic space",
        "\tand one opening with a tab",
        "",
        "Footer",
    ]


def test_dump_without_a_narrow_block_comes_back_as_it_came() -> None:
    raw = ["Harbour Notes", "", "   The Pier Plan", "   Ferry Times", "", "Footer"]
    out, joined = _unwrap_blocks(raw)
    assert out is raw and not joined
    assert raw == ["Harbour Notes", "", "   The Pier Plan", "   Ferry Times", "", "Footer"]


# The pattern unwrap searched each line for, from every stop on.
ENDS_SENTENCE = re.compile(r"(?:[.!?…:]['\"”’)]*|\))$")
ENDINGS = [
    "", ".", ")", "”", "’)", "It ended.", "It ended.”", "It ended.’)", "It ended (then).",
    "(a note)", "a bracket)”", "a list:", "Wait…", "Who?'", "no stop here", "a quote”",
    "Two. Stops. Then none", "Mid.”sentence", "“Quoted.” ”",
]  # fmt: skip


def test_ends_sentence_reads_as_the_pattern() -> None:
    for text in dump_lines(ENDINGS + CRAFTED):
        text = text.strip()
        assert ends_like_sentence(text) == (ENDS_SENTENCE.search(text) is not None), text
