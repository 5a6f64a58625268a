"""The article's headline chosen by general signals, not by the header walk's shapes alone.

The header walk (meta.read_header) climbs from the body line by line and takes the first line
no rule passes; where the header holds something no rule foresaw (a poll's buttons, a caption
under the facts, a label in another language) it takes that, or nothing. Here every line near
the body's start (ABOVE lines over it, BELOW lines into it) is a candidate, scored on signals
any headline shows:

- its shape: title-like (no final stop, a title's length, capitalised), no list item (but a
  trail's last step, where a page prints its headline: _trail_end), no label, trail, share
  bar, caption or name, no lead-in ending with a colon, no words of the site's machinery (a
  form's, a player's), no full date (the header's facts);
- its place: near the body, the first line under a list of links (the menus' end), a header's
  fact (byline, date) right under or over it, set in from the body;
- what it says: the words of the body's first lines (a headline names what the story tells),
  the same text printed again on the page (a page title, a trail's last step, a share link);
- the walk's own choice, a signal among the others.

The score is a weighted sum of those signals (WEIGHTS: a conditional logit fitted once over the
candidates of the studied pages, the HTML reader's title as the answer, then rounded). The best
candidate is the headline where it scores MARGIN over the walk's choice or more (or the walk
found none); else the walk's choice stands.

Cost: a few dozen candidates a page, each a handful of pattern tests (the label and name tests
the walk asks too) and its words looked up in the body's first lines; the page's print counts
and header facts are the reader's (read.py finds them once for the whole page).
"""

from __future__ import annotations

from typing import Final

from newsdesk.extract import facts
from newsdesk.extract.text import captions, line_marks, line_prose
from newsdesk.extract.text.headline import has_words, is_chrome_label, is_trail, title_candidate
from newsdesk.extract.text.lines import Line
from newsdesk.extract.text.title_signals import (
    TOKEN_CHARS,
    UNSPACED,
    credited,
    dated,
    folded_tokens,
    form,
    in_run,
    machinery,
    marked,
    stands,
    tokens,
    told,
)

ABOVE: Final = 80  # lines over the body's start a candidate may stand at most
BELOW: Final = 4  # lines of the body's head a candidate may stand in
_TOP: Final = 3  # the page's first lines, where a page title is printed
_BODY_LINES: Final = 8  # lines of the body whose words a headline may repeat
_BODY_CHARS: Final = 300  # characters of each of those lines read
_MAX_WORDS: Final = 40  # words of a candidate at most
_SAID_WORDS: Final = 4  # words of the body's a headline says, counted up to
_ECHO_CHARS: Final = 12  # characters of a text another line may print again, at least
_ASKS: Final = ("?", "!", "?”", '?"')  # a headline may end as a question or a call


