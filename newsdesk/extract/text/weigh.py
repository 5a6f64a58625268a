"""The lines' scores (line_score.py) weighed with the page's context: a box of other stories
under its header, the lone blurbs of a teaser list, a box of blurbs cut short and a long menu
weigh less or part the page, a story's table printed a row a line weighs a little; a story's
header, the next entry of a stream of stories and a thread of readers' comments
(comments_thread.py) part it as a barrier does, while a heading saying a footer's words between
the story's paragraphs (a site's terms: "Copyright Infringement Claims") does not. Both the
choice of the story's stretch (region.py) and its growth (growth.py) read the weighed scores.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from newsdesk.extract import bylines
from newsdesk.extract.text import captions, headers, line_chrome, line_marks, line_prose
from newsdesk.extract.text.comments_thread import (
    comment_markers,
    comments_start,
    ending_inside_story,
    thread_start,
)
from newsdesk.extract.text.line_prose import is_prose
from newsdesk.extract.text.line_score import BARRIER, PARAGRAPH
from newsdesk.extract.text.lines import Line, text_counts
from newsdesk.extract.text.story_tables import announced_table, count_story_tables


def discount_boxes(
    lines: list[Line], scores: list[float], marked: line_marks.Marked | None = None
) -> list[float]:
    """Under a "Read also" header, the box's blurbs are other stories' until the story resumes
    with two paragraphs in a row; a box the story never resumes after (the page's closing
    list of teasers) weighs nothing in its favour. `marked`: line_marks.marked(lines), if known."""
    out = list(scores)
    for i, found in line_marks.marked(lines) if marked is None else marked:
        if lines[i].words > 6 or not found & line_marks.INSERT:
            continue
        j = i + 1
        while j < len(lines) and out[j] > BARRIER:
            if line_prose.is_paragraph(lines[j]) and (
                lines[j].words >= LONG_PARAGRAPH or _paragraph_follows(lines, j)
            ):
                break  # the story again (a blurb is never this long)
            out[j] = min(out[j], -2.0)
            j += 1
    return out


# Words of a paragraph no teaser's blurb runs to: the story's own, even standing alone.
LONG_PARAGRAPH: Final = 60
_ASIDE_LINES: Final = 2  # an advert's label and a picture's line between two paragraphs


def past_aside(
    lines: list[Line], at: int, step: int, stop: Callable[[Line], bool], credits: bool
) -> int | None:
    """The first line from `at` (not it), walking by `step`, that `stop` holds, past at most
    _ASIDE_LINES lines of the page's chrome (an advert's label, a picture's placeholder; with
    `credits`, a picture's credit too); None where any other line comes first."""
    k = at + step
    for _ in range(_ASIDE_LINES + 1):
        if not 0 <= k < len(lines):
            return None
        line = lines[k]
        if stop(line):
            return k
        if not (
            line.chrome
            or line_chrome.is_chrome(line)
            or (credits and captions.caption_credit(line.text))
        ):
            return None
        k += step
    return None


def _paragraph_follows(lines: list[Line], j: int) -> bool:
    """Whether another paragraph follows the one at `j`, past the page's chrome between
    (past_aside): a box's blurbs stand each under its own headline, a story's paragraphs one
    after another."""
    return past_aside(lines, j, 1, line_prose.is_paragraph, credits=True) is not None


def labels_blurb(line: Line) -> bool:
    """A headline or a byline over a blurb (not a picture's caption, not a menu item)."""
    return (
        1 <= line.words <= 20
        and not line.chrome  # printed again and again (a picture's alt text): not a headline
        and not line_prose.is_paragraph(line)
        and not line_chrome.is_chrome(line)
        and not captions.caption_credit(line.text)
    )


def _signed(lines: list[Line], chain: list[int]) -> bool:
    """Whether the chain's paragraphs are each signed on the line under them ("Ann Example,
    harbour master", "Bo Example, Port Vellin"): a panel's answers, readers' letters, not teasers,
    whose short lines head the blurb under them. Two in three of them signed, at least."""
    signed = sum(1 for i in chain if i + 1 < len(lines) and _signature(lines[i + 1].text))
    return 3 * signed >= 2 * len(chain)


def _signature(text: str) -> bool:
    """A name, then after a comma who the person is or where from: a signature's shape."""
    name, comma, _ = text.partition(",")
    return bool(comma) and len(text.split()) <= _SIGNATURE_WORDS and bylines.is_name(name)


