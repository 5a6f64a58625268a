"""One story, article, entity or outlet with everything its page shows, read from the corpus."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from sqlalchemy import Select, func, or_, select

from newsdesk.corpus import schema as t
from newsdesk.corpus.stories.records import fresh_record
from newsdesk.serve.reader import ARTICLE_LIST_COLUMNS, Reader, Row, day_of, story_data

a = t.articles.c
_ENRICHMENT = ("entities", "quotes", "counts", "places", "events", "labels")


def _facts(reader: Reader, table: Any, members: Select, limit: int = 300) -> list[Row]:
    """Fact rows (quotes, counts, ...) of some articles, each with its article's outlet and date."""
    query = (
        select(table, a.outlet, a.date.label("article_date"), a.title.label("article_title"))
        .join(t.articles, a.id == table.c.article_id)
        .where(table.c.article_id.in_(members))
        .order_by(a.date, table.c.article_id, table.c.position)
        .limit(limit)
    )
    return reader.rows(query)


def _labels(reader: Reader, members: Select) -> list[Row]:
    """(entity, outlet, label, n): how often each outlet gives each entity each label."""
    lb = t.labels.c
    query = (
        select(lb.entity, a.outlet, lb.label, func.count().label("n"))
        .join(t.articles, a.id == lb.article_id)
        .where(lb.article_id.in_(members))
        .group_by(lb.entity, a.outlet, lb.label)
    )
    return reader.rows(query)


