"""The reader's F1 with a fold's model in place, in each of the modes (MODES) that read with
parts of the model turned off or with the hand's choice gone wrong, and the modes compared."""

from __future__ import annotations

import json
from pathlib import Path

from line_model_fit import settings
from line_model_fit.data import Dump
from line_model_fit.fitting import folds
from line_model_fit.rows import install
from line_model_fit.sites import sites
from newsdesk.eval.extraction import main_body
from newsdesk.eval.metrics import combine, score_page
from newsdesk.extract.core import ExtractError, extract
from newsdesk.records import Capture


def reader_scores(dumps: list[Dump]) -> dict[tuple[str, str], list]:  # type: ignore[type-arg]
    """Per (set, renderer): the pages' scores of the reader as it now stands."""
    out: dict[tuple[str, str], list] = {}  # type: ignore[type-arg]
    for kind, page, renderer, reference, data in dumps:
        try:
            body = main_body(extract(Capture(source=page + ".txt", data=data)))
        except ExtractError:
            body = ""
        out.setdefault((kind, renderer), []).append(score_page(reference, body))
    return out


def report(scores: dict[tuple[str, str], list]) -> None:  # type: ignore[type-arg]
    for key in sorted(scores):
        total = combine(scores[key])
        print(f"  {key[0]:5} {key[1]:10} F1 {total.f1:.4f}  P {total.precision:.4f}"
              f"  R {total.recall:.4f}  ({total.pages} pages)")  # fmt: skip


def reader_cv(dumps, groups, models, modes=("hand", "model", "wrong-hand", "wrong-model")):  # type: ignore[no-untyped-def]
    """The reader's F1 per (set, renderer) in each of `modes` (see MODES), each fold's pages
    read with the model fitted on the other folds (`models`: per fold of folds(groups), its
    weights, intercept and lexicon); then, for each pair of modes the second of which grows the
    first's (COMPARE), how many pages are better and worse."""
    from newsdesk.extract.text import model_choice, model_trim

    site = sites(dumps) if settings.GROUP_BY == "site" else {}
    keys = [site.get((d[0], d[1]), f"{d[0]}/{d[1]}") for d in dumps]
    real, reach = model_choice.choose, model_choice.REACH
    as_set = [
        (module, name, getattr(module, name))
        for module, name in (
            (model_choice, "choose"),
            (model_choice, "REACH"),
            (model_trim, "TRIM_REACH"),
        )
    ]
    scores: dict[str, dict[tuple[str, str], list]] = {m: {} for m in modes}  # type: ignore[type-arg]
    order: dict[tuple[str, str], list[str]] = {}
    for (_, test), (coef, b, lexicon) in zip(folds(groups), models, strict=True):
        install(coef, b, lexicon)
        held = set(groups[test])
        fold_dumps = [d for d, k in zip(dumps, keys, strict=True) if k in held]
        for d in fold_dumps:
            order.setdefault((d[0], d[2]), []).append(d[1])
        for mode in modes:
            model_choice.choose, model_choice.REACH = MODES[mode](real, reach)
            if mode in NO_TRIM:
                model_trim.TRIM_REACH = 0
            try:
                for key, found in reader_scores(fold_dumps).items():
                    scores[mode].setdefault(key, []).extend(found)
            finally:
                for module, name, value in as_set:
                    setattr(module, name, value)
    if settings.SAVE:
        Path(settings.SAVE).write_text(json.dumps({
            mode: [[key[0], key[1], page, s.tp, s.fp, s.fn]
                   for key, pages in sorted(order.items())
                   for page, s in zip(pages, scores[mode][key], strict=True)]
            for mode in modes
        }), encoding="utf-8")  # fmt: skip
    for mode in modes:
        print(f"reader, {mode}:")
        report(scores[mode])
        f1 = [combine(v).f1 for v in scores[mode].values()]
        print(f"  mean F1 {sum(f1) / len(f1):.4f}")
    for a, b in COMPARE:
        if a not in modes or b not in modes:
            continue
        changed = []
        for key, pages in order.items():
            for page, x0, x1 in zip(pages, scores[a][key], scores[b][key], strict=True):
                delta = (x0.fp + x0.fn) - (x1.fp + x1.fn)
                if abs(delta) > 0.005:
                    changed.append((delta, key, page))
        better = sum(1 for d in changed if d[0] > 0)
        print(f"{b} against {a}: {better} pages better, {len(changed) - better} worse")
        # As read, every training page that changes; forced, the five made worst.
        shown = sorted(changed) if a in ("hand", "model", "base", "notrim") else sorted(changed)[:5]
        for delta, key, page in shown:
            print(f"  {delta:+.3f} {key[0]} {key[1]} {page}")


