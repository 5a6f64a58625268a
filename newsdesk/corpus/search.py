"""Full-text search over articles (titles, standfirsts, bodies, digest entries) and ticker items.

The user's query is parsed into words, "phrases", prefix* words, OR and -exclusions and rebuilt
for the backend in `search_query.py`. Ranking: BM25 (FTS5) or ts_rank_cd (PostgreSQL) over the
best candidates, then a recency boost relative to the newest article in the corpus.
"""

from __future__ import annotations

import html
import math
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Engine,
    bindparam,
    column,
    exists,
    func,
    literal_column,
    select,
    table,
    text,
    union,
)
from sqlalchemy.exc import DBAPIError

from newsdesk.corpus import schema as s
from newsdesk.corpus.read import QueryError, article_filters, date_bounds
from newsdesk.corpus.search_query import (
    ParsedQuery,
    fts5_query,
    parse_query,
    pg_query,
    word_pieces,
)

KINDS = ("article", "related", "digest-entry", "ticker")
_ROLE_OF_KIND = {"article": "main", "related": "related", "digest-entry": "digest-entry"}
_KIND_OF_ROLE = {v: k for k, v in _ROLE_OF_KIND.items()}
RECENCY_BOOST = 0.5  # an article from the newest day scores up to 1.5x one from long ago
RECENCY_HALF_LIFE_DAYS = 30.0
PG_POOL = 500  # PostgreSQL ranks the newest matches only (see _pg_article_candidates)
PG_TITLE_POOL = 150  # ... and the newest of those whose headline matches
_START, _STOP = "\x02", "\x03"


@dataclass
class Hit:
    id: str
    title: str
    outlet: str
    published: str | None
    source: str
    snippet: str  # HTML-safe: text escaped, matched words wrapped in <mark>...</mark>
    score: float
    kind: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


_ARTICLES_FTS = table("articles_fts", column("rowid"))
_TICKER_FTS = table("ticker_fts", column("rowid"))


def _match(name: str, fts: str) -> Any:
    return literal_column(name).op("MATCH")(bindparam("fts", fts))


def _recency(value: str | None, newest: datetime | None) -> float:
    when = _day(value)
    if when is None or newest is None:
        return 1.0
    days = max((newest - when).days, 0)
    return 1.0 + RECENCY_BOOST * math.pow(0.5, days / RECENCY_HALF_LIFE_DAYS)


def _snippet(raw: str | None) -> str:
    return html.escape(raw or "", quote=False).replace(_START, "<mark>").replace(_STOP, "</mark>")


def _article_candidates(
    conn: Any, parsed: ParsedQuery, filters: list[Any], n: int, enough: int
) -> list[dict[str, Any]]:
    """Up to `n` best matches; with filters, at least `enough` if that many pass them."""
    a = s.articles
    columns = (
        a.c.num,
        a.c.id,
        a.c.title,
        a.c.outlet,
        a.c.published,
        a.c.date,
        a.c.role,
        a.c.capture_sha256,
    )
    if conn.dialect.name == "sqlite":
        # FTS5 ranks its own matches fastest (ORDER BY rank, weights set by migration 0006);
        # join the metadata onto the best `pool` of them only. A selective filter may leave
        # too few of those: then rank every match that passes the filter (the full join).
        pool = n if not filters else max(n, 1000)
        rank = literal_column("rank")
        top = (
            select(_ARTICLES_FTS.c.rowid, rank.label("rank"))
            .where(_match("articles_fts", fts5_query(parsed)))
            .order_by(rank)
            .limit(pool)
            .subquery()
        )
        stmt = (
            select(*columns, (-top.c.rank).label("relevance"))
            .select_from(top.join(a, a.c.num == top.c.rowid))
            .where(*filters)
            .order_by(top.c.rank)
            .limit(n)
        )
        rows = [dict(r) for r in conn.execute(stmt).mappings()]
        if not filters or len(rows) >= enough:
            return rows
        stmt = (
            select(*columns, (-rank).label("relevance"))
            .select_from(_ARTICLES_FTS.join(a, a.c.num == _ARTICLES_FTS.c.rowid))
            .where(_match("articles_fts", fts5_query(parsed)), *filters)
            .order_by(rank)
        )
    else:
        return _pg_article_candidates(conn, parsed, filters, n, columns)
    return [dict(r) for r in conn.execute(stmt.limit(n)).mappings()]


