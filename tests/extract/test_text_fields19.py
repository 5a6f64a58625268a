"""A page's fields besides its body (session 19): bylines in Arabic, a byline over a headline
printed twice, a byline run on into its date or handle, a headline that ends in a role word,
and the site's clock at the page's top. Lines and pages written here, about fictional outlets."""

from __future__ import annotations

from newsdesk.extract import bylines
from tests.extract.test_text_body import STORY, page
from tests.extract.test_text_fields17 import HEADLINE, _main


def test_an_arabic_byline_names_its_writer() -> None:
    for line, names in [
        ("كتب سامي الشاطئ", "سامي الشاطئ"),
        ("كتبت: ليلى المرفأ", "ليلى المرفأ"),
        ("بقلم سامي عبد الميناء - القاهرة", "سامي عبد الميناء"),
    ]:
        assert bylines.byline(line) == names, line
    # "wrote" opening a sentence, a long clause, a stop: no byline
    for line in [
        "كتب الوزير في رسالته إلى الرئيس أن الميناء سيفتح غدا",
        "كتب الوزير رسالة طويلة.",
        "كتب عبر حسابه “انستجرام”، ” سلامة عليكي “.",
    ]:
        assert bylines.byline(line) is None, line
    text = page("Harbour Times", HEADLINE, "كتب سامي الشاطئ", "12 January 2025", *STORY)
    assert _main(text).authors == ["سامي الشاطئ"]


def test_a_byline_over_the_headline_printed_again() -> None:
    # headline, byline and date, then share buttons and one naming the headline again: the
    # walk up from the body stops at that second print, the byline is above it
    text = page(
        "Harbour Times", HEADLINE, "By Ann Example@annexample Nov 19, 2025, 7:53pm EST",
        "Share this story", "Share on Facebook", "Share on Twitter",
        "Share All sharing options for: " + HEADLINE, *STORY,
    )  # fmt: skip
    article = _main(text)
    assert article.title == HEADLINE
    assert article.authors == ["Ann Example"]
    # a teaser's byline above a line that is no fact or button stays the teaser's
    text = page(
        "By Bo Example", "Council votes on the harbour wall", HEADLINE, "Share on Facebook",
        "Share All sharing options for: " + HEADLINE, *STORY,
    )  # fmt: skip
    assert _main(text).authors == []


def test_a_prompt_opening_with_by_is_no_byline() -> None:
    for line in ["By signing in, you agree to our Terms of Service", "By continuing you accept"]:
        assert bylines.byline(line) is None, line
    assert bylines.byline("By Ann Example") == "Ann Example"
    assert bylines.byline("by annexample") == "annexample"  # a writer's handle in lower case


def test_a_byline_run_on_into_its_date_or_handle_keeps_the_names() -> None:
    for names, people in [
        ("Ann Example@annexample Nov 19, 2025, 7:53pm EST", ["Ann Example"]),
        ("Bo Example Updated Nov 13, 2025, 10:28am EST", ["Bo Example"]),
        ("Ann Example, The Harbour Times, Posted: July 18, 2025- 4:01 PM", ["Ann Example"]),
        ("Ann Example, AP Sports Writer", ["Ann Example"]),
        ("Ann Example Monday, November 17, 2025", ["Ann Example"]),
        ("Ann Example and Bo May", ["Ann Example", "Bo May"]),
        ("ann@harbour-times.example", ["ann@harbour-times.example"]),
    ]:
        assert bylines.byline_people(names) == people, names


def test_a_headline_ending_in_a_role_word_over_a_byline_is_the_headline() -> None:
    headline = "Harbour Council Fires Its Senior Editor"
    text = page("Harbour Times", headline, "By Ann Example", "12 January 2025", *STORY)
    article = _main(text)
    assert article.title == headline
    assert article.authors == ["Ann Example"]
    # the byline without "By" printed over the same byline with it is still no headline
    text = page("Harbour Times", HEADLINE, "Ann Example Harbour editor", "By Ann Example",
                "12 January 2025", *STORY)  # fmt: skip
    assert _main(text).title == HEADLINE


def test_the_sites_clock_over_its_menu_is_not_the_storys_date() -> None:
    menu = ["About us", "Subscriptions", "Advertise", "Contact", "Login", "Menu", "Archive"]
    text = page("Monday, 10 November 2025", *menu, HEADLINE, *STORY)
    assert _main(text).published is None
    # a blog's date over its post's title is the post's
    text = page("Harbour Blog", "Monday, 10 November 2025", HEADLINE, *STORY)
    assert (_main(text).published or "")[:10] == "2025-11-10"


def test_a_byline_among_a_line_of_facts() -> None:
    for facts_line in [
        "September 10, 2025 | By Ann Example",
        "By Ann Example | Harbour Radio • 16 hours ago",
        "11/19/2025 by Ann Example",
    ]:
        text = page("Harbour Times", HEADLINE, facts_line, *STORY)
        assert _main(text).authors == ["Ann Example"], facts_line
    # a picture's credit among the facts names no writer
    text = page("Harbour Times", HEADLINE, "Harbour Times | Photo by Bo Example | 12 January 2025",
                *STORY)  # fmt: skip
    assert _main(text).authors == []


def test_a_byline_without_by_names_the_writer() -> None:
    for line, people in [
        ("Ann Example, AP Sports Writer", ["Ann Example"]),
        ("Ann Example, Bo Example | Harbour Times", ["Ann Example", "Bo Example"]),
    ]:
        text = page("Harbour Times", HEADLINE, line, "12 January 2025", *STORY)
        assert _main(text).authors == people, line
    # a byline with "By" outranks one without (a picture's credit under it, say)
    text = page("Harbour Times", HEADLINE, "By Bo Example", "12 January 2025",
                "Ann Example, Associated Press", *STORY)  # fmt: skip
    assert _main(text).authors == ["Bo Example"]


def test_the_storys_date_signed_under_it() -> None:
    for under, day in [
        (["Posted by Ann Example on 14 December 2025", "Tags: harbour"], "2025-12-14"),
        (["Artikel veröffentlicht am 16.12.2025", "Kommentare"], "2025-12-16"),
        (["13 December 2025, 09:08", "More from Harbour Times"], "2025-12-13"),
    ]:
        text = page("Harbour Times", HEADLINE, *STORY, *under)
        assert (_main(text).published or "")[:10] == day, under
    # a comment's date under the story is not the story's
    text = page("Harbour Times", HEADLINE, *STORY, "2 Comments", "Bo Example",
                "15 December 2025 at 11:21 · Reply", "What a fine ferry.")  # fmt: skip
    assert _main(text).published is None


def test_a_pictures_line_is_no_headline() -> None:
    for picture in ["Image 1 of 9", "Bo Example via Getty Images", "Imagen ilustrativa: Bo Example",
                    "Ferry at the quay. (Credits: HTA)"]:  # fmt: skip
        text = page("Harbour Times", HEADLINE, "By Ann Example", picture, *STORY)
        assert _main(text).title == HEADLINE, picture
