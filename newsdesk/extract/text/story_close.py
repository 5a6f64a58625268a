"""What a story closes on: the chosen stretch grown over a list the story closes on or announces
(tour dates, what a hospital asks for, winners by category) and records of labelled fields;
extend_over_closing_list, the reader's entry, also takes in a short story that is mostly a list
(list_story.py) and the story's sign-off, its credit line and contact details (sign_off.py).
Never past the page's own lists of other stories (growth.PAGE_LISTS, opens_other_stories).
"""

from __future__ import annotations

import re
from typing import Final

from newsdesk.extract.text import captions, line_chrome, line_marks, line_prose, shapes
from newsdesk.extract.text.growth import is_hard_stop, names_other_stories, run_from
from newsdesk.extract.text.line_prose import is_prose
from newsdesk.extract.text.line_score import is_story_prose
from newsdesk.extract.text.lines import Line, broken_off_end
from newsdesk.extract.text.list_story import extend_over_list_story
from newsdesk.extract.text.sign_off import extend_over_contact, extend_over_credit
from newsdesk.extract.text.weigh import labels_blurb


def extend_over_closing_list(
    lines: list[Line], region: tuple[int, int], scores: list[float] | None = None
) -> tuple[int, int]:
    """A story may close on a list (tour dates, results): three or more items of five words or
    more, right after the last paragraph, perhaps under a heading of their own. A list the
    story announces ("the hospital asks for:", "see below for the winners") may also be
    followed by more of the story, read on where a paragraph comes right after it (`scores`:
    weigh()'s, if given). Then records may close it (extend_over_records), and the line that
    credits the story's reporting (extend_over_credit)."""
    region = extend_over_list_story(lines, region)
    region = extend_over_credit(
        lines, extend_over_records(lines, _over_closing_list(lines, region, scores))
    )
    return extend_over_contact(lines, region)


def _over_closing_list(
    lines: list[Line], region: tuple[int, int], scores: list[float] | None
) -> tuple[int, int]:
    start, end = region
    inside = [i for i in range(start, end - 1) if lines[i + 1].bullet and lines[i].text[-1:] == ":"]
    closing = end < len(lines) and is_prose(lines[end - 1])
    closing = closing and (lines[end - 1].text.endswith(":") or _points_below(lines[end - 1]))
    if inside or closing:
        # Where most paragraphs end on a colon, it is the script's full stop (Armenian pages
        # print "։" so), not a list announced.
        said = [line for line in lines[start:end] if is_prose(line)]
        if sum(line.text.endswith(":") for line in said) * 2 > len(said):
            return region
        for i in inside:
            if is_prose(lines[i]):
                _announced_list_end(lines, i + 1)  # a bulleted list inside: its items kept
        if closing:
            # A list pointed to below may run under headings of its own (winners by category).
            headed = not lines[end - 1].text.endswith(":")
            listed = _announced_list_end(lines, end, headed)
            if listed > end and scores is not None:
                listed = _story_after_list(lines, scores, listed)
            return start, listed
    i = end
    if i < len(lines) and 1 <= lines[i].words <= 8 and labels_blurb(lines[i]):
        if names_other_stories(lines[i]):  # other stories' list, not the story's
            return region
        i += 1  # the list's own heading
    items = i
    while items < len(lines) and _list_item(lines[items]):
        items += 1
    grown = (start, items) if items - i >= 3 else region
    if scores is None:
        return grown
    # The story may resume below (under a subhead) with a list it announces.
    at = grown[1]
    if at < len(lines) and 1 <= lines[at].words <= 8 and labels_blurb(lines[at]):
        if names_other_stories(lines[at]):
            return grown
        at += 1
    resumed = _resumes_on_list(lines, scores, at)
    return (start, resumed) if resumed > at else grown


