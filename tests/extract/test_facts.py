"""Header facts as pages in several languages write them (shared by both readers)."""

from __future__ import annotations

import pytest

from newsdesk.extract.bylines import byline, split_authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Ada Quill, Tom Reed & Lea Moss", ["Ada Quill", "Tom Reed", "Lea Moss"]),
        ("By Dan Smith", ["Dan Smith"]),
        ("By Y. Chen and Tom Reed", ["Y. Chen", "Tom Reed"]),
        ("Par E. NURDIN - 05:01 - Temps de lecture :", ["E. NURDIN"]),
        ("Por Ana Ruiz y Juan Pérez", ["Ana Ruiz", "Juan Pérez"]),
        ("Von Jan Muster und Eva Beispiel", ["Jan Muster", "Eva Beispiel"]),
        ("Door Piet Jansen", ["Piet Jansen"]),
        ("Af Ritzau", ["Ritzau"]),
        ("Af Ida Eksempel og Ole Prøve", ["Ida Eksempel", "Ole Prøve"]),
        ("Av Kari Nordmann", ["Kari Nordmann"]),
        ("Artikel von: Von Jan Muster", ["Jan Muster"]),
        ("Autorin: Eva Beispiel", ["Eva Beispiel"]),
        ("Text: Eva Beispiel und Jan Muster", ["Eva Beispiel", "Jan Muster"]),
        # Particles inside a name; a space before the comma (as some pages print bylines).
        ("von Jan Muster , Eva von Beispiel", ["Jan Muster", "Eva von Beispiel"]),
        ("Por Ana de la Cruz y Juan Pérez", ["Ana de la Cruz", "Juan Pérez"]),
    ],
)
def test_bylines(line: str, authors: list[str]) -> None:
    assert split_authors(byline(line)) == authors


@pytest.mark.parametrize(
    "line",
    [
        "Por su parte, el ministro dijo que no habría cambios.",
        "Par ailleurs, la ville a décidé de fermer le port.",
        "Von dort aus fahren die Fähren weiter.",
        "Af de tyve skibe i havnen sejlede kun to.",
        "Von der Brücke aus sah man den Hafen.",
        "Av Oslo-båten gikk bare to.",
        "Text: the warden's notes on the storm",
        "Bystanders watched the ferry leave.",
    ],
)
def test_sentences_that_begin_like_bylines_are_not_bylines(line: str) -> None:
    assert byline(line) is None
