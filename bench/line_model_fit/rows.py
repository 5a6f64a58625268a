"""Each line of a dump as the reader sees it: its features, its label (is it in the story?), its
weight and its text; and the hook that puts a model in place of the file's."""

from __future__ import annotations

import pickle

from line_model_fit.data import Dump, part_file, part_of
from newsdesk.eval.metrics import shingles, tokens
from newsdesk.extract.core import ExtractError, extract
from newsdesk.records import Capture


class Reference:
    """The reference body's shingles and short n-grams, to label lines against."""

    def __init__(self, text: str) -> None:
        self.shingles = set(shingles(text))
        words = tokens(text)
        self.short = {tuple(words[i : i + n]) for n in (1, 2, 3) for i in range(len(words))}

    def covers(self, line: str) -> bool:
        words = tokens(line)
        if not words:
            return False
        if len(words) < 4:
            return tuple(words) in self.short
        found = shingles(line)
        hit = sum(n for s, n in found.items() if s in self.shingles)
        return hit * 2 >= sum(found.values())


Rows = list[tuple[list[float], int, float, str]]  # (features, label, weight, text)


def collect(dump: Dump) -> Rows:
    """Every line's features as the reader sees them, its label and its weight (words)."""
    from newsdesk.extract.text import line_model, model_choice

    _, page, _, reference, data = dump
    seen: list[tuple[list[str], list[list[float]]]] = []
    real = model_choice.choose

    def record(lines, scores, weighed, hand, known=None):  # type: ignore[no-untyped-def]
        seen.append(([x.text for x in lines], line_model.features(lines, scores, weighed)))
        return real(lines, scores, weighed, hand, known)

    model_choice.choose = record  # type: ignore[assignment]
    try:
        extract(Capture(source=page + ".txt", data=data))
    except ExtractError:
        return []
    finally:
        model_choice.choose = real  # type: ignore[assignment]
    if not seen:
        return []  # a digest page: no stretch chosen
    texts, feats = seen[0]
    ref = Reference(reference)
    return [
        (f, int(ref.covers(t)), float(max(1, len(tokens(t)))), t)
        for t, f in zip(texts, feats, strict=True)
    ]


def table(dumps: list[Dump], fresh: bool = False) -> list[tuple[Dump, Rows]]:
    """Every dump's rows, in the dumps' order; kept per part beside the dumps (`fresh`:
    computed again, after the features changed)."""
    by_part: dict[str, list[Dump]] = {}
    for d in dumps:
        by_part.setdefault(part_of(d[0]), []).append(d)
    found: dict[int, Rows] = {}
    for part, part_dumps in by_part.items():
        table_file = part_file(part, "table")
        rows: list[tuple[Dump, Rows]] | None = None
        if table_file.is_file() and not fresh:
            cached: list[tuple[Dump, Rows]] = pickle.loads(table_file.read_bytes())
            # Rows of an older table lack the line's text; its features may lack the words'.
            if len(cached) == len(part_dumps) and all(len(r[0]) == 4 for _, r in cached if r):
                rows = cached
        if rows is None:
            install_zero()
            rows = [(d, collect(d)) for d in part_dumps]
            table_file.write_bytes(pickle.dumps(rows))
        for d, (_, r) in zip(part_dumps, rows, strict=True):
            found[id(d)] = r
    return [(d, found[id(d)]) for d in dumps]


def install(
    weights: list[float], intercept: float, lexicon: dict[str, float] | None = None
) -> None:
    """Put a model in place of the file's for this process (the reader asks line_model.model)."""
    from newsdesk.extract.text import line_model

    fitted = line_model.LineModel(weights, intercept, lexicon)
    line_model.model = lambda: fitted  # type: ignore[assignment]


def install_zero() -> None:
    from newsdesk.extract.text import line_features

    install([0.0] * len(line_features.FEATURES), 0.0)