# A paragraph that sends the reader to what follows it ("See below for the full list of
# winners", "die Ergebnisse im Überblick unten", "la liste ci-dessous"): the story goes on in
# a list or a table below, however unlike prose its lines are.
_BELOW: Final = re.compile(
    r"\b(?:(?:see|listed|shown|found|is|are|list|table|results?|winners?|here)\s+below"
    r"|below\s+(?:is|are|you)\b|siehe unten|nachfolgend|im folgenden|ci-dessous"
    r"|a continuación|qui sotto|di seguito|abaixo|a seguir)",
    re.I,
)


# What _BELOW cannot match without: a paragraph without any of them (nearly all) is not
# searched (13 us a paragraph, case-blind).
_BELOW_KEYS: Final = (
    "below", "siehe unten", "nachfolgend", "im folgenden", "ci-dessous", "a continuación",
    "qui sotto", "di seguito", "abaixo", "a seguir",
)  # fmt: skip


def _points_below(line: Line) -> bool:
    text = line.text
    return line_chrome.may_hold(text, _BELOW_KEYS) and _BELOW.search(text) is not None


# A field of a record: a short label, a colon, its value ("Producer: Jay Joyce", "Farbe: grün",
# "落札価格：62,000,000円"). Not a time ("10:30"): the label opens on a letter.
_FIELD: Final = re.compile(r"^([^\W\d_][^:：]{0,30}?)\s*[:：]\s*[^\s/]")
_RECORD_GAP: Final = 8  # lines between one record's fields and the next record's


def _field(line: Line) -> str | None:
    """The label of a line that is one field of a record, if it is one; not a post's dated
    byline ("Author: Jo | Posted on 16.12.2012")."""
    if line.words > 20 or line.text[:4].lower() in ("http", "www."):
        return None
    if ":" not in line.text and "：" not in line.text:
        return None  # (no label's colon: _FIELD cannot match, whatever the date)
    if line.traits.datable is not False and shapes.date_of(line, fallback=False):
        return None
    m = _FIELD.match(line.text)
    if m is None or len(m.group(1).split()) > 4 or _URL_LINE.match(line.text[m.end() - 1 :]):
        return None
    return m.group(1).lower()


def extend_over_records(lines: list[Line], region: tuple[int, int]) -> tuple[int, int]:
    """A story may close on records (a product's data sheet; each winner's race, price and
    trainer): fields, "Label: value", from right after its last line (or in its last lines),
    four or more (three are a post's author, category and tags); and further records where
    their labels come again within _RECORD_GAP lines of the last field. The records are the
    story's, kept whatever their length (`listed`)."""
    start, end = region
    labels: set[str] = set()
    fields, new = 0, 0
    since = 0  # lines since the last field (or since the stretch's end), pictures not counted
    for j in range(max(start, end - _RECORD_GAP), end):  # the records' first fields, read in
        since += 1
        if (label := _field(lines[j])) is not None:
            labels.add(label)
            fields, since = fields + 1, 0
    if not fields:
        since = 0
    last, i = end, end
    while i < len(lines) and i - end < 400:
        line = lines[i]
        i += 1
        if line_marks.marks(line) & line_marks.PLACEHOLDER or PICTURE.match(line.text):
            continue  # a record's picture
        if (
            line.words > 80
            or line_marks.marks(line) & (line_marks.LIST | line_marks.INSERT)
            or line_chrome.is_footer(line.traits)
            or is_hard_stop(line)
        ):
            break
        label = _field(line)
        if label is not None and (since <= 1 or label in labels):
            labels.add(label)
            fields, new, since, last = fields + 1, new + 1, 0, i
        elif since >= (1 if not fields else _RECORD_GAP):
            break
        else:
            since += 1
    if not new or fields < 4:
        return region
    for line in lines[end:last]:
        line.listed = True
    return start, last


