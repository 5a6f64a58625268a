"""Text inside the story that is the page's (session 25): another story's headline printed as a
link that ends in a guillemet ("... »") between the story's paragraphs, alone or glued on under
a paragraph. Pages written here, about fictional outlets."""

from __future__ import annotations

from newsdesk.extract.text.boxes import onward_link
from tests.extract.test_text_body import STORY, body_of, page

LINK = "Ferry crews walk out over the new winter timetable at the east quay »"


def test_another_storys_headline_as_a_link_is_not_the_storys() -> None:
    text = page("Harbour Wire", "Pier stalls to sell hot meals", "By Ann Example",
                "3 March 2025", *STORY[:3], LINK, *STORY[3:])  # fmt: skip
    body = body_of(text)
    assert STORY[2] in body and STORY[3] in body and STORY[-1] in body
    assert "Ferry crews walk out" not in body


def test_a_link_glued_on_under_a_paragraph_leaves_the_paragraph() -> None:
    glued = STORY[2] + " [Most read] " + LINK
    text = page("Harbour Wire", "Pier stalls to sell hot meals", "By Ann Example",
                "3 March 2025", *STORY[:2], glued, *STORY[3:])  # fmt: skip
    body = body_of(text)
    assert STORY[2] in body and STORY[-1] in body
    assert "Ferry crews walk out" not in body


def test_a_quotes_closing_guillemet_is_no_link() -> None:
    assert onward_link("« Nous rouvrirons le quai au printemps »") is None
    assert onward_link("tous les bateaux du port, comme chaque hiver. »") is None
    assert onward_link("Die Fähre fährt wieder, sagte sie: »") is None
    assert onward_link("Harbour council names a new warden ›") == ""
    assert onward_link("Can the quay be saved? Read more. »") == ""


def test_a_pictures_file_name_between_paragraphs_is_no_heading() -> None:
    # A picture's alt text that is its file name, and an agency's slug, as converters print them.
    for name in ("harbour-week-2024-pier-stalls-hot-meals-03", "US-HARBOUR-STRIKE-FERRY"):
        text = page("Harbour Wire", "Pier stalls to sell hot meals", "By Ann Example",
                    "3 March 2025", *STORY[:3], name, *STORY[3:])  # fmt: skip
        body = body_of(text)
        assert STORY[2] in body and STORY[3] in body
        assert name not in body


def test_a_hyphenated_heading_with_spaces_stays() -> None:
    heading = "Year-by-year: the quay's long-awaited re-opening"
    text = page("Harbour Wire", "Pier stalls to sell hot meals", "By Ann Example",
                "3 March 2025", *STORY[:3], heading, *STORY[3:])  # fmt: skip
    assert heading in body_of(text)


def test_a_caption_credited_to_an_agencys_file_picture_is_no_paragraph() -> None:
    # "... / AP file" ends the caption; a converter glued the photographer's name to its stop.
    for caption in (
        "Harbour master Ann Example speaks at the quay on July 25, 2019.J. Bo Example / AP file",
        "Harbour master Ann Example speaks at the quay on July 25, 2019. Bo Example / Reuters file",
    ):
        text = page("Harbour Wire", "Pier stalls to sell hot meals", "By Ann Example",
                    "3 March 2025", *STORY[:3], caption, *STORY[3:])  # fmt: skip
        body = body_of(text)
        assert STORY[2] in body and STORY[3] in body
        assert "speaks at the quay" not in body


def test_a_pictures_alt_text_over_its_caption_and_credit_is_no_paragraph() -> None:
    # The picture's alt text, its caption and its credit printed as one block between the
    # story's paragraphs (no blank line inside the block).
    block = (
        "A gull sits on a lamp over the pier on May 7, 2024 in Harbourtown.\n"
        "Fog over the quay is shortening the pier's season by weeks.\n"
        "Ann Example/Harbour Times/Getty Images"
    )
    text = page("Harbour Wire", "Pier stalls to sell hot meals", "By Ann Example",
                "3 March 2025", *STORY[:3], block, *STORY[3:])  # fmt: skip
    body = body_of(text)
    assert STORY[2] in body and STORY[3] in body
    assert "A gull sits" not in body and "Fog over the quay" not in body


def test_a_quote_over_a_picture_without_a_named_credit_stays() -> None:
    quote = "“We will keep the stalls open through the winter, whatever the fog does,” she said."
    block = quote + "\nFog over the quay is shortening the pier's season by weeks.\nView photos"
    text = page("Harbour Wire", "Pier stalls to sell hot meals", "By Ann Example",
                "3 March 2025", *STORY[:3], block, *STORY[3:])  # fmt: skip
    assert "keep the stalls open" in body_of(text)
