"""Where the story is in a page of lines.

Each line scores by its shape (long prose gains, menus and chrome cost, list headers are
barriers) and the best-scoring contiguous stretch wins (the maximum-subarray idea of Body Text
Extraction), less teaser lists and readers' comments; a story's header parts the page. The
chosen stretch then grows across boxes dropped into the story and over a list the story closes
on (growth.py); when it gave no story, rescue_region looks for a run of prose elsewhere.
"""

from __future__ import annotations

import re
from functools import partial
from operator import lt
from typing import Final

from newsdesk.extract import facts
from newsdesk.extract.dates import parse_absolute
from newsdesk.extract.text import captions, headers, line_chrome, line_marks, line_prose, shapes
from newsdesk.extract.text.line_prose import is_prose
from newsdesk.extract.text.lines import Line, Traits, text_counts, traits_of

# Final: compiled, read as constants (here and where imported), not looked up by name.
_BARRIER: Final = -60.0
_RULE: Final = -30.0  # a drawn rule mostly ends a story; a long story may still run across one
# Where the page moves on from the story to its neighbours or its home page: the links to the
# previous and next posts ("« Previous Next »", "Article précédent", "Nächster Beitrag") or
# back to the front page ("Zur Startseite"), alone on a line. English, French, Spanish,
# Portuguese, German, Italian, Dutch.
POST_NAVIGATION: Final = re.compile(
    r"^\W{0,3}(?:(?:previous|prev|next|older|newer) (?:post|article|story|entry)"
    r"|(?:previous|prev)\W+next|(?:article|billet) (?:précédent|suivant)"
    r"|(?:artículo|entrada|noticia) (?:anterior|siguiente)"
    r"|(?:artigo|notícia) (?:anterior|seguinte)|(?:vorherige[rs]?|nächste[rs]?) (?:artikel|beitrag)"
    r"|(?:articolo|post) (?:precedente|successivo)"
    r"|(?:vorig|volgend) artikel|zur startseite|back to (?:the )?home(?: ?page)?"
    r"|retour à l'accueil|volver a (?:la )?portada|torna alla home(?:page)?"
    r"|terug naar (?:de )?home(?:page)?|voltar (?:à|para a) página inicial)\W*$",
    re.I,
)

# A box of the site's picks under its name ("DW recommends", "Recommends", "Unsere
# Empfehlungen", "Die Redaktion empfiehlt"): a list of other stories, as line_marks.LIST_HEADERS
# are. Asked of lines of three words or fewer only (the name leads, so the marks' gate
# cannot take it).
RECOMMENDS: Final = re.compile(r"(?:\brecommends|\bempfiehlt|\bempfehlungen)\W*$", re.I)
_RECOMMENDS_KEYS: Final = ("recommends", "empf")  # what it cannot match without


def line_score(line: Line) -> float:
    """How much a line looks like the story's prose (positive) or like the page around it."""
    traits = line.traits
    parts = traits.score
    if parts is None:
        parts = traits.score = _score_parts(traits)
    settled, plain, bulleted = parts
    if settled is not None:
        return settled
    if line.chrome:  # recurs across the site's captures, or printed again and again
        return -6.0
    return bulleted if line.bullet else plain


def line_score_parts(traits: Traits) -> tuple[float | None, float, float]:
    """_score_parts of a text, worked out once (kept on its Traits)."""
    parts = traits.score
    if parts is None:
        parts = traits.score = _score_parts(traits)
    return parts


