"""Studied losses on the fresh pages (session 36, text36f): an enumeration's item that ends on
its comma read as a heading and dropped. Pages written here, about a fictional harbour town."""

from __future__ import annotations

from newsdesk.extract.text.body import _goes_on
from newsdesk.extract.text.read import read_text


def _dump(lines: list[str]) -> str:
    return "\n\n".join(lines) + "\n"


_LEAD = [
    "Der Hafen von Portvale prüft seit dem Frühjahr jede Ladung Fisch, die an der Mole gelöscht "
    "wird, mit neuen Geräten, die der Fischereiverband im Winter angeschafft hat.",
    "Die Hafenmeisterin erklärt, dass die Prüfung der Frische in mehreren Schritten erfolgt, die "
    "nur zusammen eine verlässliche Aussage über die Qualität der Ladung erlauben:",
]
_ITEMS = [
    "a) Messung der Temperatur jeder einzelnen Kiste beim Löschen an der Mole mit einem Fühler, "
    "der die Werte gleich an das Hafenbüro schickt,",
    "b) Sichtprüfung der Kiemen und Augen durch den Hafenarzt,",
    "c) Stichproben im Labor der Genossenschaft, die am selben Tag ausgewertet und den Fischern "
    "gemeldet werden,",
    "d) Kontrolle der Eismenge in den Kisten vor dem Verladen.",
]
_REST = [
    "Seit die Geräte im Einsatz sind, hat der Hafen nach Angaben des Verbands deutlich weniger "
    "Reklamationen von den Händlern auf dem Festland erhalten als in den Jahren davor.",
    "Die Fischer selbst sehen die neuen Regeln gelassen, auch wenn das Löschen der Boote an "
    "manchen Tagen eine halbe Stunde länger dauert als früher, wie ein Kapitän erzählt.",
    "Im Herbst will der Verband entscheiden, ob die Prüfung auch auf die Muscheln ausgeweitet "
    "wird, die in der Bucht vor Eastwick gezogen und im Hafen verpackt werden.",
]


def test_an_enumerations_short_item_ending_on_a_comma_stays_in_the_body() -> None:
    # "b)" is short and no sentence: read as a heading, it was dropped with "c)" under it (two
    # headings in a row lead into nothing). An item that runs on past its comma heads nothing.
    # The paragraph and its items are one block, a line each (a paragraph's line breaks).
    block = "\n".join([_LEAD[1], *_ITEMS])
    text = _dump(["Startseite", "Hafen", "Fischerei", "Neue Prüfung für den Fang", _LEAD[0]])
    text += block + "\n\n" + _dump(_REST)
    page = read_text(text)
    body = page.articles[0].body
    assert all(item in body for item in _ITEMS)
    assert _REST[-1] in body


def test_a_greeting_or_a_labelled_field_ending_on_a_comma_is_no_item() -> None:
    # A greeting ("Liebe Grüße,") signs off; a line a label opens ("Stichworte: ...,", its list
    # cut at a converter's width) is a field of the page's, its tags: neither runs on as an
    # item of the story's. A piece of a sentence or an item does.
    assert not _goes_on("Liebe Grüße,", 2)
    assert not _goes_on("Mit freundlichen Grüßen,", 3)
    assert not _goes_on("Stichworte: Hafen, Fischerei, Portvale, Muscheln,", 6)
    assert not _goes_on("Seite 1 von 3 ...,", 5)
    assert _goes_on("b) Sichtprüfung der Kiemen und Augen durch den Hafenarzt,", 9)
    assert _goes_on("the harbour master said on Tuesday, and then,", 8)
