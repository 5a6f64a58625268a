"""The edges of the story's stretch (issue 2, session 13): where the stretch the hand scores
chose runs on past a header of other stories into their teasers or readers' comments, it ends
at that header (model_trim.cut_at_other_stories). Pages written here, about fictional outlets."""

from __future__ import annotations

import pytest

from newsdesk.extract.text import growth, line_features, line_model, model_choice, model_trim, read
from newsdesk.extract.text.lines import normalise
from tests.extract.test_text_body import STORY, page, para
from tests.extract.test_text_line_model import _pipes_model, _read, _span_of

# Teasers of other stories as a page prints them under its own header: a headline, a blurb and
# the section, run together on one line (the model is told below to rate the pipes not the
# story's, as the shipped model rates such teasers).
_TITLES = ["Lighthouse keepers return", "Ferry timetable changes", "Gulls take over the pier",
           "A winter on the docks", "Tug crews go on strike"]  # fmt: skip
TEASERS = [
    f"{title} | Harbour Notes. {para(200 + n, 'another story')}" for n, title in enumerate(_TITLES)
]


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        ("Related Posts", True),
        ("Next Up In Tech", True),
        ("More from Harbour Notes", True),
        ("17 Comments", True),
        ("Most Read", True),
        ("Latest Harbour County", True),
        ("The harbour master spoke first", False),
        (STORY[0], False),
    ],
)
def test_headers_of_other_stories_are_known(text: str, opens: bool) -> None:
    line = normalise(page(text))[0]
    assert growth.opens_other_stories(line) is opens


def test_a_stretch_ends_at_a_header_of_other_stories_inside_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The hand scores took the teasers under "Related Posts" for more of the story: the
    stretch ends at their header, the story's paragraphs all kept."""
    monkeypatch.setattr(line_model, "model", _pipes_model)
    text = page("Harbour Notes", "Harbour reopens after the storm", *STORY, "Related Posts",
                *TEASERS, "Contact us")  # fmt: skip
    lines, scores, weighed = _read(text)
    span = _span_of(lines, STORY[0], TEASERS[-1])
    known = model_choice.page_values(lines, scores, weighed)
    assert model_trim.cut_at_other_stories(span, known) == _span_of(lines, STORY[0], STORY[5])
    assert model_trim.trim_tail(span, known) == _span_of(lines, STORY[0], STORY[5])
    # Never within the stretch's first three lines.
    head = page("Harbour Notes", STORY[0], "Related Posts", *TEASERS)
    lines, scores, weighed = _read(head)
    span = _span_of(lines, STORY[0], TEASERS[-1])
    known = model_choice.page_values(lines, scores, weighed)
    assert model_trim.cut_at_other_stories(span, known) == span


def _doubting_model() -> line_model.LineModel:
    """As _pipes_model, and doubting a line that trails off ("..."): likelier not the story's
    (0.2) but not clearly (RESUME_BELOW_LIST 0.1)."""
    weights = [0.0] * len(line_features.FEATURES)
    weights[line_features.FEATURES.index("pipes")] = -12.0
    weights[line_features.FEATURES.index("ellipsis")] = -4.4
    return line_model.LineModel(weights, 3.0)


def test_the_story_resuming_below_a_box_of_other_stories_is_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A "Latest" box dropped into the story, the story going on below it: a paragraph the
    model doubts, but not clearly, within a box's reach of the header keeps the stretch whole
    (the model's values alone, all below its threshold there, would end it at the header)."""
    monkeypatch.setattr(line_model, "model", _doubting_model)
    resumed = [para(n)[:-1] + "..." for n in (7, 8)]
    text = page("Harbour Notes", "Harbour reopens after the storm", *STORY,
                "Latest Harbour News", *TEASERS[:2], *resumed, "Contact us")  # fmt: skip
    lines, scores, weighed = _read(text)
    span = _span_of(lines, STORY[0], resumed[-1])
    known = model_choice.page_values(lines, scores, weighed)
    assert model_trim.cut_at_other_stories(span, known) == span
    # Rated clearly not the story's, the lines below the box are another story's.
    monkeypatch.setattr(model_trim, "RESUME_BELOW_LIST", 0.3)
    assert model_trim.cut_at_other_stories(span, known) == _span_of(lines, STORY[0], STORY[5])


def test_the_story_the_model_finds_further_below_keeps_the_stretch_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Below a longer box, out of the resumption's reach, the model's values from the header to
    the stretch's end still find the story there: the stretch stays whole."""
    monkeypatch.setattr(line_model, "model", _pipes_model)
    links = [f"Harbour | Ferries | Weather {n}" for n in range(12)]
    story = STORY + [para(n) for n in range(7, 14)]
    text = page("Harbour Notes", "Harbour reopens after the storm", *story[:4],
                "Related coverage", *links, *story[4:], "Contact us")  # fmt: skip
    lines, scores, weighed = _read(text)
    span = _span_of(lines, story[0], story[-1])
    known = model_choice.page_values(lines, scores, weighed)
    assert model_trim.cut_at_other_stories(span, known) == span
    # Without the story below the box, the stretch ends at its header.
    text = page("Harbour Notes", "Harbour reopens after the storm", *story[:4],
                "Related coverage", *links, "Contact us")  # fmt: skip
    lines, scores, weighed = _read(text)
    span = _span_of(lines, story[0], links[-1])
    known = model_choice.page_values(lines, scores, weighed)
    assert model_trim.cut_at_other_stories(span, known) == _span_of(lines, story[0], story[3])


def test_growth_down_across_a_box_needs_the_story_below_it_by_the_model(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """growth.extend_across_inserts crosses a "Related articles" box where two paragraphs in
    a row follow it; read._grown keeps that growth only where the model finds the story in
    what it took in: not where those paragraphs are teasers it rates not the story's."""
    monkeypatch.setattr(line_model, "model", _pipes_model)
    box = ["Related articles", "Gulls return to the pier", "Ferry fares go up"]
    resumed = [para(n) for n in (7, 8, 9)]
    for below, kept in ((resumed, True), (TEASERS[:3], False)):
        text = page("Harbour Notes", "Harbour reopens after the storm", *STORY, *box, *below,
                    "Contact us")  # fmt: skip
        lines, scores, weighed = _read(text)
        story = _span_of(lines, STORY[0], STORY[5])
        across = _span_of(lines, STORY[0], below[-1])
        assert growth.extend_across_inserts(lines, weighed, story) == across
        known = model_choice.page_values(lines, scores, weighed)
        assert read._grown(lines, weighed, story, known) == (across if kept else story)
        assert read._grown(lines, weighed, story) == across  # no model given: as grown
