"""The text reader's repeated lines (session 21): a line the story prints again and again
itself (a song's refrain after each verse, the same question put to each guest) stands between
the story's own lines and stays the story's; a widget printed three times (a line between
paragraphs, a newsletter box) stays chrome. Pages written here, about fictional outlets."""

from __future__ import annotations

from newsdesk.extract.text.lines import normalise
from newsdesk.extract.text.page_chrome import _mark_repeated_lines
from tests.extract.test_text_body import STORY, body_of, page

REFRAIN = ["Row on, row on, the tide is turning", "Row on, the lamps of home are burning"]
VERSES = [
    ["The nets were mended in the morning", "The gulls came crying round the quay",
     "We left the harbour without warning", "And sailed into the grey cold sea"],
    ["My father stood upon the shingle", "My mother waited by the door",
     "The wind was sharp and made us tingle", "We would not see the town for more"],
    ["And when the storm had blown to nothing", "We counted every soul on board",
     "The skipper sang a song of something", "And all of us sang back the chord"],
]  # fmt: skip
INTRO = (
    "The choir of the fishing village has sung the same old song at every launch for a "
    "hundred years, and this spring it was written down for the first time in full."
)
OUTRO = (
    "The choir will sing it again at the launch of the new lifeboat next month, and the "
    "village hall has asked everyone who knows the words to come along and join them."
)


def _chrome(text: str, line: str) -> list[bool]:
    lines = normalise(text)
    _mark_repeated_lines(lines)
    return [x.chrome for x in lines if x.text == line]


def test_a_songs_refrain_printed_after_each_verse_is_the_storys() -> None:
    song = [part for verse in VERSES for part in ("\n".join(verse), "\n".join(REFRAIN))]
    text = page("Harbour Times", "Home", "The song the harbour sings", "By Ann Example",
                "March 3, 2025", *STORY[:2], INTRO, *song, OUTRO, *STORY[2:],
                "Most read", "Storm closes the coast road")  # fmt: skip
    assert _chrome(text, REFRAIN[0]) == [False] * 3
    body = body_of(text)
    assert REFRAIN[0] in body and REFRAIN[1] in body
    assert body.endswith(STORY[-1])


def test_the_same_questions_put_to_each_guest_are_the_storys() -> None:
    questions = [
        "What made you start cooking for other people?",
        "Which kitchen do you like best, and is there a dish you will not eat?",
    ]
    guests = []
    for n, name in enumerate(["Ann Example", "Ben Sample", "Cora Mock"]):
        guests += [name, f"Account: @cook{n}"]
        for q, question in enumerate(questions):
            guests += [question, f"— Answer {n}.{q}: " + STORY[(n + q) % len(STORY)]]
    text = page("Harbour Times", "Home", "Three cooks of the harbour", "By Dan Writer",
                "March 3, 2025", STORY[0], *guests, "Most read",
                "Storm closes the coast road")  # fmt: skip
    assert _chrome(text, questions[0]) == [False] * 3
    body = body_of(text)
    assert body.count(questions[1]) >= 1
    assert "Answer 2.1" in body


def test_widgets_printed_three_times_between_paragraphs_stay_chrome() -> None:
    # A line set between two paragraphs at every print that ends no sentence.
    note = "Story continues below the advertisement"
    text = page("Harbour Times", "Harbour reopens", *STORY[:2], note, *STORY[2:4], note,
                *STORY[4:], note, STORY[0].replace("1", "7"))  # fmt: skip
    assert _chrome(text, note) == [True] * 3
    # A newsletter box of three lines printed three times inside the story: its title is
    # too short to be a refrain, so the box's other lines are no refrain either.
    box = ["Harbour Morning Letter", "Get the harbour news you need before breakfast.",
           "Sign Up for the Harbour Morning Letter"]  # fmt: skip
    text = page("Harbour Times", "Harbour reopens", STORY[0], *box, STORY[1], STORY[2], *box,
                STORY[3], STORY[4], *box, STORY[5])  # fmt: skip
    assert _chrome(text, box[1]) == [True] * 3
    # A teaser printed beside a share bar each time is the page's.
    teaser = "Lighthouse keepers mark a century on the point"
    share = "Share on Facebook Share on Twitter Share by Email"
    shares = [share.replace("Email", "Mail"), share, share + " now"]  # each printed once
    text = page("Harbour Times", STORY[0], teaser, shares[0], STORY[1], STORY[2], teaser,
                shares[1], STORY[3], STORY[4], teaser, shares[2], STORY[5])  # fmt: skip
    assert _chrome(text, teaser) == [True] * 3
    # A teaser (a sentence, between lines printed once) printed again far down the page.
    teaser = "The harbour wall will be rebuilt, the council says."
    prose = [STORY[n % len(STORY)].replace("Paragraph", f"Part {n}") for n in range(36)]
    text = page("Harbour Times", *prose[:2], teaser, *prose[2:4], "Ferry timetable", teaser,
                *prose[4:36], teaser, "Lighthouse open days")  # fmt: skip
    assert _chrome(text, teaser) == [True] * 3
