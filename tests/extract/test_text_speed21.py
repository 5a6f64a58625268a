"""The shortcuts of session 21's speed work answer as the slow ways they stand in front of:
count_words' one scan for unspaced scripts and separators, and line_score's first-letter gate
in front of POST_NAVIGATION. Checked character by character, on crafted lines, then on every
line of the sample and seed dumps."""

from __future__ import annotations

import re

from newsdesk.extract.text import line_score, lines
from tests.extract.dump_lines import dump_lines


def _count_words_slow(text: str) -> int:
    """count_words as written before the one scan: a split, then the unspaced runs."""
    words = len(text.split())
    for run in lines._UNSPACED.findall(text):
        words += len(run) // (2 if run[0] >= "\u3040" else 4)
    return words


def test_unspaced_or_split_class_is_both_sets() -> None:
    """The class holds exactly the unspaced scripts' characters and every separator but the
    space that str.split() splits at."""
    for code in range(0x110000):
        ch = chr(code)
        splits = ch != " " and len(f"a{ch}b".split()) == 2
        unspaced = lines._UNSPACED_CHAR.match(ch) is not None
        assert (lines._UNSPACED_OR_SPLIT.match(ch) is not None) == (splits or unspaced), hex(code)


WORDS_CRAFTED = [
    "“The harbour bridge will close for repairs on Monday,” the council’s engineer told the Harbour Times.",  # noqa: E501
    " “A curly quote and a leading space in a line long enough to be counted by its spaces.”",
    "“A curly quote and two  spaces in a line long enough to be counted by its spaces, too.”",
    "“A curly quote and a no-break\u00a0space in a line long enough to be counted by spaces.”",
    "“A curly quote and a thin\u2009space in a line long enough to be counted by its spaces.”",
    "“A curly quote and a line\u2028separator in a line long enough to be counted by spaces.”",
    "“Short – and curly.”",
    "港口大桥周一关闭维修 — “The harbour bridge”, said the council’s engineer on Monday.",
    "สะพานท่าเรือจะปิดซ่อมในวันจันทร์ – a line in Thai and English, long enough for it.",
]


def test_count_words_counts_as_split_and_runs() -> None:
    assert lines.count_words(WORDS_CRAFTED[0]) == 16
    texts = dump_lines(WORDS_CRAFTED)
    wrong = [t for t in texts if lines.count_words(t) != _count_words_slow(t)]
    assert wrong == []


NAVIGATION_CRAFTED = [
    "Previous post", "« PREV ARTICLE", "Next Story »", ">> older entry", "Newer Post",
    "Article précédent", "Billet suivant", "Artículo anterior", "Noticia siguiente",
    "Artigo seguinte", "Notícia anterior", "Vorheriger Artikel", "Nächster Beitrag",
    "Articolo successivo", "post precedente", "Vorig artikel", "Volgend artikel",
    "Zur Startseite", "Back to the homepage", "Retour à l'accueil", "Volver a la portada",
    "Torna alla home", "Terug naar de homepage", "Voltar à página inicial", ".. Previous | Next",
]  # fmt: skip


def test_navigation_first_letters_fold_to_no_other_character() -> None:
    letters = re.compile("[" + "".join(sorted(line_score._NAVIGATION_FIRST)) + "]", re.I)
    folding = {chr(c) for c in range(0x110000) if letters.match(chr(c))}
    assert folding == line_score._NAVIGATION_FIRST


def test_navigation_gate_lets_through_every_match() -> None:
    assert all(line_score.POST_NAVIGATION.match(t) for t in NAVIGATION_CRAFTED)
    texts = dump_lines(NAVIGATION_CRAFTED)
    missed = [
        t for t in texts if line_score.POST_NAVIGATION.match(t) and not line_score._may_navigate(t)
    ]
    assert missed == []


def test_navigation_gate_rules_out_other_lines() -> None:
    assert not line_score._may_navigate("Harbour Times")
    assert not line_score._may_navigate("— Sign in")
    assert not line_score._may_navigate("....Previous post")  # four marks: no match either
    assert line_score._may_navigate("« Previous post")
