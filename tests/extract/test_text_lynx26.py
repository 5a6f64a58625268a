"""Wrapped dumps (lynx, elinks) where the wrapper's break looked like a sentence's end or the
next line's first word seemed to fit (session 26, text26-lynx). Written here, about fictional
outlets: paragraphs indented three columns and wrapped by column 74, as lynx prints them."""

from __future__ import annotations

import textwrap

from newsdesk.extract.text.lines import normalise
from newsdesk.extract.text.wrap_width import ends_like_sentence
from tests.extract.test_text_body import STORY


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
