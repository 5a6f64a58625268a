"""The outlet a text page reports (Page.site, the article's outlet): a name the page prints and
backs (its copyright's holder, its own address, a credit), never a menu's item printed twice;
the reader's own site for its chrome stages stays as it was (site_name.find_site)."""

from __future__ import annotations

from collections import Counter

from newsdesk.extract import extract_text_page
from newsdesk.extract.text import outlet_names
from newsdesk.extract.text.lines import normalise
from newsdesk.extract.text.site_name import find_site
from tests.extract.test_text_body import STORY, page
from tests.extract.test_text_fields17 import HEADLINE

MENU = ["Weather", "Harbourside", "Sport", "Harbourside", "Weather"]
FOOTER = ["Privacy Policy", "Terms of Use", "Contact"]


def _site(text: str) -> str | None:
    return extract_text_page(text).site


def test_a_menu_item_printed_twice_is_no_outlet() -> None:
    text = page(*MENU, HEADLINE, *STORY, *FOOTER)
    read = extract_text_page(text)
    assert read.site is None and read.articles[0].outlet == ""
    # The chrome stages still go by a line heading the page, printed twice.
    lines = normalise(text)
    assert find_site(lines, Counter(line.text for line in lines)) == "Harbourside"


def test_the_copyright_holder_printed_in_the_header_is_the_outlet() -> None:
    text = page(
        "Gull Point Gazette", *MENU, HEADLINE, *STORY, *FOOTER,
        "© 2031 Gull Point Gazette Ltd. All rights reserved.",
    )  # fmt: skip
    read = extract_text_page(text)
    assert read.site == "Gull Point Gazette"
    assert read.articles[0].outlet == "Gull Point Gazette"


def test_a_holder_on_no_line_of_its_own_needs_a_credit() -> None:
    caption = "The ferry at the island pier on Monday. (Lantern Wire/Ann Example)"
    copyright_line = "Copyright 2031 Lantern Wire. All rights reserved."
    text = page(*MENU, HEADLINE, STORY[0], caption, *STORY[1:], *FOOTER, copyright_line)
    assert _site(text) == "Lantern Wire"
    # no credit: the holder may be a parent company
    text = page(*MENU, HEADLINE, *STORY, *FOOTER, copyright_line)
    assert _site(text) is None


def test_a_web_address_heading_the_page_is_the_outlet() -> None:
    text = page("fjordpost.no", *MENU, HEADLINE, *STORY, *FOOTER)
    assert _site(text) == "fjordpost.no"


def test_a_parent_company_only_in_the_footer_is_no_outlet() -> None:
    text = page(
        *MENU, HEADLINE, *STORY, *FOOTER,
        "Brightline Holdings Logo", "© 2031 Brightline Holdings Inc. | All Rights Reserved.",
    )  # fmt: skip
    assert _site(text) is None


def test_a_name_printed_twice_on_top_and_crediting_itself_is_the_outlet() -> None:
    # no copyright line: the header's name printed twice, and credited by the page
    text = page(
        "Morrow Courier", "News", "Morrow Courier", HEADLINE, *STORY,
        "Source: Morrow Courier", *FOOTER,
    )  # fmt: skip
    assert _site(text) == "Morrow Courier"


def test_a_blurb_saying_what_someone_is_names_no_outlet() -> None:
    text = page(*MENU, HEADLINE, *STORY, "Ann Example is a reporter on the harbour desk.", *FOOTER)
    assert _site(text) is None
    text = page(*MENU, HEADLINE, *STORY, "Get the Android app from the store", *FOOTER)
    assert _site(text) is None
    text = page(*MENU, HEADLINE, *STORY, "Download the Tern Daily app", *FOOTER)
    assert _site(text) == "Tern Daily"


def test_names_compare_without_article_company_form_or_address_ending() -> None:
    key = outlet_names.name_key
    assert key("The Harbour Times Ltd.") == key("Harbour Times") == "harbourtimes"
    assert key("harbourtimes.com") == key("www.HarbourTimes.com") == "harbourtimes"
    assert key("Quay Media S.A.") == "quay"
    assert outlet_names.holders("Todos los derechos reservados. Quay Diario ©2031") == {
        "quaydiario": "Quay Diario"
    }
    assert outlet_names.holders("© 2031 Quay News - Theme by Example Themes") == {
        "quaynews": "Quay News"
    }
