"""The commands end to end on fictional samples: enrich to JSON, ingest, then query the corpus."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from newsdesk.cli import app

SAMPLE = Path(__file__).resolve().parents[2] / "newsdesk" / "samples"
MARKET = str(SAMPLE / "01_marlow-courier_brask-market-shelling.txt")
runner = CliRunner()


def test_enrich_json_prints_pages_with_lists() -> None:
    result = runner.invoke(app, ["enrich", MARKET, "--json", "--workers", "1"])
    assert result.exit_code == 0, result.output
    page = json.loads(result.stdout.splitlines()[0])
    main = page["articles"][0]
    for name in ("entities", "quotes", "counts", "places", "events", "labels", "summary"):
        assert name in main
    toll = [c for c in main["counts"] if c["number"] == 57]
    assert toll and toll[0]["kind"] == "killed" and toll[0]["qualifier"] == "at least"
    body = main["body"]
    assert all(body[q["start"] : q["end"]] for q in main["quotes"])


def test_enrich_reports_a_bad_input_and_goes_on(tmp_path: Path) -> None:
    result = runner.invoke(app, ["enrich", str(tmp_path / "missing.html"), MARKET, "--json"])
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert "error" in lines[0] and lines[1]["articles"]


def test_quotes_counts_entities_query_the_corpus(tmp_path: Path) -> None:
    db = str(tmp_path / "corpus.db")
    ingest = runner.invoke(app, ["ingest", MARKET, "--db", db])
    assert ingest.exit_code == 0, ingest.output
    quotes = runner.invoke(app, ["quotes", "--entity", "Anselt", "--json", "--db", db])
    assert quotes.exit_code == 0, quotes.output
    rows = [json.loads(line) for line in quotes.stdout.splitlines()]
    assert rows and all(r["speaker"] == "Petra Anselt" for r in rows)
    counts = runner.invoke(app, ["counts", "--json", "--db", db])
    assert any(json.loads(line)["number"] == 57 for line in counts.stdout.splitlines())
    none = runner.invoke(app, ["entities", "--outlet", "no such outlet", "--db", db])
    assert none.exit_code == 0 and none.stdout == ""
