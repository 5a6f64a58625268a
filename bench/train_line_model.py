"""Fit the text reader's learned line scorer (newsdesk/extract/text/line_model.json).

    uv run python bench/train_line_model.py cache   # render the training dumps once (slow)
    uv run python bench/train_line_model.py cv      # grouped cross-validation, no file written
    uv run python bench/train_line_model.py fit     # fit on everything, write the model file
    uv run python bench/train_line_model.py score   # the reader as it stands on the training dumps
    uv run python bench/train_line_model.py cv --set THRESHOLD=0.35   # another line_model setting
    uv run python bench/train_line_model.py cv --modes base,model,cut-head-base,cut-head-extend
    uv run python bench/train_line_model.py cv --with odd-a,fresh-a --no-train odd-a --save B.json
    uv run python bench/train_line_model.py compare A.json B.json --modes model,wrong-model

The dumps and the lines' features are kept in /tmp/newsdesk-line-model (LINE_MODEL_CACHE names
the dumps' file); `cv --fresh` computes the features again after line_features.py changed them.

A dev script, never on the run-time path. The training set is every line the text reader
produces on:
- the aeb pages (../shared/bench/aeb): the text-w3m and text-inscriptis dumps shipped with the
  set, and the aeb HTML rendered by w3m at 80 columns, lynx and elinks, labelled by the gold
  article body;
- the EVEN half of ../shared/bench/dates, rendered by all five renderers of `newsdesk eval
  unseen`, labelled by the HTML reader's body on the same HTML ("silver"), with the pages that
  eval leaves out (no reference, or a rendering that lost the article) left out here too;
- with `--with SET,...` (EXTRA_SETS), more studied pages: "odd-a", the odd-a quarter of dates
  (unseen.load_pages(..., "odd-a"), labelled and filtered as the even half, its sites from the
  urls of its own entries of ground-truth.json; `--with-odd-a` says the same), and "fresh-a",
  the fresh set's studied half (bench/fresh_pages.py's pages at even places in name order,
  labelled and filtered the same, its sites from the hosts in the file names, fresh_site).
  Each part's dumps, lines' features and pages' soundness are kept in their own cache files.
The odd-b quarter of dates and the fresh set's odd half (fresh-b) are held out: this script
never reads them, nor odd-b's entries of ground-truth.json.

Silver references are in doubt where another extractor disagrees with them (a shop, a front
page): the lines of a set named by `--sound-only` (fresh-a by default; "dates" is the even half)
are fitted on only where the page's reference is sound (unseen.sound_reference), while the
reader CV still reads all of the fold's pages. `cv --no-train SET,...` reads the same pages in
the same folds with each fold's model fitted without those sets' lines (the data as it was, on
the larger data's pages); `--save` keeps each run's page scores and `compare A.json B.json`
prints two runs' F1 per set and renderer, the sound pages apart, and the page-renderings
better and worse. `cv --shipped` reads with line_model.json in place of the folds' models
(in-sample on the data it was fitted on). `--weighting` (sqrt of words, words, one) and
`--part-weight SET=F` set the fits' sample weights.

A line's label is whether it is in the story: the share of its shingles (the metric's own,
newsdesk/eval/metrics.py) found in the reference is at least one half; a line too short for one
shingle is in if its words occur in that order in the reference. The features are the ones the
reader computes at run time (line_model.features), so that training and reading agree.

Cross-validation is grouped by site (the page's domain, from the sets' ground-truth.json urls; a
page's five renderings and the site's other pages fall in one fold; `--group page` by page), and
measures
both the line classifier (log loss, accuracy) and the reader's F1 with the fold's model in
place, on the pages of the fold it was not fitted on: by the hand scores alone, with the
model's net (model_choice.choose), and both again with the hand's choice replaced by its
second-best stretch (a choice gone wrong, as on pages the rules never saw), to see how much of
that the net recovers. The training pages themselves no longer show outright failures, so the
first comparison can only show harm; the second shows whether the net is of use.

`--modes` picks the readings (MODES): "base" is the reader with its stretch's growth by the
model (model_choice.extend) turned off, "model" as it stands; "cut-head-*" and "cut-tail-*" read
with the hand's stretch cut at its weakest line in its middle third (a story stopped short at
a box or a caption), keeping the part above or below the cut, with the growth off ("-base") and
on ("-extend"), to see how much of the story the growth recovers and on how many pages it takes
in more than it recovers. "notrim" is the reader with the trim of its stretch's head by the model
(model_trim.trim_head) turned off ("hand" and "base" read without it too); "wide-notrim" and
"wide" read with the hand's stretch widened by three lines either side (some of the page around
the story taken in), without and with the trim, to see how much of that the trim gives back.

Words (`--words all`, or some of line_features.WORD_FEATURES): each fold learns a lexicon from its
own sites only (learn_lexicon: words seen on --min-sites sites or more, valued by how much more
often they stand outside the story than in it, per site), and its training lines' word features
are cross-fitted (valued by the lexicon of the other sites of the fold), so that no word's value
saw the line it is asked about; `fit` ships the lexicon of all sites in line_model.json.
`--without NAME,...` leaves features out (their columns 0: e.g. `--without cohesion`); `--save
FILE` writes each mode's page scores, to compare runs (the old and the new features, settings).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import pickle
import sys
from collections import Counter
from pathlib import Path

os.environ.setdefault("NEWSDESK_PURE_PYTHON", "1")  # the sources, so the hook below is seen

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from newsdesk.eval import unseen  # noqa: E402
from newsdesk.eval.extraction import main_body  # noqa: E402
from newsdesk.eval.metrics import combine, score_page, shingles, tokens  # noqa: E402
from newsdesk.extract.core import ExtractError, extract  # noqa: E402
from newsdesk.records import Capture  # noqa: E402

BENCH = REPO.parent / "shared" / "bench"
BASE_CACHE = Path(os.environ.get("LINE_MODEL_CACHE", "/tmp/newsdesk-line-model/dumps.pkl"))
# The studied sets that may join the data (--with SET,...): the odd-a quarter of dates and the
# fresh set's studied half (the even places of bench/fresh_pages.py's pages; its odd half,
# fresh-b, is never read). Each is cached in its own files beside the base ones (`-SET`).
EXTRA_SETS = ("odd-a", "fresh-a")
FRESH_DIR = Path(
    os.environ.get("NEWSDESK_FRESH_PAGES", Path.home() / ".cache/newsdesk/fresh-pages")
)
WITH: tuple[str, ...] = ()
# Sets read by the reader CV but never in a fold's fit (--no-train SET,...), and sets whose
# lines are fitted on only where the page's reference is sound (--sound-only SET,...:
# unseen.sound_reference, trafilatura agrees with the HTML reader).
NO_TRAIN: tuple[str, ...] = ()
SOUND_ONLY: tuple[str, ...] = ("fresh-a",)
RENDERERS = unseen.RENDERERS
MODEL_FILE = REPO / "newsdesk" / "extract" / "text" / "line_model.json"


# One training dump: where it came from, its rendering, the reference body and the dump's bytes.
Dump = tuple[str, str, str, str, bytes]  # (set, page, renderer, reference, dump)


def _aeb_dumps() -> list[Dump]:
    gold = json.loads((BENCH / "aeb" / "ground-truth.json").read_text(encoding="utf-8"))
    out: list[Dump] = []
    for page in sorted(gold):
        reference = gold[page]["articleBody"]
        for renderer, folder in (("w3m", "text-w3m"), ("inscriptis", "text-inscriptis")):
            path = BENCH / "aeb" / folder / f"{page}.txt"
            if path.is_file():
                out.append(("aeb", page, renderer, reference, path.read_bytes()))
        html_path = BENCH / "aeb" / "html" / f"{page}.html.gz"
        if html_path.is_file():
            html = gzip.decompress(html_path.read_bytes())
            for renderer in ("w3m-80", "lynx", "elinks"):
                out.append(("aeb", page, renderer, reference, unseen.render(html, renderer)))
    return out


def _dates_dumps(half: str = "even") -> list[Dump]:
    """The dumps of one studied part of dates ("even", "odd-a"; never "odd-b"), their set named
    "dates" for the even half and "odd-a" for odd-a."""
    if half not in ("even", "odd-a"):
        raise ValueError(f"{half}: only the studied parts of dates are read")
    kind = "dates" if half == "even" else half
    return _labelled(kind, unseen.load_pages(unseen.DEFAULT_DIR, half))


def _fresh_dumps() -> list[Dump]:
    """The dumps of the fresh set's studied half ("fresh-a": unseen.load_pages(..., "even")),
    labelled and filtered as the dates pages; its odd half (fresh-b) is never read."""
    return _labelled("fresh-a", unseen.load_pages(FRESH_DIR, "even"))


def _labelled(kind: str, pages: list[tuple[str, bytes]]) -> list[Dump]:
    """The pages' dumps by every renderer, with the HTML reader's body as their reference;
    pages with no reference and renderings that lost the article are left out, as the eval
    leaves them out."""
    out: list[Dump] = []
    for name, html in pages:
        silver = unseen._silver(name, html)
        if silver is None:
            continue
        for renderer in RENDERERS:
            dump = unseen.render(html, renderer)
            if score_page(silver, dump.decode("utf-8", "replace")).recall < (
                unseen.MIN_RENDERED_SHARE
            ):
                continue
            out.append((kind, name, renderer, silver, dump))
    return out


def _part_file(part: str, kind: str = "dumps") -> Path:
    """The cache file of one part of the data ("base": aeb and the even half of dates; or one
    of EXTRA_SETS): its dumps, its table of rows, its pages' soundness."""
    suffix = "" if part == "base" else f"-{part}"
    name = {"dumps": BASE_CACHE.stem, "table": "table", "sound": "sound"}[kind] + suffix
    return BASE_CACHE.with_name(name + (".json" if kind == "sound" else ".pkl"))


