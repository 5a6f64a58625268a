"""Where readers' comments (or the page's notes on the story) begin below the story: a short
line that says so ("Comments", "Leave a reply") with some of the story above it, or a thread
shaped as one whatever its header says (names and times, "Ann says:", rows of actions with the
reply, comments' paragraphs between). weigh.py parts the story from such a thread; region.py
takes no stretch below where comments begin for the story. An end-of-article label standing
between the story's paragraphs is no such start (ending_inside_story).
"""

from __future__ import annotations

import re
from typing import Final

from newsdesk.extract.text import line_chrome, line_marks, line_prose
from newsdesk.extract.text.line_prose import is_prose
from newsdesk.extract.text.line_score import BARRIER, PARAGRAPH, is_story_prose
from newsdesk.extract.text.lines import Line


def comment_markers(lines: list[Line]) -> list[int]:
    """The lines (short) that say readers' comments, or the page's notes on the story, begin."""
    # The fact as the page scan settled it (most lines), else asked.
    return [
        i
        for i, line in enumerate(lines)
        if line.words < 16
        and (
            starts
            if (starts := line.traits.comments) is not None
            else line_chrome.starts_comments(line.traits)
        )
        and not _heading_goes_on(lines, i)
    ]


_GOES_ON_WORDS: Final = 6  # words at most of a heading's rest a narrow column wrapped


def _heading_goes_on(lines: list[Line], i: int) -> bool:
    """Whether the short line at `i` is the head of a question a narrow column broke (lynx
    and elinks print a sidebar so): the next line, with no blank between, opens on a small
    letter, holds a few words and ends the question ("Comment" over "publier un article ?",
    French's "how"). A comments header asks nothing; a count of comments ("7 Comments") over
    a link of the page's ("back to top") is none of this."""
    if i + 1 >= len(lines) or lines[i].words > 2 or not lines[i].text.isalpha():
        return False
    rest = lines[i + 1]
    if rest.blank_before or rest.bullet or rest.words > _GOES_ON_WORDS:
        return False
    first = rest.text[:1]
    return first.isalpha() and first.islower() and rest.text.rstrip().endswith("?")


_COMMENTS_NEAR: Final = 40  # lines above a comments marker in which the story's prose stands


def comments_start(lines: list[Line], markers: list[int]) -> int:
    """The first marker with 60 words of story in the _COMMENTS_NEAR lines above it, or the
    end of the page: comments (or notes) follow the story, while a lone "source" line under
    a share bar, with only the page's header prose far above it, opens no notes."""
    if not markers:
        return len(lines)
    marked = set(markers)
    said: list[tuple[int, int]] = []  # (line, words) of the story's prose so far
    for i, line in enumerate(lines[: markers[-1] + 1]):
        if i in marked and sum(n for at, n in said if at >= i - _COMMENTS_NEAR) >= 60:
            return i
        if line.words >= 10 and is_story_prose(line):
            said.append((i, line.words))
    return len(lines)


def comments_at(lines: list[Line]) -> int:
    """Where readers' comments (or the page's notes on the story) begin, else the page's end."""
    markers = comment_markers(lines)
    # A marker in the menus above any prose ("About us"), or in the header under a standfirst
    # (a link to the comments), is not where comments begin: some of the story comes first.
    at = comments_start(lines, markers)
    thread = thread_start(lines)
    return at if thread is None else min(at, thread)


# How far apart (in lines) the lines of a comment thread's own may stand: a comment of a few
# paragraphs under its name and time, then its row of actions.
_THREAD_GAP: Final = 15
_THREAD_STORY: Final = 60  # words of the story's prose above a thread: a story precedes it


