"""French "Lire :" before another story's title is an insert, as "Read:" and "Leia:" are
(session 34). Lines written here."""

from __future__ import annotations

from newsdesk.extract import extract_text_page
from newsdesk.extract.text import line_marks
from newsdesk.extract.text.lines import traits_of
from tests.extract.test_text_body import STORY, page

INSERT = "Lire : Que sont les bouées qui écoutent le port, ces capteurs du quai ?"


def test_lire_before_a_title_is_an_insert() -> None:
    assert line_marks.marks_of(traits_of(INSERT)) & line_marks.INLINE
    assert not line_marks.marks_of(traits_of("Lire la suite de l'enquête sur le port")) & (
        line_marks.INLINE
    )


def test_the_insert_is_left_out_of_the_body() -> None:
    text = page("Le ferry revient au quai", "Par Ann Example", *STORY[:3], INSERT, *STORY[3:])
    body = extract_text_page(text).articles[0].body
    assert "bouées" not in body and STORY[0] in body and STORY[-1] in body
