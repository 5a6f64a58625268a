"""Authors the text reader reads where the HTML reader reads none or others (session 24): a
byline signed by the publication itself ("Posted by Quillmoor Articles") on a page that prints
that name as its own. Lines and pages written here, about fictional outlets."""

from __future__ import annotations

from newsdesk.extract import bare_bylines, bylines
from newsdesk.extract.non_persons import publication_core
from tests.extract.test_text_body import STORY, page
from tests.extract.test_text_fields17 import HEADLINE, _main

FOOTER = ["About Quillmoor", "Quillmoor gathers guest posts from writers everywhere."]


def test_a_byline_of_the_sites_own_name_and_a_word_of_the_trade_names_no_author() -> None:
    line = "Posted by Quillmoor Articles , 06/01/2025 Business No Comments"
    article = _main(page("Quillmoor", HEADLINE, line, *STORY, *FOOTER))
    assert article.authors == []
    # the name printed only in the page's web address
    line = "By Jornal O Brejo"
    text = page("Menu", HEADLINE, line, *STORY, "Contato: contato@obrejo.com.br")
    assert _main(text).authors == []


def test_a_person_or_a_publication_the_page_does_not_call_its_own_stays() -> None:
    # a person's name printed alone on a line (an author's box) is no publication's
    text = page("Quillmoor", HEADLINE, "By Ann Example", *STORY, "Ann Example", *FOOTER)
    assert _main(text).authors == ["Ann Example"]
    # a name with a word of the trade, but another site's
    text = page("Quillmoor", HEADLINE, "By Harbour Times", *STORY, *FOOTER)
    assert _main(text).authors == ["Harbour Times"]


def test_publication_core() -> None:
    assert publication_core("Quillmoor Articles") == "quillmoor"
    assert publication_core("Jornal O Brejo") == "obrejo"
    assert publication_core("Ann Example") == ""
    assert publication_core("Jean le Example") == ""  # an article's word is no trade's
    assert publication_core("Daily News") == ""


def test_a_catalogues_browse_menu_names_no_author() -> None:
    menu = ["Browse", "* by Subject", "* by Title", "* by Publisher", "Advanced Search"]
    text = page("Quillmoor Library", *menu, HEADLINE, *STORY)
    assert _main(text).authors == []
    assert bylines.byline_people("Publisher") == []
    assert bylines.byline_people("Title") == []


def test_a_dash_closing_a_byline_over_its_date_is_no_part_of_the_name() -> None:
    assert bylines.split_authors("Staff Reports -") == ["Staff Reports"]
    assert bylines.split_authors("Ann Example –") == ["Ann Example"]
    text = page("Harbour Times", HEADLINE, "By Ann Example -", "11/20/25 6:38 AM", *STORY)
    assert _main(text).authors == ["Ann Example"]


def test_a_name_with_the_writers_mail_address_under_the_date_is_the_writers() -> None:
    assert bare_bylines.handle_name("Ann Example ann@harbour.example.com") == "Ann Example"
    assert bare_bylines.handle_name("Ann Example ann@harbour.example.com @annexample") == (
        "Ann Example"
    )
    assert bare_bylines.handle_name("Write to Ann Example at ann@harbour.example.com") is None
    line = "Ann Example ann@harbourtimes.com @AnnExampleHT"
    text = page("Harbour Times", HEADLINE, "Wed, Oct 14, 2025 - 5:50 AM", line, *STORY)
    assert _main(text).authors == ["Ann Example"]
