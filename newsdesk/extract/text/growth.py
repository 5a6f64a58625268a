"""How the chosen stretch grows across boxes dropped into the story.

line_score.py and weigh.py score the page's lines and region.py chooses the stretch that is the
story; papers break a story with boxes ("Related articles", an advert, a picture). Here the
stretch grows across such a box where the story resumes beyond it, never past the page's own
lists of other stories (PAGE_LISTS), readers' comments or a "continue reading" link
(is_hard_stop). What a story closes on is story_close.py's (a list, records), list_story.py's (a
short story that is mostly a list) and sign_off.py's (its credit line, contact details).
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from newsdesk.extract import dates
from newsdesk.extract.text import captions, line_chrome, line_marks, line_prose, shapes
from newsdesk.extract.text.headers import heads_story, is_header_fact
from newsdesk.extract.text.line_prose import is_prose
from newsdesk.extract.text.line_score import BARRIER, line_score
from newsdesk.extract.text.lines import Line
from newsdesk.extract.text.weigh import LONG_PARAGRAPH, MAX_INSERT, past_aside


def is_hard_stop(line: Line) -> bool:
    """Readers' comments begin, or a "continue reading" link: the story never runs on."""
    return line.words < 16 and (
        line_chrome.starts_comments(line.traits)
        or line_marks.marks(line) & line_marks.CONTINUE != 0
    )


def run_from(lines: list[Line], scores: list[float], at: int, step: int) -> int:
    """How far the resumed stretch reaches from `at`, walking by `step` (1 or -1): to the line
    where its running weight peaks, never across a hard barrier (list header, footer, comments)."""
    i, total = at, scores[at]
    best, best_total = at, total
    while 0 <= i + step < len(lines):
        i += step
        if scores[i] <= BARRIER or is_hard_stop(lines[i]):
            break
        total += scores[i]
        if total > best_total:
            best, best_total = i, total
    return best


def _resumes(lines: list[Line], scores: list[float], first: int, last: int, ads_only: bool) -> bool:
    """Two paragraphs in a row (not captions) and a positive weight: the story, resumed. Past
    nothing but an advert or a picture, one paragraph is enough."""
    run = [
        i
        for i in range(first, last + 1)
        if line_prose.is_paragraph(lines[i]) and not captions.caption_credit(lines[i].text)
    ]
    consecutive = any(b == a + 1 for a, b in pairwise(run)) or any(
        lines[i].words >= LONG_PARAGRAPH for i in run
    )
    return (consecutive or (ads_only and bool(run))) and sum(scores[first : last + 1]) > 0


