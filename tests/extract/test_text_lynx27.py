"""lynx and elinks dumps of pages that write their apostrophes as "&apos;" (session 27,
text27-lynx): both print it as U+02BC, a modifier letter, which a reader and a scorer take for
part of the word ("weʼre" one word, not "we" and "re"). Written here, about fictional outlets."""

from __future__ import annotations

import textwrap

from newsdesk.extract.text.converter_links import _converter_numbers
from newsdesk.extract.text.lines import normalise
from tests.extract.test_text_body import STORY, body_of
from tests.extract.test_text_lynx import _REFERENCES, _linked
from tests.extract.test_text_lynx26 import _wrapped

_MODIFIER = "\u02bc"


def test_a_modifier_apostrophe_reads_as_the_pages_apostrophe() -> None:
    story = [p.replace("the harbour", "the harbour's quay") for p in STORY]
    dump = _wrapped(*story).replace("'", _MODIFIER)
    assert _MODIFIER in dump
    body = body_of(dump)
    assert _MODIFIER not in body
    assert body.split("\n\n") == story


def test_a_modifier_apostrophe_after_a_cyrillic_letter_is_kept() -> None:
    # In Ukrainian U+02BC is a letter of the word ("пʼять"): the page wrote it so.
    lines = normalise(f"Вони прийшли о пʼятій годині, а ferry{_MODIFIER}s crew waited.\n")
    assert lines[0].text == "Вони прийшли о пʼятій годині, а ferry's crew waited."


def test_a_picture_named_with_a_leading_digit_after_a_sentence_is_not_wrapped_on() -> None:
    # lynx prints a picture set under a paragraph as its file name in brackets; a name may
    # open with a digit ("[1*quay...png]"), a link's number is digits alone ("[12]").
    picture = "[1*Quay-night_03-harbour-crane.png]"
    dump = _wrapped(*STORY).rstrip("\n") + f"\n   {picture}\n   Photo: Ann Example\n"
    texts = [line.text for line in normalise(dump)]
    assert picture in texts
    assert texts[texts.index(picture) - 1].endswith(STORY[-1][-40:])


def test_a_paragraph_told_at_length_over_a_credit_is_the_storys() -> None:
    # elinks prints no picture without alt text: a picture's credit alone under a paragraph,
    # which itself stands under another picture's credit, not under the story's prose.
    long = (
        "But the old pilots could not foresee that their grandchildren would cross the strait "
        "in an hour, that the night boats would run on time all winter long. They could not "
        "foresee that the quay would hold a market, a school and a museum of the sea, and "
        "that the port would be busier than ever before."
    )
    story = [*STORY[:2], long, *STORY[2:]]
    dump = _wrapped(*story).replace(
        f"\n\n   {long[:20]}", f"\n\n   Source: Harbour Archive\n\n   {long[:20]}"
    )
    dump = dump.replace(
        "than ever before.\n", "than ever before.\n\n   Photo composite by Ann Example\n"
    )
    assert "Photo composite by Ann Example" in dump and "Source: Harbour Archive" in dump
    assert long in body_of(dump).split("\n\n")


def test_a_buttons_label_asked_like_a_question_is_not_the_storys() -> None:
    # lynx prints a video's play button under the paragraph it stands in: "(BUTTON) Play ...",
    # its label the video's title, here a question of nine words.
    button = "(BUTTON) Play Ferry strike: what did the night talks give the crews?"
    dump = _wrapped(*STORY).replace(STORY[2][-25:] + "\n", STORY[2][-25:] + f"\n   {button}\n", 1)
    assert button in dump
    assert body_of(dump).split("\n\n") == STORY


def test_a_captions_credit_wrapped_alone_after_its_stop_is_no_heading() -> None:
    # A picture's alt text and its caption, said alike, the caption's credit wrapped onto a
    # line of its own after the caption's stop: no heading of the story.
    caption = "Crane arms and the old signal tower are clearly seen from the quay."
    credit = "HCA/PORT/ARCHIVE"
    story = _wrapped(*STORY)
    block = f"   {caption}\n   {caption}\n\n   {caption}\n   {credit}\n\n"
    at = story.index("   " + STORY[3][:20])
    dump = story[:at] + block + story[at:]
    assert f"{caption}\n   {credit}\n" in dump
    body = body_of(dump)
    assert credit not in body
    assert all(p in body for p in STORY)


def test_a_short_last_point_under_points_told_at_length_is_the_storys() -> None:
    # A numbered list of the story's points, each told in sentences (kept as paragraphs), the
    # last one short: it is the list's last point, not a menu's item.
    points = [
        f"Point number {n} of the plan. The harbour board will {verb} the old quay before the "
        "winter storms arrive, and the crews will be told of every step in good time, as the "
        "ferry company promised at the long night of talks."
        for n, verb in enumerate(["mend", "widen", "light", "clear"], 1)
    ]
    last = "Crews. Crews. Crews. Nothing more."
    items: list[str] = []
    for n, point in enumerate([*points, last], 1):
        items += textwrap.wrap(point, 74, initial_indent=f"    {n}. ", subsequent_indent="       ")
    story = _wrapped(*STORY)
    at = story.index("   " + STORY[3][:20])
    dump = story[:at] + "\n".join(items) + "\n\n" + story[at:]
    body = body_of(dump)
    assert last in body.split("\n\n")