def _part_of(kind: str) -> str:
    return kind if kind in EXTRA_SETS else "base"


def _render_part(part: str) -> list[Dump]:
    if part == "base":
        return _aeb_dumps() + _dates_dumps()
    return _dates_dumps("odd-a") if part == "odd-a" else _fresh_dumps()


def cache() -> None:
    """Render the base dumps (again, unless --with names sets to add) and each set --with
    names, each part in its own file; and the soundness of each silver page's reference."""
    for part in ("base", *WITH):
        path = _part_file(part)
        if part == "base" and WITH and path.is_file():
            continue  # rendering them again gives the same bytes
        dumps = _render_part(part)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(dumps))
        print(f"{len(dumps)} dumps cached in {path}")
        sound = _part_file(part, "sound")
        sound.unlink(missing_ok=True)
        soundness(dumps)


def load_dumps() -> list[Dump]:
    dumps: list[Dump] = []
    for part in ("base", *WITH):
        path = _part_file(part)
        if not path.is_file():
            raise SystemExit(f"{path}: no cached dumps (run `train_line_model.py cache` first)")
        dumps.extend(pickle.loads(path.read_bytes()))
    return dumps


def _pages_of(kind: str) -> list[tuple[str, bytes]]:
    if kind == "fresh-a":
        return unseen.load_pages(FRESH_DIR, "even")
    return unseen.load_pages(unseen.DEFAULT_DIR, "even" if kind == "dates" else kind)