def framing_table(
    labels: list[Row], actors: int = 12, max_outlets: int = 10
) -> tuple[list[str], list[tuple[str, dict[str, list[str]]]]]:
    """(outlets, rows): for each labelled entity, the labels each outlet uses, most used first."""
    cells: dict[str, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    weight: dict[str, int] = defaultdict(int)
    for row in labels:
        cells[row["entity"]][row["outlet"]][row["label"]] = row.get("n", 1)
        weight[row["entity"]] += row.get("n", 1)
    ordered = sorted(cells, key=lambda name: (-weight[name], name))[:actors]
    used: dict[str, int] = defaultdict(int)
    for name in ordered:
        for outlet, counts in cells[name].items():
            used[outlet] += sum(counts.values())
    outlets = sorted(sorted(used, key=lambda o: (-used[o], o))[:max_outlets])
    rows = [
        (name, {o: sorted(cells[name][o], key=lambda lb: (-cells[name][o][lb], lb))
                for o in cells[name]})
        for name in ordered
    ]  # fmt: skip
    return outlets, rows


def group_quotes(
    quotes: list[Row], speakers: int = 12, each: int = 4
) -> list[tuple[str, list[Row]]]:
    """Quotes grouped by speaker, the most quoted speaker first; unattributed quotes last."""
    groups: dict[str, list[Row]] = defaultdict(list)
    for quote in quotes:
        groups[quote["speaker"] or quote.get("speaker_text") or ""].append(quote)
    ranked = sorted(groups.items(), key=lambda kv: (kv[0] == "", -len(kv[1]), kv[0]))
    return [(speaker, items[:each]) for speaker, items in ranked[:speakers]]


def _story_quotes(reader: Reader, members: Select, speakers: int = 12) -> list[Row]:
    """The quotes of the most quoted speakers (and some unattributed ones), not every quote."""
    q = t.quotes.c
    top = [
        r["speaker"]
        for r in reader.rows(
            select(q.speaker, func.count().label("n"))
            .where(q.article_id.in_(members), q.speaker.is_not(None))
            .group_by(q.speaker)
            .order_by(func.count().desc(), q.speaker)
            .limit(speakers)
        )
    ]
    query = (
        select(t.quotes, a.outlet, a.date.label("article_date"), a.title.label("article_title"))
        .join(t.articles, a.id == q.article_id)
        .where(q.article_id.in_(members), or_(q.speaker.in_(top), q.speaker.is_(None)))
        .order_by(a.date, q.article_id, q.position)
        .limit(12 * speakers)
    )
    return reader.rows(query)


def _places(reader: Reader, members: Select, limit: int = 40) -> list[Row]:
    p = t.places.c
    query = (
        select(p.name, func.max(p.country).label("country"), func.max(p.lat).label("lat"),
               func.max(p.lon).label("lon"), func.count(p.article_id.distinct()).label("n"))
        .where(p.article_id.in_(members))
        .group_by(p.name)
        .order_by(func.count(p.article_id.distinct()).desc(), p.name)
        .limit(limit)
    )  # fmt: skip
    return reader.rows(query)


def story_detail(reader: Reader, story_id: str) -> Row | None:
    s, sa = t.stories.c, t.story_articles.c
    story = reader.one(select(t.stories).where(s.id == story_id))
    if story is None:
        return None
    data = story_data(story.pop("data"))
    # A large story's record is rebuilt only every so often during ingest: one that has been
    # joined since is built afresh here, so its title, summary and ticker are never stale.
    fresh = reader.run(lambda conn: fresh_record(conn, story_id))
    if fresh is not None:
        data = {**data, **fresh}
        story["title"] = fresh.get("title", story["title"])
    members = reader.rows(
        select(*ARTICLE_LIST_COLUMNS, a.summary, sa.score)
        .join(t.story_articles, sa.article_id == a.id)
        .where(sa.story_id == story_id)
        .order_by(a.date.nullslast(), a.num)
    )
    ids = [m["id"] for m in members]
    copies = {
        r["article_id"]: r
        for r in reader.rows(select(t.duplicates).where(t.duplicates.c.article_id.in_(ids)))
    }
    by_outlet: dict[str, list[Row]] = defaultdict(list)
    for member in members:
        member["copy_of"] = copies.get(member["id"])
        by_outlet[member["outlet"]].append(member)
    # The members as a subquery, not a list of ids: the database joins through story_articles
    # instead of binding (and probing) hundreds of parameters per query.
    scope = select(sa.article_id).where(sa.story_id == story_id)
    outlets, framing = framing_table(_labels(reader, scope))
    return {
        **story,
        "summary": data.get("summary"),
        "data": data,
        "articles": members,
        "coverage": sorted(by_outlet.items(), key=lambda kv: (-len(kv[1]), kv[0])),
        "quotes": group_quotes(_story_quotes(reader, scope)),
        "counts": _facts(reader, t.counts, scope, limit=80),
        "places": _places(reader, scope),
        "events": sorted(
            _facts(reader, t.events, scope), key=lambda e: e["date"] or e["article_date"] or ""
        ),
        # Ticker items and merges are known to the stories stage only: read from its record.
        "ticker": [i for i in data.get("timeline") or [] if i.get("kind") == "ticker"][:40],
        "merged_from": data.get("merged_from") or [],
        "framing_outlets": outlets,
        "framing": framing,
        "timeline_points": [(m["outlet"], m["date"]) for m in members],
    }


def _enrichment(raw: str | None) -> Row | None:
    if not raw:
        return None
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    return {name: data.get(name) or [] for name in _ENRICHMENT} | {"summary": data.get("summary")}


def article_detail(reader: Reader, article_id: str) -> Row | None:
    row = reader.one(select(t.articles).where(a.id == article_id))
    if row is None:
        return None
    row["enrichment"] = _enrichment(row["enrichment"])
    sha = row["capture_sha256"]
    c = t.captures.c
    row["capture"] = reader.one(
        select(c.sha256, c.source, c.url, c.captured_at, c.content_type, c.size, c.stored_at)
        .where(c.sha256 == sha)
    )  # fmt: skip
    row["page"] = reader.one(select(t.pages).where(t.pages.c.capture_sha256 == sha))
    d = t.duplicates.c
    row["copy_of"] = reader.one(
        select(d.canonical_id, d.relation, d.similarity, a.title, a.outlet)
        .join(t.articles, a.id == d.canonical_id)
        .where(d.article_id == article_id)
    )
    row["copies"] = reader.rows(
        select(d.article_id, d.relation, d.similarity, a.title, a.outlet, a.date)
        .join(t.articles, a.id == d.article_id)
        .where(d.canonical_id == article_id)
        .order_by(a.date)
    )
    row["same_page"] = reader.rows(
        select(*ARTICLE_LIST_COLUMNS)
        .where(a.capture_sha256 == sha, a.id != article_id)
        .order_by(a.position)
    )
    sa = t.story_articles.c
    membership = reader.one(
        select(t.stories.c.id, t.stories.c.title, t.stories.c.article_count)
        .join(t.story_articles, sa.story_id == t.stories.c.id)
        .where(sa.article_id == article_id)
    )
    row["story"] = membership
    row["related"] = []
    if membership:
        row["related"] = reader.rows(
            select(*ARTICLE_LIST_COLUMNS)
            .join(t.story_articles, sa.article_id == a.id)
            .where(sa.story_id == membership["id"], a.id != article_id)
            .order_by(a.date.desc().nullslast())
            .limit(12)
        )
    if not row["related"]:
        row["related"] = reader.rows(
            select(*ARTICLE_LIST_COLUMNS)
            .where(a.outlet == row["outlet"], a.id != article_id, a.capture_sha256 != sha)
            .order_by(a.date.desc().nullslast())
            .limit(6)
        )
    row["links"] = reader.rows(
        select(t.links).where(t.links.c.capture_sha256 == sha).order_by(t.links.c.position)
    )
    return row


def entity_detail(reader: Reader, name: str) -> Row | None:
    e = t.entities.c
    summary = reader.one(
        select(func.count().label("articles"), func.max(e.type).label("type"))
        .where(e.name == name)
    )  # fmt: skip
    quotes = reader.rows(
        select(t.quotes, a.outlet, a.date.label("article_date"), a.title.label("article_title"))
        .join(t.articles, a.id == t.quotes.c.article_id)
        .where(t.quotes.c.speaker == name)
        .order_by(a.date.desc().nullslast())
        .limit(60)
    )
    lb = t.labels.c
    labels = reader.rows(
        select(a.outlet, lb.label, lb.kind, func.count().label("n"))
        .join(t.articles, a.id == lb.article_id)
        .where(lb.entity == name)
        .group_by(a.outlet, lb.label, lb.kind)
        .order_by(a.outlet, func.count().desc())
    )
    if not summary or (not summary["articles"] and not quotes and not labels):
        return None
    aliases: set[str] = set()
    roles: set[str] = set()
    for row in reader.rows(select(e.aliases, e.roles).where(e.name == name).limit(300)):
        aliases.update(row["aliases"])
        roles.update(row["roles"])
    aliases.discard(name)
    mentions = reader.rows(
        select(a.outlet, a.date, e.mention_count)
        .join(t.articles, a.id == e.article_id)
        .where(e.name == name)
        .limit(20000)
    )
    articles = reader.rows(
        select(*ARTICLE_LIST_COLUMNS)
        .join(t.entities, e.article_id == a.id)
        .where(e.name == name)
        .order_by(a.date.desc().nullslast())
        .limit(20)
    )
    by_outlet: dict[str, list[Row]] = defaultdict(list)
    for label in labels:
        by_outlet[label["outlet"]].append(label)
    return {
        "name": name,
        "type": summary["type"],
        "article_count": summary["articles"],
        "aliases": sorted(aliases),
        "roles": sorted(roles),
        "quotes": quotes,
        "labels": sorted(by_outlet.items()),
        "mention_points": [(m["outlet"], m["date"], m["mention_count"]) for m in mentions],
        "articles": articles,
    }


def outlet_detail(reader: Reader, name: str) -> Row | None:
    summary = reader.one(
        select(func.count().label("n"), func.min(a.date).label("first"),
               func.max(a.date).label("last")).where(a.outlet == name)
    )  # fmt: skip
    if not summary or not summary["n"]:
        return None
    sections = reader.rows(
        select(a.section.label("name"), func.count().label("n"))
        .where(a.outlet == name, a.section.is_not(None))
        .group_by(a.section)
        .order_by(func.count().desc())
        .limit(20)
    )
    lb = t.labels.c
    labels = reader.rows(
        select(lb.entity, lb.label, func.count().label("n"))
        .join(t.articles, a.id == lb.article_id)
        .where(a.outlet == name)
        .group_by(lb.entity, lb.label)
        .order_by(func.count().desc())
        .limit(30)
    )
    e = t.entities.c
    entities = reader.rows(
        select(e.name, func.max(e.type).label("type"), func.count().label("n"))
        .join(t.articles, a.id == e.article_id)
        .where(a.outlet == name)
        .group_by(e.name)
        .order_by(func.count().desc())
        .limit(15)
    )
    days = reader.rows(
        select(day_of(a.date).label("day"), func.count().label("n"))
        .where(a.outlet == name)
        .group_by(day_of(a.date))
    )
    recent = reader.rows(
        select(*ARTICLE_LIST_COLUMNS)
        .where(a.outlet == name)
        .order_by(a.date.desc().nullslast(), a.num.desc())
        .limit(25)
    )
    return {
        "name": name,
        **summary,
        "sections": sections,
        "labels": labels,
        "entities": entities,
        "day_points": [(name, d["day"], d["n"]) for d in days],
        "articles": recent,
    }
