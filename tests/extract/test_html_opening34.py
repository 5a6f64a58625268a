"""A story whose opening paragraphs stand bare above the box holding the rest (session 34): a
mobile page's first paragraphs, then a "Read more" box with a link, an ad's slot and the
container. Fictional pages."""

from __future__ import annotations

from newsdesk.eval.extraction import main_body, with_standfirst
from newsdesk.extract.core import extract
from newsdesk.records import Capture, Page

OPENING = [
    "The harbour board of Portvale met behind closed doors on Monday to decide the future of "
    "the old ferry quay, which has stood empty since the storm of last winter.",
    "Board members heard from engineers, fishermen and the ferry company, and a decision on "
    "the repairs is expected before the summer timetable begins in the town.",
]
REST = [
    f"Part {n} of the report says that the quay's stones were moved by the tide, that the "
    f"crane on its eastern end is beyond repair, and that the board must choose by June {n}."
    for n in range(1, 8)
]


def _page(opening: list[str]) -> str:
    bare = "".join(f"<p>{p}</p>" for p in opening)
    rest = "".join(f"<p>{p}</p>" for p in REST)
    return (
        "<html><head><title>Harbour board weighs the old quay</title></head><body>"
        "<div class='top'><a href='/'>Home</a> <a href='/news'>News</a></div>"
        f"<div class='story'><h1>Harbour board weighs the old quay</h1>{bare}"
        "<div class='story-promo'></div>"
        "<div id='read-more'><div id='read-more-link'><a href=''>Read more</a></div>"
        "<div id='middle-ad'><div class='ad-block'></div></div>"
        f"<div id='read-more-content'>{rest}</div></div></div>"
        "<div class='footer'><p>The Portvale Gazette, all rights reserved.</p></div>"
        "</body></html>"
    )


def _read(html: str) -> Page:
    return extract(Capture(source="quay.html", data=html.encode(), content_type="text/html"))


def test_the_bare_opening_paragraphs_are_the_story_too() -> None:
    text = with_standfirst(_read(_page(OPENING)))  # the first may be filed as its standfirst
    for paragraph in [*OPENING, *REST]:
        assert paragraph in text, paragraph[:40]


def test_a_lone_paragraph_above_is_left_as_it_was() -> None:
    # one paragraph alone over the box is as often a standfirst or a teaser: not asked
    body = main_body(_read(_page(OPENING[:1])))
    assert REST[0] in body and REST[-1] in body
