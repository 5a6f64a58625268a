"""Picture captions the text reader kept as the story's (issue 2, session 17): a caption whose
credit a label opens ("©", "Foto:", "/ Фото"), a credit line said with "by", a labelled credit
in brackets alone on its line. Pages written here, about fictional outlets."""

from __future__ import annotations

from newsdesk.extract.text import captions
from tests.extract.test_text_body import STORY, body_of, page

# Captions as pages print them under a picture, their credits after a label (our own words).
LABELLED = [
    ("The harbour master on the pier at dawn. © Bo Example/Harbour Wire",
     "Bo Example/Harbour Wire"),
    ("Die Fähre legt am frühen Morgen im Hafen an © Ann Beispiel / Hafenblatt",
     "Ann Beispiel / Hafenblatt"),
    ("El capitán del puerto, premiado con la medalla de oro/ Foto Ana L. Ejemplo Ruiz",
     "Ana L. Ejemplo Ruiz"),
    ("Капитан порта осматривает новый причал / Фото ПВН", "ПВН"),
    ("Капитан порта осматривает новый причал Фото: Иван Пример", "Иван Пример"),
    ("Der Kran hebt die Ladung in der Mitte des Kais an    Foto:", None),
    ("Crews near the harbour gate on March 9, 2021. PHotograph: ANN EXAMPLE/Example Images",
     "ANN EXAMPLE/Example Images"),
]  # fmt: skip


def test_a_caption_whose_credit_a_label_opens_is_a_caption() -> None:
    for text, credit in LABELLED:
        found = captions.caption_credit(text)
        assert found is not None and found[0] == text, text
        # The credit, perhaps with its label ("© Bo Example/Harbour Wire").
        assert found[1] == credit if credit is None else (found[1] or "").endswith(credit), text


def test_a_credit_said_with_by_or_labelled_in_brackets_alone_is_a_caption() -> None:
    for text in ["Photograph by Ann Example, Harbour Trust", "(Bild: Bo Beispiel/Example Images)"]:
        assert captions.caption_credit(text) is not None, text
    caption = "The pier after the storm, with the ferry moored behind it. (©Example Stock)"
    assert captions.caption_credit(caption) == (caption, "©Example Stock")


def test_sentences_and_copyright_lines_with_a_label_are_no_captions() -> None:
    for text in [
        "He said he took a photo: it was the best day of his life at the harbour.",
        "The warden wrote that the photo: showed nothing of the kind anyone had claimed.",
        "Harbour Wire ™ & © 2021 Example News Network, Inc. All rights reserved.",
        "Ultimo aggiornamento: 22:07 © RIPRODUZIONE RISERVATA",
        "Photographs by the crew show the quay flooded to the gate on Monday.",
    ]:
        assert captions.caption_credit(text) is None, text


def test_the_story_leaves_out_a_caption_credited_after_a_label() -> None:
    for caption, _ in LABELLED:
        body = body_of(page("Harbour Notes", "Pier stalls to sell hot meals", *STORY[:3],
                            caption, *STORY[3:]))  # fmt: skip
        assert STORY[0] in body and STORY[-1] in body
        assert caption[:20] not in body, caption
