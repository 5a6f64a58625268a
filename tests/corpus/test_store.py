"""The store on both backends: captures, pages, facts, ticker, links, errors, migrations."""

from __future__ import annotations

import dataclasses
import hashlib
import pickle

import pytest
from sqlalchemy import text

from newsdesk.corpus import open_store
from newsdesk.corpus import schema as s
from newsdesk.corpus.db import make_engine
from newsdesk.corpus.migrate import MIGRATIONS, applied_migrations
from newsdesk.records import Capture, TickerItem
from tests.corpus.fictional import RIVER_BODY, river_page


def test_capture_is_content_addressed(store) -> None:
    capture = Capture(source="a.html", data=b"<html>same bytes</html>", content_type="text/html")
    sha, new = store.add_capture(capture)
    assert new and len(sha) == 64
    again = store.add_capture(Capture(source="elsewhere.html", data=capture.data))
    assert again == (sha, False)
    assert store.stats()["captures"] == 1
    back = store.get_capture(sha)
    assert (
        back.data == capture.data and back.source == "a.html" and back.content_type == "text/html"
    )


def test_capture_hash_follows_its_bytes() -> None:
    """The hash is kept once worked out, but bytes replaced afterwards (the news-please reader
    does that) are hashed anew, and a pickled capture brings a hash that still fits."""
    capture = Capture(source="a.html", data=b"<p>first</p>")
    assert capture.sha256 == hashlib.sha256(b"<p>first</p>").hexdigest()
    capture.data = b"<p>second</p>"
    assert capture.sha256 == hashlib.sha256(b"<p>second</p>").hexdigest()
    copy = pickle.loads(pickle.dumps(capture))
    assert copy.sha256 == capture.sha256 and copy == capture
    assert dataclasses.asdict(copy).keys() == {f.name for f in dataclasses.fields(Capture)}


def test_driver_statements_run_in_the_callers_transaction(store) -> None:
    """The writer's hot statements go to the driver's cursor (newsdesk.corpus.db.run_many):
    they commit and roll back with the SQLAlchemy transaction around them, and rows giving
    different columns each get their own statement."""
    from newsdesk.corpus import schema as s
    from newsdesk.corpus.db import run, run_many

    insert = s.errors.insert()
    common = {"stage": "extract", "stage_version": "1", "error": "e", "attempted_at": "t"}
    rows = [{"source": "a", **common}, {"source": "b", **common, "capture_sha256": "ab" * 32}]
    with pytest.raises(RuntimeError), store.write() as conn:
        run_many(conn, insert, rows)
        # Seen by SQLAlchemy on the same connection before the commit...
        assert conn.execute(text("SELECT count(*) FROM errors")).scalar() == 2
        raise RuntimeError("roll back")
    assert list(store.errors()) == []  # ...and gone with the rollback.
    with store.write() as conn:
        run_many(conn, insert, rows)
        found = run(conn, text("SELECT source FROM errors WHERE capture_sha256 = :c"),
                    {"c": "ab" * 32}).fetchall()  # fmt: skip
        assert [tuple(row) for row in found] == [("b",)]
    assert [(e["source"], e["capture_sha256"]) for e in store.errors()] == [
        ("a", None),
        ("b", "ab" * 32),
    ]


def test_insert_rows_as_one_statement_per_batch(store) -> None:
    """db.insert_rows puts many rows in one INSERT on SQLite (as many as the driver's parameter
    limit allows) and gives what run_many gives: rows in order, other columns in a statement of
    their own, an ON CONFLICT clause seeing the rows before it in the same statement."""
    import sqlite3

    from newsdesk.corpus.db import insert_rows
    from newsdesk.corpus.write import _ticker_upsert

    with store.write() as conn:
        driver = conn.connection.driver_connection
        limit = sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER
        if store.backend == "sqlite":
            usual = driver.setlimit(limit, 13)  # 2 rows a statement (returns the limit before)
        common = {"stage": "extract", "stage_version": "1", "attempted_at": "t"}
        rows = [{"source": f"s{i}", "error": f"e{i}", **common} for i in range(5)]
        rows.insert(2, {"source": "odd", "error": "x", "capture_sha256": "cd" * 32, **common})
        insert_rows(conn, s.errors.insert(), rows)
        if store.backend == "sqlite":
            driver.setlimit(limit, usual)  # the three rows below in one statement
        item = {"attribution": None, "text": "Ferry resumes"}
        insert_rows(conn, _ticker_upsert(store.backend), [
            {"id": "t1", **item, "first_seen": "2031-03-02", "last_seen": "2031-03-02"},
            {"id": "t2", **item, "first_seen": "2031-03-05", "last_seen": "2031-03-05"},
            {"id": "t1", **item, "first_seen": "2031-03-01", "last_seen": "2031-03-04"},
        ])  # fmt: skip
    errors = [(e["source"], e["error"], e["capture_sha256"]) for e in store.errors()]
    assert errors == [(f"s{i}", f"e{i}", None) for i in range(5)] + [("odd", "x", "cd" * 32)]
    with store.read() as conn:
        seen = conn.execute(text("SELECT id, first_seen, last_seen FROM ticker_items ORDER BY num"))
        assert [tuple(row) for row in seen] == [
            ("t1", "2031-03-01", "2031-03-04"),
            ("t2", "2031-03-05", "2031-03-05"),
        ]


