"""A story told in parts (a how-to's steps, a listicle's sections), each part a heading and a
picture's caption and credit over one paragraph: the stretch grows over the parts below it
(growth.extend_over_parts; session 36). Lines written here."""

from __future__ import annotations

from newsdesk.extract import extract_text_page
from newsdesk.extract.text.growth import extend_over_parts
from newsdesk.extract.text.lines import normalise
from tests.extract.test_text_body import page

INTRO = [
    "A lantern jar garden keeps a little of the harbour's green on a windowsill all winter, "
    "and it takes no more than an afternoon and a few things from the shed to put together.",
    "The keepers' guild of Cape Morrow has made them for its open days since the tower "
    "reopened, and its volunteers were happy to show how one goes together from start to end.",
]
STEPS = [
    ("Fill the jar", "Spread a layer of small stones over the bottom of the jar so that water "
     "drains away from the roots."),
    ("Add the soil", "Press a hand's depth of soil over the stones and make a small hollow "
     "for each plant."),
    ("Plant the ferns", "Set the ferns in their hollows and firm the soil around them with "
     "the back of a spoon."),
    ("Cover with moss", "Lay the moss over the bare soil, tucking its edges in with a pencil "
     "so that none of it shows."),
    ("Close the lid", "Water lightly once, then close the lid and keep the jar out of the "
     "midday sun for a week."),
]  # fmt: skip


def _parts() -> list[str]:
    out = []
    for n, (caption, text) in enumerate(STEPS, 1):
        out += [f"Step {n}", text, caption, f"{caption} (Orla Penhallow)"]
    return out


def _text() -> str:
    return page(
        "Morrow Courier",
        "How to plant a lantern jar garden",
        "By Ann Example",
        "3 March 2025",
        *INTRO,
        *_parts(),
        "Related Searches",
        "More Like This",
        "How to Paint a Lighthouse in Watercolour",
        "How to Knot a Harbour Rope",
        "Copyright 2025 Morrow Courier. All rights reserved.",
    )


def test_every_step_of_a_how_to_is_read() -> None:
    body = extract_text_page(_text()).articles[0].body
    assert INTRO[0] in body
    for _, text in STEPS:
        assert text in body
    assert "Watercolour" not in body and "Copyright" not in body


def test_comments_under_the_steps_are_not_parts() -> None:
    comments = []
    for n, name in enumerate(("Bo Example", "Cy Example", "Di Example"), 1):
        comments += [name, f"{n} March 2025 at 10:0{n}",
                     f"Lovely idea, we made one with the children this weekend and number {n} "
                     "is already growing well on the kitchen dresser."]  # fmt: skip
    text = page(
        "Morrow Courier",
        "How to plant a lantern jar garden",
        "By Ann Example",
        "3 March 2025",
        *INTRO,
        *_parts(),
        "3 Comments",
        *comments,
        "Copyright 2025 Morrow Courier. All rights reserved.",
    )
    body = extract_text_page(text).articles[0].body
    assert STEPS[-1][1] in body and "dresser" not in body


def _grown(heads: list[list[str]], inside: int) -> tuple[int, int]:
    """extend_over_parts over a stretch of the intro and the first `inside` parts, then the
    rest below, each part given by its short lines over a paragraph; the hand scores' weights
    as weigh leaves them (short lines against the story, each lone paragraph a little for
    it). The whole page's span if it grows to the last part."""
    texts = list(INTRO)
    ends = [2]
    for n, head in enumerate(heads):
        texts += [*head, STEPS[n % len(STEPS)][1]]
        ends.append(len(texts))
    lines = normalise("\n\n".join(texts) + "\n")
    assert len(lines) == len(texts)
    scores = [line.words * (1.0 if i < 2 else 0.15) if i < 2 or line.words >= 10 else -2.0
              for i, line in enumerate(lines)]  # fmt: skip
    return extend_over_parts(lines, scores, (0, ends[inside]))


def _steps(count: int) -> list[list[str]]:
    return [[f"Step {n}", "Moss around the fern", "Moss around the fern (Orla Penhallow)"]
            for n in range(1, count + 1)]  # fmt: skip


def test_parts_grow_under_their_labels() -> None:
    assert _grown(_steps(4), 1) == (0, 2 + 4 * 4)


def test_a_story_ending_on_plain_paragraphs_does_not_grow_into_parts() -> None:
    # The items below are shaped alike, each under a section's label: a list of other stories.
    assert _grown(_steps(4), 0) == (0, 2)


def test_a_news_list_under_the_story_is_not_its_parts() -> None:
    # Each item a picture's caption and a headline of its own over a blurb: other stories.
    news = [["Crowds at the quay in the morning. Photo:", f"The ferry returns for spring {n}"]
            for n in range(1, 5)]  # fmt: skip
    assert _grown(_steps(1) + news, 1) == (0, 2 + 4)