def _across_box(
    lines: list[Line], scores: list[float], edge: int, step: int
) -> tuple[int, bool] | None:
    """The first paragraph beyond a short box starting at `edge`, walking by `step`, and
    whether the box held only chrome (an advert, a picture's placeholder). Never down across
    a line the page's context made a barrier (`scores`: weigh()'s): a stream's next headline
    (up, such a line is the story's own header, or a caption a stream's heads took in)."""
    # A box printed again elsewhere on the page ("Most Popular" and its teasers between every
    # few paragraphs): its lines are the page's chrome, however many (not counted as the box's).
    i = edge + step * _recurring_run(lines, edge, step)
    recurring = i != edge
    ads_only = True
    headed_box = recurring
    for _ in range(MAX_INSERT if step > 0 else MAX_INSERT + 2):
        if not 0 <= i < len(lines):
            return None
        line = lines[i]
        beyond = lines[i + step] if 0 <= i + step < len(lines) else None
        # Two paragraphs in a row: the story itself, not a long headline inside the box.
        two = (
            is_prose(line)
            and not line.chrome
            and ((beyond is not None and is_prose(beyond)) or line.words >= LONG_PARAGRAPH)
        )
        if two or (ads_only and i != edge and is_prose(line) and line.words >= 20):
            if recurring and any(
                j != i and other.text == line.text for j, other in enumerate(lines)
            ):
                return None  # the page prints it all twice, the story too: not a box inside it
            return (i, ads_only) if i != edge else None
        if is_hard_stop(line) or (
            line_chrome.is_footer(line.traits)
            and not line_chrome.picture_credit(line.text, line.words)
        ):
            return None
        if step > 0 and scores[i] <= BARRIER and line_score(line) > BARRIER:
            return None  # a stream's next story, parted at its headline (weigh)
        if step > 0 and not headed_box and heads_story(lines, i):
            return None  # the next story's header: the story does not run on below it
        if step < 0 and line.words <= 14 and shapes.date_of(line, fallback=False):
            return None  # the story's own header (its date): it begins below, not above
        if (
            step > 0
            and line.words <= 6
            and PAGE_LISTS.match(line.text)
            and not _long_prose_soon(lines, scores, i)
        ):
            return None  # "Most Read", "Next Up In News": the page's lists, not a box in it
        boxed = line_marks.marks(line) & (line_marks.INSERT | line_marks.LIST)
        headed_box = headed_box or boxed != 0  # ("Read also": its teasers' headers are boxed)
        if step < 0 and boxed and (above := _paragraph_above(lines, i)) is not None:
            # Walking back, the box's own heading ("Related articles") sits right under a
            # paragraph (or under its picture): the box was dropped into the story, which
            # began above it.
            return above, True
        ads_only = ads_only and (line.chrome or line_chrome.is_chrome(line))
        i += step
    return None


_SOON: Final = 5  # lines of a short list under its header ("You May Also Like", three titles)
_LONG_PROSE: Final = 30  # words of a paragraph of the story, longer than a teaser's blurb
_DATED_TITLE: Final = 16  # words of a teaser's headline with its date on its line


def _long_prose_soon(lines: list[Line], scores: list[float], at: int) -> bool:
    """The story going on within _SOON lines below the list header at `at`, past the list's
    titles: paragraphs in a row, each ending a sentence, _LONG_PROSE words each on average
    over two; or a long one, one short line (a "PHOTOS: ..." link) and two paragraphs again.
    The page dropped a short list of other stories into the story. A list's blurbs are short
    and stand each under its own headline (a deal's line ends on no stop); a teaser's picture
    caption is bulleted as its item; glued titles weigh nothing (`scores`); a teaser told at
    length stands under its own date or byline, or a headline dated on its line."""

    def prose_words(j: int) -> int:
        line = lines[j]
        plain = (
            scores[j] > 0
            and not line.chrome
            and not line.bullet
            and is_prose(line)
            and line_prose.ends_sentence(line.text)
        )
        return line.words if plain else 0

    window = range(at + 1, min(at + _SOON + 3, len(lines)))
    if any(lines[j].words <= _DATED_TITLE and dates.first_date(lines[j].text) for j in window):
        return False  # a teaser's headline and its time, or its date alone: the list's stories
    for j in range(at + 1, min(at + _SOON, len(lines) - 1)):
        if is_header_fact(lines[j]):
            return False  # a teaser's own header (its byline): the list's stories
        first = prose_words(j)
        if first == 0:
            continue
        if j == at + 1:
            return False  # no title between: the header's own blurbs, however long
        k, run = j + 1, first
        while k < len(lines) and (more := prose_words(k)):
            k, run = k + 1, run + more
        if k > j + 1 and run >= 2 * _LONG_PROSE:
            return True
        # Past one short line, a long paragraph and another right below it: a teaser's long
        # caption alternates with its headline instead.
        return (
            first >= _LONG_PROSE
            and j + 3 < len(lines)
            and prose_words(j + 2) >= _LONG_PROSE
            and prose_words(j + 3) > 0
        )
    return False


