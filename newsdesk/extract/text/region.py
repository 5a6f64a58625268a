"""Which stretch of the page's lines is the story, and the net under that choice.

The weighed scores (weigh.py over line_score.py) are summed over contiguous stretches, the best
first (the maximum-subarray idea of Body Text Extraction), and the story is the candidate of most
value: its prose weight, less for a teaser list, readers' comments (comments_thread.py), a list
under its header or the site's legal notes, more under a byline or a date. The chosen stretch
then grows across boxes dropped into the story (growth.py) and over a list the story closes on
(story_close.py); when it gave no story, rescue_region looks for a run of prose elsewhere.
"""

from __future__ import annotations

import re
from typing import Final

from newsdesk.extract import bylines
from newsdesk.extract.dates import parse_absolute
from newsdesk.extract.text import comments_thread, line_chrome, line_marks, line_prose, shapes
from newsdesk.extract.text.line_score import BARRIER
from newsdesk.extract.text.lines import Line, traits_of


def best_region(scores: list[float]) -> tuple[int, int] | None:
    """[start, end) of the maximum-sum contiguous stretch; None if nothing scores above zero.

    A barrier (a list header, a footer) ends any stretch: the article never runs across one.
    """
    best, best_span = 0.0, None
    total, start = 0.0, 0
    for i, s in enumerate(scores):
        if s <= BARRIER:
            total, start = 0.0, i + 1
            continue
        if total <= 0:
            total, start = 0.0, i
        total += s
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span


def candidate_regions(
    scores: list[float], limit: int = 6, floor: float = 25.0
) -> list[tuple[int, int]]:
    """The best stretches, best first: each found, then masked out, then the next one; none
    whose scores sum under `floor`."""
    masked = list(scores)
    found: list[tuple[int, int]] = []
    while len(found) < limit:
        span = best_region(masked)
        if span is None or sum(masked[span[0] : span[1]]) < floor:
            break
        found.append(span)
        masked[span[0] : span[1]] = [BARRIER] * (span[1] - span[0])
    return found


def _teaser_share(lines: list[Line], span: tuple[int, int]) -> float:
    """Share of prose lines standing alone between non-prose lines: a list of teasers, each a
    headline and a blurb, rather than an article, whose paragraphs follow one another."""
    start, end = span
    prose = [i for i in range(start, end) if line_prose.is_paragraph(lines[i])]
    if not prose:
        return 0.0
    marks = set(prose)
    alone = sum(1 for i in prose if i - 1 not in marks and i + 1 not in marks)
    return alone / len(prose)


def _has_header(lines: list[Line], start: int) -> bool:
    """A byline or a date in the few lines above: where an article begins."""
    for i in range(max(0, start - 8), min(len(lines), start + 2)):
        line = lines[i]
        if bylines.by_byline(line.text) or shapes.date_of(line, fallback=False):
            return True
        if line.words <= 14 and parse_absolute(line.text):  # "21/06/2014 Tony Carter, Books"
            return True
    return False


# The least sum of scores a stretch needs to be a candidate for the story: a short story of
# list items (an agenda, a recipe's steps, each a sentence of ten words or so) sums under 25.
_FLOOR: Final = 15.0
_HEADER_GAIN: Final = 1.5  # a stretch under a byline or a date: where an article begins


def choose_region(lines: list[Line], scores: list[float]) -> tuple[int, int] | None:
    """The article among the candidate stretches: prose weight, less teaser lists, plus a
    header (byline or date) right above it. Stretches after the point where comments (or the
    page's notes on the story) begin are readers', not the story. `scores`: weigh()'s."""
    candidates = candidate_regions(scores, floor=_FLOOR)
    if not candidates:
        return None
    comments_at = comments_thread.comments_at(lines)
    best, best_value = None, 0.0
    for span in candidates:
        # Candidates come heaviest first, and only a header above raises a stretch's value
        # (_value): one that cannot beat the best so far even so is not weighed further.
        if sum(scores[span[0] : span[1]]) * _HEADER_GAIN <= best_value:
            continue
        value = _value(lines, scores, span, comments_at)
        if value > best_value:
            best, best_value = span, value
    return best


def _value(
    lines: list[Line], scores: list[float], span: tuple[int, int], comments_at: int
) -> float:
    value = sum(scores[span[0] : span[1]])
    if span[0] > comments_at:
        value *= 0.03  # readers' comments, however long, are not the story
    value *= 1.0 - 0.7 * _teaser_share(lines, span)
    if _under_list_header(lines, span[0]):
        value *= 0.3  # "More Stories": the stretch is the list's, whatever its blurbs weigh
    if _has_header(lines, span[0]):
        value *= _HEADER_GAIN
    if span[1] - span[0] <= _NOTICE_LINES and _legal_share(lines, span) * 3 >= 1:
        value *= 0.2  # the site's legal notes (rights, licence, liability), however they read
    return value


# A short stretch (the site's notes under its footer menus are a few lines) a third of whose
# words stand in lines of a legal notice: the page's rights reserved, a reuse only by written
# permission, the licence of its pictures, a disclaimer of liability for the sites it links to.
_NOTICE_LINES: Final = 8
LEGAL_NOTICE: Final = re.compile(
    r"all rights reserved|without (?:the )?(?:(?:express|prior) )?written (?:permission|consent)"
    r"|without permission|(?:may|must) not be (?:reproduced|copied|republished|redistributed)"
    r"|licen[sc]ed under|creative commons|\bno liability|accepts? no (?:liability|responsibility)"
    r"|alle rechte vorbehalten|keine haftung|ohne (?:vorherige )?(?:schriftliche )?genehmigung"
    r"|tous droits réservés|reproduction (?:strictement )?interdite|todos los derechos reservados"
    r"|prohibida (?:su|la) reproducción|tutti i diritti riservati|riproduzione riservata"
    r"|todos os direitos reservados|alle rechten voorbehouden"
    r"|все права|правообладател|письменного разрешения",
    re.I,
)
# What LEGAL_NOTICE cannot match without: a line holding none is not searched.
_NOTICE_KEYS: Final = (
    "reserv", "written", "permission", "not be", "licen", "creative commons", "liability",
    "responsibility", "vorbehalten", "haftung", "genehmigung", "réservés", "interdite",
    "reproducción", "riservat", "voorbehouden", "права", "правообладател", "разрешения",
)  # fmt: skip


