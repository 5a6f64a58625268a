"""What the text reader still lost on the studied halves (issue 2, session 14): line verdicts
that took a story's own lines for chrome, and short datelines read as no date. Pages written here,
about fictional outlets."""

from __future__ import annotations

from newsdesk.extract import extract_text_page
from newsdesk.extract.text import captions, shapes
from newsdesk.extract.text.lines import normalise
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
    assert captions.caption_credit(SIGNED_OFF) is None
    # A picture's caption credited by the same initials still is one.
    caption = "The harbour master on the pier at dawn on Monday. (HNA)"
    assert captions.caption_credit(caption) == (caption, "HNA")


def test_the_story_keeps_its_last_paragraph_signed_by_its_agency() -> None:
    body = body_of(page("Harbour Notes", "Pier stalls to sell hot meals", *STORY, SIGNED_OFF))
    assert "until the end of the season" in body


def test_a_short_dateline_labelled_published_or_updated_is_read_as_a_date() -> None:
    for text, iso in [
        ("Updated:March 16, 2020, 5:01 PM IST", "2020-03-16T17:01:00"),
        ("Publié le 9 juin 2019", "2019-06-09"),
        ("First published on November 19, 2019 / 8:16 AM", "2019-11-19"),
    ]:
        parsed = shapes.date_of(normalise(text)[0])
        assert parsed is not None and parsed.iso.startswith(iso[:10]), text
    # A sentence saying when something was published is no dateline.
    assert shapes.date_of(normalise("The report was published on March 3, 2020.")[0]) is None


def test_the_story_takes_its_date_from_a_labelled_dateline() -> None:
    text = page(
        "Harbour Notes",
        "Pier stalls to sell hot meals",
        "Updated:March 16, 2020, 5:01 PM IST",
        *STORY,
    )
    article = extract_text_page(text).articles[0]
    assert article.published is not None and article.published.startswith("2020-03-16")


def test_a_long_dateline_after_an_arabic_or_korean_published_word_is_read_as_a_date() -> None:
    # "Published Friday 24 April 2020, 9:22 p.m." with both of the script's month names; Korean
    # "입력" (entered) before the date: over nine words, read after the word.
    for text, iso in [
        ("وكالة الأنباء تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً", "2020-04-24"),
        ("한국 바다 일보 바다 기자 취재팀 기사입력 2020.08.27 20:27", "2020-08-27"),
    ]:
        parsed = shapes.date_of(normalise(text)[0])
        assert parsed is not None and parsed.iso.startswith(iso), text
