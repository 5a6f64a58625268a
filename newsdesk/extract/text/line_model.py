"""A learned score for each line of a text dump: how likely it is the story's, as log-odds.

The hand scores of region.py weigh each line by its shape with weights set by hand. Here the
same facts (words, prose, stops, marks, chrome, the hand score itself), the line's place on the
page and its neighbours' facts are weighed by a logistic regression fitted on the bench pages'
lines (bench/train_line_model.py; the fitted numbers are in line_model.json beside this module,
with the command and the data they came from). The model as shipped knows no words and no
sites: only shapes, places and neighbours. It can also read a line's words against a lexicon of
chrome (WORD_FEATURES: generic words that, across many sites of the training pages, stand
mostly outside the story, "newsletter", "rights", "subscribe", or mostly in it) and a page's
cohesion, but judged out of fold by site neither paid (bench/train_line_model.py cv --words):
their weights are 0 and the lexicon empty, so they are never worked out.

Applied in plain Python (one dot product a line, no scikit-learn), so that reading stays fast.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Final

from newsdesk.extract import facts
from newsdesk.extract.text import shapes
from newsdesk.extract.text.growth import PAGE_LISTS, is_hard_stop, opens_other_stories
from newsdesk.extract.text.lines import Line, Traits
from newsdesk.extract.text.model_error import LineModelError
from newsdesk.extract.text.region import (
    _BARRIER,
    _MAX_INSERT,
    is_prose,
    is_story_prose,
    line_score_parts,
    stretch_value,
)

# Found through the package, not this module's __file__: compiled, this module lives in
# newsdesk/_compiled while the data file stays beside the sources.
MODEL_FILE: Final = Path(str(resources.files("newsdesk.extract.text").joinpath("line_model.json")))
_DIGIT: Final = re.compile(r"\d")
FORMAT: Final = "newsdesk-line-model/1"

# What a text says by itself, whatever its line and page (see _text_features).
TEXT_FEATURES: Final = (
    "log_words", "prose", "ends_sentence", "hand_plus", "hand_minus", "hand_settled",
    "list_header", "insert", "ruled_or_share", "image", "embedded", "chrome_word", "ticker",
    "footer", "consent", "promo", "comments", "chrome_text", "title_like", "lower_start",
    "ellipsis", "chars_per_word", "has_digit", "pipes",
)  # fmt: skip
# What the line is on its page: its marks, its place, its neighbours (see features).
LINE_FEATURES: Final = (
    "repeated", "bullet", "indent", "blank_before", "score", "weighed", "discounted",
    "position", "log_lines", "weight_above_share", "window3", "window10", "window_vs_best",
    "from_best", "prose_share5", "prev_prose", "next_prose", "prev_score", "next_score",
    "header_above", "title_above", "barriers_above", "cohesion",
)  # fmt: skip
# What a text's words say against the lexicon (see word_features).
WORD_FEATURES: Final = ("chrome_words", "chrome_word_share", "story_word_share", "chrome_word_max")
FEATURES: Final = TEXT_FEATURES + WORD_FEATURES + LINE_FEATURES
_NO_WORDS: Final = (0.0, 0.0, 0.0, 0.0)
# A word of a line: letters only (any script), lowercased; digits and marks are shapes' business.
_WORD: Final = re.compile(r"[^\W\d_]+")
# A word the lexicon rates this far (log-odds) towards chrome or the story counts as strong.
STRONG_WORD = 1.0


class LineModel:
    """A logistic regression over FEATURES: weights already divided by the features' scales,
    the intercept already shifted by their means (see bench/train_line_model.py)."""

    def __init__(
        self, weights: list[float], intercept: float, lexicon: dict[str, float] | None = None
    ) -> None:
        if len(weights) != len(FEATURES):
            raise ValueError(f"{len(weights)} weights for {len(FEATURES)} features")
        split = len(TEXT_FEATURES) + len(WORD_FEATURES)
        self.text_weights = weights[:split]
        self.line_weights = weights[split:]
        self.intercept = intercept
        # word -> log-odds of its line being chrome rather than the story (see word_features)
        self.lexicon: dict[str, float] = {} if lexicon is None else lexicon
        # Features the model does not weigh are not worked out at all (the words need the
        # line tokenised, cohesion the page's core): a model fitted without them reads as fast.
        self.words = bool(self.lexicon) and any(weights[len(TEXT_FEATURES) : split])
        self.cohesion = weights[FEATURES.index("cohesion")] != 0.0
        # A text's share of the dot product, once per text: pages repeat their lines.
        self.text_part: dict[Traits, float] = {}

    def text_log_odds(self, traits: Traits, plain: float, settled: float | None) -> float:
        part = self.text_part.get(traits)
        if part is None:
            values = _text_features(traits, plain, settled)
            values.extend(word_features(traits.text, self.lexicon) if self.words else _NO_WORDS)
            part = _dot(self.text_weights, values)
            if len(self.text_part) > 65536:
                self.text_part.clear()
            self.text_part[traits] = part
        return part


def load(path: Path = MODEL_FILE) -> LineModel:
    """The model in `path`; LineModelError names the file and what is wrong with it."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise LineModelError(
            f"{path}: the text reader's line model is missing (bench/train_line_model.py fit)"
        ) from exc
    except (OSError, ValueError) as exc:
        raise LineModelError(f"{path}: the line model is not readable JSON ({exc})") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise LineModelError(f"{path}: not a line model of format {FORMAT}")
    names, weights, intercept = data.get("features"), data.get("weights"), data.get("intercept")
    if names != list(FEATURES):
        raise LineModelError(
            f"{path}: the model's features are not the reader's (refit it: "
            "bench/train_line_model.py fit)"
        )
    if not (
        isinstance(weights, list)
        and all(isinstance(w, int | float) and math.isfinite(w) for w in weights)
        and isinstance(intercept, int | float)
        and math.isfinite(intercept)
    ):
        raise LineModelError(f"{path}: the model's weights are not finite numbers")
    lexicon = data.get("lexicon", {})
    if not (
        isinstance(lexicon, dict)
        and all(
            isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)
            for v in lexicon.values()
        )
    ):
        raise LineModelError(f"{path}: the model's lexicon is not words with finite numbers")
    return LineModel(
        [float(w) for w in weights],
        float(intercept),
        {str(k): float(v) for k, v in lexicon.items()},
    )


