"""A heading that says a footer's words ("Copyright Infringement Claims", "Privacy Policy")
between the text's paragraphs heads a section of it (a site's terms of use), no barrier; the
page's own footer ("© 2025 Harbour Wire", "Copyright 2025 ...") still ends the story. Pages
written here, about fictional outlets."""

from __future__ import annotations

from tests.extract.test_text_body import STORY, body_of, page, para


def test_a_heading_with_a_footers_words_inside_the_text_is_no_barrier() -> None:
    for heading in ("Copyright Infringement Claims", "Privacy Policy", "Terms of Service"):
        text = page("Harbour Wire", "Terms of use of the Harbour Wire site", "3 March 2025",
                    *STORY[:3], heading, *STORY[3:])  # fmt: skip
        body = body_of(text)
        assert STORY[2] in body and STORY[3] in body and STORY[-1] in body, heading


def test_the_pages_copyright_under_the_story_still_ends_it() -> None:
    legal = [para(40, "the site's terms"), para(41, "the site's terms")]
    for footer in ("© 2025 Harbour Wire", "Copyright 2025 Harbour Wire"):
        text = page("Harbour Wire", "Pier stalls to sell hot meals", "By Ann Example",
                    "3 March 2025", *STORY, footer, *legal)  # fmt: skip
        body = body_of(text)
        assert STORY[-1] in body, footer
        assert legal[0] not in body and legal[1] not in body, footer
