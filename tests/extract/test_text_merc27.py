"""The failures of a fourth page set (session 27, merc-a): news pages of many sites, read as
five converters print them. Pages written here, about fictional outlets."""

from __future__ import annotations

from newsdesk.extract.dates import parse_date
from newsdesk.extract.text import captions, line_chrome, line_marks
from tests.extract.test_text_body import STORY, body_of, page, para


def test_a_pictures_file_name_is_no_date() -> None:
    # A camera's or a CMS's file name printed as a picture's alt text holds a day, joined to a
    # counter by "_", or a screenshot's name its day and time: it is no date line.
    for text in (
        "2024-03-05_0017",
        "2024-03-05_harbour",
        "IMG_2024-03-05",
        "Screen Shot 2024-03-05 at 10.33.38 AM",
        "Screenshot 2024-03-05 at 09.12.01",
    ):
        assert parse_date(text) is None, text
    assert parse_date("2024-03-05") is not None


def test_a_sub_heading_over_a_pictures_file_name_does_not_end_the_story() -> None:
    # A sub-heading, then a picture whose alt text is its file name (a day and a counter):
    # no next story's headline over its date, so the story goes on below.
    text = page(
        "Portvale Herald", "Harbour reopens after the storm", "3 March 2025", *STORY[:3],
        "Both Boats Have Great Engines", "2025-03-02_0013", *STORY[3:], "Comments",
    )  # fmt: skip
    body = body_of(text)
    assert STORY[2] in body and STORY[-1] in body
    assert "2025-03-02_0013" not in body


def test_top_rated_comments_begin_the_readers_thread() -> None:
    # The thread under the story opens with the comments it shows first, each with its
    # commenter, its time and its rating: none of it is the story's.
    comment = (
        "Let me guess, the board will close it the week after the regatta and say it was the "
        "weather all along, as they did with the old ferry slip three winters ago."
    )
    text = page(
        "Portvale Herald", "Harbour reopens after the storm", "3 March 2025", *STORY,
        "Tags: harbour, storms", "Top Rated Comments", "(View all)", "Avatar", "gullwatcher",
        "3 hours ago at 11:46 am", comment, "Rating: 16 Votes",
    )  # fmt: skip
    body = body_of(text)
    assert STORY[-1] in body and "regatta" not in body
    for header in ("Top Rated Comments", "Most Recent Comments (40)", "Best comments:"):
        assert line_chrome.starts_comments(header), header
    assert not line_chrome.starts_comments("View all comments")


def test_a_privacy_notice_past_the_tags_label_is_not_the_story() -> None:
    # The tags' label written "TAGS/ ..." closes the story as "Tags:" does: a newsletter form's
    # privacy notice below it (a heading, one paragraph) says little next to the story.
    notice = (
        "Your details may be shared with other Portvale Media businesses and used to tailor "
        "our services and advertising to you, as our privacy policy explains in full."
    )
    text = page(
        "Portvale Herald", "Harbour reopens after the storm", "3 March 2025", *STORY,
        "TAGS/ Harbour , Storms , Ferries", "Additional Privacy Statement", notice, "Done",
        "• About Us", "• Contact Us", "• Cookie Policy",
    )  # fmt: skip
    body = body_of(text)
    assert STORY[-1] in body and "Portvale Media businesses" not in body


def test_a_metered_paywalls_notice_is_the_sites_not_the_storys() -> None:
    for text in (
        "You have now reached your allowance of 3 free articles in the last 30 days.",
        "Register now to enjoy more of the finest writing on the harbour and its boats.",
        "You have reached your monthly limit.",
        "Don't worry, to read 7 more articles free, just enter your email address below.",
    ):
        assert line_chrome.is_promo(text), text
    assert not line_chrome.is_promo("The clerk will register now the boats left in the yard.")


def test_now_read_this_leads_to_another_story() -> None:
    # "Now Read This:" and "Now Watch This:" lead another story's headline into the body, as
    # "Read also:" does: an insert, left out of the story.
    onward = "Now Read This: Harbour Board Picks A New Chair After A Long Winter Of Talks"
    text = page(
        "Portvale Herald", "Harbour reopens after the storm", "3 March 2025", *STORY[:4],
        onward, *STORY[4:],
    )  # fmt: skip
    body = body_of(text)
    assert STORY[3] in body and STORY[-1] in body and "Now Read This" not in body
    assert line_marks.INLINE_INSERT.match("Now Watch This: Ferry Sets A New Record")


def _long(n: int) -> str:
    """A paragraph of the story's, longer than a teaser's blurb (some 60 words)."""
    return para(n) + " " + para(n + 40)


def test_a_short_you_may_also_like_list_inside_the_story_is_crossed() -> None:
    # Three titles under "You May Also Like" dropped between the story's paragraphs: the
    # story goes on below in long paragraphs, so it does not end at the list's header.
    text = page(
        "Portvale Herald", "Harbour reopens after the storm", "3 March 2025",
        _long(1), _long(2), "You May Also Like",
        "Ferry Crews Train For Winter Storms", "Pier Lights Go Back On",
        "The Harbour Board Picks A New Chair", _long(3), _long(4), "Comments",
    )  # fmt: skip
    body = body_of(text)
    assert para(2) in body and para(4) in body
    assert "Ferry Crews Train" not in body