_SIGNATURE_WORDS: Final = 16


def discount_lone_prose(
    lines: list[Line], scores: list[float], counts: dict[str, int] | None = None
) -> list[float]:
    """Blurbs in a list of teasers: prose lines standing alone, one every few lines, three
    times or more. An article's paragraphs come in runs, and a one-paragraph brief under its
    headline stands alone once. A story told in parts (a top-10 list of names, each with its
    paragraph) begins right under its own header (_told_in_parts)."""
    # Read where line scoring settled it (most lines); asked only where it did not.
    prose = [
        p if (p := line.traits.prose) is not None else line_prose.is_paragraph(line)
        for line in lines
    ]
    lone = _lone_prose(lines, prose)
    # Where readers' comments begin parts the chains on either side: a story's one paragraph
    # above a comment thread does not join its comments' lone lines. (A list header does not:
    # teasers above and below one are teasers alike.)
    barriers = comment_markers(lines)
    chains: list[list[int]] = []
    b = 0
    for i in lone:
        while b < len(barriers) and barriers[b] < i:
            b += 1
        if chains and i - chains[-1][-1] <= 10 and not (b and barriers[b - 1] > chains[-1][-1]):
            chains[-1].append(i)
        else:
            chains.append([i])
    out = list(scores)
    comments_at = -1  # where readers' comments begin (comments_start), once asked
    for chain in chains:
        if len(chain) < 3 or _signed(lines, chain):
            continue
        if _under_header(lines, chain):
            if counts is None:  # counted once, and only for a chain under a header
                counts = text_counts(lines)
            if _told_in_parts(lines, chain, counts):
                continue
        # A paragraph many times longer than the chain's blurbs is no blurb: a story told in
        # one long paragraph among a box of teasers (its lines each alone) stays the story's.
        # Not below where comments begin: a long comment among short ones is a comment.
        typical = sorted(lines[i].words for i in chain)[len(chain) // 2]
        longest = max(_LONE_STORY_WORDS, _LONE_STORY_RATIO * typical)
        if comments_at < 0 and any(lines[i].words >= longest for i in chain):
            comments_at = comments_start(lines, barriers)
        for i in chain:
            if out[i] > 0 and (lines[i].words < longest or i > comments_at):
                # Under its own headline it is a teaser; between pictures it may be the story.
                headed = any(labels_blurb(lines[j]) for j in range(max(0, i - 2), i))
                out[i] *= 0.15 if headed else 0.5
    return out


def _lone_prose(lines: list[Line], prose: list[bool]) -> list[int]:
    """The prose lines (`prose`, per line) with no line saying something right above or under
    them (_says; a paragraph says something too). A picture's alt text printed again and again
    between paragraphs does not part them: lines printed so (chrome) are passed over.

    One walk over the lines, asking _says only of a line next to a paragraph: no list of
    what every line says, nor of the lines not passed over."""
    lone: list[int] = []
    above = -1  # the last line not passed over, if any
    above_said = False  # what it says, where known (a paragraph, or asked for the one above)
    above_known = False
    waiting = -1  # a paragraph with nothing said above it, waiting for the line under it
    for i in range(len(lines)):
        line = lines[i]
        if line.chrome:
            continue
        if prose[i]:
            # (the paragraph waiting, if any, has this one under it: not alone)
            if above < 0 or not (above_said if above_known else _says(lines[above])):
                waiting = i
            else:
                waiting = -1
            above, above_said, above_known = i, True, True
        elif waiting >= 0:
            said = _says(line)
            if not said:
                lone.append(waiting)
            waiting = -1
            above, above_said, above_known = i, said, True
        else:
            above, above_known = i, False
    if waiting >= 0:  # nothing under it
        lone.append(waiting)
    return lone


def _says(line: Line) -> bool:
    """A short sentence next to a paragraph ("Salah satunya adalah depresi.") keeps it
    company (as a paragraph does: see _lone_prose)."""
    return line.words >= 4 and line.text.endswith(".") and not line_chrome.is_promo(line.traits)


# How long a lone paragraph must run, in words and against the chain's middle one, to be the
# story's own rather than a teaser's blurb (see discount_lone_prose).
_LONE_STORY_WORDS: Final = 60
_LONE_STORY_RATIO: Final = 3

_PARTS_REACH: Final = 3  # lines from a story's byline or date down to its first part


def _under_header(lines: list[Line], chain: list[int]) -> bool:
    """A byline or a date within _PARTS_REACH lines above the chain's first paragraph, and
    none among its items (a stream of teasers dates each)."""
    first = chain[0]
    return any(
        headers.is_header_fact(lines[j]) for j in range(max(0, first - _PARTS_REACH), first)
    ) and not any(headers.is_header_fact(lines[j]) for j in range(first, chain[-1]))


def _told_in_parts(lines: list[Line], chain: list[int], counts: dict[str, int]) -> bool:
    """A chain of lone paragraphs under the story's header (_under_header) is the story told
    in parts ("My top 10": a name, then a paragraph; sections under subheads) unless the
    lines heading its later paragraphs are printed elsewhere on the page too: a teaser's
    headline repeated (twice over its picture, again in a sidebar). The first paragraph's
    heading is the story's headline, which pages repeat."""
    for i in chain[1:]:
        for j in range(max(0, i - 2), i):
            if not lines[j].bullet and counts[lines[j].text] > 1:
                return False
    return True


_LONG_GAP: Final = 15  # lines of a menu: more than a box inside a story takes
# A whole run of lines that weigh nothing, followed by one that does, as a pattern over one byte
# a line (1 where it weighs something: 0.0 < score). Tried only where a run starts (the
# look-behind): the leftmost match always starts there, and a run closing the page (which never
# matches) is given up once, not once per line in it. _menu_runs finds the same spans.
_MENU_RUN: Final = re.compile(rb"(?<!\x00)\x00{%d,}(?=\x01)" % _LONG_GAP)


def _menu_runs(scores: list[float]) -> list[tuple[int, int]]:
    """The spans _MENU_RUN finds over the scores' bytes, found by one compiled loop over the
    scores: no byte string (a call a line to make it) and no search."""
    runs: list[tuple[int, int]] = []
    start = -1  # where the run of weightless lines being read began, if one is
    for i, score in enumerate(scores):  # (compiled: a native loop over the list)
        if score > 0.0:
            # a line that weighs, closing the run before it, if any
            if start >= 0 and i - start >= _LONG_GAP:
                runs.append((start, i))
            start = -1
        elif start < 0:
            start = i
    return runs  # (a run closing the page has no line that weighs after it)


def _part_at_menus(lines: list[Line], scores: list[float]) -> list[float]:
    """A run of _LONG_GAP lines or more that weigh nothing and hold three words or fewer on
    average (a menu, a row of section links) parts the stretches on either side as a barrier
    does: a story pauses for a box of a few lines (see extend_across_inserts) or for a list of
    its own (items of some words), and one long paragraph beyond a whole menu is the footer's."""
    out = scores
    for start, end in _menu_runs(scores):
        if _words_between(lines, start, end) <= 3 * (end - start):
            if announced_table(lines, start, end) or _code_block(lines, start, end):
                continue
            if out is scores:
                out = list(scores)
            out[end - (end - start) // 2 - 1] = BARRIER
    return out


def _words_between(lines: list[Line], start: int, end: int) -> int:
    """The words of lines[start:end], summed in a compiled loop (no slice, list or sum call)."""
    words = 0
    for i in range(start, end):
        words += lines[i].words
    return words


# A line of program code: a brace, a semicolon or an equals sign, a tag, a call ("f(x)"), a
# quoted key ('"rel": "avatar"'); not an address alone (a query's "=": lynx's references).
# Each branch opens on one of a few characters, so that sre skips to them (the call's "(" is
# matched first, the word before it looked behind).
_CODE: Final = re.compile(r"[{};=]|</?[A-Za-z!]|\((?<=\w\()|\"[\w-]+\"\s*:")
_ADDRESS: Final = re.compile(r"^(?:\d+\. )?\S+://\S*$")


def _may_code(text: str) -> bool:
    """_CODE.search(text), asked only of a text holding a character one of its branches opens
    on ({ } ; = < ( or a double quote): a menu's words (most) hold none."""
    return (
        "{" in text or "}" in text or ";" in text or "=" in text or "<" in text or "(" in text
        or '"' in text
    ) and _CODE.search(text) is not None  # fmt: skip


_CODE_SAMPLE: Final = 24  # a run's first lines read for code: a listing is code from its top


def _code_block(lines: list[Line], start: int, end: int) -> bool:
    """Whether half the run's first lines or more (_CODE_SAMPLE) read as program code (_CODE): a
    listing in a technical story, printed a statement a line, whose lines weigh nothing but part
    no story. Only the first lines are read: a footer's run of links may be hundreds long."""
    stop = min(end, start + _CODE_SAMPLE)
    need = (stop - start + 1) // 2  # code lines for half the sample
    code = other = 0
    for line in lines[start:stop]:
        if not line.bullet and _may_code(line.text) and not _ADDRESS.match(line.text):
            code += 1
            if code >= need:
                return True
        else:
            other += 1
            if other > stop - start - need:
                return False  # too few lines left to make half: a menu, mostly
    return False


# A teaser's blurb cut short: an ellipsis ending the line, or followed by the teaser's picture
# (and the next teaser's headline glued on: "...are banned… [300x220] «Daily». Who ...").
_CUT_SHORT: Final = re.compile(r"(?:…|\.\.\.)(?:\s*\[[^\]]{0,80}\])*(?:$|\s*\[[^\]]{0,80}\]\s*\S)")
_CUT_GAP: Final = 4  # lines from one cut blurb to the next in a box of teasers


def _cut_short(text: str) -> bool:
    """Whether _CUT_SHORT finds a blurb cut short in the text. Past its ellipsis it matches
    nothing but pictures' brackets and the line's end (`$`: the end, or a newline ending the
    text): a text with no "[" (nearly all) matches it exactly where it ends on the ellipsis, with
    or without that newline, which one look at its last character settles for most."""
    if "[" in text:
        return ("…" in text or "..." in text) and _CUT_SHORT.search(text) is not None
    if not text:
        return False
    last = ord(text[-1])
    if last == 10:  # "\n"
        text = text[:-1]
        if not text:
            return False
        last = ord(text[-1])
    return last == 0x2026 or (last == 46 and text.endswith("..."))


def _discount_cut_teasers(lines: list[Line], scores: list[float]) -> list[float]:
    """A box of teasers whose blurbs are cut short: three lines or more cut with an ellipsis,
    each within _CUT_GAP lines of the last. Whatever its language, and whether or not its
    header is known, nothing from the first cut blurb to the last weighs in the story's
    favour: a story's paragraphs do not trail off again and again."""
    cuts = [i for i, line in enumerate(lines) if _cut_short(line.text)]
    if len(cuts) < 3:
        return scores
    chains: list[list[int]] = []
    for i in cuts:
        if chains and i - chains[-1][-1] <= _CUT_GAP:
            chains[-1].append(i)
        else:
            chains.append([i])
    out = scores
    for chain in chains:
        if len(chain) < 3:
            continue
        for i in range(chain[0], chain[-1] + 1):
            if out[i] > 0:
                if out is scores:
                    out = list(scores)
                out[i] = -2.0
    return out


def _anchor_headers(
    lines: list[Line], scores: list[float], facts: list[bool] | None = None
) -> list[float]:
    """A story's header (its headline, then a byline or a date) is where it begins: nothing
    above joins it (a comments policy, a ticker, another story's blurb), and the next header
    below (the next entry of a stream of stories, each under its own headline and time) ends
    it. Each such headline parts the stretches on either side as a barrier does."""
    heads = headers.headlines(lines, facts=facts)
    if not heads:
        return scores
    out = list(scores)
    for i in heads:
        if not _in_box(lines, i):
            out[i] = BARRIER
    return out


def _part_stream(
    lines: list[Line], scores: list[float], facts: list[bool] | None = None
) -> list[float]:
    """A stream of whole stories parted at each headline (a barrier); the page's own story is
    the first, so the stories after it weigh a fifth (the heaviest is not the page's)."""
    heads = headers.stream_heads(lines, facts)
    if not heads:
        return scores
    out = list(scores)
    for i in heads:
        out[i] = BARRIER
    for i in range(heads[1], len(out)):
        if out[i] > 0:
            out[i] *= 0.2
    return out


# Lines an insert inside the body may take ("Related articles" and its links).
MAX_INSERT: Final = 10


def _in_box(lines: list[Line], i: int) -> bool:
    """Whether lines[i] stands in a box of teasers under its own header ("Read also"), with no
    paragraph between: the box's rules weigh those (discount_boxes, extend_across_inserts)."""
    for above in reversed(lines[max(0, i - MAX_INSERT) : i]):
        if line_marks.marks(above) & (line_marks.INSERT | line_marks.LIST):
            return True
        if is_prose(above):
            return False
    return False


# A short line a footer's words made a barrier (line_score) that heads a section of the story
# instead ("DMCA Copyright Infringement Claim", "Privacy Policy" in a site's terms): none of a
# footer's own signs (a ©, a year, "all rights reserved"), a paragraph of the story's right above
# it, two in a row under it.
_FOOTER_SIGNS: Final = re.compile(r"©|\(c\)|\b(?:1[89]|2[01])\d\d\b|rights reserved", re.I)
_LEAD_WORDS: Final = 20  # words of the story's paragraph right above such a heading
_RESUME_REACH: Final = 8  # lines under it the story's next two paragraphs are looked for in
_HEADING: Final = -2.0  # a sub-heading's weight


def _footer_heading(line: Line) -> bool:
    return line.words < 8 and line_chrome.is_footer(line.traits) and not _footer_signs(line.text)


def _footer_signs(text: str) -> bool:
    """_FOOTER_SIGNS.search(text), asked only of a text holding a character or the words one
    of its branches needs: "©", "(" (of "(c)"), a "1" or "2" (a year's first figure: ASCII in
    the pattern), or "rights reserved" as line_chrome.may_hold reads it case-blind (with the
    letters sre folds). "Privacy Policy", "Terms of Use" hold none."""
    if not (
        "©" in text
        or "(" in text
        or "1" in text
        or "2" in text
        or line_chrome.may_hold(text, _RESERVED)
    ):
        return False
    return _FOOTER_SIGNS.search(text) is not None


_RESERVED: Final = ("rights reserved",)


def _story_goes_on(lines: list[Line], scores: list[float], at: int) -> bool:
    """Two paragraphs in a row (no list items) within _RESUME_REACH lines under `at`, no
    barrier before them."""
    for j in range(at + 1, min(len(lines) - 1, at + _RESUME_REACH)):
        if scores[j] <= BARRIER or scores[j + 1] <= BARRIER:
            return False
        if all(scores[k] >= PARAGRAPH and not lines[k].bullet for k in (j, j + 1)):
            return True
    return False


def footer_words_inside_story(lines: list[Line], scores: list[float]) -> list[float]:
    """A heading that says a footer's words (_footer_heading: "Copyright Infringement Claims",
    "Terms of Use", "Privacy Policy") standing between the story's paragraphs, one of 20 words
    or more right above it (past an advert's label or a picture: past_aside) and two in a row
    under it, is a sub-heading of the text (a site's terms, an about page), no barrier. The
    page's own footer says "©", a year or "all rights reserved", or has no run of the story's
    paragraphs under it. After the page's headers are anchored: a barrier between stops it."""
    out = scores
    for i, line in enumerate(lines):
        if scores[i] != BARRIER or not _footer_heading(line):
            continue
        k = past_aside(lines, i, -1, is_prose, credits=False)
        if k is None or lines[k].words < _LEAD_WORDS or scores[k] < PARAGRAPH or lines[k].bullet:
            continue
        if _story_goes_on(lines, scores, i):
            if out is scores:
                out = list(scores)
            out[i] = _HEADING
    return out


def weigh(
    lines: list[Line],
    scores: list[float],
    marked: line_marks.Marked | None = None,
    counts: dict[str, int] | None = None,
    facts: list[bool] | None = None,
) -> list[float]:
    """The lines' scores with the page's context: boxes of other stories, lone blurbs of a
    teaser list, boxes of cut blurbs and long menus weigh less, a story's header parts the
    page, and a heading with a footer's words inside the story does not (see each). Both the
    choice of the stretch and its growth across inserts read these, so that neither takes a
    teaser list for the story. `marked`: as for discount_boxes; `counts`: how often each text
    is printed on the page (lines.text_counts), if the caller has it; `facts`: the lines'
    header facts (headers.header_facts), likewise."""
    scores = discount_lone_prose(lines, discount_boxes(lines, scores, marked), counts)
    # The lines' bylines and dates, found once for both walks over the page's headers.
    if facts is None:
        facts = headers.header_facts(lines)
    scores = _part_at_menus(lines, _discount_cut_teasers(lines, scores))
    scores = count_story_tables(lines, scores)
    scores = ending_inside_story(lines, scores)
    scores = _anchor_headers(lines, scores, facts)
    scores = _part_stream(lines, scores, headers.stream_facts(lines, facts))
    scores = footer_words_inside_story(lines, scores)
    # A thread of readers' comments below the story parts it from the story as a barrier does.
    thread = thread_start(lines)
    if thread is not None:
        scores[thread] = BARRIER
    return scores
