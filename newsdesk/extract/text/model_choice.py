"""How the reader uses the line model's values to choose the story's stretch: the hand scores'
choice stands unless the model disagrees by evidence (choose), and the stretch chosen grows where
the model sees the story go on beyond it (extend).

A line's value by the model (stretch_values) is its words times how much likelier than THRESHOLD
it is the story's; a page's values are worked out lazily, each line's when first asked (_Lazy,
page_values), and shared with the trims of model_trim.py. The model and its features are
line_model.py's and line_features.py's.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from newsdesk.extract.text import line_chrome, line_marks, line_model
from newsdesk.extract.text.growth import PAGE_LISTS, is_hard_stop
from newsdesk.extract.text.line_features import _Page
from newsdesk.extract.text.line_model import _log_odds
from newsdesk.extract.text.line_score import BARRIER
from newsdesk.extract.text.lines import Line
from newsdesk.extract.text.region import stretch_value


def learned_scores(
    lines: list[Line],
    scores: list[float],
    weighed: list[float],
    first: int = 0,
    last: int | None = None,
) -> list[float]:
    """The log-odds of lines[first:last] (all by default) being the story's, by the model in
    line_model.json."""
    known = _Lazy(lines, scores, weighed)
    end = len(lines) if last is None else last
    return [known.log_odds(i) for i in range(first, end)]


def _value(line: Line, weight: float, z: float) -> float:
    """What a line adds to a stretch by the model (see stretch_values)."""
    if weight <= BARRIER:
        return weight
    p = 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))
    return (p - THRESHOLD) * max(min(line.words, 120), 1)


# How likely a line must be the story's to add to a stretch by the model: below one half, as
# a story holds short lines (sub-headings, datelines) the model doubts. Cross-validated (bench/
# train_line_model.py cv, and on the training pages read with the hand's second-best stretch,
# a choice gone wrong, for the net to recover): 0.2 recovered least; 0.45 and 0.5 made 3 and 4
# pages worse as read; 0.4 the most pages recovered with none worse.
THRESHOLD = 0.4
# The evidence (words weighed by likelihood) the model's stretch must hold to replace the hand's.
_MIN_EVIDENCE = 20.0
# The least share of the hand stretch's value (region.stretch_value) the model's must have.
_HAND_SHARE = 0.5
# The model's evidence for the hand's stretch above which it stands unasked (most stories), and
# how many times more the model's own stretch must hold to replace it. Cross-validated as
# THRESHOLD: only a hand stretch with no story by the model (0) recovered 176 pages of those
# read with the hand's second-best stretch; with SURE 40 and RATIO 1.5, 243 (12 worse; at
# THRESHOLD 0.3), 275 at THRESHOLD 0.4; none worse as read. Below SURE the model reads the
# whole page, so it is kept low for speed: at THRESHOLD 0.4, 25 (256 recovered, 17 worse).
SURE = 25.0
RATIO = 1.5
# Whether the hand's stretch stands against a model's stretch lying within it (1) or gives way
# (0): on a page of captioned pictures the model doubts, the net cut the story to its first part.
KEEP_NESTED = 0


def stretch_values(lines: list[Line], weighed: list[float], learned: list[float]) -> list[float]:
    """Per line, what it adds to a stretch by the model: its words times how much likelier than
    THRESHOLD it is the story's; barriers (list headers, footers) stay barriers."""
    return list(map(_value, lines, weighed, learned))


def _story_by_model(
    lines: list[Line],
    scores: list[float],
    weighed: list[float],
    span: tuple[int, int],
    floor: float = 0.0,
    known: _Lazy | None = None,
) -> bool:
    """Whether the stretch's values by the model (stretch_values) sum above `floor`. Asked of
    its longest lines first, and answered as soon as the lines not yet asked could not change
    the answer (a line takes away THRESHOLD of its words and one at most): on a story, after a
    few. `known`: the page's values worked out so far, shared with the rest of choose."""
    first, last = span
    if known is None:
        known = _Lazy(lines, scores, weighed)
    if min(weighed[first:last]) <= BARRIER:  # never in a chosen stretch: no bound, ask all
        return sum(known.value(i) for i in range(*span)) > floor
    words = [line.words for line in lines[first:last]]
    rest = -THRESHOLD * (sum(words) + len(words))  # the least the lines not asked may add
    total = 0.0
    for k in sorted(range(len(words)), key=words.__getitem__, reverse=True):
        total += known.value(first + k)
        rest += THRESHOLD * (words[k] + 1)
        if total + rest > floor:
            return True
    return total > floor


