"""The lines as arrays, the folds, and the logistic regression of each fold and of the shipped
model (`fit` writes newsdesk/extract/text/line_model.json)."""

from __future__ import annotations

import json
from collections import Counter

from line_model_fit import settings
from line_model_fit.data import REPO, Dump, load_dumps, soundness
from line_model_fit.drift import feature_stats, report
from line_model_fit.rows import Rows, table
from line_model_fit.sites import learn_lexicon, site_counts, sites, word_columns, word_slice

MODEL_FILE = REPO / "newsdesk" / "extract" / "text" / "line_model.json"


def with_words(x, texts, groups, counts, rows, lexicon=None, inner: int = 5):  # type: ignore[no-untyped-def]
    """x[rows] with its word columns filled: by `lexicon` if given (pages it was not learned
    on), else cross-fitted (each inner fold of sites valued by the lexicon of the others, so
    that a word's value never saw the line it is asked about). The columns not in WORDS_USED
    stay 0."""
    import numpy as np

    from newsdesk.extract.text import line_features

    part = x[rows].copy()
    cols = word_slice()
    part[:, cols] = 0.0
    if not settings.WORDS_USED:
        return part
    keep = np.array([name in settings.WORDS_USED for name in line_features.WORD_FEATURES])
    row_texts = [texts[i] for i in rows]
    if lexicon is not None:
        values = word_columns(row_texts, lexicon)
    else:
        values = np.zeros((len(rows), len(line_features.WORD_FEATURES)))
        for inner_train, inner_test in folds(groups[rows], inner):
            learned = learn_lexicon(counts, set(groups[rows][inner_train]))
            values[inner_test] = word_columns([row_texts[i] for i in inner_test], learned)
    part[:, cols] = values * keep
    return part


def fold_model(x, y, w, groups, texts, counts, train, c: float):  # type: ignore[no-untyped-def]
    """The model of one fold: its lexicon (the fold's sites; none without WORDS_USED) and the
    logistic regression over its rows, their word columns cross-fitted."""
    lexicon = learn_lexicon(counts, set(groups[train])) if settings.WORDS_USED else {}
    coef, b = fit_logistic(with_words(x, texts, groups, counts, train), y[train], w[train], c)
    return coef, b, lexicon


def arrays(rows: list[tuple[Dump, Rows]]):  # type: ignore[no-untyped-def]
    import numpy as np

    x, y, w, groups, texts = [], [], [], [], []
    site = sites([d for d, _ in rows]) if settings.GROUP_BY == "site" else {}
    for dump, page_rows in rows:
        group = site.get((dump[0], dump[1]), f"{dump[0]}/{dump[1]}")
        for f, label, weight, text in page_rows:
            x.append(f)
            y.append(label)
            w.append(weight)
            groups.append(group)
            texts.append(text)
    x = np.array(x)
    from newsdesk.extract.text import line_features

    for name in settings.WITHOUT:
        x[:, line_features.FEATURES.index(name)] = 0.0  # left out: its weight fits to 0
    return x, np.array(y), np.array(w), np.array(groups), texts


def line_parts(rows: list[tuple[Dump, Rows]], sound: dict[tuple[str, str], bool]):  # type: ignore[no-untyped-def]
    """Per line: its set, and whether the folds' models are fitted on it (not a set of
    --no-train, and a sound page's where its set is one of --sound-only)."""
    import numpy as np

    kinds, fitted = [], []
    for dump, page_rows in rows:
        kind = dump[0]
        fit_on = kind not in settings.NO_TRAIN and (
            kind not in settings.SOUND_ONLY or sound[(kind, dump[1])]
        )
        kinds.extend([kind] * len(page_rows))
        fitted.extend([fit_on] * len(page_rows))
    return np.array(kinds), np.array(fitted, dtype=bool)


def fit_weights(w, kinds):  # type: ignore[no-untyped-def]
    """The lines' words `w` times their set's --part-weight (the fits' weights before
    WEIGHTING; the figures stay weighed by words)."""
    import numpy as np

    return w * np.array([settings.PART_WEIGHT.get(kind, 1.0) for kind in kinds])