def thread_start(lines: list[Line]) -> int | None:
    """Where a thread of readers' comments begins below the story, shaped as one whatever its
    header says (or without one): three lines or more of a thread's own (line_chrome.
    thread_line: "Ann says:", "Anonymous said...", a row of actions with the reply), each within
    _THREAD_GAP lines of the next, with comments' paragraphs between them twice or more, under
    _THREAD_STORY words of the story's prose. The thread begins at its first comment's name
    and time (the short lines above its first "says:", or above the paragraphs its first row of
    actions closes). None where there is no such thread."""
    chain: list[tuple[int, int]] = []
    for i, line in enumerate(lines):
        if line.words > 8:
            continue
        kind = line_chrome.thread_line(line.traits)
        if not kind:
            continue
        if chain and i - chain[-1][0] > _THREAD_GAP:
            if _is_thread(lines, chain):
                break
            chain = []
        chain.append((i, kind))
    if not _is_thread(lines, chain):
        return None
    start = _thread_top(lines, *chain[0])
    said = [line.words for line in lines[:start] if line.words >= 10 and is_story_prose(line)]
    return start if len(said) >= 2 and sum(said) >= _THREAD_STORY else None


def _is_thread(lines: list[Line], chain: list[tuple[int, int]]) -> bool:
    """Three lines of a thread's own or more, comments' paragraphs twice between them, and each
    "says:" timed (a story may print "Ann Example says:" over each quote it gives)."""
    if len(chain) < 3:
        return False
    spoken = 0
    ends = [*(b for b, _ in chain[1:]), min(len(lines), chain[-1][0] + _THREAD_GAP)]
    for (a, kind), b in zip(chain, ends, strict=True):
        between = lines[a + 1 : b]
        spoken += any(map(line_prose.is_paragraph, between))
        if kind == line_chrome.SAYS and not any(map(_is_time, lines[max(0, a - 2) : a] + between)):
            return False
    return spoken >= 2


# A comment's time: a clock ("10:42 am", "10 h 42"), or how long ago ("2 hours ago", "vor 3
# Stunden", "il y a 2 heures", "hace 2 horas").
_CLOCK: Final = re.compile(
    r"\b\d{1,2}(?::\d{2}| h \d{2})\b|\b(?:\w+ (?:minutes?|hours?|days?) ago|vor \d+ \w+"
    r"|il y a \d+ \w+|hace \d+ \w+)\b",
    re.I,
)


def _is_time(line: Line) -> bool:
    return line.words <= 10 and _CLOCK.search(line.text) is not None


def _thread_top(lines: list[Line], first: int, kind: int) -> int:
    """The first comment's first line: above a row of actions, its paragraphs, then its name
    and time; above "says:", the short lines over it (an avatar, the name). Short lines only,
    none closing a sentence (the story's last line)."""
    i = first
    if kind == line_chrome.ACTION_ROW:
        while i > 0 and first - i < 8 and line_prose.is_paragraph(lines[i - 1]):
            i -= 1
        if i == first:
            return first
    top = i
    while top > 0 and i - top < 4 and _heads_comment(lines[top - 1]):
        top -= 1
    if kind == line_chrome.ACTION_ROW and top == i:
        return first  # no name nor time over the paragraphs: where the comment begins is unsure
    return top


def _heads_comment(line: Line) -> bool:
    """A short line over a comment (its name, its time, an avatar), not a sentence's end."""
    return line.words <= 8 and not line_prose.ends_sentence(line.text) and not is_prose(line)


_ENDING_ABOVE: Final = 3  # lines above the label a paragraph of the story's is looked for in
_ENDING_LABEL: Final = -2.0  # an end-of-article label inside the story: a sub-heading's weight
_STORY_GOES_ON: Final = 2  # paragraphs of the story's under the label that say it goes on
_ENDING_REACH: Final = 8  # lines under the label the paragraphs are looked for in


def ending_inside_story(lines: list[Line], scores: list[float]) -> list[float]:
    """An end-of-article label ("About Ann Example", "Related topics", line_marks.ENDING) with
    the story's paragraphs above it and two or more under it is a sub-heading or a box inside
    the story, no barrier: an author's box or a list of topics closes the page, with one bio
    paragraph or none under it."""
    out = scores
    for i, line in enumerate(lines):
        if scores[i] != BARRIER or not line_marks.marks_of(line.traits) & line_marks.ENDING:
            continue
        above = any(score >= PARAGRAPH for score in scores[max(0, i - _ENDING_ABOVE) : i])
        below = scores[i + 1 : i + 1 + _ENDING_REACH]
        under = sum(score >= PARAGRAPH for score in below)
        if above and under >= _STORY_GOES_ON and BARRIER not in below:
            if out is scores:
                out = list(scores)
            out[i] = _ENDING_LABEL
    return out