def _legal_share(lines: list[Line], span: tuple[int, int]) -> float:
    """The share of the stretch's words in lines of a legal notice (LEGAL_NOTICE)."""
    total = legal = 0
    for line in lines[span[0] : span[1]]:
        total += line.words
        if line_chrome.may_hold(line.text, _NOTICE_KEYS) and LEGAL_NOTICE.search(line.text):
            legal += line.words
    return legal / total if total else 0.0


def _under_list_header(lines: list[Line], start: int) -> bool:
    """A header of other stories (line_marks.LIST: "More Stories", "Latest news") right above the
    stretch's first line, with only short lines (pictures) between."""
    for above in reversed(lines[max(0, start - 3) : start]):
        if above.words < 16 and line_marks.marks(above) & line_marks.LIST:
            return True
        if above.words > 3:
            return False
    return False


def stretch_value(lines: list[Line], scores: list[float], span: tuple[int, int]) -> float:
    """What choose_region weighs `span` at among its candidates: its scores' sum, less for a
    teaser list, readers' comments or a list under its header ("More Stories"), more under
    a header."""
    return _value(lines, scores, span, comments_thread.comments_at(lines))


_RESCUE_WORDS: Final = 80  # running prose a stretch must hold to replace a chosen body
_POOR_BODY: Final = 30  # a body of fewer words than this, with prose elsewhere, is suspect


def _plain_story_line(line: Line) -> bool:
    """A sentence-closed paragraph of some length, whatever its words say: a story about
    cookies or newsletters reads like the page's own prompts, one printed three times like a
    widget. Only a run of them (see running_prose) makes a story."""
    return (
        line.words >= 12 and line_prose.ends_sentence(line.text) and line_prose.is_paragraph(line)
    )


def running_prose(lines: list[Line], span: tuple[int, int], story: list[bool]) -> int:
    """Words of the stretch's story lines (`story`, one flag a line) that stand next to
    another (lines of three words or fewer between them, pictures or adverts, do not part
    them): a story's prose comes in runs, a teaser list's blurbs one at a time."""
    start, end = span
    said = [i for i in range(start, end) if story[i]]
    total = 0
    for n, i in enumerate(said):
        joined = (n > 0 and _close(lines, said[n - 1], i)) or (
            n + 1 < len(said) and _close(lines, i, said[n + 1])
        )
        if joined:
            total += lines[i].words
    return total


def _close(lines: list[Line], a: int, b: int) -> bool:
    return all(lines[k].words <= 3 for k in range(a + 1, b))


def rescue_region(
    lines: list[Line], raw: list[float], chosen: tuple[int, int] | None, body: str
) -> tuple[int, int] | None:
    """A safety net under the choice, whatever went wrong: when the chosen stretch gave no
    body, or one that reads like chrome (under _POOR_BODY words, or under half of them in
    paragraphs of prose), while elsewhere, under a headline or a header, a run of
    sentence-closed paragraphs holds _RESCUE_WORDS words or more and three times the chosen
    body's, that run is the story, even if its words sound like the page's prompts or it is
    printed more than once (the first copy counts). Lines in the run that were set aside as
    repeated are restored. `raw`: the lines' scores (barriers stay barriers); `body`: what the
    chosen stretch gave to read, its standfirst included (a story a renderer glued into one
    paragraph under its headline is read as the standfirst). None when the choice stands."""
    # Counted as the lines are (count_words: a story in an unspaced script is no short one),
    # off the paragraphs' Traits, which the lines they came from have mostly settled already.
    words = prose = 0
    for traits in map(traits_of, body.split("\n\n") if body else ()):
        words += traits.words
        said = traits.prose
        if said if said is not None else line_prose.is_prose_text(traits.text, traits.words):
            prose += traits.words
    if words >= _POOR_BODY and prose * 2 >= words:
        return None
    seen: set[str] = set()
    story = []
    for line in lines:
        story.append(line.text not in seen and _plain_story_line(line))
        seen.add(line.text)
    plain = [
        float(min(lines[i].words, 120)) if story[i] else (raw[i] if raw[i] <= BARRIER else -2.0)
        for i in range(len(lines))
    ]
    best, best_words = None, max(_RESCUE_WORDS - 1, 3 * words)
    for span in candidate_regions(plain):
        if chosen is not None and span[0] < chosen[1] and chosen[0] < span[1]:
            continue  # overlaps the chosen stretch: the same story, read otherwise
        found = running_prose(lines, span, story)
        if found > best_words and _headed(lines, span[0]):
            best, best_words = span, found
    if best is not None:
        for i in range(*best):
            if story[i]:
                lines[i].chrome = False  # the first copy of a text printed again below
    return best


def _headed(lines: list[Line], start: int) -> bool:
    """A headline, a byline or a date in the few lines above `start`: where a story begins."""
    if _has_header(lines, start):
        return True
    above = lines[max(0, start - 6) : start]
    return any(line_prose.is_title_like(line) and not line.chrome for line in above)
