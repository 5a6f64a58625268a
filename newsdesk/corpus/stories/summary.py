"""What a story holds, built from its member articles (and the enrichment they carry).

Pure functions over `StoredArticle`s: the title is the most central headline, syndicated copies
are folded into the article they copy, conflicting figures are kept side by side with who reports
each, and the framing table shows, for each main actor, the labels each outlet uses.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any

from newsdesk.corpus.read import StoredArticle
from newsdesk.corpus.stories.features import tokenize

MAX_CENTRAL = 200  # headlines compared when choosing the title (the latest ones)
MAIN_ACTORS = 8
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘'])")


def central_headline(titles: Sequence[str]) -> int:
    """Index of the headline most similar, on average, to the others (bag-of-words cosine)."""
    bags = [Counter(tokenize(t)) for t in titles]
    if len(bags) <= 2:
        return max(range(len(titles)), key=lambda i: (len(bags[i]), -i)) if titles else 0
    total: Counter[str] = Counter()
    for bag in bags:
        total.update({w: 1.0 / math.sqrt(sum(b * b for b in bag.values())) for w in bag})

    def centrality(i: int) -> float:
        bag = bags[i]
        norm = math.sqrt(sum(b * b for b in bag.values()))
        if not norm:
            return -1.0
        # sum over the other headlines of cos(i, j), by linearity of the dot product.
        return sum(c * total[w] for w, c in bag.items()) / norm - 1.0

    return max(range(len(bags)), key=lambda i: (centrality(i), -i))


def short_summary(art: StoredArticle, limit: int = 320) -> str:
    a = art.article
    text = a.summary or a.standfirst or ""
    if not text:
        sentences = _SENTENCE_END.split(a.body.strip().split("\n\n")[0]) if a.body else []
        for sentence in sentences:
            if len(text) + len(sentence) > limit and text:
                break
            text = f"{text} {sentence}".strip()
    return text[:limit].rstrip()


def _article_entry(art: StoredArticle) -> dict[str, Any]:
    a = art.article
    return {
        "id": art.id,
        "source": art.source,
        "title": a.title,
        "outlet": a.outlet or art.site or "",
        "published": art.date,
        "role": a.role,
        "url": a.url,
    }


def collapse_copies(members: Sequence[StoredArticle]) -> list[dict[str, Any]]:
    """One entry per original article; copies (syndicated, re-captured) listed under it."""
    by_id = {m.id: m for m in members}
    entries: dict[str, dict[str, Any]] = {}
    copies: list[StoredArticle] = []
    for m in members:
        if m.canonical_id and m.canonical_id in by_id:
            copies.append(m)
        else:
            entries[m.id] = {**_article_entry(m), "copies": []}
    for c in copies:
        entry = entries.get(c.canonical_id or "")
        if entry is None:  # a copy of a copy: attach to its root
            root = c.canonical_id
            while root in by_id and by_id[root].canonical_id in by_id:
                root = by_id[root].canonical_id
            entry = entries.get(root or "")
        if entry is None:
            entries[c.id] = {**_article_entry(c), "copies": []}
            continue
        entry["copies"].append(
            {"id": c.id, "source": c.source, "outlet": c.article.outlet, "relation": c.relation}
        )
    return sorted(entries.values(), key=lambda e: (e["published"] or "", e["id"]))


def _timeline(members: Sequence[StoredArticle], ticker: Sequence[dict]) -> list[dict[str, Any]]:
    items = []
    for m in members:
        for ev in m.article.events or []:
            items.append(
                {
                    "date": ev.date or m.date,
                    "kind": "event",
                    "type": ev.type,
                    "place": ev.place,
                    "actors": ev.actors,
                    "dead": ev.dead,
                    "wounded": ev.wounded,
                    "text": m.article.body[ev.start : ev.end],
                    "outlet": m.article.outlet,
                    "article_id": m.id,
                }
            )
    for t in ticker:
        items.append(
            {
                "date": t.get("first_seen"),
                "kind": "ticker",
                "text": t.get("text"),
                "attribution": t.get("attribution"),
                "ticker_id": t.get("id"),
            }
        )
    return sorted(items, key=lambda x: x["date"] or "")


def _quotes(members: Sequence[StoredArticle]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in members:
        for q in m.article.quotes or []:
            out[q.speaker or "(unattributed)"].append(
                {
                    "content": q.content,
                    "direct": q.direct,
                    "cue": q.cue,
                    "outlet": m.article.outlet,
                    "article_id": m.id,
                }
            )
    return dict(sorted(out.items(), key=lambda kv: -len(kv[1])))


def _counts(members: Sequence[StoredArticle]) -> list[dict[str, Any]]:
    """Per kind of figure, each distinct number with who reports it (and through whom)."""
    figures: dict[str, dict[int, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for m in members:
        for c in m.article.counts or []:
            figures[c.kind][c.number].append(
                {
                    "outlet": m.article.outlet,
                    "reporter": c.reporter,
                    "qualifier": c.qualifier,
                    "group": c.group,
                    "place": c.place,
                    "article_id": m.id,
                }
            )
    out = []
    for kind, numbers in figures.items():
        out.append(
            {
                "kind": kind,
                "conflicting": len(numbers) > 1,
                "figures": [
                    {"number": n, "reported_by": who} for n, who in sorted(numbers.items())
                ],
            }
        )
    return sorted(out, key=lambda x: -sum(len(f["reported_by"]) for f in x["figures"]))


def _places(members: Sequence[StoredArticle]) -> list[dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}
    mentions: Counter[str] = Counter()
    for m in members:
        for p in m.article.places or []:
            mentions[p.name] += 1
            seen.setdefault(
                p.name, {"name": p.name, "lat": p.lat, "lon": p.lon, "country": p.country}
            )
    return [{**seen[name], "mentions": n} for name, n in mentions.most_common()]


def _actors(members: Sequence[StoredArticle]) -> list[str]:
    """Main actors: the entities named by the most member articles."""
    named: Counter[str] = Counter()
    for m in members:
        named.update({e.name for e in m.article.entities or [] if e.type in _ACTOR_TYPES})
    # Ties by name: the counts come from sets, whose order changes from run to run.
    ranked = sorted(named.items(), key=lambda item: (-item[1], item[0]))
    return [name for name, _ in ranked[:MAIN_ACTORS]]


_ACTOR_TYPES = {"PERSON", "ORG", "NORP", "GPE"}


def _framing(members: Sequence[StoredArticle], actors: Sequence[str]) -> dict[str, dict[str, list]]:
    """For each main actor (and any labelled entity), the labels each outlet uses for it."""
    table: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for m in members:
        for label in m.article.labels or []:
            if not label.entity.strip():
                continue
            table[label.entity][m.article.outlet or m.site or ""][label.label] += 1
    ordered = [a for a in actors if a in table] + sorted(a for a in table if a not in actors)
    return {
        actor: {
            outlet: [lab for lab, _ in c.most_common()]
            for outlet, c in sorted(table[actor].items())
        }
        for actor in ordered
    }


def build_story(
    story_id: str,
    members: Sequence[StoredArticle],
    *,
    ticker: Sequence[dict[str, Any]] = (),
    merged_from: Sequence[dict[str, Any]] = (),
) -> dict[str, Any]:
    """The story record (DESIGN.md `newsdesk stories --json` shape, plus the detail keys)."""
    if not members:
        raise ValueError(f"story {story_id}: no member articles")
    ordered = sorted(members, key=lambda m: (m.date or "", m.id))
    recent = ordered[-MAX_CENTRAL:]
    central = recent[central_headline([m.article.title for m in recent])]
    dates = [m.date for m in ordered if m.date]
    actors = _actors(ordered)
    articles = collapse_copies(ordered)
    return {
        "id": story_id,
        "title": central.article.title,
        "summary": short_summary(central),
        "first_seen": dates[0] if dates else None,
        "last_seen": dates[-1] if dates else None,
        "article_count": len(ordered),
        "outlets": sorted({m.article.outlet or m.site or "" for m in ordered} - {""}),
        "articles": articles,
        "timeline": _timeline(ordered, ticker),
        "quotes": _quotes(ordered),
        "counts": _counts(ordered),
        "places": _places(ordered),
        "actors": actors,
        "framing": _framing(ordered, actors),
        "merged_from": list(merged_from),
    }
