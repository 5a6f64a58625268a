"""Picture captions and credits the text reader missed (issue 2, session 19): agencies and
handout words it did not know ("dpa", "imago", "Cedida", "Reprodução", Arabic agencies), labels
in more scripts ("Снимка:", "사진=", "Image copyright"), a label glued to the caption's stop, a
credit whose name has an initial, a name-and-agency credit closing a caption without a stop,
"© Name / Holder" alone; a caption opened "In this ... photo," and a portrait's alternative text
("Image of Ann Example"); a credit in brackets broken over two lines, each half. Pages written
here, about fictional outlets."""

from __future__ import annotations

from newsdesk.extract.text import captions
from tests.extract.test_text_body import STORY, body_of, page

# (caption, the credit read, or None when the caption is read without one): our own words.
CREDITED = [
    # agencies and picture libraries written small, in brackets
    ("Ann Beispiel vor dem Rathaus (picture-alliance/dpa/B. Muster)",
     "picture-alliance/dpa/B. Muster"),
    ("A map of the old harbour drawn in 1820 (imago/UIG)", "imago/UIG"),
    ("Port (Fot. Anna Przykład / Agencja Przykład)", "Fot. Anna Przykład / Agencja Przykład"),
    # words that say a picture was handed out, in Spanish and Portuguese
    ("El nuevo muelle será inaugurado en marzo. (Cedida)", "Cedida"),
    ("O novo cais será inaugurado em março (Divulgação)", "Divulgação"),
    # an agency named in Arabic script
    ("رجال الإطفاء في موقع الحريق قرب الميناء صباح اليوم (رويترز)", "رويترز"),
    # a label in Bulgarian, Korean ("="), and "Image copyright"
    ("Снимка: Иван Пример/Пристанище", None),
    ("[사진=예시신문, 예시항구]", "사진=예시신문, 예시항구"),
    ("항구에서 열린 기념식에서 참석자들이 인사하고 있다. 사진=예시시 제공", "예시시 제공"),
    ("Image copyright Example Images", None),
    # a label of two words ("credit" after the photo word), alone or in brackets
    ("Main image credit: Example Images", None),
    ("Photo Credit: Example Pictures", None),
    ("Ann Example (Credit: Harbour College)", "Credit: Harbour College"),
    # a label after a caption of one sentence, however short
    ("Hafenkirche. Foto: Stadt Beispielhausen", "Stadt Beispielhausen"),
    # a label glued to the caption's stop by a converter
    ("Crews near the harbour gate on March 9, 2021.Photograph: Bo Example/Example Images",
     "Bo Example/Example Images"),
    # a photographer's initial is no sentence's stop
    ("The ferry moored at the harbour after the storm on Tuesday. Ann B. Example/AP",
     "Ann B. Example/AP"),
    # a name and its agencies closing a caption without a stop
    ("Tłumy na nabrzeżu w pierwszy dzień sezonu ANNA PRZYKŁAD/PAP/EPA", "ANNA PRZYKŁAD/PAP/EPA"),
    ("Harbour Cup final Photo by Bo Example/Example Images", "Bo Example/Example Images"),
    # a caption opened as the wire services open one, in several languages
    ("In this March 3, 2021, file photo, the ferry leaves the harbour at dawn.", None),
    ("In this screengrab, Ann Example speaks during the harbour festival", None),
    ("En esta imagen, tomada el lunes, el ferry sale del puerto.", None),
    ("Auf diesem Bild vom Montag legt die Fähre im Hafen an.", None),
    # a portrait's alternative text
    ("Image of Ann Example", None),
    ("Headshot of Bo Example", None),
    ("Foto von Ann Beispiel", None),
    # a credit in brackets a converter broke over two lines: each half
    ("You can try one with a cover of cotton instead. (Photo:", None),
    ("The crane lifts the hull at the Example Yard in Harbourtown, Ore. (AP", "AP"),
    ("Example Images)", "Example Images"),
    ("Ann Example/The Harbour Union via AP)", "Ann Example/The Harbour Union via AP"),
    # a photographer's credit alone, its holder written small or after "©"
    ("Bo Beispiel/dpa", "dpa"),
    ("© Ann Beispiel / Hafenblatt Verlag", "Hafenblatt Verlag"),
]  # fmt: skip


def test_captions_credited_in_the_new_shapes_are_captions() -> None:
    for text, credit in CREDITED:
        found = captions.caption_credit(text)
        assert found is not None and found[0] == text, text
        assert found[1] == credit, text


def test_lines_that_only_resemble_them_are_no_captions() -> None:
    for text in [
        # the agenda, not an agency; a year and "rights": a page's copyright
        "The board will publish the meeting's notes soon (agenda)",
        "© 2021 Example News / Harbour Wire. All rights reserved.",
        # names and a slash closing a line, their holder no agency's; too few words before them
        "The quay reopened on Monday after the repairs ANN EXAMPLE/Harbour Friends",
        "At sea ANN EXAMPLE/PAP",
        "Ann Example/and then some",
        # a label after one or two words and no stop; a credit card, no credit
        "Hafen Foto: Stadt Beispielhausen",
        "Pay for the ferry ticket with a (credit card)",
        # a bracket left open by a converter, no credit in it; a bracket closed, no credit
        "dates are read in several languages, beyond the current scope (English and",
        "the quay and the crane)",
        # a paragraph about a picture, a section's title, a portrait not named
        "In this picture-perfect town the harbour opens at dawn every day of the year.",
        "Photo of the Day",
        "Portrait of a happy harbour master",
        # Korean prose mentioning a picture, a sentence with "=" in it
        "그는 사진을 공개했다고 말했다.",
        "The value x=5 was chosen for the model of the harbour tides",
    ]:
        assert captions.caption_credit(text) is None, text


def test_the_story_leaves_out_captions_in_the_new_shapes() -> None:
    for caption, _ in CREDITED:
        if caption.startswith("©"):
            continue  # a copyright's sign ends the story where it stands, caption or not
        body = body_of(page("Harbour Notes", "Pier stalls to sell hot meals", *STORY[:3],
                            caption, *STORY[3:]))  # fmt: skip
        assert STORY[0] in body and STORY[-1] in body
        assert caption[:20] not in body, caption
