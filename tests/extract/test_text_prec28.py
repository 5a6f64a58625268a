"""The text reader's precision (session 28): lines a story page keeps around its story that are
the page's, not the story's, told by their shape and their words. Pages written here, about
fictional outlets and shops."""

from __future__ import annotations

from newsdesk.extract.text import line_chrome, line_marks, picture_lines
from newsdesk.extract.text.lines import traits_of
from tests.extract.test_text_body import STORY, body_of, page


def test_a_pictures_shopping_credit_is_not_the_story() -> None:
    # A fashion page's picture, then the products it shows, each with its price and its shop;
    # a test page's shop box, its rows printed as columns: none of it is the story's.
    credit = (
        "Northwind Wool Coat, $240, available at Harbour Outfitters; Gullwing boots; "
        "Tidemark Silver Hoops, $1,150, available at Tidemark."
    )
    row = "Portvale Grill 300          249 Euro      Bei Kaufhaus"
    text = page(
        "Portvale Style", "Five coats for a windy winter", "3 March 2025", *STORY[:3], credit,
        *STORY[3:5], row, STORY[5],
    )  # fmt: skip
    body = body_of(text)
    assert STORY[2] in body and STORY[5] in body
    assert "Northwind" not in body and "Portvale Grill" not in body
    assert picture_lines.shop_credit("Example Midi Skirt, €130, available from Example.")
    # The story's own sentence naming a price, or a shop, is not one.
    assert not picture_lines.shop_credit("The coat costs $240 at most shops in town, she said.")
    assert not picture_lines.shop_credit("Tickets, at $12, are available at the harbour office.")
    # Nor a gift guide's paragraph that names the price and the shop in its first clause.
    assert not picture_lines.shop_credit(
        "The Gullwing kettle, $49, available at Harbour Outfitters, boils a litre in a minute "
        "and is quiet enough to run while the baby sleeps, she said."
    )


def test_a_photo_shoots_credits_are_not_the_story() -> None:
    # Under a fashion story, the shoot's crew, role after role: the page's credits.
    crew = (
        "Photographed by Ann Example; Modeled by Bo Example at Gull Models; Styled by Cy "
        "Example; Hair by Di Example for Example Salon; Makeup by Ed Example."
    )
    body = body_of(page("Portvale Style", "Five coats for a windy winter", "3 March 2025",
                        *STORY, crew))  # fmt: skip
    assert STORY[-1] in body and "Modeled by" not in body
    assert picture_lines.shoot_credit(crew)
    # A sentence of the story naming who photographed what is no such list.
    assert not picture_lines.shoot_credit(
        "Photographed by Ann Example in 2019; the picture hung in the harbour office; it was lost."
    )


def test_a_newsletter_boxs_long_blurb_is_not_the_story() -> None:
    # A newsletter box between the story's paragraphs: its blurb is longer than a call to
    # subscribe, but it asks for the reader's address all the same.
    blurb = (
        "Never miss a tide at the Portvale Herald. Sign up for our newsletters to get the "
        "harbour's top stories, the ferry timetable, your favourite columnists and much more "
        "straight to your email inbox every morning of the week."
    )
    gate = (
        "You have read all of this month's free stories at the Herald. Register now to enjoy "
        "more of our writing on the harbour, the guild, the weather, the boats and the town's "
        "long and stormy history."
    )
    text = page("Portvale Herald", "Harbour reopens after the storm", "3 March 2025",
                *STORY[:3], blurb, *STORY[3:], gate)  # fmt: skip
    body = body_of(text)
    assert STORY[3] in body and STORY[-1] in body
    assert "Sign up" not in body and "Register now" not in body
    # The story's own sentence about someone's newsletter or inbox is no prompt.
    own = "She writes a monthly newsletter on the guild and answers letters from her inbox."
    assert not line_chrome.is_mailing_prompt(traits_of(own))


def test_an_adverts_label_saying_where_the_story_goes_on_is_not_the_story() -> None:
    # An advert's slot between the story's paragraphs, labelled with where the story goes on;
    # after a box of other stories too, where it is no sub-heading of the story.
    text = page(
        "Portvale Herald", "Harbour reopens after the storm", "3 March 2025", *STORY[:2],
        "Story continues below advertisement", *STORY[2:4], "More from the Herald",
        "Ferry timetable changes for the spring season", "Storm closes the harbour for a week",
        "Article continues after sponsorship", *STORY[4:],
    )  # fmt: skip
    body = body_of(text)
    assert STORY[1] in body and STORY[2] in body and STORY[-1] in body
    assert "continues" not in body and "Ferry timetable" not in body
    for label in ("Story continues below advertisement", "Article continues after sponsorship"):
        assert line_marks.marks_of(traits_of(label)) & line_marks.CHROME_WORD, label


def test_a_headline_right_over_a_box_of_other_stories_is_its_teaser() -> None:
    # A teaser's headline, then the header of the box it belongs to: not a sub-heading of the
    # story, which resumes below the box.
    text = page(
        "Portvale Herald", "Harbour reopens after the storm", "3 March 2025", *STORY[:3],
        "Gull numbers fall along the north quay", "More from the Herald",
        "Ferry timetable changes for the spring season", "Advertisement", *STORY[3:],
    )  # fmt: skip
    body = body_of(text)
    assert STORY[2] in body and STORY[3] in body
    assert "Gull numbers" not in body and "Advertisement" not in body