def _pg_article_candidates(
    conn: Any, parsed: ParsedQuery, filters: list[Any], n: int, columns: tuple
) -> list[dict[str, Any]]:
    """Rank the newest PG_POOL matches, and the newest PG_TITLE_POOL whose headline matches.
    ts_rank_cd must de-TOAST every tsvector it ranks (about 25 us each), so ranking all 40,000
    matches of a common word takes most of a second; the GIN bitmaps find the matches and their
    dates without opening any tsvector. The headline pool keeps an older story about the word
    within reach of the ranking when newer articles only mention it."""
    a = s.articles
    tsv = literal_column("articles.tsv")
    query = pg_query(parsed)
    newest = a.c.date.desc().nulls_last()
    recent = select(a.c.num).where(tsv.op("@@")(query), *filters).order_by(newest)
    headlined = (
        select(a.c.num)
        .where(literal_column("articles.title_tsv").op("@@")(query), *filters)
        .order_by(newest)
    )
    pools = [
        recent.limit(PG_POOL).subquery().select(),
        headlined.limit(PG_TITLE_POOL).subquery().select(),
    ]
    pool = union(*pools).cte("pool").prefix_with("MATERIALIZED")
    relevance = func.ts_rank_cd(tsv, query, 32)
    stmt = (
        select(*columns, relevance.label("relevance"))
        .select_from(a.join(pool, pool.c.num == a.c.num))
        .order_by(relevance.desc())
        .limit(n)
    )
    # The planner's cost model does not know that a per-row `tsv @@ q` filter de-TOASTs the row:
    # steer it to the GIN bitmap for this statement only.
    conn.execute(text("SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off"))
    rows = [dict(r) for r in conn.execute(stmt).mappings()]
    conn.execute(text("RESET enable_seqscan; RESET enable_indexscan"))
    return rows


def _ticker_candidates(
    conn: Any, parsed: ParsedQuery, outlet: str | None, since: str | None, until: str | None, n: int
) -> list[dict[str, Any]]:
    t = s.ticker_items
    conds = date_bounds(t.c.last_seen, since, until)
    if outlet:
        sight = s.ticker_sightings
        conds.append(
            exists().where(sight.c.item_id == t.c.id, func.lower(sight.c.site) == outlet.lower())
        )
    columns = (t.c.num, t.c.id, t.c.text, t.c.attribution, t.c.last_seen)
    if conn.dialect.name == "sqlite":
        rank = literal_column("bm25(ticker_fts)")
        stmt = (
            select(*columns, (-rank).label("relevance"))
            .select_from(_TICKER_FTS.join(t, t.c.num == _TICKER_FTS.c.rowid))
            .where(_match("ticker_fts", fts5_query(parsed)), *conds)
            .order_by(rank)
        )
    else:
        tsv = literal_column("ticker_items.tsv")
        query = pg_query(parsed)
        relevance = func.ts_rank_cd(tsv, query, 32)
        stmt = (
            select(*columns, relevance.label("relevance"))
            .where(tsv.op("@@")(query), *conds)
            .order_by(relevance.desc())
        )
    return [dict(r) for r in conn.execute(stmt.limit(n)).mappings()]


def _article_snippets(conn: Any, parsed: ParsedQuery, nums: list[int]) -> dict[int, str]:
    if not nums:
        return {}
    if conn.dialect.name == "sqlite":
        # One statement per hit: FTS5 seeks straight to `rowid = ?`, but answers `rowid IN (...)`
        # by running the whole MATCH again (25x slower on a common word).
        snippet = func.snippet(literal_column("articles_fts"), -1, _START, _STOP, "…", 24)
        stmt = select(snippet.label("snippet")).where(
            _match("articles_fts", fts5_query(parsed)),
            _ARTICLES_FTS.c.rowid == bindparam("num"),
        )
        return {num: conn.execute(stmt, {"num": num}).scalar() for num in nums}
    # ts_headline re-parses whole bodies and costs tens of ms per hit; a window cut around the
    # first matching word in Python gives the same kind of snippet in microseconds.
    a = s.articles
    stmt = select(a.c.num, a.c.standfirst, a.c.body).where(a.c.num.in_(nums))
    return {
        r.num: text_snippet(f"{r.standfirst}\n{r.body}" if r.standfirst else r.body, parsed)
        for r in conn.execute(stmt)
    }


def _stems(parsed: ParsedQuery) -> list[str]:
    """Rough word stems of the query words (a prefix that survives English suffixes)."""
    words = {w.casefold() for g in parsed.groups for term in g for w in term.text.split()}
    return [w if len(w) <= 4 else w[: max(4, len(w) - 3)] for w in words]