def _resumes_on_list(lines: list[Line], scores: list[float], at: int) -> int:
    """Where the story ends that resumes at `at` (perhaps under a subhead) with a paragraph
    announcing a list ("the farmer can watch these signs:"), the list, then more of the story
    (_story_after_list); `at` where it does not: the paragraph alone, weighed as a teaser's
    blurb, would not carry the stretch, nor the list's short items."""
    # The paragraph's last sentence a wrapper broke off onto lines of their own (soft breaks,
    # no blank line over them) is the paragraph's: "... Month?" then "Read about:".
    last = broken_off_end(lines, at)
    if last + 1 >= len(lines) or not lines[last].text.endswith(":"):
        return at
    line = lines[at]
    words = sum(lines[i].words for i in range(at, last + 1))
    if words < 8 or line.chrome or not is_story_prose(line):
        return at
    listed = _announced_list_end(lines, last + 1)
    if listed == last + 1:
        return at
    after = _story_after_list(lines, scores, listed)
    if after > listed:
        return after
    for item in lines[at + 1 : listed]:
        item.listed = False  # not read on: the list was not the story's
    return at


def _story_after_list(lines: list[Line], scores: list[float], at: int) -> int:
    """Where the story ends that goes on under the list it announced: a paragraph right after
    the list's last item (not the page's prompt) opens a run read to where its weight peaks
    (run_from), else the list ends the story."""
    if at >= len(lines) or lines[at].chrome:
        return at
    if not is_story_prose(lines[at]) and not _closing_sentence(lines[at]):
        return at
    last = run_from(lines, scores, at, 1)
    return last + 1 if sum(scores[at : last + 1]) > 0 else at


def _closing_sentence(line: Line) -> bool:
    """A short sentence closing the story under its list ("So, have you found yours?"): a
    complete sentence (line_prose.is_paragraph), not the page's prompt or consent."""
    traits = line.traits
    return (
        line_prose.is_paragraph(line)
        and not line_chrome.is_consent(traits)
        and not line_chrome.is_promo(traits)
    )


PICTURE: Final = re.compile(r"^\[[^\]]{0,80}\]$")  # a converter's placeholder for an image
_URL_LINE: Final = re.compile(r"^(?:https?://|www\.)\S+$")


def _announced_list_end(lines: list[Line], at: int, headed: bool = False) -> int:
    """Where a list the story announces ("the offers not to miss:") ends. Its items may be
    short (product names, links, dates); a bulleted list ends after its last bullet (and the
    link or picture that goes with it), any other at the first chrome or section line. A
    `headed` list (one the story points to below) is bulleted under headings of its own: it
    ends where more than two lines pass without a bullet. The items are marked `listed` so
    that read_body keeps them whatever their length (a headed list's bullets only)."""
    i, last = at, None
    bulleted = headed or (at < len(lines) and lines[at].bullet)
    while i < len(lines) and i - at < (400 if headed else 80):
        line = lines[i]
        if PICTURE.match(line.text) or (bulleted and _URL_LINE.match(line.text)):
            i += 1  # the item's picture or link
            continue
        if (
            (line.words > 40 and not (headed and line.bullet))
            # An item named under several headings is printed again and again (marked chrome).
            or (line.chrome and not (headed and line.bullet))
            or line_chrome.is_chrome(line)
            or line_marks.marks(line) & (line_marks.LIST | line_marks.INSERT)
            or line_chrome.is_footer(line.traits)
            or is_hard_stop(line)
            or (bulleted and not line.bullet and last is None and not headed)
            or (bulleted and not line.bullet and last is not None and i - last > 2)
            or (last is None and i - at > 2)
        ):
            break
        last = i if line.bullet or not bulleted else last
        i += 1
    if last is None or last + 1 - at < 3:
        return at
    end = last + 1
    while end < i and (_URL_LINE.match(lines[end].text) or PICTURE.match(lines[end].text)):
        end += 1
    for line in lines[at:end]:
        # Under headings of its own, the headings are read as headings (read_body).
        line.listed = line.bullet or not headed
    return end


def _list_item(line: Line) -> bool:
    return (
        5 <= line.words <= 30
        and not line_chrome.is_chrome(line)
        and not captions.caption_credit(line.text)
        and not line_marks.marks(line) & line_marks.LIST
        and not line_chrome.is_footer(line.traits)
        and not line.chrome
    )
