"""Other stories' teasers the text reader kept inside the story (issue 2, session 17): a
headline over its blurb signed by its writers, a headline over its "Read more" link. Pages
written here, about fictional outlets."""

from __future__ import annotations

from tests.extract.test_text_body import STORY, body_of, page

KICKER = "Nach dem Sturm"
HEADLINE = "Dieser Lotse hält den Hafen wach"
BLURB = (
    "Ein Lotse aus Portvale hat drei Nächte lang die Fähren begleitet. Der Hafen müsse endlich "
    "seine Signale erneuern, fordert er. Von Ann Beispiel und Bo Beispiel"
)


def test_a_headline_over_a_blurb_signed_by_its_writers_is_a_teaser() -> None:
    body = body_of(page("Hafenblatt", "Der Kai bleibt bis Mai gesperrt", *STORY[:3],
                        KICKER, HEADLINE, BLURB, *STORY[3:]))  # fmt: skip
    assert STORY[0] in body and STORY[-1] in body
    assert "Lotse" not in body and KICKER not in body


def test_a_paragraph_with_its_writers_name_and_a_stop_stays() -> None:
    said = "Der Hafen müsse endlich seine Signale erneuern, sagt Ann Beispiel. Von Mai an."
    body = body_of(page("Hafenblatt", "Der Kai bleibt bis Mai gesperrt", *STORY[:3],
                        "Die Signale", said, *STORY[3:]))  # fmt: skip
    assert said in body and "Die Signale" in body


def test_a_headline_over_its_read_more_link_is_no_heading_of_the_story() -> None:
    other = "Ferry crews at Portvale vote to strike over rotas"
    body = body_of(page("Harbour Notes", "Pier stalls to sell hot meals", *STORY[:3],
                        other, "Read more", *STORY[3:]))  # fmt: skip
    assert STORY[0] in body and STORY[-1] in body
    assert other not in body
