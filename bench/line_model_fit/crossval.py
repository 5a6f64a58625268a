"""Cross-validation of the line classifier (grouped by site) and of the reader with each fold's
model; two saved runs compared."""

from __future__ import annotations

import json
from pathlib import Path

from line_model_fit import settings
from line_model_fit.data import BASE_CACHE, load_dumps, soundness
from line_model_fit.fitting import arrays, fit_weights, fold_model, folds, line_parts, with_words
from line_model_fit.reader import reader_cv
from line_model_fit.rows import table
from line_model_fit.sites import site_counts


def cv(
    c: float = 1.0,
    boosted: bool = False,
    fresh: bool = False,
    reader: bool = True,
    modes: tuple[str, ...] = ("hand", "model"),
) -> None:
    import numpy as np
    from sklearn.metrics import log_loss, roc_auc_score

    dumps = load_dumps()
    rows = table(dumps, fresh)
    x, y, w, groups, texts = arrays(rows)
    sound = soundness(dumps)
    kinds, fitted = line_parts(rows, sound)
    sound_lines = np.array([sound[(d[0], d[1])] for d, page_rows in rows for _ in page_rows])
    counts = site_counts(texts, y, groups)
    w_fit = fit_weights(w, kinds)
    words = ", ".join(settings.WORDS_USED) or "none"
    print(f"{len(y)} lines, {y.mean():.3f} in a story; {len(set(groups))} groups by "
          f"{settings.GROUP_BY}; {int(fitted.sum())} fitted on; words used: {words}")  # fmt: skip
    pred = np.zeros(len(y))
    pred_gb = np.zeros(len(y))
    models = []
    for train, test in folds(groups):
        train = train[fitted[train]]
        coef, b, lexicon = fold_model(x, y, w_fit, groups, texts, counts, train, c)
        models.append((coef, b, lexicon))
        x_test = with_words(x, texts, groups, counts, test, lexicon)
        pred[test] = 1 / (1 + np.exp(-(x_test @ np.array(coef) + b)))
        if boosted:
            from sklearn.ensemble import HistGradientBoostingClassifier

            gb = HistGradientBoostingClassifier(max_iter=200, max_depth=4, learning_rate=0.1)
            x_train = with_words(x, texts, groups, counts, train)
            gb.fit(x_train, y[train], sample_weight=np.sqrt(w[train]))
            pred_gb[test] = gb.predict_proba(x_test)[:, 1]
    sets = [("logistic", pred)] + ([("boosted", pred_gb)] if boosted else [])
    if settings.SHIPPED:
        from newsdesk.extract.text import line_model

        shipped = line_model.load()
        weights = shipped.text_weights + shipped.line_weights
        sets.append(("shipped", 1 / (1 + np.exp(-(x @ np.array(weights) + shipped.intercept)))))
        models = [(weights, shipped.intercept, shipped.lexicon)] * len(models)
    for name, p in sets:
        acc = ((p > 0.5) == y).astype(float)
        print(f"  {name}: log loss {log_loss(y, p, sample_weight=w):.4f}"
              f"  AUC {roc_auc_score(y, p, sample_weight=w):.4f}"
              f"  accuracy by words {np.average(acc, weights=w):.4f}")  # fmt: skip
        # The same figures on each set's lines apart (fresh-a's sound pages apart too).
        parts = [(kind, kinds == kind) for kind in sorted(set(kinds))]
        for kind in ("fresh-a", "more"):
            if kind in kinds:
                parts.append((f"{kind} sound", (kinds == kind) & sound_lines))
        for part, of in parts if len(parts) > 1 else ():
            loss = log_loss(y[of], p[of], sample_weight=w[of])
            auc = roc_auc_score(y[of], p[of], sample_weight=w[of])
            print(f"    {part:13} lines: log loss {loss:.4f}  AUC {auc:.4f}")
    if reader:
        reader_cv(dumps, groups, models, modes)


def compare(before: str, after: str, modes: tuple[str, ...] = ("model",)) -> None:
    """Two runs of `cv --save` on the same pages, mode by mode: F1 per (set, renderer) before
    and after, each set's sound pages apart (the cached soundness of --with's sets), and how
    many page-renderings are better and worse."""
    from newsdesk.eval.metrics import PageScore

    runs = [json.loads(Path(f).read_text(encoding="utf-8")) for f in (before, after)]
    sound: dict[str, bool] = {}
    for path in BASE_CACHE.parent.glob("sound*.json"):
        sound.update(json.loads(path.read_text(encoding="utf-8")))
    for mode in modes:
        if not all(mode in run for run in runs):
            continue
        pages = [{(r[0], r[1], r[2]): r[3:] for r in run[mode]} for run in runs]
        totals: dict[tuple[str, str], list[list[float]]] = {}
        better = worse = 0
        for key in sorted(pages[0].keys() & pages[1].keys()):
            kind, renderer, page = key
            groups = [(kind, renderer)]
            if sound.get(f"{kind}/{page}"):
                groups.append((kind + " sound", renderer))
            for group in groups:
                acc = totals.setdefault(group, [[0.0, 0.0, 0.0], [0.0, 0.0, 0.0]])
                for side in (0, 1):
                    acc[side] = [a + b for a, b in zip(acc[side], pages[side][key], strict=True)]
            delta = sum(pages[0][key][1:]) - sum(pages[1][key][1:])  # errors taken away
            better += delta > 0.005
            worse += delta < -0.005
        print(f"{mode}: {better} page-renderings better, {worse} worse")
        for (kind, renderer), (a, b) in sorted(totals.items()):
            f1 = [PageScore(tp=t, fp=f, fn=n).f1 if t else 0.0 for t, f, n in (a, b)]
            mark = "" if abs(f1[1] - f1[0]) < 5e-5 else f"  {f1[1] - f1[0]:+.4f}"
            print(f"  {kind:13} {renderer:10} {f1[0]:.4f} -> {f1[1]:.4f}{mark}")
