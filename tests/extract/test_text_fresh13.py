"""Shapes the text reader met on the studied half of the fresh set (other extractors' test
pages), written here about fictional outlets: script printed as text by the converter."""

from __future__ import annotations

import pytest

from newsdesk.extract.text.lines import count_words
from newsdesk.extract.text.page_chrome import _is_code
from tests.extract.test_text_body import STORY, body_of, page


def _script(n: int) -> str:
    """A line of minified JavaScript as w3m or lynx print a page's inline script."""
    return ",".join(
        f"function q{n}{k}(a,b){{if(a.k{k}===b){{return a.v{k}}}var c=a.m{k}||{{}};"
        f'c.x{k}=b,c.label="check the harbour gate {k}";return c}}'
        for k in range(8)
    )


def _style(n: int) -> str:
    """A line of the page's style rules, spaced as a template writes them."""
    return " ".join(
        f".hx-box{n}{k} {{ display: block; margin: 0 auto; color: {{{{ colour{k} }}}}; }}"
        for k in range(10)
    )


def test_script_printed_as_text_is_not_the_story():
    code = [_script(n) for n in range(30)] + [_style(n) for n in range(6)]
    notice = ["Why can't you see the Harbour Times?", "Turn on JavaScript to read it."]
    head = ["Harbour Times", "Politics", "Business", "Harbour reopens after the storm"]
    text = page(*notice, *code, *head, "By Ann Example", "3 March 2025", *STORY[:3], "More news")
    body = body_of(text)
    assert "function" not in body and "display:" not in body
    assert all(p in body for p in STORY[:3])


@pytest.mark.parametrize(
    "text, code",
    [
        (_script(1), True),
        (_style(2), True),
        # A story's own code listing, joined into one line by the converter: short, kept.
        (
            "#include <Lamp.h> Lamp lamp; // the quay lamp on pin 3 void setup() { lamp.on(38); "
            "} void loop() { lamp.blink(1000); // one second }",
            False,
        ),
        # Prose with a bracket or two and an equation.
        (
            "The harbour board (which met on Monday) said the toll would rise so that x = 2 for "
            "every ferry; the mayor (who chairs it) agreed, and the fishermen's union (the "
            "older one) did not.",
            False,
        ),
    ],
)
def test_code_lines(text, code):
    assert _is_code(text, count_words(text)) is code
