"""What the line model reads of a line: its features (FEATURES), worked out as the training
script and the reader both see them.

TEXT_FEATURES say what a text is by itself (its words, prose, marks, its hand score), whatever
its line; WORD_FEATURES what its words say against the model's lexicon of chrome; LINE_FEATURES
what the line is on its page (its place, its neighbours, the weighed scores around it), worked
out once per page by _Page. The model itself (its file, its weights, a line's log-odds) is
line_model.py's; what the reader does with its values, model_choice.py's and model_trim.py's.
"""

from __future__ import annotations

import math
import re
from typing import Final

from newsdesk.extract import bylines
from newsdesk.extract.text import line_chrome, line_marks, line_prose, shapes
from newsdesk.extract.text.line_score import BARRIER, ends_cut, line_score_parts
from newsdesk.extract.text.lines import Line, Traits, holds_digit

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


def _flag(fact: bool | None) -> float:
    return 1.0 if fact else 0.0


def _text_features(traits: Traits, plain: float, settled: float | None) -> list[float]:
    """TEXT_FEATURES of one text: `plain` its hand score as a plain line, `settled` the score
    it settles whatever its line (a barrier), if any (line_score._score_parts)."""
    text, words = traits.text, traits.words
    marks = traits.marks
    if marks is None:
        marks = line_marks.marks_of(traits)
    prose = traits.prose
    if prose is None:
        prose = traits.prose = line_prose.is_prose_text(text, words)
    chrome = traits.chrome
    if chrome is None:
        chrome = traits.chrome = line_chrome.chrome_text(traits)
    hand = plain if settled is None else settled
    short = words < 16
    case = _first_case(text)
    return [
        math.log1p(words),
        _flag(prose),
        _flag(line_prose.ends_sentence(text)),
        min(max(hand, 0.0), 120.0) / 100.0,
        max(min(hand, 0.0), -60.0) / 60.0,
        _flag(settled is not None),
        _flag(marks & (line_marks.LIST | line_marks.CONTINUE) != 0),
        _flag(marks & (line_marks.INSERT | line_marks.INLINE) != 0),
        _flag(marks & (line_marks.RULED | line_marks.SHARE) != 0),
        _flag(marks & (line_marks.IMAGE | line_marks.PLACEHOLDER) != 0),
        _flag(marks & line_marks.EMBEDDED != 0),
        _flag(marks & line_marks.CHROME_WORD != 0),
        _flag(marks & line_marks.TICKER != 0),
        _flag(words < 12 and line_chrome.is_footer(traits)),
        _flag(words < 80 and line_chrome.is_consent(traits)),
        _flag(words < 30 and line_chrome.is_promo(traits)),
        _flag(short and line_chrome.starts_comments(traits)),
        _flag(chrome),
        _flag(3 <= words <= 30 and not text.endswith(".") and case == _UPPER),
        _flag(case == _LOWER),
        _flag(ends_cut(text)),
        min(len(text) / max(words, 1), 20.0) / 10.0,
        _flag(holds_digit(text, 40)),
        _flag(" | " in text),
    ]


_UPPER: Final = 1
_LOWER: Final = 2


def _first_case(text: str) -> int:
    """_UPPER where text[:1].isupper(), _LOWER where text[:1].islower(), else 0: an ASCII first
    character told by its code (compiled, str.isupper is a call through Python's protocol)."""
    if not text:
        return 0
    first = ord(text[0])
    if first < 128:
        return _UPPER if 65 <= first <= 90 else _LOWER if 97 <= first <= 122 else 0
    if text[0].islower():
        return _LOWER
    return _UPPER if text[0].isupper() else 0


_WINDOW: Final = 5  # lines either side for the share of prose around a line
# A line's answer to one of _near's tests: not asked yet, else _ASKED plus the answer (0 or 1).
_UNASKED: Final = 0
_ASKED: Final = 1


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
            if weight <= BARRIER:
                barriers += 1
            barriers_above[i] = barriers
        # The first heaviest window (its value kept as a float, not read back from a list);
        # a line's window is worked out again by row (the same sum) for the few lines asked.
        best = 0
        top = 0.0
        for i in range(n):
            value = cum_plus[min(i + 11, n)] - cum_plus[max(i - 10, 0)]
            if i == 0 or value > top:
                best, top = i, value
        self.best = best
        self.best_value = top if n and top > 0 else 1.0
        self.cum_plus = cum_plus
        # Below a barrier (a list header, readers' comments, a footer), less likely the story.
        self.barriers_above = barriers_above
        self.log_lines = math.log1p(n)
        # Per line, whether it is a byline or a date (headers) or headline-like (titles), once
        # asked (see _near): _UNASKED, else 1 + the answer.
        self.headers = [_UNASKED] * n
        self.titles = [_UNASKED] * n
        self.core: dict[str, int] | None = None  # see _cohesion

    def rows(self, first: int, last: int) -> list[list[float]]:
        """LINE_FEATURES of lines[first:last]."""
        return [self.row(i) for i in range(first, last)]

    def row(self, i: int) -> list[float]:
        """LINE_FEATURES of lines[i]."""
        lines, scores, n, cum_plus = self.lines, self.scores, self.n, self.cum_plus
        line = lines[i]
        score, weight = scores[i], self.weighed[i]
        win10 = cum_plus[min(i + 11, n)] - cum_plus[max(i - 10, 0)]  # the same sum as __init__'s
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
            min(win10 / 400.0, 3.0),
            win10 / self.best_value,
            min(abs(i - self.best) / 50.0, 2.0),
            said / around if around else 0.0,
            1.0 if i > 0 and lines[i - 1].traits.prose else 0.0,
            1.0 if i + 1 < n and lines[i + 1].traits.prose else 0.0,
            min(max(scores[i - 1], -60.0), 120.0) / 100.0 if i > 0 else 0.0,
            min(max(scores[i + 1], -60.0), 120.0) / 100.0 if i + 1 < n else 0.0,
            self._near(self.headers, False, 8, i),
            self._near(self.titles, True, 6, i),
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

    def _near(self, known: list[int], titles: bool, reach: int, i: int) -> float:
        """1.0 if a title's line (`titles`: _is_title_line) or a header's (_is_header_line)
        stands within `reach` lines above line i (or is line i), else 0.0; `known` keeps each
        line's answer for the page (see headers). The test is named, not passed: compiled, a
        function passed as a value is called through Python's protocol."""
        for j in range(i, max(-1, i - reach - 1), -1):
            found = known[j]
            if found == _UNASKED:
                line = self.lines[j]
                found = known[j] = _ASKED + (
                    _is_title_line(line) if titles else _is_header_line(line)
                )
            if found != _ASKED:
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
    return bylines.by_byline(line.text) or (
        line.traits.datable is not False and shapes.date_of(line, fallback=False) is not None
    )


def _is_title_line(line: Line) -> bool:
    return not line.chrome and line_prose.is_title_like(line)