def words_of(text: str) -> list[str]:
    """A text's words as the lexicon knows them (the training script tokenises the same way)."""
    return _WORD.findall(text.lower())


def word_features(text: str, lexicon: dict[str, float]) -> list[float]:
    """WORD_FEATURES of a text: the mean of its words' lexicon values (a word unknown to it
    counts 0), the shares of its words rated STRONG_WORD or more towards chrome and towards
    the story, and its most chrome-like word's value (0 at least), over 4."""
    if not lexicon:
        return [0.0, 0.0, 0.0, 0.0]
    words = words_of(text)
    if not words:
        return [0.0, 0.0, 0.0, 0.0]
    total = top = 0.0
    chrome = story = 0
    for word in words:
        value = lexicon.get(word)
        if value is None:
            continue
        total += value
        if value > top:
            top = value
        if value >= STRONG_WORD:
            chrome += 1
        elif value <= -STRONG_WORD:
            story += 1
    n = float(len(words))
    return [total / n, chrome / n, story / n, min(top, 4.0) / 4.0]


def _dot(weights: list[float], values: list[float]) -> float:
    """The dot product, summed in order from 0.0 (as sum() does on Python 3.11): compiled, a
    loop is plain arithmetic, where sum over map(mul) called back into Python for each term."""
    total = 0.0
    for k in range(len(weights)):
        total += weights[k] * values[k]
    return total


@cache
def model() -> LineModel:
    return load()


