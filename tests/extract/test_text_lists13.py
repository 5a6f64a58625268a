"""Stories that are lists (session 13): a top-10 list of names, each with its paragraph, under
the story's header. Fictional outlets, our own words."""

from __future__ import annotations

from newsdesk.extract.text.line_score import line_score
from newsdesk.extract.text.lines import normalise
from newsdesk.extract.text.weigh import discount_lone_prose
from tests.extract.test_text_body import body_of, page

MENU = ["* Home", "* About", "* Rowing", "* Sailing", "* Swimming", "* Events", "* Contact"]
FOOTER = [
    "Category: Blog",
    "« Previous Next »",
    "© Copyright Quayside Sports. All rights reserved.",
]

# The blog's own box above the story: two paragraphs that outweigh a list discounted as
# teasers.
SIDEBAR = [
    "About this blog",
    "Quayside Sports is written by a former cox who wants every reader to feel at home on the "
    "towpath, whether they have rowed for twenty years or have never held an oar in their life.",
    "Send us your questions about rowing and sailing through the form below, and the team will "
    "answer them in the posts of the coming weeks, with drawings where words are not enough.",
]

# Ten rowers, each a short name heading (bulleted or numbered as converters print an ordered
# list) over one paragraph of a few sentences.
ROWERS = [
    (
        "Mara Quill",
        "Coach of the harbour eights for a decade. She turned a club of six into a "
        "squad of forty and still rows the early session herself every Tuesday.",
    ),
    (
        "Tess Arden",
        "Commentator on the river races for the Quay Radio. She knows every crew by "
        "its stroke and has never once missed a start in eleven seasons.",
    ),
    (
        "3.Ines Lowe",
        "Chair of the regatta board. I met her at the spring dinner and she talked "
        "boats for two hours without a single note in front of her.",
    ),
    (
        "Nora Penn",
        "Mother, surveyor and one of the reasons this blog exists at all. Nora took me "
        "to my first race and explained the rules from the towpath.",
    ),
    (
        "Ruth Calder",
        "The regatta's analyst. Lawyer, statistician and author. Her tables on split "
        "times are read by every coach on the river before a race.",
    ),
    (
        "Lena Voss",
        "Funny and sharp. She rows her own way and answers the critics on the radio "
        "with numbers. She moved to the coast station this winter.",
    ),
    (
        "Ada Brook",
        "Who does not know Ada? She makes the list because of what she did for the "
        "women's fours, and because she still signs every junior's oar.",
    ),
    (
        "8.Greta Moss",
        "A fellow islander. Editor of the Quay Bulletin. She writes about rowing "
        "and sailing and somehow finds time to coach the juniors as well.",
    ),
    (
        "The Towpath Log",
        "Ivy Marsh founded the Towpath Log and writes it for the fans on the "
        "bank. I only found the site this month and I read it every week.",
    ),
]


def _top_list() -> str:
    items: list[str] = []
    for name, words in ROWERS:
        items += [name if name[:1].isdigit() else f"* {name}", words]
    return page(
        *SIDEBAR,
        *MENU,
        "Top 10 Women in Rowing",
        "January 22, 2024",
        "A myth that many still believe: men row and talk rowing, women do not.",
        "Truth: 45% of club members are women, 40% of the coaches are women",
        "So the truth is that women row, and many of them lead the sport! In March this blog "
        "begins a series on the women who run our river, and here is where it starts.",
        "My Top 10 Women in Rowing",
        *items,
        "* YOU!",
        "Keep rowing!",
        *FOOTER,
    )


def test_a_top_ten_list_under_its_header_is_the_story():
    body = body_of(_top_list())
    for _, words in ROWERS:
        assert words in body


def test_teasers_under_a_header_whose_headlines_repeat_are_still_teasers():
    # The same shape, but each blurb's headline is printed twice (over its picture and in a
    # sidebar): a list of other stories right under a date, discounted as before.
    items: list[str] = []
    for n, (_, words) in enumerate(ROWERS):
        items += [f"Quay crews win race number {n} of the season", "Rowing", words]
    text = page("Latest", "January 22, 2024", *items, *[f"Quay crews win race number {n} of "
                "the season" for n in range(len(ROWERS))])  # fmt: skip
    lines = normalise(text)
    scores = [line_score(line) for line in lines]
    weighed = discount_lone_prose(lines, scores)
    blurbs = [i for i, line in enumerate(lines) if line.text == ROWERS[4][1]]
    assert weighed[blurbs[0]] < scores[blurbs[0]]