FEATURES: Final = (
    "walk",  # the header walk's choice
    "inside",  # in the body's head, not over it
    "distance",  # lines from the body's start (1 at ABOVE)
    "stop",  # ends with a sentence's stop (not a question's)
    "short",  # two words or fewer
    "long",  # over twenty words
    "chrome",  # recurs across the site's captures, or holds a chrome word
    "fact_below",  # a byline or date within three lines under it
    "fact_above",  # a byline or date within two lines over it
    "after_list",  # the first line under a list item, only short lines between
    "again",  # the same text printed elsewhere on the page
    "colon",  # ends with a colon: a lead-in, a label
    "near",  # two or three lines over the body's start
    "indent",  # set in otherwise than the body's first line
    "caps",  # in capitals
    "top",  # printed in the page's first lines (a page title: "<headline> | <site>")
    "mid",  # four to fifteen words
    "said",  # words the body's first lines say (_SAID_WORDS at most, scaled to 1)
    "echo",  # printed again inside a longer candidate (a trail's step, a labelled link)
    "told",  # a sentence's stop inside it
    "reprinted",  # printed again in the body's first lines (a standfirst, a caption)
    "fact",  # a header's fact itself: a byline, a date
    # The dear signals (pattern tests), asked only of candidates that may still win:
    "title_like",  # headline.title_candidate, words of letters
    "label",  # a button's label, a trail, a share bar, a picture's line, a credited caption or
    # a form's controls
    "teaser",  # one of a run printed alike (a picture's mark, a title, a date, again and again)
    "machinery",  # two words or more of the site's machinery (_MACHINERY): a form's, a player's,
    # a widget's line ("Search in user portfolios:", "Field input is required")
    "credited",  # a sentence closed by a credit in brackets: a picture's caption ("... (Agency)")
    "dated",  # a full date inside, or opening on "Published": the header's facts, or an issue's
    "marked",  # opening on a nested list item's mark no line takes for a bullet (_NESTED_MARK)
)
# Fitted over the studied pages' candidates (conditional logit, L2 1.0), rounded to quarters.
# (Not Final: mypyc's compiled reads of a Final tuple of floats found it unset, at import and in
# a loop over it.)
WEIGHTS: tuple[float, ...] = (
    1.5,  # walk
    -1.5,  # inside
    -1.75,  # distance
    -0.5,  # stop
    0.5,  # short
    -1.75,  # long
    0.5,  # chrome
    1.75,  # fact_below
    0.5,  # fact_above
    0.75,  # after_list
    0.75,  # again
    -0.75,  # colon
    0.5,  # near
    1.25,  # indent
    0.5,  # caps
    0.75,  # top
    1.0,  # mid
    4.5,  # said
    1.0,  # echo
    -0.5,  # told
    -0.75,  # reprinted
    -1.25,  # fact
    1.0,  # title_like
    -1.75,  # label
    -1.5,  # teaser
    -4.5,  # machinery (set over the fitted weights above, mid-plateau: see the CHANGELOG)
    -4.5,  # credited
    -1.5,  # dated (as little as wins them all: a headline may name a date)
    -3.5,  # marked
)
MARGIN: Final = 1.0  # the score over the walk's choice another candidate needs to be taken
_DEAR: Final = FEATURES.index("title_like")  # the first dear signal
_VETO: Final = FEATURES.index("machinery")  # the first of the dear signals that weigh against
_ECHO: Final = FEATURES.index("echo")
_REPRINTED: Final = FEATURES.index("reprinted")
_STOP: Final = FEATURES.index("stop")
_TOLD: Final = FEATURES.index("told")
_WALK: Final = FEATURES.index("walk")
_INSIDE: Final = FEATURES.index("inside")
_DISTANCE: Final = FEATURES.index("distance")
_SHORT: Final = FEATURES.index("short")
_LONG: Final = FEATURES.index("long")
_CHROME: Final = FEATURES.index("chrome")
_FACT_BELOW: Final = FEATURES.index("fact_below")
_FACT_ABOVE: Final = FEATURES.index("fact_above")
_AFTER_LIST: Final = FEATURES.index("after_list")
_AGAIN: Final = FEATURES.index("again")
_COLON: Final = FEATURES.index("colon")
_NEAR: Final = FEATURES.index("near")
_INDENT: Final = FEATURES.index("indent")
_CAPS: Final = FEATURES.index("caps")
_TOP_PRINTED: Final = FEATURES.index("top")
_MID: Final = FEATURES.index("mid")
_FACT: Final = FEATURES.index("fact")
# Every signal 0: the light signals' list starts as a copy (see _light).
_NO_SIGNALS: Final = [0.0] * len(FEATURES)
_SAID: Final = FEATURES.index("said")
# What said may add to a score at most (a slice: mypyc reads a Final tuple's item by a Final
# index at import before the tuple is set).
_SAID_MOST: Final = sum(max(0.0, w) for w in WEIGHTS[_SAID : _SAID + 1])
# What the dear signals may add to a candidate's score at most.
_DEAR_MOST: Final = sum(max(0.0, w) for w in WEIGHTS[_DEAR:])
# What the last of them (machinery, credited, dated, marked: vetoes, weighed below 0) may add.
_VETO_MOST: Final = sum(max(0.0, w) for w in WEIGHTS[_VETO:])