def soundness(dumps: list[Dump]) -> dict[tuple[str, str], bool]:
    """(set, page) -> whether the page's reference is sound: gold always; silver where
    trafilatura agrees with it (unseen.sound_reference), kept per part beside the dumps."""
    out: dict[tuple[str, str], bool] = {}
    for part in sorted({_part_of(d[0]) for d in dumps}):
        path = _part_file(part, "sound")
        known = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
        wanted = {(d[0], d[1]) for d in dumps if _part_of(d[0]) == part and d[0] != "aeb"}
        missing = {kind for kind, page in wanted if f"{kind}/{page}" not in known}
        for kind in sorted(missing):
            for name, html in _pages_of(kind):
                if (kind, name) in wanted:
                    known[f"{kind}/{name}"] = unseen.sound_reference(name, html)
        if missing:
            path.write_text(json.dumps(known, indent=0, sort_keys=True), encoding="utf-8")
        out.update({(k, p): known[f"{k}/{p}"] for k, p in wanted})
    out.update({(d[0], d[1]): True for d in dumps if d[0] == "aeb"})
    return out


# ---- labels -------------------------------------------------------------------------------


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


# ---- collecting the lines' features ---------------------------------------------------------

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
        by_part.setdefault(_part_of(d[0]), []).append(d)
    found: dict[int, Rows] = {}
    for part, part_dumps in by_part.items():
        table_file = _part_file(part, "table")
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


