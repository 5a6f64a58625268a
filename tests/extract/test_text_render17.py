"""Converter artefacts one renderer leaves and the others do not (session 17, text17-render).

Made-up pages about fictional outlets, in the shapes the converters print: lynx's button marks;
Korean words broken at a space where the next letter would still have fitted (see
test_text_wrapped.py).
"""

from __future__ import annotations

from newsdesk.extract.text.lines import normalise
from tests.extract.test_text_body import STORY, body_of


def test_a_lynx_button_and_its_label_are_chrome_whatever_the_label_says():
    # lynx prints a <button> as "(BUTTON)" and its label: a share bar's labels in any words.
    bar = ["(BUTTON) Weitersagen an die Nachbarn", "(BUTTON) Dem Hafenblatt folgen"]
    head = ["Harbour Courier", "Ferry strike ends after talks", "By Ann Example"]
    text = "\n\n".join([*head, *STORY[:3], *bar, *STORY[3:5], "Most Read", "Crane breaks down"])
    body = body_of(text)
    assert "Weitersagen" not in body and "folgen" not in body
    assert body.split("\n\n") == STORY[:5]


def test_a_lynx_button_mark_beside_a_paragraph_is_taken_off_it():
    # A button printed on a paragraph's line, before it or after its last sentence.
    lines = normalise(f"(BUTTON) {STORY[0]}\n\n{STORY[1]} (BUTTON)\n\n(BUTTON) Teilen")
    assert [line.text for line in lines] == [STORY[0], STORY[1], "(BUTTON) Teilen"]