def _dear(lines: list[Line], i: int, signals: list[float], limit: float = -1e9) -> bool:
    """Sets the dear signals of candidate line `i` but the vetoes (title_like, label, teaser),
    the cheap first; False as soon as the score falls below `limit`: the rest weigh against a
    candidate (label, teaser, the vetoes), so it can no longer reach it."""
    line = lines[i]
    text = line.text
    signals[_DEAR] = float(bool(title_candidate(line)) and has_words(text))
    if score(signals) < limit:
        return False
    signals[_DEAR + 2] = float(in_run(lines, i))
    if signals[_DEAR + 2] and score(signals) < limit:
        return False
    signals[_DEAR + 1] = float(
        bool(
            is_chrome_label(text)
            or is_trail(text)
            or facts.is_share_bar(text)
            or captions.picture_line(text)
            or captions.caption_credit(text)
            or form(text)
        )
    )
    return score(signals) >= limit


def _vetoes(text: str, signals: list[float]) -> None:
    """Sets the vetoes of a candidate line of this text (machinery, credited, dated, marked)."""
    signals[_VETO] = float(machinery(text))
    signals[_VETO + 1] = float(credited(text))
    signals[_VETO + 2] = float(dated(text))
    signals[_VETO + 3] = float(marked(text))


class _Page:
    """What the signals of every candidate read off the page once: the body's words, how
    often each text is printed, the page's first lines, the header's facts near the body."""

    def __init__(
        self,
        lines: list[Line],
        start: int,
        end: int,
        top: int,
        printed: dict[str, int],
        facts: list[bool],
    ) -> None:
        self.start = start
        body = lines[start : min(end, start + _BODY_LINES)]
        self.body_folded = [line.text[:_BODY_CHARS].casefold() for line in body]
        # (all of them in one text, parted by a character no word holds: what no body line
        # holds, this does not hold either)
        self.body_joined = "\n".join(self.body_folded)
        # Where no body line is written without spaces (nearly every page), their words are
        # looked up in their text (says); else read off each line once (words_but).
        self.spaced = all(f.isascii() or UNSPACED.search(f) is None for f in self.body_folded)
        self.body_tokens = [] if self.spaced else [folded_tokens(f) for f in self.body_folded]
        self.printed = printed
        self.top_folded = [line.text.casefold() for line in lines[:_TOP]]
        low = max(0, top - 2)
        self.low = low
        high = min(len(lines), end, start + BELOW + 3)  # (the facts under the last candidate)
        self.facts = facts[low:high]
        self.body_indent = lines[start].indent if start < len(lines) else 0

    def says(self, words: set[str], i: int) -> int:
        """How many of line `i`'s words (`words`) the body's first lines but line `i` say,
        _SAID_WORDS at most: len(words & self.words_but(i)) so capped, where the body is
        spaced. Each of their words is a run of word characters of TOKEN_CHARS or more
        (title_signals.long_words): a token is one of them where it stands whole in their text
        (no word character either side); a token shorter (a pair of characters) is none."""
        at = i - self.start
        if 0 <= at < len(self.body_folded):
            texts = [f for k, f in enumerate(self.body_folded) if k != at]
        else:
            texts = [self.body_joined]
        count = 0
        for token in words:
            if len(token) >= TOKEN_CHARS and any(stands(text, token) for text in texts):
                count += 1
                if count == _SAID_WORDS:
                    break
        return count

    def words_but(self, i: int) -> set[str]:
        """The words of the body's first lines but line `i`'s (of a body not spaced)."""
        out: set[str] = set()
        for k, line_words in enumerate(self.body_tokens):
            if self.start + k != i:
                out |= line_words
        return out

    def fact(self, k: int) -> bool:
        """Whether line `k` (near the body) is a header's fact (headers.is_header_fact)."""
        at = k - self.low
        return 0 <= at < len(self.facts) and self.facts[at]

    def any_fact(self, first: int, stop: int) -> bool:
        """Whether a line from `first` up to `stop` (near the body) is a header's fact."""
        facts = self.facts
        for at in range(max(0, first - self.low), min(len(facts), stop - self.low)):
            if facts[at]:
                return True
        return False


