"""Story clustering scored on ../shared/bench/stories: B-cubed precision, recall and F1.

Articles are fed in publication-date order, as they would arrive. The same run measures a plain
baseline (TF-IDF fitted on the whole set, single pass, each article joins the most similar
centroid above a threshold, best threshold on a grid: the baseline is given every advantage) and
a held-out check: the clusterer's threshold tuned on half of the events, scored on the other half.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from newsdesk.corpus.stories.cluster import ClusterParams, StoryClusterer
from newsdesk.corpus.stories.features import StoryItem, to_days
from newsdesk.extract.newsplease import read_newsplease
from newsdesk.records import Article

DEFAULT_DIR = Path(__file__).resolve().parents[3] / "shared" / "bench" / "stories"
THRESHOLD_GRID = tuple(round(0.10 + 0.025 * i, 3) for i in range(13))  # 0.10 .. 0.40


@dataclass(frozen=True)
class BCubed:
    precision: float
    recall: float
    f1: float
    items: int
    clusters: int


@dataclass
class LabelledArticle:
    file: str
    event: str
    article: Article


def bcubed(predicted: dict[str, str], gold: dict[str, str]) -> BCubed:
    """B-cubed precision and recall, averaged over items (Bagga and Baldwin 1998)."""
    keys = [k for k in gold if k in predicted]
    if not keys:
        return BCubed(0.0, 0.0, 0.0, 0, 0)
    pred_size = Counter(predicted[k] for k in keys)
    gold_size = Counter(gold[k] for k in keys)
    both = Counter((predicted[k], gold[k]) for k in keys)
    precision = sum(both[predicted[k], gold[k]] / pred_size[predicted[k]] for k in keys)
    recall = sum(both[predicted[k], gold[k]] / gold_size[gold[k]] for k in keys)
    p, r = precision / len(keys), recall / len(keys)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return BCubed(p, r, f1, len(keys), len(pred_size))


def load_bench(directory: Path = DEFAULT_DIR) -> list[LabelledArticle]:
    """The labelled articles, oldest first (ties by file name, so the order is reproducible)."""
    labels_path = directory / "labels.json"
    if not labels_path.is_file():
        raise FileNotFoundError(f"{directory}: no labels.json (the stories benchmark is missing)")
    labels = json.loads(labels_path.read_text())
    out = []
    for name, event in labels.items():
        path = directory / "articles" / name
        page = read_newsplease(json.loads(path.read_text()), source=str(path))
        out.append(LabelledArticle(name, str(event), page.articles[0]))
    out.sort(key=lambda x: (x.article.published or "", x.file))
    return out


def enrich_bench(arts: Sequence[LabelledArticle]) -> None:
    """Run enrichment (spaCy) over the articles, in place."""
    from newsdesk.enrich import enrich_pages
    from newsdesk.records import Page

    pages = [Page(source=x.file, format="newsplease", articles=[x.article]) for x in arts]
    for art, page in zip(arts, enrich_pages(pages, workers=1), strict=True):
        art.article = page.articles[0]


def to_item(art: LabelledArticle) -> StoryItem:
    a = art.article
    entities = [e.name for e in a.entities or []] + [p.name for p in a.places or []]
    return StoryItem(
        id=art.file,
        time=to_days(a.published),
        title=a.title,
        body=a.body,
        outlet=a.outlet,
        entities=entities,
        url=a.url or "",
    )


def cluster_newsdesk(arts: Sequence[LabelledArticle], params: ClusterParams) -> dict[str, str]:
    clusterer = StoryClusterer(params)
    placed = {a.item_id: a.story_id for a in clusterer.add(to_item(x) for x in arts)}
    return {k: clusterer.resolve(v) for k, v in placed.items()}


def cluster_baseline(arts: Sequence[LabelledArticle], threshold: float) -> dict[str, str]:
    """Plain single-pass TF-IDF: each article joins the nearest centroid if cosine >= threshold."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [f"{x.article.title}\n{x.article.body}" for x in arts]
    matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)
    centroids: list[np.ndarray] = []
    out: dict[str, str] = {}
    for i, art in enumerate(arts):
        vec = matrix[i].toarray()[0]
        if centroids:
            stack = np.array(centroids)
            sims = stack @ vec / np.maximum(np.linalg.norm(stack, axis=1), 1e-12)
            best = int(sims.argmax())
            if sims[best] >= threshold:
                centroids[best] = centroids[best] + vec
                out[art.file] = str(best)
                continue
        centroids.append(vec.copy())
        out[art.file] = str(len(centroids) - 1)
    return out


def _score(arts: Sequence[LabelledArticle], cluster: Callable[[], dict[str, str]]) -> BCubed:
    return bcubed(cluster(), {x.file: x.event for x in arts})


def tune(
    arts: Sequence[LabelledArticle], run: Callable[[Sequence[LabelledArticle], float], BCubed]
) -> tuple[float, BCubed]:
    """The grid threshold with the best F1 on `arts` (the lowest one on ties)."""
    best = max(THRESHOLD_GRID, key=lambda t: (run(arts, t).f1, -t))
    return best, run(arts, best)


def split_events(arts: Sequence[LabelledArticle], seed: int) -> tuple[list, list]:
    events = sorted({x.event for x in arts})
    random.Random(seed).shuffle(events)
    half = set(events[: len(events) // 2])
    return [x for x in arts if x.event in half], [x for x in arts if x.event not in half]


def evaluate(
    directory: Path = DEFAULT_DIR,
    params: ClusterParams | None = None,
    *,
    enrich: bool = False,
    splits: int = 3,
) -> dict[str, Any]:
    """Scores of newsdesk and the baseline, and the held-out threshold check."""
    params = params or ClusterParams()
    arts = load_bench(directory)
    if enrich:
        enrich_bench(arts)

    def ours(subset: Sequence[LabelledArticle], threshold: float) -> BCubed:
        tuned = replace(params, threshold=threshold, dormant_threshold=threshold)
        return _score(subset, lambda: cluster_newsdesk(subset, tuned))

    def base(subset: Sequence[LabelledArticle], threshold: float) -> BCubed:
        return _score(subset, lambda: cluster_baseline(subset, threshold))

    result: dict[str, Any] = {
        "articles": len(arts),
        "events": len({x.event for x in arts}),
        "params": asdict(params),
        "enriched": enrich,
        "newsdesk": asdict(_score(arts, lambda: cluster_newsdesk(arts, params))),
    }
    if enrich:  # the same run with enrichment's canonical entities as terms
        with_entities = replace(params, entity_weight=0.5)
        result["newsdesk_with_entities"] = {
            **asdict(_score(arts, lambda: cluster_newsdesk(arts, with_entities))),
            "entity_weight": 0.5,
        }
    base_t, base_score = tune(arts, base)
    result["baseline"] = {**asdict(base_score), "threshold": base_t}
    held_out = []
    for seed in range(splits):
        for tune_half, test_half in [split_events(arts, seed), split_events(arts, seed)[::-1]]:
            t, on_tuned = tune(tune_half, ours)
            held_out.append(
                {
                    "seed": seed,
                    "threshold": t,
                    "f1_tuned_half": round(on_tuned.f1, 4),
                    "f1_held_out_half": round(ours(test_half, t).f1, 4),
                    "f1_held_out_default": round(
                        _score(test_half, lambda h=test_half: cluster_newsdesk(h, params)).f1, 4
                    ),
                }
            )
    result["held_out"] = held_out
    result["held_out_mean_f1"] = (
        round(sum(h["f1_held_out_half"] for h in held_out) / len(held_out), 4) if held_out else None
    )
    return result
