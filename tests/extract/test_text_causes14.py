"""What the text reader still lost on the studied halves (issue 2, session 14): line verdicts
that took a story's own lines for chrome. Pages written here, about fictional outlets."""

from __future__ import annotations

from newsdesk.extract.text import shapes
from tests.extract.test_text_body import STORY, body_of, page

# The story's last paragraph, one long sentence its news agency signs off in brackets, as
# agencies' wire copy ends ("... a domicilio. (ACN)."): not a picture's caption.
SIGNED_OFF = (
    "In a word with the agency, the harbour master said that while the new rules on distance "
    "and crowds still held on every quay, the fish stalls along the pier would sell hot meals "
    "to take away as well as the usual catch, and the ferry kiosk would deliver them to the "
    "homes of older people across the bay until the end of the season. (HNA)."
)


def test_agency_initials_closing_a_long_paragraph_do_not_make_it_a_caption() -> None:
    assert shapes.caption_credit(SIGNED_OFF) is None
    # A picture's caption credited by the same initials still is one.
    caption = "The harbour master on the pier at dawn on Monday. (HNA)"
    assert shapes.caption_credit(caption) == (caption, "HNA")


def test_the_story_keeps_its_last_paragraph_signed_by_its_agency() -> None:
    body = body_of(page("Harbour Notes", "Pier stalls to sell hot meals", *STORY, SIGNED_OFF))
    assert "until the end of the season" in body
