"""Wrapped dumps (lynx, elinks) where the wrapper's break looked like a sentence's end or the
next line's first word seemed to fit (session 26, text26-lynx). Written here, about fictional
outlets: paragraphs indented three columns and wrapped by column 74, as lynx prints them."""

from __future__ import annotations

import textwrap

from newsdesk.extract.text.lines import normalise
from newsdesk.extract.text.unwrap import _first_word
from newsdesk.extract.text.wrap_width import ends_like_sentence
from tests.extract.test_text_body import STORY, body_of


def _wrapped(*paragraphs: str) -> str:
    lines = ["Harbour Courier", "", "Ferry strike ends after the long night of talks", ""]
    for p in paragraphs:
        lines += textwrap.wrap(p, 74, initial_indent="   ", subsequent_indent="   ")
        lines.append("")
    return "\n".join(lines) + "\n"


# An all-caps notice whose wrapped line ends on a word's bracketed ending: "ROUTE(S)", then
# "DESCRIBED ..." on the next line (a capital, as every word of the notice opens with one).
_NOTICE = (
    "THE HARBOUR COURIER MAKES NO PROMISE ABOUT THE FERRY TIMETABLES PRINTED ON THIS SITE. "
    "THE TIMETABLES COULD HOLD ERRORS, AND THE PORT MAY CHANGE THE OLD NIGHT NORTH SAILINGS "
    "AT THE NORTH QUAY AND THE ROUTE(S) DESCRIBED AT ANY TIME."
)


def test_a_words_bracketed_ending_is_no_sentences_end() -> None:
    assert not ends_like_sentence("AND THE ROUTE(S)")
    assert not ends_like_sentence("les nom(s) et prénom(s)")
    assert not ends_like_sentence("alle Mitarbeiter(innen)")
    # An aside, a credit or a year in brackets still ends like a sentence.
    assert ends_like_sentence("the quay (Photo: Harbour Courier)")
    assert ends_like_sentence("opened in spring (2019)")
    assert ends_like_sentence("(see the timetable)")


def test_an_all_caps_paragraph_wrapped_after_a_bracketed_ending_is_one_line() -> None:
    dump = _wrapped(*STORY, _NOTICE)
    assert any(s.endswith("ROUTE(S)") for s in dump.split("\n"))  # the wrapper broke there
    texts = [line.text for line in normalise(dump)]
    assert _NOTICE in texts
    assert all(p in texts for p in STORY)


# French sets « and » apart from the quoted word by a no-break space, which lynx and elinks
# print as a plain one: the wrapper moved "« contre-bilan" to the next line as one word.
_FRENCH = (
    "Les syndicats du port ont tenu une longue conférence de presse « contre-bilan » sur la "
    "saison, et ils ont demandé à la direction du port de revoir les horaires des bateaux de "
    "nuit avant le début de l'hiver prochain."
)


def test_a_spaced_quotation_mark_is_part_of_the_first_word() -> None:
    assert _first_word("« contre-bilan » de la saison") == "« contre-bilan »"
    assert _first_word("« généraliste » ; les niveaux") == "« généraliste »"
    assert _first_word("contre-bilan de la saison") == "contre-bilan"
    assert _first_word("word") == "word"
    # A spaced colon is no French mark only (Arabic pages space theirs, a wrapper may break).
    assert _first_word("mot : suite") == "mot"


def test_a_paragraph_wrapped_before_a_spaced_quotation_mark_is_one_line() -> None:
    lines = textwrap.wrap(_FRENCH, 74, initial_indent="   ", subsequent_indent="   ")
    # The wrapper's lines as lynx prints them: "« contre-bilan" kept together, so the line
    # before ends short of where "«" alone would have fitted.
    glued = textwrap.wrap(
        _FRENCH.replace("« ", "«\u00a0").replace(" »", "\u00a0»"),
        74,
        initial_indent="   ",
        subsequent_indent="   ",
    )
    printed = [s.replace("\u00a0", " ") for s in glued]
    assert printed != lines and any(s.lstrip().startswith("« ") for s in printed)
    body = ["Harbour Courier", "", "Grève au port", ""]
    for p in STORY:
        body += [*textwrap.wrap(p, 74, initial_indent="   ", subsequent_indent="   "), ""]
    dump = "\n".join([*body, *printed, ""])
    texts = [line.text for line in normalise(dump)]
    assert _FRENCH in texts


# lynx prints a picture set right under a paragraph on the paragraph's next line, by its file
# name in brackets, its caption (and the caption's credit) after it on the same lines.
_PICTURE = (
    "[harbour-pier-03.jpg?fit=620%2C9999px&amp;ssl=1] Ferry crews wait on the north quay as "
    "the talks go on through the night. (Courtesy of Ann Example)"
)


def test_a_picture_under_a_paragraph_is_not_joined_to_it() -> None:
    lines = ["Harbour Courier", "", "Ferry strike ends after the long night of talks", ""]
    for n, p in enumerate(STORY):
        lines += textwrap.wrap(p, 74, initial_indent="   ", subsequent_indent="   ")
        if n == 2:  # the picture, with no blank line between
            lines += textwrap.wrap(_PICTURE, 74, initial_indent="   ", subsequent_indent="   ")
        lines.append("")
    dump = "\n".join(lines) + "\n"
    texts = [line.text for line in normalise(dump)]
    assert STORY[2] in texts  # the paragraph ends where it did, without the picture's caption
    caption = "Ferry crews wait on the north quay as the talks go on through the night."
    assert any(t.startswith(caption) for t in texts)
    assert caption not in body_of(dump)
    assert all(p in body_of(dump) for p in STORY)


def test_lynxs_line_of_the_pages_link_elements_is_taken_off() -> None:
    # lynx opens a dump with the page's <link> elements, "#" then each numbered, wrapped as a
    # paragraph: the converter's, as elinks's "Link: " lines are.
    head = [
        "   #[1]alternate [2]Harbour Courier » Feed [3]Harbour Courier » Comments Feed",
        "   [4]Harbour Courier » Ferry strike ends after the long night of talks",
        "   Comments Feed",
        "",
    ]
    dump = "\n".join(head) + _wrapped(*STORY)
    texts = [line.text for line in normalise(dump)]
    assert texts[0] == "Harbour Courier"
    assert not any("Feed" in t for t in texts)
    # Not on a line further down, nor a "#" line that is no list of numbered links.
    assert normalise("   #harbourlife on the north quay\n" + _wrapped(*STORY))[0].text.startswith(
        "#harbourlife"
    )


def test_a_link_list_ending_on_an_address_under_another_scheme_is_chrome() -> None:
    # The list's last entry a feed's address ("feed:https://..."): still the converter's list,
    # so the link numbers inside the story's sentences are taken off too.
    story = [f"[{10 + n}]" + p for n, p in enumerate(STORY)]
    references = [
        "References",
        "",
        *(f"  {10 + n}. https://harbour-courier.example/{n}" for n in range(len(STORY))),
        "  30. feed:https://harbour-courier.example/comments/feed",
    ]
    dump = _wrapped(*story) + "\n".join(references) + "\n"
    texts = [line.text for line in normalise(dump)]
    assert all(p in texts for p in STORY)
    assert not any("feed:" in t or "References" in t for t in texts)