def test_a_batch_of_articles_is_one_full_text_segment(tmp_path) -> None:
    """SQLite's FTS5 writes its pending terms at the end of every statement; the article rows of
    a batch go in one statement, so a batch adds one index segment, not one per article (which
    cost the writer ~0.7 M instructions a page in flushing and merging)."""
    from newsdesk.corpus.write import PageWrite, insert_capture, write_pages

    store = open_store(tmp_path / "corpus.db")
    with store.write() as conn:
        shas = [insert_capture(conn, Capture(source=f"p{i}.html", data=b"raw %d" % i))[0]
                for i in range(6)]  # fmt: skip
    writes = [
        PageWrite(sha, river_page(title=f"Flood, day {i}"), "x1") for i, sha in enumerate(shas)
    ]
    with store.write() as conn:
        write_pages(conn, writes)
    with store.read() as conn:
        # FTS5 keeps its averages at id 1 and its structure at id 10; segment pages above.
        pages = conn.execute(text("SELECT count(*) FROM articles_fts_data WHERE id > 10"))
        assert pages.scalar() == 1
        found = conn.execute(
            text("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'day'")
        )
        assert found.scalar() == 6
    store.close()


def test_page_round_trip_with_enrichment(store) -> None:
    sha, _ = store.add_capture(Capture(source="flood.html", data=b"raw"))
    page = river_page()
    ids = store.add_page(sha, page, extract_version="x1", enrich_version="e1")
    assert ids == [f"{sha[:16]}-0"]
    stored = store.get_article(ids[0])
    assert stored.source == page.source and stored.site == "Castellor Post"
    assert stored.date == "2031-03-04T08:30:00"
    # The whole contract article comes back, enrichment lists included.
    assert dataclasses.asdict(stored.article) == dataclasses.asdict(page.articles[0])
    quotes = store.facts("quotes", article_ids=ids)
    assert quotes[0]["speaker"] == "Mira Talven" and quotes[0]["direct"] in (True, 1)
    counts = store.facts("counts", kind="displaced")
    assert counts[0]["number"] == 12 and counts[0]["group"] == "families"
    entities = store.facts("entities", name="Mira Talven")
    assert entities[0]["aliases"] == ["Talven"] and entities[0]["mention_count"] == 1
    mention = store.facts("mentions", article_ids=ids)[0]
    assert RIVER_BODY[mention["start"] : mention["end"]] == "Mira Talven"
    assert store.facts("places")[0]["lat"] == pytest.approx(45.1)


def test_rewriting_a_page_replaces_it_whole(store) -> None:
    sha, _ = store.add_capture(Capture(source="flood.html", data=b"raw"))
    store.add_page(sha, river_page(), extract_version="x1")
    page = river_page(enriched=False)
    page.articles[0].title = "Varn floods market (updated)"
    ids = store.add_page(sha, page, extract_version="x2")
    assert store.stats()["articles"] == 1 and store.stats()["pages"] == 1
    stored = store.get_article(ids[0])
    assert stored.article.title.endswith("(updated)") and stored.article.quotes is None
    assert store.facts("quotes") == []
    assert [h.id for h in store.search("updated")] == ids


def test_ticker_items_stored_once_with_every_sighting(store) -> None:
    for n, when in enumerate(["2031-03-04T10:00:00", "2031-03-02T10:00:00", "2031-03-06T10:00:00"]):
        sha, _ = store.add_capture(Capture(source=f"p{n}.html", data=f"page {n}".encode()))
        page = river_page(source=f"p{n}.html")
        page.captured_at = when
        page.ticker.append(TickerItem("  bridge CLOSED to lorries ", "Regional authority"))
        store.add_page(sha, page, extract_version="x")
    items = {i["text"]: i for i in store.ticker()}
    assert len(items) == 2
    bridge = items["Bridge closed to lorries"]
    assert bridge["sightings"] == 6  # twice per page (spacing and case do not count)
    assert (bridge["first_seen"], bridge["last_seen"]) == (
        "2031-03-02T10:00:00",
        "2031-03-06T10:00:00",
    )
    sightings = store.ticker_sightings(bridge["id"])
    assert {s["source"] for s in sightings} == {"p0.html", "p1.html", "p2.html"}
    assert [i["text"] for i in store.ticker(since="2031-03-05")] != []


