"""Converter artefacts one renderer leaves and the others do not (session 17, text17-render).

Made-up pages about fictional outlets, in the shapes the converters print: lynx's button marks;
Korean words broken at a space where the next letter would still have fitted (see
test_text_wrapped.py).
"""

from __future__ import annotations

import textwrap

from newsdesk.extract.text.lines import normalise
from tests.extract.test_text_body import STORY, body_of


def test_a_lynx_button_and_its_label_are_chrome_whatever_the_label_says():
    # lynx prints a <button> as "(BUTTON)" and its label: a share bar's labels in any words.
    bar = ["(BUTTON) Weitersagen an die Nachbarn", "(BUTTON) Dem Hafenblatt folgen"]
    head = ["Harbour Courier", "Ferry strike ends after talks", "By Ann Example"]
    text = "\n\n".join([*head, *STORY[:3], *bar, *STORY[3:5], "Most Read", "Crane breaks down"])
    body = body_of(text)
    assert "Weitersagen" not in body and "folgen" not in body
    assert body.split("\n\n") == STORY[:5]


def test_a_lynx_button_mark_beside_a_paragraph_is_taken_off_it():
    # A button printed on a paragraph's line, before it or after its last sentence.
    lines = normalise(f"(BUTTON) {STORY[0]}\n\n{STORY[1]} (BUTTON)\n\n(BUTTON) Teilen")
    assert [line.text for line in lines] == [STORY[0], STORY[1], "(BUTTON) Teilen"]


def test_a_day_with_a_stop_wrapped_to_a_line_start_runs_on():
    # "am 10. Dezember" broken after "am": the day opens a line as a list item's number does,
    # but the line before stops mid-sentence on a small letter.
    lead = "Die Fähre der Hafengesellschaft legt nach langer Pause wieder an, und zwar am"
    rest = "10. Dezember, wenn der Sturm über dem Nordkai endlich vorbei ist und die Lotsen"
    tail = "wieder Dienst haben."
    assert len(lead) + 1 + len("10.") > 79 and len(rest) <= 79
    paragraph = f"{lead} {rest} {tail}"
    rows = [row for p in STORY[:3] for row in textwrap.wrap(p, 79)]
    text = "\n".join(["Harbour Courier", "", *rows, lead, rest, tail, *rows[:4]])
    assert paragraph in [line.text for line in normalise(text)]


def test_a_numbered_list_under_a_wrapped_paragraph_stays_a_list():
    # The paragraph above ends on a full stop: the items keep their numbers, each its own line.
    rows = [row for p in STORY[:3] for row in textwrap.wrap(p, 79)]
    items = ["1. Ferry tickets from the east quay", "2. Lantern oil for the north pier"]
    texts = [line.text for line in normalise("\n".join([*rows, *items, *rows[:4]]))]
    assert "Ferry tickets from the east quay" in texts
    assert "Lantern oil for the north pier" in texts


def test_a_long_image_file_name_lynx_wrapped_before_a_paragraph_is_not_read():
    # lynx names an image without alt text by its file's address, longer than a line: wrapped
    # within the name, then the paragraph follows the closing bracket.
    names = [f"[harbour-ferry-crossing-{n}.jpg?width=640&amp;fit=bounds&amp;height=480&amp;"
             "quality=20&amp;dpr=0.05]" for n in range(4)]  # fmt: skip
    rows = ["   " + row for name, p in zip(names, STORY, strict=False)
            for row in [*textwrap.wrap(f"{name} {p}", 76, break_on_hyphens=False), ""]]  # fmt: skip
    assert len(names[0]) > 80 and "]" not in rows[0]  # the name cut at the line's end
    head = ["Harbour Courier", "", "Ferry strike ends after talks", "", "By Ann Example", ""]
    body = body_of("\n".join([*head, *rows, "Most Read", "", "Crane breaks down"]))
    assert "jpg" not in body and "amp" not in body
    assert body.split("\n\n") == STORY[:4]


def test_an_elinks_inline_frame_between_paragraphs_is_not_read():
    # elinks prints an <iframe> (a video, a post) as a numbered link named "IFrame".
    head = ["Harbour Courier", "Ferry strike ends after talks", "By Ann Example"]
    story = [*STORY[:2], "[4]IFrame", *STORY[2:4], "[5]IFrame", STORY[4]]
    text = "\n\n".join([*head, *story, "Most Read", "Crane breaks down"])
    assert body_of(text).split("\n\n") == STORY[:5]


def test_a_rule_lynx_drew_after_a_wrapped_paragraph_stays_a_line_of_its_own():
    # lynx draws <hr> as 66 underscores, longer than the room left on any line: a wrapper's
    # overflow all the same, the rule is no piece of the paragraph above or below it.
    rule = "     " + "_" * 66
    rows = [row for p in STORY[:4] for row in ["   " + r for r in textwrap.wrap(p, 74)] + [""]]
    last = ["   " + r for r in textwrap.wrap(STORY[4], 74)]
    text = "\n".join([*rows[:-1], rule, "", *last, rule, "   Most Read"])
    texts = [line.text for line in normalise(text)]
    assert STORY[3] in texts and STORY[4] in texts and "_" * 66 in texts