def _hand_only(real, reach):  # type: ignore[no-untyped-def]
    return (lambda lines, scores, weighed, hand, known=None: hand(lines, weighed)), 0


def _forced(pick, grow: bool):  # type: ignore[no-untyped-def]
    """A mode reading with the hand's choice replaced by `pick(hand, weighed)`'s, the model's
    net and growth in place (`grow`: extend too, at the REACH set)."""

    def mode(real, reach):  # type: ignore[no-untyped-def]
        return (
            lambda lines, scores, weighed, hand, known=None: real(
                lines, scores, weighed, pick(hand, weighed), known
            )
        ), (reach if grow else 0)

    return mode


def _cut(keep: str):  # type: ignore[no-untyped-def]
    """A hand choice cut short, as a barrier inside the story would: the chosen stretch cut at
    its weakest line (the lowest weighed score) in its middle third, keeping the part before
    it (`keep` "head") or after it ("tail"); stretches under 6 lines stay whole."""

    def pick(hand, weighed):  # type: ignore[no-untyped-def]
        def chosen(lines, values):  # type: ignore[no-untyped-def]
            span = hand(lines, values)
            if values is not weighed or span is None or span[1] - span[0] < 6:
                return span
            first, last = span
            third = (last - first) // 3
            cut = min(range(first + third, last - third), key=lambda i: weighed[i])
            return (first, cut) if keep == "head" else (cut + 1, last)

        return chosen

    return pick


def _widened(lines_more: int):  # type: ignore[no-untyped-def]
    """A hand choice that took in some of the page around the story, as on pages the rules
    never saw: the chosen stretch widened by `lines_more` lines either side (a headline, a
    byline, a caption, a row of links, a promo)."""

    def pick(hand, weighed):  # type: ignore[no-untyped-def]
        def chosen(lines, values):  # type: ignore[no-untyped-def]
            span = hand(lines, values)
            if values is not weighed or span is None:
                return span
            return max(0, span[0] - lines_more), min(len(lines), span[1] + lines_more)

        return chosen

    return pick


MODES = {
    "hand": _hand_only,
    "model": lambda real, reach: (real, reach),
    "base": lambda real, reach: (real, 0),
    "wrong-hand": lambda real, reach: (
        lambda lines, scores, weighed, hand, known=None: _second(hand, weighed)(lines, weighed),
        0,
    ),
    "wrong-model": _forced(lambda hand, weighed: _second(hand, weighed), False),
    "cut-head-base": _forced(_cut("head"), False),
    "cut-head-extend": _forced(_cut("head"), True),
    "cut-tail-base": _forced(_cut("tail"), False),
    "cut-tail-extend": _forced(_cut("tail"), True),
    "notrim": lambda real, reach: (real, reach),
    "wide-notrim": _forced(_widened(3), True),
    "wide": _forced(_widened(3), True),
}
# Modes read with the trim of the stretch's head (model_trim.trim_head) turned off.
NO_TRIM = ("hand", "base", "notrim", "wide-notrim")
COMPARE = (
    ("hand", "model"),
    ("base", "model"),
    ("wrong-hand", "wrong-model"),
    ("cut-head-base", "cut-head-extend"),
    ("cut-tail-base", "cut-tail-extend"),
    ("notrim", "model"),
    ("wide-notrim", "wide"),
)


def _second(hand, weighed):  # type: ignore[no-untyped-def]
    """A hand choice gone wrong, to see whether the net recovers from it: over the hand
    scores, the candidate stretch choose_region ranks second (the first when it is alone);
    over any other values (the model's), the choice as it is."""
    from newsdesk.extract.text import region

    def chosen(lines, values):  # type: ignore[no-untyped-def]
        if values is not weighed:
            return hand(lines, values)
        candidates = region.candidate_regions(values)
        if len(candidates) < 2:
            return hand(lines, values)
        ranked = sorted(candidates, key=lambda span: -region.stretch_value(lines, values, span))
        return ranked[1]

    return chosen
