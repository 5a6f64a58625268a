"""The text reader's choice of the story's stretch (session 17, text17-choice): the site's
legal notes under its footer menus are no story, and a short story of a few list items is
still one."""

from __future__ import annotations

from newsdesk.extract.text.read import read_text
from newsdesk.extract.text.region import LEGAL_NOTICE

_MENU = ["* Home", "* Recipes", "* Baking", "* Soups", "* Desserts", "* Archive", "* About"]


def _page(*parts: str) -> str:
    return "\n\n".join(parts) + "\n"


def test_legal_notes_under_the_footer_menus_are_not_the_story():
    # A short recipe (its steps weigh less than the notes), then the comment form, the menus
    # again and the blog's notes on its pictures' licence and on liability for links.
    story = [
        "Pumpkin bread",
        "12 November 2024",
        "Mix the flour, the sugar and the spices in a large bowl.",
        "Stir in the mashed pumpkin and the melted butter until smooth.",
        "Bake for fifty minutes until a skewer comes out clean.",
    ]
    notes = [
        "The pictures on this blog are licensed under a Creative Commons licence for private "
        "use only, and any other use needs the author's consent.",
        "Despite careful checks of their content, the author accepts no liability for the "
        "content of external links; the operators of the linked pages alone are responsible "
        "for them.",
    ]
    page = read_text(_page("Fern Kitchen", *_MENU, *story, "Leave a comment", *_MENU, *notes))
    assert page.kind == "article"
    body = page.articles[0].body
    assert "Bake for fifty minutes" in body
    assert "Creative Commons" not in body


def test_a_short_agenda_under_its_header_is_the_story():
    # Nothing on the page weighs more than two items of an agenda: they are the story, not
    # too little to be one.
    story = [
        "April meeting",
        "Posted on 11 April 2024 by the organisers",
        "Host: the reading room of the old harbour library",
        "* Two short talks on running a small choir (30 mins)",
        "* What we learned from three years of open rehearsals: three members tell how the "
        "evenings went and what they would change next time (1 hour).",
        "* Drawing lessons from those evenings for the summer concert (45 mins).",
        "* Where and when to meet next time (15 mins)",
    ]
    menu = ["* Home", "* Talks", "* Members", "* Archive", "* About"]
    tail = ["Share this:", "* Print", "* Email", "Leave a comment", "Your name", "Your email"]
    page = read_text(_page("Harbour Singers", *menu, *story, *tail))
    assert page.kind == "article"
    assert "summer concert" in page.articles[0].body


def test_legal_notice_words_in_several_languages():
    for text in (
        "© 2024 Example Media. All rights reserved.",
        "Alle Rechte vorbehalten. Nachdruck nur mit Genehmigung.",
        "No part may be used without the prior written permission of the publisher.",
        "Tous droits réservés.",
        "Все права на материалы сайта принадлежат редакции.",
    ):
        assert LEGAL_NOTICE.search(text), text
    assert not LEGAL_NOTICE.search("The council reserved two rights of way for the new path.")
