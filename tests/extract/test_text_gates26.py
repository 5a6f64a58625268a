"""The cheap tests session 26 put in front of slower work leave the reading as it was: the
caption gates (a line's first three characters) let through every line their patterns match,
a sentence broken by <br> is still joined whatever script its pieces end and open in, and a
Page's strings are still composed in NFC (ASCII ones kept as they are, without the quick check).
"""

from __future__ import annotations

import unicodedata

from newsdesk.extract.composed import composed
from newsdesk.extract.text import captions, line_prose
from newsdesk.extract.text.lines import normalise
from newsdesk.records import Article, Page
from tests.extract.dump_lines import dump_lines

# Lines opening on each word of the label patterns, in several cases and spellings; "İ" and the
# Kelvin sign fold to "i" and "k" under IGNORECASE and must reach sre.
CRAFTED = [
    "Photo: Ann Example", "PHOTO: Ann Example", "photograph by Ann Example, Harbour Trust",
    "Picture: Bo Example", "Pic: Harbour Courier", "Image copyright Harbour Courier",
    "Main image credit: Ann Example", "Left photo: Bo Example", "Right Photo: Bo Example",
    "Credit: Ann Example", "File photo: Harbour Courier", "Foto: Bo Beispiel", "Fotó: Bo Példa",
    "Bild: Ann Beispiel", "Kuva: Ann Esimerkki", "\u212auva: Ann Esimerkki",
    "Zdjęcie: Ann Przykład",
    "Imagen: Ana Ejemplo", "Imagem: Ana Exemplo", "Immagine: Anna Esempio", "İmage: Ann Example",
    "Фото: Анна Пример", "Снимка: Анна Пример", "Φωτογραφία: Άννα", "사진=하버 제공",
    "Photo Credit: Ann Example", "Photos by Ann Example", "The harbour at dawn. Photo: Bo Example",
]  # fmt: skip


def test_label_gate_lets_every_labelled_line_through() -> None:
    for text in dump_lines(CRAFTED):
        if captions._CAPTION_PREFIX.match(text) or captions._CREDIT_BY.match(text):
            assert captions._may_open(text, captions._LABEL_HEADS), text


def test_label_gate_turns_away_lines_opening_otherwise() -> None:
    for text in ["The harbour reopened on Monday.", "2024: a year at sea", "Harbour news"]:
        assert not captions._may_open(text, captions._LABEL_HEADS)
    assert captions.caption_credit("Photo: Ann Example") == ("Photo: Ann Example", None)
    assert captions.caption_credit("Фото: Анна Пример") == ("Фото: Анна Пример", None)


PICTURES = [
    "In this Feb. 17, 2016 file photo, the harbour", "IN THIS PHOTO, the harbour",
    "En esta imagen, el puerto", "Sur cette photo prise le 3 mai", "Auf diesem Bild, der Hafen",
    "Nesta foto, o porto", "In questa foto, il porto", "Op deze foto, de haven",
    "Image of Ann Example", "Photo of Bo Example", "Picture of Ann Example", "Avatar of Bo Example",
    "Headshot of Ann Example", "Portrait of Bo Example", "Foto von Ann Beispiel",
    "Bild von Bo Beispiel", "Imagen de Ana Ejemplo", "Imagem de Ana Exemplo",
    "İmage of Ann Example",
    "ſur cette photo prise le 3 mai",
]  # fmt: skip


def test_picture_gate_lets_every_picture_line_through() -> None:
    for text in dump_lines(PICTURES):
        if captions._SAID_OF_PICTURE.match(text) or captions._PORTRAIT_OF.match(text):
            assert captions._may_open(text, captions._PICTURE_HEADS), text
    for text in ["It was a", "The harbour", "As the", "Sport", "Para la tarde"]:
        assert not captions._may_open(text, captions._PICTURE_HEADS)


BROKEN = [
    "The ferry company hands the timetable out, and the only condition",
    "is that each boat carries a radio with more than two channels. Whoever has",
    "none borrows one from the harbour office.",
]


def test_broken_sentence_joined_across_pieces_ending_beyond_ascii() -> None:
    pieces = ["Die Fähre fährt wieder, sagte die Betreiberin am Montag über die Fähre", *BROKEN[1:]]
    texts = [line.text for line in normalise("\n".join(["Intro line.", "", *pieces, ""]))]
    assert texts == ["Intro line.", " ".join(pieces)]
    accented = ["Le bac reprend son service après les travaux du quai et du café", *BROKEN[1:]]
    texts = [line.text for line in normalise("\n".join(["Intro line.", "", *accented, ""]))]
    assert texts == ["Intro line.", " ".join(accented)]
    opening = [BROKEN[0], "échoue pas quand la radio du bateau a plus de deux canaux, dit-on."]
    assert len(normalise("\n".join(opening))) == 1  # the next piece opens on a small letter


def test_pieces_ending_or_opening_otherwise_stay_apart() -> None:
    for ending in ("The Harbour OFFICE", "the harbour office:", "the 2024"):
        assert len(normalise("\n".join([ending, *BROKEN[1:]]))) == 3
    assert len(normalise("\n".join([BROKEN[0], "Ёлки carries a radio.", BROKEN[2]]))) == 3


def test_composed_keeps_ascii_and_composes_lists() -> None:
    ascii_body = "The harbour reopened on Monday."
    decomposed = "cafe\u0301"
    article = Article("main", decomposed, ascii_body, authors=["Ann Example", decomposed])
    page = composed(Page(source="t.txt", format="text", articles=[article]))
    assert page.articles[0].body is ascii_body
    assert page.articles[0].title == unicodedata.normalize("NFC", decomposed)
    assert page.articles[0].authors == ["Ann Example", "café"]


def test_two_small_words_tells_only_words_not_in_capitals() -> None:
    for text in ["The harbour reopened", "  in the HARBOUR", "a\tb CAPITALS", "x y"]:
        assert line_prose._two_small_words(text), text
        head = text.split()
        assert not head[0].isupper() and not head[1].isupper()
    for text in ["THE harbour", "the HARBOUR", "“The harbour", "The\xa0harbour", "the", "", "A b"]:
        assert not line_prose._two_small_words(text), text
    for text in dump_lines(["EMISORAS BUENOS AIRES CATAMARCA CHACO CHUBUT", "Harbour NEWS"]):
        if line_prose._two_small_words(text):
            head = text.split(None, 2)
            assert not head[0].isupper() and not head[1].isupper(), text
