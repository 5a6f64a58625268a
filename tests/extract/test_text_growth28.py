"""Growth past a box inside the story (session 28): a long paragraph standing alone under a
"Related" box is the story again only where it ends a sentence. Pages written here, about
fictional outlets."""

from __future__ import annotations

from newsdesk.extract.text.lines import Line
from newsdesk.extract.text.weigh import long_paragraph
from tests.extract.test_text_body import STORY, body_of, page, para


def _long(n: int) -> str:
    """A paragraph of the story's, longer than a teaser's blurb (some 60 words)."""
    return para(n) + " " + para(n + 40)


def _line(text: str) -> Line:
    return Line(text=text, blank_before=True)


def test_a_long_paragraph_ending_a_sentence_is_the_storys() -> None:
    assert long_paragraph(_line(_long(1)))
    assert long_paragraph(_line(_long(1) + "”"))  # a quote closing it
    assert not long_paragraph(_line(para(1)))  # a blurb's length


def test_a_long_blurb_cut_short_or_a_caption_on_its_credit_is_not() -> None:
    # A teaser's blurb cut at a set length trails off; a long caption ends on its credit.
    cut = _long(1)[:-1]
    for text in (cut + "...", cut + "…", cut + " […]", cut + " [...]", cut + " Ann Example/Agency"):
        assert not long_paragraph(_line(text)), text[-20:]


def test_dated_teasers_with_long_blurbs_cut_short_stay_out_of_the_story() -> None:
    # A "Related" box under the story: each teaser a headline, its date, a blurb cut at sixty
    # words ("...") and its "Read More" link. No blurb is the story going on.
    teasers = []
    for n in range(2):
        teasers += [f"Ferry Crews Train For Winter Number {n}", f"March {n + 1}, 2025 at 5:10 pm",
                    _long(20 + n)[:-1] + "...", "Read More"]  # fmt: skip
    text = page(
        "Portvale Herald", "Harbour reopens after the storm", "3 March 2025", *STORY,
        "Related", *teasers, "About Us", "Contact Us",
    )  # fmt: skip
    body = body_of(text)
    assert STORY[-1] in body
    assert "Winter Number" not in body and para(20) not in body