def text_snippet(value: str, parsed: ParsedQuery, size: int = 24) -> str:
    """About `size` words of `value` around the first query word, query words marked."""
    stems = _stems(parsed)
    pieces = word_pieces(value)
    words = range(1, len(pieces), 2)

    def hit(i: int) -> bool:
        return pieces[i].casefold().startswith(tuple(stems))

    first = next((k for k, i in enumerate(words) if hit(i)), 0)
    lo = max(0, min(first - 6, len(words) - size))
    hi = min(len(words), lo + size)
    if not len(words):
        return value
    out = []
    for i in range(words[lo], words[hi - 1] + 1):
        piece = pieces[i]
        out.append(_START + piece + _STOP if i % 2 and hit(i) else piece)
    text = " ".join("".join(out).split())
    return ("…" if lo > 0 else "") + text + ("…" if hi < len(words) else "")


def _page_sources(conn: Any, shas: list[str]) -> dict[str, str]:
    if not shas:
        return {}
    stmt = select(s.pages.c.capture_sha256, s.pages.c.source).where(
        s.pages.c.capture_sha256.in_(set(shas))
    )
    return {r.capture_sha256: r.source for r in conn.execute(stmt)}


def _ticker_sources(conn: Any, ids: list[str]) -> dict[str, tuple[str, str | None]]:
    if not ids:
        return {}
    sight = s.ticker_sightings
    stmt = (
        select(sight.c.item_id, s.pages.c.source, sight.c.site)
        .join(s.pages, s.pages.c.capture_sha256 == sight.c.capture_sha256)
        .where(sight.c.item_id.in_(ids))
        .order_by(sight.c.item_id, sight.c.captured_at.desc())
    )
    found: dict[str, tuple[str, str | None]] = {}
    for row in conn.execute(stmt):
        found.setdefault(row.item_id, (row.source, row.site))
    return found


def search(
    engine: Engine,
    query: str,
    *,
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
    kind: str | None = None,
    limit: int = 20,
) -> list[Hit]:
    """The best `limit` hits for `query`, by relevance with a recency boost."""
    if kind is not None and kind not in KINDS:
        raise QueryError(f"--kind {kind!r}: not one of {', '.join(KINDS)}")
    if limit < 1:
        raise QueryError(f"--limit {limit}: must be at least 1")
    parsed = parse_query(query)
    n = max(200, limit * 5)
    try:
        with engine.connect() as conn:
            candidates: list[tuple[float, str, dict[str, Any]]] = []
            if kind != "ticker":
                filters = article_filters(
                    outlet=outlet, since=since, until=until, kind=_ROLE_OF_KIND.get(kind or "")
                )
                candidates += [
                    (r["relevance"], "a", r)
                    for r in _article_candidates(conn, parsed, filters, n, limit)
                ]
            if kind in (None, "ticker"):
                candidates += [
                    (r["relevance"], "t", r)
                    for r in _ticker_candidates(conn, parsed, outlet, since, until, n)
                ]
            newest_text = conn.execute(select(func.max(s.articles.c.date))).scalar()
            newest = _day(newest_text)
            ranked = sorted(
                (
                    (rel * _recency(r.get("date") or r.get("last_seen"), newest), origin, r)
                    for rel, origin, r in candidates
                ),
                key=lambda x: -x[0],
            )[:limit]
            snippets = _article_snippets(conn, parsed, [r["num"] for _, o, r in ranked if o == "a"])
            ticker_sources = _ticker_sources(conn, [r["id"] for _, o, r in ranked if o == "t"])
            sources = _page_sources(conn, [r["capture_sha256"] for _, o, r in ranked if o == "a"])
    except DBAPIError as exc:
        raise QueryError(f"{query!r}: the search index could not run this query") from exc
    hits = []
    for score, origin, r in ranked:
        if origin == "a":
            hits.append(
                Hit(
                    id=r["id"],
                    title=r["title"],
                    outlet=r["outlet"],
                    published=r["published"],
                    source=sources.get(r["capture_sha256"], ""),
                    snippet=_snippet(snippets.get(r["num"])),
                    score=float(f"{score:.6g}"),
                    kind=_KIND_OF_ROLE.get(r["role"], r["role"]),
                )
            )
        else:
            source, site = ticker_sources.get(r["id"], ("", None))
            shown = r["text"]
            if r["attribution"] and not shown.startswith(r["attribution"]):
                shown = f"{r['attribution']}: {shown}"
            hits.append(
                Hit(
                    id=r["id"],
                    title=shown,
                    outlet=site or "",
                    published=r["last_seen"],
                    source=source,
                    snippet=_snippet(text_snippet(shown, parsed, size=60)),
                    score=float(f"{score:.6g}"),
                    kind="ticker",
                )
            )
    return hits


def _day(value: str | None) -> datetime | None:
    """The day an ISO date or timestamp names; None when it names none."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value[:10])
    except ValueError:
        return None