def _score_parts(traits: Traits) -> tuple[float | None, float, float]:
    """The score a text settles whatever its line (a rule, a list header, a footer), else its
    score as a plain line and as a list item: worked out once per text (see Traits).

    The facts are read off the Traits where the page scan settled them (page_scan.py: most
    lines) and asked of shapes.py only where not: a field read, not a call, for each."""
    text, words = traits.text, traits.words
    marks = traits.marks
    if marks is None:
        marks = line_marks.marks_of(traits)
    if marks & line_marks.IMAGE:
        return -2.0, 0.0, 0.0
    if marks & line_marks.RULED:
        return _RULE, 0.0, 0.0
    if words < 8:
        if marks & line_marks.INSERT:
            return -4.0, 0.0, 0.0
        if marks & (line_marks.LIST | line_marks.CONTINUE) or POST_NAVIGATION.match(text):
            return _BARRIER, 0.0, 0.0
        if words <= 3 and line_chrome.may_hold(text, _RECOMMENDS_KEYS) and RECOMMENDS.search(text):
            return _BARRIER, 0.0, 0.0
        footer = traits.footer
        if footer if footer is not None else line_chrome.is_footer(traits):
            return _BARRIER, 0.0, 0.0
    if words < 16:
        if marks & line_marks.LIST:  # a list header naming where from ("Latest in « Sport » :")
            return _BARRIER, 0.0, 0.0
        comments = traits.comments
        if comments if comments is not None else line_chrome.starts_comments(traits):
            return _BARRIER, 0.0, 0.0
    score = _unsettled_score(traits, marks)
    if score is not None:
        return None, score, score
    prose = traits.prose
    if prose is None:
        prose = traits.prose = line_prose.is_prose_text(text, words)
    if prose:
        weight = float(min(words, 120))
        if words >= 40 and line_prose.is_unfinished(text):
            weight *= 0.3  # headlines glued into one line: weighs less
        return None, weight, weight * 0.5
    chrome = traits.chrome
    if chrome is None:
        chrome = traits.chrome = line_chrome.chrome_text(traits)
    if chrome:
        return None, -4.0, -4.0
    return None, 1.0 if line_prose.ends_sentence(text) and words >= 3 else -2.0, -4.0


def _unsettled_score(traits: Traits, marks: int) -> float | None:
    """The score of a text that is no prose whether or not it is a list item."""
    text, words = traits.text, traits.words
    if marks & line_marks.EMBEDDED:
        return -6.0
    if marks & line_marks.SHARE:
        return _RULE  # a share bar mostly closes a story, as a drawn rule does
    if words < 80:
        consent = traits.consent
        if consent if consent is not None else line_chrome.is_consent(traits):
            return -10.0
    if words >= 12 and shapes.is_timed_feed(text, words):
        return -4.0  # the site's latest headlines, not a paragraph however long
    glue = traits.glue
    if (
        (glue is not False and shapes.is_glued_teaser(text, glue))
        or (words <= 15 and text.endswith(("…", "...")))
        or (words >= 8 and shapes.repeats_headline(text))
    ):
        # A teaser: its headline glued to its blurb or printed twice, or cut short with an
        # ellipsis.
        return -3.0
    if words < 30:
        promo = traits.promo
        # A call to follow or subscribe is a short line; a long paragraph that ends on one
        # ("... Follow him on Instagram to watch.") is still the story's.
        if promo if promo is not None else line_chrome.is_promo(traits):
            return -6.0
    elif words < 80 and line_chrome.is_long_promo(traits):
        return -6.0  # the site's terms for its newsletters, however long
    return None


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
        while j < len(lines) and out[j] > _BARRIER:
            if line_prose.is_paragraph(lines[j]) and _paragraph_follows(lines, j):
                break  # the story again
            out[j] = min(out[j], -2.0)
            j += 1
    return out


_ASIDE_LINES: Final = 2  # an advert's label and a picture's line between two paragraphs


def _paragraph_follows(lines: list[Line], j: int) -> bool:
    """Whether another paragraph follows the one at `j`, with at most _ASIDE_LINES lines of
    the page's chrome between (an advert's label, a picture's placeholder or credit): a box's
    blurbs stand each under its own headline, a story's paragraphs one after another."""
    for k in range(j + 1, min(len(lines), j + 2 + _ASIDE_LINES)):
        line = lines[k]
        if line_prose.is_paragraph(line):
            return True
        if not (line.chrome or line_chrome.is_chrome(line) or captions.caption_credit(line.text)):
            return False
    return False


def best_region(scores: list[float]) -> tuple[int, int] | None:
    """[start, end) of the maximum-sum contiguous stretch; None if nothing scores above zero.

    A barrier (a list header, a footer) ends any stretch: the article never runs across one.
    """
    best, best_span = 0.0, None
    total, start = 0.0, 0
    for i, s in enumerate(scores):
        if s <= _BARRIER:
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
        masked[span[0] : span[1]] = [_BARRIER] * (span[1] - span[0])
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
        if facts.BYLINE.match(line.text) or shapes.date_of(line, fallback=False):
            return True
        if line.words <= 14 and parse_absolute(line.text):  # "21/06/2014 Tony Carter, Books"
            return True
    return False


