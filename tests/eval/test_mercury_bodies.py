"""bench/mercury_bodies.py: mercury-parser's content turned into lines, and the section."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

from mercury_bodies import as_text, render_section  # noqa: E402

from newsdesk.eval.metrics import score_page  # noqa: E402


def test_content_becomes_one_line_per_block() -> None:
    content = (
        "<div><h2>Harbour lanterns</h2><p>The keepers of Cape Morrow lit the\n lantern again."
        "</p><p>Visitors <a href='/x'>climbed</a> the stairs.<br>Some waited.</p>"
        "<ul><li>First night</li><li>Second night</li></ul>\x00</div>"
    )
    assert as_text(content).splitlines() == [
        "Harbour lanterns",
        "The keepers of Cape Morrow lit the lantern again.",
        "Visitors climbed the stairs.",
        "Some waited.",
        "First night",
        "Second night",
    ]
    assert as_text("") == "" and as_text("  \n") == ""


def test_the_section_names_each_half_and_reader() -> None:
    same = score_page("one two three four five six", "one two three four five six")
    half = score_page("one two three four five six", "one two three four")
    section = render_section({"a": {"html": [same, half]}, "b": {"trafilatura": [same]}})
    rows = [line for line in section.splitlines() if line.startswith("| merc-")]
    assert rows[0].startswith("| merc-a | html | 2 |")
    assert rows[1].startswith("| merc-b | trafilatura | 1 | 1.0000 |")
    assert section.startswith("<!-- mercury-bodies:begin -->")
