"""The text reader's precision (session 30): a picture's alt text printed apart from its
caption, another story's teaser (its label, its headline) inside the story. Pages written here,
about fictional outlets."""

from __future__ import annotations

from tests.extract.test_text_body import STORY, body_of, page


def test_an_alt_text_saying_what_its_caption_says_is_the_pictures() -> None:
    # A picture printed as its alt text, its caption and its credit, each apart (as the story's
    # paragraphs are): the alt text says the caption's words, so the three are the picture's.
    from newsdesk.extract import extract_text_page

    alt = "Mayor Ann Example speaks at a rally."
    caption = "Then-candidate Ann Example speaks at a rally on May 2 in Portvale, Westshire."
    text = page(
        "Harbour Times", "Harbour reopens after the storm", "By Bo Example", alt, caption,
        "Cy Example/Example Images", *STORY,
    )  # fmt: skip
    article = extract_text_page(text).articles[0]
    assert STORY[0] in article.body and STORY[-1] in article.body
    assert "speaks at a rally" not in article.body
    assert any("Then-candidate" in image.caption for image in article.images)


def test_another_storys_teaser_inside_the_story_is_not_a_sub_heading() -> None:
    # Between two paragraphs, a teaser's label over its headline; further down, a sub-heading
    # of the story's own, alone over its paragraph.
    text = page(
        "Harbour Times", "Harbour reopens after the storm", "3 March 2025", *STORY[:3],
        "Harbour Watch", "Lighthouse Keeper Recalls The Winter The Lamp Went Dark", *STORY[3:5],
        "What the ferries do next", STORY[5],
    )  # fmt: skip
    body = body_of(text)
    assert all(p in body for p in STORY)
    assert "Lighthouse Keeper" not in body
    assert "What the ferries do next" in body


def test_kicker_over_headline_shapes() -> None:
    from newsdesk.extract.text.kept_once import kicker_over_headline as kicker

    assert kicker("Explore further", "Old ferry engines may have been simpler than thought")
    assert kicker("False", "Harbour records from several offices dispute the claim")
    # A list's label, a picture's alt text said twice, a shouted line, a label with figures.
    assert not kicker("Harbour awards:", "Ferry of the year goes to the Northern Star")
    assert not kicker("Grey gull Grey gull", "Here is why the harbour matters to the town")
    assert not kicker("Harbour Watch", "FERRY OF THE YEAR GOES TO THE NORTHERN STAR")
    assert not kicker("Top 10", "Old ferry engines may have been simpler than thought")
    # Two short lines, or a long paragraph's worth: no teaser's headline.
    assert not kicker("Harbour Watch", "The quay")


def test_a_section_label_over_a_sub_heading_naming_what_follows_stays() -> None:
    # A manual's section label over a sub-heading of a headline's length: the sub-heading
    # names a word of the paragraph under it, as a story's own sub-heading does.
    text = page(
        "Harbour Manual", "Running the harbour office", "3 March 2025", *STORY[:3],
        "Installation", "Setting Up The Ledger Terminal In The Quay Office",
        "The ledger terminal stands by the quay office door and needs a cable, a desk and an "
        "hour of a clerk's time before the ferries come in.",
        *STORY[3:],
    )  # fmt: skip
    body = body_of(text)
    assert "Setting Up The Ledger Terminal" in body
