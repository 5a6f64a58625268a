"""Load benchmark of the reader: req/s and p50/p95/p99 for home, story, article and search pages.

    uv run python bench/serve.py [--articles 100000] [--duration 20] [--connections 8]

1. Builds (once, cached in bench/out/) a corpus of N articles by resampling the 204 real
   news-please articles of ../shared/bench/stories: each round shifts the dates, keeps the real
   outlets, titles and bodies (plus one line that makes every body distinct), adds a ticker item
   per page, and groups each labelled event's copies into stories of about a week. Enrichment
   (entities, quotes, counts, places, events, labels) is the real `newsdesk.enrich` output on the
   204 base articles, copied to every resampled copy (offsets stay valid: bodies only grow at
   the end). Pages are written with the corpus's own write_page.
2. Starts `newsdesk serve` in its own process on loopback and drives it from a second process:
   wrk (Debian package) with a Lua script cycling through many URLs of each kind, or, without wrk,
   a Python thread-pool client. A warm-up run precedes each measured run.
3. Writes the figures to BENCHMARKS.md (section "Reader load") with machine and date.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from _machine import describe  # bench/ is on sys.path when a bench runs

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "bench" / "stories"
OUT = ROOT / "bench" / "out"
SECTION = "## Reader load (bench/serve.py)"
ROUND_SPACING_HOURS = 18  # consecutive resampling rounds are this far apart in time
TICKER_ROUNDS = 3  # a ticker item is sighted on the copies of this many rounds
STORY_ROUNDS = 7  # copies of one event within this many rounds form one story (~5 days)


def base_pages() -> tuple[list, dict[str, str]]:
    """The real articles as enriched Pages (one article each), and their event labels."""
    from newsdesk.extract.newsplease import read_newsplease

    labels = json.loads((BENCH / "labels.json").read_text())
    pages = []
    for path in sorted((BENCH / "articles").glob("*.json")):
        page = read_newsplease(json.loads(path.read_text()), source=path.name)
        if page.articles and page.articles[0].body.strip():
            pages.append(page)
    try:
        from newsdesk.enrich import enrich_pages

        pages = list(enrich_pages(pages, workers=2))
    except ImportError:
        print("newsdesk.enrich is not available: the corpus has no enrichment facts")
    return pages, labels


COPIED_TABLES = ("entities", "mentions", "quotes", "counts", "places", "events", "labels")


def build_corpus(db: Path, n_articles: int) -> dict[str, object]:
    """Write a resampled corpus of `n_articles` into a new SQLite file.

    Round 0 goes through the corpus's own write_page (so every row has the store's format); the
    later rounds copy round 0's rows with new ids, shifted dates and a distinct body line, in
    bulk inserts (the per-page path would take hours for 100,000 enriched articles).
    """
    from sqlalchemy import select, text
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    from newsdesk.corpus import open_store
    from newsdesk.corpus import schema as t
    from newsdesk.corpus import write as corpus_write
    from newsdesk.corpus.facts import assign_stories, save_stories
    from newsdesk.records import Capture, TickerItem

    started = time.perf_counter()
    pages, labels = base_pages()
    enriched = sum(1 for p in pages if p.articles[0].entities is not None)
    rng = random.Random(7)
    start = datetime(2025, 1, 1, 6, 0)
    base_ids: list[tuple[str, str | None]] = []  # (article id, event label) of round 0
    with open_store(db) as store:
        with store.write() as conn:
            for i, base in enumerate(pages):
                page = _copy(base, 0, i, start, rng, pages, TickerItem)
                sha, _ = corpus_write.insert_capture(
                    conn, Capture(page.source, page.source.encode())
                )
                versions = {"extract_version": "bench", "enrich_version": "bench"}
                [aid] = corpus_write.write_page(conn, sha, page, signatures={0: None}, **versions)
                base_ids.append((aid, labels.get(base.source)))
        with store.read() as conn:
            ids = [aid for aid, _ in base_ids]
            articles = {r["id"]: dict(r) for r in conn.execute(
                select(t.articles).where(t.articles.c.id.in_(ids))).mappings()}  # fmt: skip
            shas = {r["capture_sha256"] for r in articles.values()}
            captures = {r["sha256"]: dict(r) for r in conn.execute(
                select(t.captures).where(t.captures.c.sha256.in_(shas))).mappings()}  # fmt: skip
            page_rows = {r["capture_sha256"]: dict(r) for r in conn.execute(
                select(t.pages).where(t.pages.c.capture_sha256.in_(shas))).mappings()}  # fmt: skip
            items = {r["id"]: dict(r) for r in conn.execute(select(t.ticker_items)).mappings()}
            sightings: dict[str, list[dict]] = {}
            for row in conn.execute(select(t.ticker_sightings)).mappings():
                item = items[row["item_id"]]
                sighting = dict(row, text=item["text"], attribution=item["attribution"])
                sightings.setdefault(row["capture_sha256"], []).append(sighting)
            facts = {name: [dict(r) for r in conn.execute(
                select(getattr(t, name)).where(getattr(t, name).c.article_id.in_(ids))).mappings()]
                for name in COPIED_TABLES}  # fmt: skip
        stories: dict[str, dict[str, object]] = {}
        assignments: list[tuple[str, str, float]] = []
        rounds = (n_articles + len(pages) - 1) // len(pages)
        written = 0
        for r in range(rounds):
            todo = min(len(base_ids), n_articles - written)
            chosen = base_ids[:todo]
            if r == 0:  # already written: the stories need only their ids and dates
                copies = [(aid, articles[aid]["date"]) for aid, _ in chosen]
            else:
                rows = _round_rows(
                    r, chosen, articles, captures, page_rows, sightings, facts, rng, start
                )
                with store.write() as conn:
                    # Ticker items recur over a few rounds: the first sighting adds them.
                    new_items = sqlite_insert(t.ticker_items).on_conflict_do_nothing()
                    conn.execute(new_items, list(rows.pop("ticker_items").values()))
                    for name, table_rows in rows.items():
                        if table_rows:
                            conn.execute(getattr(t, name).insert(), table_rows)
                copies = [(a["id"], a["date"]) for a in rows["articles"]]
            for (aid, label), (new_id, when) in zip(chosen, copies, strict=True):
                if label is None:
                    continue
                sid = f"{label}-{r // STORY_ROUNDS}"
                first = {"id": sid, "title": articles[aid]["title"], "first_seen": when}
                story = stories.setdefault(sid, {**first, "article_count": 0})
                story["last_seen"] = when
                story["article_count"] = int(story["article_count"]) + 1  # type: ignore[call-overload]
                assignments.append((new_id, sid, 1.0))
            written += todo
            if r % 50 == 0:
                print(f"  {written} articles written ({time.perf_counter() - started:.0f} s)")
        with store.write() as conn:
            save_stories(conn, list(stories.values()))
            assign_stories(conn, assignments, method_version="bench")
            seen = "(SELECT {}(captured_at) FROM ticker_sightings WHERE item_id = id)"
            conn.execute(text(
                f"UPDATE ticker_items SET first_seen = {seen.format('min')}, "
                f"last_seen = {seen.format('max')}"))  # fmt: skip
    import sqlite3

    with sqlite3.connect(db, isolation_level=None) as raw:  # outside any transaction
        raw.execute("ANALYZE")
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    seconds = round(time.perf_counter() - started)
    return {"articles": written, "stories": len(stories), "base_articles": len(pages),
            "enriched_base": enriched, "build_seconds": seconds}  # fmt: skip


def _round_rows(r, chosen, articles, captures, page_rows, sightings, facts, rng, start):  # type: ignore[no-untyped-def]
    """Round r's copies of the base rows: new capture shas and article ids, shifted dates."""
    import hashlib

    from newsdesk.corpus.write import ticker_id

    tables: dict[str, Any] = {"captures": [], "pages": [], "articles": [],
                              "ticker_sightings": [], "ticker_items": {}}  # fmt: skip
    id_map: dict[str, str] = {}
    for i, (aid, _) in enumerate(chosen):
        base = articles[aid]
        sha = hashlib.sha256(f"bench-{r}-{i}".encode()).hexdigest()
        new_id = f"{sha[:16]}-0"
        id_map[aid] = new_id
        when = start + timedelta(hours=r * ROUND_SPACING_HOURS, minutes=rng.randrange(0, 600))
        iso = when.isoformat(timespec="minutes")
        source = f"bench://round-{r}/{i}"
        capture = dict(captures[base["capture_sha256"]], sha256=sha, source=source,
                       data=source.encode(), size=len(source))  # fmt: skip
        page = dict(page_rows[base["capture_sha256"]], capture_sha256=sha, source=source,
                    captured_at=iso)  # fmt: skip
        body = (
            base["body"].rsplit("\n\nFiled ", 1)[0]
            + f"\n\nFiled {when:%d %b %Y %H:%M}, desk {r}-{i}."
        )
        article = dict(base, capture_sha256=sha, id=new_id, published=iso, date=iso, body=body,
                       body_sha256=hashlib.sha256(body.encode()).hexdigest())  # fmt: skip
        article.pop("num", None)
        tables["captures"].append(capture)
        tables["pages"].append(page)
        tables["articles"].append(article)
        for sighting in sightings.get(base["capture_sha256"], []):
            # A ticker item stays up for TICKER_ROUNDS rounds (a day or two), then is replaced.
            item_text = f"{sighting['text']} (update {r // TICKER_ROUNDS})"
            item_id = ticker_id(item_text, sighting["attribution"])
            tables["ticker_items"][item_id] = {"id": item_id, "text": item_text,
                                               "attribution": sighting["attribution"]}  # fmt: skip
            tables["ticker_sightings"].append({
                "item_id": item_id, "capture_sha256": sha, "position": sighting["position"],
                "site": sighting["site"], "captured_at": iso})  # fmt: skip
    for name in COPIED_TABLES:
        tables[name] = [dict(row, article_id=id_map[row["article_id"]])
                        for row in facts[name] if row["article_id"] in id_map]  # fmt: skip
    return tables