def labels_blurb(line: Line) -> bool:
    """A headline or a byline over a blurb (not a picture's caption, not a menu item)."""
    return (
        1 <= line.words <= 20
        and not line.chrome  # printed again and again (a picture's alt text): not a headline
        and not line_prose.is_paragraph(line)
        and not line_chrome.is_chrome(line)
        and not captions.caption_credit(line.text)
    )


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
    # A short sentence next to a paragraph ("Salah satunya adalah depresi.") keeps it company.
    said = [p or (line.words >= 4 and line.text.endswith(".")
                  and not line_chrome.is_promo(line.traits))
            for p, line in zip(prose, lines, strict=True)]  # fmt: skip
    # A picture's alt text printed again and again between paragraphs does not part them.
    shown = [i for i, line in enumerate(lines) if not line.chrome]
    lone = [
        i
        for n, i in enumerate(shown)
        if prose[i]
        and not (n > 0 and said[shown[n - 1]])
        and not (n + 1 < len(shown) and said[shown[n + 1]])
    ]
    # Where readers' comments begin parts the chains on either side: a story's one paragraph
    # above a comment thread does not join its comments' lone lines. (A list header does not:
    # teasers above and below one are teasers alike.)
    barriers = _comment_markers(lines)
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
    comments_at = -1  # where readers' comments begin (_comments_start), once asked
    for chain in chains:
        if len(chain) < 3:
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
            comments_at = _comments_start(lines, barriers)
        for i in chain:
            if out[i] > 0 and (lines[i].words < longest or i > comments_at):
                # Under its own headline it is a teaser; between pictures it may be the story.
                headed = any(labels_blurb(lines[j]) for j in range(max(0, i - 2), i))
                out[i] *= 0.15 if headed else 0.5
    return out


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


_COMMENTS_NEAR: Final = 40  # lines above a comments marker in which the story's prose stands


def _comments_start(lines: list[Line], markers: list[int]) -> int:
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


_LONG_GAP: Final = 15  # lines of a menu: more than a box inside a story takes
# A whole run of lines that weigh nothing, followed by one that does. Tried only where a run
# starts (the look-behind): the leftmost match always starts there, and a run closing the page
# (which never matches) is given up once, not once per line in it.
_MENU_RUN: Final = re.compile(rb"(?<!\x00)\x00{%d,}(?=\x01)" % _LONG_GAP)
_WEIGHS: Final = partial(lt, 0.0)  # 0.0 < score


