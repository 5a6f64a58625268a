"""The writer's name where the text reader found none above the story: a writer's box right under
its last paragraph (a label over the name, the name over the writer's role)."""

from __future__ import annotations

from newsdesk.extract.text.lines import Line, normalise
from newsdesk.extract.text.writer_box import byline_under_dek, facts_in_slot, handle_lead
from tests.extract.test_text_body import STORY, page
from tests.extract.test_text_fields17 import HEADLINE, _main

FOOTER = ["Privacy Policy", "Terms of Use", "Contact"]


def test_a_label_over_a_name_under_the_story_is_the_writer() -> None:
    text = page("Harbour Times", HEADLINE, *STORY, "Author", "Bo Example @boharbour", *FOOTER)
    assert _main(text).authors == ["Bo Example"]
    text = page("Harbour Times", HEADLINE, *STORY, "About the author:", "Bo Example", *FOOTER)
    assert _main(text).authors == ["Bo Example"]


def test_a_name_over_a_role_under_the_story_is_the_writer() -> None:
    text = page("Harbour Times", HEADLINE, *STORY, "Bo Example", "Senior Writer at Harbour Times",
                *FOOTER)  # fmt: skip
    assert _main(text).authors == ["Bo Example"]
    text = page("Harbour Times", HEADLINE, *STORY, "Bo Example", "Redaktion Harbour.de", *FOOTER)
    assert _main(text).authors == ["Bo Example"]


def test_a_name_under_the_story_without_label_or_role_is_no_writer() -> None:
    # a teaser's byline, a picture's credit: no label over it, no role under it
    text = page("Harbour Times", HEADLINE, *STORY, "Bo Example", "Cy Example", *FOOTER)
    assert _main(text).authors == []
    # "Editor's picks" is a heading, not the writer's role
    text = page("Harbour Times", HEADLINE, *STORY, "Bo Example", "Editor's picks", *FOOTER)
    assert _main(text).authors == []
    # a quotation's speaker
    text = page("Harbour Times", HEADLINE, *STORY, "— Bo Example", "Staff Writer", *FOOTER)
    assert _main(text).authors == []


def test_a_byline_over_the_headline_past_a_pictures_credit_and_caption() -> None:
    header = ["By Bo Example", "Photo: Cy Other/Harbour Pictures", "The ferry at dawn.", "/ news",
              "March 3, 2025 7:30 a.m."]  # fmt: skip
    text = page("Harbour Times", "Ferries and the island", *header, HEADLINE, *STORY)
    assert _main(text).authors == ["Bo Example"]


def test_a_byline_over_another_headline_is_the_teasers() -> None:
    header = ["By Bo Example", "Council votes on the new harbour wall plan", "/ news",
              "March 3, 2025 7:30 a.m."]  # fmt: skip
    text = page("Harbour Times", *header, HEADLINE, *STORY)
    assert _main(text).authors == []


def test_a_byline_labelled_author_over_the_headline() -> None:
    header = [
        "Skip to: Start of Article.",
        "Author: Bo Example. Bo Example Harbour",
        "Date of Publication: March 3, 2025",
        "Time of Publication: 7:30 am. 7:30 am",
    ]
    text = page("Harbour Times", *header, HEADLINE, *STORY)
    assert _main(text).authors == ["Bo Example"]
    # a label over no name
    header[1] = "Author: the harbour desk. Harbour"
    assert _main(page("Harbour Times", *header, HEADLINE, *STORY)).authors == []


def test_by_alone_over_its_name_over_the_headline() -> None:
    header = ["By", "Bo Example", "Photo: Cy Other/Harbour Pictures", "The ferry at dawn.",
              "March 3, 2025 7:30 a.m."]  # fmt: skip
    text = page("Harbour Times", "Ferries and the island", *header, HEADLINE, *STORY)
    assert _main(text).authors == ["Bo Example"]


def test_a_name_and_handle_opening_a_dated_line_between_two_headlines() -> None:
    title = "Harbour Ferry Returns To The Island Run"
    facts = "Bo Example (@boharbour) 12 minutes ago Wed 5th March 2025 | 03:32 PM"
    text = page(
        "Harbour Times",
        "Home",
        "World",
        "News",
        title,
        facts,
        title.replace("To The", "to the"),
        *STORY,
    )
    assert _main(text).authors == ["Bo Example"]
    # an embedded post's signature (a dash before the name), a handle in a sentence
    assert handle_lead("— Bo Example (@boharbour) March 5, 2025") == []
    assert handle_lead("Bo Example (@boharbour) said so at the quay") == []


STANDFIRST = "The island's ferry is back on its old timetable, and the harbour is glad of it."


def test_a_name_and_its_outlet_under_the_headline_is_the_writer() -> None:
    text = page("Harbour Times", HEADLINE, STANDFIRST, "Photo: Cy Other",
                "Bo Example | El Diario de Harbour", *STORY)  # fmt: skip
    assert _main(text).authors == ["Bo Example"]