def _copy(base, r, i, start, rng, pages, ticker_cls):  # type: ignore[no-untyped-def]
    """Round r's copy of a base page (the round-0 pages go through write_page as they are)."""
    import copy

    page = copy.deepcopy(base)
    article = page.articles[0]
    when = start + timedelta(hours=r * ROUND_SPACING_HOURS, minutes=rng.randrange(0, 600))
    article.published = when.isoformat(timespec="minutes")
    article.body = f"{article.body}\n\nFiled {when:%d %b %Y %H:%M}, desk {r}-{i}."
    page.source = f"bench://round-{r}/{i}"
    page.captured_at = article.published
    other = rng.choice(pages).articles[0]
    page.ticker = [ticker_cls(other.title, other.outlet or "Agency")]
    return page


def machine() -> str:
    return describe(memory=True)


def sample_paths(db: Path, rng: random.Random) -> dict[str, list[str]]:
    """Many distinct URLs per page kind, so the load does not hit one cached item."""
    from urllib.parse import quote

    from sqlalchemy import func, select

    from newsdesk.corpus import open_store
    from newsdesk.corpus import schema as t

    with open_store(db) as store, store.engine.connect() as conn:
        top = conn.execute(select(func.max(t.articles.c.num))).scalar() or 0
        nums = rng.sample(range(1, top + 1), min(500, top))
        articles = list(
            conn.execute(select(t.articles.c.id).where(t.articles.c.num.in_(nums))).scalars()
        )
        stories = list(
            conn.execute(select(t.stories.c.id).order_by(func.random()).limit(300)).scalars()
        )
        titles = list(
            conn.execute(select(t.articles.c.title).where(t.articles.c.num.in_(nums))).scalars()
        )
    words = sorted({w for title in titles for w in re.findall(r"[A-Za-z]{5,}", title)})
    # Many distinct queries (words and pairs of words from titles), so that the per-query
    # facet cache rarely answers: each request pays for a full search.
    queries = rng.sample(words, min(300, len(words)))
    queries += [f"{a} {b}" for a, b in zip(queries, rng.sample(queries, len(queries)), strict=True)]
    return {
        "home": ["/"],
        "story": [f"/stories/{quote(s)}" for s in stories],
        "article": [f"/articles/{a}" for a in articles],
        "search": [f"/search?q={quote(q)}" for q in queries],
    }  # fmt: skip