def _light(
    lines: list[Line], i: int, start: int, walk: int | None, page: _Page, folded: str
) -> list[float]:
    """The light signals of line `i` as a candidate headline (FEATURES in order; said and the
    dear ones left 0, echo set by the caller, which sees all candidates; stop, told and
    reprinted left 0 too, set by _against once the candidate may win). `folded`: its text
    case folded."""
    line = lines[i]
    text = line.text
    words = line.words
    after_list = False
    for k in range(i - 1, max(-1, i - 3), -1):
        if lines[k].bullet:
            after_list = True
            break
        if lines[k].words > 3:
            break
    # (a copy of boxed zeros: only the signals set are boxed anew, most of them 0)
    signals = list(_NO_SIGNALS)
    if i == walk:
        signals[_WALK] = 1.0
    if i >= start:
        signals[_INSIDE] = 1.0
    signals[_DISTANCE] = min(abs(start - i), ABOVE) / ABOVE
    if words <= 2:
        signals[_SHORT] = 1.0
    if words > 20:
        signals[_LONG] = 1.0
    if line.chrome or line_marks.marks(line) & line_marks.CHROME_WORD:
        signals[_CHROME] = 1.0
    if page.any_fact(i + 1, i + 4):
        signals[_FACT_BELOW] = 1.0
    if page.any_fact(max(0, i - 2), i):
        signals[_FACT_ABOVE] = 1.0
    if after_list:
        signals[_AFTER_LIST] = 1.0
    if page.printed.get(text, 0) > 1:
        signals[_AGAIN] = 1.0
    if text.endswith((":", "：")):
        signals[_COLON] = 1.0
    if start - 3 <= i < start - 1:
        signals[_NEAR] = 1.0
    if line.indent != page.body_indent:
        signals[_INDENT] = 1.0
    if text.isupper():
        signals[_CAPS] = 1.0
    if words >= 3 and any(folded in top for top in page.top_folded[: min(_TOP, i)]):
        signals[_TOP_PRINTED] = 1.0
    if 4 <= words <= 15:
        signals[_MID] = 1.0
    if page.fact(i):
        signals[_FACT] = 1.0
    return signals


# The light signals _against sets weigh against a candidate: the score without them bounds the
# score with them.
assert all(WEIGHTS[k] < 0.0 for k in (_STOP, _TOLD, _REPRINTED))


def _against(
    lines: list[Line], i: int, start: int, page: _Page, folded: str, signals: list[float]
) -> None:
    """Sets the light signals that weigh against candidate line `i` (stop, told, reprinted: a
    sentence's shape, one printed in the body's first lines), asked only of a candidate that
    may still win. `folded`: its text case folded."""
    text = lines[i].text
    signals[_STOP] = float(bool(line_prose.ends_sentence(text)) and not text.endswith(_ASKS))
    signals[_TOLD] = float(told(text))
    signals[_REPRINTED] = float(
        len(folded) >= _ECHO_CHARS
        and folded in page.body_joined
        and any(start + k != i and folded in body for k, body in enumerate(page.body_folded))
    )


def _said(lines: list[Line], i: int, start: int, page: _Page, signals: list[float]) -> None:
    """Sets the said signal of candidate line `i`: the words of the body's first lines (its own
    line left out) it says, _SAID_WORDS at most."""
    candidate_words = tokens(lines[i].text)
    if page.spaced:
        count = page.says(candidate_words, i)
    else:
        count = min(len(candidate_words & page.words_but(i)), _SAID_WORDS)
    signals[_SAID] = count / _SAID_WORDS


_TRAIL_STEP: Final = 3  # words of a trail's step (or a menu's item) at most


def _trail_end(lines: list[Line], i: int) -> bool:
    """Whether list item `i` ends a trail of short steps with a headline's words: the item over
    it a step (a few words), the line under it no item, itself of four words or more ("Home /
    Local / Harbour / <the headline>": the page prints its headline as the trail's last step)."""
    return (
        lines[i].words > _TRAIL_STEP
        and 0 < i < len(lines) - 1
        and lines[i - 1].bullet
        and lines[i - 1].words <= _TRAIL_STEP
        and not lines[i + 1].bullet
    )


