"""A page's site (the folds group by it) and the words of each site's lines: the lexicon a fold
learns from its own sites."""

from __future__ import annotations

import json
from collections import Counter

from line_model_fit import settings
from line_model_fit.data import BENCH, Dump

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
        if kind == "more":  # bench/more_pages.py wrote each page's site beside the pages
            out[(kind, page)] = _more_sites().get(page, f"more/{page}")
            continue
        url = truth[kind].get(page, {}).get("url")
        out[(kind, page)] = site_of(url) if url else f"{kind}/{page}"
    return out


def _more_sites() -> dict[str, str]:
    from line_model_fit.data import more_dir

    path = more_dir() / "sites.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


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

    need = settings.MIN_SITES if min_sites is None else min_sites
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
        odds = math.log(
            (rate_chrome[word] / n + settings.SMOOTH) / (rate_story[word] / n + settings.SMOOTH)
        )
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


def word_slice() -> slice:
    from newsdesk.extract.text import line_features

    start = len(line_features.TEXT_FEATURES)
    return slice(start, start + len(line_features.WORD_FEATURES))
