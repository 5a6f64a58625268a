"""Other languages' shapes of headlines, headers and chrome (session 16): headlines opening
with „German“, «French» or »German« quotation marks, ..."""

from __future__ import annotations

import pytest

from newsdesk.extract import extract_text_page
from newsdesk.extract.text import shapes
from newsdesk.extract.text.lines import normalise
from tests.extract.test_text_body import page, para


@pytest.mark.parametrize(
    ("text", "title_like"),
    [
        ("„Wir bleiben am Kai“, sagt die Hafenmeisterin", True),
        ("«Le port ne fermera pas» : la capitaine répond", True),
        ("»Die Kräne stehen still« – ein Besuch am Nordbecken", True),
        ("‚Fährleute‘ kehren an die Kais zurück", True),
        # A link's arrow, not a quotation: the mark stands apart from the word.
        ("« Previous post Next post »", False),
        ("» Login » Registrierung", False),
    ],
)
def test_a_headline_may_open_with_another_language_s_quotation_mark(
    text: str, title_like: bool
) -> None:
    (line,) = normalise(text)
    assert shapes.is_title_like(line) is title_like


def test_a_headline_in_quotation_marks_is_the_story_s_title() -> None:
    story = [para(n) for n in range(1, 5)]
    text = page("Hafenblatt", "Menü", "Alle Artikel zu unseren Recherchen",
                "„Wir haben die Kräne schon bestellt“", "4. März 2025", *story)  # fmt: skip
    article = extract_text_page(text).articles[0]
    assert all(p in article.body for p in story)
    assert article.title == "„Wir haben die Kräne schon bestellt“"
