"""A learned score for each line of a text dump: how likely it is the story's, as log-odds.

The hand scores of line_score.py weigh each line by its shape with weights set by hand. Here the
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
This module is the model: its file, its weights and a line's log-odds. The features it reads
are line_features.py's; how the reader uses its values, model_choice.py's (choose, extend)
and model_trim.py's (trim_head, trim_tail).
"""

from __future__ import annotations

import json
import math
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Final

from newsdesk.extract.text.line_features import (
    FEATURES,
    TEXT_FEATURES,
    WORD_FEATURES,
    _Page,
    _plain_settled,
    _text_features,
    word_features,
)
from newsdesk.extract.text.lines import Line, Traits
from newsdesk.extract.text.model_error import LineModelError

# Found through the package, not this module's __file__: compiled, this module lives in
# newsdesk/_compiled while the data file stays beside the sources.
MODEL_FILE: Final = Path(str(resources.files("newsdesk.extract.text").joinpath("line_model.json")))
FORMAT: Final = "newsdesk-line-model/1"


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
            if self.words:
                values.extend(word_features(traits.text, self.lexicon))
            # Else the word features are _NO_WORDS, all 0: their terms (0.0 or -0.0) change no
            # sum (one from 0.0 never is -0.0), so the product stops at the text's own features.
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


def _dot(weights: list[float], values: list[float]) -> float:
    """The dot product over `values` (the first len(values) weights), summed in order from 0.0
    (as sum() does on Python 3.11): compiled, a loop is plain arithmetic, where sum over
    map(mul) called back into Python for each term."""
    total = 0.0
    for k in range(len(values)):
        total += weights[k] * values[k]
    return total


@cache
def model() -> LineModel:
    return load()


def features(lines: list[Line], scores: list[float], weighed: list[float]) -> list[list[float]]:
    """FEATURES of every line of a page: `scores` the hand scores (line_score), `weighed`
    weigh.weigh's. For the training script: the reader asks learned_scores."""
    lexicon = model().lexicon
    texts = [
        _text_features(line.traits, *_plain_settled(line.traits))
        + word_features(line.text, lexicon)
        for line in lines
    ]
    page = _Page(lines, scores, weighed)
    return [a + b for a, b in zip(texts, page.rows(0, len(lines)), strict=True)]


def _log_odds(page: _Page, i: int) -> float:
    fitted = model()
    traits = page.lines[i].traits
    plain, settled = _plain_settled(traits)
    z = fitted.intercept + fitted.text_log_odds(traits, plain, settled)
    return z + _dot(fitted.line_weights, page.row(i))
