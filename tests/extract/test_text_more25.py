"""The failures of other packages' test pages (session 25, text25-more): what the text reader
keeps at the story's end and inside it. Pages written here, about fictional outlets."""

from __future__ import annotations

from newsdesk.extract.text import growth, page_scan
from newsdesk.extract.text.line_score import BARRIER, line_score
from newsdesk.extract.text.lines import Line, normalise
from newsdesk.extract.text.read import read_text
from tests.extract.test_text_body import STORY, page


def _body(text: str) -> str:
    result = read_text(text)
    assert result.kind == "article", result.kind
    return result.articles[0].body


_LAST = [
    "All this sounds like far more trouble for the harbour board than keeping the old pier "
    "open another winter, which it has done many times over the past few years already.",
    "Long story short, the board could close the pier, but it is unlikely that it will. And "
    "in the end, the fishermen who use it every morning will have the last word on it.",
]


def test_a_video_boxs_glued_links_are_no_authors_name_over_the_last_paragraphs() -> None:
    # A video box dropped in before the story's last two paragraphs: its title, then its two
    # links printed with no space between ("All VideosClipTube"). Two capitalised words, the
    # first opening the next paragraph ("All this ..."), are no author's name over a bio.
    text = page(
        "Portvale Herald", "Will the board close the old pier?", "3 March 2025", *STORY,
        "Can you guess what the fishermen think about the board's plan?", "All VideosClipTube",
        *_LAST, "Comments",
    )  # fmt: skip
    body = _body(text)
    assert STORY[-1] in body
    assert _LAST[0] in body and _LAST[1] in body


def test_an_authors_box_under_the_story_still_ends_it() -> None:
    # The author's name alone on its line, then a paragraph naming her again: no story.
    bio = (
        "Orla Sample joined the Portvale Herald in 2018 and writes about the harbour, the "
        "ferries and the fishing fleet; before that she wrote for a paper up the coast."
    )
    text = page(
        "Portvale Herald", "Will the board close the old pier?", "3 March 2025", *STORY,
        "Orla Sample", bio, "Comments",
    )  # fmt: skip
    body = _body(text)
    assert STORY[-1] in body and "joined the Portvale Herald" not in body


def test_a_pictures_credit_alone_on_its_line_does_not_cut_the_story() -> None:
    # A picture inside the story: its alt text, then its credit alone on a line ("© Agency/
    # Photographer"), then the story goes on. The credit is no copyright footer ending the page.
    text = page(
        "Portvale Herald", "Harbour reopens after the storm", "3 March 2025", *STORY[:3],
        "Fishing boats at the old pier", "© Tidewater Pictures/Bo Sample", *STORY[3:],
        "© 2025 Portvale Herald", "About us", "Contact us",
    )  # fmt: skip
    body = _body(text)
    assert STORY[0] in body and STORY[-1] in body


def test_the_pages_copyright_is_still_a_barrier() -> None:
    assert line_score(Line("© 2025 Portvale Herald")) == BARRIER
    assert line_score(Line("© Portvale Herald. All rights reserved")) == BARRIER
    assert line_score(Line("© Tidewater Pictures/Bo Sample")) > BARRIER


def test_the_story_grows_up_across_a_pictures_credit() -> None:
    # Walking up from the stretch's first line across a picture (its alt text, its credit):
    # the credit is no footer the story cannot run across, so the paragraphs above are found.
    text = "\n\n".join([STORY[0], STORY[1], "Fishing boats at the old pier",
                        "© Tidewater Pictures/Bo Sample", STORY[2], STORY[3]])  # fmt: skip
    lines = normalise(text)
    page_scan.scan_page(lines)
    scores = [line_score(line) for line in lines]
    edge = next(i for i, line in enumerate(lines) if line.text.startswith("©"))
    found = growth._across_box(lines, scores, edge, -1)
    assert found is not None and lines[found[0]].text == STORY[1]