def test_teasers_under_you_may_also_like_stay_out_of_the_story() -> None:
    # Under the same header, teasers each with its headline over a short blurb: other stories.
    blurbs = [
        ("Ferry Crews Train For Winter Storms", "Crews spent the week on drills off the point."),
        ("Pier Lights Go Back On", "The old lamps are lit again after a long repair."),
        ("Board Picks A New Chair", "A fisherman's daughter will lead the harbour board."),
    ]
    text = page(
        "Portvale Herald", "Harbour reopens after the storm", "3 March 2025",
        _long(1), _long(2), _long(3), "You May Also Like",
        *[part for teaser in blurbs for part in teaser], "About Us", "Contact Us",
    )  # fmt: skip
    body = body_of(text)
    assert para(3) in body and "drills off the point" not in body


def test_a_story_told_in_long_parts_goes_on_past_a_related_box() -> None:
    # A story in parts, each a subhead over one long paragraph (no two paragraphs in a row
    # anywhere), with a "Related" box of titles dropped between two parts: a blurb is never
    # sixty words long, so the part below the box is the story's again.
    parts = [("Ferries", _long(5)), ("Lighthouses", _long(6)), ("Moorings", _long(7))]
    text = page(
        "Portvale Herald", "Ten ways the harbour changed this year", "3 March 2025",
        _long(1), _long(2), "Dredgers", _long(3), "Related",
        "Inside The Harbour Board's Winter Meeting", "Boatyard Owner Takes On A New Role",
        *[part for pair in parts for part in pair], "About Us", "Contact Us",
    )  # fmt: skip
    body = body_of(text)
    assert para(3) in body and para(7) in body
    assert "Winter Meeting" not in body


def test_a_captions_closing_source_is_its_credit() -> None:
    # "Source: X" after a caption of three words or more (or a sentence) credits the picture
    # or the chart; a story's sentence going on after "Source:" is none.
    assert captions.caption_credit("Storm over the pier. Source: Harbour Trust") == (
        "Storm over the pier. Source: Harbour Trust", "Harbour Trust")  # fmt: skip
    assert captions.caption_credit("Ferry sailings by month, 2024. Quelle: Hafenamt") is not None
    assert captions.caption_credit("Source: Harbour Trust") is None
    said = "Sailings fell in May, the figures show. Source: the harbour office said it was so"
    assert captions.caption_credit(said) is None


def test_a_lists_titles_printed_as_one_line_are_left_out_with_the_list() -> None:
    # w3m prints the short list's titles as one line (one of them three times over, as its
    # picture's alt text and its links), with their own punctuation: nearly
    # every word capitalised and no sentence's end, it is no paragraph the story resumes with.
    titles = (
        "Ferry Crews Train For Winter Ferry Crews Train For Winter Ferry Crews Train For "
        "Winter: 'A Long Season Ahead For Every Crew' These Were The Best Boats Of The Regatta, "
        "Hands Down Pier Lights Go Back On: Harbour Board 'Really Saved The Old Lamps'"
    )
    text = page(
        "Portvale Herald", "Harbour reopens after the storm", "3 March 2025",
        _long(1), _long(2), "You May Also Like", titles, _long(3), _long(4), "Comments",
    )  # fmt: skip
    body = body_of(text)
    assert para(2) in body and para(4) in body and "Ferry Crews" not in body


def test_popular_right_now_and_related_video_head_lists_of_other_stories() -> None:
    for header in ("Popular Right Now", "Trending Right Now", "Popular now", "Related Video"):
        assert line_marks.LIST_HEADERS.match(header), header


def test_a_print_editions_note_under_the_story_is_not_the_story() -> None:
    note = (
        "This article appears in other versions of the March 3, 2025, issue, with the "
        "headline \u201cThe Pier.\u201d"
    )
    text = page(
        "Portvale Review", "Harbour reopens after the storm", "3 March 2025", *STORY, note,
        "More:", "• Harbours", "• Storms",
    )  # fmt: skip
    body = body_of(text)
    assert STORY[-1] in body and "other versions" not in body
    for said in (
        "This article appears in the print edition of the March 3, 2025, issue.",
        "A version of this article appears in print on March 3, 2025, on Page A1 of the "
        "Portvale edition with the headline: The Pier Reopens.",
    ):
        assert line_chrome.is_print_note(said), said
    assert not line_chrome.is_print_note("This story appears to have no end in sight.")


def test_a_post_embedded_in_the_story_is_quoted_in_full() -> None:
    # A post the story quotes, its text (a link at its end) over its signature: the story's
    # paragraphs, as the page prints them, not a heading over a heading.
    post = "Whatever you say, harbour board! https://t.co/AbCdEf123"
    signature = "— Portvale Gull (@portvalegull) March 2, 2025"
    text = page(
        "Portvale Herald", "Harbour reopens after the storm", "3 March 2025", *STORY[:3],
        post, signature, *STORY[3:], "Comments",
    )  # fmt: skip
    body = body_of(text)
    assert post in body.split("\n\n") and signature in body.split("\n\n")


def test_a_pages_skip_links_are_chrome_words() -> None:
    for text in (
        "Go Back to Top. Skip To: Start of Article.",
        "Skip Social. Skip to: Latest News.",
        "Skip navigation",
    ):
        assert line_marks.CHROME_WORDS.match(text), text
    assert not line_marks.CHROME_WORDS.match("Skip to the harbour, the captain said, and sail.")