# ---- the reader's F1 with a model in place ------------------------------------------------


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


# ---- sites and words -----------------------------------------------------------------------

# Second-level labels under a country's domain that are no site of their own (bbc.co.uk).
_SECOND_LEVEL = {"co", "com", "org", "net", "gov", "ac", "edu", "ne", "or", "go", "gob", "nic"}


def site_of(url: str) -> str:
    """A page's site: its host's registrable part, roughly (www.bbc.co.uk and news.bbc.co.uk
    are bbc.co.uk)."""
    from urllib.parse import urlparse

    parts = (urlparse(url).hostname or "").lower().removeprefix("www.").split(".")
    if len(parts) >= 3 and len(parts[-1]) == 2 and parts[-2] in _SECOND_LEVEL:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


# The labels of a fresh page's file name that close a host name ("adac.de.kindersitztest").
_HOST_ENDS = {"com", "net", "org", "info", "blog", "gov", "edu", "io"}


def fresh_site(name: str) -> str:
    """A fresh page's site from its file name, "<extractor>__<host>.<words>.html": the host
    ends at its first generic or two-letter label after the first (a country's after "co" and
    the like: "nationalgeographic.co.uk"; digits after it dropped: "cleveland.com1"); a name with
    no host ("newspaper4k__cnn_002.html") goes by its first word ("cnn")."""
    import re

    stem = name.split("__", 1)[-1].removesuffix(".gz").removesuffix(".html")
    labels = [re.sub(r"(?<=[a-z])\d+$", "", label) for label in stem.split(".")]

    def closing(label: str) -> bool:
        return label in _HOST_ENDS or re.fullmatch(r"[a-z]{2}", label) is not None

    end = next((i for i in range(1, len(labels)) if closing(labels[i])), 0)
    if not end:
        return "fresh-a/" + re.split(r"[_.\d]", stem, maxsplit=1)[0]
    if labels[end] in _SECOND_LEVEL and end + 1 < len(labels) and len(labels[end + 1]) == 2:
        end += 1
    return site_of("http://" + ".".join(labels[: end + 1]))


def sites(dumps: list[Dump]) -> dict[tuple[str, str], str]:
    """(set, page) -> the page's site, for the dumps' pages only (the even half of dates and,
    with --with odd-a, odd-a: odd-b's entries of its ground-truth.json are never looked at;
    fresh-a's from its file names)."""
    truth = {
        kind: json.loads((BENCH / kind / "ground-truth.json").read_text(encoding="utf-8"))
        for kind in ("aeb", "dates")
    }
    truth["odd-a"] = truth["dates"]  # odd-a's pages are dates pages
    out: dict[tuple[str, str], str] = {}
    for kind, page, *_ in dumps:
        if kind == "fresh-a":
            out[(kind, page)] = fresh_site(page)
            continue
        url = truth[kind].get(page, {}).get("url")
        out[(kind, page)] = site_of(url) if url else f"{kind}/{page}"
    return out


# The least number of sites a word must be seen on to enter the lexicon (--min-sites), and the
# rate (per word of a site's lines) added to both sides of a word's odds (--smooth).
MIN_SITES = 5
SMOOTH = 1e-5


SiteCounts = dict[str, tuple[Counter[str], Counter[str], int, int]]


