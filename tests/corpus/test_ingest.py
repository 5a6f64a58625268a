"""Ingest from every kind of source into a real database; failures recorded, the run goes on."""

from __future__ import annotations

import gzip
import io
import json
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsdesk.capture.sources import SourceOptions
from newsdesk.corpus import open_store, register_post_ingest
from newsdesk.corpus.hooks import unregister_post_ingest
from newsdesk.corpus.ingest import ingest, reprocess
from tests.corpus.fictional import RIVER_BODY, html_page, newsplease

SENTENCES = [
    "The Northfield council approved a new tram line on Monday after a long debate.",
    "Councillor Bea Armand said the line would link the river district to the station.",
    "Construction is due to start in the spring and last about two years, officials said.",
    "Residents of Weir Street asked for quieter trams and more trees along the route.",
]


def _public(_host: str) -> list[str]:
    return ["93.184.216.34"]


def _options(handler=None, **kw) -> SourceOptions:
    transport = httpx.MockTransport(handler) if handler else None
    return SourceOptions(transport=transport, resolve=_public, **kw)


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    (d / "nested").mkdir(parents=True)
    (d / "tram.html").write_bytes(html_page("Tram line approved", SENTENCES))
    (d / "nested" / "tram2.html.gz").write_bytes(
        gzip.compress(html_page("Tram works to start", SENTENCES[::-1]))
    )
    (d / "flood.json").write_text(
        newsplease(
            "Varn floods market",
            RIVER_BODY,
            domain="castellorpost.example",
            date="2031-03-04 08:30:00",
        )
    )
    return d


def test_ingest_files_dirs_gzip_and_news_please(db_url: str, inputs: Path) -> None:
    report = ingest([str(inputs)], db=db_url, workers=1, enrich=False)
    assert (report.captures, report.pages, report.errors) == (3, 3, 0)
    store = open_store(db_url)
    titles = {a.article.title for a in store.articles()}
    assert "Varn floods market" in titles
    assert any("Tram" in t for t in titles)
    flood = next(a for a in store.articles() if a.article.title == "Varn floods market")
    assert flood.article.outlet == "castellorpost.example" and flood.date.startswith("2031-03-04")
    assert store.search("floods")[0].id == flood.id
    # The same bytes again add nothing.
    again = ingest([str(inputs / "*.html"), str(inputs / "nested/*.gz")], db=db_url, workers=1)
    assert (again.captures, again.new_captures, again.skipped, again.pages) == (2, 0, 2, 0)
    assert store.stats()["captures"] == 3
    store.close()


def test_jsonl_records_and_bad_lines(sqlite_url: str, tmp_path: Path) -> None:
    lines = [
        newsplease(
            f"Ferry story {n}",
            f"The ferry ran late again on day {n}. " * 5,
            domain="tarn.example",
            date=f"2031-03-0{n} 10:00:00",
        )
        for n in range(1, 4)
    ]
    lines.insert(1, "{not json")
    path = tmp_path / "crawl.jsonl"
    path.write_text("\n".join(lines) + "\n")
    report = ingest([str(path)], db=sqlite_url, workers=1, enrich=False)
    assert (report.pages, report.errors) == (3, 1)
    store = open_store(sqlite_url)
    [error] = list(store.errors())
    assert error["stage"] == "capture" and "line 2: invalid JSON" in error["error"]
    assert {a.source for a in store.articles()} == {f"{path}#1", f"{path}#3", f"{path}#4"}
    store.close()


