"""The corpus commands end to end (typer CliRunner on a real SQLite file)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from newsdesk.cli import app
from tests.corpus.fictional import RIVER_BODY, newsplease

runner = CliRunner()


def _sources(tmp_path: Path) -> Path:
    """A folder of captures, one news-please file in it."""
    src = tmp_path / "src"
    src.mkdir()
    (src / "flood.json").write_text(
        newsplease("Varn floods market", RIVER_BODY, domain="castellorpost.example",
                   date="2031-03-04 08:30:00")
    )  # fmt: skip
    return src


@pytest.fixture
def db(tmp_path: Path) -> str:
    src = _sources(tmp_path)
    (src / "wire.json").write_text(
        newsplease("Market flooded", RIVER_BODY, domain="valleywire.example",
                   date="2031-03-05 08:30:00")
    )  # fmt: skip
    (src / "ferry.json").write_text(
        newsplease("Ferry resumes", "The Tarn ferry resumed service on Monday. " * 6,
                   domain="tarn.example", date="2031-02-01 08:30:00")
    )  # fmt: skip
    (src / "junk.bin").write_bytes(bytes(range(256)) * 4)
    path = str(tmp_path / "corpus.db")
    result = runner.invoke(app, ["ingest", str(src), "--db", path, "--no-enrich", "--workers", "1"])
    assert result.exit_code == 1  # one capture failed: reported, the rest stored
    assert "1 errors" in result.stderr and "see newsdesk errors" in result.stderr
    return path


def test_search_json_and_text(db: str) -> None:
    result = runner.invoke(app, ["search", "floods", "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    hits = [json.loads(line) for line in result.stdout.splitlines()]
    assert {h["outlet"] for h in hits} == {"castellorpost.example", "valleywire.example"}
    assert all(set(h) == {"id", "title", "outlet", "published", "source", "snippet", "score",
                          "kind"} for h in hits)  # fmt: skip
    text = runner.invoke(app, ["search", "ferry", "--db", db])
    assert "Ferry resumes" in text.stdout and "<mark>" not in text.stdout


def test_bad_query_and_filters_are_one_clear_line(db: str) -> None:
    for args in (['"open'], ["x", "--since", "yesterday"], ["x", "--kind", "podcast"]):
        result = runner.invoke(app, ["search", *args, "--db", db])
        assert result.exit_code == 2
        assert result.stderr.startswith("error:") and "Traceback" not in result.output


def test_show_stats_errors(db: str) -> None:
    hit = json.loads(
        runner.invoke(app, ["search", "market", "--db", db, "--json"]).stdout.split("\n")[0]
    )
    shown = runner.invoke(app, ["show", hit["id"], "--db", db, "--json"])
    data = json.loads(shown.stdout)
    assert data["id"] == hit["id"] and data["body"].startswith("Floodwaters")
    members = data["duplicates"]["members"]
    assert [m["relation"] for m in members] == ["syndicated"]
    assert "Duplicates" in runner.invoke(app, ["show", hit["id"], "--db", db]).stdout
    missing = runner.invoke(app, ["show", "nope-0", "--db", db])
    assert missing.exit_code == 2 and "no such article" in missing.stderr
    stats = json.loads(runner.invoke(app, ["stats", "--db", db, "--json"]).stdout)
    assert {k: stats[k] for k in ("captures", "pages", "articles", "outlets", "errors")} == {
        "captures": 4, "pages": 3, "articles": 3, "outlets": 3, "errors": 1,
    }  # fmt: skip
    errors = runner.invoke(app, ["errors", "--db", db, "--json"])
    [error] = [json.loads(line) for line in errors.stdout.splitlines()]
    assert error["stage"] == "extract" and "junk.bin" in error["error"]


def test_exports(db: str, tmp_path: Path) -> None:
    jsonl = runner.invoke(app, ["export", "--db", db, "--format", "jsonl", "--since", "2031-03-01"])
    rows = [json.loads(line) for line in jsonl.stdout.splitlines()]
    assert sorted(r["title"] for r in rows) == ["Market flooded", "Varn floods market"]
    assert rows[0]["authors"] == ["Desk"]
    out = tmp_path / "a.csv"
    runner.invoke(app, ["export", "--db", db, "--format", "csv", "-o", str(out)])
    table = list(csv.DictReader(io.StringIO(out.read_text())))
    assert len(table) == 3 and json.loads(table[0]["authors"]) == ["Desk"]
    parquet = tmp_path / "a.parquet"
    result = runner.invoke(app, ["export", "--db", db, "--format", "parquet", "-o", str(parquet)])
    assert result.exit_code == 0, result.output
    frame = pq.read_table(parquet)
    assert frame.num_rows == 3 and "body" in frame.column_names
    no_file = runner.invoke(app, ["export", "--db", db, "--format", "parquet"])
    assert no_file.exit_code == 2 and "needs -o" in no_file.stderr
    links = runner.invoke(app, ["export", "--db", db, "--what", "ticker", "--format", "csv"])
    assert links.stdout.startswith("id,text,attribution")


def test_export_streams_in_batches(db: str) -> None:
    """The article iterator pages through the table: a batch size of 1 still yields all rows."""
    from newsdesk.corpus import open_store

    store = open_store(db)
    assert len(list(store.articles(batch_size=1))) == 3
    store.close()


def test_unopenable_database_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["stats", "--db", "mysql://x/y"])
    assert result.exit_code == 2 and "not a database" in result.stderr
    # A malformed SQLite URL (a shell ate a slash) is named, not a SQLAlchemy stack trace.
    for command in (["stats"], ["search", "hello"], ["ingest", str(tmp_path)]):
        result = runner.invoke(app, [*command, "--db", "sqlite:/x.db"])
        assert result.exit_code == 2 and "sqlite:/x.db: not a database URL" in result.stderr
    result = runner.invoke(app, ["stats", "--db", str(tmp_path / "no" / "such" / "dir.db")])
    assert result.exit_code == 2 and "no such database" in result.stderr
    result = runner.invoke(app, ["ingest", str(tmp_path), "--db", str(tmp_path / "no" / "x.db")])
    assert result.exit_code == 2 and "cannot open database" in result.stderr


READING_COMMANDS = (
    ["stats"], ["search", "river"], ["show", "x-0"], ["export"], ["errors"], ["stories"],
    ["story", "s1"], ["quotes"], ["entities"], ["counts"], ["reprocess"], ["recluster"],
)  # fmt: skip


@pytest.mark.parametrize("command", READING_COMMANDS, ids=lambda c: c[0])
def test_reading_a_database_that_is_not_there_creates_none(
    tmp_path: Path, command: list[str]
) -> None:
    """A mistyped --db names the path; it does not answer from a new, empty corpus."""
    missing = tmp_path / "typo.db"
    result = runner.invoke(app, [*command, "--db", str(missing)])
    assert result.exit_code == 2, result.output
    assert f"{missing}: no such database" in result.stderr
    assert not missing.exists()
    empty = tmp_path / "empty.db"
    empty.touch()
    result = runner.invoke(app, [*command, "--db", str(empty)])
    assert result.exit_code == 2 and "no newsdesk corpus in it" in result.stderr
    assert empty.read_bytes() == b""


@pytest.mark.parametrize("command", [["ingest", "SRC"], ["stats"], ["quotes"]], ids=str)
def test_a_file_that_is_not_ours_is_refused_and_left_as_it_is(
    tmp_path: Path, command: list[str]
) -> None:
    import sqlite3

    src = _sources(tmp_path)
    args = [str(src) if a == "SRC" else a for a in command]
    text_file = tmp_path / "notes.db"
    text_file.write_text("my notes, not a database\n")
    result = runner.invoke(app, [*args, "--db", str(text_file)])
    assert result.exit_code == 2 and f"{text_file}: not a SQLite database" in result.stderr
    assert text_file.read_text() == "my notes, not a database\n"
    # Another program's SQLite file: no newsdesk tables are added to it, its journal untouched.
    theirs = tmp_path / "theirs.db"
    with sqlite3.connect(theirs) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    before = theirs.read_bytes()
    result = runner.invoke(app, [*args, "--db", str(theirs)])
    assert result.exit_code == 2 and "not a newsdesk corpus" in result.stderr
    assert "recipes" in result.stderr
    assert theirs.read_bytes() == before
