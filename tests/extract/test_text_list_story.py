"""A short story that is mostly a list (a meeting's agenda, a recipe): the stretch chosen on its
few long items grows over the rest of its list (list_story.extend_over_list_story). Fictional
outlets, our own words."""

from __future__ import annotations

from newsdesk.extract.text import list_story
from newsdesk.extract.text.lines import normalise
from tests.extract.test_text_body import body_of, page

MENU = ["* Home", "* About the club", "* Events", "* Members", "* Contact"]
FOOTER = [
    "Share this:",
    "* Print",
    "* Email",
    "Leave a comment",
    "Your name [          ]",
    "Powered by Quillby Press.",
]

AGENDA = [
    "* Welcome and a round of names (10 mins)",
    "* Two short talks from members (30 mins)",
    "* Three stories from the harbour: what went well in the winter season and what the crews "
    "would change before the boats go out again in spring (45 mins)",
    "* Drawing lessons from the stories for the next season and writing them down (30 mins).",
    "* Small groups (20 mins)",
    "* Where and when we meet next (10 mins)",
]


def _agenda_page() -> str:
    return page(
        *MENU,
        "Harbour Circle meeting, April",
        "Posted on 11 April 2025 by tamsin",
        "Host: Quillby Rowing Club, Pier Road 4",
        "Agenda",
        *AGENDA,
        *FOOTER,
    )


def test_an_agenda_is_read_whole():
    body = body_of(_agenda_page())
    for item in AGENDA:
        assert item[2:] in body
    assert "Print" not in body and "About the club" not in body


STEPS = [
    "* Put all the flour, the butter and the sugar in a bowl and knead them into a smooth dough.",
    "* Roll the dough out on a floured board and cut out stars and hearts as you like.",
    "* Heat the oven to 180 degrees.",
    "Line a tray with baking paper.",
    "* Lay the biscuits on the tray.",
    "Press a few flakes of almond onto each biscuit before they go in the oven.",
    "* Bake them in the middle of the oven for 15 minutes until golden.",
]
INGREDIENTS = [
    "300 g flour",
    "1 tsp baking powder",
    "100 g ground almonds",
    "200 g butter",
    "200 g sugar",
    "1 pinch of salt",
    "1 egg",
    "Almond flakes",
]


def _recipe_page() -> str:
    return page(
        "Quillby Kitchen - cooking at home",
        *MENU,
        "Almond biscuits",
        "Makes: 40 biscuits",
        "Ingredients:",
        *INGREDIENTS,
        "Method:",
        *STEPS,
        *FOOTER,
    )


def test_a_recipe_keeps_its_ingredients_and_every_step():
    body = body_of(_recipe_page())
    for line in INGREDIENTS + STEPS:
        assert line.lstrip("* ") in body
    assert "Ingredients:" in body
    assert "Makes: 40" not in body and "Print" not in body


def test_a_list_story_does_not_grow_over_a_menu():
    lines = normalise(
        page(
            *MENU,
            "* " + "The harbour board met on Tuesday and agreed to keep the early ferry. " * 2,
            "The late ferry moves an hour forward so that the night crews can rest longer.",
            "Harbour masters had asked for the change since the autumn, the board said.",
        )
    )
    start = next(i for i, line in enumerate(lines) if line.text.startswith("The harbour"))
    # Half its lines are list items, but the bullets right above it say a word or two each:
    # a menu, not more of its list.
    region = (start, start + 2)
    assert list_story.extend_over_list_story(lines, region) == region
