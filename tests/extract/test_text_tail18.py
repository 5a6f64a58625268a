"""Where the story ends (session 18, text18-tail): what the text reader keeps or leaves at the
story's end. Pages written here, about fictional outlets."""

from __future__ import annotations

from newsdesk.extract.text.read import read_text
from tests.extract.test_text_body import STORY, page


def _body(text: str) -> str:
    result = read_text(text)
    assert result.kind == "article", result.kind
    return result.articles[0].body


def _category(name: str, winners: list[str]) -> str:
    return name + "\n\n" + "\n".join(f"  • {w}" for w in winners)


def _awards_page() -> str:
    # The nominees of each category, then the trade's categories under a label of their own
    # ("HARBOUR AWARDS:"), the last ones naming people in a word or two (no list item of
    # the story's, so nothing under their headings).
    return page(
        "Portvale Herald", "The nominees for the Portvale harbour awards", "3 March 2025",
        *STORY,
        "The harbour board named this year's nominees on Monday, and the winners will be told "
        "at a dinner on the old pier in June; see below for the nominees in each category.",
        _category("SHIP OF THE YEAR", ["The Morning Gull – Portvale Lines Co.",
                                       "Tidewater Queen – Eastwick Ferries Co.",
                                       "Northby Lantern – Northby Shipping Co."]),
        "HARBOUR AWARDS:",
        _category("QUAY OF THE YEAR", ["Old Mill Quay – Portvale, Westshire Co.",
                                       "Saltmarsh Quay – Eastwick, Eastshire Co.",
                                       "Lantern Quay – Northby, Northshire Co."]),
        _category("PIER OF THE YEAR", ["Stone Pier – Southby, Southshire Co.",
                                       "Long Pier – Westby, Westshire Co."]),
        _category("PILOT OF THE YEAR", ["Ann Example", "Bo Sample", "Cy Dummy"]),
        _category("WARDEN OF THE YEAR", ["Di Example", "Ed Sample"]),
    )  # fmt: skip


def test_a_closing_list_under_a_label_over_its_headings_stays_in_the_story() -> None:
    body = _body(_awards_page())
    assert "Tidewater Queen – Eastwick Ferries Co." in body
    assert "Saltmarsh Quay – Eastwick, Eastshire Co." in body and "Long Pier" in body


def _credited(*credit: str) -> str:
    return page("Portvale Herald", "Harbour reopens after the storm", "3 March 2025", *STORY,
                *credit, "Posted: 3 March 2025 - 4:01 PM", "Morning Newsletter",
                "Get the news you need to start your day")  # fmt: skip


def test_a_credit_under_a_rule_after_the_story_stays() -> None:
    body = _body(_credited("- - -", "Ann Example contributed to this report."))
    assert STORY[-1] in body and body.endswith("Ann Example contributed to this report.")


def test_a_credit_worded_without_the_report_stays() -> None:
    for credit in (
        "Bo Sample in Eastwick and Cy Dummy in Northby contributed.",
        "This article was originally published by Harbour Weekly. Read the original article.",
    ):
        body = _body(_credited("_____", credit))
        assert body.endswith(credit), credit


def _with_details(*details: str) -> str:
    return page("Portvale Herald", "A new play opens at the harbour theatre", "3 March 2025",
                *STORY, *details, "Share this entry", "  • Share on Facebook",
                "  • Share on Twitter", "Related posts")  # fmt: skip


def test_contact_details_under_the_story_stay_in_it() -> None:
    details = ["Tickets", "www.harbourtheatre.example", "Adults : 20 crowns",
               "Inquiry", "0555-123-4567"]  # fmt: skip
    body = _body(_with_details(*details))
    assert STORY[-1] in body
    assert "Adults : 20 crowns" in body and body.endswith("0555-123-4567")


def test_a_number_without_its_label_under_the_story_stays_out() -> None:
    body = _body(_with_details("0800 555 0100", "Hotline for the harbour's shareholders"))
    assert body.endswith(STORY[-1])


def test_the_sites_address_box_out_of_the_storys_box_stays_out() -> None:
    # A renderer that indents by nesting prints the story further in than the page's boxes
    # after it: the site's own address, with its telephone number, is not the story's.
    rows = [" " * 14 + p for p in ["Portvale Herald", "Harbour reopens after the storm",
                                   "3 March 2025", *STORY]]  # fmt: skip
    rows += ["      Our office", "          Portvale Herald Ltd",
             "          1 Quay Street", "          Tel. 0555 123 4567"]  # fmt: skip
    body = _body("\n\n".join(rows) + "\n")
    assert STORY[-1] in body and "Quay Street" not in body and "4567" not in body