def _flag(fact: bool | None) -> float:
    return 1.0 if fact else 0.0


def _text_features(traits: Traits, plain: float, settled: float | None) -> list[float]:
    """TEXT_FEATURES of one text: `plain` its hand score as a plain line, `settled` the score
    it settles whatever its line (a barrier), if any (region._score_parts)."""
    text, words = traits.text, traits.words
    marks = traits.marks
    if marks is None:
        marks = shapes.marks_of(traits)
    prose = traits.prose
    if prose is None:
        prose = traits.prose = shapes.is_prose_text(text, words)
    chrome = traits.chrome
    if chrome is None:
        chrome = traits.chrome = shapes.chrome_text(traits)
    hand = plain if settled is None else settled
    short = words < 16
    return [
        math.log1p(words),
        _flag(prose),
        _flag(shapes.ends_sentence(text)),
        min(max(hand, 0.0), 120.0) / 100.0,
        max(min(hand, 0.0), -60.0) / 60.0,
        _flag(settled is not None),
        _flag(marks & (shapes.LIST | shapes.CONTINUE) != 0),
        _flag(marks & (shapes.INSERT | shapes.INLINE) != 0),
        _flag(marks & (shapes.RULED | shapes.SHARE) != 0),
        _flag(marks & (shapes.IMAGE | shapes.PLACEHOLDER) != 0),
        _flag(marks & shapes.EMBEDDED != 0),
        _flag(marks & shapes.CHROME_WORD != 0),
        _flag(marks & shapes.TICKER != 0),
        _flag(words < 12 and shapes.is_footer(traits)),
        _flag(words < 80 and shapes.is_consent(traits)),
        _flag(words < 30 and shapes.is_promo(traits)),
        _flag(short and shapes.starts_comments(traits)),
        _flag(chrome),
        _flag(3 <= words <= 30 and not text.endswith(".") and text[:1].isupper()),
        _flag(text[:1].islower()),
        _flag(text.endswith(("…", "..."))),
        min(len(text) / max(words, 1), 20.0) / 10.0,
        _flag(_DIGIT.search(text, 0, 40) is not None),
        _flag(" | " in text),
    ]


_WINDOW: Final = 5  # lines either side for the share of prose around a line


def features(lines: list[Line], scores: list[float], weighed: list[float]) -> list[list[float]]:
    """FEATURES of every line of a page: `scores` the hand scores (line_score), `weighed`
    region.weigh's. For the training script: the reader asks learned_scores."""
    lexicon = model().lexicon
    texts = [
        _text_features(line.traits, *_plain_settled(line.traits))
        + word_features(line.text, lexicon)
        for line in lines
    ]
    page = _Page(lines, scores, weighed)
    return [a + b for a, b in zip(texts, page.rows(0, len(lines)), strict=True)]


def _plain_settled(traits: Traits) -> tuple[float, float | None]:
    parts = traits.score
    settled, plain, _ = line_score_parts(traits) if parts is None else parts
    return plain, settled


