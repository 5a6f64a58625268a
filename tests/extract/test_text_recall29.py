"""The text reader's recall (session 29): story text that the page-chrome rules of session 28
must leave alone. A story's own line may name a newsletter, an inbox, a source, a price and a
shop, a link or its writer: the rules ask for the shape the site's lines have. Pages written
here, about a fictional harbour town."""

from __future__ import annotations

from newsdesk.extract.text import line_chrome, picture_lines
from newsdesk.extract.text.lines import traits_of
from tests.extract.test_text_body import STORY, body_of, page

HEAD = ("Portvale Herald", "Harbour reopens after the storm", "By Ann Example", "3 March 2025")


def test_the_writers_note_right_under_the_story_is_the_storys() -> None:
    # The note closing the story, right under its last paragraph (an older page's italic
    # line), is the story's; in the author's box, under the name, it is the page's.
    note = "Ann Example is the Herald's harbour correspondent and has covered the port since 2009."
    assert note in body_of(page(*HEAD, *STORY, note))
    assert "harbour correspondent" not in body_of(page(*HEAD, *STORY, "Ann Example", note))


def test_a_stories_paragraph_about_an_inbox_or_a_newsletter_is_the_storys() -> None:
    # A story about mail names the inbox, a blog post its newsletter: no call to sign up.
    inbox = (
        "The harbour office said on Tuesday that its new filter would sort the tide warnings "
        "and the ferry notices that land in your inbox, leaving the letters from the guild on "
        "top where the captains would see them first."
    )
    newsletter = (
        "As we wrote in our weekly newsletter last month, the guild's vote on the levy was "
        "close, and the captains who lost it have asked the board to count the ballots again "
        "before the ferry season opens."
    )
    body = body_of(page(*HEAD, *STORY[:2], inbox, *STORY[2:4], newsletter, *STORY[4:]))
    assert inbox in body and newsletter in body
    # The site's blurb says so twice over, or in the site's words, at any length.
    blurb = (
        "The harbour's best stories, the ferry timetable and the weather at sea, every morning "
        "of the week: sign up for the Herald's free newsletter and get them in your inbox."
    )
    assert line_chrome.is_mailing_prompt(traits_of(blurb))
    straight = (
        "The big stories of the harbour town, the guild and the sea, delivered straight to "
        "your inbox, with a free map of the coast and three stories of your choosing each week."
    )
    assert line_chrome.is_mailing_prompt(traits_of(straight))


def test_a_stories_line_pointing_to_a_document_is_the_storys() -> None:
    # A story's line leading to a report or to results names that document; the page's own
    # address is labelled as the page's.
    assert not line_chrome.is_address_line("View the full results: http://herald.example/r/1")
    assert not line_chrome.is_address_line("The board's report is here: http://x.example/r.pdf")
    assert line_chrome.is_address_line("Short URL: https://herald.example/-h4rb0ur")
    assert line_chrome.is_address_line("Read or Share this story: https://herald.example/s/1")


def test_a_stories_sentence_naming_a_price_and_a_shop_is_the_storys() -> None:
    # A product story's short sentence: its price after a verb, not after the product's name.
    said = "The Gullwing tablet costs $199, available from Harbour Outfitters on Friday."
    assert not picture_lines.shop_credit(said)
    assert said in body_of(page(*HEAD, *STORY[:3], said, *STORY[3:]))
    assert picture_lines.shop_credit("Gullwing Tablet, $199, available at Harbour Outfitters.")


def test_a_blog_posts_closing_question_is_the_posts() -> None:
    # A post's last paragraph asks its readers; a story tells of a comment below a video.
    ask = "What do you think of the new ferry? Let us know in the comments."
    assert ask in body_of(page(*HEAD, *STORY, ask))
    said = "He wrote in a comment below the video that it was fake."
    assert not line_chrome.is_reader_prompt(said, len(said.split()))
    assert line_chrome.is_reader_prompt("What do you think? Scroll down to comment below.", 8)


def test_a_pictures_file_name_under_a_sub_heading_does_not_hide_it() -> None:
    # A sub-heading, then its picture's file name printed as alt text, then the story goes on:
    # the sub-heading leads into the story; the file name is no heading of it.
    text = page(*HEAD, *STORY[:3], "Ferries Run Again by Night", "IMG_2924_pier", *STORY[3:])
    body = body_of(text)
    assert "Ferries Run Again by Night" in body and "IMG_2924" not in body


def test_the_line_crediting_the_reporting_without_a_stop_is_the_storys() -> None:
    # The story's last line credits its reporters and ends on no stop; a slug and the wire's
    # copyright follow.
    credit = "Ann Example and Bo Example of the Portvale Wire contributed to this report"
    text = page(*HEAD, *STORY, credit, "The-Portvale-Wire")
    assert credit in body_of(text)


def test_a_listicles_numbered_sub_heading_over_its_picture_is_the_storys() -> None:
    # A listicle: each point's title as a list item, its picture (a placeholder) under it, then
    # the point told. The titles are the story's; a caption-like item under the lead is not.
    text = page(
        *HEAD, STORY[0], "  • A gull stands on the harbour wall", "[image]", STORY[1],
        "  • Check The Ferry Times", "[image]", STORY[2], STORY[3],
        "  • Bring Your Own Lantern", "[image]", *STORY[4:],
    )  # fmt: skip
    body = body_of(text)
    assert "Check The Ferry Times" in body and "Bring Your Own Lantern" in body
    assert "A gull stands" not in body


def test_a_point_under_a_quoted_posts_signature_is_the_storys() -> None:
    # A story of quoted posts: each point's title as a list item, under the post the story
    # quoted before it and its signature.
    post = "The ferry is late again and the gulls have taken the pier."
    text = page(
        *HEAD, *STORY[:2], post, "— Ann Example (@annexample) 3 March 2025",
        "  • Bo Example, harbour pilot (1,200 followers): Speak Plainly", *STORY[2:],
    )  # fmt: skip
    assert "Speak Plainly" in body_of(text)


def test_a_lead_said_twice_under_its_summary_label_is_kept_once() -> None:
    # A summary box prints the lead, then the story opens on the same paragraph (its words a
    # little different): the story keeps its first paragraph, once.
    lead = (
        "The harbour board has named the second Saturday of May a day of service, and the "
        "captains, the guild and the ferry crews will spend it mending the nets and the pier "
        "that the storm broke in the winter of 2024."
    )
    text = page(*HEAD, "Summary:", lead, lead.replace("2024", "2025"), *STORY)
    body = body_of(text)
    assert "winter of 2025" in body and body.count("day of service") == 1