def test_a_charts_source_line_is_not_the_story() -> None:
    # A chart between the story's paragraphs, its source alone on the line under it.
    text = page(
        "Portvale Herald", "Harbour reopens after the storm", "3 March 2025", *STORY[:3],
        "Source: Portvale Harbour Board, Herald reporting", *STORY[3:],
    )  # fmt: skip
    body = body_of(text)
    assert STORY[2] in body and STORY[3] in body and "Harbour Board" not in body
    assert picture_lines.source_line("Quelle: Hafenamt Portvale")
    # The story's sentence that opens on its source is none.
    told = "Source: a guild member told the Herald the vote was close."
    assert not picture_lines.source_line(told)


def test_the_writers_note_is_not_the_story() -> None:
    # The byline names the writer; under the story, their box: the name, a line saying who
    # they are (session 29: right under the story's last paragraph, the note is the story's).
    note = "Ann Example has been a staff writer and harbour correspondent at the Herald since 2009."
    text = page("Portvale Herald", "Harbour reopens after the storm", "By Ann Example",
                "3 March 2025", *STORY, "Ann Example", note)  # fmt: skip
    body = body_of(text)
    assert STORY[-1] in body and "staff writer" not in body


def test_a_story_about_a_writer_keeps_what_it_says_of_them() -> None:
    # A story about a reporter names her in its headline, not in a byline: its sentence saying
    # who she is stays.
    said = "Cy Example is a reporter at the Portvale Herald who covered the harbour for years."
    text = page("Portvale Herald", "Cy Example wins the guild's prize", "By Ann Example",
                "3 March 2025", STORY[0], said, *STORY[1:])  # fmt: skip
    body = body_of(text)
    assert said in body


def test_a_video_players_lines_are_not_the_story() -> None:
    # A video inside the story: its title over the player's length and autoplay switch, and
    # another's length over its source.
    text = page(
        "Portvale Herald", "Harbour reopens after the storm", "3 March 2025", *STORY[:2],
        "Why the ferry stopped running 2:06", "autoplay autoplay", *STORY[2:4],
        "02:12 - Source: Portvale TV", *STORY[4:],
    )  # fmt: skip
    body = body_of(text)
    assert STORY[1] in body and STORY[2] in body and STORY[4] in body
    assert "autoplay" not in body and "ferry stopped" not in body and "Portvale TV" not in body
    assert picture_lines.player_label("Why the ferry stopped running 2:06 autoplay autoplay")


def test_the_pages_address_under_its_label_is_not_the_story() -> None:
    # Under the story, the page's permanent link, labelled.
    text = page("Portvale Herald", "Harbour reopens after the storm", "3 March 2025", *STORY,
                "Permalink: https://herald.example/-h4rb0ur")  # fmt: skip
    body = body_of(text)
    assert STORY[-1] in body and "herald.example" not in body
    assert line_chrome.is_address_line("Link do artigo: https://herald.example/2025/03/ harbour")
    # A sentence of the story pointing to a report is none.
    assert not line_chrome.is_address_line("The board's report is online. See https://x.example")


def test_the_sites_question_to_the_reader_is_not_the_story() -> None:
    # Under the story, the site asks for comments or letters: its own line, not the story's.
    text = page("Portvale Herald", "Harbour reopens after the storm", "3 March 2025", *STORY,
                "What do you think? Scroll down to comment below.")  # fmt: skip
    body = body_of(text)
    assert STORY[-1] in body and "Scroll down" not in body
    for prompt in (
        "Tell us what you think. Email us at letters@herald.example",
        "Please follow and like us:",
        "Kommentieren ist momentan nicht möglich.",
    ):
        assert line_chrome.is_reader_prompt(prompt, len(prompt.split())), prompt
    # A long paragraph of the story with the same words is none.
    said = (
        "The mayor asked residents to tell us what you think, the clerk read aloud, and "
        "the hall laughed at the slip before the vote on the harbour levy went ahead."
    )
    assert not line_chrome.is_reader_prompt(said, len(said.split()))


def test_an_offer_over_its_button_and_share_links_are_not_the_story() -> None:
    # Between the story's paragraphs, a paywall's offer over its button; under the story,
    # share links naming where to.
    text = page(
        "Portvale Herald", "Harbour reopens after the storm", "3 March 2025", *STORY[:2],
        "Limited offer: two months for one euro", "Je m'abonne", *STORY[2:],
        "Share to facebook", "Share to twitter",
    )  # fmt: skip
    body = body_of(text)
    assert STORY[1] in body and STORY[2] in body and STORY[-1] in body
    assert "Limited offer" not in body and "abonne" not in body and "Share to" not in body


def test_a_price_is_found_by_the_money_keywords_before_the_shop_credit_pattern() -> None:
    from newsdesk.extract.text import keywords
    from newsdesk.extract.text.lines import Traits

    for text in ("Example Coat, $240, available at Example Store.", "Grill 300  249 EUR  bei X",
                 "Example Hoops, €1,150, available at Example.", "Twelve Dollars"):  # fmt: skip
        assert line_chrome.has_keys(Traits(text), keywords.MONEY), text
    assert not line_chrome.has_keys(Traits("The harbour reopened on Monday."), keywords.MONEY)