def test_links_and_errors_and_stats(store) -> None:
    sha, _ = store.add_capture(Capture(source="flood.html", data=b"raw"))
    store.add_page(sha, river_page(), extract_version="x")
    links = list(store.links())
    assert links[0]["title"] == "Ferry timetable changes"
    assert links[0]["source"] == "castellor-post/flood.html"
    store.add_error(source="bad.bin", stage="extract", stage_version="x", error="bad.bin: binary")
    errors = list(store.errors())
    assert errors[0]["stage"] == "extract" and errors[0]["error"] == "bad.bin: binary"
    figures = store.stats()
    assert {k: figures[k] for k in ("captures", "pages", "articles", "outlets", "errors")} == {
        "captures": 1,
        "pages": 1,
        "articles": 1,
        "outlets": 1,
        "errors": 1,
    }
    assert figures["first_date"] == figures["last_date"] == "2031-03-04T08:30:00"


def test_article_filters_stream(store) -> None:
    for n, (outlet, day) in enumerate(
        [
            ("Castellor Post", "2031-03-01"),
            ("Varn Herald", "2031-03-02"),
            ("Varn Herald", "2031-03-03"),
        ]
    ):
        sha, _ = store.add_capture(Capture(source=f"{n}.html", data=str(n).encode()))
        store.add_page(
            sha,
            river_page(f"{n}.html", outlet, body=f"Story {n}.", published=day, enriched=False),
            extract_version="x",
        )
    assert len(list(store.articles(outlet="varn herald"))) == 2
    assert [a.date for a in store.articles(since="2031-03-02", until="2031-03-02")] == [
        "2031-03-02"
    ]
    assert len(list(store.articles(batch_size=1))) == 3
    assert len(list(store.articles(limit=2))) == 2


def test_stories_can_be_saved_and_assigned_and_survive_a_rewrite(store) -> None:
    sha, _ = store.add_capture(Capture(source="flood.html", data=b"raw"))
    [aid] = store.add_page(sha, river_page(), extract_version="x1")
    store.save_stories(
        [{"id": "s1", "title": "Varn floods", "first_seen": "2031-03-04", "last_seen": "2031-03-04",
          "article_count": 1, "outlets": ["Castellor Post"]}]
    )  # fmt: skip
    store.assign_stories([(aid, "s1", 0.9)], method_version="v1")
    assert store.get_article(aid).story_id == "s1"
    assert [a.id for a in store.articles(story_id="s1")] == [aid]
    [story] = list(store.stories())
    assert story["outlets"] == ["Castellor Post"] and story["title"] == "Varn floods"
    store.add_page(sha, river_page(), extract_version="x2")  # reprocess: same article id
    assert store.get_article(aid).story_id == "s1"


def test_migrations_are_recorded_and_an_older_database_is_migrated(db_url: str) -> None:
    store = open_store(db_url)
    assert applied_migrations(store.engine) == sorted(name for name, _ in MIGRATIONS)
    # Make it an older database: the story tables and their migration record are gone.
    with store.write() as conn:
        conn.execute(text("DROP TABLE story_articles"))
        conn.execute(text("DROP TABLE stories"))
        conn.execute(text("DELETE FROM schema_migrations WHERE name = '0005_stories'"))
    store.close()
    reopened = open_store(db_url)
    assert "0005_stories" in applied_migrations(reopened.engine)
    reopened.save_stories([{"id": "s", "title": "t"}])
    assert [s["id"] for s in reopened.stories()] == ["s"]
    reopened.close()


def test_bad_database_url_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="not a database"):
        open_store("mysql://somewhere/db")


def test_new_sqlite_files_use_16k_pages_and_older_files_keep_theirs(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    fresh = tmp_path / "fresh.db"
    open_store(str(fresh)).close()
    older = tmp_path / "older.db"
    with sqlite3.connect(older) as conn:  # a file made before: 4 KiB pages, a table in it
        conn.execute("PRAGMA page_size=4096")
        conn.execute("CREATE TABLE kept (x)")
        conn.execute("INSERT INTO kept VALUES (1)")
    # ... by an early newsdesk: its migrations table, none applied yet (open_store refuses
    # a SQLite file without one: another program's).
    engine = make_engine(str(older))
    s.metadata.create_all(engine, tables=[s.migrations])
    engine.dispose()
    store = open_store(str(older))
    sha, _ = store.add_capture(Capture(source="a.txt", data=b"Varn floods\n" + RIVER_BODY.encode()))
    assert store.get_capture(sha).data.startswith(b"Varn floods")
    store.close()
    sizes = {}
    for path in (fresh, older):
        with sqlite3.connect(path) as conn:
            sizes[path.name] = conn.execute("PRAGMA page_size").fetchone()[0]
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert sizes == {"fresh.db": 16384, "older.db": 4096}
    with sqlite3.connect(older) as conn:
        assert conn.execute("SELECT x FROM kept").fetchall() == [(1,)]
