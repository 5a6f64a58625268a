"""Lines the text reader kept that are not the story (issue 2, session 16): a header's facts
printed as one line of parts above the story. Pages written here, about fictional outlets."""

from __future__ import annotations

from newsdesk.extract import extract_text_page
from newsdesk.extract.text import line_marks
from newsdesk.extract.text.fact_line import is_meta_parts
from newsdesk.extract.text.lines import normalise
from tests.extract.test_text_body import STORY, body_of, page

# A header's facts in one line, as pages print them over the story (our own words).
META_LINES = [
    "HARBOUR WIRE | March 9, 2021 | Updated 08:24 GMT",
    "PUBLISHED: March 9, 2021 at 9:06 a.m. | UPDATED: March 9, 2021 at 9:26 a.m.",
    "Par J. Exemple - 05:01 - Temps de lecture :",
    "Noticias del Puerto | marzo 9, 2021 | 7:09 am | Agencia Ejemplo.",
]


def test_a_line_of_header_parts_with_a_date_a_time_or_a_byline_is_meta() -> None:
    for text in META_LINES:
        assert is_meta_parts(normalise(text)[0], None), text


def test_sentences_and_scores_parted_by_dashes_are_no_meta() -> None:
    for text in [
        "Smith - who left in May 2019 - said the yard would close by the end of the year.",
        "Portvale - The harbour master said on Monday 8 March 2021 that the quay would open.",
        "Portvale Rovers - Bayside United 2:1",
        "Fish | Chips | Peas",  # parts, but none a date, a time or a byline
    ]:
        assert not is_meta_parts(normalise(text)[0], None), text


def test_the_story_leaves_out_a_header_line_printed_above_it() -> None:
    for meta in META_LINES:
        body = body_of(page("Harbour Notes", "Pier stalls to sell hot meals", meta, *STORY))
        assert STORY[0] in body and STORY[-1] in body
        assert meta[:14] not in body, meta


def test_a_parted_line_read_whole_as_a_date_still_dates_the_story() -> None:
    # The date reader goes first: "March 9, 2021 | 08:24" is the story's date, as before.
    text = page("Harbour Notes", "Pier stalls to sell hot meals", STORY[0],
                "March 9, 2021 | 08:24", *STORY[1:])  # fmt: skip
    article = extract_text_page(text).articles[0]
    assert article.published is not None and article.published.startswith("2021-03-09")
    assert "08:24" not in article.body


def test_read_alone_before_another_storys_title_is_an_insert() -> None:
    for text in [
        "Baca: Jadwal Kapal Feri Pelabuhan Contoh Senin 4 Mei 2020",
        "Read: The harbour master's full letter to the council",
        "Leia: Prefeitura de Exemplo fecha o cais por uma semana",
    ]:
        assert line_marks.marks(normalise(text)[0]) & line_marks.INLINE, text
    # A sentence that goes on after the word ("Read: it said nothing") is no title.
    assert (
        not line_marks.marks(normalise("Read: it said nothing new about the quay.")[0])
        & line_marks.INLINE
    )


def test_the_story_leaves_out_read_lines_inside_it() -> None:
    insert = "Baca: Jadwal Kapal Feri Pelabuhan Contoh Senin 4 Mei 2020"
    body = body_of(page("Harbour Notes", "Pier stalls to sell hot meals", *STORY[:3], insert,
                        *STORY[3:]))  # fmt: skip
    assert STORY[3] in body and "Jadwal Kapal" not in body


def test_header_parts_padded_into_a_converters_columns_are_read_as_one_space() -> None:
    padded = "Harbour Notes" + " " * 300 + "|" + " " * 200 + "March 9, 2021"
    assert is_meta_parts(normalise(padded)[0], None)
    # A table's row padded the same way, no part of it a date, a time or a byline, is no meta.
    row = "Pos" + " " * 400 + "Team" + " " * 300 + "-" + " " * 200 + "Pts"
    assert not is_meta_parts(normalise(row)[0], None)