def site_counts(texts: list[str], labels, groups) -> SiteCounts:  # type: ignore[no-untyped-def]
    """Per site: its words' counts in lines outside the story and in it, and both totals."""
    from newsdesk.extract.text import line_features

    out: SiteCounts = {}
    for text, label, site in zip(texts, labels, groups, strict=True):
        chrome, story, n_chrome, n_story = out.get(site, (Counter(), Counter(), 0, 0))
        words = line_features.words_of(text)
        if label:
            story.update(words)
            n_story += len(words)
        else:
            chrome.update(words)
            n_chrome += len(words)
        out[site] = (chrome, story, n_chrome, n_story)
    return out


def learn_lexicon(counts: SiteCounts, chosen, min_sites: int | None = None) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """The lexicon of the `chosen` sites: each word seen on min_sites of them or more, valued
    by the log-odds of its rate among the words outside the story against its rate in the story,
    each rate the mean over the sites of the word's share of that site's words (so that no site
    weighs more for having more pages or longer ones), clipped to +-3."""
    import math

    need = MIN_SITES if min_sites is None else min_sites
    seen: Counter[str] = Counter()
    rate_chrome: Counter[str] = Counter()
    rate_story: Counter[str] = Counter()
    n = 0
    for site in chosen:
        chrome, story, n_chrome, n_story = counts[site]
        n += 1
        for word, k in chrome.items():
            rate_chrome[word] += k / n_chrome
        for word, k in story.items():
            rate_story[word] += k / n_story
        seen.update(chrome.keys() | story.keys())
    lexicon = {}
    for word, k in seen.items():
        if k < need:
            continue
        odds = math.log((rate_chrome[word] / n + SMOOTH) / (rate_story[word] / n + SMOOTH))
        lexicon[word] = round(max(-3.0, min(3.0, odds)), 3)
    return lexicon


def word_columns(texts: list[str], lexicon: dict[str, float]):  # type: ignore[no-untyped-def]
    """line_features.WORD_FEATURES of each text by `lexicon` (each distinct text once)."""
    import numpy as np

    from newsdesk.extract.text import line_features

    known: dict[str, list[float]] = {}
    out = []
    for text in texts:
        found = known.get(text)
        if found is None:
            found = known[text] = line_features.word_features(text, lexicon)
        out.append(found)
    return np.array(out, dtype=float).reshape(len(texts), len(line_features.WORD_FEATURES))


def _word_slice() -> slice:
    from newsdesk.extract.text import line_features

    start = len(line_features.TEXT_FEATURES)
    return slice(start, start + len(line_features.WORD_FEATURES))


# Which of line_features.WORD_FEATURES the fits use (--words; "" none: the model of shapes alone).
WORDS_USED: tuple[str, ...] = ()


def with_words(x, texts, groups, counts, rows, lexicon=None, inner: int = 5):  # type: ignore[no-untyped-def]
    """x[rows] with its word columns filled: by `lexicon` if given (pages it was not learned
    on), else cross-fitted (each inner fold of sites valued by the lexicon of the others, so
    that a word's value never saw the line it is asked about). The columns not in WORDS_USED
    stay 0."""
    import numpy as np

    from newsdesk.extract.text import line_features

    part = x[rows].copy()
    cols = _word_slice()
    part[:, cols] = 0.0
    if not WORDS_USED:
        return part
    keep = np.array([name in WORDS_USED for name in line_features.WORD_FEATURES])
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
    lexicon = learn_lexicon(counts, set(groups[train])) if WORDS_USED else {}
    coef, b = fit_logistic(with_words(x, texts, groups, counts, train), y[train], w[train], c)
    return coef, b, lexicon


# ---- fitting ------------------------------------------------------------------------------


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


def arrays(rows: list[tuple[Dump, Rows]]):  # type: ignore[no-untyped-def]
    import numpy as np

    x, y, w, groups, texts = [], [], [], [], []
    site = sites([d for d, _ in rows]) if GROUP_BY == "site" else {}
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

    for name in WITHOUT:
        x[:, line_features.FEATURES.index(name)] = 0.0  # left out: its weight fits to 0
    return x, np.array(y), np.array(w), np.array(groups), texts