LUA = """
local paths = {%s}
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1])
end
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT {\\"requests\\": %%d, \\"seconds\\": %%f, \\"errors\\": %%d, "
    .. "\\"p50\\": %%f, \\"p95\\": %%f, \\"p99\\": %%f, \\"max\\": %%f}\\n",
    summary.requests, summary.duration / 1e6, errors,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
"""


def run_wrk(base: str, paths: list[str], duration: int, connections: int) -> dict[str, float]:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(LUA % ", ".join(json.dumps(p) for p in paths))
    try:
        proc = subprocess.run(
            ["wrk", "-t1", f"-c{connections}", f"-d{duration}s", "--timeout", "10s",
             "-s", script.name, base],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
    finally:
        os.unlink(script.name)
    line = next(x for x in proc.stdout.splitlines() if x.startswith("RESULT "))
    data = json.loads(line[len("RESULT ") :])
    data["rps"] = data["requests"] / data["seconds"]
    return data


def run_python_client(
    base: str, paths: list[str], duration: int, connections: int
) -> dict[str, float]:
    """Fallback load generator: `connections` threads with keep-alive clients, in this process."""
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    stop = time.monotonic() + duration

    def worker(offset: int) -> None:
        nonlocal errors
        with httpx.Client(base_url=base, timeout=10) as client:
            k = offset
            while time.monotonic() < stop:
                t0 = time.perf_counter()
                response = client.get(paths[k % len(paths)])
                elapsed = (time.perf_counter() - t0) * 1000
                with lock:
                    latencies.append(elapsed)
                    errors += response.status_code >= 400
                k += connections

    began = time.monotonic()
    with ThreadPoolExecutor(connections) as pool:
        list(pool.map(worker, range(connections)))
    seconds = time.monotonic() - began
    cuts = statistics.quantiles(latencies, n=100)
    return {"requests": len(latencies), "seconds": seconds, "errors": errors, "p50": cuts[49],
            "p95": cuts[94], "p99": cuts[98], "max": max(latencies),
            "rps": len(latencies) / seconds}  # fmt: skip


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve(db: Path, port: int) -> subprocess.Popen:
    env = {**os.environ, "NEWSDESK_TOKEN": ""}
    command = [str(Path(sys.executable).parent / "newsdesk"), "serve", "--db", str(db),
               "--port", str(port)]  # fmt: skip
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 180  # a loaded machine imports slowly
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=30)
            return process
        except httpx.TransportError:
            time.sleep(0.2)
    process.terminate()
    raise RuntimeError("the server did not start")