def _light_candidates(
    lines: list[Line],
    start: int,
    end: int,
    floor: int,
    walk: int | None,
    printed: dict[str, int],
    facts: list[bool],
) -> tuple[_Page, list[tuple[int, list[float], str]]]:
    """The page's reading and each candidate line near the body's start (no list item but a
    trail's last step, some words, no drawn rule; the walk's choice wherever it stands) with
    its light signals and its text case folded."""
    top = max(floor, start - ABOVE)
    page = _Page(lines, start, end, min(top, walk) if walk is not None else top, printed, facts)
    rows = [
        i
        for i in range(top, min(end, start + BELOW))
        if (not lines[i].bullet or _trail_end(lines, i))
        and 1 <= lines[i].words <= _MAX_WORDS
        and not line_prose.spells_nothing(lines[i].text)
    ]
    if walk is not None and not top <= walk < start + BELOW:
        rows.append(walk)
    folded = [lines[i].text.casefold() for i in rows]
    found = [
        (i, _light(lines, i, start, walk, page, text)) for i, text in zip(rows, folded, strict=True)
    ]
    # (printed inside a longer candidate: found in all of them joined more often than there
    # are candidates equal to it)
    joined = "\n".join(folded)
    equal: dict[str, int] = {}
    for text in folded:
        equal[text] = equal.get(text, 0) + 1
    for (_, signals), text in zip(found, folded, strict=True):
        if len(text) >= _ECHO_CHARS and joined.count(text) > equal[text]:
            signals[_ECHO] = 1.0
    return page, [(i, signals, text) for (i, signals), text in zip(found, folded, strict=True)]


def score(signals: list[float]) -> float:
    """A candidate's score: its signals weighed (in order; a signal of 0 adds nothing, and
    most are 0)."""
    weights = WEIGHTS  # (a module's global, read once)
    total = 0.0
    for k in range(len(weights)):
        signal = signals[k]
        if signal != 0.0:
            total += weights[k] * signal
    return total


def choose(
    lines: list[Line],
    start: int,
    end: int,
    floor: int,
    walk: int | None,
    printed: dict[str, int],
    facts: list[bool],
) -> int | None:
    """The headline's line: the best-scored candidate where it scores MARGIN over the walk's
    choice (`walk`) or more, or the walk found none; else the walk's choice. `printed`: how
    often each text is printed on the page (lines.text_counts); `facts`: the lines' header
    facts (headers.header_facts).

    The same answer as scoring every candidate whole, for less: the walk's choice is scored
    whole first; the others by their light signals, best first, and said and the dear signals
    are asked only of one whose light score, with the most those may add, may still reach
    the score to beat (the best found, and MARGIN over the walk's choice); the vetoes last, of
    one that reaches it without them. The light signals against a candidate (_against) are
    asked only of one whose light score without them may still reach it."""
    page, found = _light_candidates(lines, start, end, floor, walk, printed, facts)
    if not found:
        return walk
    best: int | None = None
    best_score = 0.0
    walk_score: float | None = None
    for i, signals, folded in found:
        if i == walk:
            _against(lines, i, start, page, folded, signals)
            _said(lines, i, start, page, signals)
            _dear(lines, i, signals)
            _vetoes(lines[i].text, signals)
            walk_score = best_score = score(signals)
            best = i
    # (best first by the light score without the signals against: a bound of the light score)
    light = sorted(
        ((score(signals), i, signals, folded) for i, signals, folded in found if i != walk),
        key=lambda item: (-item[0], item[1]),
    )
    for bound, i, signals, folded in light:
        if best is None:
            limit = -1e9
        elif walk_score is None or best != walk:
            limit = best_score
        else:
            limit = walk_score + MARGIN
        if bound + _SAID_MOST + _DEAR_MOST < limit:
            break
        _against(lines, i, start, page, folded, signals)
        if score(signals) + _SAID_MOST + _DEAR_MOST < limit:
            continue  # (its light score, now whole: the next may still reach the limit)
        _said(lines, i, start, page, signals)
        if score(signals) + _DEAR_MOST < limit:
            continue
        if not _dear(lines, i, signals, limit - _VETO_MOST):
            continue
        _vetoes(lines[i].text, signals)
        s = score(signals)
        if s < limit:
            continue
        if best is None or best == walk or s > best_score or (s == best_score and i < best):
            best, best_score = i, s
    return best if best is not None else walk