def line_parts(rows: list[tuple[Dump, Rows]], sound: dict[tuple[str, str], bool]):  # type: ignore[no-untyped-def]
    """Per line: its set, and whether the folds' models are fitted on it (not a set of
    --no-train, and a sound page's where its set is one of --sound-only)."""
    import numpy as np

    kinds, fitted = [], []
    for dump, page_rows in rows:
        kind = dump[0]
        fit_on = kind not in NO_TRAIN and (kind not in SOUND_ONLY or sound[(kind, dump[1])])
        kinds.extend([kind] * len(page_rows))
        fitted.extend([fit_on] * len(page_rows))
    return np.array(kinds), np.array(fitted, dtype=bool)


# A line's sample weight in the fits by its words (--weighting: "sqrt", "words" or "one"), and
# each set's lines' weight times that (--part-weight SET=F,...; 1 unless named).
WEIGHTING = "sqrt"
PART_WEIGHT: dict[str, float] = {}


def fit_weights(w, kinds):  # type: ignore[no-untyped-def]
    """The lines' words `w` times their set's --part-weight (the fits' weights before
    WEIGHTING; the figures stay weighed by words)."""
    import numpy as np

    return w * np.array([PART_WEIGHT.get(kind, 1.0) for kind in kinds])


# Whether the reader CV reads with the shipped model (line_model.json) instead of the folds'
# (--shipped: the model as it stands, on the same pages; in-sample on the data it was fitted on).
SHIPPED = False

# Features of line_features.FEATURES left out of the fits (--without), to see what they bring.
WITHOUT: tuple[str, ...] = ()

# Where reader_cv writes each mode's page scores (--save; to compare runs), if anywhere.
SAVE = ""
# What the folds group by: "site" (a page's domain: a word learned on a site is never judged on
# it) or "page" (a page's five renderings).
GROUP_BY = "site"