class _Page:
    """What LINE_FEATURES need of the whole page, worked out once from the weighed scores
    alone (numpy: their running sums and windows); the rest is read off a line's neighbours."""

    def __init__(
        self, lines: list[Line], scores: list[float], weighed: list[float], cohesion: bool = True
    ) -> None:
        n = self.n = len(lines)
        self.cohesion = cohesion  # whether to work out _cohesion (else 0.0)
        self.lines, self.scores, self.weighed = lines, scores, weighed
        # Plain loops, not numpy: a page has a few hundred lines, and compiled, a loop over
        # them costs less than the calls into numpy did. The sums run in the same order.
        cum_plus = [0.0] * (n + 1)
        barriers_above = [0] * n
        total = 0.0
        barriers = 0
        for i in range(n):
            weight = weighed[i]
            if weight > 0.0:
                total += weight
            cum_plus[i + 1] = total
            if weight <= _BARRIER:
                barriers += 1
            barriers_above[i] = barriers
        win10 = [cum_plus[min(i + 11, n)] - cum_plus[max(i - 10, 0)] for i in range(n)]
        best = 0
        for i in range(1, n):
            if win10[i] > win10[best]:
                best = i
        self.best = best
        self.best_value = win10[best] if n and win10[best] > 0 else 1.0
        self.cum_plus = cum_plus
        self.win10 = win10
        # Below a barrier (a list header, readers' comments, a footer), less likely the story.
        self.barriers_above = barriers_above
        self.log_lines = math.log1p(n)
        self.headers: dict[int, bool] = {}  # a byline or a date (see _near)
        self.titles: dict[int, bool] = {}  # a headline-like line
        self.core: dict[str, int] | None = None  # see _cohesion

    def rows(self, first: int, last: int) -> list[list[float]]:
        """LINE_FEATURES of lines[first:last]."""
        return [self.row(i) for i in range(first, last)]

    def row(self, i: int) -> list[float]:
        """LINE_FEATURES of lines[i]."""
        lines, scores, n, cum_plus = self.lines, self.scores, self.n, self.cum_plus
        line = lines[i]
        score, weight = scores[i], self.weighed[i]
        around = said = 0
        for near in lines[max(0, i - _WINDOW) : i + _WINDOW + 1]:
            around += near.words
            if near.traits.prose and not near.chrome:
                said += near.words
        return [
            1.0 if line.chrome else 0.0,
            1.0 if line.bullet else 0.0,
            min(line.indent, 8) / 8.0,
            1.0 if line.blank_before else 0.0,
            min(max(score, -60.0), 120.0) / 100.0,
            min(max(weight, -60.0), 120.0) / 100.0,
            1.0 if weight < score else 0.0,
            i / n,
            self.log_lines,
            cum_plus[i] / cum_plus[n] if cum_plus[n] else 0.0,
            min((cum_plus[min(n, i + 4)] - cum_plus[max(0, i - 3)]) / 200.0, 3.0),
            min(self.win10[i] / 400.0, 3.0),
            self.win10[i] / self.best_value,
            min(abs(i - self.best) / 50.0, 2.0),
            said / around if around else 0.0,
            1.0 if i > 0 and lines[i - 1].traits.prose else 0.0,
            1.0 if i + 1 < n and lines[i + 1].traits.prose else 0.0,
            min(max(scores[i - 1], -60.0), 120.0) / 100.0 if i > 0 else 0.0,
            min(max(scores[i + 1], -60.0), 120.0) / 100.0 if i + 1 < n else 0.0,
            self._near(self.headers, _is_header_line, 8, i),
            self._near(self.titles, _is_title_line, 6, i),
            min(self.barriers_above[i], 5) / 5.0,
            self._cohesion(i) if self.cohesion else 0.0,
        ]

    def _cohesion(self, i: int) -> float:
        """The share of line i's content words (see _content_words) that the page's core (the
        lines within _CORE of its heaviest window's middle, line i's own words left out) uses
        too: a story's paragraphs share their names and subject, boilerplate shares none."""
        words = _content_words(self.lines[i].text)
        if not words:
            return 0.0
        core = self.core
        best = self.best
        if core is None:
            core = self.core = {}
            for line in self.lines[max(0, best - _CORE) : best + _CORE + 1]:
                for word in _content_words(line.text):
                    core[word] = core.get(word, 0) + 1
        own = abs(i - best) <= _CORE
        shared = 0
        for word in words:
            if core.get(word, 0) > (1 if own else 0):
                shared += 1
        return shared / len(words)

    def _near(
        self, known: dict[int, bool], test: Callable[[Line], bool], reach: int, i: int
    ) -> float:
        """1.0 if a line passing `test` stands within `reach` lines above line i (or is line
        i), else 0.0; `known` keeps each line's answer for the page."""
        for j in range(i, max(-1, i - reach - 1), -1):
            found = known.get(j)
            if found is None:
                found = known[j] = test(self.lines[j])
            if found:
                return 1.0
        return 0.0