def test_a_paragraph_under_a_wrapped_off_sentence_is_no_caption() -> None:
    # The paragraph above ends on a short sentence the wrapper broke off onto a line of its
    # own; the story's next paragraph, then a picture's credit under it: no caption.
    quote = (
        "“But I do not need to be told, Ann, the same thing every day on the quay, every "
        "morning, the same words, again and again. ‘Nothing has changed at the north pier or "
        "the old south quay at dawn today or late.’ I do not need it.”"
    )
    closing = (
        "Since the strike began, the crews have attended more meetings (five) than sailings "
        "(four). The board says the timetable will be back by the spring, weather allowing."
    )
    lines = textwrap.wrap(quote, 74, initial_indent="   ", subsequent_indent="   ")
    assert lines[-1] == "   I do not need it.”"
    block = "\n".join(lines) + "\n\n"
    block += "\n".join(textwrap.wrap(closing, 74, initial_indent="   ", subsequent_indent="   "))
    block += "\n\n   [Featured Image by Bo Example/Harbour Images]\n\n"
    story = _wrapped(*STORY)
    at = story.index("   " + STORY[3][:20])
    dump = story[:at] + block + story[at:]
    assert closing in body_of(dump).split("\n\n")


def test_the_converters_link_numbers_are_the_run_that_rises_through_the_dump() -> None:
    # lynx numbers links one after another; a page's own numbers in brackets fall out of turn:
    # a note's mark after link 12, a citation's "[34], [35]" before link 13 is reached.
    numbers = [1, 2, 12, 1, 13, 34, 35, 34, 36, *range(14, 40), 684341, *range(40, 45)]
    pages = [n for n, ours in zip(numbers, _converter_numbers(numbers), strict=True) if not ours]
    assert pages == [1, 34, 35, 34, 36, 684341]
    assert _converter_numbers([]) == []


def test_a_pages_own_note_marks_stay_in_the_story() -> None:
    marked = [p.replace(" in turn.", " in turn [1].") if n == 3 else p for n, p in enumerate(STORY)]
    lines = ["   [1]Harbour Courier", "", "   [2]Home [3]Ports", "", "Ferry strike ends", ""]
    for n, p in enumerate(marked):
        lines += textwrap.wrap(
            _linked(p, 10 + 2 * n), 74, initial_indent="   ", subsequent_indent="   "
        )
        lines.append("")
    lines += ["   [1] The board's note: the quay opened in 1901.", ""]
    lines += ["References", "", *_REFERENCES]
    body = body_of("\n".join(lines) + "\n")
    assert marked[3] in body.split("\n\n")
    assert "[10]" not in body and "[16]" not in body


def test_a_pictures_alt_and_title_on_two_lines_part_no_standfirst_from_the_story() -> None:
    # lynx prints a picture's alt text and its title on two lines (w3m glues them into one):
    # one element of the page between the first two paragraphs, not two that cut the first
    # paragraph off from the story as a standfirst.
    picture = "Quay Survival Kit with Harbour Water #HarbourLife #shop"
    story = _wrapped(*STORY)
    at = story.index("   " + STORY[1][:20])
    dump = story[:at] + f"   {picture}\n   {picture}\n\n" + story[at:]
    assert body_of(dump).split("\n\n") == STORY


def test_a_list_announced_by_a_sentence_wrapped_off_its_paragraph_is_read() -> None:
    # The wrapper broke a short announcing sentence off after a question's stop ("... spring?"
    # then "Read about:"): the paragraph still announces the list, and the story reads on
    # over it to its last line.
    question = "Want to learn more about the pilots who shaped the harbour this spring?"
    assert len("   " + question) <= 74 < len("   " + question + " Read")
    items = [
        "Ann Example, Pilot of the North Quay at Harbour Town",
        "Bo Example, Keeper of the Signal Tower at the Old Pier",
        "Cy Example, Master of the Night Ferry to the Islands",
    ]
    tail = ["   " + "_" * 66, "", "   " + question, "   Read about:"]
    tail += [f"     * [{50 + n}]{item}" for n, item in enumerate(items)]
    tail += ["", "   Check back soon, we will add new stories every week this spring.", "   Share"]
    tail += ["     * [60]Twitter Share on Twitter", "     * [61]Facebook Share on Facebook", ""]
    dump = _wrapped(*STORY) + "\n".join(tail) + "\n"
    body = body_of(dump)
    assert f"{question} Read about:" in body
    assert "Check back soon, we will add new stories every week this spring." in body


def test_a_line_after_an_address_running_past_the_width_is_not_wrapped_onto_it() -> None:
    # elinks prints a long address whole past the width: the break after it is no wrapper's,
    # and the label on the next line ("Read all about:", a tag list's) is not the address's.
    address = (
        "https://harbour-courier.example/2025-03-03/ferry-strike-ends-after-the-long-night.html"
    )
    tail = ["   Link to this story:", f"   [78]{address}", "   Read all about:", ""]
    tail += ["  More from the Courier", "", "   Show more", ""]
    dump = _wrapped(*STORY) + "\n".join(tail) + "\n"
    body = body_of(dump)
    assert "Read all about" not in body
    assert all(p in body for p in STORY)


def test_the_comment_rules_next_sentence_wrapped_off_them_is_chrome() -> None:
    from newsdesk.extract.text.page_chrome import _mark_comment_rules

    rules = "Welcome to our new comments, which are for harbour subscribers only."
    assert len("   " + rules) <= 74 < len("   " + rules + " This")
    test_line = "This is a trial to see whether we can make the quay better for you."
    dump = _wrapped(*STORY[:3]) + f"   {rules}\n   {test_line}\n\n" + _wrapped(*STORY[3:])
    lines = normalise(dump)
    _mark_comment_rules(lines)
    at = next(i for i, line in enumerate(lines) if line.text == test_line)
    assert lines[at].soft_break and lines[at - 1].chrome and lines[at].chrome