def choose(
    lines: list[Line],
    scores: list[float],
    weighed: list[float],
    hand: Callable[[list[Line], list[float]], tuple[int, int] | None],
    known: _Lazy | None = None,
) -> tuple[int, int] | None:
    """The story's stretch, as `hand` (region.choose_region) picks it over the hand scores
    (`weighed`: weigh.weigh's, from `scores`, the lines' line_score), unless the model
    disagrees by evidence: the same choice made over the model's values (stretch_values)
    finds a stretch apart from the hand's (or any, when the model finds no story in the
    hand's) holding _MIN_EVIDENCE or more and RATIO times what the model finds in the hand's,
    and the hand scores rate it at _HAND_SHARE of theirs or more (not readers' comments, not
    a teaser list). Elsewhere the hand's stretch stands, edges and all: letting the model
    move them, trim them, grow them or blend its values into the hand scores lost more pages
    than it won under cross-validation.

    The model is asked about the hand's stretch first (_story_by_model: mostly a few of its
    longest lines), and about the whole page only when it finds SURE or less there. The
    stretch chosen then grows where the model sees the story go on beyond it (extend).
    `known`: the page's values (page_values), shared with trim_head; made here if not given."""
    # One page's model values, each line's worked out once for the three questions.
    if known is None:
        known = _Lazy(lines, scores, weighed)
    chosen = _choose(lines, scores, weighed, hand, known)
    return None if chosen is None else extend(lines, scores, weighed, chosen, known)


def _choose(
    lines: list[Line],
    scores: list[float],
    weighed: list[float],
    hand: Callable[[list[Line], list[float]], tuple[int, int] | None],
    known: _Lazy,
) -> tuple[int, int] | None:
    ours = hand(lines, weighed)
    if ours is not None and _story_by_model(lines, scores, weighed, ours, SURE, known):
        return ours
    values = [known.value(i) for i in range(len(lines))]  # stretch_values of the whole page
    theirs = hand(lines, values)
    if theirs is None or ours is None:
        return ours if theirs is None else theirs
    mass_ours = sum(values[ours[0] : ours[1]])
    mass_theirs = sum(values[theirs[0] : theirs[1]])
    if mass_ours > 0.0 and theirs[0] < ours[1] and ours[0] < theirs[1]:
        return ours
    if KEEP_NESTED and ours[0] <= theirs[0] and theirs[1] <= ours[1]:
        return ours  # the model's stretch a part of the hand's: a trim, which the net is not
    if mass_theirs <= _MIN_EVIDENCE or mass_theirs <= RATIO * max(mass_ours, 0.0):
        return ours
    # The hand scores must find the model's stretch a story too, if a lesser one.
    if stretch_value(lines, weighed, theirs) < _HAND_SHARE * stretch_value(lines, weighed, ours):
        return ours
    if ours[1] <= theirs[0] and _page_list_between(lines, ours[1], theirs[0]):
        return ours  # below "More News Stories" under the hand's story: other stories' leads
    return theirs


def _page_list_between(lines: list[Line], start: int, end: int) -> bool:
    """Whether one of the page's own lists of other stories ("More News Stories", "Most
    Read") opens between `start` and `end`."""
    return any(
        lines[i].words <= 6 and PAGE_LISTS.match(lines[i].text) is not None
        for i in range(start, end)
    )


# How many lines beyond an edge of the chosen stretch the model looks across for the story
# going on (0: it does not look), and the evidence the run beyond must hold (see extend).
# Cross-validated on the training pages read with the hand's stretch cut at its weakest middle
# line (bench/train_line_model.py cv --modes ...): REACH 3, 6, 20 and RESUMED 20, 40, 80; with
# the list headers crossed upwards, REACH 20 recovers a story split by a 17-line box (2 pages
# better as read, none worse). RESUMED 25 rather than 40: two paragraphs left below a caption
# (some 38 by the model) are the story's too; studied 2 page-renderings better, none worse,
# held-out fresh-b up on three renderers, nothing else moved (session 24).
REACH = 20
RESUMED = 25.0
# Whether the header of a list ("Read also", "Trending") may stand between: a box of other
# stories dropped into the story; the run beyond must then hold twice RESUMED.
CROSS_LISTS = 1


def _list_header(line: Line) -> bool:
    """The header of a box the story may run across: not one of the page's own lists ("Most
    Read", "Next"), which a story never resumes after (growth.PAGE_LISTS)."""
    return (
        line.words < 8
        and line_marks.marks(line) & (line_marks.LIST | line_marks.INSERT) != 0
        and PAGE_LISTS.match(line.text) is None
    )


