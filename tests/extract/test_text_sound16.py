"""A gallery printed inside the story (session 16, text16-sound): its title printed again over
each slide, a heading and a caption under each; the story's prose on both sides."""

from __future__ import annotations

from tests.extract.test_text_body import body_of, page, para

_TITLE = "Old harbours of the north coast"
_SLIDES = [
    ("The first quay", para(40, "the first quay")),
    ("Fishing fleets", para(41, "the fleets")),
    ("A system of tolls", para(42, "the tolls")),
    ("Storms of the winter", para(43, "the storms")),
    ("The last ferry", para(44, "the last ferry")),
]


def _gallery() -> list[str]:
    lines = []
    for heading, caption in _SLIDES:
        lines += [_TITLE, heading, caption]
    return lines


def test_a_gallery_inside_the_story_is_not_the_story():
    above = [para(n) for n in range(1, 5)]
    below = [para(n) for n in range(5, 9)]
    text = page("Coast Weekly", "Harbour museum opens its doors", "By Ann Example",
                "3 March 2025", *above, *_gallery(), *below, "Contact us")  # fmt: skip
    body = body_of(text)
    assert all(p in body for p in above + below)
    assert not any(caption in body for _, caption in _SLIDES)


def test_a_story_between_prints_of_one_picture_text_stays():
    # The paragraphs between four prints of one picture's alt text are the story's own:
    # no slide has a heading.
    story = [para(n) for n in range(1, 7)]
    alt = "Harbour museum opens its doors image"
    parts = []
    for p in story:
        parts += [alt, p]
    text = page("Coast Weekly", "Harbour museum opens its doors", "By Ann Example",
                "3 March 2025", *parts, "Contact us")  # fmt: skip
    body = body_of(text)
    assert all(p in body for p in story)