def test_failures_are_recorded_and_the_run_goes_on(sqlite_url: str, inputs: Path) -> None:
    (inputs / "blob.bin").write_bytes(bytes(range(256)) * 20)
    (inputs / "empty.html").write_bytes(b"")

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(503, content=b"down")

    sources = [str(inputs), str(inputs / "missing.html"), "https://news.example/down"]
    report = ingest(sources, db=sqlite_url, workers=1, enrich=False, options=_options(handler))
    assert report.pages == 3 and report.errors == 4
    store = open_store(sqlite_url)
    errors = {(e["stage"], e["source"].rsplit("/", 1)[-1]): e for e in store.errors()}
    assert set(errors) == {
        ("extract", "blob.bin"),
        ("extract", "empty.html"),
        ("capture", "missing.html"),
        ("fetch", "down"),
    }
    assert "HTTP 503" in errors[("fetch", "down")]["error"]
    assert errors[("extract", "blob.bin")]["capture_sha256"]  # the bytes are kept with the error
    assert errors[("extract", "blob.bin")]["stage_version"]
    # Re-running adds nothing: stored captures with a recorded error are not retried by ingest.
    again = ingest([str(inputs)], db=sqlite_url, workers=1, enrich=False)
    assert again.pages == 0 and again.errors == 0 and again.skipped == 5
    store.close()


FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Northfield Ledger</title>
<item><title>Tram line approved</title><link>https://ledger.example/tram</link>
<pubDate>Mon, 03 Mar 2031 09:00:00 GMT</pubDate>
<description>The council approved a tram line.</description></item>
<item><title>Weir Street trees</title><link>https://ledger.example/trees</link>
<pubDate>Tue, 04 Mar 2031 09:00:00 GMT</pubDate>
<description>Residents want trees.</description></item>
<item><title>Broken link</title><link>https://ledger.example/404</link></item>
</channel></rss>"""


def _site(request: httpx.Request) -> httpx.Response:
    path = request.url.path
    if path == "/feed.xml":
        return httpx.Response(200, headers={"content-type": "application/rss+xml"}, content=FEED)
    if path in ("/tram", "/trees"):
        body = html_page(path.strip("/").title(), SENTENCES)
        return httpx.Response(200, headers={"content-type": "text/html"}, content=body)
    return httpx.Response(404)


def test_feed_url_entries_are_followed(sqlite_url: str) -> None:
    report = ingest(
        ["https://ledger.example/feed.xml"],
        db=sqlite_url,
        workers=1,
        enrich=False,
        options=_options(_site),
    )
    assert (report.captures, report.pages, report.errors) == (3, 3, 1)
    store = open_store(sqlite_url)
    links = list(store.links())
    assert [link["title"] for link in links] == [
        "Tram line approved",
        "Weir Street trees",
        "Broken link",
    ]
    assert (
        links[0]["url"] == "https://ledger.example/tram" and links[0]["list"] == "Northfield Ledger"
    )
    with store.read() as conn:
        urls = set(conn.execute(text("SELECT url FROM captures")).scalars())
    assert urls == {
        "https://ledger.example/feed.xml",
        "https://ledger.example/tram",
        "https://ledger.example/trees",
    }
    [error] = list(store.errors())
    assert error["stage"] == "fetch" and "404" in error["error"]
    store.close()


def test_feed_file_without_following(sqlite_url: str, tmp_path: Path) -> None:
    feed = tmp_path / "ledger.rss"
    feed.write_text(FEED)
    report = ingest(
        [str(feed)], db=sqlite_url, workers=1, enrich=False, options=_options(_site, follow=False)
    )
    assert (report.captures, report.pages, report.errors) == (1, 1, 0)
    store = open_store(sqlite_url)
    summaries = {a.article.title: a.article for a in store.articles()}
    assert summaries["Tram line approved"].published == "2031-03-03T09:00:00"
    assert store.search("trees")[0].kind == "related"
    store.close()


def _warc(path: Path) -> None:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        records = [
            ("https://ledger.example/tram", "text/html", html_page("Tram line", SENTENCES)),
            ("https://ledger.example/logo.png", "image/png", b"\x89PNG...."),
            (
                "https://ledger.example/trees",
                "text/html; charset=utf-8",
                html_page("Trees", SENTENCES[1:]),
            ),
        ]
        for url, ctype, payload in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(payload),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": "2031-03-04T12:00:00Z"},
            )
            writer.write_record(record)
        writer.write_record(
            writer.create_warc_record(
                "https://ledger.example/", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
            )
        )


def test_warc_html_responses_become_captures(db_url: str, tmp_path: Path) -> None:
    archive = tmp_path / "crawl.warc.gz"
    _warc(archive)
    report = ingest([str(archive)], db=db_url, workers=1, enrich=False)
    assert (report.captures, report.pages, report.errors) == (2, 2, 0)
    store = open_store(db_url)
    with store.read() as conn:
        rows = conn.execute(text("SELECT url, captured_at FROM captures ORDER BY url")).all()
    assert [r.url for r in rows] == ["https://ledger.example/tram", "https://ledger.example/trees"]
    assert all(r.captured_at.startswith("2031-03-04T12:00:00") for r in rows)
    store.close()


def test_captured_at_applies_to_inputs_without_one(sqlite_url: str, inputs: Path) -> None:
    when = datetime(2031, 3, 6, 7, 0, tzinfo=UTC)
    ingest([str(inputs / "tram.html")], db=sqlite_url, workers=1, enrich=False, captured_at=when)
    store = open_store(sqlite_url)
    with store.read() as conn:
        assert (
            conn.execute(text("SELECT captured_at FROM captures")).scalar().startswith("2031-03-06")
        )
    store.close()


def write_harbour_notes(folder: Path, count: int) -> None:
    """`count` short news-please records from one fictional site."""
    for n in range(count):
        (folder / f"{n}.json").write_text(
            newsplease(
                f"Harbour note {n}",
                f"Cargo volume note number {n}. " * 8,
                domain="ilse.example",
                date="2031-03-01 00:00:00",
            )
        )


def test_parallel_ingest_and_post_ingest_hooks(sqlite_url: str, tmp_path: Path) -> None:
    write_harbour_notes(tmp_path, 40)
    seen: list[str] = []
    register_post_ingest("test-collect", lambda store, ids: seen.extend(ids))

    def broken(store, ids):
        raise RuntimeError("hook exploded")

    register_post_ingest("test-broken", broken)
    try:
        report = ingest([str(tmp_path)], db=sqlite_url, workers=2, enrich=False)
    finally:
        unregister_post_ingest("test-collect")
        unregister_post_ingest("test-broken")
    # 40 captures: the database file in tmp_path is never read as one.
    assert (report.captures, report.pages, report.articles) == (40, 40, 40)
    store = open_store(sqlite_url)
    assert sorted(seen) == sorted(a.id for a in store.articles())
    hook_errors = list(store.errors(stage="hook:test-broken"))
    assert hook_errors and "hook exploded" in hook_errors[0]["error"]
    assert report.errors == len(hook_errors)  # one per committed batch
    store.close()


_POOL_STARTED = """
import gc, sys
from newsdesk.corpus.ingest import ingest
report = ingest([sys.argv[1]], db=sys.argv[2], workers=2, enrich=False)
# The pool's path warms the readers up and freezes the heap before it forks (preload).
print(report.pages, gc.get_freeze_count() > 0)
"""


@pytest.mark.parametrize(("captures", "pool"), [(3, False), (40, True)])
def test_one_chunk_is_read_without_a_pool(tmp_path: Path, captures: int, pool: bool) -> None:
    # Forking two workers and warming every reader before them costs ~0.5 s of CPU, more than
    # a chunk of pages (an ingest of one URL); more than one chunk still goes to the pool.
    import subprocess
    import sys

    src = tmp_path / "src"
    src.mkdir()
    write_harbour_notes(src, captures)
    db = f"sqlite:///{tmp_path / 'c.db'}"
    run = subprocess.run(
        [sys.executable, "-c", _POOL_STARTED, str(src), db], capture_output=True, text=True
    )
    assert run.stdout.split() == [str(captures), str(pool)], run.stderr


def test_reprocess_reruns_stale_and_failed_captures(sqlite_url: str, inputs: Path) -> None:
    ingest([str(inputs)], db=sqlite_url, workers=1, enrich=False)
    store = open_store(sqlite_url)
    before = sorted(a.id for a in store.articles())
    flood = next(a for a in store.articles() if a.article.title == "Varn floods market")
    store.save_stories([{"id": "s1", "title": "Floods"}])
    store.assign_stories([(flood.id, "s1", 1.0)])
    with store.write() as conn:
        conn.execute(
            text("UPDATE pages SET extract_version = 'old' WHERE capture_sha256 = :s"),
            {"s": flood.capture_sha256},
        )
    report = reprocess(store=store, stage="extract", workers=1, enrich=False)
    assert report.captures == 1 and report.pages == 1
    assert sorted(a.id for a in store.articles()) == before
    assert store.get_article(flood.id).story_id == "s1"
    assert reprocess(store=store, workers=1, enrich=False).captures == 0
    assert reprocess(store=store, workers=1, enrich=False, everything=True).pages == 3
    store.close()


def test_readers_keep_reading_while_a_writer_holds_the_lock(sqlite_url: str, inputs: Path) -> None:
    ingest([str(inputs)], db=sqlite_url, workers=1, enrich=False)
    writer, reader = open_store(sqlite_url), open_store(sqlite_url)
    with writer.write() as conn:
        conn.execute(text("DELETE FROM ticker_sightings"))  # an uncommitted write holds the lock
        conn.execute(text("UPDATE articles SET title = 'uncommitted' WHERE position = 0"))
        assert reader.stats()["articles"] == 3
        assert reader.search("floods") and not reader.search("uncommitted")
    assert writer.search("uncommitted")
    writer.close()
    reader.close()


def test_stdin_and_gzip_through_the_cli(sqlite_url: str) -> None:
    from typer.testing import CliRunner

    from newsdesk.cli import app

    payload = gzip.compress(
        newsplease(
            "Tram vote",
            "The council voted for trams. " * 10,
            domain="ledger.example",
            date="2031-03-02 10:00:00",
        ).encode()
    )
    runner = CliRunner()
    result = runner.invoke(
        app, ["ingest", "-", "--db", sqlite_url, "--no-enrich", "--json"], input=payload
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout.strip().splitlines()[-1])["pages"] == 1


def test_ingest_captures_from_python(db_url: str) -> None:
    from newsdesk.corpus.ingest import ingest_captures
    from newsdesk.records import Capture

    capture = Capture(source="upload", data=html_page("Tram line approved", SENTENCES),
                      url="https://ledger.example/tram", content_type="text/html")  # fmt: skip
    report = ingest_captures([capture], db=db_url, workers=1, enrich=False)
    assert (report.new_captures, report.pages) == (1, 1)
    again = ingest_captures([capture], db=db_url, workers=1, enrich=False)
    assert (again.new_captures, again.skipped, again.pages) == (0, 1, 0)


def test_json_lines_on_stdin(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    lines = "\n".join(
        newsplease(f"Quay note {n}", "Boats moored at the quay overnight. " * 6,
                   domain="quay.example", date="2031-03-02 10:00:00")
        for n in range(3)
    )  # fmt: skip
    stdin = io.TextIOWrapper(io.BytesIO(lines.encode()))
    monkeypatch.setattr(sys, "stdin", stdin)
    report = ingest(["-"], db=sqlite_url, workers=1, enrich=False)
    assert (report.captures, report.pages, report.errors) == (3, 3, 0)


def test_an_enrich_failure_keeps_the_page_and_stays_listed(
    sqlite_url: str, tmp_path: Path, monkeypatch
) -> None:
    """The extracted page is stored unenriched and the failure is listed as an open error,
    until a later run enriches the capture and resolves it."""
    import newsdesk.enrich as enrich_module
    from newsdesk.corpus.work import enrich_version

    if enrich_version() is None:
        pytest.skip("no enrichment stage installed")

    def explode(*_args: object) -> object:
        raise RuntimeError("enrichment exploded")

    page = tmp_path / "tram.html"
    page.write_bytes(html_page("Varn floods Castellor market", RIVER_BODY.split(". ")))
    for name in ("enrich_page", "enrich_pages"):
        if hasattr(enrich_module, name):
            monkeypatch.setattr(enrich_module, name, explode)
    report = ingest([str(page)], db=sqlite_url, workers=1, enrich=True, hooks=False)
    assert (report.pages, report.errors) == (1, 1)
    store = open_store(sqlite_url)
    [error] = list(store.errors())
    assert error["stage"] == "enrich" and "enrichment exploded" in error["error"]
    monkeypatch.undo()
    assert reprocess(store=store, stage="enrich", workers=1).pages == 1
    assert list(store.errors()) == []
    assert len(list(store.errors(include_resolved=True))) == 1
    store.close()


def test_ingest_enriches_and_stores_the_facts(sqlite_url: str) -> None:
    from newsdesk.corpus.work import enrich_version

    version = enrich_version()
    if version is None:
        pytest.skip("no enrichment stage installed (newsdesk.enrich.enrich_page)")
    sample = (
        Path(__file__).parents[2]
        / "newsdesk"
        / "samples"
        / "01_marlow-courier_brask-market-shelling.txt"
    )
    if not sample.exists():
        pytest.skip(f"{sample} not present")
    report = ingest([str(sample)], db=sqlite_url, workers=1, enrich=True, hooks=False)
    assert (report.pages, report.errors) == (1, 0)
    store = open_store(sqlite_url)
    [article] = [a for a in store.articles() if a.article.role == "main"]
    assert article.article.entities and store.facts("entities", article_ids=[article.id])
    assert len(store.facts("quotes", article_ids=[article.id])) == len(article.article.quotes)
    with store.read() as conn:
        assert conn.execute(text("SELECT enrich_version FROM pages")).scalar() == version
    store.close()


def test_two_ingests_of_the_same_inputs_at_once(db_url: str, tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    src = tmp_path / "src"
    src.mkdir()
    for n in range(30):
        (src / f"{n}.json").write_text(
            newsplease(f"Lock note {n}", f"The canal lock {n} opened at noon. " * 8,
                       domain="canal.example", date="2031-03-01 00:00:00")
        )  # fmt: skip
    open_store(db_url).close()  # migrate once, up front

    def run(_: int):
        return ingest([str(src)], db=db_url, workers=1, enrich=False, hooks=False)

    with ThreadPoolExecutor(2) as pool:
        reports = list(pool.map(run, range(2)))
    store = open_store(db_url)
    assert sum(r.errors for r in reports) == 0, list(store.errors())
    figures = store.stats()
    assert (figures["captures"], figures["pages"], figures["articles"]) == (30, 30, 30)
    store.close()


def test_the_databases_own_files_are_never_ingested(tmp_path: Path) -> None:
    """Not the database in the folder being ingested, nor its WAL, nor a symlink of another
    name that points at it; a file that only shares a directory with it is ingested."""
    folder = tmp_path / "captures"
    folder.mkdir()
    db = folder / "corpus.db"
    (folder / "note.json").write_text(
        newsplease(
            "Harbour note", "Cargo volume note. " * 12, domain="ilse.example", date="2031-03-01"
        )
    )
    first = ingest([str(folder)], db=str(db), workers=1, enrich=False)
    assert (first.captures, first.errors) == (1, 0)
    (folder / "alias").symlink_to(db)
    (tmp_path / "outside.db").symlink_to(db)
    again = ingest([str(folder), str(tmp_path / "outside.db")], db=str(db), workers=1, enrich=False)
    # corpus.db, corpus.db-wal/-shm (if present) and both symlinks are skipped; note.json is
    # seen again (and skipped as already stored).
    assert (again.captures, again.new_captures, again.errors) == (1, 0, 0)
