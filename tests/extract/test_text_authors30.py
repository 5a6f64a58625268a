"""The header's facts under a headline found further up than the header walk climbed (session
30): where the title's choice takes a headline over a list of teasers, the byline and the date
printed under that headline are the story's. Pages written here, about fictional outlets."""

from __future__ import annotations

from tests.extract.test_text_body import page, para
from tests.extract.test_text_fields17 import HEADLINE, _main

# A lead that says what the headline says, so the title's choice finds it over the teasers.
STORY = [
    "The harbour ferry returns to the island run this week after the winter, its crew said on"
    " Monday, and the first crossing sold out.",
    *(para(n, "the ferry's island run") for n in range(1, 7)),
]
MENU = "  • World\n  • Sport\n  • Weather"
TEASERS = ("Latest News", "Gull colony returns", "Lighthouse keeper retires", "Quay market opens")


def test_a_byline_under_the_headline_over_a_list_of_teasers() -> None:
    text = page(
        "Harbour Times", MENU, HEADLINE, "  • By\n  • &", "by Ann Example |",
        "  • Share\n  • Tweet\n  • Email", *TEASERS, *STORY,
    )  # fmt: skip
    article = _main(text)
    assert article.title == HEADLINE
    assert article.authors == ["Ann Example"]


def test_by_alone_over_its_name_and_the_date_under_the_headline() -> None:
    text = page(
        "Harbour Times", MENU, HEADLINE, "by", "Ann Example", "More stories by Ann Example",
        "December 6, 2025 — 6:22 PM", "  • Ferry fares held\n  • Crew training starts",
        "[harbour-pic]", "Watch: the quay at dawn", *STORY,
    )  # fmt: skip
    article = _main(text)
    assert article.title == HEADLINE
    assert article.authors == ["Ann Example"]
    assert (article.published or "").startswith("2025-12-06")


def test_a_byline_after_a_paragraph_under_the_headline_is_not_the_storys() -> None:
    # a teaser's blurb (prose) ends the header: a byline under it is the teaser's
    blurb = "A new market opened on the quay this morning, selling the catch of the night boats."
    text = page(
        "Harbour Times", MENU, HEADLINE, "  • Share\n  • Tweet", blurb, "by Bo Other",
        *TEASERS, *STORY,
    )  # fmt: skip
    assert _main(text).authors == []


def test_a_writers_button_after_the_name_before_the_handle() -> None:
    from newsdesk.extract import bylines

    assert bylines.byline_people("Ann Example Follow @annexample") == ["Ann Example"]
    assert bylines.byline_people("Ann Example follow @annexample") == ["Ann Example"]


def test_an_opener_of_words_alone_over_the_name_under_the_date() -> None:
    # "Written by", "Escrito por", "Text von" on a line of their own, the name under them
    for opener in ("Written by", "Escrito por", "Text von", "Story by"):
        text = page("Harbour Times", HEADLINE, "4 hours ago", opener, "Ann Example", *STORY)
        assert _main(text).authors == ["Ann Example"], opener


def test_bylines_opened_by_written_by_in_other_languages() -> None:
    from newsdesk.extract import bylines

    for line in (
        "geschrieben von Eva Beispiel", "Verfasst von Eva Beispiel", "Escrito por Ana Ejemplo",
        "écrit par Anne Exemple", "Écrit par Anne Exemple", "Rédigé par Anne Exemple",
        "scritto da Anna Esempio", "Geschreven door Anna Voorbeeld", "Skrevet av Kari Eksempel",
        "Skrivet av Kari Exempel",
    ):  # fmt: skip
        assert bylines.byline(line) is not None, line
    # the same words opening a sentence, no name after them: no byline
    assert bylines.byline("Escrito por el autor del libro") is None
    assert bylines.byline("Scritto da tempo immemore") is None
    text = page("Harbour Times", HEADLINE, "geschrieben von Eva Beispiel", *STORY)
    assert _main(text).authors == ["Eva Beispiel"]


def test_the_written_by_gate_lets_through_every_line_the_pattern_matches() -> None:
    # byline() asks _FOREIGN_BYLINE of a line opening on another letter than the old openers'
    # only where its first two letters and case-folded opening say one of _WRITTEN_OPENERS;
    # every case and every letter IGNORECASE folds onto them must still reach the pattern
    from newsdesk.extract import bylines

    folds = {"s": "\u017f", "k": "\u212a", "i": "\u0131"}
    for opener in bylines._WRITTEN_OPENERS:
        variants = {opener, opener.upper(), opener.title(), opener.capitalize()}
        variants |= {v.replace(a, b) for v in list(variants) for a, b in folds.items()}
        for variant in variants:
            line = f"{variant} Eva Beispiel"
            found = bylines._FOREIGN_BYLINE.match(line)
            assert found is not None and bylines.byline(line) == found.group(1).strip(), line
