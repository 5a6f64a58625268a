"""Rules from the studied half of the fresh set, third round (session 13), written here about
fictional outlets: a "latest articles" header naming where its list comes from, ..."""

from __future__ import annotations

from newsdesk.extract.text import shapes
from tests.extract.test_text_body import STORY, body_of, page, para


def test_a_latest_articles_header_naming_its_section_ends_the_story():
    # Under the story, a collective's site lists its latest articles in the story's sections,
    # each header naming the section ("Derniers articles de la rubrique « Vie du port » :"),
    # each entry a headline and a long lead: other stories, not this one's end.
    entries = []
    for n in range(4):
        entries += [f"Un autre titre numéro {n} du port", para(40 + n, f"teaser {n}")]
    text = page("La Gazette du Quai", "Grève des ferries : fin des négociations",
                "Publié le 9 juin 2025", *STORY[:4], "Partager",
                "Derniers articles de la rubrique « Vie du port / Marées / Métiers » :",
                *entries[:4],
                "Derniers articles de la rubrique « Justice / Police / Médias » :",
                *entries[4:])  # fmt: skip
    body = body_of(text)
    assert body.startswith(STORY[0]) and STORY[3] in body
    assert "teaser" not in body


def test_latest_articles_headers_in_other_languages_are_list_headers():
    for header in ["Neueste Beiträge", "Letzte Artikel aus der Region", "Últimas noticias",
                   "Derniers articles de la thématique « Sport » :", "Ultime notizie",
                   "Laatste nieuws", "Dernières actus"]:  # fmt: skip
        assert shapes.LIST_HEADERS.match(header), header
    # A sentence that opens with the words is no header.
    assert not shapes.LIST_HEADERS.match(
        "Derniers articles parus, le port a fermé. Puis il a rouvert."
    )
