"""The same page read alike whichever renderer printed it (session 22, parity).

Written here, about fictional outlets, in the shapes the renderers print: a table in columns
between a story's paragraphs (w3m, elinks, inscriptis), a story lynx ran into one paragraph
above a teaser, a wrap at a sentence's end that the unwrap leaves apart (elinks, lynx).
"""

from __future__ import annotations

import textwrap

from newsdesk.extract import extract_text_page
from tests.extract.test_text_body import para


def _article(text: str):
    page = extract_text_page(text)
    assert page.kind == "article", page.kind
    return page.articles[0]


# --- A table printed in columns between the story's paragraphs -----------------------------

_ROWS = [
    ("Lumen Trail 2", "320 €", "ja", "1,7"),
    ("Lumen Trail 2 + Base", "370 €", "ja", "1,8"),
    ("Corvo Nest", "140 €", "nein", "2,1"),
    ("Corvo Nest Plus", "220 €", "ja", "2,2"),
    ("Harbour Seat One", "120 €", "nein", "2,4"),
    ("Harbour Seat Two", "310 €", "ja", "2,5"),
    ("Quayside Mini", "210 €", "nein", "4,9"),
    ("Quayside Maxi", "370 €", "ja", "4,9"),
    ("Tidewell Roam", "450 €", "ja", "3,0"),
    ("Tidewell Roam Lite", "350 €", "nein", "4,9"),
    ("Beacon Fox", "189 €", "ja", "5,5"),
    ("Beacon Fox Pro", "500 €", "ja", "1,7"),
    ("Signal Rise", "300 €", "ja", "2,1"),
    ("Signal Rise Plus", "139 €", "ja", "2,7"),
]


def _table() -> list[str]:
    rows = [f"{'Model':<40}{'Price':<10}{'Base':<8}Grade", "up to 18 months"]
    rows += [f"{name:<40}{price:<10}{base:<8}{grade}" for name, price, base, grade in _ROWS[:7]]
    rows.append("up to 4 years")
    rows += [f"{name:<40}{price:<10}{base:<8}{grade}" for name, price, base, grade in _ROWS[7:]]
    return rows


def _seat_test(top: list[str]) -> str:
    intro = (
        "In the latest test the Harbour Motor Club checked fourteen child seats for safety, "
        "handling, comfort and harmful substances, with every figure shown below."
    )
    return "\n".join([
        *top, "Harbour Motor Club", "", "Fourteen child seats tested: two fail", "",
        "23.10.2025", "", intro, "", "  * Ten seats are recommended",
        "  * Two fail on harmful substances", "  * One seat is blown up with a pump", "",
        "The results", "", *_table(), "", "Harmful substances in the covers", "",
        para(1, "the covers"), "", para(2, "the covers"), "", para(3, "the pump seat"), "",
        para(4, "buying a seat"), "", "Most Read", "", "Crane breaks down at the quay",
    ])  # fmt: skip


def test_a_table_in_columns_inside_the_story_does_not_part_it():
    body = _article(_seat_test([])).body
    assert body.startswith("In the latest test the Harbour Motor Club checked")
    assert "Quayside Mini" in body
    assert body.rstrip().endswith(para(4, "buying a seat"))


def test_a_table_in_columns_above_the_story_with_no_prose_above_stays_out():
    # The site's own menu printed as a table in columns: no paragraph above it, so it is no
    # table inside the story.
    menu = ["Home          News          Sport          Weather",
            "Motoring      Travel        Money          Homes",
            "Podcasts      Puzzles       Letters        Archive", ""]  # fmt: skip
    body = _article(_seat_test(menu)).body
    assert "Podcasts" not in body and "Weather" not in body


# --- A story lynx ran into one paragraph, teasers below it ----------------------------------

_ONE_PARAGRAPH = " ".join(para(n, "the new laptops") for n in range(1, 6))


