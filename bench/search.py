"""Search benchmark: latency of `Store.search` on 100,000 articles, SQLite and PostgreSQL.

    uv run python bench/search.py [--articles 100000] [--backends sqlite postgresql]

The corpus is generated from the bench pages' text (corpus_data.py) and written through the
corpus write path (FTS5 / tsvector kept in sync as in production; near-duplicate signatures are
skipped to save build time, they play no part in search). The SQLite corpus is kept in bench/out/
for reruns; PostgreSQL runs on a throwaway server (newsdesk.corpus.pgtemp).

Queries (fixed seed): 60% one word, 20% two words, 10% a two-word phrase, 10% a word with an
outlet or date filter; words drawn from the corpus vocabulary between frequency ranks 50 and 5000
(what people search: names and topics, not "the"). Each query runs once after a warm-up; the
latency is the wall time of the library call, snippets included (limit 20). Peer, same run: the
bare FTS5 / tsvector top-20 query without our ranking, snippets or filters.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import statistics
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).parent))
from corpus_data import OUTLETS, paragraphs, synthetic_articles
from ingest import machine

from newsdesk.corpus import open_store
from newsdesk.corpus.write import PageWrite, write_pages
from newsdesk.extract.newsplease import read_newsplease

OUT = Path(__file__).parent / "out"
LAST_CPU: list[float] = []
STOP = {
    "the", "and", "for", "that", "with", "from", "this", "have", "were", "said", "will", "would",
    "about", "their", "there", "which", "been", "they", "into", "more", "also", "after", "when",
    "other", "than", "what", "some", "could", "them", "only", "over",
}  # fmt: skip


def build(url: str, n: int) -> None:
    store = open_store(url)
    if store.stats()["articles"] >= n:
        store.close()
        return
    start = time.perf_counter()
    batch: list[PageWrite] = []
    for i, record in enumerate(synthetic_articles(n, seed=42)):
        page = read_newsplease(record, source=f"synthetic/{i}.json")
        sha = hashlib.sha256(f"synthetic {i}".encode()).hexdigest()
        batch.append(PageWrite(sha, page, extract_version="bench", signatures={}))
        if len(batch) == 1000:
            _flush(store, batch)
            batch = []
            print(f"\r  built {i + 1:,} articles", end="", file=sys.stderr)
    if batch:
        _flush(store, batch)
    print(f"\n  built in {time.perf_counter() - start:.0f}s", file=sys.stderr)
    store.close()


def _flush(store, batch: list[PageWrite]) -> None:
    from newsdesk.corpus import schema as s

    with store.write() as conn:
        conn.execute(
            s.captures.insert(),
            [
                {"sha256": w.capture_sha256, "data": b"", "source": w.page.source, "url": None,
                 "captured_at": None, "content_type": "application/json", "size": 0,
                 "stored_at": datetime.now(UTC).isoformat()}
                for w in batch
            ],
        )  # fmt: skip
        write_pages(conn, batch)


def queries(count: int = 300, seed: int = 5) -> list[tuple[str, dict]]:
    words = Counter(
        w for p in paragraphs() for w in re.findall(r"[a-z]{4,}", p.lower()) if w not in STOP
    )
    ranked = [w for w, _ in words.most_common(5000)][50:]
    paras = paragraphs()
    rng = random.Random(seed)
    out: list[tuple[str, dict]] = []
    for _ in range(count):
        roll = rng.random()
        if roll < 0.6:
            out.append((rng.choice(ranked), {}))
        elif roll < 0.8:
            out.append((f"{rng.choice(ranked)} {rng.choice(ranked)}", {}))
        elif roll < 0.9:
            words_in = re.findall(r"[A-Za-z]{4,}", rng.choice(paras))
            i = rng.randrange(max(len(words_in) - 1, 1))
            out.append((f'"{" ".join(words_in[i : i + 2])}"', {}))
        elif rng.random() < 0.5:
            out.append((rng.choice(ranked), {"outlet": rng.choice(OUTLETS)}))
        else:
            out.append((rng.choice(ranked), {"since": "2025-06-01"}))
    return out


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def measure(url: str, qs: list[tuple[str, dict]]) -> tuple[list[float], list[float], float]:
    store = open_store(url)
    for q, f in qs[:20]:
        store.search(q, **f)
    ours, cpu, hits = [], [], 0
    for q, f in qs:
        start, start_cpu = time.perf_counter(), time.process_time()
        hits += len(store.search(q, limit=20, **f))
        ours.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    global LAST_CPU
    LAST_CPU = cpu
    bare = []
    with store.engine.connect() as conn:
        for q, _f in qs:
            word = q.strip('"')
            start = time.perf_counter()
            if store.backend == "sqlite":
                conn.execute(
                    text("SELECT rowid FROM articles_fts WHERE articles_fts MATCH :q "
                         "ORDER BY rank LIMIT 20"), {"q": f'"{word}"'}
                ).all()  # fmt: skip
            else:
                conn.execute(
                    text("SELECT num FROM articles WHERE tsv @@ phraseto_tsquery('english', :q) "
                         "ORDER BY ts_rank_cd(tsv, phraseto_tsquery('english', :q)) DESC LIMIT 20"),
                    {"q": word},
                ).all()  # fmt: skip
            bare.append((time.perf_counter() - start) * 1000)
    store.close()
    return ours, bare, hits / len(qs)


def report(name: str, ours: list[float], bare: list[float], mean_hits: float) -> None:
    def line(values: list[float]) -> str:
        return (
            f"p50 {statistics.median(values):.1f} ms, p95 {percentile(values, 95):.1f} ms, "
            f"p99 {percentile(values, 99):.1f} ms, max {max(values):.1f} ms"
        )

    print(f"{name}: newsdesk search ({len(ours)} queries, {mean_hits:.1f} hits each): {line(ours)}")
    print(f"{name}: peer, bare index top-20 for the same words: {line(bare)}")
    if name == "SQLite":
        # SQLite runs in this process: its CPU time per query is the latency on an idle core.
        print(f"{name}: newsdesk search, CPU time per query (idle-core latency): {line(LAST_CPU)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--backends", nargs="+", default=["sqlite", "postgresql"])
    parser.add_argument("--pg-url", help="an existing PostgreSQL database to build into and use")
    args = parser.parse_args()
    qs = queries()
    print(f"machine: {machine()}; {args.articles:,} articles")
    if "sqlite" in args.backends:
        OUT.mkdir(exist_ok=True)
        url = str(OUT / f"search-{args.articles}.db")
        build(url, args.articles)
        report("SQLite", *measure(url, qs))
    if "postgresql" in args.backends and args.pg_url:
        build(args.pg_url, args.articles)
        report("PostgreSQL", *measure(args.pg_url, qs))
    elif "postgresql" in args.backends:
        from newsdesk.corpus.pgtemp import TempPostgres

        server = TempPostgres().start()
        try:
            url = server.create_database()
            build(url, args.articles)
            with open_store(url).engine.connect() as conn:
                conn.execute(text("ANALYZE"))
                conn.commit()
            report("PostgreSQL", *measure(url, qs))
        finally:
            server.stop()


if __name__ == "__main__":
    main()
