"""How the reader uses the line model's values to trim the stretch it read: the head's run of
lines the model rates clearly not the story (trim_head), and the tail below a header of other
stories where the story does not resume (trim_tail, cut_at_other_stories, story_below).

The page's values are model_choice.py's (page_values), shared with the choice so that no line
is worked out twice.
"""

from __future__ import annotations

import math
from typing import Final

from newsdesk.extract.text.growth import opens_other_stories
from newsdesk.extract.text.line_prose import is_prose
from newsdesk.extract.text.line_score import BARRIER, is_story_prose
from newsdesk.extract.text.model_choice import THRESHOLD, _Lazy
from newsdesk.extract.text.weigh import MAX_INSERT

# The head of the stretch read (chosen and grown) gives up a run of its first lines the model
# rates below TRIM_BELOW (a picture's address, a line of links glued to the standfirst, a
# caption printed above the lead), up to the first line it rates TRIM_STORY or more, within
# TRIM_REACH lines; three lines at least stay. Cross-validated by page (bench/
# train_line_model.py cv --modes model,trim; each fold's model reading pages it was not fitted
# on): below 0.12, 0.15 and 0.18, 8, 11 and 11 page-renderings of 869 better, 1, 1 and 3
# worse; with the stretch widened by three lines either side (wide, wide-trim), 0.15
# recovered the most (20 better, 2 worse). The tail never paid: its last lines the model
# doubts are mostly lists and sign-offs the story closes on (0 better, 3 worse), and
# dropping short lines inside the story it rates very low made more pages worse than better.
TRIM_BELOW = 0.15
TRIM_STORY = 0.5
TRIM_REACH = 8
_TRIM_LEFT: Final = 3
# A paragraph of prose in the run trimmed goes too if the model rates it below TRIM_PROSE (0:
# never): a standfirst, a company's boilerplate, a donation appeal, told apart by their words.
TRIM_PROSE = 0.0
# The tail's trim, as the head's walking up from the last line, within TAIL_REACH (0: none).
TAIL_REACH = 0


def trim_head(span: tuple[int, int] | None, known: _Lazy) -> tuple[int, int] | None:
    """The stretch less the run of lines at its head the model rates clearly not the story
    (see TRIM_BELOW); as it is where a paragraph of prose stands in that run (the lead, which
    the model may doubt on a page unlike its training pages) unless the model rates it below
    TRIM_PROSE, where the first line it rates higher is no clear story line, where no such
    line comes within TRIM_REACH, or where fewer than three lines would stay.
    On most pages the first line answers (one log-odds, mostly known already)."""
    if span is None or TRIM_REACH <= 0:
        return span
    first, last = span
    cut = _trimmed(known, first, last, 1, TRIM_REACH)
    return span if cut is None else (cut, last)


def trim_tail(span: tuple[int, int] | None, known: _Lazy) -> tuple[int, int] | None:
    """The stretch less the run of lines at its tail the model rates clearly not the story,
    as trim_head walking up from its last line, within TAIL_REACH lines (0: no trim); and
    less what follows a header of other stories inside it where the story is over
    (cut_at_other_stories)."""
    if span is None:
        return span
    span = cut_at_other_stories(span, known)
    if TAIL_REACH <= 0:
        return span
    first, last = span
    cut = _trimmed(known, last - 1, first - 1, -1, TAIL_REACH)
    return span if cut is None else (first, cut + 1)


# How likely by the model a paragraph below a header of other stories must be the story's for
# the story to resume there (cut_at_other_stories): a teaser's blurb is rated lower.
RESUME_BELOW_LIST = 0.1


def cut_at_other_stories(span: tuple[int, int], known: _Lazy) -> tuple[int, int]:
    """The stretch ended at the first header of other stories or comments inside it
    (growth.opens_other_stories: "Related Posts", "Next Up In Tech", "17 Comments") below its
    first three lines, where the story does not resume below it: no paragraph within
    MAX_INSERT lines that the hand scores weigh as the story's and the model rates
    RESUME_BELOW_LIST or more (the story going on under a box dropped into it), and no run of
    lines from there to the stretch's end the model finds worth anything (stretch_values; a
    barrier crossed counts as a short line, as in _between). The hand scores take a box of
    teasers under an unknown header for more of the story, and comments for its prose."""
    first, last = span
    lines = known.lines
    resumed = _log_odds_of(RESUME_BELOW_LIST)
    for i in range(first + _TRIM_LEFT, last):
        if not opens_other_stories(lines[i]):
            continue
        below = range(i + 1, min(last, i + 1 + MAX_INSERT))
        if any(_resumes_story(known, j, resumed) for j in below):
            continue
        if not story_below(known, i, last):
            return first, i
    return span


def story_below(known: _Lazy, start: int, end: int) -> bool:
    """Whether a run of lines ending at `end` and starting at `start` or below holds something
    of worth by the model (stretch_values; a barrier counts as a short line, as in _between):
    the story going on there rather than what a page prints after it. Summed from `end` up."""
    lines, weighed = known.lines, known.weighed
    run = 0.0
    for j in range(end - 1, start - 1, -1):
        run += known.value(j) if weighed[j] > BARRIER else -THRESHOLD * (lines[j].words + 1)
        if run > 0.0:
            return True
    return False


def _resumes_story(known: _Lazy, j: int, resumed: float) -> bool:
    line = known.lines[j]
    return (
        line.words >= 20
        and not line.chrome
        and known.weighed[j] > 0.0
        and is_story_prose(line)
        and known.log_odds(j) >= resumed
    )


def _trimmed(known: _Lazy, edge: int, end: int, step: int, reach: int) -> int | None:
    """The first line from `edge` (walking by `step`, before `end`) past a run of lines the
    model rates below TRIM_BELOW that it rates TRIM_STORY or more, if that run is to go (see
    trim_head); else None."""
    below = _log_odds_of(TRIM_BELOW)
    story = _log_odds_of(TRIM_STORY)
    prose_below = _log_odds_of(TRIM_PROSE) if TRIM_PROSE > 0.0 else -math.inf
    i = edge
    for _ in range(reach):
        if i == end:
            return None
        z = known.log_odds(i)
        if z >= below:
            if i != edge and z >= story and (end - i) * step >= _TRIM_LEFT:
                return i
            return None
        line = known.lines[i]
        if is_prose(line) and not line.chrome and z >= prose_below:
            return None  # a paragraph, the lead perhaps, whatever the model says of it
        i += step
    return None


def _log_odds_of(p: float) -> float:
    return math.log(p / (1.0 - p))