def _one_paragraph_page(standfirst: str | None = None) -> str:
    teaser = ("In only a few months the number of children needing glasses has grown among "
              "those who spent their lessons on screens, says a doctor... Read more")  # fmt: skip
    head = [standfirst, "", "[picture.jpg]", "", "[picture-2.jpg]", ""] if standfirst else []
    story = (
        [*head, *(para(n, "the new laptops") for n in range(1, 6))]
        if standfirst
        else [_ONE_PARAGRAPH]
    )
    return "\n".join([
        "Quay Courier", "", "  * News", "  * Region", "  * Sport", "",
        "Town gives laptops and tablets to children in care homes", "", "15.10.2025 21:55", "",
        "  * Share", "  * Share", "", *"\n\n".join(story).split("\n"), "",
        "More children short-sighted after lessons on screens", "",
        "More children short-sighted after lessons on screens", "", teaser, "",
        "[site-icon.png]", "Quay Courier", "Editor:", "Ann Example",
    ])  # fmt: skip


def test_a_story_printed_as_one_paragraph_is_the_body_not_the_standfirst():
    article = _article(_one_paragraph_page())
    assert article.standfirst in (None, "")
    assert article.body.startswith(_ONE_PARAGRAPH[:120])


def test_a_short_standfirst_cut_off_from_a_longer_story_stays_the_standfirst():
    dek = "The town handed out nine laptops and thirteen tablets to children in its care homes."
    article = _article(_one_paragraph_page(dek))
    assert article.standfirst == dek
    assert article.body.startswith(para(1, "the new laptops"))


# --- A wrap at a sentence's end, left apart by the unwrap, is no second paragraph ----------

_INDENT = " " * 7
_WIDTH = 76


def _wrapped(text: str) -> list[str]:
    return textwrap.wrap(text, _WIDTH, initial_indent=_INDENT, subsequent_indent=_INDENT)


_TOPICS = ("the beach", "the city", "the garden")


def _blurb(n: int) -> list[str]:
    """A teaser's blurb whose first sentence ends at the wrap's edge, the next opening with a
    capital too long to fit: the unwrap cannot tell that break from a paragraph's end."""
    first = f"{_INDENT}Summer {n}: long dresses are no new trend but a firm part of the season."
    rest = (
        f"Flowing cuts and soft cloth keep everyone cool in {_TOPICS[n]} all day, and we "
        f"picked {n + 7} of the loveliest dresses of the summer for you here [...]"
    )
    return [first, *_wrapped(rest)]


def _caption_story_page() -> str:
    byline = "Friday | 14 June 2025 | 15:49 BY Ann Example IN Fashion | 0 COMMENTS"
    lines = ["Quay Style", "", "  * Home", "  * Fashion", "  * Travel", "", "Ear candy!", "",
             byline, ""]  # fmt: skip
    for n in range(1, 5):
        lines += [*_wrapped(para(n, "the earrings")), "", f"Earring {n}: Lumen Studio", "",
                  f"Charm {n}: Corvo Works", ""]  # fmt: skip
    lines += ["Related Posts", ""]
    for n in range(3):
        dated = f"       Monday | {22 - n} July 2025"
        lines += [f"     * Maxi dresses for {_TOPICS[n]}", "", dated, "", *_blurb(n), "",
                  "       Find out more", ""]  # fmt: skip
    return "\n".join(lines)


def test_a_teaser_wrapped_at_a_sentence_end_is_still_a_lone_blurb():
    text = _caption_story_page()
    body = _article(text).body
    assert body.startswith(para(1, "the earrings"))
    assert "maxi dresses" not in body and "long dresses" not in body


def test_a_wrap_at_a_sentence_end_inside_the_story_still_joins_its_paragraph():
    # The story's own paragraph wrapped at a sentence's end keeps its two halves together.
    first = "The ferry left the quay at dawn, carrying the last of the winter cargo."
    room = _WIDTH - len(_INDENT) - len(first)
    text = "\n".join(["Quay Courier", "", "Ferry leaves at dawn", "", "By Ann Example", "",
                      *_wrapped(f"{first} Harbour{'y' * (room - 1)} crews waved it off."), "",
                      *(ln for n in range(1, 5) for ln in (*_wrapped(para(n)), "")),
                      "Most Read", "", "Crane breaks down"])  # fmt: skip
    body = _article(text).body
    assert body.startswith(first)