class _Lazy:
    """A page's log-odds by the model and stretch values (stretch_values), each line's worked
    out when first asked, over one _Page built when first needed: choose asks about a few of
    the hand stretch's longest lines, rarely the whole page, and extend about a few lines beyond
    the stretch's edges, on most pages none."""

    def __init__(self, lines: list[Line], scores: list[float], weighed: list[float]) -> None:
        self.lines, self.scores, self.weighed = lines, scores, weighed
        self.page: _Page | None = None
        self.odds: dict[int, float] = {}
        self.known: dict[int, float] = {}

    def log_odds(self, i: int) -> float:
        found = self.odds.get(i)
        if found is not None:
            return found
        page = self.page
        if page is None:
            page = self.page = _Page(
                self.lines, self.scores, self.weighed, line_model.model().cohesion
            )
        # (Kept, then returned as worked out: `found = self.odds[i] = ...` boxed it twice.)
        odds = _log_odds(page, i)
        self.odds[i] = odds
        return odds

    def value(self, i: int) -> float:
        found = self.known.get(i)
        if found is not None:
            return found
        weight = self.weighed[i]
        # A barrier's value is its weight (_value): the model need not be asked.
        z = 0.0 if weight <= BARRIER else self.log_odds(i)
        value = _value(self.lines[i], weight, z)
        self.known[i] = value
        return value


# The page's model values (page_values), as other modules name their type.
Values = _Lazy


def extend(
    lines: list[Line],
    scores: list[float],
    weighed: list[float],
    span: tuple[int, int],
    known: _Lazy | None = None,
) -> tuple[int, int]:
    """The stretch grown where the story goes on beyond an edge: within REACH lines of it (no
    barrier, no readers' comments, no footer between; walking up, a box's list header may
    stand between, see CROSS_LISTS) a paragraph opens a run the model weighs at RESUMED or
    more, and more than the lines between take away. The hand scores stop a story at a box, a
    caption run or a rule that it runs across; the model, weighing the lines beyond with their
    neighbours, tells a story resumed from a teaser or a footer. `known`: the page's values
    already worked out (choose's), else worked out here."""
    if REACH <= 0:
        return span
    first, last = span
    values = known if known is not None else _Lazy(lines, scores, weighed)
    while (grown := _resumed(lines, weighed, values, last, 1)) is not None:
        last = grown + 1
    while (grown := _resumed(lines, weighed, values, first - 1, -1)) is not None:
        first = grown
    return first, last


def _resumed(
    lines: list[Line], weighed: list[float], values: _Lazy, edge: int, step: int
) -> int | None:
    """The far end of the story's run resumed beyond `edge` (walking by `step`), if any (see
    extend). The model is asked only where a paragraph stands within REACH lines."""
    n = len(lines)
    need = RESUMED
    i = edge
    for _ in range(REACH):
        if not 0 <= i < n:
            return None
        line = lines[i]
        if is_hard_stop(line) or (line.words < 12 and line_chrome.is_footer(line.traits)):
            return None
        if weighed[i] <= BARRIER:
            # Only walking up: below the story, past a list, stand the page's closing lists
            # and its legal notes, which the model may take for prose.
            if not (CROSS_LISTS and step < 0 and _list_header(line)):
                return None
            need = 2.0 * RESUMED  # a box of other stories between: the story must be clear
        elif line.words >= 10 and not line.chrome and weighed[i] > 0.0:
            # A paragraph by the hand scores (not a feed's line, not a teaser, not a blurb in
            # a box of other stories: weigh.weigh): the story again, if the model says so.
            far = _run(lines, weighed, values, i, step, need)
            if far is not None and _between(lines, weighed, values, edge, i, step) + far[1] > 0.0:
                return far[0]
        i += step
    return None


def _run(
    lines: list[Line], weighed: list[float], values: _Lazy, at: int, step: int, need: float
) -> tuple[int, float] | None:
    """Where the model's running value from `at` peaks (on a line the hand scores weigh as
    story too) and that value, if `need` or more; never across a barrier."""
    n = len(lines)
    total = best = 0.0
    far = -1
    i = at
    while 0 <= i < n and weighed[i] > BARRIER and not is_hard_stop(lines[i]):
        total += values.value(i)
        if total > best and weighed[i] > 0.0:
            best, far = total, i
        elif total < 0.0:
            break
        i += step
    return (far, best) if far >= 0 and best >= need else None


def _between(
    lines: list[Line], weighed: list[float], values: _Lazy, edge: int, at: int, step: int
) -> float:
    """What the lines from `edge` to `at` take away by the model; a list's header crossed
    counts as a short line (the doubled evidence asked of the run stands for it)."""
    total = 0.0
    for k in range(edge, at, step):
        if weighed[k] <= BARRIER:
            total -= THRESHOLD * (lines[k].words + 1)
        else:
            total += values.value(k)
    return total


def page_values(lines: list[Line], scores: list[float], weighed: list[float]) -> _Lazy:
    """A page's log-odds and stretch values by the model, each line's worked out when first
    asked: one for choose and trim_head both, so that neither works out a line twice."""
    return _Lazy(lines, scores, weighed)
