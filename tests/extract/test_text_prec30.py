"""The text reader's precision (session 30): where the story ends. A share prompt or a box's
header under the story, then teasers read on as if the story resumed: the page's furniture, cut
off; a story that goes on after such a line keeps all of it. Pages written here, about
fictional outlets."""

from __future__ import annotations

from newsdesk.extract.text.body import _SHARE_PROMPT
from newsdesk.extract.text.tail import furniture_cut
from tests.extract.test_text_body import STORY, body_of, page, para

# A longer story: the teasers under it say a sixth of it or less.
LONG = [para(n) for n in range(1, 13)]


def _teaser(n: int) -> list[str]:
    # Another story's headline, then its blurb: one sentence, a dozen words or more.
    return [
        f"Ferry number {n} returns to the northern quay",
        f"The old ferry {n} is back on the northern route after a winter in the yard, "
        "the harbour office said.",
    ]


def test_teasers_under_a_share_prompt_are_not_the_story() -> None:
    text = page(
        "Harbour Times", "Harbour reopens after the storm", "3 March 2025", *LONG,
        "Share this:", *_teaser(1), *_teaser(2), *_teaser(3),
    )  # fmt: skip
    body = body_of(text)
    assert LONG[0] in body and LONG[-1] in body
    assert "Ferry number" not in body and "winter in the yard" not in body


def test_teasers_under_a_read_also_header_are_not_the_story() -> None:
    text = page(
        "Harbour Times", "Harbour reopens after the storm", "3 March 2025", *LONG,
        "Lesen Sie auch:", *_teaser(4), *_teaser(5),
    )  # fmt: skip
    body = body_of(text)
    assert LONG[-1] in body and "winter in the yard" not in body


def test_a_story_that_goes_on_after_a_share_prompt_keeps_it_all() -> None:
    # A share bar under the lead, then the rest of the story: runs of paragraphs.
    text = page(
        "Harbour Times", "Harbour reopens after the storm", "3 March 2025", STORY[0],
        "Partager :", *STORY[1:],
    )  # fmt: skip
    body = body_of(text)
    assert all(p in body for p in STORY)


def test_furniture_cut_wants_little_said_and_no_run_of_paragraphs() -> None:
    story = [("p", p) for p in LONG]
    blurbs = [("h", "Ferry returns"), ("p", _teaser(1)[1]), ("h", "Quay opens"),
              ("p", _teaser(2)[1])]  # fmt: skip
    at = len(story)  # the mark: where the walk met the box's header or the share prompt
    assert furniture_cut([*story, *blurbs], [at]) == at
    # Two real paragraphs in a row after it: the story resumed; or more than a sixth of it.
    assert furniture_cut(story, [10]) == len(story)
    resumed = [*story[:8], *[x for p in story[8:] for x in (p, ("gap", ""))]]
    assert furniture_cut(resumed, [8]) == len(resumed)
    # Nothing said before it: a share bar over the story.
    assert furniture_cut(story, [0]) == len(story)


def test_share_prompts_in_several_languages() -> None:
    for prompt in ("Share this:", "Share on Facebook", "Partager :", "Compartir en Twitter",
                   "Teile diesen Beitrag!", "Condividi", "Share via Email"):  # fmt: skip
        assert _SHARE_PROMPT.match(prompt), prompt
    # A headline or sub-heading about shares is none.
    for line in ("Share prices slump", "Shares fall again", "Share of voters rises"):
        assert not _SHARE_PROMPT.match(line), line


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
    from newsdesk.extract.text.body import _kicker_over_headline as kicker

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