def _part_at_menus(lines: list[Line], scores: list[float]) -> list[float]:
    """A run of _LONG_GAP lines or more that weigh nothing and hold three words or fewer on
    average (a menu, a row of section links) parts the stretches on either side as a barrier
    does: a story pauses for a box of a few lines (see extend_across_inserts) or for a list of
    its own (items of some words), and one long paragraph beyond a whole menu is the footer's."""
    out = scores
    # The runs found in C: one byte a line (1 where it weighs something), then a search.
    weighs = bytes(map(_WEIGHS, scores))
    for run in _MENU_RUN.finditer(weighs):
        start, end = run.span()
        if sum([line.words for line in lines[start:end]]) <= 3 * (end - start):
            if out is scores:
                out = list(scores)
            out[end - (end - start) // 2 - 1] = _BARRIER
    return out


# A teaser's blurb cut short: an ellipsis ending the line, or followed by the teaser's picture
# (and the next teaser's headline glued on: "...are banned… [300x220] «Daily». Who ...").
_CUT_SHORT: Final = re.compile(r"(?:…|\.\.\.)(?:\s*\[[^\]]{0,80}\])*(?:$|\s*\[[^\]]{0,80}\]\s*\S)")
_CUT_GAP: Final = 4  # lines from one cut blurb to the next in a box of teasers


def _discount_cut_teasers(lines: list[Line], scores: list[float]) -> list[float]:
    """A box of teasers whose blurbs are cut short: three lines or more cut with an ellipsis,
    each within _CUT_GAP lines of the last. Whatever its language, and whether or not its
    header is known, nothing from the first cut blurb to the last weighs in the story's
    favour: a story's paragraphs do not trail off again and again."""
    cuts = [
        i
        for i, line in enumerate(lines)
        if ("…" in line.text or "..." in line.text) and _CUT_SHORT.search(line.text)
    ]
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
            out[i] = _BARRIER
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
        out[i] = _BARRIER
    for i in range(heads[1], len(out)):
        if out[i] > 0:
            out[i] *= 0.2
    return out


def _in_box(lines: list[Line], i: int) -> bool:
    """Whether lines[i] stands in a box of teasers under its own header ("Read also"), with no
    paragraph between: the box's rules weigh those (discount_boxes, extend_across_inserts)."""
    for above in reversed(lines[max(0, i - _MAX_INSERT) : i]):
        if line_marks.marks(above) & (line_marks.INSERT | line_marks.LIST):
            return True
        if is_prose(above):
            return False
    return False


def weigh(
    lines: list[Line],
    scores: list[float],
    marked: line_marks.Marked | None = None,
    counts: dict[str, int] | None = None,
) -> list[float]:
    """The lines' scores with the page's context: boxes of other stories, lone blurbs of a
    teaser list, boxes of cut blurbs and long menus weigh less, and a story's header parts
    the page (see each). Both the choice of the stretch and its growth across inserts read
    these, so that neither takes a teaser list for the story. `marked`: as for
    discount_boxes; `counts`: how often each text is printed on the page (lines.text_counts),
    if the caller has it."""
    scores = discount_lone_prose(lines, discount_boxes(lines, scores, marked), counts)
    # The lines' bylines and dates, found once for both walks over the page's headers.
    facts = headers.header_facts(lines)
    scores = _part_at_menus(lines, _discount_cut_teasers(lines, scores))
    scores = _anchor_headers(lines, scores, facts)
    scores = _part_stream(lines, scores, headers.stream_facts(lines, facts))
    # A thread of readers' comments below the story parts it from the story as a barrier does.
    thread = thread_start(lines)
    if thread is not None:
        scores[thread] = _BARRIER
    return scores


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
    comments_at = _comments_at(lines)
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


def _comment_markers(lines: list[Line]) -> list[int]:
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
    ]


def _comments_at(lines: list[Line]) -> int:
    """Where readers' comments (or the page's notes on the story) begin, else the page's end."""
    markers = _comment_markers(lines)
    # A marker in the menus above any prose ("About us"), or in the header under a standfirst
    # (a link to the comments), is not where comments begin: some of the story comes first.
    at = _comments_start(lines, markers)
    thread = thread_start(lines)
    return at if thread is None else min(at, thread)


# How far apart (in lines) the lines of a comment thread's own may stand: a comment of a few
# paragraphs under its name and time, then its row of actions.
_THREAD_GAP: Final = 15
_THREAD_STORY: Final = 60  # words of the story's prose above a thread: a story precedes it


# The page whose thread was last asked for, and the answer: weigh, choose_region and
# stretch_value each ask it of the same page (one tuple, replaced whole; the answer reads only
# the lines' texts, which never change).
_LAST_THREAD: Final[list[tuple[list[Line], int | None]]] = [([], None)]


def thread_start(lines: list[Line]) -> int | None:
    """_find_thread's answer for the page, worked out once."""
    seen, found = _LAST_THREAD[0]
    if seen is lines:
        return found
    found = _find_thread(lines)
    _LAST_THREAD[0] = (lines, found)
    return found


def _find_thread(lines: list[Line]) -> int | None:
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
    return _value(lines, scores, span, _comments_at(lines))


# Lines an insert inside the body may take ("Related articles" and its links).
_MAX_INSERT: Final = 10


def is_story_prose(line: Line) -> bool:
    """Prose that is not the page talking (a cookie banner, a call to subscribe)."""
    traits = line.traits
    return (
        is_prose(line) and not line_chrome.is_consent(traits) and not line_chrome.is_promo(traits)
    )


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
        float(min(line.words, 120)) if said else (s if s <= _BARRIER else -2.0)
        for line, said, s in zip(lines, story, raw, strict=True)
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
