"""A lone "Response" is a story's sub-heading as often as a comment thread's (session 34): the
thread's header is counted ("2 Responses") or plural. Dumps written here."""

from __future__ import annotations

from newsdesk.extract import extract_text_page
from newsdesk.extract.text import line_chrome
from tests.extract.test_text_body import page, para

HEADLINE = "How the harbour office answers a ferry request"


def test_a_lone_response_does_not_start_the_comments() -> None:
    assert not line_chrome.starts_comments("Response")
    assert line_chrome.starts_comments("Responses")
    assert line_chrome.starts_comments("2 Responses")
    assert line_chrome.starts_comments("1 Response:")


def test_a_sub_heading_response_keeps_the_story_under_it() -> None:
    text = page(
        HEADLINE,
        "By Ann Example",
        *[para(n) for n in range(1, 4)],
        "Response",
        *[para(n) for n in range(4, 7)],
    )
    body = extract_text_page(text).articles[0].body
    assert para(1) in body and para(6) in body


def test_a_counted_thread_header_still_ends_the_story() -> None:
    comments = ["Jo Reader says:", "I agree with the harbour office.", "Reply"]
    text = page(HEADLINE, "By Ann Example", *[para(n) for n in range(1, 5)], "2 Responses",
                *comments)  # fmt: skip
    body = extract_text_page(text).articles[0].body
    assert para(4) in body and "I agree with the harbour office" not in body