def test_a_name_and_no_outlet_or_under_a_pictures_mark_is_no_writer() -> None:
    # right under a picture's mark: the picture's credit
    text = page("Harbour Times", HEADLINE, STANDFIRST, "[harbour-ferry]",
                "Bo Example | The Harbour Post", *STORY)  # fmt: skip
    assert _main(text).authors == []
    # no outlet's shape after the bar (a place, a section)
    text = page("Harbour Times", HEADLINE, STANDFIRST, "Photo: Cy Other", "Bo Example | Portvale",
                *STORY)  # fmt: skip
    assert _main(text).authors == []


TEASERS = ["Read also", "Ferry timetable for the spring is out now on the quay",
           "Harbour council plans a new wall along the quay"]  # fmt: skip


def test_a_label_and_the_writers_handle_under_the_story() -> None:
    text = page("Harbour Times", HEADLINE, *STORY, "Autor: boex//harbour", "Source: HNA", *FOOTER)
    assert _main(text).authors == ["boex//harbour"]
    # a label over a sentence or a figure names no one
    text = page("Harbour Times", HEADLINE, *STORY, "Author: 3 min read", *FOOTER)
    assert _main(text).authors == []


def test_the_stories_credits_past_a_list_of_teasers() -> None:
    text = page("Harbour Times", HEADLINE, *STORY, *TEASERS, "Penulis: Bo Example",
                "Editor: Cy Other", *FOOTER)  # fmt: skip
    assert _main(text).authors == ["Bo Example"]
    # no editor's credit under it: a teaser's byline as well
    text = page("Harbour Times", HEADLINE, *STORY, *TEASERS, "Penulis: Bo Example", *FOOTER)
    assert _main(text).authors == []


def test_the_writers_card_past_a_list_of_teasers() -> None:
    card = ["Bo Examplebo@harbour.example@boexample", "Senior Writer at Harbour Times"]
    text = page("Harbour Times", HEADLINE, *STORY, *TEASERS, *card, *FOOTER)
    assert _main(text).authors == ["Bo Example"]
    # a teaser's byline: no address, or no role under it
    text = page("Harbour Times", HEADLINE, *STORY, *TEASERS, "Bo Example", card[1], *FOOTER)
    assert _main(text).authors == []
    text = page("Harbour Times", HEADLINE, *STORY, *TEASERS, card[0], "Privacy", *FOOTER)
    assert _main(text).authors == []


def test_a_byline_right_under_the_standfirst_under_the_headline() -> None:
    # (the walk up from the story stopped at a picture's credit; the headline chosen further up)
    text = "\n".join([HEADLINE, STANDFIRST, "By Bo Example Follow @boexample", "Share", *STORY])
    lines = normalise(text)
    assert byline_under_dek(lines, 0, 4) == ["Bo Example"]
    # no standfirst between: the header walk's and header_under's to read; a credit: no byline
    assert byline_under_dek(lines, 1, 4) == []
    lines[2] = Line("Illustration by Cy Other")
    assert byline_under_dek(lines, 0, 4) == []


def test_a_quotations_speaker_and_role_under_the_story_is_no_writer() -> None:
    quote = (
        "“The ferry is back, and the island is glad of it, as we all are,” she said at the quay.”"
    )
    text = page("Harbour Times", HEADLINE, *STORY, quote, "Bo Example", "Editor, Harbour Weekly",
                *FOOTER)  # fmt: skip
    assert _main(text).authors == []


def test_a_books_author_in_a_reviews_facts_is_no_writer() -> None:
    facts = ["Title: The Harbour at Night", "Author: Bo Novelist", "Publisher: Portvale Books"]
    text = page("Harbour Times", HEADLINE, *STORY, *facts, *FOOTER)
    assert _main(text).authors == []
    facts = ["Author", "Bo Novelist", "Verlag: Portvale Books", "Seiten: 320"]
    text = page("Harbour Times", HEADLINE, *STORY, *facts, *FOOTER)
    assert _main(text).authors == []


def test_a_labelled_byline_or_name_and_handle_between_headline_and_story() -> None:
    facts = "Bo Example (@boharbour) 12 minutes ago Wed 5th March 2025 | 03:32 PM"
    lines = normalise("\n".join([HEADLINE, facts, *STORY]))
    assert facts_in_slot(lines, 0, 2) == ["Bo Example"]
    lines = normalise("\n".join([HEADLINE, "Author: Bo Example. Bo Example Harbour", *STORY]))
    assert facts_in_slot(lines, 0, 2) == ["Bo Example"]
    lines = normalise("\n".join([HEADLINE, "Photo: Bo Example/Harbour Pictures", *STORY]))
    assert facts_in_slot(lines, 0, 2) == []
