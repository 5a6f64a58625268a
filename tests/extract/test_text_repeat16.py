"""A box the page prints again and again between the story's paragraphs (session 16): the story
runs on across it, and the box stays out of the body."""

from __future__ import annotations

from tests.extract.test_text_body import body_of, page, para

# The Lakeside Ledger's box of its most read stories (our own words), printed after every few
# paragraphs: a header, then each teaser's section, headline and writer.
_BOX = [
    "Most Popular",
    "* Gardens",
    "Twelve Tools Every Allotment Needs This Spring",
    "Rosa Example",
    "* Money",
    "Why The Ferry Fares Will Rise Again In June",
    "Tom Sample",
    "* Culture",
    "A Choir Of Retired Sailors Tours The Coast",
    "Ida Placeholder",
    "* Sport",
    "The Rowing Club Finally Wins Its Home Regatta",
    "Ben Fictional",
]


def _story_page(box: list[str]) -> tuple[str, list[str]]:
    story = [para(n, "the lock gates") for n in range(1, 10)]
    text = page("Lakeside Ledger", "* News", "* Gardens", "* Money", "* Culture", "* Sport",
                "Lock gates fail again on the old canal", "By Una Writer", "4 March 2025",
                *story[:3], *box, *story[3:6], *box, *story[6:], *box,
                "About us", "Contact", "© 2025 Lakeside Ledger")  # fmt: skip
    return text, story


def test_the_story_runs_on_across_a_box_printed_again_and_again():
    text, story = _story_page(_BOX)
    body = body_of(text)
    assert all(p in body for p in story)
    assert "Twelve Tools" not in body
    assert "Rosa Example" not in body


def test_a_box_printed_once_still_ends_the_story():
    # The same box, once, under the story's first paragraphs: the page's list, as before.
    story = [para(n, "the lock gates") for n in range(1, 10)]
    text = page("Lakeside Ledger", "Lock gates fail again on the old canal", "By Una Writer",
                "4 March 2025", *story[:6], *_BOX, *story[6:], "About us", "Contact")  # fmt: skip
    body = body_of(text)
    assert story[0] in body
    assert "Twelve Tools" not in body


def test_a_page_printed_twice_is_not_read_on_across_its_share_bar():
    # The page prints the story, its share bar, a metadata block and the story again (in two
    # long lines), then all of that a second time: the copy is no story resumed beyond a box.
    story = [para(n, "the lock gates") for n in range(1, 7)]
    bar = [
        "* facebook",
        "* mail",
        "* print",
        "* post",
        "* save",
        "* copy link",
        "* share",
        "* follow",
        "* comment",
        "* like",
        "* tweet",
    ]
    copy = [" ".join(story[:3]), " ".join(story[3:])]
    text = page("Lakeside Ledger", "Lock gates fail again on the old canal", "By Una Writer",
                "4 March 2025", *story, *bar, "Ledger Disclosure 2", "lock gates, canal, repairs",
                *copy, *bar, "Ledger Disclosure 3", "lock gates, canal", *copy,
                "About us")  # fmt: skip
    body = body_of(text)
    assert all(p in body for p in story)
    assert "canal, repairs" not in body


def test_a_long_paragraph_printed_as_a_list_item_after_the_box_is_the_story():
    # The converter prints the box's closing empty item and the next paragraph as one item.
    story = [para(n, "the lock gates") for n in range(1, 10)]
    story[3] += " The engineers said the new seals would hold until the spring floods had passed."
    text = page("Lakeside Ledger", "Lock gates fail again on the old canal", "By Una Writer",
                "4 March 2025", *story[:3], *_BOX, "* " + story[3], *story[4:6], *_BOX,
                *story[6:], *_BOX, "About us", "Contact")  # fmt: skip
    body = body_of(text)
    assert all(p in body for p in story)
    assert "Twelve Tools" not in body
