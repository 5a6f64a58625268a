"""SIGKILL `newsdesk ingest` at random moments, many times, then run it to the end: every
capture is stored exactly once and every page is complete, on both backends."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from newsdesk.corpus import open_store
from tests.corpus.fictional import html_page, newsplease

N_JSON = 200
N_HTML = 24


def _inputs(root: Path) -> int:
    root.mkdir()
    for n in range(N_JSON):
        body = " ".join(
            f"Harbour report {n} line {i}: cargo moved and cranes turned." for i in range(12)
        )
        (root / f"{n:04d}.json").write_text(
            newsplease(f"Harbour report {n}", body, domain=f"outlet{n % 7}.example",
                       date=f"2031-03-{n % 28 + 1:02d} 10:00:00")
        )  # fmt: skip
    for n in range(N_HTML):
        sentences = [f"Tram depot note {n}, paragraph {i}, about timetables." for i in range(8)]
        (root / f"page{n}.html").write_bytes(html_page(f"Tram depot note {n}", sentences))
    return N_JSON + N_HTML


def _ingest(
    source: Path, db: str, stderr: int | object = subprocess.DEVNULL, hooks: bool = False
) -> subprocess.Popen:
    code = "from newsdesk.cli import main; main()"
    return subprocess.Popen(
        [sys.executable, "-c", code, "ingest", str(source), "--db", db, "--no-enrich",
         "--workers", "2", *([] if hooks else ["--no-hooks"])],
        stdout=subprocess.DEVNULL,
        stderr=stderr,
        start_new_session=True,  # its own process group: the kill takes its workers too
    )  # fmt: skip


def _kill_and_rerun(source: Path, db: str, kills: int, seed: int, hooks: bool = False) -> None:
    rng = random.Random(seed)
    for _ in range(kills):
        proc = _ingest(source, db, hooks=hooks)
        time.sleep(rng.uniform(0.3, 3.0))
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    final = _ingest(source, db, stderr=subprocess.PIPE, hooks=hooks)
    _out, err = final.communicate(timeout=300)
    assert final.returncode == 0, (err.decode()[-3000:], list(open_store(db).errors()))


def _check(db: str, expected: int) -> None:
    store = open_store(db)
    with store.read() as conn:
        q = lambda sql: conn.execute(text(sql)).scalar()  # noqa: E731
        assert q("SELECT count(*) FROM captures") == expected
        assert q("SELECT count(DISTINCT sha256) FROM captures") == expected
        assert q("SELECT count(*) FROM pages") == expected
        # Every page complete: as many articles as its row says, and each article either
        # indexed for near-duplicates or linked to its canonical copy.
        incomplete_pages = (
            "SELECT count(*) FROM pages p WHERE p.article_count <> "
            "(SELECT count(*) FROM articles a WHERE a.capture_sha256 = p.capture_sha256)"
        )
        assert q(incomplete_pages) == 0
        assert q("SELECT count(*) FROM articles") == expected
        unlinked = (
            "SELECT count(*) FROM articles a WHERE a.id NOT IN "
            "(SELECT article_id FROM article_minhash UNION SELECT article_id FROM duplicates)"
        )
        assert q(unlinked) == 0
        orphans = (
            "SELECT count(*) FROM article_minhash m "
            "LEFT JOIN articles a ON a.id = m.article_id WHERE a.id IS NULL"
        )
        assert q(orphans) == 0
        assert q("SELECT count(*) FROM errors") == 0
        if store.backend == "sqlite":
            conn.execute(text("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')"))
    assert len(store.search("harbour", limit=500, kind="article")) == N_JSON
    store.close()


@pytest.mark.parametrize("kills", [6])
def test_sigkill_at_random_moments_loses_and_duplicates_nothing(
    db_url: str, tmp_path: Path, kills: int
) -> None:
    expected = _inputs(tmp_path / "in")
    _kill_and_rerun(tmp_path / "in", db_url, kills=kills, seed=kills)
    _check(db_url, expected)


def test_sigkill_with_story_clustering_on_leaves_every_article_in_one_story(
    sqlite_url: str, tmp_path: Path
) -> None:
    # The clusterer runs after each written batch, in the writer: a kill can fall between a
    # batch and its placing; the next run places that tail.
    expected = _inputs(tmp_path / "in")
    _kill_and_rerun(tmp_path / "in", sqlite_url, kills=4, seed=11, hooks=True)
    _check(sqlite_url, expected)
    store = open_store(sqlite_url)
    with store.read() as conn:
        q = lambda sql: conn.execute(text(sql)).scalar()  # noqa: E731
        assert q("SELECT count(*) FROM story_articles") == expected
        miscounted = (
            "SELECT count(*) FROM stories s WHERE s.article_count <> "
            "(SELECT count(*) FROM story_articles sa WHERE sa.story_id = s.id)"
        )
        assert q(miscounted) == 0
        assert q("SELECT count(*) FROM stories") >= 2
    store.close()


@pytest.mark.slow
def test_sigkill_many_times(sqlite_url: str, tmp_path: Path) -> None:
    expected = _inputs(tmp_path / "in")
    _kill_and_rerun(tmp_path / "in", sqlite_url, kills=40, seed=7)
    _check(sqlite_url, expected)
