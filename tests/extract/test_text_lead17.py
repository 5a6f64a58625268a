"""A lead (standfirst) the text reader read as the story's first paragraph (session 17): a
renderer that indents by nesting prints the lead in the headline's box, the story in another.
Pages written here, about fictional outlets."""

from __future__ import annotations

from newsdesk.extract.text.read import read_text
from tests.extract.test_text_body import STORY

LEAD = (
    "The harbour board has agreed a five-year plan to rebuild the old pier, and some of the "
    "traders who work on it are not pleased."
)
MENU = ["Home", "News", "Sport", "Harbour", "Weather"]
HEADLINE = "Portvale pier to be rebuilt by 2030"


def _indented(lead_at: int, story_at: int, *, dated: bool = False) -> str:
    rows = [f"  * {item}" for item in MENU] + [" " * 10 + HEADLINE]
    if dated:
        rows.append(" " * 10 + "3 March 2025")
    rows.append(" " * lead_at + LEAD)
    rows += [" " * story_at + p for p in STORY]
    return "\n\n".join(rows) + "\n"


def _article(text: str):
    page = read_text(text)
    assert page.kind == "article", page.kind
    return page.articles[0]


def test_a_lead_in_the_headlines_box_is_the_standfirst() -> None:
    article = _article(_indented(10, 14))
    assert article.standfirst == LEAD
    assert LEAD not in article.body and article.body.startswith(STORY[0])


def test_a_first_paragraph_in_the_storys_box_stays_in_the_story() -> None:
    article = _article(_indented(14, 14))
    assert LEAD in article.body


def test_a_first_paragraph_after_the_date_stays_in_the_story() -> None:
    article = _article(_indented(10, 14, dated=True))
    assert LEAD in article.body