def measure(db: Path, args: argparse.Namespace) -> list[dict[str, object]]:
    paths = sample_paths(db, random.Random(11))
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    load = run_wrk if shutil.which("wrk") else run_python_client
    process = serve(db, port)
    rows = []
    try:
        for kind, urls in paths.items():
            for connections in args.connections:
                load(base, urls, 5, connections)  # warm-up: caches, page cache, pool
                busy = os.getloadavg()[0]
                result = load(base, urls, args.duration, connections)
                result.update(load=busy, connections=connections, kind=kind, urls=len(urls),
                              tool=load.__name__[4:])  # fmt: skip
                print(
                    f"  {connections:2} connection(s) {kind:8}"
                    f" {result['rps']:7.1f} req/s"
                    f"  p50 {result['p50']:6.1f}  p95 {result['p95']:6.1f}"
                    f"  p99 {result['p99']:6.1f} ms  errors {result['errors']}"
                )
                rows.append(result)
    finally:
        process.terminate()
        process.wait(timeout=30)
    return rows


def uncached(db: Path) -> dict[str, float]:
    """Home and charts with the aggregate cache off: what a cache miss costs (in-process)."""
    from fastapi.testclient import TestClient

    from newsdesk.serve import create_app

    out = {}
    with TestClient(create_app(str(db), cache_seconds=0)) as client:
        for name, path in (("home", "/"), ("charts", "/charts")):
            client.get(path)
            times = []
            for _ in range(5):
                t0 = time.perf_counter()
                client.get(path)
                times.append((time.perf_counter() - t0) * 1000)
            out[name] = statistics.median(times)
    return out


