"""Stories whose substance is records or a list below the prose (session 14): a product's data
sheet, each winner's record, the winners listed by category under a paragraph that points
below. Fictional outlets, our own words."""

from __future__ import annotations

from newsdesk.extract.text import story_close
from newsdesk.extract.text.lines import normalise
from tests.extract.test_text_body import body_of, page

MENU = ["* Home", "* Shop", "* Racing", "* Results", "* Contact"]
FOOTER = ["« Previous Next »", "© Copyright Fernhill Turf Weekly. All rights reserved."]

LEAD = (
    "Three horses bought at the Fernhill autumn sale won their races at the weekend, and the "
    "biggest price paid among them was made back in a single afternoon on the heavy ground."
)
SECOND = (
    "Here are the winners of the weekend with the sale they came from, the price paid for each "
    "and the trainer who now has them, as the sale's office sent them to us on Monday."
)

# Each winner: a heading, then fields ("Label: value"), then a picture's caption line.
WINNERS = [
    ("Bramble Quest", "Autumn Sale, lot 12", "41,000", "Ivo Larch", "Pell Farm"),
    ("Copper Wren", "Autumn Sale, lot 88", "9,500", "Mina Sorrel", "Holt Stud"),
    ("Tidal Mist", "Spring Sale, lot 3", "27,000", "Ivo Larch", "Dunmere Farm"),
]


def _winner(name: str, sale: str, price: str, trainer: str, farm: str) -> list[str]:
    return [
        f"[{name}]",
        f"Sale: {sale}",
        f"Price: {price} pounds",
        f"Trainer: {trainer}",
        f"Breeder: {farm}",
        f"Won the handicap by two lengths, {name} is the sale's tenth winner",
    ]


def _records_page() -> str:
    records = [line for w in WINNERS for line in _winner(*w)]
    return page(
        *MENU,
        "Sale graduates win at the weekend",
        "By Orla Fenwick",
        "12 July 2024",
        LEAD,
        SECOND,
        *records,
        "* #racing",
        "* #sales",
        *FOOTER,
    )


def test_records_closing_the_story_are_kept():
    body = body_of(_records_page())
    assert SECOND in body
    for _, sale, price, trainer, _ in WINNERS:
        assert f"Sale: {sale}" in body
        assert f"Price: {price} pounds" in body
        assert f"Trainer: {trainer}" in body
    assert "#racing" not in body


def test_three_fields_under_a_post_are_its_labels_not_records():
    # An author, a category and tags: a post's own labels, three fields only.
    lines = normalise(
        page(
            LEAD,
            SECOND,
            "Author: orla | Posted on Monday",
            "Category: Racing, Sales",
            "Tags: horses, sales, weekend",
            "Leave a comment",
        )
    )
    assert story_close.extend_over_records(lines, (0, 2)) == (0, 2)


def test_fields_whose_value_is_a_link_are_not_records():
    lines = normalise(
        page(
            LEAD,
            SECOND,
            "Listen: https://example.org/ep1",
            "Download: https://example.org/ep1.mp3",
            "Feed: https://example.org/feed",
            "Apple: https://example.org/apple",
        )
    )
    assert story_close.extend_over_records(lines, (0, 2)) == (0, 2)


CATEGORIES = {
    "SINGER OF THE YEAR": ["Ada Quillon", "Bex Marlow", "Cass Rendle (WINNER)", "Dot Averly"],
    "BAND OF THE YEAR": ["The Harbour Lights", "Fenwick Road (WINNER)", "Lanterns Out"],
    "SONG OF THE YEAR": ["“Low Tide” – Bex Marlow", "“Paper Boats” – Ada Quillon (WINNER)"],
}


def _awards_page() -> str:
    listed: list[str] = []
    for heading, names in CATEGORIES.items():
        listed += [heading, *[f"* {name}" for name in names]]
    return page(
        *MENU,
        "Valley Music Awards: the winners",
        "By Orla Fenwick",
        "12 July 2024",
        "The Valley Music Awards were handed out on Saturday night in the old mill at Fernhill, "
        "the first time in five years that the show has been held in front of a full hall of "
        "fans, musicians and their families from all over the valley.",
        "See below for the full list of winners in every category, updated through the night "
        "as the envelopes were opened on the stage.",
        *listed,
        "Orla Fenwick",
        "Music writer",
        "More from Fernhill",
        *FOOTER,
    )


def test_a_list_pointed_to_below_runs_under_its_own_headings():
    body = body_of(_awards_page())
    for heading, names in CATEGORIES.items():
        assert heading in body
        for name in names:
            assert name in body
    assert "Music writer" not in body


def test_the_story_resumes_under_a_subhead_with_a_list_it_announces():
    # The stretch ends on the story's first part; below a subhead, a paragraph announces a
    # list, the list, then the story's last paragraph (which the page's weights discount as
    # a lone blurb): the stretch grows over all of it, and stops at the author's line.
    lines = normalise(
        page(
            LEAD,
            SECOND,
            "Watching the herd",
            "To judge how well the cows are doing, the farmer can read a few simple signs:",
            "* the ratio of fat to protein in the milk,",
            "* the body condition score,",
            "* regular weighing,",
            "* how long the cows chew the cud.",
            "The monthly milk reports already give the farmer most of these figures, so that the "
            "herd's feeding can be changed long before a cow shows that something is wrong.",
            "Author: Orla Fenwick, Fernhill Farm Institute",
            "More from Farming",
            "* Sows and water: how much do they drink?",
        )
    )
    scores = [40.0, 35.0, -2.0, 2.0, -4.0, -4.0, -4.0, -4.0, 6.0, -2.0, -60.0, -4.0]
    assert len(scores) == len(lines)
    assert story_close.extend_over_closing_list(lines, (0, 2), scores) == (0, 9)
    assert all(line.listed for line in lines[4:8])


def test_a_list_announced_below_the_story_without_more_story_is_left():
    # The same, but a teaser box follows the list: the announcing line was not the story's.
    lines = normalise(
        page(
            LEAD,
            SECOND,
            "Before you go, take a look at what our readers bought this week in the shop:",
            "* Fernhill Turf Weekly tote bag",
            "* Fernhill Turf Weekly calendar",
            "* Fernhill Turf Weekly mug",
            "More from Racing",
        )
    )
    scores = [40.0, 35.0, 2.0, -4.0, -4.0, -4.0, -60.0]
    assert story_close.extend_over_closing_list(lines, (0, 2), scores) == (0, 2)
    assert not any(line.listed for line in lines)


ADVANTAGES = [
    "Wears off scratches on the blade",
    "Keeps the hinge from squeaking",
    "Lasts a whole season of mowing",
    "Works in frost and in summer heat",
    "Cleans off with warm water",
    "Safe for steel, brass and copper",
    "Sold in tins of two sizes",
]


def test_a_list_under_the_first_paragraph_is_the_story_not_its_header():
    # A product's advantages, seven short lines under their own heading right below the first
    # paragraph: a list of the story, not the header's credit, date and share row.
    body = body_of(
        page(
            *MENU,
            "Fernhill Hinge Grease",
            "How it works",
            "This grease coats the moving parts of garden tools with a thin film that fills worn "
            "spots in the metal, so that the blade and the hinge turn as smoothly as they did on "
            "the day they were bought, and keeps rust away between uses in the shed.",
            "Advantages",
            *ADVANTAGES,
            "How to use it",
            "Wipe the old grease off.",
            "Fill the joint with the grease until half of it is full, then work the blade open "
            "and shut a few times so that the film spreads over every part that moves.",
            *FOOTER,
        )
    )
    for item in ADVANTAGES:
        assert item in body