def fit_logistic(x, y, w, c: float = 1.0) -> tuple[list[float], float]:  # type: ignore[no-untyped-def]
    """Weights over the raw features (the scaling folded in) and the intercept."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    clf = LogisticRegression(C=c, max_iter=2000)
    sample = {"sqrt": np.sqrt(w), "words": w, "one": np.ones(len(w))}[settings.WEIGHTING]
    clf.fit((x - mean) / scale, y, sample_weight=sample)
    coef = clf.coef_[0] / scale
    intercept = float(clf.intercept_[0] - (coef * mean).sum())
    return [float(v) for v in coef], intercept


def folds(groups, k: int = 5):  # type: ignore[no-untyped-def]
    from sklearn.model_selection import GroupKFold

    return list(GroupKFold(n_splits=k).split(groups, groups=groups))


def fit(c: float = 1.0) -> None:
    """Fit on every line of the training set and write the model file."""
    import datetime as dt

    import numpy as np

    from newsdesk.extract.text import line_features, line_model

    dumps = load_dumps()
    rows = table(dumps)
    x, y, w, groups, texts = arrays(rows)
    kinds, fitted = line_parts(rows, soundness(dumps))
    counts = site_counts(texts, y, groups)
    train = np.flatnonzero(fitted)
    coef, b, lexicon = fold_model(x, y, fit_weights(w, kinds), groups, texts, counts, train, c)
    renderings = Counter(f"{d[0]} {d[2]}" for d, page_rows in rows if page_rows)
    options = (
        (f" --with {','.join(settings.WITH)}" if settings.WITH else "")
        + (f" --weighting {settings.WEIGHTING}" if settings.WEIGHTING != "sqrt" else "")
        + "".join(f" --part-weight {k}={v:g}" for k, v in sorted(settings.PART_WEIGHT.items()))
    )
    if settings.WITHOUT:
        options += f" --without {','.join(settings.WITHOUT)}"
    if settings.WORDS_USED:
        options += f" --words {','.join(settings.WORDS_USED)}"
    if settings.SOUND_ONLY != ("fresh-a", "more"):
        options += f" --sound-only {','.join(settings.SOUND_ONLY)}"
    named = {
        "dates": "the even half of dates",
        "odd-a": "the odd-a quarter of dates",
        "fresh-a": "the fresh set's studied half (bench/fresh_pages.py, even places)",
        "more": "other packages' test pages (bench/more_pages.py)",
    }
    sound_note = ", ".join(named[k] for k in settings.SOUND_ONLY if k in ("dates", *settings.WITH))
    data = {
        "format": line_model.FORMAT,
        "model": f"logistic regression (scikit-learn LogisticRegression, L2, C={c:g}), "
        "features standardised, the scaling folded into the weights; sample weight: "
        + {"sqrt": "sqrt(words)", "words": "words", "one": "1"}[settings.WEIGHTING]
        + "".join(f", {k} lines x{v:g}" for k, v in sorted(settings.PART_WEIGHT.items())),
        "features": list(line_features.FEATURES),
        "weights": [round(v, 6) for v in coef],
        "intercept": round(b, 6),
        "trained": {
            "command": f"uv run python bench/train_line_model.py fit -c {c:g}" + options,
            "date": dt.date.today().isoformat(),
            "data": "lines of ../shared/bench/aeb (gold), of the even half of "
            "../shared/bench/dates (the HTML reader's body; never odd-b)"
            + "".join(f" and of {named[k]} (labelled the same)" for k in settings.WITH)
            + (
                f"; of {sound_note} only the pages whose reference trafilatura agrees with "
                "(unseen.sound_reference)"
                if sound_note
                else ""
            )
            + "; by renderer: "
            + ", ".join(f"{k} {v}" for k, v in sorted(renderings.items())),
            "lines": len(train),
            "pages": len({(d[0], d[1]) for d, page_rows in rows if page_rows}),
            "label": "half or more of the line's 4-token shingles in the reference body",
            "lexicon": f"words seen on {settings.MIN_SITES} sites or more of {len(counts)}, "
            "valued by the log-odds of their rate outside the story against in it (each rate the "
            f"mean over sites, {settings.SMOOTH:g} added); the model's word features cross-fitted "
            "by site",
            "words used": list(settings.WORDS_USED),
            "not fitted": ", ".join(
                [n for n in line_features.WORD_FEATURES if n not in settings.WORDS_USED]
                + list(settings.WITHOUT)
            )
            + ": weight 0 (left out of the fit)",
        },
        "lexicon": dict(sorted(lexicon.items())),
        # What the weights saw of each feature, for `drift` to tell when today's code moved it.
        "feature_stats": feature_stats(x[train]),
    }
    MODEL_FILE.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"{MODEL_FILE}: {len(y)} lines of {len(set(groups))} sites, {len(lexicon)} words")


def drift(fresh: bool = False) -> None:
    """Today's features on the lines a fit would fit on (the same data options as the model's
    fit), against the statistics the model file keeps of those it was fitted on."""
    dumps = load_dumps()
    rows = table(dumps, fresh)
    x, _, _, _, _ = arrays(rows)
    _, fitted = line_parts(rows, soundness(dumps))
    report(MODEL_FILE, feature_stats(x[fitted]))