_CORE: Final = 10  # lines either side of the heaviest window's middle for _cohesion


def _content_words(text: str) -> set[str]:
    """A text's words of four letters or more (few function words are), each once."""
    return {word for word in words_of(text) if len(word) >= 4}


def _is_header_line(line: Line) -> bool:
    """A byline or a date: where a story's header is."""
    if line.words > 9:
        return False
    return facts.BYLINE.match(line.text) is not None or (
        line.traits.datable is not False and shapes.date_of(line, fallback=False) is not None
    )


def _is_title_line(line: Line) -> bool:
    return not line.chrome and shapes.is_title_like(line)


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


def _log_odds(page: _Page, i: int) -> float:
    fitted = model()
    traits = page.lines[i].traits
    plain, settled = _plain_settled(traits)
    z = fitted.intercept + fitted.text_log_odds(traits, plain, settled)
    return z + _dot(fitted.line_weights, page.row(i))


def _value(line: Line, weight: float, z: float) -> float:
    """What a line adds to a stretch by the model (see stretch_values)."""
    if weight <= _BARRIER:
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
    if min(weighed[first:last]) <= _BARRIER:  # never in a chosen stretch: no bound, ask all
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
    (`weighed`: region.weigh's, from `scores`, the lines' line_score), unless the model
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
# better as read, none worse).
REACH = 20
RESUMED = 40.0
# Whether the header of a list ("Read also", "Trending") may stand between: a box of other
# stories dropped into the story; the run beyond must then hold twice RESUMED.
CROSS_LISTS = 1


def _list_header(line: Line) -> bool:
    """The header of a box the story may run across: not one of the page's own lists ("Most
    Read", "Next"), which a story never resumes after (growth.PAGE_LISTS)."""
    return (
        line.words < 8
        and shapes.marks(line) & (shapes.LIST | shapes.INSERT) != 0
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
        if found is None:
            page = self.page
            if page is None:
                page = self.page = _Page(self.lines, self.scores, self.weighed, model().cohesion)
            found = self.odds[i] = _log_odds(page, i)
        return found

    def value(self, i: int) -> float:
        found = self.known.get(i)
        if found is None:
            weight = self.weighed[i]
            # A barrier's value is its weight (_value): the model need not be asked.
            z = 0.0 if weight <= _BARRIER else self.log_odds(i)
            found = self.known[i] = _value(self.lines[i], weight, z)
        return found


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
        if is_hard_stop(line) or (line.words < 12 and shapes.is_footer(line.traits)):
            return None
        if weighed[i] <= _BARRIER:
            # Only walking up: below the story, past a list, stand the page's closing lists
            # and its legal notes, which the model may take for prose.
            if not (CROSS_LISTS and step < 0 and _list_header(line)):
                return None
            need = 2.0 * RESUMED  # a box of other stories between: the story must be clear
        elif line.words >= 10 and not line.chrome and weighed[i] > 0.0:
            # A paragraph by the hand scores (not a feed's line, not a teaser, not a blurb in
            # a box of other stories: region.weigh): the story again, if the model says so.
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
    while 0 <= i < n and weighed[i] > _BARRIER and not is_hard_stop(lines[i]):
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
        if weighed[k] <= _BARRIER:
            total -= THRESHOLD * (lines[k].words + 1)
        else:
            total += values.value(k)
    return total


def page_values(lines: list[Line], scores: list[float], weighed: list[float]) -> _Lazy:
    """A page's log-odds and stretch values by the model, each line's worked out when first
    asked: one for choose and trim_head both, so that neither works out a line twice."""
    return _Lazy(lines, scores, weighed)


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
    _MAX_INSERT lines that the hand scores weigh as the story's and the model rates
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
        below = range(i + 1, min(last, i + 1 + _MAX_INSERT))
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
        run += known.value(j) if weighed[j] > _BARRIER else -THRESHOLD * (lines[j].words + 1)
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
