"""Rules from the studied half of the fresh set, third round (session 13), written here about
fictional outlets: a "latest articles" header naming where its list comes from, ..."""

from __future__ import annotations

from newsdesk.extract.text import line_marks
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
        assert line_marks.LIST_HEADERS.match(header), header
    # A sentence that opens with the words is no header.
    assert not line_marks.LIST_HEADERS.match(
        "Derniers articles parus, le port a fermé. Puis il a rouvert."
    )


def test_an_editors_tip_and_a_you_might_also_like_box_end_the_story():
    # A trade blog closes its story with the editors' tip (another story), its writer's box and
    # "you might also like": headlines, each over a line of date, author and comment state.
    liked = []
    for n, title in enumerate(["Ohne Hafenkran keine Logistik: der Kai braucht Pflege",
                               "Die fünf wichtigsten Trends für Fährbetriebe 2025",
                               "Vier gängige Mythen über Gezeiten"]):  # fmt: skip
        liked += [
            title,
            f"März 202{n} Kai-Nachrichten Redaktion Kommentare deaktiviert für {title}",
        ]
    text = page("Kai-Nachrichten", "Interview: Fähren und Gezeiten", *STORY[:4],
                "Redaktionstipp", "Lesen Sie hier einen weiteren spannenden Beitrag …",
                "Das könnte dir auch gefallen", *liked, "Kommentare sind geschlossen.")  # fmt: skip
    body = body_of(text)
    assert body.startswith(STORY[0]) and STORY[3] in body
    assert "Mythen" not in body and "Redaktionstipp" not in body


def test_a_deals_box_under_the_story_is_no_part_of_it():
    deals = [f"Gadget {n} is only ${n}99 at Example Store It is a good price for a gadget of "
             f"its kind, with fairly modern parts" for n in range(1, 5)]  # fmt: skip
    # (A closing list right under the last paragraph is growth's to judge: here a line parts
    # them, as on the page this was seen on.)
    text = page("The Quayside", "The new ferry app, reviewed", *STORY[:4], "Next Up In Ferries",
                "Good Deals", *deals)  # fmt: skip
    body = body_of(text)
    assert STORY[3] in body and "Gadget" not in body