def _paragraph_above(lines: list[Line], at: int) -> int | None:
    """The paragraph of 20 words or more right above the box heading at `at`, past the page's
    chrome between (weigh.past_aside: a picture, an advert's label), if there is one."""
    k = past_aside(lines, at, -1, is_prose, credits=False)
    return k if k is not None and lines[k].words >= 20 else None


_MIN_RECURRING: Final = 3  # lines of a box printed again (two are a headline and its dek)


def _recurring_run(lines: list[Line], at: int, step: int) -> int:
    """How many lines from `at` (walking by `step`) are printed again, in the same order,
    elsewhere on the page: a box the page repeats. 0 under _MIN_RECURRING lines."""
    if not 0 <= at < len(lines):
        return 0
    text = lines[at].text
    best = 0
    for j, other in enumerate(lines):
        if j == at or other.text != text:
            continue
        k = 1
        while (
            0 <= at + k * step < len(lines)
            and 0 <= j + k * step < len(lines)
            and at + k * step != j
            and lines[at + k * step].text == lines[j + k * step].text
        ):
            k += 1
        best = max(best, k)
    return best if best >= _MIN_RECURRING else 0


def extend_across_inserts(
    lines: list[Line], scores: list[float], region: tuple[int, int]
) -> tuple[int, int]:
    """Papers drop "Related articles" or "More from UK" boxes into the middle of a story. Where
    prose resumes a few lines beyond such a box (after it, or before it), in a run of two
    paragraphs or more, the story goes on: the region grows across the box (read_body then
    leaves the box out)."""
    start, end = region
    while (found := _across_box(lines, scores, end, 1)) is not None:
        resume, ads_only = found
        last = run_from(lines, scores, resume, 1)
        if not _resumes(lines, scores, resume, last, ads_only):
            break
        end = last + 1
    while (found := _across_box(lines, scores, start - 1, -1)) is not None:
        resume, ads_only = found
        first = run_from(lines, scores, resume, -1)
        if not _resumes(lines, scores, first, resume, ads_only):
            break
        start = first
    return start, end


# Lists of other stories that a story never resumes after (unlike "Related articles" or
# "Trending" boxes, which papers drop into the middle of a story).
PAGE_LISTS: Final = re.compile(
    r"^(?:(?:next|previous|prev|most (?:read|popular|viewed|shared|commented)|top stories"
    r"|editor'?s? picks?|you (?:may|might) (?:also )?like"
    # The same lists in other languages: "As mais lidas agora", "Lo más leído", "Les plus lus".
    r"|(?:(?:as|os|lo|las|los|les) )?(?:mais (?:lid|vist)[oa]s|más (?:leíd|vist)[oa]s?|plus lus)"
    r"|meistgelesen|più lett[ei]|najczęściej czytane)\b"
    # "More stories", "More News Stories" (not "More from UK", a box inside the story).
    r"|more (?:[\w-]+ )?(?:stories|news|articles|videos)\W*$)",
    re.I,
)
_NAVIGATION: Final = re.compile(
    r"^(?:next|previous|prev|more|related|recommended|popular|trending|latest|also|see also)\b",
    re.I,
)


def opens_other_stories(line: Line) -> bool:
    """A short line where the page moves on from the story: a header of other stories ("Related
    Posts", "Next Up In Tech", "More from Sport", "Most Read"), a list's or a box's header, or
    readers' comments beginning. Cheap first: longer lines are never asked the patterns."""
    if line.words > 6:
        return False
    return (
        names_other_stories(line)
        or line_marks.marks(line) & line_marks.INSERT != 0
        or is_hard_stop(line)
    )


def names_other_stories(line: Line) -> bool:
    """A header of the page's own links ("Next Auto News"), lists of other stories ("More from
    Sport", "Most Read") or a list's header ("Ähnliche Artikel")."""
    return (
        _NAVIGATION.match(line.text) is not None
        or PAGE_LISTS.match(line.text) is not None
        or line_marks.marks(line) & line_marks.LIST != 0
    )
