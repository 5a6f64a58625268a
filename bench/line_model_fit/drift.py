"""How far the features the reader computes today have moved from those the shipped weights
were fitted on (`train_line_model.py drift`).

The hand scores and marks the features read (line_score, line_marks, line_chrome, weigh ...)
change often; the model's weights stay as fitted. `fit` keeps the mean and the spread of each
feature over the lines it fitted on (the model file's "feature_stats"); `drift` works the
features out again on the same data with today's code and names the features that moved, by
how much they move a line's log-odds on average (weight times the change of the mean) and by
how far their mean moved in their own spread. A feature that moved far is the one a refit would
weigh anew; whether a refit reads better is cv's and the eval's question, not this one's.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

# One feature's drift: (name, weight, mean then, mean now, sd then, sd now, log-odds shift).
Shift = tuple[str, float, float, float, float, float, float]


def feature_stats(x) -> dict[str, list[float]]:  # type: ignore[no-untyped-def]
    """The mean and the standard deviation of each column of `x` (the lines fitted on), as the
    model file keeps them."""
    return {
        "mean": [round(float(v), 6) for v in x.mean(axis=0)],
        "sd": [round(float(v), 6) for v in x.std(axis=0)],
    }


def shifts(
    names: list[str],
    weights: list[float],
    then: dict[str, list[float]],
    now: dict[str, list[float]],
) -> list[Shift]:
    """Each feature's drift, the one moving a line's log-odds most first (then by how far its
    mean moved in its spread then); features the model does not weigh still show their move."""
    if not len(names) == len(weights) == len(then["mean"]) == len(now["mean"]):
        raise ValueError("the model's features, weights and statistics do not match")
    out: list[Shift] = []
    for k, name in enumerate(names):
        m0, m1, s0, s1 = then["mean"][k], now["mean"][k], then["sd"][k], now["sd"][k]
        out.append((name, weights[k], m0, m1, s0, s1, weights[k] * (m1 - m0)))
    return sorted(out, key=lambda s: (-abs(s[6]), -_spread_moved(s)))


def _spread_moved(s: Shift) -> float:
    return abs(s[3] - s[2]) / s[4] if s[4] > 0 else (math.inf if s[3] != s[2] else 0.0)


def report(model_file: Path, now: dict[str, list[float]], top: int = 15) -> None:
    """Print the drift of today's features `now` against the model file's statistics."""
    data = json.loads(model_file.read_text(encoding="utf-8"))
    then = data.get("feature_stats")
    if not isinstance(then, dict) or "mean" not in then or "sd" not in then:
        raise SystemExit(
            f"{model_file}: no feature_stats (fitted before `fit` kept them; refit, or work the "
            "old features out with the fit's commit)"
        )
    rows = shifts(data["features"], data["weights"], then, now)
    total = sum(s[6] for s in rows)
    print(f"mean log-odds moved by {total:+.4f} (weights times the change of the means)")
    print(f"{'feature':20} {'weight':>7} {'mean then':>9} {'mean now':>9} {'sd then':>8} "
          f"{'sd now':>8} {'moved/sd':>8} {'log-odds':>8}")  # fmt: skip
    for s in rows[:top]:
        print(f"{s[0]:20} {s[1]:7.3f} {s[2]:9.4f} {s[3]:9.4f} {s[4]:8.4f} {s[5]:8.4f} "
              f"{_spread_moved(s):8.3f} {s[6]:+8.4f}")  # fmt: skip