def fit_logistic(x, y, w, c: float = 1.0) -> tuple[list[float], float]:  # type: ignore[no-untyped-def]
    """Weights over the raw features (the scaling folded in) and the intercept."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    clf = LogisticRegression(C=c, max_iter=2000)
    sample = {"sqrt": np.sqrt(w), "words": w, "one": np.ones(len(w))}[WEIGHTING]
    clf.fit((x - mean) / scale, y, sample_weight=sample)
    coef = clf.coef_[0] / scale
    intercept = float(clf.intercept_[0] - (coef * mean).sum())
    return [float(v) for v in coef], intercept


def folds(groups, k: int = 5):  # type: ignore[no-untyped-def]
    from sklearn.model_selection import GroupKFold

    return list(GroupKFold(n_splits=k).split(groups, groups=groups))


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
    words = ", ".join(WORDS_USED) or "none"
    print(f"{len(y)} lines, {y.mean():.3f} in a story; {len(set(groups))} groups by {GROUP_BY}"
          f"; {int(fitted.sum())} fitted on; words used: {words}")  # fmt: skip
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
    if SHIPPED:
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
        if "fresh-a" in kinds:
            parts.append(("fresh-a sound", (kinds == "fresh-a") & sound_lines))
        for part, of in parts if len(parts) > 1 else ():
            loss = log_loss(y[of], p[of], sample_weight=w[of])
            auc = roc_auc_score(y[of], p[of], sample_weight=w[of])
            print(f"    {part:13} lines: log loss {loss:.4f}  AUC {auc:.4f}")
    if reader:
        reader_cv(dumps, groups, models, modes)


def reader_cv(dumps, groups, models, modes=("hand", "model", "wrong-hand", "wrong-model")):  # type: ignore[no-untyped-def]
    """The reader's F1 per (set, renderer) in each of `modes` (see MODES), each fold's pages
    read with the model fitted on the other folds (`models`: per fold of folds(groups), its
    weights, intercept and lexicon); then, for each pair of modes the second of which grows the
    first's (COMPARE), how many pages are better and worse."""
    from newsdesk.extract.text import model_choice, model_trim

    site = sites(dumps) if GROUP_BY == "site" else {}
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
    if SAVE:
        Path(SAVE).write_text(json.dumps({
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
        (f" --with {','.join(WITH)}" if WITH else "")
        + (f" --weighting {WEIGHTING}" if WEIGHTING != "sqrt" else "")
        + "".join(f" --part-weight {k}={v:g}" for k, v in sorted(PART_WEIGHT.items()))
    )
    if WITHOUT:
        options += f" --without {','.join(WITHOUT)}"
    if WORDS_USED:
        options += f" --words {','.join(WORDS_USED)}"
    if SOUND_ONLY != ("fresh-a",):
        options += f" --sound-only {','.join(SOUND_ONLY)}"
    named = {
        "dates": "the even half of dates",
        "odd-a": "the odd-a quarter of dates",
        "fresh-a": "the fresh set's studied half (bench/fresh_pages.py, even places)",
    }
    sound_note = ", ".join(named[k] for k in SOUND_ONLY if k in ("dates", *WITH))
    data = {
        "format": line_model.FORMAT,
        "model": f"logistic regression (scikit-learn LogisticRegression, L2, C={c:g}), "
        "features standardised, the scaling folded into the weights; sample weight: "
        + {"sqrt": "sqrt(words)", "words": "words", "one": "1"}[WEIGHTING]
        + "".join(f", {k} lines x{v:g}" for k, v in sorted(PART_WEIGHT.items())),
        "features": list(line_features.FEATURES),
        "weights": [round(v, 6) for v in coef],
        "intercept": round(b, 6),
        "trained": {
            "command": f"uv run python bench/train_line_model.py fit -c {c:g}" + options,
            "date": dt.date.today().isoformat(),
            "data": "lines of ../shared/bench/aeb (gold), of the even half of "
            "../shared/bench/dates (the HTML reader's body; never odd-b)"
            + "".join(f" and of {named[k]} (labelled the same)" for k in WITH)
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
            "lexicon": f"words seen on {MIN_SITES} sites or more of {len(counts)}, valued by "
            "the log-odds of their rate outside the story against in it (each rate the mean "
            f"over sites, {SMOOTH:g} added); the model's word features cross-fitted by site",
            "words used": list(WORDS_USED),
            "not fitted": ", ".join(
                [n for n in line_features.WORD_FEATURES if n not in WORDS_USED] + list(WITHOUT)
            )
            + ": weight 0 (left out of the fit)",
        },
        "lexicon": dict(sorted(lexicon.items())),
    }
    MODEL_FILE.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"{MODEL_FILE}: {len(y)} lines of {len(set(groups))} sites, {len(lexicon)} words")


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


def main() -> None:
    global WORDS_USED, MIN_SITES, SMOOTH, GROUP_BY, SAVE, WITHOUT, WITH, NO_TRAIN, SOUND_ONLY
    global WEIGHTING, PART_WEIGHT, SHIPPED
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("step", choices=("cache", "cv", "fit", "score", "compare"))
    parser.add_argument("files", nargs="*", help="compare: two files of cv --save")
    parser.add_argument("-c", type=float, default=1.0, help="inverse regularisation")
    parser.add_argument("--boosted", action="store_true", help="also cross-validate trees")
    parser.add_argument("--fresh", action="store_true", help="compute the features again")
    parser.add_argument("--lines-only", action="store_true", help="no reader CV (faster)")
    parser.add_argument(
        "--modes",
        default="hand,model,wrong-hand,wrong-model",
        help="the reader CV's modes, comma-separated (" + ", ".join(MODES) + ")",
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a constant of the line model (line_model.py, model_choice.py, model_trim.py) set "
        "otherwise for this run (to cross-validate it)",
    )
    parser.add_argument("--words", default="", help="the word features fitted (comma-separated "
                        "of line_features.WORD_FEATURES, or 'all'; none by default)")  # fmt: skip
    parser.add_argument("--min-sites", type=int, default=MIN_SITES, help="a lexicon word's sites")
    parser.add_argument("--smooth", type=float, default=SMOOTH, help="the lexicon's smoothing")
    parser.add_argument("--group", choices=("site", "page"), default="site", help="fold by")
    parser.add_argument("--without", default="", help="features left out, comma-separated")
    parser.add_argument(
        "--with",
        default="",
        dest="with_sets",
        help="studied sets in the data too, comma-separated (" + ", ".join(EXTRA_SETS) + ")",
    )
    parser.add_argument("--with-odd-a", action="store_true", help="as --with odd-a")
    parser.add_argument("--no-train", default="", help="cv: sets read, never in a fold's fit")
    parser.add_argument("--no-train-odd-a", action="store_true", help="as --no-train odd-a")
    parser.add_argument(
        "--sound-only",
        default=",".join(SOUND_ONLY),
        help="sets fitted on their sound pages only (dates: the even half)",
    )
    parser.add_argument("--weighting", choices=("sqrt", "words", "one"), default=WEIGHTING)
    parser.add_argument("--part-weight", default="", help="SET=F,...: a set's lines' weight")
    parser.add_argument("--shipped", action="store_true", help="cv: read with line_model.json")
    parser.add_argument("--save", default="", help="a JSON file for the reader CV's page scores")
    args = parser.parse_args()
    from newsdesk.extract.text import line_features as _lm

    chosen = (
        tuple(_lm.WORD_FEATURES)
        if args.words == "all"
        else tuple(filter(None, args.words.split(",")))
    )
    unknown = set(chosen) - set(_lm.WORD_FEATURES)
    if unknown:
        raise SystemExit(f"no word feature {', '.join(sorted(unknown))}")
    WORDS_USED, MIN_SITES, SMOOTH, GROUP_BY = chosen, args.min_sites, args.smooth, args.group
    SAVE = args.save
    WITH = tuple(filter(None, args.with_sets.split(","))) + (("odd-a",) if args.with_odd_a else ())
    NO_TRAIN = tuple(filter(None, args.no_train.split(","))) + (
        ("odd-a",) if args.no_train_odd_a else ()
    )
    SOUND_ONLY = tuple(filter(None, args.sound_only.split(",")))
    if set(WITH) - set(EXTRA_SETS):
        raise SystemExit(f"--with: one of {', '.join(EXTRA_SETS)}")
    if set(NO_TRAIN) - set(WITH) - {"aeb", "dates"}:
        raise SystemExit("--no-train names a set not in the data (--with)")
    WEIGHTING, SHIPPED = args.weighting, args.shipped
    PART_WEIGHT = {
        k: float(v) for k, v in (x.split("=") for x in filter(None, args.part_weight.split(",")))
    }
    WITHOUT = tuple(filter(None, args.without.split(",")))
    if set(WITHOUT) - set(_lm.FEATURES):
        raise SystemExit(f"no feature {', '.join(sorted(set(WITHOUT) - set(_lm.FEATURES)))}")
    if args.set:
        from newsdesk.extract.text import line_features, line_model, model_choice, model_trim

        # A constant is set in every module of the model that holds it (model_trim reads
        # model_choice's THRESHOLD as its own).
        modules = (line_features, line_model, model_choice, model_trim)
        for setting in args.set:
            name, value = setting.split("=")
            holding = [module for module in modules if hasattr(module, name)]
            if not holding:
                raise SystemExit(f"the line model's modules have no {name}")
            for module in holding:
                setattr(module, name, type(getattr(module, name))(value))
    if args.step == "cache":
        cache()
    elif args.step == "cv":
        cv(args.c, args.boosted, args.fresh, not args.lines_only, tuple(args.modes.split(",")))
    elif args.step == "fit":
        fit(args.c)
    elif args.step == "compare":
        compare(*args.files, modes=tuple(args.modes.split(",")))
    elif args.step == "score":
        report(reader_scores(load_dumps()))


if __name__ == "__main__":
    main()