def render(
    info: dict[str, object], rows: list[dict[str, object]], cold: dict[str, float], args
) -> str:  # type: ignore[no-untyped-def]
    lines = [
        SECTION,
        "",
        f"Measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {machine()}.",
        f"Corpus: {info['articles']:,} articles in {info['stories']:,} stories (SQLite, WAL), "
        f"resampled from the {info['base_articles']} real articles of ../shared/bench/stories "
        f"({info['enriched_base']} enriched by newsdesk.enrich, facts copied to every copy).",
        f"Server: `newsdesk serve` (uvicorn) in its own process; load: {rows[0]['tool']} from a "
        f"second process on loopback, {' and '.join(map(str, args.connections))} connections, "
        f"{args.duration} s per page "
        "kind after a 5 s warm-up, cycling through many URLs per kind (stories, articles, "
        "search queries: words and pairs of words from titles). Both share the machine's "
        "cores, as do the other jobs running on it: the 1-minute load average when each run "
        "started is in the table (2 cores: above 2 means the server waited for CPU).",
        "",
        "| connections | page | URLs | req/s | p50 ms | p95 ms | p99 ms | errors | load avg |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        lines.append(
            f"| {row['connections']} | {row['kind']} | {row['urls']} | "
            f"{row['rps']:.0f} | "
            f"{row['p50']:.1f} | {row['p95']:.1f} | {row['p99']:.1f} | {row['errors']} | "
            f"{row['load']:.1f} |"
        )
    verdicts = []
    for connections in sorted({r["connections"] for r in rows}):
        missed = [f"{r['kind']} ({r['p95']:.0f} ms)" for r in rows
                  if r["connections"] == connections and float(r["p95"]) >= 100]  # fmt: skip
        verdict = "met by every page" if not missed else "missed by " + ", ".join(missed)
        verdicts.append(f"{connections} connection(s): {verdict}")
    lines += [
        "",
        "Target p95 < 100 ms: " + "; ".join(verdicts) + ".",
        f"Cache misses (in-process, median of 5): home {cold['home']:.0f} ms, charts "
        f"{cold['charts']:.0f} ms. Corpus-wide aggregates (home, charts) and search facet "
        "counts are cached for 30 s and refreshed in the background (stale-while-revalidate), "
        "so only a cold start pays them; ranked search hits, stories and articles are never "
        "cached.",
        "",
    ]
    return "\n".join(lines)


def write_section(section: str, target: Path) -> None:
    text = target.read_text() if target.exists() else "# Benchmarks\n"
    if SECTION in text:
        head, _, rest = text.partition(SECTION)
        # The section ends where the next one starts: its heading or its begin marker.
        following = re.search(r"\n(?:## |<!-- )", rest)
        text = head + section + (rest[following.start() + 1 :] if following else "")
    else:
        text = text.rstrip("\n") + "\n\n" + section
    target.write_text(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--duration", type=int, default=20)
    parser.add_argument("--connections", type=int, nargs="+", default=[1, 8])
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--no-write", action="store_true", help="Do not update BENCHMARKS.md.")
    args = parser.parse_args()
    if not BENCH.exists():
        sys.exit(f"{BENCH}: benchmark data not found")
    db = args.db or OUT / f"serve-{args.articles}.db"
    info_path = db.with_suffix(".json")
    if args.rebuild or not db.exists() or not info_path.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
        db.parent.mkdir(parents=True, exist_ok=True)
        print(f"Building a {args.articles:,}-article corpus in {db} …")
        info_path.write_text(json.dumps(build_corpus(db, args.articles)))
    info = json.loads(info_path.read_text())
    print(f"Corpus: {info}")
    rows = measure(db, args)
    cold = uncached(db)
    section = render(info, rows, cold, args)
    print(section)
    if not args.no_write:
        write_section(section, ROOT / "BENCHMARKS.md")


if __name__ == "__main__":
    main()
